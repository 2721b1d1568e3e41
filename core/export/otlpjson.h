#pragma once

#include "otlppartialsuccess.h"
#include "spandata.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

// OTLP/JSON (Content-Type application/json, reference §1.3): lowerCamelCase keys, trace and
// span ids as hex, 64-bit integers as decimal strings, enums as integers.
namespace OtlpJson {

QJsonObject span(const SpanData &span);
// The whole ExportTraceServiceRequest.
QByteArray encodeRequest(const QList<SpanData> &spans);
// The same request written piece by piece, for files of any size: prefix(), then the spans
// (span() as compact JSON) separated by commas, then suffix().
QByteArray prefix();
QByteArray suffix();
bool decodeResponse(const QByteArray &body, OtlpPartialSuccess *result);
// The "message" of a JSON google.rpc.Status error body, or empty.
QString statusMessage(const QByteArray &body);

} // namespace OtlpJson
