#pragma once

#include "tracefilter.h"
#include "usagerange.h"
#include "usagereport.h"

#include <QTimeZone>

class TraceReader;

// The usage dashboard's aggregates over the trace store, computed by SQLite on the reader's
// thread (run it through TraceLoader, never on the GUI thread). Each call reads one snapshot,
// so its numbers agree even while calls are being recorded.
//
// Two parts, so the dashboard can draw its charts before its tables are ready:
// - summary(): totals, cost and tokens per day and model, the cache's figures. With no filter,
//   whole quarter-hours come from the usage rollup (usage_quarter) and only the calls of the
//   quarter-hours cut by the range's ends are read, so its cost does not grow with the range.
// - addDetails(): latency percentiles, top users and sessions, repeated requests. These need
//   the calls themselves: a scan of the range.
//
// Days are calendar days in `Query::zone`, daylight-saving changes included: every offset in
// use falls on a quarter-hour, so each quarter lies in one local day. Percentiles are exact
// nearest-rank values (the smallest duration with at least p of the calls at or below it),
// computed from the durations of the range, read once with the top users and sessions.
class UsageStats
{
public:
    struct Query
    {
        Query() { }
        UsageRange range; // all calls by default
        QTimeZone zone = QTimeZone::systemTimeZone();
        TraceFilter filter; // narrows further (the browser's filter, say); empty: every call
        int top = 10; // rows of top users, top sessions and repeated requests
    };

    // Both parts in one snapshot.
    static UsageReport compute(const TraceReader &reader, const Query &query, QString *error);
    static UsageReport summary(const TraceReader &reader, const Query &query, QString *error);
    // Fills the latency, top users and sessions and repeated requests of `report`.
    static bool addDetails(const TraceReader &reader, const Query &query, UsageReport *report,
                           QString *error);
};
