#pragma once

#include <QtGlobal>

#include <optional>

// Token counts of one call, normalised across providers to the OpenTelemetry GenAI convention:
// `input` includes cache reads and writes, `output` includes reasoning. A count the response did
// not report is empty, never 0 (a stream cut before its usage event has unknown usage).
struct TokenUsage
{
    std::optional<qint64> input;
    std::optional<qint64> output;
    std::optional<qint64> total;
    std::optional<qint64> cachedInput; // cache reads, part of input
    std::optional<qint64> cacheWrite; // cache writes (Anthropic cache_creation), part of input
    // Of the cache writes, those kept for an hour (Anthropic's ttl "1h"), billed at a higher
    // rate than the 5-minute default. Empty when the response does not split its writes.
    std::optional<qint64> cacheWrite1h;
    std::optional<qint64> reasoning; // part of output
    // A cost the provider reported itself (OpenRouter's usage.cost), in USD.
    std::optional<double> providerCostUsd;

    bool isKnown() const { return input.has_value() || output.has_value(); }
    friend bool operator==(const TokenUsage &, const TokenUsage &) = default;
};
