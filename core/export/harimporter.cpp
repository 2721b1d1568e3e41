#include "harimporter.h"

#include "trace/tracecontext.h"
#include "trace/tracerecordbuilder.h"
#include "trace/tracestore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

// The catalogues file these messages under HarImporter.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(HarImporter)
};

// The line of a byte offset, for a parse error people can find in an editor.
int lineOf(const QByteArray &text, qsizetype offset)
{
    return int(text.left(offset).count('\n')) + 1;
}

HttpHeaders headersOf(const QJsonArray &list)
{
    HttpHeaders headers;
    for (const QJsonValue &value : list) {
        const QJsonObject header = value.toObject();
        const QByteArray name = header.value("name"_L1).toString().toUtf8();
        if (name.isEmpty() || name.startsWith(':'))
            continue; // HTTP/2 pseudo-headers
        const QByteArray lower = name.toLower();
        // HAR keeps bodies decoded: their original encoding and length no longer apply.
        if (lower == "content-encoding" || lower == "content-length"
            || lower == "transfer-encoding")
            continue;
        headers.append(name, header.value("value"_L1).toString().toUtf8());
    }
    return headers;
}

QByteArray bodyOf(const QJsonObject &content)
{
    const QString text = content.value("text"_L1).toString();
    if (content.value("encoding"_L1).toString() == "base64"_L1)
        return QByteArray::fromBase64(text.toLatin1());
    return text.toUtf8();
}

double phase(const QJsonObject &timings, QLatin1StringView name)
{
    const double ms = timings.value(name).toDouble(-1);
    return ms > 0 ? ms : 0;
}

// The usage a TokenTap export says its call was recorded with; none when it says nothing.
std::optional<TokenUsage> recordedUsage(const QJsonObject &tokentap)
{
    auto count = [&tokentap](QLatin1StringView key) -> std::optional<qint64> {
        const QJsonValue value = tokentap.value(key);
        return value.isDouble() ? std::optional<qint64>(qint64(value.toDouble())) : std::nullopt;
    };
    TokenUsage usage;
    usage.input = count("inputTokens"_L1);
    usage.output = count("outputTokens"_L1);
    usage.cachedInput = count("cachedTokens"_L1);
    usage.cacheWrite = count("cacheWriteTokens"_L1);
    usage.cacheWrite1h = count("cacheWrite1hTokens"_L1);
    usage.reasoning = count("reasoningTokens"_L1);
    if (usage.input && usage.output)
        usage.total = *usage.input + *usage.output;
    return usage.isKnown() ? std::optional<TokenUsage>(usage) : std::nullopt;
}

} // namespace

