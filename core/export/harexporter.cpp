#include "harexporter.h"

#include "trace/redaction.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {

QJsonArray headerList(const HttpHeaders &headers)
{
    QJsonArray out;
    for (const auto &[name, value] : headers.fields())
        out.append(QJsonObject {{"name"_L1, QString::fromLatin1(name)},
                                {"value"_L1, QString::fromUtf8(value)}});
    return out;
}

// Text as HAR wants it; bytes that are not UTF-8 go base64 with "encoding".
void putText(QJsonObject &content, const QByteArray &body)
{
    const QString text = QString::fromUtf8(body);
    if (text.toUtf8() == body) {
        content.insert("text"_L1, text);
    } else {
        content.insert("text"_L1, QString::fromLatin1(body.toBase64()));
        content.insert("encoding"_L1, "base64"_L1);
    }
}

QString statusText(int status)
{
    switch (status) {
    case 200:
        return u"OK"_s;
    case 400:
        return u"Bad Request"_s;
    case 401:
        return u"Unauthorized"_s;
    case 403:
        return u"Forbidden"_s;
    case 404:
        return u"Not Found"_s;
    case 429:
        return u"Too Many Requests"_s;
    case 500:
        return u"Internal Server Error"_s;
    case 502:
        return u"Bad Gateway"_s;
    case 503:
        return u"Service Unavailable"_s;
    case 504:
        return u"Gateway Timeout"_s;
    default:
        return {};
    }
}

QString truncatedComment()
{
    return u"TokenTap kept only the beginning of this body (its recording limit); the call "
           "carried more"_s;
}

QJsonValue optionalNumber(const std::optional<qint64> &v)
{
    return v ? QJsonValue(double(*v)) : QJsonValue();
}

} // namespace

