#include "callcost.h"

CallCost CallCost::of(const CostBreakdown &price, bool cacheHit)
{
    CallCost cost;
    if (!cacheHit) {
        cost.inputUsd = price.inputUsd;
        cost.outputUsd = price.outputUsd;
        cost.totalUsd = price.totalUsd;
        return cost;
    }
    // Answered from the cache: nothing was spent, and what the call would have cost is the
    // saving (PRODUCT.md §5). Unknown stays unknown: an unpriced hit saved an unknown amount.
    cost.savedUsd = price.totalUsd;
    if (price.totalUsd)
        cost.inputUsd = cost.outputUsd = cost.totalUsd = 0.0;
    return cost;
}
