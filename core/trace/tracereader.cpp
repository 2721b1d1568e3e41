#include "tracereader.h"

#include "common/sqlquery.h"

#include "bodycompression.h"
#include "sqlitestatement.h"
#include "traceschema.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

#include <sqlite3.h>

#include <algorithm>
#include <functional>
#include <limits>
#include <vector>

namespace {

const char SummaryColumns[] =
        "t.id, t.trace_id, t.span_id, t.parent_span_id, t.trace_state, t.trace_name, "
        "t.span_name, t.generation_name, t.start_ns, t.end_ns, t.ttfb_ms, t.ttft_ms, "
        "t.duration_ms, t.method, t.url, t.upstream, t.endpoint, t.model, t.response_model, "
        "t.status, t.error_kind, t.error_message, t.stream, t.cache, t.input_tokens, "
        "t.output_tokens, t.total_tokens, t.cached_tokens, t.cache_write_tokens, "
        "t.cache_write_1h_tokens, t.reasoning_tokens, t.cost_input, t.cost_output, t.cost_usd, "
        "t.saved_usd, "
        "t.cost_source, t.price_id, t.price_version, t.tokens_per_sec, t.user, t.session_id, "
        "t.project, t.tags, t.metadata, t.privacy, t.client, t.finish_reason, t.response_id, "
        "t.tool_names, t.request_hash";

std::optional<qint64> optionalInt(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}

std::optional<double> optionalDouble(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
}

QStringList list(const QVariant &v)
{
    return v.isNull() ? QStringList() : v.toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
}

TraceRecord summaryFrom(const QSqlQuery &q)
{
    TraceRecord r;
    int i = 0;
    auto next = [&] {
        return q.value(i++);
    };
    r.id = next().toLongLong();
    r.traceId = next().toByteArray();
    r.spanId = next().toByteArray();
    r.parentSpanId = next().toByteArray();
    r.traceState = next().toByteArray();
    r.traceName = next().toString();
    r.spanName = next().toString();
    r.generationName = next().toString();
    r.startUnixNs = next().toLongLong();
    r.endUnixNs = next().toLongLong();
    r.ttfbMs = optionalDouble(next());
    r.ttftMs = optionalDouble(next());
    r.durationMs = next().toDouble();
    r.method = next().toString();
    r.url = next().toString();
    r.upstream = next().toString();
    r.endpoint = next().toString();
    r.model = next().toString();
    r.responseModel = next().toString();
    r.status = next().toInt();
    r.errorKind = next().toString();
    r.errorMessage = next().toString();
    r.stream = next().toInt() != 0;
    r.cache = next().toString();
    r.usage.input = optionalInt(next());
    r.usage.output = optionalInt(next());
    r.usage.total = optionalInt(next());
    r.usage.cachedInput = optionalInt(next());
    r.usage.cacheWrite = optionalInt(next());
    r.usage.cacheWrite1h = optionalInt(next());
    r.usage.reasoning = optionalInt(next());
    r.costInputUsd = optionalDouble(next());
    r.costOutputUsd = optionalDouble(next());
    r.costUsd = optionalDouble(next());
    r.savedUsd = optionalDouble(next());
    r.costSource = next().toString();
    r.priceId = next().toString();
    r.priceVersion = next().toString();
    r.outputTokensPerSecond = optionalDouble(next());
    r.user = next().toString();
    r.sessionId = next().toString();
    r.project = next().toString();
    r.tags = list(next());
    const QVariant metadata = next();
    if (!metadata.isNull())
        r.metadata = QJsonDocument::fromJson(metadata.toByteArray()).object();
    r.privacy = next().toInt() != 0;
    r.clientAddress = next().toString();
    r.finishReason = next().toString();
    r.responseId = next().toString();
    r.toolNames = list(next());
    r.requestHash = next().toByteArray();
    return r;
}

void readPayload(TraceRecord &r, const QSqlQuery &q, int first)
{
    const int compressed = q.value(first + 8).toInt();
    auto body = [&](int column, int bit) {
        const QVariant v = q.value(column);
        if (v.isNull())
            return QByteArray();
        return (compressed & bit) ? BodyCompression::decompress(v.toByteArray()) : v.toByteArray();
    };
    r.requestHeadersJson = q.value(first + 1).toByteArray();
    r.responseHeadersJson = q.value(first + 2).toByteArray();
    r.requestBody = body(first + 3, 1);
    r.responseBody = body(first + 4, 2);
    r.streamEventsJson = body(first + 5, 4);
    r.requestTruncated = q.value(first + 6).toInt() != 0;
    r.responseTruncated = q.value(first + 7).toInt() != 0;
}

const char PayloadColumns[] = "p.trace_rowid, p.request_headers, p.response_headers, "
                              "p.request_body, p.response_body, p.events, p.request_truncated, "
                              "p.response_truncated, p.compressed";
// Where the payload's columns start in a row that selects both.
constexpr int SummaryColumnCount = [] {
    int columns = 1;
    for (char c : SummaryColumns)
        columns += c == ',';
    return columns;
}();

} // namespace

