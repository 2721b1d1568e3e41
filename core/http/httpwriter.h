#pragma once

#include "httpheaders.h"

#include <QByteArray>

// Serialises HTTP/1.1 message heads and chunked framing into wire bytes.
namespace HttpWriter {

// "METHOD target HTTP/1.1\r\n" + fields + "\r\n".
void appendRequestHead(QByteArray &out, const QByteArray &method, const QByteArray &target,
                       const HttpHeaders &headers);
// "HTTP/1.1 status reason\r\n" + fields + "\r\n". An empty reason takes the standard phrase.
void appendResponseHead(QByteArray &out, int status, const QByteArray &reason,
                        const HttpHeaders &headers);
// One chunk of a chunked body; nothing for an empty piece (that would end the body).
void appendChunk(QByteArray &out, const char *data, qsizetype size);
// The zero-length chunk that ends a chunked body.
void appendLastChunk(QByteArray &out);
// The standard reason phrase ("Not Found"), or "Unknown".
QByteArray reasonPhrase(int status);

} // namespace HttpWriter
