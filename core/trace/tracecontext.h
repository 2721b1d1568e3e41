#pragma once

#include "http/httpheaders.h"

#include <QByteArray>

// Where a call sits in a trace (PRODUCT.md §3): joined to the caller's W3C trace when a valid
// `traceparent` arrives, grouped by x-tokentap-trace-id / x-tokentap-parent-span-id or an
// OpenRouter-style `trace` object in the body, otherwise the root of a new trace.
struct TraceContext
{
    QByteArray traceId; // 32 lower-case hex digits, or the caller's own id as given
    QByteArray spanId; // 16 hex digits, new for every call
    QByteArray parentSpanId; // empty for a root span
    QByteArray traceState;
    QByteArray traceFlags = QByteArrayLiteral("01");

    static TraceContext fromRequest(const HttpHeaders &headers, const QByteArray &body);

    // The W3C trace id for this context: traceId itself when it is 32 hex digits, else a stable
    // hash of it, so that callers' own ids still map to one W3C trace.
    QByteArray w3cTraceId() const;
    // "00-<trace id>-<span id>-<flags>": this call as the parent of whatever the upstream does.
    QByteArray traceparent() const;

    // Time-ordered: 6 bytes of milliseconds since the epoch, then 10 random bytes.
    static QByteArray newTraceId();
    static QByteArray newTraceId(qint64 unixMs);
    static QByteArray newSpanId();
    static bool isHex(const QByteArray &text, qsizetype length);
};
