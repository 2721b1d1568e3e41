#pragma once

#include "llm/tokenusage.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

// One call as the trace store keeps it (PRODUCT.md §5): a row of the `traces` table plus its
// payload (headers, bodies, stream events). Built from a CapturedCall on the store thread.
struct TraceRecord
{
    qint64 id = 0; // rowid once stored; keyset paging runs on it

    QByteArray traceId;
    QByteArray spanId;
    QByteArray parentSpanId;
    QByteArray traceState;
    QString traceName;
    QString spanName;
    QString generationName;

    qint64 startUnixNs = 0;
    qint64 endUnixNs = 0;
    std::optional<double> ttfbMs; // upstream's first byte
    std::optional<double> ttftMs; // first generated token (streams)
    double durationMs = 0;

    QString method;
    QString url; // upstream URL
    QString upstream;
    QString endpoint; // Endpoint::name()
    QString model; // requested
    QString responseModel;
    int status = 0;
    QString errorKind;
    QString errorMessage;
    bool stream = false;
    QString cache; // HIT, MISS, BYPASS or empty

    TokenUsage usage;
    std::optional<double> costInputUsd;
    std::optional<double> costOutputUsd;
    std::optional<double> costUsd;
    std::optional<double> savedUsd;
    QString costSource; // "table" or "provider"
    QString priceId;
    QString priceVersion;
    std::optional<double> outputTokensPerSecond;

    QString user;
    QString sessionId;
    QString project;
    QStringList tags;
    QJsonObject metadata;
    bool privacy = false;
    QString clientAddress;
    QString finishReason;
    QString responseId;
    QStringList toolNames;
    // Identifies identical requests (same upstream URL and body) for "most repeated" statistics.
    QByteArray requestHash;

    // Payload. Headers as a JSON array of [name, value] pairs, credentials already redacted.
    QByteArray requestHeadersJson;
    QByteArray responseHeadersJson;
    QByteArray requestBody;
    QByteArray responseBody;
    bool requestTruncated = false;
    bool responseTruncated = false;
    QByteArray streamEventsJson; // [[offset_ms, length], …] for streams: pieces of the body
    // Set by pack(): the three bodies above are then in their stored form, compressed where the
    // matching bit is set (1 request, 2 response, 4 events). -1: as read, uncompressed.
    int packedFlags = -1;

    // Compresses the bodies for storage. Done where the record is built (in parallel), so that
    // the single writer only writes.
    void pack();

    // What full-text search finds this call by (empty in privacy mode), UTF-8, as
    // SearchText::distinctWords: the request's newest turn (see RequestAnalysis::turnText) and
    // the response's text.
    QByteArray searchInput;
    QByteArray searchOutput;

    // The memory its bodies, headers and text take, near enough to bound a queue of them.
    qint64 approximateBytes() const
    {
        return qint64(sizeof(TraceRecord)) + requestHeadersJson.size() + responseHeadersJson.size()
                + requestBody.size() + responseBody.size() + streamEventsJson.size()
                + searchInput.size() + searchOutput.size();
    }
};
