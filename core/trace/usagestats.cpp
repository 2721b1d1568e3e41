#include "usagestats.h"

#include "common/sqlquery.h"

#include "tracereader.h"
#include "transactionguard.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace {

constexpr qint64 NsPerMs = 1'000'000;

// A call whose cost is unknown: one that was answered (and so billed) with no price or usage
// to tell how much. A failed call (an error status, or none: never answered) has no cost to
// know, since providers do not bill refusals; counting it would make every 429 "unknown".
#define UNKNOWN_COST "(t.cost_usd IS NULL AND t.status BETWEEN 200 AND 399)"

QDateTime timeOf(qint64 ns, const QTimeZone &zone)
{
    return QDateTime::fromMSecsSinceEpoch(ns / NsPerMs, zone);
}

QDate dayOf(qint64 ns, const QTimeZone &zone)
{
    return timeOf(ns, zone).date();
}

// The local day of a call, as days since 1970-01-01, for calls recorded between `from` and
// `to`: the zone's offset is constant between transitions, so one CASE branch per daylight-
// saving change in the span (two a year) keeps the grouping in SQL.
QString dayExpression(qint64 from, qint64 to, const QTimeZone &zone)
{
    const QDateTime start = timeOf(from, QTimeZone::utc());
    QString offset = QString::number(zone.offsetFromUtc(start));
    if (zone.hasTransitions()) {
        const QTimeZone::OffsetDataList changes =
                zone.transitions(start, timeOf(to, QTimeZone::utc()).addMSecs(1));
        if (!changes.isEmpty()) {
            QString cases = QStringLiteral("CASE");
            for (const QTimeZone::OffsetData &change : changes) {
                cases += QStringLiteral(" WHEN t.start_ns < ")
                        + QString::number(change.atUtc.toMSecsSinceEpoch() * NsPerMs)
                        + QStringLiteral(" THEN ") + offset;
                offset = QString::number(change.offsetFromUtc);
            }
            offset = cases + QStringLiteral(" ELSE ") + offset + QStringLiteral(" END");
        }
    }
    return QStringLiteral("((t.start_ns / 1000000000 + ") + offset + QStringLiteral(") / 86400)");
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

} // namespace

