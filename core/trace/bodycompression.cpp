#include "bodycompression.h"

#include <zstd.h>

#include <memory>

namespace BodyCompression {

QByteArray compress(const QByteArray &data)
{
    // A context per thread: creating one costs about as much as compressing 2 KiB.
    thread_local std::unique_ptr<ZSTD_CCtx, size_t (*)(ZSTD_CCtx *)> context(ZSTD_createCCtx(),
                                                                             &ZSTD_freeCCtx);
    QByteArray out(qsizetype(ZSTD_compressBound(size_t(data.size()))), Qt::Uninitialized);
    const size_t size = ZSTD_compressCCtx(context.get(), out.data(), size_t(out.size()),
                                          data.constData(), size_t(data.size()), 1);
    if (ZSTD_isError(size))
        return {};
    out.truncate(qsizetype(size));
    return out;
}

QByteArray decompress(const QByteArray &data)
{
    const unsigned long long size = ZSTD_getFrameContentSize(data.constData(), size_t(data.size()));
    if (size == ZSTD_CONTENTSIZE_ERROR || size == ZSTD_CONTENTSIZE_UNKNOWN
        || size > 1024ULL * 1024 * 1024)
        return {};
    QByteArray out(qsizetype(size), Qt::Uninitialized);
    const size_t written =
            ZSTD_decompress(out.data(), size_t(out.size()), data.constData(), size_t(data.size()));
    if (ZSTD_isError(written))
        return {};
    out.truncate(qsizetype(written));
    return out;
}

} // namespace BodyCompression
