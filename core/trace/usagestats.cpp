#include "usagestats.h"

#include "common/sqlquery.h"

#include "tracereader.h"
#include "traceschema.h"
#include "transactionguard.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace {

constexpr qint64 NsPerMs = 1'000'000;

// A call whose cost is unknown: one that was answered (and so billed) with no price or usage
// to tell how much. A failed call (an error status, or none: never answered) has no cost to
// know, since providers do not bill refusals; counting it would make every 429 "unknown".
#define UNKNOWN_COST "(t.cost_usd IS NULL AND coalesce(t.status, 0) BETWEEN 200 AND 399)"

QDateTime timeOf(qint64 ns, const QTimeZone &zone)
{
    return QDateTime::fromMSecsSinceEpoch(ns / NsPerMs, zone);
}

QDate dayOf(qint64 ns, const QTimeZone &zone)
{
    return timeOf(ns, zone).date();
}

constexpr qint64 QuarterNs = TraceSchema::UsageQuarterNs;

// Rounded toward minus infinity, unlike `/`.
qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - (a % b != 0 && (a < 0) != (b < 0));
}

// The local day, as days since 1970-01-01, of the time `seconds` (a SQL expression of seconds
// since the epoch) for times between `from` and `to`: the zone's offset is constant between
// transitions, so one CASE branch per daylight-saving change in the span (two a year) keeps the
// grouping in SQL.
QString dayExpression(const QString &seconds, qint64 from, qint64 to, const QTimeZone &zone)
{
    const QDateTime start = timeOf(from, QTimeZone::utc());
    QString offset = QString::number(zone.offsetFromUtc(start));
    if (zone.hasTransitions()) {
        const QTimeZone::OffsetDataList changes =
                zone.transitions(start, timeOf(to, QTimeZone::utc()).addMSecs(1));
        if (!changes.isEmpty()) {
            QString cases = QStringLiteral("CASE");
            for (const QTimeZone::OffsetData &change : changes) {
                cases += QStringLiteral(" WHEN ") + seconds + QStringLiteral(" < ")
                        + QString::number(change.atUtc.toSecsSinceEpoch())
                        + QStringLiteral(" THEN ") + offset;
                offset = QString::number(change.offsetFromUtc);
            }
            offset = cases + QStringLiteral(" ELSE ") + offset + QStringLiteral(" END");
        }
    }
    return QStringLiteral("((") + seconds + QStringLiteral(" + ") + offset
            + QStringLiteral(") / 86400)");
}

// Whether each quarter-hour between `from` and `to` lies in one local day of `zone`: its offset
// and every change of it fall on quarter-hours. True of every zone in use since 1970; a zone
// with an offset of, say, +05:07 has its days counted from the calls themselves.
bool daysAreWholeQuarters(qint64 from, qint64 to, const QTimeZone &zone)
{
    const qint64 quarterSeconds = QuarterNs / 1'000'000'000;
    const QDateTime start = timeOf(from, QTimeZone::utc());
    if (zone.offsetFromUtc(start) % quarterSeconds != 0)
        return false;
    if (!zone.hasTransitions())
        return true;
    const QTimeZone::OffsetDataList changes =
            zone.transitions(start, timeOf(to, QTimeZone::utc()).addMSecs(1));
    for (const QTimeZone::OffsetData &change : changes) {
        if (change.offsetFromUtc % quarterSeconds != 0
            || change.atUtc.toMSecsSinceEpoch() % (quarterSeconds * 1000) != 0)
            return false;
    }
    return true;
}

// One row per call, in the columns of the rollup: what the per-day query adds up.
QString callRows(const QString &where)
{
    return QStringLiteral(
                   "SELECT t.start_ns / 1000000000 AS s, coalesce(t.model, '') AS m, 1 AS calls, "
                   "t.cost_usd AS cost, " UNKNOWN_COST " AS unknown, "
                   "coalesce(t.input_tokens, 0) AS input, coalesce(t.cached_tokens, 0) AS "
                   "cached, coalesce(t.output_tokens, 0) AS output, t.cache IS 'HIT' AS hits, "
                   "t.cache IS 'MISS' AS misses, t.cache IS 'BYPASS' AS bypassed, t.saved_usd "
                   "AS saved FROM traces t WHERE ")
            + where;
}