namespace HarExporter {

QByteArray prefix()
{
    const QJsonObject creator {{"name"_L1, "TokenTap"_L1},
                               {"version"_L1, QStringLiteral(TOKENTAP_VERSION)}};
    // The log object written by hand around the entries, so that they can be streamed.
    return "{\"log\":{\"version\":\"1.2\",\"creator\":"
            + QJsonDocument(creator).toJson(QJsonDocument::Compact) + ",\"entries\":[";
}

QByteArray suffix()
{
    return "]}}\n";
}

QJsonObject entry(const TraceRecord &call)
{
    const QString url = QString::fromUtf8(Redaction::redactedUrl(call.url.toUtf8()));
    QJsonArray query;
    const QUrlQuery urlQuery {QUrl(url)};
    const auto items = urlQuery.queryItems(QUrl::FullyDecoded);
    for (const auto &[name, value] : items)
        query.append(QJsonObject {{"name"_L1, name}, {"value"_L1, value}});

    const HttpHeaders requestHeaders = Redaction::headersFromJson(call.requestHeadersJson);
    const HttpHeaders responseHeaders = Redaction::headersFromJson(call.responseHeadersJson);
    QJsonObject request {
            {"method"_L1, call.method.isEmpty() ? u"GET"_s : call.method},
            {"url"_L1, url},
            {"httpVersion"_L1, "HTTP/1.1"_L1},
            {"cookies"_L1, QJsonArray()},
            {"headers"_L1, headerList(requestHeaders)},
            {"queryString"_L1, query},
            {"headersSize"_L1, -1},
            {"bodySize"_L1, call.requestBody.isEmpty() ? 0 : double(call.requestBody.size())},
    };
    if (!call.requestBody.isEmpty() || call.method == "POST"_L1) {
        const QByteArray type = requestHeaders.value("content-type");
        QJsonObject postData {
                {"mimeType"_L1, type.isEmpty() ? u"application/json"_s : QString::fromUtf8(type)}};
        putText(postData, call.requestBody);
        if (call.requestTruncated)
            postData.insert("comment"_L1, truncatedComment());
        request.insert("postData"_L1, postData);
    }

    QString mimeType = QString::fromUtf8(responseHeaders.value("content-type"));
    if (mimeType.isEmpty())
        mimeType = call.stream ? u"text/event-stream"_s : u"application/json"_s;
    QJsonObject content {{"size"_L1, double(call.responseBody.size())}, {"mimeType"_L1, mimeType}};
    if (!call.responseBody.isEmpty())
        putText(content, call.responseBody);
    if (call.responseTruncated)
        content.insert("comment"_L1, truncatedComment());
    const QJsonObject response {
            {"status"_L1, call.status},
            {"statusText"_L1, statusText(call.status)},
            {"httpVersion"_L1, "HTTP/1.1"_L1},
            {"cookies"_L1, QJsonArray()},
            {"headers"_L1, headerList(responseHeaders)},
            {"content"_L1, content},
            {"redirectURL"_L1, ""_L1},
            {"headersSize"_L1, -1},
            {"bodySize"_L1, call.status ? double(call.responseBody.size()) : -1.0},
    };

    // Waiting for the upstream's first byte, then receiving; TokenTap does not see DNS,
    // connect and send apart (-1: not applicable, as HAR says).
    const double total = std::max(0.0, call.durationMs);
    const double wait = call.ttfbMs ? std::clamp(*call.ttfbMs, 0.0, total) : total;
    const QJsonObject timings {
            {"blocked"_L1, -1}, {"dns"_L1, -1},    {"connect"_L1, -1},
            {"send"_L1, 0},     {"wait"_L1, wait}, {"receive"_L1, total - wait},
            {"ssl"_L1, -1},
    };

    QJsonObject tokentap {
            {"id"_L1, double(call.id)},
            {"traceId"_L1, QString::fromLatin1(call.traceId)},
            {"spanId"_L1, QString::fromLatin1(call.spanId)},
            {"endpoint"_L1, call.endpoint},
            {"model"_L1, call.model},
            {"stream"_L1, call.stream},
            {"inputTokens"_L1, optionalNumber(call.usage.input)},
            {"outputTokens"_L1, optionalNumber(call.usage.output)},
            {"cachedTokens"_L1, optionalNumber(call.usage.cachedInput)},
            {"cacheWriteTokens"_L1, optionalNumber(call.usage.cacheWrite)},
            {"reasoningTokens"_L1, optionalNumber(call.usage.reasoning)},
            {"costUsd"_L1, call.costUsd ? QJsonValue(*call.costUsd) : QJsonValue()},
            {"ttftMs"_L1, call.ttftMs ? QJsonValue(*call.ttftMs) : QJsonValue()},
    };
    if (!call.parentSpanId.isEmpty())
        tokentap.insert("parentSpanId"_L1, QString::fromLatin1(call.parentSpanId));
    if (!call.cache.isEmpty())
        tokentap.insert("cache"_L1, call.cache);
    if (!call.errorKind.isEmpty())
        tokentap.insert("error"_L1, call.errorKind);
    if (call.usage.cacheWrite1h)
        tokentap.insert("cacheWrite1hTokens"_L1, optionalNumber(call.usage.cacheWrite1h));
    // Metrics only: the file has no bodies to count its tokens from again.
    if (call.privacy)
        tokentap.insert("privacy"_L1, true);
    // A body cut at the recording limit is not the whole of what was sent: said, so that a
    // reader (or an import) does not take it for complete.
    if (call.requestTruncated)
        tokentap.insert("requestTruncated"_L1, true);
    if (call.responseTruncated)
        tokentap.insert("responseTruncated"_L1, true);

    QJsonObject entry {
            {"startedDateTime"_L1,
             QDateTime::fromMSecsSinceEpoch(call.startUnixNs / 1'000'000, Qt::UTC)
                     .toString(Qt::ISODateWithMs)},
            {"time"_L1, total},
            {"request"_L1, request},
            {"response"_L1, response},
            {"cache"_L1, QJsonObject()},
            {"timings"_L1, timings},
            {"_tokentap"_L1, tokentap},
    };
    return entry;
}

} // namespace HarExporter
