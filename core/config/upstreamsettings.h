#pragma once

#include "http/httpheaders.h"

#include <QList>
#include <QString>

class QSettings;
class SecretStore;
struct ProxyConfig;
struct Upstream;

// The persisted upstreams (settings file, group "upstreams"): name, base URL, extra headers,
// and the API key TokenTap injects, which lives in the SecretStore. Without saved upstreams the
// built-in ones apply (openai as the default, anthropic, openrouter, braintrust, ollama).
struct UpstreamSettings
{
    struct Entry
    {
        QString name;
        QString baseUrl;
        QByteArray apiKey; // empty: the client's own credential is forwarded
        HttpHeaders extraHeaders;
        friend bool operator==(const Entry &, const Entry &) = default;
    };

    // The presets the dialog offers (PRODUCT.md §2).
    struct Preset
    {
        QString id; // "openai", "anthropic", "openrouter", "braintrust", "ollama", "custom"
        QString title;
        QString baseUrl;
    };

    QList<Entry> upstreams;
    QString defaultName; // where /v1/... goes

    static UpstreamSettings builtin();
    static QList<Preset> presets();

    static UpstreamSettings load(QSettings &settings, const SecretStore &secrets);
    void save(QSettings &settings, SecretStore &secrets) const;
    // Replaces config.upstreams and config.defaultUpstream. False when an entry does not parse
    // (validate first).
    bool applyTo(ProxyConfig &config, QString *error) const;

    const Entry *find(const QString &name) const;

    friend bool operator==(const UpstreamSettings &, const UpstreamSettings &) = default;
};
