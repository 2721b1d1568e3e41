#pragma once

#include <QByteArrayView>
#include <QLatin1StringView>

#include <optional>

// x-bt-use-cache (PRODUCT.md §3): which calls the cache answers and stores.
enum class CacheMode {
    Auto, // deterministic calls only: temperature exactly 0 or a seed; embeddings, moderations
    Always, // every cacheable call
    Never, // no read, no write
};

namespace CacheModes {

// "auto", "always", "never" (any case, surrounding spaces ignored); nullopt for anything else.
std::optional<CacheMode> parse(QByteArrayView text);
QLatin1StringView name(CacheMode mode);

} // namespace CacheModes
