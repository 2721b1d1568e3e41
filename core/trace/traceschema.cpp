#include "traceschema.h"

#include "common/sqlitefile.h"

#include <QCoreApplication>

#include <iterator>

namespace {

// Migration N brings version N-1 to N. Never edit a published migration: add the next one.
const char *const Migrations[] = {
        // 1: the first schema.
        R"sql(
CREATE TABLE traces (
    id INTEGER PRIMARY KEY,
    trace_id TEXT NOT NULL,
    span_id TEXT NOT NULL,
    parent_span_id TEXT,
    trace_state TEXT,
    trace_name TEXT,
    span_name TEXT,
    generation_name TEXT,
    start_ns INTEGER NOT NULL,
    end_ns INTEGER,
    ttfb_ms REAL,
    ttft_ms REAL,
    duration_ms REAL,
    method TEXT,
    url TEXT,
    upstream TEXT,
    endpoint TEXT,
    model TEXT,
    response_model TEXT,
    status INTEGER,
    error_kind TEXT,
    error_message TEXT,
    stream INTEGER NOT NULL DEFAULT 0,
    cache TEXT,
    input_tokens INTEGER,
    output_tokens INTEGER,
    total_tokens INTEGER,
    cached_tokens INTEGER,
    cache_write_tokens INTEGER,
    reasoning_tokens INTEGER,
    cost_input REAL,
    cost_output REAL,
    cost_usd REAL,
    saved_usd REAL,
    cost_source TEXT,
    price_id TEXT,
    price_version TEXT,
    tokens_per_sec REAL,
    user TEXT,
    session_id TEXT,
    project TEXT,
    tags TEXT,
    metadata TEXT,
    privacy INTEGER NOT NULL DEFAULT 0,
    client TEXT,
    finish_reason TEXT,
    response_id TEXT,
    tool_names TEXT,
    request_hash TEXT
);
CREATE INDEX traces_start ON traces(start_ns);
CREATE INDEX traces_model ON traces(model, id);
CREATE INDEX traces_status ON traces(status, id);
CREATE INDEX traces_endpoint ON traces(endpoint, id);
CREATE INDEX traces_user ON traces(user, id) WHERE user IS NOT NULL;
CREATE INDEX traces_session ON traces(session_id, id) WHERE session_id IS NOT NULL;
CREATE INDEX traces_project ON traces(project, id) WHERE project IS NOT NULL;
CREATE INDEX traces_trace ON traces(trace_id);
CREATE INDEX traces_cost ON traces(cost_usd);
CREATE INDEX traces_request_hash ON traces(request_hash);
CREATE TABLE trace_tags (
    tag TEXT NOT NULL,
    trace_rowid INTEGER NOT NULL,
    PRIMARY KEY (tag, trace_rowid)
) WITHOUT ROWID;
CREATE TABLE trace_payloads (
    trace_rowid INTEGER PRIMARY KEY,
    request_headers TEXT,
    response_headers TEXT,
    request_body BLOB,
    response_body BLOB,
    events BLOB,
    request_truncated INTEGER NOT NULL DEFAULT 0,
    response_truncated INTEGER NOT NULL DEFAULT 0,
    compressed INTEGER NOT NULL DEFAULT 0
);
CREATE VIRTUAL TABLE traces_fts USING fts5(input, output);
CREATE TABLE usage_daily (
    day INTEGER NOT NULL,
    model TEXT NOT NULL,
    calls INTEGER NOT NULL,
    input_tokens INTEGER NOT NULL,
    cached_tokens INTEGER NOT NULL,
    output_tokens INTEGER NOT NULL,
    cost_usd REAL NOT NULL,
    cache_hits INTEGER NOT NULL,
    cache_misses INTEGER NOT NULL,
    cache_bypassed INTEGER NOT NULL,
    saved_usd REAL NOT NULL,
    PRIMARY KEY (day, model)
) WITHOUT ROWID;
CREATE TRIGGER traces_usage_insert AFTER INSERT ON traces BEGIN
    INSERT INTO usage_daily (day, model, calls, input_tokens, cached_tokens, output_tokens,
                             cost_usd, cache_hits, cache_misses, cache_bypassed, saved_usd)
    VALUES (new.start_ns / 86400000000000, coalesce(new.model, ''), 1,
            coalesce(new.input_tokens, 0), coalesce(new.cached_tokens, 0),
            coalesce(new.output_tokens, 0), coalesce(new.cost_usd, 0), new.cache IS 'HIT',
            new.cache IS 'MISS', new.cache IS 'BYPASS', coalesce(new.saved_usd, 0))
    ON CONFLICT (day, model) DO UPDATE SET calls = calls + 1,
        input_tokens = input_tokens + excluded.input_tokens,
        cached_tokens = cached_tokens + excluded.cached_tokens,
        output_tokens = output_tokens + excluded.output_tokens,
        cost_usd = cost_usd + excluded.cost_usd,
        cache_hits = cache_hits + excluded.cache_hits,
        cache_misses = cache_misses + excluded.cache_misses,
        cache_bypassed = cache_bypassed + excluded.cache_bypassed,
        saved_usd = saved_usd + excluded.saved_usd;
END;
CREATE TRIGGER traces_usage_delete AFTER DELETE ON traces BEGIN
    UPDATE usage_daily SET calls = calls - 1,
        input_tokens = input_tokens - coalesce(old.input_tokens, 0),
        cached_tokens = cached_tokens - coalesce(old.cached_tokens, 0),
        output_tokens = output_tokens - coalesce(old.output_tokens, 0),
        cost_usd = cost_usd - coalesce(old.cost_usd, 0),
        cache_hits = cache_hits - (old.cache IS 'HIT'),
        cache_misses = cache_misses - (old.cache IS 'MISS'),
        cache_bypassed = cache_bypassed - (old.cache IS 'BYPASS'),
        saved_usd = saved_usd - coalesce(old.saved_usd, 0)
    WHERE day = old.start_ns / 86400000000000 AND model = coalesce(old.model, '');
END;
CREATE TRIGGER traces_usage_update AFTER UPDATE OF input_tokens, cached_tokens, output_tokens,
    cost_usd, saved_usd ON traces BEGIN
    UPDATE usage_daily SET
        input_tokens = input_tokens - coalesce(old.input_tokens, 0)
                       + coalesce(new.input_tokens, 0),
        cached_tokens = cached_tokens - coalesce(old.cached_tokens, 0)
                        + coalesce(new.cached_tokens, 0),
        output_tokens = output_tokens - coalesce(old.output_tokens, 0)
                        + coalesce(new.output_tokens, 0),
        cost_usd = cost_usd - coalesce(old.cost_usd, 0) + coalesce(new.cost_usd, 0),
        saved_usd = saved_usd - coalesce(old.saved_usd, 0) + coalesce(new.saved_usd, 0)
    WHERE day = old.start_ns / 86400000000000 AND model = coalesce(old.model, '');
END;
)sql",
        // 2: the full-text index keeps only which calls contain a word (detail=none) and no
        // per-row sizes (columnsize=0): what the filter language asks of it, at about half the
        // cost per call. Quoted phrases match calls containing all their words.
        R"sql(
CREATE VIRTUAL TABLE traces_fts_words USING fts5(input, output, detail=none, columnsize=0);
INSERT INTO traces_fts_words (rowid, input, output) SELECT rowid, input, output FROM traces_fts;
DROP TABLE traces_fts;
ALTER TABLE traces_fts_words RENAME TO traces_fts;
)sql",
        // 3: the OTLP export outbox (ExportOutbox): one row per call still to be sent to a
        // destination, read in id order per destination. AUTOINCREMENT: ids are never reused
        // once delivered rows are deleted, so the exporter's "after id N" never skips a new row.
        R"sql(
