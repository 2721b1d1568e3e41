#pragma once

#include "cachesettings.h"
#include "exportsettings.h"
#include "generalsettings.h"
#include "headerrulesettings.h"
#include "proxysettings.h"
#include "tracingsettings.h"
#include "upstreamsettings.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

class QSettings;
class SecretStore;
struct ProxyConfig;

// Everything the settings dialog edits, as one value: loaded whole, validated whole, saved
// whole, so that nothing is ever saved half-way. The same value drives headless runs.
struct AppSettings
{
    // One reason a value cannot be saved, tied to the field it is about.
    struct Problem
    {
        // "proxy.listenPort", "upstreams.2.baseUrl", "headers.0.name", "export.1", …
        QString field;
        QString message;
    };

    GeneralSettings general;
    ProxySettings proxy;
    UpstreamSettings upstreams;
    HeaderRuleSettings headers;
    CacheSettings cache;
    TracingSettings tracing;
    ExportSettings exports;

    static AppSettings load(QSettings &settings, const SecretStore &secrets);
    // Call secrets.save() afterwards (and before QSettings::sync(), so a failing keychain can
    // still stop the save).
    void save(QSettings &settings, SecretStore &secrets) const;

    QList<Problem> validate() const;

    // The proxy configuration these settings describe (the command line may then override
    // parts of it, see CommandLine::overlay()).
    ProxyConfig proxyConfig() const;

    // Settings as a JSON document to share or back up: keys, tokens and secret header values
    // never included (their redacted form is).
    QJsonObject toJson() const;
    // Reads a document written by toJson(). Secrets are taken from `secrets` where a
    // destination, upstream or rule of the same name has one. Nothing on a malformed document.
    static std::optional<AppSettings> fromJson(const QJsonObject &json, const SecretStore &secrets,
                                               QString *error);

    friend bool operator==(const AppSettings &, const AppSettings &) = default;
};
