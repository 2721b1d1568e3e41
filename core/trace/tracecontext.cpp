#include "tracecontext.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

namespace {

QByteArray randomHex(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    // Never all zero: W3C and OTLP treat an all-zero id as invalid.
    do {
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(raw.data()), bytes / 4);
    } while (raw.count('\0') == bytes);
    return raw.toHex();
}

// Ids from headers are opaque strings to us; keep them printable and bounded.
QByteArray sanitizedId(const QByteArray &value)
{
    QByteArray id = value.trimmed().left(128);
    for (char &c : id) {
        if (uchar(c) < 0x21 || uchar(c) > 0x7e)
            c = '_';
    }
    return id;
}

QByteArray stringField(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString().toUtf8();
}

} // namespace

bool TraceContext::isHex(const QByteArray &text, qsizetype length)
{
    if (text.size() != length)
        return false;
    for (char c : text) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return false;
    }
    return text.count('0') != length;
}

QByteArray TraceContext::newTraceId()
{
    return newTraceId(QDateTime::currentMSecsSinceEpoch());
}

QByteArray TraceContext::newTraceId(qint64 unixMs)
{
    // The first 6 bytes are the time in milliseconds (as in a UUIDv7), the other 10 random: the
    // store's index on trace ids then takes each new trace at its end, where a fully random id
    // dirtied a page of its own per call in every commit (about a third of the store's writes).
    // W3C Trace Context asks only the right-most 7 bytes to be random.
    const quint64 ms = quint64(unixMs);
    QByteArray raw(16, Qt::Uninitialized);
    for (int i = 0; i < 6; ++i)
        raw[i] = char(ms >> (8 * (5 - i)));
    quint64 random = QRandomGenerator::global()->generate64();
    for (int i = 6; i < 14; ++i, random >>= 8)
        raw[i] = char(random);
    const quint32 more = QRandomGenerator::global()->generate();
    raw[14] = char(more);
    raw[15] = char(more >> 8);
    return raw.toHex();
}

QByteArray TraceContext::newSpanId()
{
    return randomHex(8);
}

TraceContext TraceContext::fromRequest(const HttpHeaders &headers, const QByteArray &body)
{
    TraceContext context;
    context.spanId = newSpanId();

    // W3C: version 00 "00-<32 hex>-<16 hex>-<2 hex>"; anything else is ignored, as the spec asks.
    const QByteArray traceparent = headers.value("traceparent").trimmed().toLower();
    const QList<QByteArray> parts = traceparent.split('-');
    if (parts.size() >= 4 && parts[0].size() == 2 && parts[0] != "ff" && isHex(parts[1], 32)
        && isHex(parts[2], 16) && parts[3].size() == 2) {
        context.traceId = parts[1];
        context.parentSpanId = parts[2];
        context.traceFlags = parts[3];
        context.traceState = headers.value("tracestate").trimmed();
    }

    // Cheap test before parsing: most bodies carry no trace object.
    if (body.contains("\"trace\"")) {
        const QJsonObject trace =
                QJsonDocument::fromJson(body).object().value(QLatin1String("trace")).toObject();
        const QByteArray traceId = sanitizedId(stringField(trace, "trace_id"));
        const QByteArray parent = sanitizedId(stringField(trace, "parent_span_id"));
        if (!traceId.isEmpty())
            context.traceId = traceId;
        if (!parent.isEmpty())
            context.parentSpanId = parent;
    }

    const QByteArray headerTraceId = sanitizedId(headers.value("x-tokentap-trace-id"));
    if (!headerTraceId.isEmpty()) {
        context.traceId =
                isHex(headerTraceId.toLower(), 32) ? headerTraceId.toLower() : headerTraceId;
    }
    const QByteArray headerParent = sanitizedId(headers.value("x-tokentap-parent-span-id"));
    if (!headerParent.isEmpty())
        context.parentSpanId = headerParent;

    if (context.traceId.isEmpty())
        context.traceId = newTraceId();
    return context;
}

QByteArray TraceContext::w3cTraceId() const
{
    if (isHex(traceId, 32))
        return traceId;
    return QCryptographicHash::hash(traceId, QCryptographicHash::Sha256).left(16).toHex();
}

QByteArray TraceContext::traceparent() const
{
    return "00-" + w3cTraceId() + '-' + spanId + '-' + traceFlags;
}
