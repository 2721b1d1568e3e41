#pragma once

#include <QByteArray>

// gzip (RFC 1952) for request bodies TokenTap sends itself: OTLP exports with
// `Content-Encoding: gzip`. ContentDecoding undoes it.
namespace GzipEncoding {

// Level 1..9; 6 is zlib's default balance of speed and size.
QByteArray compress(const QByteArray &data, int level = 6);

} // namespace GzipEncoding