TraceReader::TraceReader(const QString &path, const QString &connectionName)
    : m_path(path)
    , m_connectionName(connectionName)
{ }

TraceReader::~TraceReader()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        QSqlDatabase::database(m_connectionName, false).close();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

QSqlDatabase TraceReader::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool TraceReader::open(QString *error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        *error = db.lastError().text();
        return false;
    }
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'traces'"))
        || !q.next() || q.value(0).toInt() != 1) {
        *error = QCoreApplication::translate("TraceReader", "%1 holds no traces").arg(m_path);
        return false;
    }
    // The queries name every column of the current schema: an older store reads wrongly and a
    // newer one may not read at all.
    return TraceSchema::readableVersion(db, &m_schemaVersion, error);
}

QList<TraceRecord> TraceReader::page(const TraceFilter &filter, qint64 beforeId, int limit,
                                     QString *error) const
{
    QVariantList parameters;
    QString where = filter.sqlWhere(&parameters);
    if (beforeId > 0) {
        where += QStringLiteral(" AND t.id < ?");
        parameters.append(beforeId);
    }
    parameters.append(limit);
    QSqlQuery q(database());
    QList<TraceRecord> result;
    if (!SqlQuery::run(q,
                       QStringLiteral("SELECT ") + QLatin1String(SummaryColumns)
                               + QStringLiteral(" FROM traces t WHERE ") + where
                               + QStringLiteral(" ORDER BY t.id DESC LIMIT ?"),
                       parameters, error))
        return result;
    while (q.next())
        result.append(summaryFrom(q));
    if (!SqlQuery::readToEnd(q, error))
        return {};
    return result;
}

std::optional<TraceRecord> TraceReader::load(qint64 id, QString *error) const
{
    QSqlQuery q(database());
    if (!SqlQuery::run(q,
                       QStringLiteral("SELECT ") + QLatin1String(SummaryColumns)
                               + QStringLiteral(", ") + QLatin1String(PayloadColumns)
                               + QStringLiteral(" FROM traces t LEFT JOIN trace_payloads p ON "
                                                "p.trace_rowid = t.id WHERE t.id = ?"),
                       {id}, error))
        return std::nullopt;
    if (!q.next()) {
        *error = QCoreApplication::translate("TraceReader", "no call with id %1").arg(id);
        return std::nullopt;
    }
    TraceRecord r = summaryFrom(q);
    readPayload(r, q, SummaryColumnCount);
    return r;
}

