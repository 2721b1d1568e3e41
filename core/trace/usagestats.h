#pragma once

#include "tracefilter.h"
#include "usagerange.h"
#include "usagereport.h"

#include <QTimeZone>

class TraceReader;

// The usage dashboard's aggregates over the trace store, computed by SQLite on the reader's
// thread (run it through TraceLoader, never on the GUI thread). All queries read one snapshot,
// so the totals, the per-day rows and the tables agree even while calls are being recorded.
//
// Days are calendar days in `Query::zone`, daylight-saving changes included. Percentiles are
// exact nearest-rank values (the smallest duration with at least p of the calls at or below
// it), picked in SQL with window functions, so only two rows per model leave SQLite.
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

    static UsageReport compute(const TraceReader &reader, const Query &query, QString *error);
};