CREATE TABLE export_outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    destination TEXT NOT NULL,
    trace_rowid INTEGER NOT NULL
);
CREATE INDEX export_outbox_destination ON export_outbox(destination, id);
)sql",
        // 4: the per-day rollup is added to once per batch by TraceStore::insert, one row per
        // day and model, rather than by a trigger per call: the trigger cost the store thread
        // an upsert per call, and a statement savepoint that made the full-text index flush.
        // Deletes and re-pricing keep their triggers. The request hash loses its index: no
        // query looks a hash up (the repeated-requests report groups the calls of its range,
        // faster by a scan), and a random key costs a page write per call in a large store.
        R"sql(
DROP TRIGGER traces_usage_insert;
DROP INDEX traces_request_hash;
)sql",
        // 5: the cost leaves its own index for the start time's. Costs are random, so each new
        // call dirtied a page of the cost index of its own in every commit (at 100,000 calls,
        // an eighth of the store's writes). Beside the start time, which only grows, it is
        // appended at the index's end, and the index still holds the cost of every call: a
        // cost filter or sort reads this index instead of the table.
        R"sql(
DROP INDEX traces_cost;
DROP INDEX traces_start;
CREATE INDEX traces_start ON traces(start_ns, cost_usd);
)sql",
        // 6: every number the browser sorts by joins the start time's index, as the cost did
        // in 5. A sort by duration, time to first token or tokens then reads this index (about
        // 60 bytes a call) instead of every row of the table (about 400), and the index still
        // grows only at its end.
        R"sql(
DROP INDEX traces_start;
CREATE INDEX traces_start ON traces(start_ns, cost_usd, duration_ms, ttft_ms, input_tokens,
                                    output_tokens);
)sql",
        // 7: the cache writes kept for an hour, part of cache_write_tokens: Anthropic bills them
        // at a higher rate than the 5-minute ones, and re-pricing needs to know how many there
        // were. Calls recorded before have it empty (priced as 5-minute writes, as they were).
        R"sql(
ALTER TABLE traces ADD COLUMN cache_write_1h_tokens INTEGER;
)sql",
        // 8: the usage rollup counts quarter-hours (of UTC) instead of UTC days. Every time
        // zone's offset and daylight-saving change falls on a quarter-hour, so the dashboard's
        // local days are whole sums of quarters and its per-day chart and totals no longer scan
        // the calls of their range. It also counts the calls of unknown cost (answered, with no
        // cost: UsageStats' definition) and keeps no row a delete has emptied. Filled from the
        // calls already stored.
        R"sql(
