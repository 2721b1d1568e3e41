#include "usagestats.h"

#include "common/sqlquery.h"
#include "llm/pricetable.h"

#include "sqlitestatement.h"
#include "tracereader.h"
#include "traceschema.h"
#include "transactionguard.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <cmath>

namespace {

constexpr qint64 NsPerMs = 1'000'000;

// UsageReport::isUnknownCost in SQL: answered (and so billed) with no price or usage to tell
// how much. A failed call (an error status, or none: never answered) has no cost to know, since
// providers do not bill refusals; counting it would make every 429 "unknown".
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

// The offsets `zone` has from `from` to `to`: the first, then each change (daylight saving,
// two a year).
struct ZoneOffsets
{
    int first = 0;
    QTimeZone::OffsetDataList changes;
};

ZoneOffsets offsetsBetween(qint64 from, qint64 to, const QTimeZone &zone)
{
    const QDateTime start = timeOf(from, QTimeZone::utc());
    ZoneOffsets offsets;
    offsets.first = zone.offsetFromUtc(start);
    if (zone.hasTransitions())
        offsets.changes = zone.transitions(start, timeOf(to, QTimeZone::utc()).addMSecs(1));
    return offsets;
}

// The local day, as days since 1970-01-01, of the time `seconds` (a SQL expression of seconds
// since the epoch): the offset is constant between changes, so one CASE branch per change keeps
// the grouping in SQL.
QString dayExpression(const QString &seconds, const ZoneOffsets &offsets)
{
    QString offset = QString::number(offsets.first);
    if (!offsets.changes.isEmpty()) {
        QString cases = QStringLiteral("CASE");
        for (const QTimeZone::OffsetData &change : offsets.changes) {
            cases += QStringLiteral(" WHEN ") + seconds + QStringLiteral(" < ")
                    + QString::number(change.atUtc.toSecsSinceEpoch()) + QStringLiteral(" THEN ")
                    + offset;
            offset = QString::number(change.offsetFromUtc);
        }
        offset = cases + QStringLiteral(" ELSE ") + offset + QStringLiteral(" END");
    }
    return QStringLiteral("((") + seconds + QStringLiteral(" + ") + offset
            + QStringLiteral(") / 86400)");
}

// Whether each quarter-hour lies in one local day: the offset and every change of it fall on
// quarter-hours. True of every zone in use since 1970; with an offset of, say, +05:07 the days
// are counted from the calls themselves.
bool daysAreWholeQuarters(const ZoneOffsets &offsets)
{
    const qint64 quarterSeconds = QuarterNs / 1'000'000'000;
    if (offsets.first % quarterSeconds != 0)
        return false;
    return std::all_of(offsets.changes.cbegin(), offsets.changes.cend(),
                       [quarterSeconds](const QTimeZone::OffsetData &change) {
                           return change.offsetFromUtc % quarterSeconds == 0
                                   && change.atUtc.toMSecsSinceEpoch() % (quarterSeconds * 1000)
                                   == 0;
                       });
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

// A user's or a session's sums while the calls are read.
struct GroupSums
{
    qint64 calls = 0;
    double cost = 0;
    qint64 unknownCost = 0;
    qint64 tokens = 0;
};

// The `top` most expensive groups (then the busiest, then by name), as the dashboard lists them.
QList<UsageReport::Group> topGroups(const QHash<QByteArray, GroupSums> &groups, int top)
{
    QList<std::pair<QByteArray, GroupSums>> sorted;
    sorted.reserve(groups.size());
    for (auto it = groups.cbegin(); it != groups.cend(); ++it)
        sorted.append({it.key(), it.value()});
    const auto order = [](const auto &a, const auto &b) {
        if (a.second.cost != b.second.cost)
            return a.second.cost > b.second.cost;
        if (a.second.calls != b.second.calls)
            return a.second.calls > b.second.calls;
        return a.first < b.first;
    };
    const qsizetype kept = std::min<qsizetype>(std::max(top, 0), sorted.size());
    std::partial_sort(sorted.begin(), sorted.begin() + kept, sorted.end(), order);
    QList<UsageReport::Group> result;
    for (qsizetype i = 0; i < kept; ++i) {
        const auto &[name, sums] = sorted.at(i);
        result.append(
                {QString::fromUtf8(name), sums.calls, sums.cost, sums.unknownCost, sums.tokens});
    }
    return result;
}

// Nearest rank: the value at rank k = ceil(p·n) of the sorted durations, in integers
// (ceil(50n / 100) = (50n + 99) / 100).
double nearestRank(const QList<double> &sorted, int percent)
{
    const qsizetype rank = (percent * sorted.size() + 99) / 100;
    return sorted.at(std::max<qsizetype>(rank, 1) - 1);
}

// Latency per model and the top users and sessions, in one pass over the calls of the range
// (read through SQLite's C API: a million rows in well under a second, where a query per table
// read them once each and sorted them in SQLite).
bool readPerCall(const QSqlDatabase &db, const UsageStats::Query &query, const Scope &scope,
                 UsageReport *report, QString *error)
{
    enum Column { Model, Status, Hit, Duration, Cost, Tokens, User, Session };
    const QByteArray sql =
            QStringLiteral("SELECT coalesce(t.model, ''), coalesce(t.status, 0), t.cache IS "
                           "'HIT', t.duration_ms, t.cost_usd, coalesce(t.input_tokens, 0) + "
                           "coalesce(t.output_tokens, 0), t.user, t.session_id FROM traces t "
                           "WHERE ")
                    .append(scope.where)
                    .toUtf8();
    SqliteStatement calls;
    if (!calls.prepare(SqliteStatement::handleOf(db), sql.constData(), error))
        return false;
    for (qsizetype i = 0; i < scope.parameters.size(); ++i)
        calls.bindVariant(int(i) + 1, scope.parameters.at(i));

    QHash<QByteArray, QList<double>> durations; // per model
    QHash<QByteArray, GroupSums> users;
    QHash<QByteArray, GroupSums> sessions;
    for (;;) {
        const SqliteStatement::Step step = calls.step(error);
        if (step == SqliteStatement::Step::Error)
            return false;
        if (step == SqliteStatement::Step::Done)
            break;
        const qint64 status = calls.columnInt(Status);
        // Successful calls that went upstream: a cache hit measures the cache, not the model.
        if (status >= 200 && status <= 299 && !calls.columnInt(Hit)
            && !calls.columnIsNull(Duration))
            durations[calls.columnBytes(Model)].append(calls.columnDouble(Duration));
        GroupSums call;
        call.calls = 1;
        const bool priced = !calls.columnIsNull(Cost);
        call.unknownCost = UsageReport::isUnknownCost(priced, status);
        call.cost = priced ? calls.columnDouble(Cost) : 0.0;
        call.tokens = calls.columnInt(Tokens);
        for (auto [column, groups] : {std::pair {User, &users}, std::pair {Session, &sessions}}) {
            const QByteArray name = calls.columnBytes(column);
            if (name.isEmpty())
                continue;
            GroupSums &sums = (*groups)[name];
            sums.calls += call.calls;
            sums.cost += call.cost;
            sums.unknownCost += call.unknownCost;
            sums.tokens += call.tokens;
        }
    }
    calls.reset();

    QList<QByteArray> models = durations.keys();
    std::sort(models.begin(), models.end()); // as SQLite orders text: by bytes
    for (const QByteArray &model : std::as_const(models)) {
        QList<double> &sorted = durations[model];
        std::sort(sorted.begin(), sorted.end());
        report->latency.append({QString::fromUtf8(model), sorted.size(), nearestRank(sorted, 50),
                                nearestRank(sorted, 95)});
    }
    report->topUsers = topGroups(users, query.top);
    report->topSessions = topGroups(sessions, query.top);
    return true;
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
    const ZoneOffsets offsets = offsetsBetween(first, last, query.zone);
    if (query.filter.isEmpty() && daysAreWholeQuarters(offsets))
        rows = rollupRows(range, &parameters);
    if (!rows) {
        parameters = scope.parameters;
        rows = callRows(scope.where);
    }
    const QDate epoch(1970, 1, 1);
    QSqlQuery daily(db);
    if (!SqlQuery::run(daily,
                       QStringLiteral("SELECT ") + dayExpression(QStringLiteral("s"), offsets)
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
        // The rollup's running sums, added to and taken from by the triggers, leave dust.
        cost.costUsd = PriceTable::roundToPicodollar(daily.value(3).toDouble());
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
        report->cache.savedUsd += PriceTable::roundToPicodollar(daily.value(11).toDouble());
    }
    return SqlQuery::readToEnd(daily, error);
}

bool readDetails(const QSqlDatabase &db, const UsageStats::Query &query, const Scope &scope,
                 UsageReport *report, QString *error)
{
    if (!readPerCall(db, query, scope, report, error))
        return false;

    // Repeated requests stay a query: the distinct requests of a range can be as many as its
    // calls, which SQLite's sorter groups without holding them all in memory.
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

// Runs `read` in one snapshot: a read transaction, rolled back at the end as there is nothing
// to commit.
template<typename Read> bool inSnapshot(const TraceReader &reader, QString *error, Read read)
{
    QSqlDatabase db = reader.database();
    if (!db.isOpen()) {
        *error = QCoreApplication::translate("UsageStats", "the trace database is not open");
        return false;
    }
    TransactionGuard snapshot(db);
    return read(db);
}

} // namespace

UsageReport UsageStats::compute(const TraceReader &reader, const Query &query, QString *error)
{
    UsageReport report;
    inSnapshot(reader, error, [&](const QSqlDatabase &db) {
        const Scope scope = scopeOf(query);
        return readSummary(db, query, scope, &report, error)
                && (report.calls == 0 || readDetails(db, query, scope, &report, error));
    });
    return report;
}

UsageReport UsageStats::summary(const TraceReader &reader, const Query &query, QString *error)
{
    UsageReport report;
    inSnapshot(reader, error, [&](const QSqlDatabase &db) {
        return readSummary(db, query, scopeOf(query), &report, error);
    });
    return report;
}

bool UsageStats::addDetails(const TraceReader &reader, const Query &query, UsageReport *report,
                            QString *error)
{
    return inSnapshot(reader, error, [&](const QSqlDatabase &db) {
        return readDetails(db, query, scopeOf(query), report, error);
    });
}
