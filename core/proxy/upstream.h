#pragma once

#include "http/httpheaders.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <optional>

// How an injected API key is presented to an upstream.
enum class AuthStyle {
    Bearer, // Authorization: Bearer KEY (OpenAI and every OpenAI-compatible API)
    XApiKey, // x-api-key: KEY (Anthropic)
    ApiKey, // api-key: KEY (Azure OpenAI)
};

// A named target that calls are forwarded to. The base URL carries the API's version path
// (https://api.openai.com/v1); a call to /v1/<rest> goes to <base URL>/<rest>.
struct Upstream
{
    QString name;
    QUrl baseUrl;
    QByteArray apiKey; // injected in place of the client's credential when set
    HttpHeaders extraHeaders; // set on every call to this upstream
    AuthStyle authStyle = AuthStyle::Bearer;

    // Derived from baseUrl by fromUrl(); what the hot path uses.
    bool tls = false;
    QByteArray host; // as given (name or literal address)
    quint16 port = 0;
    QByteArray basePath; // percent-encoded, no trailing slash: "/v1", "/api/v1"
    QByteArray hostHeader; // host, or host:port when the port is not the scheme's default
    QByteArray originKey; // "https://host:port": connections to the same origin are shared

    // Parses `url` (http or https with a host); on failure returns nothing and sets `error`.
    // A base URL without a path means "/v1", the path every supported API lives under.
    static std::optional<Upstream> fromUrl(const QString &name, const QString &url, QString *error);
    // The style the API at `host` expects.
    static AuthStyle authStyleForHost(const QByteArray &host);
    // Whether an upstream name can appear as the first path segment.
    static bool isValidName(const QString &name);
};