// The same columns from the quarter-hour rollup, for quarters `from` (inclusive) to `until`.
QString quarterRows(std::optional<qint64> from, std::optional<qint64> until,
                    QVariantList *parameters)
{
    QString sql = QStringLiteral(
            "SELECT quarter * 900 AS s, model AS m, calls, cost_usd AS cost, unknown_cost AS "
            "unknown, input_tokens AS input, cached_tokens AS cached, output_tokens AS output, "
            "cache_hits AS hits, cache_misses AS misses, cache_bypassed AS bypassed, saved_usd "
            "AS saved FROM usage_quarter WHERE calls > 0");
    if (from) {
        sql += QStringLiteral(" AND quarter >= ?");
        parameters->append(*from);
    }
    if (until) {
        sql += QStringLiteral(" AND quarter < ?");
        parameters->append(*until);
    }
    return sql;
}

// The calls from `from` to `until` (exclusive) as rows of the rollup's shape: whole quarter-hours
// from the rollup, the parts of a quarter at either end from the calls. Null when the range
// holds no whole quarter.
std::optional<QString> rollupRows(const UsageRange &range, QVariantList *parameters)
{
    std::optional<qint64> firstWhole;
    std::optional<qint64> endWhole;
    if (range.fromNs)
        firstWhole = floorDiv(*range.fromNs + QuarterNs - 1, QuarterNs);
    if (range.untilNs)
        endWhole = floorDiv(*range.untilNs, QuarterNs);
    if (firstWhole && endWhole && *firstWhole >= *endWhole)
        return std::nullopt;
    QString sql = quarterRows(firstWhole, endWhole, parameters);
    // Each end a range of its own, so that both read the start time's index.
    if (range.fromNs && *range.fromNs < *firstWhole * QuarterNs) {
        sql += QStringLiteral(" UNION ALL ")
                + callRows(QStringLiteral("t.start_ns >= ? AND t.start_ns < ?"));
        parameters->append(*range.fromNs);
        parameters->append(*firstWhole * QuarterNs);
    }
    if (range.untilNs && *endWhole * QuarterNs < *range.untilNs) {
        sql += QStringLiteral(" UNION ALL ")
                + callRows(QStringLiteral("t.start_ns >= ? AND t.start_ns < ?"));
        parameters->append(*endWhole * QuarterNs);
        parameters->append(*range.untilNs);
    }
    return sql;
}

bool topGroups(const QSqlDatabase &db, const QString &column, const QString &where,
               QVariantList parameters, int top, QList<UsageReport::Group> *result, QString *error)
{
    parameters.append(top);
    QSqlQuery q(db);
    if (!SqlQuery::run(
                q,
                QStringLiteral("SELECT t.") + column
                        + QStringLiteral(", count(*), total(t.cost_usd), sum(" UNKNOWN_COST "), "
                                         "sum(coalesce(t.input_tokens, 0) + "
                                         "coalesce(t.output_tokens, 0)) FROM traces t WHERE ")
                        + where + QStringLiteral(" AND t.") + column
                        + QStringLiteral(" IS NOT NULL AND t.") + column
                        + QStringLiteral(" != '' GROUP BY 1 ORDER BY 3 DESC, 2 DESC, 1 LIMIT ?"),
                parameters, error))
        return false;
    while (q.next()) {
        UsageReport::Group g;
        g.name = q.value(0).toString();
        g.calls = q.value(1).toLongLong();
        g.costUsd = q.value(2).toDouble();
        g.unknownCostCalls = q.value(3).toLongLong();
        g.tokens = q.value(4).toLongLong();
        result->append(g);
    }
    return SqlQuery::readToEnd(q, error);
}

// The calls a query covers, as a WHERE clause over `traces t` and its parameters.
struct Scope
{
    QString where;
    QVariantList parameters;
};

Scope scopeOf(const UsageStats::Query &query)
{
    Scope scope;
    scope.where = QStringLiteral("(") + query.filter.sqlWhere(&scope.parameters) + u')';
    if (query.range.fromNs) {
        scope.where += QStringLiteral(" AND t.start_ns >= ?");
        scope.parameters.append(*query.range.fromNs);
    }
    if (query.range.untilNs) {
        scope.where += QStringLiteral(" AND t.start_ns < ?");
        scope.parameters.append(*query.range.untilNs);
    }
    return scope;
}