namespace HarImporter {

Result read(const QByteArray &har)
{
    Result result;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(har, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.error = Text::tr("not a HAR file: %1 at line %2")
                               .arg(parseError.errorString())
                               .arg(lineOf(har, parseError.offset));
        return result;
    }
    const QJsonObject log = document.object().value("log"_L1).toObject();
    if (!log.value("entries"_L1).isArray()) {
        result.error = Text::tr("not a HAR file: no log.entries list");
        return result;
    }
    const QJsonArray entries = log.value("entries"_L1).toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        auto refuse = [&](const QString &what) {
            result.calls.clear();
            result.error = Text::tr("entry %1: %2").arg(i + 1).arg(what);
            return result;
        };
        const QJsonObject entry = entries.at(i).toObject();
        const QJsonObject request = entry.value("request"_L1).toObject();
        const QJsonObject response = entry.value("response"_L1).toObject();
        if (request.isEmpty())
            return refuse(Text::tr("no request"));
        const QString method = request.value("method"_L1).toString();
        const QUrl url(request.value("url"_L1).toString(), QUrl::StrictMode);
        if (method.isEmpty())
            return refuse(Text::tr("request.method is missing"));
        if (!url.isValid() || url.scheme().isEmpty() || url.host().isEmpty())
            return refuse(Text::tr("request.url is not an absolute URL"));
        if (!response.value("status"_L1).isDouble())
            return refuse(Text::tr("response.status is missing"));
        const QDateTime started = QDateTime::fromString(
                entry.value("startedDateTime"_L1).toString(), Qt::ISODateWithMs);
        if (!started.isValid())
            return refuse(Text::tr("startedDateTime is not an ISO 8601 date"));

        CapturedCall call;
        // A TokenTap export (`_tokentap`) keeps the call's identity, place in its trace and cache
        // outcome: the trace tree comes back, a cache hit stays free, and importing the file
        // again adds nothing (importFile skips calls already stored).
        const QJsonObject tokentap = entry.value("_tokentap"_L1).toObject();
        auto id = [&tokentap](QLatin1StringView key) {
            return tokentap.value(key).toString().toLatin1();
        };
        call.traceId = id("traceId"_L1);
        call.spanId = id("spanId"_L1);
        if (call.traceId.isEmpty() || call.spanId.isEmpty()) {
            call.traceId = TraceContext::newTraceId();
            call.spanId = TraceContext::newSpanId();
        } else {
            call.parentSpanId = id("parentSpanId"_L1);
        }
        const QByteArray cache = id("cache"_L1);
        if (cache == "HIT" || cache == "MISS" || cache == "BYPASS")
            call.cacheStatus = cache;
        call.startUnixNs = started.toMSecsSinceEpoch() * 1'000'000;
        call.method = method.toLatin1();
        call.upstreamUrl = url.toEncoded();
        call.clientTarget = url.path(QUrl::FullyEncoded).toUtf8();
        call.upstreamHost = url.host().toUtf8();
        call.upstreamPort = quint16(url.port(url.scheme() == "https"_L1 ? 443 : 80));
        call.upstreamName = u"imported"_s;
        call.requestHeaders = headersOf(request.value("headers"_L1).toArray());
        call.requestBody = bodyOf(request.value("postData"_L1).toObject());
        call.requestTruncated = tokentap.value("requestTruncated"_L1).toBool();
        call.recorded.privacy = tokentap.value("privacy"_L1).toBool();
        call.recorded.usage = recordedUsage(tokentap);
        call.recorded.model = tokentap.value("model"_L1).toString();
        call.responseTruncated = tokentap.value("responseTruncated"_L1).toBool();
        call.status = response.value("status"_L1).toInt();
        const QJsonObject content = response.value("content"_L1).toObject();
        call.responseHeaders = headersOf(response.value("headers"_L1).toArray());
        call.responseBody = bodyOf(content);
        call.isStream = content.value("mimeType"_L1).toString().startsWith("text/event-stream"_L1);
        // Phases: what came before the first byte, then the download.
        const QJsonObject timings = entry.value("timings"_L1).toObject();
        const double beforeFirstByte = phase(timings, "blocked"_L1) + phase(timings, "dns"_L1)
                + phase(timings, "connect"_L1) + phase(timings, "send"_L1)
                + phase(timings, "wait"_L1);
        const double total = std::max(entry.value("time"_L1).toDouble(0), beforeFirstByte);
        call.headersSentNs = 0;
        if (call.status > 0)
            call.firstByteNs = qint64(beforeFirstByte * 1e6);
        call.endNs = qint64(total * 1e6);
        if (call.isStream && !call.responseBody.isEmpty())
            call.streamPieces.append(
                    {call.firstByteNs > 0 ? call.firstByteNs : 0, call.responseBody});
        if (call.status == 0) {
            call.errorKind = "upstream_unreachable";
            call.errorMessage = entry.value("_error"_L1).toString().toUtf8();
        }
        if (const QByteArray kind = id("error"_L1); !kind.isEmpty())
            call.errorKind = kind;
        result.calls.append(std::move(call));
    }
    return result;
}

ImportResult importFile(const QString &harPath, const QString &databasePath,
                        const PriceTable &prices)
{
    ImportResult result;
    QFile file(harPath);
    if (!file.open(QIODevice::ReadOnly)) {
        result.exitCode = 2;
        result.message = Text::tr("cannot read %1: %2").arg(harPath, file.errorString());
        return result;
    }
    const Result read = HarImporter::read(file.readAll());
    if (!read.error.isEmpty()) {
        result.exitCode = 2;
        result.message = Text::tr("%1: %2; nothing was imported").arg(harPath, read.error);
        return result;
    }
    const TraceRecordBuilder builder(prices, {});
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<TraceRecord> records;
    records.reserve(read.calls.size());
    for (const CapturedCall &call : read.calls) {
        if (std::optional<TraceRecord> record = builder.build(call, now))
            records.append(std::move(*record)); // built packed, as the writer stores them
    }
    TraceStore store(databasePath, QStringLiteral("tokentap-import"));
    QString error;
    auto cannotWrite = [&] {
        result.exitCode = 1;
        result.message = Text::tr("could not write the trace store: %1").arg(error);
        return result;
    };
    if (!store.open(&error))
        return cannotWrite();
    // Calls the store holds already (the same trace and span id) are not added twice.
    QSqlQuery stored(store.database());
    stored.prepare(u"SELECT 1 FROM traces WHERE trace_id = ? AND span_id = ? LIMIT 1"_s);
    const qsizetype before = records.size();
    records.removeIf([&stored](const TraceRecord &r) {
        stored.bindValue(0, QString::fromLatin1(r.traceId));
        stored.bindValue(1, QString::fromLatin1(r.spanId));
        const bool found = stored.exec() && stored.next();
        stored.finish();
        return found;
    });
    result.skipped = before - records.size();
    // One transaction: all of the file or nothing.
    if (!store.insert(records, &error))
        return cannotWrite();
    result.imported = records.size();
    result.message = QCoreApplication::translate("HarImporter", "imported %n call(s) from %1",
                                                 nullptr, int(result.imported))
                             .arg(harPath);
    if (result.skipped > 0) {
        result.message += QStringLiteral("; ")
                + QCoreApplication::translate("HarImporter",
                                              "%n call(s) skipped, already in the trace store",
                                              nullptr, int(result.skipped));
    }
    return result;
}

} // namespace HarImporter
