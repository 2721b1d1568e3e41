#pragma once

#include <QString>

#include <optional>

// What one call cost, in USD. Every amount is empty when unknown, never 0: an unpriced model or
// a call without usage must not look free.
struct CostBreakdown
{
    // Unknown when the provider reported the total itself.
    std::optional<double> inputUsd; // fresh input + cache reads + cache writes
    std::optional<double> outputUsd; // output including reasoning
    std::optional<double> totalUsd;
    QString priceId; // "provider/id" of the price row used, empty when none matched
    // Which tables priced it, stored with the call so old costs stay reproducible:
    // "builtin 2026-08-01" or "builtin 2026-08-01 + user 2026-11-20".
    QString tableVersion;
    // "table" when computed from the price table, "provider" when the provider reported the cost
    // itself (OpenRouter's usage.cost), empty when unknown.
    QString source;

    bool isKnown() const { return totalUsd.has_value(); }
    friend bool operator==(const CostBreakdown &, const CostBreakdown &) = default;
};
