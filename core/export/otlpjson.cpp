#include "otlpjson.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

QString int64Text(qint64 value)
{
    return QString::number(value);
}

QJsonObject anyValue(const SpanValue &value)
{
    if (const auto *s = std::get_if<QString>(&value))
        return {{"stringValue"_L1, *s}};
    if (const auto *b = std::get_if<bool>(&value))
        return {{"boolValue"_L1, *b}};
    if (const auto *i = std::get_if<qint64>(&value))
        return {{"intValue"_L1, int64Text(*i)}};
    if (const auto *d = std::get_if<double>(&value))
        return {{"doubleValue"_L1, *d}};
    QJsonArray values;
    for (const QString &item : std::get<QStringList>(value))
        values.append(QJsonObject {{"stringValue"_L1, item}});
    return {{"arrayValue"_L1, QJsonObject {{"values"_L1, values}}}};
}

QJsonArray attributes(const QList<SpanAttribute> &list)
{
    QJsonArray out;
    for (const SpanAttribute &attribute : list)
        out.append(
                QJsonObject {{"key"_L1, attribute.key}, {"value"_L1, anyValue(attribute.value)}});
    return out;
}

QString hex(const QByteArray &id)
{
    return QString::fromLatin1(id.toHex());
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject envelope(const QJsonArray &spans)
{
    const QJsonObject scope {{"name"_L1, SpanResource::scopeName()},
                             {"version"_L1, SpanResource::scopeVersion()}};
    const QJsonObject scopeSpans {{"scope"_L1, scope}, {"spans"_L1, spans}};
    const QJsonObject resource {{"attributes"_L1, attributes(SpanResource::attributes())}};
    const QJsonObject resourceSpans {{"resource"_L1, resource},
                                     {"scopeSpans"_L1, QJsonArray {scopeSpans}}};
    return {{"resourceSpans"_L1, QJsonArray {resourceSpans}}};
}

// A placeholder span list that cannot occur in real output, to cut the envelope in two.
constexpr char Marker[] = "\"spans\":[]";

} // namespace

namespace OtlpJson {

QJsonObject span(const SpanData &span)
{
    QJsonObject out {{"traceId"_L1, hex(span.traceId)},
                     {"spanId"_L1, hex(span.spanId)},
                     {"name"_L1, span.name},
                     {"kind"_L1, int(span.kind)},
                     {"startTimeUnixNano"_L1, int64Text(span.startUnixNs)},
                     {"endTimeUnixNano"_L1, int64Text(span.endUnixNs)},
                     {"attributes"_L1, attributes(span.attributes)},
                     {"flags"_L1, qint64(span.flags)}};
    if (!span.parentSpanId.isEmpty())
        out.insert("parentSpanId"_L1, hex(span.parentSpanId));
    if (!span.traceState.isEmpty())
        out.insert("traceState"_L1, span.traceState);
    if (!span.events.isEmpty()) {
        QJsonArray events;
        for (const SpanEvent &event : span.events) {
            QJsonObject e {{"timeUnixNano"_L1, int64Text(event.timeUnixNs)},
                           {"name"_L1, event.name}};
            if (!event.attributes.isEmpty())
                e.insert("attributes"_L1, attributes(event.attributes));
            events.append(e);
        }
        out.insert("events"_L1, events);
    }
    if (span.status != SpanData::StatusCode::Unset || !span.statusMessage.isEmpty()) {
        QJsonObject status {{"code"_L1, int(span.status)}};
        if (!span.statusMessage.isEmpty())
            status.insert("message"_L1, span.statusMessage);
        out.insert("status"_L1, status);
    }
    return out;
}

QByteArray encodeRequest(const QList<SpanData> &spans)
{
    QJsonArray list;
    for (const SpanData &s : spans)
        list.append(span(s));
    return compact(envelope(list));
}

QByteArray prefix()
{
    const QByteArray whole = compact(envelope({}));
    return whole.left(whole.indexOf(Marker) + qsizetype(sizeof(Marker)) - 2);
}

QByteArray suffix()
{
    const QByteArray whole = compact(envelope({}));
    return whole.mid(whole.indexOf(Marker) + qsizetype(sizeof(Marker)) - 2);
}

bool decodeResponse(const QByteArray &body, OtlpPartialSuccess *result)
{
    *result = {};
    if (body.trimmed().isEmpty())
        return true;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return false;
    const QJsonValue partial = document.object().value("partialSuccess"_L1);
    if (!partial.isObject())
        return true;
    const QJsonObject object = partial.toObject();
    // 64-bit integers arrive as strings, though receivers of ours must accept numbers too.
    const QJsonValue rejected = object.value("rejectedSpans"_L1);
    result->present = true;
    result->rejectedSpans =
            rejected.isString() ? rejected.toString().toLongLong() : rejected.toInteger();
    result->errorMessage = object.value("errorMessage"_L1).toString();
    return true;
}

QString statusMessage(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object().value("message"_L1).toString();
}

} // namespace OtlpJson