CREATE TABLE usage_quarter (
    quarter INTEGER NOT NULL,
    model TEXT NOT NULL,
    calls INTEGER NOT NULL,
    input_tokens INTEGER NOT NULL,
    cached_tokens INTEGER NOT NULL,
    output_tokens INTEGER NOT NULL,
    cost_usd REAL NOT NULL,
    unknown_cost INTEGER NOT NULL,
    cache_hits INTEGER NOT NULL,
    cache_misses INTEGER NOT NULL,
    cache_bypassed INTEGER NOT NULL,
    saved_usd REAL NOT NULL,
    PRIMARY KEY (quarter, model)
) WITHOUT ROWID;
INSERT INTO usage_quarter (quarter, model, calls, input_tokens, cached_tokens, output_tokens,
                           cost_usd, unknown_cost, cache_hits, cache_misses, cache_bypassed,
                           saved_usd)
    SELECT start_ns / 900000000000, coalesce(model, ''), count(*),
           sum(coalesce(input_tokens, 0)), sum(coalesce(cached_tokens, 0)),
           sum(coalesce(output_tokens, 0)), total(cost_usd),
           sum(cost_usd IS NULL AND coalesce(status, 0) BETWEEN 200 AND 399),
           sum(cache IS 'HIT'), sum(cache IS 'MISS'), sum(cache IS 'BYPASS'), total(saved_usd)
    FROM traces GROUP BY 1, 2;
DROP TRIGGER traces_usage_delete;
DROP TRIGGER traces_usage_update;
DROP TABLE usage_daily;
CREATE TRIGGER traces_usage_delete AFTER DELETE ON traces BEGIN
    UPDATE usage_quarter SET calls = calls - 1,
        input_tokens = input_tokens - coalesce(old.input_tokens, 0),
        cached_tokens = cached_tokens - coalesce(old.cached_tokens, 0),
        output_tokens = output_tokens - coalesce(old.output_tokens, 0),
        cost_usd = cost_usd - coalesce(old.cost_usd, 0),
        unknown_cost = unknown_cost
                       - (old.cost_usd IS NULL AND coalesce(old.status, 0) BETWEEN 200 AND 399),
        cache_hits = cache_hits - (old.cache IS 'HIT'),
        cache_misses = cache_misses - (old.cache IS 'MISS'),
        cache_bypassed = cache_bypassed - (old.cache IS 'BYPASS'),
        saved_usd = saved_usd - coalesce(old.saved_usd, 0)
    WHERE quarter = old.start_ns / 900000000000 AND model = coalesce(old.model, '');
    DELETE FROM usage_quarter
    WHERE quarter = old.start_ns / 900000000000 AND model = coalesce(old.model, '')
          AND calls <= 0;
END;
CREATE TRIGGER traces_usage_update AFTER UPDATE OF input_tokens, cached_tokens, output_tokens,
    cost_usd, saved_usd, status ON traces BEGIN
    UPDATE usage_quarter SET
        input_tokens = input_tokens - coalesce(old.input_tokens, 0)
                       + coalesce(new.input_tokens, 0),
        cached_tokens = cached_tokens - coalesce(old.cached_tokens, 0)
                        + coalesce(new.cached_tokens, 0),
        output_tokens = output_tokens - coalesce(old.output_tokens, 0)
                        + coalesce(new.output_tokens, 0),
        cost_usd = cost_usd - coalesce(old.cost_usd, 0) + coalesce(new.cost_usd, 0),
        unknown_cost = unknown_cost
                       - (old.cost_usd IS NULL AND coalesce(old.status, 0) BETWEEN 200 AND 399)
                       + (new.cost_usd IS NULL AND coalesce(new.status, 0) BETWEEN 200 AND 399),
        saved_usd = saved_usd - coalesce(old.saved_usd, 0) + coalesce(new.saved_usd, 0)
    WHERE quarter = old.start_ns / 900000000000 AND model = coalesce(old.model, '');
END;
)sql",
};

QString databaseName()
{
    return QCoreApplication::translate("TraceSchema", "trace database");
}

} // namespace

namespace TraceSchema {

int version(QSqlDatabase &db)
{
    return SqliteFile::userVersion(db);
}

bool readableVersion(QSqlDatabase &db, int *version, QString *error)
{
    *version = SqliteFile::userVersion(db);
    return SqliteFile::refuseNewer(*version, CurrentVersion, databaseName(), error);
}

bool migrateTo(QSqlDatabase &db, int target, QString *error)
{
    return SqliteFile::migrate(db, Migrations, CurrentVersion, target, databaseName(), error);
}

bool migrate(QSqlDatabase &db, QString *error)
{
    static_assert(std::size(Migrations) == CurrentVersion);
    return migrateTo(db, CurrentVersion, error);
}

} // namespace TraceSchema
