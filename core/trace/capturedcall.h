#pragma once

#include "http/httpheaders.h"
#include "llm/tokenusage.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QString>

#include <optional>

// Everything the network thread knows about one finished call, handed to the store thread as a
// value. Only raw facts and timestamps: parsing bodies, counting tokens and pricing happen on
// the store thread, so that recording costs the proxy almost nothing.
struct CapturedCall
{
    // Trace context, decided when the request arrived (the ids go back in response headers).
    QByteArray traceId; // 32 hex digits, or the caller's own id from x-tokentap-trace-id
    QByteArray spanId; // 16 hex digits
    QByteArray parentSpanId; // from traceparent or x-tokentap-parent-span-id; may be empty
    QByteArray traceState; // W3C tracestate, kept for export

    qint64 startUnixNs = 0; // wall clock when the request head arrived
    qint64 headersSentNs = -1; // offsets from the start, on the monotonic clock; -1: never
    qint64 firstByteNs = -1; // upstream response head
    qint64 endNs = -1; // last response byte relayed, or failure

    QByteArray method;
    QByteArray clientTarget; // request-target as the client sent it
    QString upstreamName;
    QByteArray upstreamUrl; // origin + upstream request-target
    QByteArray upstreamHost;
    quint16 upstreamPort = 0;
    QHostAddress clientAddress;

    HttpHeaders requestHeaders; // as the client sent them; redacted before storage
    QByteArray requestBody;
    bool requestTruncated = false;

    int status = 0; // 0 when no response came
    HttpHeaders responseHeaders;
    QByteArray responseBody; // whole body, de-chunked, up to the cap
    bool responseTruncated = false;
    bool isStream = false; // text/event-stream response
    struct Piece
    {
        qint64 offsetNs;
        QByteArray bytes;
    };
    QList<Piece> streamPieces; // for streams: the body as it arrived, with times

    // Set when TokenTap answered or cut the call itself: "upstream_unreachable",
    // "upstream_timeout", "upstream_bad_response", "upstream_dropped", "client_aborted".
    QByteArray errorKind;
    QByteArray errorMessage;

    QByteArray cacheStatus; // "HIT", "MISS" or "BYPASS"; empty when the call is not cacheable

    // Only from an import of calls TokenTap recorded (HAR `_tokentap`), never from the proxy:
    // what was known when the call was recorded, for a call whose bodies the file does not
    // carry (one recorded in privacy mode).
    struct Recorded
    {
        std::optional<TokenUsage> usage;
        QString model;
        bool privacy = false;
    };
    Recorded recorded;
};
