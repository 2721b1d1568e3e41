#include "tracerecordbuilder.h"

#include "callcost.h"
#include "common/sha256.h"
#include "http/contentdecoding.h"
#include "llm/endpointkind.h"
#include "llm/requestanalysis.h"
#include "llm/responseanalysis.h"
#include "redaction.h"
#include "searchtext.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

QString header(const HttpHeaders &headers, const char *name)
{
    return HttpHeaders::text(headers.value(name).trimmed());
}

// Bodies in any content encoding TokenTap can read; the raw bytes when it cannot.
QByteArray decodedBody(const HttpHeaders &headers, const QByteArray &body, bool *decoded)
{
    const QByteArray encoding = headers.value("Content-Encoding");
    *decoded = false;
    if (encoding.isEmpty() || body.isEmpty())
        return body;
    if (auto plain = ContentDecoding::decode(encoding, body, 64LL * 1024 * 1024)) {
        *decoded = true;
        return *plain;
    }
    return body;
}

// x-bt-parent: "project_id:ID" | "project_name:NAME" | "experiment_id:ID" → the part shown.
QString projectFrom(const QString &btParent)
{
    const qsizetype colon = btParent.indexOf(QLatin1Char(':'));
    return colon < 0 ? btParent : btParent.mid(colon + 1);
}

QByteArray streamEventsJson(const QList<StreamPiece> &pieces)
{
    // Offsets and lengths only: the bytes themselves are the response body, stored once.
    QJsonArray events;
    for (const StreamPiece &piece : pieces)
        events.append(QJsonArray {double(piece.offsetNs) / 1e6, double(piece.bytes.size())});
    return QJsonDocument(events).toJson(QJsonDocument::Compact);
}

} // namespace

TraceRecordBuilder::TraceRecordBuilder(PriceTable prices, TracingPolicy policy)
    : m_prices(std::move(prices))
    , m_policy(std::move(policy))
{ }

QString TraceRecordBuilder::providerForHost(const QByteArray &host)
{
    const QByteArray h = host.toLower();
    if (h.endsWith("openai.com"))
        return QStringLiteral("openai");
    if (h.endsWith("anthropic.com"))
        return QStringLiteral("anthropic");
    if (h.endsWith("googleapis.com"))
        return QStringLiteral("google");
    if (h.endsWith("mistral.ai"))
        return QStringLiteral("mistral");
    return {};
}

