#include "export/otlpprotobuf.h"
#include "export/spanbuilder.h"

#include "opentelemetry/proto/collector/trace/v1/trace_service.pb.h"

#include <QTest>

using namespace Qt::StringLiterals;
namespace otlp = opentelemetry::proto;

namespace {

QByteArray bytes(const std::string &s)
{
    return QByteArray(s.data(), qsizetype(s.size()));
}

QString text(const std::string &s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

SpanValue valueOf(const otlp::common::v1::AnyValue &v)
{
    switch (v.value_case()) {
    case otlp::common::v1::AnyValue::kStringValue:
        return text(v.string_value());
    case otlp::common::v1::AnyValue::kBoolValue:
        return v.bool_value();
    case otlp::common::v1::AnyValue::kIntValue:
        return qint64(v.int_value());
    case otlp::common::v1::AnyValue::kDoubleValue:
        return v.double_value();
    case otlp::common::v1::AnyValue::kArrayValue: {
        QStringList list;
        for (const auto &item : v.array_value().values())
            list.append(text(item.string_value()));
        return list;
    }
    default:
        return u"<unexpected value kind>"_s;
    }
}

template<typename Repeated> QList<SpanAttribute> attributesOf(const Repeated &list)
{
    QList<SpanAttribute> out;
    for (const auto &kv : list)
        out.append({text(kv.key()), valueOf(kv.value())});
    return out;
}

// What a collector would make of the bytes, back in TokenTap's own terms.
SpanData spanOf(const otlp::trace::v1::Span &s)
{
    SpanData span;
    span.traceId = bytes(s.trace_id());
    span.spanId = bytes(s.span_id());
    span.parentSpanId = bytes(s.parent_span_id());
    span.traceState = text(s.trace_state());
    span.name = text(s.name());
    span.kind = SpanData::Kind(int(s.kind()));
    span.startUnixNs = qint64(s.start_time_unix_nano());
    span.endUnixNs = qint64(s.end_time_unix_nano());
    span.attributes = attributesOf(s.attributes());
    for (const auto &e : s.events())
        span.events.append(
                {qint64(e.time_unix_nano()), text(e.name()), attributesOf(e.attributes())});
    span.status = SpanData::StatusCode(int(s.status().code()));
    span.statusMessage = text(s.status().message());
    span.flags = s.flags();
    return span;
}

TraceRecord record(int i)
{
    TraceRecord r;
    r.traceId = "0af7651916cd43dd8448eb211c80319c";
    r.spanId = QByteArray::number(0x1000 + i, 16).rightJustified(16, '0');
    r.parentSpanId = i ? QByteArray("00f067aa0ba902b7") : QByteArray();
    r.startUnixNs = 1'767'225'600'000'000'000LL + i;
    r.endUnixNs = r.startUnixNs + 2'000'000'000LL;
    r.url = u"https://api.openai.com/v1/chat/completions"_s;
    r.endpoint = u"chat"_s;
    r.model = u"gpt-4o-mini"_s;
    r.status = i == 2 ? 500 : 200;
    r.errorMessage = i == 2 ? u"boom"_s : QString();
    r.stream = i == 1;
    if (r.stream)
        r.ttftMs = 250;
    r.usage.input = 10 + i;
    r.usage.output = 20;
    r.costUsd = 0.25;
    r.tags = {u"t\u00e9st"_s}; // non-ASCII survives
    r.requestBody =
            R"({"model":"gpt-4o-mini","temperature":0,"messages":[{"role":"user","content":"Grüße"}]})";
    r.responseBody =
            R"({"choices":[{"message":{"role":"assistant","content":"Hallo"},"finish_reason":"stop"}]})";
    return r;
}

} // namespace

class TestOtlpProtobuf : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTripThroughLibprotobuf()
    {
        QList<SpanData> spans;
        for (int i = 0; i < 3; ++i)
            spans.append(SpanBuilder::build(record(i), false));
        QVERIFY(spans.at(1).events.size() == 1);
        QVERIFY(spans.at(2).status == SpanData::StatusCode::Error);

