#pragma once

#include <QByteArray>

// How stored bodies are compressed: zstd at level 1, about 4× on JSON at several hundred MB/s,
// so that recording a call costs little CPU and the store stays small.
namespace BodyCompression {

QByteArray compress(const QByteArray &data);
// An empty array for corrupt input.
QByteArray decompress(const QByteArray &data);

} // namespace BodyCompression
