#include "exportsettings.h"

#include "secretheaders.h"
#include "secretstore.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace {

const std::pair<OtlpDestination::Preset, QLatin1StringView> PresetKeys[] = {
        {OtlpDestination::Preset::Custom, "custom"_L1},
        {OtlpDestination::Preset::Braintrust, "braintrust"_L1},
        {OtlpDestination::Preset::BraintrustSelfHosted, "braintrust-self-hosted"_L1},
        {OtlpDestination::Preset::Langfuse, "langfuse"_L1},
        {OtlpDestination::Preset::Phoenix, "phoenix"_L1},
        {OtlpDestination::Preset::LocalCollector, "local-collector"_L1},
};

QString secretPrefix(const QString &destination)
{
    return "export/"_L1 + destination + u'/';
}

} // namespace

QString ExportSettings::presetKey(OtlpDestination::Preset preset)
{
    for (const auto &[p, key] : PresetKeys) {
        if (p == preset)
            return key;
    }
    return u"custom"_s;
}

OtlpDestination::Preset ExportSettings::presetFromKey(const QString &key)
{
    for (const auto &[p, k] : PresetKeys) {
        if (k == key)
            return p;
    }
    return OtlpDestination::Preset::Custom;
}

ExportSettings ExportSettings::load(QSettings &settings, const SecretStore &secrets)
{
    ExportSettings s;
    settings.beginGroup(u"export"_s);
    const int count = settings.beginReadArray(u"destinations"_s);
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        OtlpDestination d;
        d.id = settings.value(u"id"_s).toString();
        d.name = settings.value(u"name"_s).toString();
        d.preset = presetFromKey(settings.value(u"preset"_s).toString());
        d.endpoint = QUrl(settings.value(u"endpoint"_s).toString());
        d.encoding = OtlpDestination::parseEncoding(settings.value(u"encoding"_s).toString())
                             .value_or(OtlpDestination::Encoding::Protobuf);
        d.gzip = settings.value(u"gzip"_s, true).toBool();
        d.enabled = settings.value(u"enabled"_s, true).toBool();
        d.privacy = settings.value(u"privacy"_s, false).toBool();
        d.samplingRate = settings.value(u"samplingRate"_s, 1.0).toDouble();
        d.filter = settings.value(u"filter"_s).toString();
        d.headers = SecretHeaders::load(settings, u"headers"_s, secrets, secretPrefix(d.id));
        if (!d.id.isEmpty())
            s.destinations.append(d);
    }
    settings.endArray();
    settings.endGroup();
    return s;
}

void ExportSettings::save(QSettings &settings, SecretStore &secrets) const
{
    settings.beginGroup(u"export"_s);
    settings.remove(u"destinations"_s);
    secrets.removeAll(u"export/"_s);
    settings.beginWriteArray(u"destinations"_s, int(destinations.size()));
    for (int i = 0; i < destinations.size(); ++i) {
        const OtlpDestination &d = destinations.at(i);
        settings.setArrayIndex(i);
        settings.setValue(u"id"_s, d.id);
        settings.setValue(u"name"_s, d.name);
        settings.setValue(u"preset"_s, presetKey(d.preset));
        settings.setValue(u"endpoint"_s, d.endpoint.toString());
        settings.setValue(u"encoding"_s, OtlpDestination::encodingName(d.encoding));
        settings.setValue(u"gzip"_s, d.gzip);
        settings.setValue(u"enabled"_s, d.enabled);
        settings.setValue(u"privacy"_s, d.privacy);
        settings.setValue(u"samplingRate"_s, d.samplingRate);
        settings.setValue(u"filter"_s, d.filter);
        SecretHeaders::save(settings, u"headers"_s, d.headers, secrets, secretPrefix(d.id));
    }
    settings.endArray();
    settings.endGroup();
}
