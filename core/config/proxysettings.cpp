#include "proxysettings.h"

#include "proxy/proxyconfig.h"
#include "secretstore.h"

#include <QSettings>

namespace {
const QString TokenKey = QStringLiteral("proxy/access-token");
}

ProxySettings ProxySettings::load(QSettings &settings, const SecretStore &secrets)
{
    ProxySettings s;
    settings.beginGroup(QStringLiteral("proxy"));
    s.listenHost = settings.value(QStringLiteral("listenHost"), s.listenHost).toString();
    s.listenPort = quint16(settings.value(QStringLiteral("listenPort"), s.listenPort).toUInt());
    s.maxRequestBodyMiB =
            settings.value(QStringLiteral("maxRequestBodyMiB"), s.maxRequestBodyMiB).toInt();
    s.connectTimeoutSeconds =
            settings.value(QStringLiteral("connectTimeoutSeconds"), s.connectTimeoutSeconds)
                    .toInt();
    s.firstByteTimeoutSeconds =
            settings.value(QStringLiteral("firstByteTimeoutSeconds"), s.firstByteTimeoutSeconds)
                    .toInt();
    s.streamIdleTimeoutSeconds =
            settings.value(QStringLiteral("streamIdleTimeoutSeconds"), s.streamIdleTimeoutSeconds)
                    .toInt();
    settings.endGroup();
    s.accessToken = secrets.value(TokenKey);
    return s;
}

void ProxySettings::save(QSettings &settings, SecretStore &secrets) const
{
    settings.beginGroup(QStringLiteral("proxy"));
    settings.setValue(QStringLiteral("listenHost"), listenHost);
    settings.setValue(QStringLiteral("listenPort"), listenPort);
    settings.setValue(QStringLiteral("maxRequestBodyMiB"), maxRequestBodyMiB);
    settings.setValue(QStringLiteral("connectTimeoutSeconds"), connectTimeoutSeconds);
    settings.setValue(QStringLiteral("firstByteTimeoutSeconds"), firstByteTimeoutSeconds);
    settings.setValue(QStringLiteral("streamIdleTimeoutSeconds"), streamIdleTimeoutSeconds);
    settings.endGroup();
    if (accessToken.isEmpty())
        secrets.remove(TokenKey);
    else
        secrets.setValue(TokenKey, accessToken);
}

void ProxySettings::applyTo(ProxyConfig &config) const
{
    config.listenAddress = listenHost == QLatin1String("localhost")
            ? QHostAddress(QHostAddress::LocalHost)
            : QHostAddress(listenHost);
    config.listenPort = listenPort;
    config.accessToken = accessToken; // enforced whenever set, required beyond loopback
    config.maxRequestBodyBytes = qint64(maxRequestBodyMiB) * 1024 * 1024;
    config.connectTimeoutMs = connectTimeoutSeconds * 1000;
    config.firstByteTimeoutMs = firstByteTimeoutSeconds * 1000;
    config.streamIdleTimeoutMs = streamIdleTimeoutSeconds * 1000;
}

bool ProxySettings::listensOnLoopbackOnly() const
{
    return listenHost == QLatin1String("localhost") || QHostAddress(listenHost).isLoopback();
}
