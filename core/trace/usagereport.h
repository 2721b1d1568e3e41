#pragma once

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

// What the usage dashboard shows for one span of time (UsageStats::compute). Days are calendar
// days in the time zone asked for. Money is USD; a call whose cost is unknown (no price, no
// usage, though it was answered) adds nothing to a cost and is counted in `unknownCostCalls`
// beside it, never as $0. A failed call has no cost to know: providers do not bill refusals.
struct UsageReport
{
    struct DayModelCost
    {
        QDate day;
        QString model; // as requested; empty when the call named none
        qint64 calls = 0;
        double costUsd = 0; // of the calls with a known cost
        qint64 unknownCostCalls = 0;
    };
    // Tokens follow the GenAI convention (TokenUsage): input includes the cached part. Unknown
    // counts add nothing.
    struct DayTokens
    {
        QDate day;
        qint64 calls = 0;
        qint64 inputTokens = 0;
        qint64 cachedInputTokens = 0;
        qint64 outputTokens = 0;
        qint64 uncachedInputTokens() const { return inputTokens - cachedInputTokens; }
    };
    // Nearest-rank percentiles of duration_ms over the model's successful (2xx) calls that went
    // upstream: a cache hit measures the cache, not the model.
    struct ModelLatency
    {
        QString model;
        qint64 calls = 0;
        double p50Ms = 0;
        double p95Ms = 0;
    };
    struct Cache
    {
        qint64 hits = 0;
        qint64 misses = 0;
        qint64 bypassed = 0;
        double savedUsd = 0;
        // Of the calls the cache could answer: bypassed calls were never eligible.
        double hitRate() const { return hits + misses ? double(hits) / double(hits + misses) : 0; }
    };
    // A user or a session.
    struct Group
    {
        QString name;
        qint64 calls = 0;
        double costUsd = 0;
        qint64 unknownCostCalls = 0;
        qint64 tokens = 0; // input + output
    };
    // Calls with the same upstream URL and body (request_hash), sent more than once.
    struct Repeated
    {
        QByteArray requestHash;
        QString model;
        QString endpoint;
        qint64 count = 0;
        double costUsd = 0; // spent on all of them
        qint64 unknownCostCalls = 0;
        qint64 cacheHits = 0; // how many of them the cache already answered
        qint64 lastId = 0; // the newest such call
    };

    // The days covered: the range's own when it is bounded, otherwise those of the first and
    // last call. Null when there is nothing to show.
    QDate firstDay;
    QDate lastDay;

    qint64 calls = 0;
    double costUsd = 0;
    qint64 unknownCostCalls = 0;

    QList<DayModelCost> costPerDay; // by day, then model
    QList<DayTokens> tokensPerDay; // by day; days without calls left out
    QList<ModelLatency> latency; // by model
    Cache cache;
    QList<Group> topUsers; // most expensive first
    QList<Group> topSessions;
    QList<Repeated> repeated; // most repeated first

    // Every model of costPerDay, by total cost (highest first), then name.
    QStringList models() const;

    // Whether a call's cost counts as unknown: answered (2xx or 3xx), so billed, but with no
    // cost. The rollup and the per-call tables count with this, the SQL with its twin.
    static bool isUnknownCost(bool priced, qint64 status)
    {
        return !priced && status >= 200 && status <= 399;
    }
};
