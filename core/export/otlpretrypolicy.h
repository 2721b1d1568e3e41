#pragma once

#include <QByteArray>
#include <QDateTime>

#include <optional>

// What to do with an OTLP export's answer (reference §1.2): retry only 429, 502, 503, 504 and
// failures without an answer, with exponential backoff and jitter unless the collector said
// when (Retry-After, seconds or an HTTP date); drop on any other error. The intervals are
// fields so that tests can shorten them.
struct OtlpRetryPolicy
{
    enum class Outcome {
        Delivered, // 2xx
        Retry, // 429, 502, 503, 504, no answer
        Split, // 413: the batch is too large; halves are tried, a single span is dropped
        Drop, // any other status: the data will not be accepted as it is
    };

    int initialBackoffMs = 1000;
    int maxBackoffMs = 60'000;
    // A Retry-After of N seconds waits N × this: 1000 but in tests.
    int retryAfterUnitMs = 1000;
    // A collector asking for longer still gets asked again after this long.
    int maxRetryAfterMs = 10 * 60'000;

    // `httpStatus` 0: no HTTP answer (refused, reset, timed out).
    static Outcome outcome(int httpStatus);
    // The delay before attempt `failures` + 1 after `failures` (≥ 1) failed attempts:
    // `retryAfter` when the answer has a valid one, else min(max, initial × 2^(failures-1))
    // scaled by a jitter factor in [0.5, 1) taken from `random01` in [0, 1).
    qint64 delayMs(int failures, const QByteArray &retryAfter, const QDateTime &now,
                   double random01) const;
    // Retry-After as a delay from `now`; nothing when absent or unreadable.
    std::optional<qint64> retryAfterMs(const QByteArray &value, const QDateTime &now) const;
};
