#include "contentdecoding.h"

#include <brotli/decode.h>
#include <zlib.h>

namespace {

// windowBits: 16+MAX_WBITS gzip, MAX_WBITS zlib, -MAX_WBITS raw deflate.
std::optional<QByteArray> inflateWith(const QByteArray &in, int windowBits, qsizetype maxOutput)
{
    z_stream stream = {};
    if (inflateInit2(&stream, windowBits) != Z_OK)
        return std::nullopt;
    QByteArray out;
    char buffer[64 * 1024];
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in.constData()));
    stream.avail_in = uInt(in.size());
    int status = Z_OK;
    while (status != Z_STREAM_END) {
        stream.next_out = reinterpret_cast<Bytef *>(buffer);
        stream.avail_out = sizeof buffer;
        status = inflate(&stream, Z_NO_FLUSH);
        if (status != Z_OK && status != Z_STREAM_END) {
            inflateEnd(&stream);
            return std::nullopt;
        }
        out.append(buffer, qsizetype(sizeof buffer - stream.avail_out));
        if (out.size() > maxOutput
            || (status == Z_OK && stream.avail_in == 0 && stream.avail_out != 0)) {
            break; // capped, or truncated input: keep what was decoded
        }
    }
    inflateEnd(&stream);
    return out.left(maxOutput);
}

std::optional<QByteArray> brotli(const QByteArray &in, qsizetype maxOutput)
{
    BrotliDecoderState *state = BrotliDecoderCreateInstance(nullptr, nullptr, nullptr);
    if (!state)
        return std::nullopt;
    QByteArray out;
    size_t availableIn = size_t(in.size());
    const uint8_t *nextIn = reinterpret_cast<const uint8_t *>(in.constData());
    uint8_t buffer[64 * 1024];
    BrotliDecoderResult result = BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT;
    while (result == BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT && out.size() <= maxOutput) {
        size_t availableOut = sizeof buffer;
        uint8_t *nextOut = buffer;
        result = BrotliDecoderDecompressStream(state, &availableIn, &nextIn, &availableOut,
                                               &nextOut, nullptr);
        out.append(reinterpret_cast<const char *>(buffer), qsizetype(sizeof buffer - availableOut));
    }
    BrotliDecoderDestroyInstance(state);
    if (result == BROTLI_DECODER_RESULT_ERROR)
        return std::nullopt;
    return out.left(maxOutput);
}

} // namespace

namespace ContentDecoding {

bool isSupported(const QByteArray &contentEncoding)
{
    const QByteArray e = contentEncoding.trimmed().toLower();
    return e.isEmpty() || e == "identity" || e == "gzip" || e == "x-gzip" || e == "deflate"
            || e == "br";
}

std::optional<QByteArray> decode(const QByteArray &contentEncoding, const QByteArray &body,
                                 qsizetype maxOutput)
{
    const QByteArray e = contentEncoding.trimmed().toLower();
    if (e.isEmpty() || e == "identity")
        return body;
    if (e == "gzip" || e == "x-gzip")
        return inflateWith(body, 16 + MAX_WBITS, maxOutput);
    if (e == "deflate") {
        // Servers disagree on whether "deflate" has the zlib wrapper; try both.
        if (auto zlibWrapped = inflateWith(body, MAX_WBITS, maxOutput))
            return zlibWrapped;
        return inflateWith(body, -MAX_WBITS, maxOutput);
    }
    if (e == "br")
        return brotli(body, maxOutput);
    return std::nullopt;
}

} // namespace ContentDecoding
