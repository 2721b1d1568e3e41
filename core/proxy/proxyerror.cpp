#include "proxyerror.h"

#include "http/httpwriter.h"

#include <QJsonDocument>
#include <QJsonObject>

int ProxyError::httpStatus() const
{
    switch (kind) {
    case Kind::BadRequest:
    case Kind::BadContentLength:
        return 400;
    case Kind::HeadersTooLarge:
        return 431;
    case Kind::BodyTooLarge:
        return 413;
    case Kind::UnknownRoute:
    case Kind::UnknownUpstream:
        return 404;
    case Kind::UpstreamUnreachable:
    case Kind::UpstreamBadResponse:
        return 502;
    case Kind::UpstreamTimeout:
        return 504;
    case Kind::ShuttingDown:
        return 503;
    case Kind::Unauthorized:
        return 401;
    }
    return 500;
}

QByteArray ProxyError::type() const
{
    switch (kind) {
    case Kind::BadRequest:
        return QByteArrayLiteral("tokentap_bad_request");
    case Kind::BadContentLength:
        return QByteArrayLiteral("tokentap_bad_content_length");
    case Kind::HeadersTooLarge:
        return QByteArrayLiteral("tokentap_headers_too_large");
    case Kind::BodyTooLarge:
        return QByteArrayLiteral("tokentap_body_too_large");
    case Kind::UnknownRoute:
        return QByteArrayLiteral("tokentap_unknown_route");
    case Kind::UnknownUpstream:
        return QByteArrayLiteral("tokentap_unknown_upstream");
    case Kind::UpstreamUnreachable:
        return QByteArrayLiteral("tokentap_upstream_unreachable");
    case Kind::UpstreamTimeout:
        return QByteArrayLiteral("tokentap_upstream_timeout");
    case Kind::UpstreamBadResponse:
        return QByteArrayLiteral("tokentap_upstream_bad_response");
    case Kind::ShuttingDown:
        return QByteArrayLiteral("tokentap_shutting_down");
    case Kind::Unauthorized:
        return QByteArrayLiteral("tokentap_unauthorized");
    }
    return QByteArrayLiteral("tokentap_error");
}

QByteArray ProxyError::body() const
{
    QJsonObject error;
    error.insert(QLatin1String("type"), QString::fromLatin1(type()));
    error.insert(QLatin1String("message"), QString::fromUtf8(message));
    error.insert(QLatin1String("code"), httpStatus());
    QJsonObject root;
    root.insert(QLatin1String("error"), error);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

QByteArray ProxyError::toHttpResponse(bool close, const HttpHeaders &extraHeaders) const
{
    const QByteArray json = body();
    HttpHeaders headers = extraHeaders;
    headers.append(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json"));
    headers.append(QByteArrayLiteral("Content-Length"), QByteArray::number(json.size()));
    if (close)
        headers.append(QByteArrayLiteral("Connection"), QByteArrayLiteral("close"));
    QByteArray out;
    HttpWriter::appendResponseHead(out, httpStatus(), {}, headers);
    out.append(json);
    return out;
}
