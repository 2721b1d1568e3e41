#pragma once

#include "llm/costbreakdown.h"

#include <optional>

// What a recorded call cost and saved: its price (PriceTable::cost) and whether the cache
// answered it. One rule for recording and for re-pricing, so `tokentap reprice` cannot charge a
// cache hit that recording left free.
struct CallCost
{
    std::optional<double> inputUsd;
    std::optional<double> outputUsd;
    std::optional<double> totalUsd;
    std::optional<double> savedUsd;

    static CallCost of(const CostBreakdown &price, bool cacheHit);
};
