#pragma once

#include <QByteArray>

#include <optional>

// Undoes a Content-Encoding for recording: TokenTap relays compressed bodies untouched, but
// usage extraction and the trace browser need the JSON inside. gzip, deflate (zlib or raw) and
// br; identity and empty return the body itself.
namespace ContentDecoding {

bool isSupported(const QByteArray &contentEncoding);
// Nothing when the encoding is unknown or the data is corrupt; the output is capped at
// `maxOutput` bytes (a decompression bomb must not exhaust memory).
std::optional<QByteArray> decode(const QByteArray &contentEncoding, const QByteArray &body,
                                 qsizetype maxOutput);

} // namespace ContentDecoding