qint64 TraceReader::count(const TraceFilter &filter, QString *error) const
{
    QVariantList parameters;
    const QString where = filter.sqlWhere(&parameters);
    QSqlQuery q(database());
    if (!SqlQuery::run(q, QStringLiteral("SELECT count(*) FROM traces t WHERE ") + where,
                       parameters, error)
        || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

TraceReader::IdList TraceReader::ids(const TraceFilter &filter, const TraceSort &sort,
                                     qint64 afterId, QString *error) const
{
    IdList result;
    sqlite3 *handle = SqliteStatement::handleOf(database());
    if (!handle) {
        *error = QCoreApplication::translate("TraceReader", "the trace database is not open");
        return result;
    }
    // One read transaction: the newest id and the list come from the same snapshot, so a call
    // recorded meanwhile is neither missed nor listed twice by the next `afterId` query.
    SqliteStatement begin;
    SqliteStatement end;
    if (!begin.prepare(handle, "BEGIN", error) || !end.prepare(handle, "COMMIT", error)
        || !begin.run(error))
        return result;
    auto finish = [&] {
        QString ignored;
        end.run(&ignored);
    };

    SqliteStatement newest;
    if (!newest.prepare(handle, "SELECT coalesce(max(id), 0) FROM traces", error)
        || newest.step(error) != SqliteStatement::Step::Row) {
        finish();
        return result;
    }
    result.newestId = newest.columnInt(0);
    newest.reset();

    QVariantList parameters;
    QString where = filter.sqlWhere(&parameters);
    if (afterId > 0) {
        where += QStringLiteral(" AND t.id > ?");
        parameters.append(afterId);
    }
    // In recording order the ids are the order: read them from whichever index SQLite finds
    // best for the filter (a covering one, ~20 bytes a call) and sort them here, instead of
    // walking the table in id order (the whole table, ~400 bytes a call, mostly not cached).
    // Numbers are read beside the ids and sorted here too: SQLite's sorter took 0.8 s for a
    // million costs read from their covering index.
    const bool byId = sort.key == TraceSort::Time;
    const bool numeric = TraceSort::isNumeric(sort.key);
    QString text = QStringLiteral("SELECT t.id");
    if (numeric)
        text += QStringLiteral(", ") + TraceSort::column(sort.key);
    text += QStringLiteral(" FROM traces t WHERE ") + where;
    if (!byId && !numeric)
        text += QStringLiteral(" ORDER BY ") + sort.orderBy();
    const QByteArray sql = text.toUtf8();
    SqliteStatement query;
    if (!query.prepare(handle, sql.constData(), error)) {
        finish();
        return result;
    }
    for (int i = 0; i < parameters.size(); ++i)
        query.bindVariant(i + 1, parameters.at(i));
    // (value, id); a call without a value sorts below every number, as SQLite sorts NULL.
    std::vector<std::pair<double, qint64>> keyed;
    for (;;) {
        const SqliteStatement::Step step = query.step(error);
        if (step == SqliteStatement::Step::Error) {
            result.ids.clear();
            keyed.clear();
            break;
        }
        if (step == SqliteStatement::Step::Done)
            break;
        const qint64 id = query.columnInt(0);
        if (id > result.newestId)
            continue; // recorded after the snapshot's max was read: the next query lists it
        if (numeric) {
            keyed.emplace_back(query.columnIsNull(1) ? -std::numeric_limits<double>::infinity()
                                                     : query.columnDouble(1),
                               id);
        } else {
            result.ids.append(id);
        }
    }
    query.reset();
    finish();
    if (byId) {
        if (sort.descending)
            std::sort(result.ids.begin(), result.ids.end(), std::greater<qint64>());
        else
            std::sort(result.ids.begin(), result.ids.end());
    } else if (numeric) {
        if (sort.descending)
            std::sort(keyed.begin(), keyed.end(), std::greater<>());
        else
            std::sort(keyed.begin(), keyed.end());
        result.ids.reserve(qsizetype(keyed.size()));
        for (const auto &[value, id] : keyed)
            result.ids.append(id);
    }
    return result;
}

QList<qint64> TraceReader::idsAmong(const TraceFilter &filter, const TraceSort &sort,
                                    const QList<qint64> &candidates, QString *error) const
{
    QList<qint64> result;
    if (candidates.isEmpty())
        return result;
    QVariantList parameters;
    const QString where = filter.sqlWhere(&parameters);
    QSqlQuery q(database());
    if (!SqlQuery::run(q,
                       QStringLiteral("SELECT t.id FROM traces t WHERE t.id IN (")
                               + SqliteStatement::integerList(candidates)
                               + QStringLiteral(") AND (") + where + QStringLiteral(") ORDER BY ")
                               + sort.orderBy(),
                       parameters, error))
        return result;
    while (q.next())
        result.append(q.value(0).toLongLong());
    if (!SqlQuery::readToEnd(q, error))
        return {};
    return result;
}

QList<TraceRecord> TraceReader::byIds(const QList<qint64> &ids, bool withPayload,
                                      QString *error) const
{
    QList<TraceRecord> result;
    if (ids.isEmpty())
        return result;
    QString sql = QStringLiteral("SELECT ") + QLatin1String(SummaryColumns);
    if (withPayload)
        sql += QStringLiteral(", ") + QLatin1String(PayloadColumns)
                + QStringLiteral(" FROM traces t LEFT JOIN trace_payloads p ON "
                                 "p.trace_rowid = t.id");
    else
        sql += QStringLiteral(" FROM traces t");
    sql += QStringLiteral(" WHERE t.id IN (") + SqliteStatement::integerList(ids) + u')';
    QSqlQuery q(database());
    if (!SqlQuery::run(q, sql, {}, error))
        return result;
    QHash<qint64, TraceRecord> byId;
    byId.reserve(ids.size());
    while (q.next()) {
        TraceRecord r = summaryFrom(q);
        if (withPayload)
            readPayload(r, q, SummaryColumnCount);
        byId.insert(r.id, std::move(r));
    }
    if (!SqlQuery::readToEnd(q, error))
        return result;
    result.reserve(byId.size());
    for (qint64 id : ids) {
        auto it = byId.find(id);
        if (it != byId.end())
            result.append(std::move(*it));
    }
    return result;
}

QList<TraceRecord> TraceReader::summaries(const QList<qint64> &ids, QString *error) const
{
    return byIds(ids, false, error);
}

QList<TraceRecord> TraceReader::loadMany(const QList<qint64> &ids, QString *error) const
{
    return byIds(ids, true, error);
}

bool TraceReader::forEach(const TraceFilter &filter,
                          const std::function<bool(const TraceRecord &)> &visit,
                          QString *error) const
{
    QVariantList parameters;
    const QString where = filter.sqlWhere(&parameters);
    QSqlQuery q(database());
    if (!SqlQuery::run(q,
                       QStringLiteral("SELECT ") + QLatin1String(SummaryColumns)
                               + QStringLiteral(", ") + QLatin1String(PayloadColumns)
                               + QStringLiteral(" FROM traces t LEFT JOIN trace_payloads p ON "
                                                "p.trace_rowid = t.id WHERE ")
                               + where + QStringLiteral(" ORDER BY t.id"),
                       parameters, error))
        return false;
    while (q.next()) {
        TraceRecord r = summaryFrom(q);
        readPayload(r, q, SummaryColumnCount);
        if (!visit(r))
            return true;
    }
    return SqlQuery::readToEnd(q, error);
}

QStringList TraceReader::distinctValues(const QString &field, int limit, QString *error) const
{
    static const QHash<QString, QString> Columns = {
            {QStringLiteral("model"), QStringLiteral("model")},
            {QStringLiteral("user"), QStringLiteral("user")},
            {QStringLiteral("session"), QStringLiteral("session_id")},
            {QStringLiteral("project"), QStringLiteral("project")},
            {QStringLiteral("endpoint"), QStringLiteral("endpoint")},
    };
    QString sql;
    if (field == QLatin1String("tag")) {
        sql = QStringLiteral("SELECT DISTINCT tag FROM trace_tags ORDER BY tag LIMIT ?");
    } else {
        const QString column = Columns.value(field);
        if (column.isEmpty())
            return {};
        // Indexed columns only: their index answers without reading the table.
        sql = QStringLiteral("SELECT DISTINCT ") + column + QStringLiteral(" FROM traces WHERE ")
                + column + QStringLiteral(" IS NOT NULL AND ") + column
                + QStringLiteral(" != '' ORDER BY 1 LIMIT ?");
    }
    QSqlQuery q(database());
    QStringList values;
    if (!SqlQuery::run(q, sql, {limit}, error))
        return values;
    while (q.next())
        values.append(q.value(0).toString());
    if (!SqlQuery::readToEnd(q, error))
        return {};
    return values;
}
