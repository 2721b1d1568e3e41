#pragma once

#include "spandata.h"
#include "trace/tracerecord.h"

// Maps a recorded call to its span (issue 7, reference §2 and §4, PRODUCT.md §7): one CLIENT
// span named "{operation} {model}" carrying the GenAI conventions' attributes, the Braintrust
// mapping, TokenTap's own numbers and a first-token event.
namespace SpanBuilder {

// `privacy`: the destination's privacy setting. A call recorded in privacy mode is exported
// without content either way. Without content the span still has every metric.
SpanData build(const TraceRecord &record, bool privacy);

// What "test connection" sends: a root span that says what it is.
SpanData testSpan(qint64 nowUnixNs);

// OTLP ids are raw bytes. A recorded id that is not the hex form of one (a caller's own
// x-tokentap-trace-id) maps to a stable hash of it, as the proxy does for `traceparent`.
QByteArray traceIdBytes(const QByteArray &recordedId);
QByteArray spanIdBytes(const QByteArray &recordedId);

// gen_ai.provider.name for an upstream URL (reference §2.2), or empty when the host is not a
// known provider.
QString providerName(const QString &url);

} // namespace SpanBuilder
