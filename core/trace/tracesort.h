#pragma once

#include <QLatin1StringView>

// The order of the trace browser's list: one column of the `traces` table, ties broken by the
// row id so that every order is total and stable while calls arrive.
struct TraceSort
{
    enum Key {
        // Recording order: calls are recorded as they complete, so new calls always arrive at
        // one end of the list and a filter sorts over a covering (column, id) index instead of
        // looking up every matching row's start time.
        Time,
        Endpoint,
        Model,
        Status,
        Stream,
        Cache,
        InputTokens,
        OutputTokens,
        Cost,
        TimeToFirstToken,
        Duration,
        User,
        Project,
        Session,
        Upstream,
        FinishReason,
    };

    Key key = Time;
    bool descending = false;

    // The column sorted on, e.g. "t.model".
    static QLatin1StringView column(Key key);
    // A number without an index of its own (tokens, cost, times): TraceReader sorts these
    // itself, which is several times faster than SQLite's sorter over a whole store.
    static bool isNumeric(Key key);
    // "t.model DESC, t.id DESC". Calls without a value (NULL) come first in ascending order.
    QString orderBy() const;

    friend bool operator==(const TraceSort &, const TraceSort &) = default;
};
