#pragma once

#include "otlppartialsuccess.h"
#include "spandata.h"

#include <QByteArray>
#include <QList>

// OTLP/HTTP binary encoding (Content-Type application/x-protobuf) through the classes protoc
// generates from core/export/proto.
namespace OtlpProtobuf {

// One ExportTraceServiceRequest: one resource (SpanResource), one scope, these spans.
QByteArray encodeRequest(const QList<SpanData> &spans);
// Reads an ExportTraceServiceResponse; false when `body` is not one. An empty body is a
// response without partial_success.
bool decodeResponse(const QByteArray &body, OtlpPartialSuccess *result);
// The message (field 2) of a google.rpc.Status error body, or empty.
QString statusMessage(const QByteArray &body);

} // namespace OtlpProtobuf