bool readSummary(const QSqlDatabase &db, const UsageStats::Query &query, const Scope &scope,
                 UsageReport *report, QString *error)
{
    // The first and last call: two lookups in the start time's index when nothing but the range
    // narrows the calls.
    QSqlQuery bounds(db);
    if (!SqlQuery::run(bounds,
                       QStringLiteral("SELECT (SELECT min(t.start_ns) FROM traces t WHERE ")
                               + scope.where
                               + QStringLiteral("), (SELECT max(t.start_ns) FROM traces t WHERE ")
                               + scope.where + u')',
                       scope.parameters + scope.parameters, error))
        return false;
    if (!bounds.next())
        return SqlQuery::readToEnd(bounds, error);
    const bool anyCall = !bounds.value(0).isNull();
    const UsageRange &range = query.range;
    if (!anyCall && !(range.fromNs && range.untilNs))
        return true;
    const qint64 first = range.fromNs.value_or(bounds.value(0).toLongLong());
    const qint64 last = range.untilNs ? *range.untilNs - 1 : bounds.value(1).toLongLong();
    report->firstDay = dayOf(first, query.zone);
    report->lastDay = dayOf(last, query.zone);
    if (!anyCall)
        return true;

    // Whole quarter-hours from the rollup when every call of the range counts; otherwise (a
    // filter, an odd time zone) the calls one by one.
    QVariantList parameters;
    std::optional<QString> rows;
    if (query.filter.isEmpty() && daysAreWholeQuarters(first, last, query.zone))
        rows = rollupRows(range, &parameters);
    if (!rows) {
        parameters = scope.parameters;
        rows = callRows(scope.where);
    }
    const QDate epoch(1970, 1, 1);
    QSqlQuery daily(db);
    if (!SqlQuery::run(daily,
                       QStringLiteral("SELECT ")
                               + dayExpression(QStringLiteral("s"), first, last, query.zone)
                               + QStringLiteral(" AS d, m, sum(calls), total(cost), "
                                                "sum(unknown), sum(input), sum(cached), "
                                                "sum(output), sum(hits), sum(misses), "
                                                "sum(bypassed), total(saved) FROM (")
                               + *rows + QStringLiteral(") GROUP BY d, m ORDER BY d, m"),
                       parameters, error))
        return false;
    while (daily.next()) {
        UsageReport::DayModelCost cost;
        cost.day = epoch.addDays(daily.value(0).toLongLong());
        cost.model = daily.value(1).toString();
        cost.calls = daily.value(2).toLongLong();
        cost.costUsd = daily.value(3).toDouble();
        cost.unknownCostCalls = daily.value(4).toLongLong();
        report->costPerDay.append(cost);
        if (report->tokensPerDay.isEmpty() || report->tokensPerDay.constLast().day != cost.day)
            report->tokensPerDay.append({cost.day, 0, 0, 0, 0});
        UsageReport::DayTokens &tokens = report->tokensPerDay.last();
        tokens.calls += cost.calls;
        tokens.inputTokens += daily.value(5).toLongLong();
        tokens.cachedInputTokens += daily.value(6).toLongLong();
        tokens.outputTokens += daily.value(7).toLongLong();
        report->calls += cost.calls;
        report->costUsd += cost.costUsd;
        report->unknownCostCalls += cost.unknownCostCalls;
        report->cache.hits += daily.value(8).toLongLong();
        report->cache.misses += daily.value(9).toLongLong();
        report->cache.bypassed += daily.value(10).toLongLong();
        report->cache.savedUsd += daily.value(11).toDouble();
    }
    return SqlQuery::readToEnd(daily, error);
}

