#include "generalsettings.h"

#include <QSettings>

GeneralSettings GeneralSettings::load(QSettings &settings)
{
    GeneralSettings s;
    settings.beginGroup(QStringLiteral("general"));
    s.closeToTray = settings.value(QStringLiteral("closeToTray"), s.closeToTray).toBool();
    s.notifyUpstreamErrors =
            settings.value(QStringLiteral("notifyUpstreamErrors"), s.notifyUpstreamErrors).toBool();
    s.language = settings.value(QStringLiteral("language")).toString();
    settings.endGroup();
    return s;
}

void GeneralSettings::save(QSettings &settings) const
{
    settings.beginGroup(QStringLiteral("general"));
    settings.setValue(QStringLiteral("closeToTray"), closeToTray);
    settings.setValue(QStringLiteral("notifyUpstreamErrors"), notifyUpstreamErrors);
    settings.setValue(QStringLiteral("language"), language);
    settings.endGroup();
}
