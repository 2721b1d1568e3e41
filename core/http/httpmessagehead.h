#pragma once

#include "httpheaders.h"

#include <QByteArray>

// The start line and header fields of one HTTP/1.x message, request or response.
struct HttpMessageHead
{
    // Requests.
    QByteArray method;
    QByteArray target; // request-target as sent: origin form (/path?query) or absolute form
    // Responses.
    int status = 0;
    QByteArray reason;

    int versionMajor = 1;
    int versionMinor = 1;
    HttpHeaders headers;
    // From the parser: whether the connection may carry another message after this one.
    bool keepAlive = true;
    bool chunked = false;
    qint64 contentLength = -1; // -1: not given

    bool isHttp11() const { return versionMajor == 1 && versionMinor >= 1; }
};