bool readDetails(const QSqlDatabase &db, const UsageStats::Query &query, const Scope &scope,
                 UsageReport *report, QString *error)
{
    // Nearest rank k = ceil(p·n), in integers: ceil(50n / 100) = (50n + 99) / 100.
    QSqlQuery latency(db);
    if (!SqlQuery::run(
                latency,
                QStringLiteral(
                        "SELECT m, n, max(CASE WHEN r = (50 * n + 99) / 100 THEN d END), "
                        "max(CASE WHEN r = (95 * n + 99) / 100 THEN d END) FROM (SELECT "
                        "coalesce(t.model, '') AS m, t.duration_ms AS d, row_number() OVER "
                        "(PARTITION BY coalesce(t.model, '') ORDER BY t.duration_ms) AS r, "
                        "count(*) OVER (PARTITION BY coalesce(t.model, '')) AS n FROM traces t "
                        "WHERE ")
                        + scope.where
                        + QStringLiteral(
                                " AND t.status BETWEEN 200 AND 299 AND t.cache IS NOT "
                                "'HIT' AND t.duration_ms IS NOT NULL) WHERE r = (50 * n + "
                                "99) / 100 OR r = (95 * n + 99) / 100 GROUP BY m ORDER BY m"),
                scope.parameters, error))
        return false;
    while (latency.next()) {
        UsageReport::ModelLatency l;
        l.model = latency.value(0).toString();
        l.calls = latency.value(1).toLongLong();
        l.p50Ms = latency.value(2).toDouble();
        l.p95Ms = latency.value(3).toDouble();
        report->latency.append(l);
    }
    if (!SqlQuery::readToEnd(latency, error))
        return false;

    if (!topGroups(db, QStringLiteral("user"), scope.where, scope.parameters, query.top,
                   &report->topUsers, error)
        || !topGroups(db, QStringLiteral("session_id"), scope.where, scope.parameters, query.top,
                      &report->topSessions, error))
        return false;

    QVariantList repeatedParameters = scope.parameters;
    repeatedParameters.append(query.top);
    QSqlQuery repeated(db);
    if (!SqlQuery::run(
                repeated,
                QStringLiteral(
                        "SELECT t.request_hash, max(t.model), max(t.endpoint), count(*) AS n, "
                        "total(t.cost_usd), sum(" UNKNOWN_COST "), sum(t.cache IS 'HIT'), "
                        "max(t.id) FROM traces t WHERE ")
                        + scope.where
                        + QStringLiteral(" AND t.request_hash IS NOT NULL GROUP BY t.request_hash "
                                         "HAVING n > 1 ORDER BY n DESC, 5 DESC, 8 DESC LIMIT ?"),
                repeatedParameters, error))
        return false;
    while (repeated.next()) {
        UsageReport::Repeated r;
        r.requestHash = repeated.value(0).toByteArray();
        r.model = repeated.value(1).toString();
        r.endpoint = repeated.value(2).toString();
        r.count = repeated.value(3).toLongLong();
        r.costUsd = repeated.value(4).toDouble();
        r.unknownCostCalls = repeated.value(5).toLongLong();
        r.cacheHits = repeated.value(6).toLongLong();
        r.lastId = repeated.value(7).toLongLong();
        report->repeated.append(r);
    }
    return SqlQuery::readToEnd(repeated, error);
}

// Each public entry reads one snapshot: a read transaction, rolled back at the end as there is
// nothing to commit.
bool openSnapshot(const TraceReader &reader, QSqlDatabase *db, QString *error)
{
    *db = reader.database();
    if (db->isOpen())
        return true;
    *error = QCoreApplication::translate("UsageStats", "the trace database is not open");
    return false;
}

} // namespace

UsageReport UsageStats::compute(const TraceReader &reader, const Query &query, QString *error)
{
    UsageReport report;
    QSqlDatabase db;
    if (!openSnapshot(reader, &db, error))
        return report;
    TransactionGuard snapshot(db);
    const Scope scope = scopeOf(query);
    if (readSummary(db, query, scope, &report, error) && report.calls > 0)
        readDetails(db, query, scope, &report, error);
    return report;
}

UsageReport UsageStats::summary(const TraceReader &reader, const Query &query, QString *error)
{
    UsageReport report;
    QSqlDatabase db;
    if (!openSnapshot(reader, &db, error))
        return report;
    TransactionGuard snapshot(db);
    readSummary(db, query, scopeOf(query), &report, error);
    return report;
}

bool UsageStats::addDetails(const TraceReader &reader, const Query &query, UsageReport *report,
                            QString *error)
{
    QSqlDatabase db;
    if (!openSnapshot(reader, &db, error))
        return false;
    TransactionGuard snapshot(db);
    return readDetails(db, query, scopeOf(query), report, error);
}
