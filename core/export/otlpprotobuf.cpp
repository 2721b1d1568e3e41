#include "otlpprotobuf.h"

#include "opentelemetry/proto/collector/trace/v1/trace_service.pb.h"

namespace otlp = opentelemetry::proto;

namespace {

std::string utf8(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    return std::string(bytes.constData(), size_t(bytes.size()));
}

std::string bytes(const QByteArray &data)
{
    return std::string(data.constData(), size_t(data.size()));
}

void setValue(otlp::common::v1::AnyValue *out, const SpanValue &value)
{
    if (const auto *s = std::get_if<QString>(&value)) {
        // Straight from the UTF-8 bytes: message attributes are kilobytes, one copy fewer.
        const QByteArray bytes = s->toUtf8();
        out->set_string_value(bytes.constData(), size_t(bytes.size()));
    } else if (const auto *b = std::get_if<bool>(&value)) {
        out->set_bool_value(*b);
    } else if (const auto *i = std::get_if<qint64>(&value)) {
        out->set_int_value(*i);
    } else if (const auto *d = std::get_if<double>(&value)) {
        out->set_double_value(*d);
    } else if (const auto *list = std::get_if<QStringList>(&value)) {
        otlp::common::v1::ArrayValue *array = out->mutable_array_value();
        for (const QString &item : *list)
            array->add_values()->set_string_value(utf8(item));
    }
}

template<typename Repeated>
void setAttributes(Repeated *out, const QList<SpanAttribute> &attributes)
{
    out->Reserve(int(attributes.size()));
    for (const SpanAttribute &attribute : attributes) {
        otlp::common::v1::KeyValue *kv = out->Add();
        kv->set_key(utf8(attribute.key));
        setValue(kv->mutable_value(), attribute.value);
    }
}

void setSpan(otlp::trace::v1::Span *out, const SpanData &span)
{
    out->set_trace_id(bytes(span.traceId));
    out->set_span_id(bytes(span.spanId));
    if (!span.parentSpanId.isEmpty())
        out->set_parent_span_id(bytes(span.parentSpanId));
    if (!span.traceState.isEmpty())
        out->set_trace_state(utf8(span.traceState));
    out->set_name(utf8(span.name));
    out->set_kind(otlp::trace::v1::Span::SpanKind(int(span.kind)));
    out->set_start_time_unix_nano(quint64(span.startUnixNs));
    out->set_end_time_unix_nano(quint64(span.endUnixNs));
    setAttributes(out->mutable_attributes(), span.attributes);
    for (const SpanEvent &event : span.events) {
        otlp::trace::v1::Span::Event *e = out->add_events();
        e->set_time_unix_nano(quint64(event.timeUnixNs));
        e->set_name(utf8(event.name));
        setAttributes(e->mutable_attributes(), event.attributes);
    }
    if (span.status != SpanData::StatusCode::Unset || !span.statusMessage.isEmpty()) {
        otlp::trace::v1::Status *status = out->mutable_status();
        status->set_code(otlp::trace::v1::Status::StatusCode(int(span.status)));
        if (!span.statusMessage.isEmpty())
            status->set_message(utf8(span.statusMessage));
    }
    out->set_flags(span.flags);
}

// Reads one varint at `pos`; false past the end or beyond 10 bytes.
bool readVarint(const QByteArray &data, qsizetype &pos, quint64 *value)
{
    *value = 0;
    for (int shift = 0; shift < 64 && pos < data.size(); shift += 7) {
        const quint8 byte = quint8(data.at(pos++));
        *value |= quint64(byte & 0x7f) << shift;
        if (!(byte & 0x80))
            return true;
    }
    return false;
}

} // namespace

namespace OtlpProtobuf {

QByteArray encodeRequest(const QList<SpanData> &spans)
{
    otlp::collector::trace::v1::ExportTraceServiceRequest request;
    otlp::trace::v1::ResourceSpans *resourceSpans = request.add_resource_spans();
    setAttributes(resourceSpans->mutable_resource()->mutable_attributes(),
                  SpanResource::attributes());
    otlp::trace::v1::ScopeSpans *scopeSpans = resourceSpans->add_scope_spans();
    scopeSpans->mutable_scope()->set_name(utf8(SpanResource::scopeName()));
    scopeSpans->mutable_scope()->set_version(utf8(SpanResource::scopeVersion()));
    scopeSpans->mutable_spans()->Reserve(int(spans.size()));
    for (const SpanData &span : spans)
        setSpan(scopeSpans->add_spans(), span);
    QByteArray out(qsizetype(request.ByteSizeLong()), Qt::Uninitialized);
    request.SerializeWithCachedSizesToArray(reinterpret_cast<quint8 *>(out.data()));
    return out;
}

bool decodeResponse(const QByteArray &body, OtlpPartialSuccess *result)
{
    *result = {};
    otlp::collector::trace::v1::ExportTraceServiceResponse response;
    if (!response.ParseFromArray(body.constData(), int(body.size())))
        return false;
    if (response.has_partial_success()) {
        result->present = true;
        result->rejectedSpans = response.partial_success().rejected_spans();
        const std::string &message = response.partial_success().error_message();
        result->errorMessage = QString::fromUtf8(message.data(), qsizetype(message.size()));
    }
    return true;
}

QString statusMessage(const QByteArray &body)
{
    // google.rpc.Status is not among the messages TokenTap compiles; its one field of interest
    // is read off the wire format directly.
    qsizetype pos = 0;
    while (pos < body.size()) {
        quint64 tag = 0;
        if (!readVarint(body, pos, &tag))
            return {};
        const int field = int(tag >> 3);
        switch (tag & 7) {
        case 0: {
            quint64 ignored = 0;
            if (!readVarint(body, pos, &ignored))
                return {};
            break;
        }
        case 1:
            pos += 8;
            break;
        case 5:
            pos += 4;
            break;
        case 2: {
            quint64 length = 0;
            if (!readVarint(body, pos, &length) || length > quint64(body.size() - pos))
                return {};
            if (field == 2)
                return QString::fromUtf8(body.mid(pos, qsizetype(length)));
            pos += qsizetype(length);
            break;
        }
        default:
            return {};
        }
    }
    return {};
}

} // namespace OtlpProtobuf