        const QByteArray encoded = OtlpProtobuf::encodeRequest(spans);
        otlp::collector::trace::v1::ExportTraceServiceRequest request;
        QVERIFY(request.ParseFromArray(encoded.constData(), int(encoded.size())));
        QCOMPARE(request.resource_spans_size(), 1);
        const auto &resourceSpans = request.resource_spans(0);
        QCOMPARE(attributesOf(resourceSpans.resource().attributes()), SpanResource::attributes());
        QCOMPARE(resourceSpans.scope_spans_size(), 1);
        const auto &scopeSpans = resourceSpans.scope_spans(0);
        QCOMPARE(text(scopeSpans.scope().name()), u"tokentap"_s);
        QCOMPARE(text(scopeSpans.scope().version()), QStringLiteral(TOKENTAP_VERSION));
        QCOMPARE(scopeSpans.spans_size(), 3);
        for (int i = 0; i < 3; ++i) {
            SpanData decoded = spanOf(scopeSpans.spans(i));
            SpanData original = spans.at(i);
            original.btParent.clear(); // not an encoded field
            QCOMPARE(decoded, original);
        }
        QCOMPARE(int(scopeSpans.spans(0).kind()), int(otlp::trace::v1::Span::SPAN_KIND_CLIENT));
        QCOMPARE(int(scopeSpans.spans(2).status().code()),
                 int(otlp::trace::v1::Status::STATUS_CODE_ERROR));
    }

    void fieldNumbersOnTheWire()
    {
        // Checked against the OTLP field table by hand, not through the generated code: tag
        // bytes are (field << 3) | wire type.
        SpanData span = SpanBuilder::build(record(1), false);
        const QByteArray wire = OtlpProtobuf::encodeRequest({span});
        auto le = [](quint64 v, int n) {
            QByteArray out;
            for (int i = 0; i < n; ++i)
                out.append(char((v >> (8 * i)) & 0xff));
            return out;
        };
        auto has = [&](const QByteArray &piece) {
            return wire.contains(piece);
        };
        QVERIFY(has("\x0a\x10" + span.traceId)); // 1 trace_id, bytes
        QVERIFY(has("\x12\x08" + span.spanId)); // 2 span_id, bytes
        QVERIFY(has("\x22\x08" + span.parentSpanId)); // 4 parent_span_id
        QVERIFY(has(QByteArray("\x30\x03", 2))); // 6 kind = CLIENT, varint
        QVERIFY(has("\x39" + le(quint64(span.startUnixNs), 8))); // 7 fixed64
        QVERIFY(has("\x41" + le(quint64(span.endUnixNs), 8))); // 8 fixed64
        QVERIFY(has("\x85\x01" + le(span.flags, 4))); // 16 flags, fixed32
        QCOMPARE(span.flags, 0x301u);
        // 11 events → 1 time_unix_nano (fixed64, tag 0x09) of the first token.
        QVERIFY(has("\x09" + le(quint64(span.events.first().timeUnixNs), 8)));
        // Resource attribute service.name: KeyValue 1 key, 2 AnyValue { 1 string_value }.
        QVERIFY(has("\x0a\x0cservice.name\x12\x0a\x0a\x08tokentap"));
    }

    void emptyRequest()
    {
        const QByteArray encoded = OtlpProtobuf::encodeRequest({});
        otlp::collector::trace::v1::ExportTraceServiceRequest request;
        QVERIFY(request.ParseFromArray(encoded.constData(), int(encoded.size())));
        QCOMPARE(request.resource_spans(0).scope_spans(0).spans_size(), 0);
    }

    void partialSuccess()
    {
        OtlpPartialSuccess result;
        QVERIFY(OtlpProtobuf::decodeResponse(QByteArray(), &result));
        QVERIFY(!result.present);

        otlp::collector::trace::v1::ExportTraceServiceResponse response;
        response.mutable_partial_success()->set_rejected_spans(4);
        response.mutable_partial_success()->set_error_message("span too old");
        const std::string wire = response.SerializeAsString();
        QVERIFY(OtlpProtobuf::decodeResponse(bytes(wire), &result));
        QVERIFY(result.present);
        QCOMPARE(result.rejectedSpans, 4);
        QCOMPARE(result.errorMessage, u"span too old"_s);
    }

    void statusMessageOfAnErrorBody()
    {
        // google.rpc.Status {code: 3, message: "invalid trace id", details: [Any{…}]}, by hand:
        // field 1 varint, field 2 string, field 3 message.
        QByteArray body;
        body.append(char(0x08)).append(char(3));
        const QByteArray message = "invalid trace id";
        body.append(char(0x12)).append(char(message.size())).append(message);
        body.append(char(0x1a)).append(char(2)).append(char(0x0a)).append(char(0));
        QCOMPARE(OtlpProtobuf::statusMessage(body), u"invalid trace id"_s);
        QCOMPARE(OtlpProtobuf::statusMessage("\xff\xff"), QString());
        QCOMPARE(OtlpProtobuf::statusMessage(QByteArray()), QString());
    }
};

QTEST_GUILESS_MAIN(TestOtlpProtobuf)
#include "tst_otlpprotobuf.moc"
