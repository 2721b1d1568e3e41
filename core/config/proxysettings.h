#pragma once

#include <QByteArray>
#include <QString>

class QSettings;
class SecretStore;
struct ProxyConfig;

// The persisted listener settings (settings file, group "proxy"): where the proxy listens,
// the access token clients must send when it listens beyond loopback (kept in the SecretStore),
// the request body limit and the upstream timeouts.
struct ProxySettings
{
    QString listenHost = QStringLiteral("127.0.0.1");
    quint16 listenPort = 8484;
    QByteArray accessToken; // x-tokentap-key; required beyond loopback
    int maxRequestBodyMiB = 64;
    int connectTimeoutSeconds = 10;
    int firstByteTimeoutSeconds = 300;
    int streamIdleTimeoutSeconds = 600;

    static ProxySettings load(QSettings &settings, const SecretStore &secrets);
    void save(QSettings &settings, SecretStore &secrets) const;
    void applyTo(ProxyConfig &config) const;

    // Whether listenHost names a loopback address ("localhost" included).
    bool listensOnLoopbackOnly() const;
    // The shortest access token accepted.
    static constexpr int MinAccessTokenLength = 16;

    friend bool operator==(const ProxySettings &, const ProxySettings &) = default;
};
