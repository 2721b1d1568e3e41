#pragma once

#include "cacheentry.h"
#include "llm/pricetable.h"

#include <optional>

// What a stored response cost upstream, from its usage and the price table: what each hit
// saves. Unknown (nullopt) when the response reports no usage or the model has no price.
namespace CachedCost {

std::optional<double> of(const CacheEntry &entry, const PriceTable &prices);

} // namespace CachedCost
