#pragma once

#include <QString>

class QSettings;

// Settings of the desktop application itself (settings file, group "general").
struct GeneralSettings
{
    bool closeToTray = true; // closing the window keeps the proxy running in the tray
    bool notifyUpstreamErrors = false;
    QString language; // "de", "fr" …; empty: the system's

    static GeneralSettings load(QSettings &settings);
    void save(QSettings &settings) const;

    friend bool operator==(const GeneralSettings &, const GeneralSettings &) = default;
};