UsageReport UsageStats::compute(const TraceReader &reader, const Query &query, QString *error)
{
    UsageReport report;
    QSqlDatabase db = reader.database();
    if (!db.isOpen()) {
        *error = QCoreApplication::translate("UsageStats", "the trace database is not open");
        return report;
    }
    // A read transaction: one snapshot for every query below. Rolled back at the end, as there
    // is nothing to commit.
    TransactionGuard snapshot(db);

    QVariantList parameters;
    QString where = QStringLiteral("(") + query.filter.sqlWhere(&parameters) + u')';
    if (query.range.fromNs) {
        where += QStringLiteral(" AND t.start_ns >= ?");
        parameters.append(*query.range.fromNs);
    }
    if (query.range.untilNs) {
        where += QStringLiteral(" AND t.start_ns < ?");
        parameters.append(*query.range.untilNs);
    }

    QSqlQuery totals(db);
    if (!SqlQuery::run(
                totals,
                QStringLiteral(
                        "SELECT count(*), total(t.cost_usd), sum(" UNKNOWN_COST "), "
                        "min(t.start_ns), max(t.start_ns), sum(t.cache IS 'HIT'), "
                        "sum(t.cache IS 'MISS'), sum(t.cache IS 'BYPASS'), total(t.saved_usd) "
                        "FROM traces t WHERE ")
                        + where,
                parameters, error)
        || !totals.next())
        return report;
    report.calls = totals.value(0).toLongLong();
    report.costUsd = totals.value(1).toDouble();
    report.unknownCostCalls = totals.value(2).toLongLong();
    report.cache.hits = totals.value(5).toLongLong();
    report.cache.misses = totals.value(6).toLongLong();
    report.cache.bypassed = totals.value(7).toLongLong();
    report.cache.savedUsd = totals.value(8).toDouble();
    const qint64 first = query.range.fromNs.value_or(totals.value(3).toLongLong());
    const qint64 last =
            query.range.untilNs ? *query.range.untilNs - 1 : totals.value(4).toLongLong();
    if (report.calls > 0 || (query.range.fromNs && query.range.untilNs)) {
        report.firstDay = dayOf(first, query.zone);
        report.lastDay = dayOf(last, query.zone);
    }
    if (report.calls == 0)
        return report;

    const QString day = dayExpression(first, last, query.zone);
    const QDate epoch(1970, 1, 1);
    QSqlQuery daily(db);
    if (!SqlQuery::run(
                daily,
                QStringLiteral("SELECT ") + day
                        + QStringLiteral(" AS d, coalesce(t.model, '') AS m, count(*), "
                                         "total(t.cost_usd), sum(" UNKNOWN_COST "), "
                                         "sum(coalesce(t.input_tokens, 0)), "
                                         "sum(coalesce(t.cached_tokens, 0)), "
                                         "sum(coalesce(t.output_tokens, 0)) FROM traces t WHERE ")
                        + where + QStringLiteral(" GROUP BY d, m ORDER BY d, m"),
                parameters, error))
        return report;
    while (daily.next()) {
        UsageReport::DayModelCost cost;
        cost.day = epoch.addDays(daily.value(0).toLongLong());
        cost.model = daily.value(1).toString();
        cost.calls = daily.value(2).toLongLong();
        cost.costUsd = daily.value(3).toDouble();
        cost.unknownCostCalls = daily.value(4).toLongLong();
        report.costPerDay.append(cost);
        if (report.tokensPerDay.isEmpty() || report.tokensPerDay.constLast().day != cost.day)
            report.tokensPerDay.append({cost.day, 0, 0, 0, 0});
        UsageReport::DayTokens &tokens = report.tokensPerDay.last();
        tokens.calls += cost.calls;
        tokens.inputTokens += daily.value(5).toLongLong();
        tokens.cachedInputTokens += daily.value(6).toLongLong();
        tokens.outputTokens += daily.value(7).toLongLong();
    }
    if (!SqlQuery::readToEnd(daily, error))
        return report;

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
                        + where
                        + QStringLiteral(
                                " AND t.status BETWEEN 200 AND 299 AND t.cache IS NOT "
                                "'HIT' AND t.duration_ms IS NOT NULL) WHERE r = (50 * n + "
                                "99) / 100 OR r = (95 * n + 99) / 100 GROUP BY m ORDER BY m"),
                parameters, error))
        return report;
    while (latency.next()) {
        UsageReport::ModelLatency l;
        l.model = latency.value(0).toString();
        l.calls = latency.value(1).toLongLong();
        l.p50Ms = latency.value(2).toDouble();
        l.p95Ms = latency.value(3).toDouble();
        report.latency.append(l);
    }
    if (!SqlQuery::readToEnd(latency, error))
        return report;

    if (!topGroups(db, QStringLiteral("user"), where, parameters, query.top, &report.topUsers,
                   error)
        || !topGroups(db, QStringLiteral("session_id"), where, parameters, query.top,
                      &report.topSessions, error))
        return report;

    QVariantList repeatedParameters = parameters;
    repeatedParameters.append(query.top);
    QSqlQuery repeated(db);
    if (!SqlQuery::run(
                repeated,
                QStringLiteral(
                        "SELECT t.request_hash, max(t.model), max(t.endpoint), count(*) AS n, "
                        "total(t.cost_usd), sum(" UNKNOWN_COST "), sum(t.cache IS 'HIT'), "
                        "max(t.id) FROM traces t WHERE ")
                        + where
                        + QStringLiteral(" AND t.request_hash IS NOT NULL GROUP BY t.request_hash "
                                         "HAVING n > 1 ORDER BY n DESC, 5 DESC, 8 DESC LIMIT ?"),
                repeatedParameters, error))
        return report;
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
        report.repeated.append(r);
    }
    SqlQuery::readToEnd(repeated, error);
    return report;
}
