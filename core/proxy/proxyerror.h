#pragma once

#include "http/httpheaders.h"

#include <QByteArray>

// Failures TokenTap answers itself, each with an HTTP status and a JSON body of the shape the
// OpenAI and Anthropic SDKs display: {"error":{"type":"tokentap_…","message":"…"}}.
struct ProxyError
{
    enum class Kind {
        BadRequest, // malformed request line or headers
        BadContentLength, // invalid or conflicting Content-Length
        HeadersTooLarge, // 431
        BodyTooLarge, // 413
        UnknownRoute, // 404: not under /v1 or /<name>/v1
        UnknownUpstream, // 404: /<name>/v1 with no such upstream
        UpstreamUnreachable, // 502: connect failed, TLS failed, closed before answering
        UpstreamTimeout, // 504: connect or first-byte timeout
        UpstreamBadResponse, // 502: the upstream's response could not be parsed
        ShuttingDown, // 503
        Unauthorized, // 401: the access token (x-tokentap-key) is missing or wrong
    };

    Kind kind = Kind::BadRequest;
    QByteArray message;

    int httpStatus() const;
    QByteArray type() const;
    // The JSON body.
    QByteArray body() const;
    // A complete HTTP/1.1 response with the JSON body; `close` adds Connection: close.
    QByteArray toHttpResponse(bool close, const HttpHeaders &extraHeaders = {}) const;
};