std::optional<TraceRecord> TraceRecordBuilder::build(const CapturedCall &call,
                                                     const QDateTime &now) const
{
    const HttpHeaders &in = call.requestHeaders;
    const EndpointKind kind = Endpoint::classifyUrl(call.method, call.upstreamUrl);
    const RequestAnalysis request = analyzeRequest(kind, call.requestBody);

    TraceRecord r;
    r.user = header(in, "x-tokentap-user");
    if (r.user.isEmpty())
        r.user = request.user;
    // "on" as documented, and the other ways people write yes: a call asking for privacy in
    // words we did not expect must not be recorded whole.
    const QByteArray privacy = in.value("x-tokentap-privacy").trimmed().toLower();
    const bool askedPrivacy =
            privacy == "on" || privacy == "true" || privacy == "1" || privacy == "yes";
    const TracingPolicy::Decision decision =
            m_policy.decide(r.user, askedPrivacy || call.recorded.privacy, now);
    if (!decision.record)
        return std::nullopt;

    // Response: decoded for reading, streams from their timed pieces.
    bool responseDecoded = false;
    QByteArray responseBody;
    ResponseAnalysis response;
    QList<StreamPiece> pieces;
    if (call.isStream) {
        pieces.reserve(call.streamPieces.size());
        for (const CapturedCall::Piece &piece : call.streamPieces) {
            responseBody.append(piece.bytes);
            pieces.append({piece.offsetNs, piece.bytes});
        }
        // A stream a gateway compressed: its pieces are compressed bytes, not events. Read and
        // kept decoded, as one piece from when the first arrived: what it said (usage, text)
        // matters more than when each event came.
        bool decoded = false;
        if (QByteArray plain = decodedBody(call.responseHeaders, responseBody, &decoded); decoded) {
            pieces = {{pieces.first().offsetNs, plain}};
            responseBody = std::move(plain);
        }
        response = analyzeStream(kind, pieces);
    } else {
        responseBody = decodedBody(call.responseHeaders, call.responseBody, &responseDecoded);
        if (!responseBody.isEmpty())
            response =
                    analyzeResponse(kind, responseBody, call.responseHeaders.value("Content-Type"));
    }

    r.traceId = call.traceId;
    r.spanId = call.spanId;
    r.parentSpanId = call.parentSpanId;
    r.traceState = call.traceState;
    const QJsonObject &traceObject = request.traceObject;
    auto named = [&](const char *headerName, const char *bodyKey) {
        const QString fromHeader = header(in, headerName);
        return fromHeader.isEmpty() ? traceObject.value(QLatin1String(bodyKey)).toString()
                                    : fromHeader;
    };
    r.traceName = named("x-tokentap-trace-name", "trace_name");
    r.spanName = named("x-tokentap-span-name", "span_name");
    r.generationName = named("x-tokentap-generation-name", "generation_name");

    r.startUnixNs = call.startUnixNs;
    r.endUnixNs = call.startUnixNs + std::max<qint64>(call.endNs, 0);
    r.durationMs = double(std::max<qint64>(call.endNs, 0)) / 1e6;
    if (call.firstByteNs >= 0)
        r.ttfbMs = double(call.firstByteNs) / 1e6;
    if (response.firstTokenOffsetNs)
        r.ttftMs = double(*response.firstTokenOffsetNs) / 1e6;

    r.method = QString::fromLatin1(call.method);
    r.url = QString::fromUtf8(Redaction::redactedUrl(call.upstreamUrl));
    r.upstream = call.upstreamName;
    r.endpoint = QString(Endpoint::name(kind));
    r.model = request.model.isEmpty() ? call.recorded.model : request.model;
    r.responseModel = response.responseModel;
    r.status = call.status;
    r.errorKind = QString::fromLatin1(call.errorKind);
    r.errorMessage = QString::fromUtf8(call.errorMessage);
    if (r.errorMessage.isEmpty())
        r.errorMessage = response.errorMessage;
    if (r.errorKind.isEmpty() && call.status >= 400)
        r.errorKind = QStringLiteral("http_%1").arg(call.status);
    // An error the upstream reported inside a successful response: an `event: error` in a
    // stream (Anthropic's overloaded_error mid-answer), an error object in a 200 body.
    if (r.errorKind.isEmpty() && !response.errorMessage.isEmpty())
        r.errorKind = QStringLiteral("upstream_error");
    // A streaming request that failed before any event came back is still a stream call.
    r.stream = call.isStream || request.stream;
    r.cache = QString::fromLatin1(call.cacheStatus);
    r.finishReason = response.finishReason;
    r.responseId = response.responseId;
    r.toolNames = response.toolCalls;

    r.usage = response.usage;
    if (!r.usage.isKnown() && call.recorded.usage)
        r.usage = *call.recorded.usage;
    const QString pricedModel = r.responseModel.isEmpty() ? r.model : r.responseModel;
    if (r.usage.isKnown() && !pricedModel.isEmpty()) {
        const CostBreakdown price =
                m_prices.cost(pricedModel, r.usage, providerForHost(call.upstreamHost));
        const CallCost cost = CallCost::of(price, r.cache == QLatin1String("HIT"));
        r.costInputUsd = cost.inputUsd;
        r.costOutputUsd = cost.outputUsd;
        r.costUsd = cost.totalUsd;
        r.savedUsd = cost.savedUsd;
        r.costSource = price.source;
        r.priceId = price.priceId;
        r.priceVersion = price.tableVersion;
    }
    if (r.usage.output && *r.usage.output > 0) {
        // Streams: generation speed from the first token on. Whole bodies arrive at once, so
        // only the whole call's duration means anything.
        const qint64 from =
                call.isStream ? response.firstTokenOffsetNs.value_or(call.firstByteNs) : 0;
        const double seconds = double(call.endNs - std::max<qint64>(from, 0)) / 1e9;
        if (seconds > 0)
            r.outputTokensPerSecond = double(*r.usage.output) / seconds;
    }

    r.sessionId = header(in, "x-tokentap-session-id");
    if (r.sessionId.isEmpty())
        r.sessionId = request.sessionId;
    const QString btParent = header(in, "x-bt-parent");
    r.project = projectFrom(btParent);
    for (const QString &tag : header(in, "x-tokentap-tags").split(QLatin1Char(','))) {
        const QString t = tag.trimmed();
        if (!t.isEmpty() && !r.tags.contains(t))
            r.tags.append(t);
    }
    for (const auto &[name, value] : in.fields()) {
        if (name.size() > 16 && name.toLower().startsWith("x-tokentap-meta-"))
            r.metadata.insert(QString::fromUtf8(name.mid(16).toLower()), HttpHeaders::text(value));
    }
    // The trace object's other keys are metadata too (OpenRouter's convention).
    for (auto it = traceObject.begin(); it != traceObject.end(); ++it) {
        static const QStringList known = {QStringLiteral("trace_id"), QStringLiteral("trace_name"),
                                          QStringLiteral("span_name"),
                                          QStringLiteral("generation_name"),
                                          QStringLiteral("parent_span_id")};
        if (!known.contains(it.key()))
            r.metadata.insert(it.key(), it.value());
    }
    if (!btParent.isEmpty())
        r.metadata.insert(QStringLiteral("bt_parent"), btParent);
    r.clientAddress = call.clientAddress.toString();
    if (!call.requestBody.isEmpty()) {
        r.requestHash =
                Sha256::digest({call.upstreamUrl, QByteArrayView("\n", 1), call.requestBody})
                        .left(16)
                        .toHex();
    }

    r.requestHeadersJson = Redaction::headersToJson(in);
    r.responseHeadersJson = Redaction::headersToJson(call.responseHeaders);
    r.privacy = decision.privacy;
    if (!decision.privacy) {
        r.requestBody = call.requestBody;
        r.requestTruncated = call.requestTruncated;
        r.responseBody = responseBody;
        r.responseTruncated = call.responseTruncated;
        if (call.isStream)
            r.streamEventsJson = streamEventsJson(pieces);
        r.searchInput = SearchText::distinctWords(request.turnText);
        r.searchOutput = SearchText::distinctWords(response.outputText);
    }
    r.pack();
    return r;
}
