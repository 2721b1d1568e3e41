#include "tracestore.h"

#include "bodycompression.h"
#include "common/sqlitefile.h"
#include "sqlitestatement.h"
#include "traceretention.h"
#include "traceschema.h"
#include "transactionguard.h"
#include "usagereport.h"
#include "walcheckpointer.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

struct TraceStore::Statements
{
    SqliteStatement trace;
    SqliteStatement payload;
    SqliteStatement tag;
    SqliteStatement text;
    SqliteStatement usage;
};

TraceStore::TraceStore(const QString &path, const QString &connectionName)
    : m_path(path)
    , m_connectionName(connectionName)
{ }

TraceStore::~TraceStore()
{
    m_statements.reset();
    m_outbox.reset(); // its statements too, before the connection closes
    // No commit hook into the checkpointer once it is gone.
    if (sqlite3 *handle = m_checkpointer ? SqliteStatement::handleOf(database()) : nullptr)
        sqlite3_wal_hook(handle, nullptr, nullptr);
    if (QSqlDatabase::contains(m_connectionName)) {
        QSqlDatabase::database(m_connectionName, false).close();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    m_checkpointer.reset(); // after the connection whose commits it watched
}

QSqlDatabase TraceStore::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool TraceStore::isOpen() const
{
    return m_statements != nullptr;
}

bool TraceStore::open(QString *error)
{
    // A 64 MiB page cache keeps the indexes' hot pages in memory at a million calls. The
    // automatic checkpoint, at WalCheckpointer's limit, is what stays if its thread cannot
    // start (below); otherwise its commit hook replaces it.
    if (!SqliteFile::openPrivateWal(
                m_path, m_connectionName,
                {"PRAGMA cache_size=-65536",
                 "PRAGMA wal_autocheckpoint=" + QByteArray::number(WalCheckpointer::LimitPages)},
                error))
        return false;
    QSqlDatabase db = database();
    if (!TraceSchema::migrate(db, error))
        return false;
    if (!prepare(error))
        return false;
    // Checkpoints on a thread of their own; should that thread not start, SQLite's automatic
    // checkpoint in the commit (set above) stays in place.
    auto checkpointer = std::make_unique<WalCheckpointer>(m_path);
    if (checkpointer->start()) {
        checkpointer->watch(SqliteStatement::handleOf(db));
        m_checkpointer = std::move(checkpointer);
    }
    return true;
}

bool TraceStore::prepare(QString *error)
{
    sqlite3 *handle = SqliteStatement::handleOf(database());
    if (!handle) {
        *error =
                QCoreApplication::translate("TraceStore", "no SQLite handle behind %1").arg(m_path);
        return false;
    }
    auto statements = std::make_unique<Statements>();
    const bool ok =
            statements->trace.prepare(
                    handle,
                    "INSERT INTO traces (trace_id, span_id, parent_span_id, trace_state, "
                    "trace_name, span_name, generation_name, start_ns, end_ns, ttfb_ms, "
                    "ttft_ms, duration_ms, method, url, upstream, endpoint, model, "
                    "response_model, status, error_kind, error_message, stream, cache, "
                    "input_tokens, output_tokens, total_tokens, cached_tokens, "
                    "cache_write_tokens, cache_write_1h_tokens, reasoning_tokens, cost_input, "
                    "cost_output, "
                    "cost_usd, saved_usd, cost_source, price_id, price_version, "
                    "tokens_per_sec, user, session_id, project, tags, metadata, privacy, "
                    "client, finish_reason, response_id, tool_names, request_hash) VALUES (?, "
                    "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                    "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                    "?, ?)",
                    error)
            && statements->payload.prepare(
                    handle,
                    "INSERT INTO trace_payloads (trace_rowid, request_headers, response_headers, "
                    "request_body, response_body, events, request_truncated, "
                    "response_truncated, compressed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    error)
            && statements->tag.prepare(
                    handle, "INSERT OR IGNORE INTO trace_tags (tag, trace_rowid) VALUES (?, ?)",
                    error)
            && statements->text.prepare(
                    handle, "INSERT INTO traces_fts (rowid, input, output) VALUES (?, ?, ?)", error)
            && statements->usage.prepare(
                    handle,
                    "INSERT INTO usage_quarter (quarter, model, calls, input_tokens, "
                    "cached_tokens, output_tokens, cost_usd, unknown_cost, cache_hits, "
                    "cache_misses, cache_bypassed, saved_usd) VALUES (?, coalesce(?, ''), ?, ?, "
                    "?, ?, ?, ?, ?, ?, ?, ?) "
                    "ON CONFLICT (quarter, model) DO UPDATE SET calls = calls + excluded.calls, "
                    "input_tokens = input_tokens + excluded.input_tokens, "
                    "cached_tokens = cached_tokens + excluded.cached_tokens, "
                    "output_tokens = output_tokens + excluded.output_tokens, "
                    "cost_usd = cost_usd + excluded.cost_usd, "
                    "unknown_cost = unknown_cost + excluded.unknown_cost, "
                    "cache_hits = cache_hits + excluded.cache_hits, "
                    "cache_misses = cache_misses + excluded.cache_misses, "
                    "cache_bypassed = cache_bypassed + excluded.cache_bypassed, "
                    "saved_usd = saved_usd + excluded.saved_usd",
                    error);
    if (!ok)
        return false;
    m_statements = std::move(statements);
    return true;
}

bool TraceStore::addToUsageRollup(std::span<const TraceRecord> records, QString *error)
{
    struct Sums
    {
        qint64 calls = 0;
        qint64 input = 0;
        qint64 cached = 0;
        qint64 output = 0;
        double cost = 0;
        qint64 unknownCost = 0;
        qint64 hits = 0;
        qint64 misses = 0;
        qint64 bypassed = 0;
        double saved = 0;
    };
    // A batch spans a quarter-hour or two and a handful of models: a short list beats a map.
    QList<std::pair<std::pair<qint64, QString>, Sums>> rows;
    for (const TraceRecord &r : records) {
        // As the delete and update triggers of migration 8 count: the quarter-hour of the start,
        // no model (stored as NULL) as ''.
        const std::pair<qint64, QString> key {r.startUnixNs / TraceSchema::UsageQuarterNs,
                                              r.model.isEmpty() ? QString() : r.model};
        auto it = std::find_if(rows.begin(), rows.end(),
                               [&key](const auto &row) { return row.first == key; });
        if (it == rows.end())
            it = rows.insert(rows.end(), {key, Sums {}});
        Sums &sums = it->second;
        ++sums.calls;
        sums.input += r.usage.input.value_or(0);
        sums.cached += r.usage.cachedInput.value_or(0);
        sums.output += r.usage.output.value_or(0);
        // Finite only: a NaN would make the sum NULL, which the column refuses, and the batch
        // would fail again at every retry.
        auto finite = [](std::optional<double> v) {
            return v && std::isfinite(*v) ? *v : 0.0;
        };
        sums.cost += finite(r.costUsd);
        // As stored: a NaN cost binds as NULL.
        sums.unknownCost +=
                UsageReport::isUnknownCost(r.costUsd && !std::isnan(*r.costUsd), r.status);
        sums.hits += r.cache == "HIT"_L1;
        sums.misses += r.cache == "MISS"_L1;
        sums.bypassed += r.cache == "BYPASS"_L1;
        sums.saved += finite(r.savedUsd);
    }
    SqliteStatement &upsert = m_statements->usage;
    for (const auto &[key, sums] : std::as_const(rows)) {
        int i = 1;
        upsert.bindInt(i++, key.first);
        upsert.bindText(i++, key.second);
        upsert.bindInt(i++, sums.calls);
        upsert.bindInt(i++, sums.input);
        upsert.bindInt(i++, sums.cached);
        upsert.bindInt(i++, sums.output);
        upsert.bindDouble(i++, sums.cost);
        upsert.bindInt(i++, sums.unknownCost);
        upsert.bindInt(i++, sums.hits);
        upsert.bindInt(i++, sums.misses);
        upsert.bindInt(i++, sums.bypassed);
        upsert.bindDouble(i++, sums.saved);
        if (!upsert.run(error))
            return false;
    }
    return true;
}

bool TraceStore::insert(std::span<TraceRecord> records, QString *error)
{
    if (!m_statements) {
        *error = QCoreApplication::translate("TraceStore", "the trace store is not open");
        return false;
    }
    QSqlDatabase db = database();
    TransactionGuard transaction(db);
    if (!transaction.isActive()) {
        *error = db.lastError().text();
        return false;
    }
    SqliteStatement &trace = m_statements->trace;
    for (TraceRecord &r : records) {
        const TokenUsage &u = r.usage;
        int i = 1;
        trace.bindText(i++, r.traceId);
        trace.bindText(i++, r.spanId);
        trace.bindText(i++, r.parentSpanId);
        trace.bindText(i++, r.traceState);
        trace.bindText(i++, r.traceName);
        trace.bindText(i++, r.spanName);
        trace.bindText(i++, r.generationName);
        trace.bindInt(i++, r.startUnixNs);
        trace.bindInt(i++, r.endUnixNs);
        trace.bind(i++, r.ttfbMs);
        trace.bind(i++, r.ttftMs);
        trace.bindDouble(i++, r.durationMs);
        trace.bindText(i++, r.method);
        trace.bindText(i++, r.url);
        trace.bindText(i++, r.upstream);
        trace.bindText(i++, r.endpoint);
        trace.bindText(i++, r.model);
        trace.bindText(i++, r.responseModel);
        trace.bindInt(i++, r.status);
        trace.bindText(i++, r.errorKind);
        trace.bindText(i++, r.errorMessage);
        trace.bindInt(i++, r.stream ? 1 : 0);
        trace.bindText(i++, r.cache);
        trace.bind(i++, u.input);
        trace.bind(i++, u.output);
        trace.bind(i++, u.total);
        trace.bind(i++, u.cachedInput);
        trace.bind(i++, u.cacheWrite);
        trace.bind(i++, u.cacheWrite1h);
        trace.bind(i++, u.reasoning);
        trace.bind(i++, r.costInputUsd);
        trace.bind(i++, r.costOutputUsd);
        trace.bind(i++, r.costUsd);
        trace.bind(i++, r.savedUsd);
        trace.bindText(i++, r.costSource);
        trace.bindText(i++, r.priceId);
        trace.bindText(i++, r.priceVersion);
        trace.bind(i++, r.outputTokensPerSecond);
        trace.bindText(i++, r.user);
        trace.bindText(i++, r.sessionId);
        trace.bindText(i++, r.project);
        trace.bindText(i++, r.tags.join(QLatin1Char(',')));
        trace.bindText(i++,
                       r.metadata.isEmpty()
                               ? QByteArray()
                               : QJsonDocument(r.metadata).toJson(QJsonDocument::Compact));
        trace.bindInt(i++, r.privacy ? 1 : 0);
        trace.bindText(i++, r.clientAddress);
        trace.bindText(i++, r.finishReason);
        trace.bindText(i++, r.responseId);
        trace.bindText(i++, r.toolNames.join(QLatin1Char(',')));
        trace.bindText(i++, r.requestHash);
        if (!trace.run(error))
            return false;
        r.id = trace.lastInsertRowId();

        r.pack();
        SqliteStatement &payload = m_statements->payload;
        payload.bindInt(1, r.id);
        payload.bindText(2, r.requestHeadersJson);
        payload.bindText(3, r.responseHeadersJson);
        payload.bindBlob(4, r.requestBody);
        payload.bindBlob(5, r.responseBody);
        payload.bindBlob(6, r.streamEventsJson.isEmpty() ? QByteArray() : r.streamEventsJson);
        payload.bindInt(7, r.requestTruncated ? 1 : 0);
        payload.bindInt(8, r.responseTruncated ? 1 : 0);
        payload.bindInt(9, r.packedFlags);
        if (!payload.run(error))
            return false;

        for (const QString &tag : std::as_const(r.tags)) {
            m_statements->tag.bindText(1, tag);
            m_statements->tag.bindInt(2, r.id);
            if (!m_statements->tag.run(error))
                return false;
        }
    }
    if (!addToUsageRollup(records, error))
        return false;
    // The full-text rows last, after every other statement of the transaction: FTS5 keeps new
    // terms in memory until the commit, but flushes them to a segment of their own whenever a
    // later statement opens a statement savepoint (an INSERT firing a trigger, an upsert, an
    // INSERT … SELECT do). Interleaved with the traces rows, every call became a one-call
    // segment to merge: about 35 µs of the store thread per call, against a few µs for a batch
    // flushed once.
    for (TraceRecord &r : records) {
        if (!r.searchInput.isEmpty() || !r.searchOutput.isEmpty()) {
            SqliteStatement &text = m_statements->text;
            text.bindInt(1, r.id);
            text.bindText(2, r.searchInput);
            text.bindText(3, r.searchOutput);
            if (!text.run(error))
                return false;
        }
    }
    // After the full-text rows, which a destination's filter may search: once per batch, so
    // the index's terms are flushed once, as the commit would.
    m_outbox.enqueue(records);
    if (!transaction.commit()) {
        *error = db.lastError().text();
        for (TraceRecord &r : records)
            r.id = 0;
        return false;
    }
    return true;
}

bool TraceStore::setExportRoutes(const QList<ExportRoute> &routes, const QStringList &known,
                                 QString *error)
{
    return m_outbox.setRoutes(database(), routes, known, error);
}

bool TraceStore::removeExported(const QList<qint64> &outboxIds, QString *error)
{
    return m_outbox.remove(database(), outboxIds, error);
}

qint64 TraceStore::remove(const QList<qint64> &ids, QString *error)
{
    if (!m_statements) {
        *error = QCoreApplication::translate("TraceStore", "the trace store is not open");
        return -1;
    }
    QSqlDatabase db = database();
    return TraceRetention::deleteCalls(db, ids, error);
}
