#include "headerrules.h"

#include "proxyconfig.h"

namespace {

bool startsWithNoCase(const QByteArray &name, const char *prefix, qsizetype prefixSize)
{
    return name.size() >= prefixSize
            && qstrnicmp(name.constData(), prefixSize, prefix, prefixSize) == 0;
}

bool is(const QByteArray &name, const char *other)
{
    return name.compare(other, Qt::CaseInsensitive) == 0;
}

// Field names listed in the Connection header are hop-by-hop for this message too.
QList<QByteArray> connectionTokens(const HttpHeaders &headers)
{
    QList<QByteArray> tokens;
    for (const QByteArray &value : headers.values("Connection")) {
        for (const QByteArray &token : value.split(',')) {
            const QByteArray t = token.trimmed();
            if (!t.isEmpty())
                tokens.append(t);
        }
    }
    return tokens;
}

bool listedIn(const QList<QByteArray> &tokens, const QByteArray &name)
{
    for (const QByteArray &t : tokens) {
        if (is(name, t.constData()))
            return true;
    }
    return false;
}

} // namespace

namespace HeaderRules {

std::pair<QByteArray, QByteArray> credentialHeader(AuthStyle style, const QByteArray &key)
{
    switch (style) {
    case AuthStyle::XApiKey:
        return {QByteArrayLiteral("x-api-key"), key};
    case AuthStyle::ApiKey:
        return {QByteArrayLiteral("api-key"), key};
    case AuthStyle::Bearer:
        break;
    }
    return {QByteArrayLiteral("Authorization"), "Bearer " + key};
}

bool isHopByHop(const QByteArray &name)
{
    return is(name, "Connection") || is(name, "Keep-Alive") || is(name, "TE") || is(name, "Trailer")
            || is(name, "Transfer-Encoding") || is(name, "Upgrade")
            || startsWithNoCase(name, "proxy-", 6);
}

bool isCredential(const QByteArray &name)
{
    return is(name, "Authorization") || is(name, "x-api-key") || is(name, "api-key");
}

bool forwardsBraintrustHeaders(const Upstream &upstream, const ProxyConfig &config)
{
    if (config.forwardBraintrustHeaders)
        return *config.forwardBraintrustHeaders;
    const QByteArray host = upstream.host.toLower();
    return host == "braintrust.dev" || host.endsWith(".braintrust.dev")
            || upstream.basePath.endsWith("/proxy") || upstream.basePath.contains("/proxy/");
}

HttpHeaders forwardedRequestHeaders(const HttpHeaders &clientHeaders, const Upstream &upstream,
                                    const ProxyConfig &config, qint64 bodyLength)
{
    const QList<QByteArray> listed = connectionTokens(clientHeaders);
    const bool forwardBt = forwardsBraintrustHeaders(upstream, config);
    const bool injectKey = !upstream.apiKey.isEmpty();
    QByteArray replacedCredential; // the field the client used, so the key goes where it looked

    HttpHeaders out;
    for (const auto &[name, value] : clientHeaders.fields()) {
        if (isHopByHop(name) || listedIn(listed, name) || is(name, "Host")
            || is(name, "Content-Length") || is(name, "Expect")
            || startsWithNoCase(name, "x-tokentap-", 11))
            continue;
        if (!forwardBt && startsWithNoCase(name, "x-bt-", 5))
            continue;
        if (injectKey && isCredential(name)) {
            if (replacedCredential.isEmpty())
                replacedCredential = name;
            continue;
        }
        out.append(name, value);
    }

    if (injectKey) {
        AuthStyle style = upstream.authStyle;
        if (is(replacedCredential, "x-api-key"))
            style = AuthStyle::XApiKey;
        else if (is(replacedCredential, "api-key"))
            style = AuthStyle::ApiKey;
        else if (is(replacedCredential, "Authorization"))
            style = AuthStyle::Bearer;
        const auto [name, value] = credentialHeader(style, upstream.apiKey);
        out.append(name, value);
    }
    for (const auto &[name, value] : config.injectedHeaders.fields())
        out.set(name, value);
    for (const auto &[name, value] : upstream.extraHeaders.fields())
        out.set(name, value);

    out.fields().prepend({QByteArrayLiteral("Host"), upstream.hostHeader});
    if (bodyLength > 0 || clientHeaders.contains("Content-Length")
        || clientHeaders.contains("Transfer-Encoding"))
        out.append("Content-Length", QByteArray::number(bodyLength));
    return out;
}

HttpHeaders relayedResponseHeaders(const HttpHeaders &upstreamHeaders)
{
    const QList<QByteArray> listed = connectionTokens(upstreamHeaders);
    HttpHeaders out;
    for (const auto &[name, value] : upstreamHeaders.fields()) {
        if (isHopByHop(name) || listedIn(listed, name) || is(name, "Content-Length"))
            continue;
        out.append(name, value);
    }
    return out;
}

} // namespace HeaderRules
