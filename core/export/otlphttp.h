#pragma once

#include "otlpdestination.h"
#include "otlphttpclient.h"
#include "otlppartialsuccess.h"
#include "spandata.h"

#include <QByteArray>
#include <QList>

// One OTLP/HTTP export request and its answer, shared by the exporter and the connection test.
namespace OtlpHttp {

// The body for `destination`: its encoding, gzipped when it asks for that.
QByteArray body(const OtlpDestination &destination, const QList<SpanData> &spans);
// POST headers: content type and encoding, the destination's own headers (x-bt-parent set to
// `btParent` for a Braintrust destination when not empty).
HttpHeaders requestHeaders(const OtlpDestination &destination, const QString &btParent);

struct Answer
{
    int httpStatus = 0; // 0: no HTTP answer
    QByteArray retryAfter;
    OtlpPartialSuccess partialSuccess;
    QString error; // empty on a clean 2xx: the HTTP status and the collector's message, or why
                   // there was no answer
};
// Reads an answer (its body in the destination's encoding).
Answer read(const OtlpDestination &destination, const OtlpHttpClient::Response &response);

} // namespace OtlpHttp
