#include "fakecollector.h"

#include "http/contentdecoding.h"
#include "opentelemetry/proto/collector/trace/v1/trace_service.pb.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace otlp = opentelemetry::proto;

namespace {

QString text(const std::string &s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

QByteArray hex(const std::string &s)
{
    return QByteArray(s.data(), qsizetype(s.size())).toHex();
}

QString valueText(const otlp::common::v1::AnyValue &v)
{
    switch (v.value_case()) {
    case otlp::common::v1::AnyValue::kStringValue:
        return text(v.string_value());
    case otlp::common::v1::AnyValue::kBoolValue:
        return v.bool_value() ? QStringLiteral("true") : QStringLiteral("false");
    case otlp::common::v1::AnyValue::kIntValue:
        return QString::number(v.int_value());
    case otlp::common::v1::AnyValue::kDoubleValue:
        return QString::number(v.double_value(), 'g', 17);
    case otlp::common::v1::AnyValue::kArrayValue: {
        QJsonArray array;
        for (const auto &item : v.array_value().values())
            array.append(text(item.string_value()));
        return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
    }
    default:
        return {};
    }
}

QString jsonValueText(const QJsonObject &v)
{
    if (v.contains(QLatin1String("stringValue")))
        return v.value(QLatin1String("stringValue")).toString();
    if (v.contains(QLatin1String("boolValue")))
        return v.value(QLatin1String("boolValue")).toBool() ? QStringLiteral("true")
                                                            : QStringLiteral("false");
    if (v.contains(QLatin1String("intValue")))
        return v.value(QLatin1String("intValue")).toString();
    if (v.contains(QLatin1String("doubleValue")))
        return QString::number(v.value(QLatin1String("doubleValue")).toDouble(), 'g', 17);
    QJsonArray array;
    const QJsonArray values = v.value(QLatin1String("arrayValue"))
                                      .toObject()
                                      .value(QLatin1String("values"))
                                      .toArray();
    for (const QJsonValue &item : values)
        array.append(item.toObject().value(QLatin1String("stringValue")));
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

bool parseProtobuf(FakeCollector::Received &r)
{
    otlp::collector::trace::v1::ExportTraceServiceRequest request;
    if (!request.ParseFromArray(r.body.constData(), int(r.body.size())))
        return false;
    for (const auto &resourceSpans : request.resource_spans()) {
        for (const auto &kv : resourceSpans.resource().attributes())
            r.resource.insert(text(kv.key()), valueText(kv.value()));
        for (const auto &scopeSpans : resourceSpans.scope_spans()) {
            for (const auto &s : scopeSpans.spans()) {
                FakeCollector::Span span;
                span.traceId = hex(s.trace_id());
                span.spanId = hex(s.span_id());
                span.parentSpanId = hex(s.parent_span_id());
                span.name = text(s.name());
                span.kind = int(s.kind());
                span.startUnixNs = qint64(s.start_time_unix_nano());
                span.endUnixNs = qint64(s.end_time_unix_nano());
                span.statusCode = int(s.status().code());
                for (const auto &kv : s.attributes())
                    span.attributes.insert(text(kv.key()), valueText(kv.value()));
                for (const auto &e : s.events())
                    span.eventNames.append(text(e.name()));
                r.spans.append(span);
            }
        }
    }
    return true;
}

bool parseJson(FakeCollector::Received &r)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(r.body, &error);
    if (error.error != QJsonParseError::NoError)
        return false;
    const QJsonArray resourceSpans =
            document.object().value(QLatin1String("resourceSpans")).toArray();
    for (const QJsonValue &rs : resourceSpans) {
        const QJsonArray resource = rs.toObject()
                                            .value(QLatin1String("resource"))
                                            .toObject()
                                            .value(QLatin1String("attributes"))
                                            .toArray();
        for (const QJsonValue &kv : resource)
            r.resource.insert(
                    kv.toObject().value(QLatin1String("key")).toString(),
                    jsonValueText(kv.toObject().value(QLatin1String("value")).toObject()));
        for (const QJsonValue &ss : rs.toObject().value(QLatin1String("scopeSpans")).toArray()) {
            for (const QJsonValue &sv : ss.toObject().value(QLatin1String("spans")).toArray()) {
                const QJsonObject s = sv.toObject();
                FakeCollector::Span span;
                span.traceId = s.value(QLatin1String("traceId")).toString().toLatin1();
                span.spanId = s.value(QLatin1String("spanId")).toString().toLatin1();
                span.parentSpanId = s.value(QLatin1String("parentSpanId")).toString().toLatin1();
                span.name = s.value(QLatin1String("name")).toString();
                span.kind = s.value(QLatin1String("kind")).toInt();
                span.startUnixNs =
                        s.value(QLatin1String("startTimeUnixNano")).toString().toLongLong();
                span.endUnixNs = s.value(QLatin1String("endTimeUnixNano")).toString().toLongLong();
                span.statusCode = s.value(QLatin1String("status"))
                                          .toObject()
                                          .value(QLatin1String("code"))
                                          .toInt();
                for (const QJsonValue &kv : s.value(QLatin1String("attributes")).toArray()) {
                    span.attributes.insert(
                            kv.toObject().value(QLatin1String("key")).toString(),
                            jsonValueText(kv.toObject().value(QLatin1String("value")).toObject()));
                }
                for (const QJsonValue &e : s.value(QLatin1String("events")).toArray())
                    span.eventNames.append(e.toObject().value(QLatin1String("name")).toString());
                r.spans.append(span);
            }
        }
    }
    return true;
}

qint64 countSpans(const FakeCollector::Received &r)
{
    if (r.json)
        return r.body.count("\"spanId\"");
    otlp::collector::trace::v1::ExportTraceServiceRequest request;
    if (!request.ParseFromArray(r.body.constData(), int(r.body.size())))
        return -1;
    qint64 spans = 0;
    for (const auto &resourceSpans : request.resource_spans()) {
        for (const auto &scopeSpans : resourceSpans.scope_spans())
            spans += scopeSpans.spans_size();
    }
    return spans;
}

} // namespace

FakeCollector::FakeCollector(QObject *parent)
    : QObject(parent)
    , m_server(new FakeUpstream(this))
{
    m_server->setHandler([this](const FakeUpstream::Request &request, FakeUpstream::Reply &reply) {
        Received r;
        r.head = request.head;
        r.rawBody = request.body;
        r.body = request.body;
        const QByteArray encoding = request.head.headers.value("Content-Encoding");
        if (!encoding.isEmpty()) {
            r.body = ContentDecoding::decode(encoding, request.body, 256 * 1024 * 1024)
                             .value_or(QByteArray());
        }
        r.json = request.head.headers.value("Content-Type").contains("json");
        qint64 spans = 0;
        if (m_countOnly) {
            spans = countSpans(r);
            r.parsed = spans >= 0;
            r.rawBody.clear();
            r.body.clear();
        } else {
            r.parsed = r.json ? parseJson(r) : parseProtobuf(r);
            spans = r.spans.size();
        }
        const Answer answer = m_script.isEmpty() ? Answer() : m_script.takeFirst();
        r.answeredStatus = answer.status;
        if (answer.status >= 200 && answer.status < 300)
            m_accepted += std::max<qint64>(spans, 0);
        m_received.append(r);
        reply.send(answer.status, answer.body,
                   r.json ? QByteArrayLiteral("application/json")
                          : QByteArrayLiteral("application/x-protobuf"),
                   answer.headers);
        Q_EMIT requestReceived(int(m_received.size()) - 1);
    });
}

bool FakeCollector::listen()
{
    return m_server->listen();
}

bool FakeCollector::enableTls(const QString &certificatePath, const QString &keyPath)
{
    return m_server->enableTls(certificatePath, keyPath);
}

QUrl FakeCollector::url() const
{
    QUrl url(m_server->baseUrl());
    url.setPath(QStringLiteral("/v1/traces"));
    return url;
}

FakeCollector::Answer FakeCollector::partialSuccess(qint64 rejected, const QString &message,
                                                    bool json)
{
    Answer answer;
    if (json) {
        const QJsonObject partial {{QStringLiteral("rejectedSpans"), QString::number(rejected)},
                                   {QStringLiteral("errorMessage"), message}};
        answer.body = QJsonDocument(QJsonObject {{QStringLiteral("partialSuccess"), partial}})
                              .toJson(QJsonDocument::Compact);
    } else {
        otlp::collector::trace::v1::ExportTraceServiceResponse response;
        response.mutable_partial_success()->set_rejected_spans(rejected);
        response.mutable_partial_success()->set_error_message(message.toStdString());
        const std::string bytes = response.SerializeAsString();
        answer.body = QByteArray(bytes.data(), qsizetype(bytes.size()));
    }
    return answer;
}

QList<QByteArray> FakeCollector::acceptedSpanIds() const
{
    QList<QByteArray> ids;
    for (const Received &r : m_received) {
        if (r.answeredStatus >= 200 && r.answeredStatus < 300) {
            for (const Span &s : r.spans)
                ids.append(s.spanId);
        }
    }
    return ids;
}
