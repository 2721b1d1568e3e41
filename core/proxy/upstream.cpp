#include "upstream.h"

#include <QCoreApplication>
#include <QRegularExpression>

std::optional<Upstream> Upstream::fromUrl(const QString &name, const QString &url, QString *error)
{
    auto fail = [&](const QString &why) -> std::optional<Upstream> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (!isValidName(name))
        return fail(QCoreApplication::translate("Upstream",
                                                "invalid upstream name '%1' (use letters, digits, "
                                                "'-', '_' or '.')")
                            .arg(name));
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid() || parsed.host().isEmpty())
        return fail(QCoreApplication::translate("Upstream", "invalid upstream URL '%1'").arg(url));
    const QString scheme = parsed.scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return fail(QCoreApplication::translate("Upstream",
                                                "upstream URL '%1' must start with http:// or "
                                                "https://")
                            .arg(url));
    if (parsed.hasQuery() || parsed.hasFragment() || !parsed.userInfo().isEmpty())
        return fail(QCoreApplication::translate("Upstream",
                                                "upstream URL '%1' must not carry a query, "
                                                "fragment or user info")
                            .arg(url));

    Upstream up;
    up.name = name;
    up.baseUrl = parsed;
    up.tls = scheme == QLatin1String("https");
    const int defaultPort = up.tls ? 443 : 80;
    up.port = quint16(parsed.port(defaultPort));
    up.host = parsed.host(QUrl::FullyEncoded).toLatin1();
    // IPv6 literals need brackets in Host and in the origin, not for connecting.
    const QByteArray hostForHeader = up.host.contains(':') ? '[' + up.host + ']' : up.host;
    up.hostHeader = up.port == defaultPort ? hostForHeader
                                           : hostForHeader + ':' + QByteArray::number(up.port);
    QByteArray path = parsed.path(QUrl::FullyEncoded).toLatin1();
    while (path.endsWith('/'))
        path.chop(1);
    up.basePath = path.isEmpty() ? QByteArrayLiteral("/v1") : path;
    up.originKey = (up.tls ? QByteArrayLiteral("https://") : QByteArrayLiteral("http://"))
            + hostForHeader + ':' + QByteArray::number(up.port);
    up.authStyle = authStyleForHost(up.host);
    return up;
}

AuthStyle Upstream::authStyleForHost(const QByteArray &host)
{
    const QByteArray h = host.toLower();
    if (h == "api.anthropic.com" || h.endsWith(".anthropic.com"))
        return AuthStyle::XApiKey;
    if (h.endsWith(".openai.azure.com") || h.endsWith(".cognitiveservices.azure.com"))
        return AuthStyle::ApiKey;
    return AuthStyle::Bearer;
}

bool Upstream::isValidName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_.-]{1,64}$"));
    return pattern.match(name).hasMatch() && name != QLatin1String("v1")
            && name != QLatin1String(".") && name != QLatin1String("..");
}
