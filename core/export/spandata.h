#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <variant>

// One exported span as plain values: what SpanBuilder makes of a recorded call, before it is
// encoded as OTLP protobuf (OtlpProtobuf) or OTLP/JSON (OtlpJson). Keeping the mapping in one
// value type means both encodings say exactly the same thing, and tests can read it directly.
using SpanValue = std::variant<QString, bool, qint64, double, QStringList>;

struct SpanAttribute
{
    QString key;
    SpanValue value;

    friend bool operator==(const SpanAttribute &, const SpanAttribute &) = default;
};

struct SpanEvent
{
    qint64 timeUnixNs = 0;
    QString name;
    QList<SpanAttribute> attributes;

    friend bool operator==(const SpanEvent &, const SpanEvent &) = default;
};

struct SpanData
{
    // OTLP's enum values (trace.proto Span.SpanKind, Status.StatusCode).
    enum class Kind { Unspecified = 0, Internal = 1, Server = 2, Client = 3 };
    enum class StatusCode { Unset = 0, Ok = 1, Error = 2 };

    QByteArray traceId; // 16 raw bytes
    QByteArray spanId; // 8 raw bytes
    QByteArray parentSpanId; // 8 raw bytes, empty for a root span
    QString traceState;
    QString name;
    Kind kind = Kind::Client;
    qint64 startUnixNs = 0;
    qint64 endUnixNs = 0;
    QList<SpanAttribute> attributes;
    QList<SpanEvent> events;
    StatusCode status = StatusCode::Unset;
    QString statusMessage;
    // OTLP's SpanFlags: the W3C trace flags in the low byte, then whether the parent is known to
    // be remote (bit 8) and whether it is (bit 9).
    static constexpr quint32 SampledFlag = 0x01;
    static constexpr quint32 HasIsRemoteFlag = 0x100;
    static constexpr quint32 IsRemoteFlag = 0x200;
    quint32 flags = 0;

    // The call's own Braintrust parent (its x-bt-parent header): a Braintrust destination sends
    // the span under this project instead of its configured one. Not an encoded field.
    QString btParent;

    // The attribute's value, or nullptr.
    const SpanValue *attribute(QStringView key) const;
    void set(const QString &key, SpanValue value) { attributes.append({key, std::move(value)}); }

    friend bool operator==(const SpanData &, const SpanData &) = default;
};

// What every exported request says about its producer.
namespace SpanResource {

// service.name = tokentap, service.version = TOKENTAP_VERSION.
QList<SpanAttribute> attributes();
QString scopeName(); // the instrumentation scope: "tokentap"
QString scopeVersion();

} // namespace SpanResource
