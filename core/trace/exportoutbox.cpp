#include "exportoutbox.h"

#include "sqlitestatement.h"
#include "tracecontext.h"
#include "tracefilter.h"
#include "transactionguard.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <optional>

struct ExportOutbox::Route
{
    ExportRoute route;
    // Filtered routes: which of a batch's calls match, asked of SQL like the trace browser does
    // (the filter language compiles to SQL only).
    std::unique_ptr<SqliteStatement> matching;
    QVariantList parameters;

    // Runs `matching` over the calls with ids first..last; the ids of those it selects.
    std::optional<QSet<qint64>> match(qint64 first, qint64 last, QString *error)
    {
        SqliteStatement &q = *matching;
        q.bindInt(1, first);
        q.bindInt(2, last);
        for (int i = 0; i < parameters.size(); ++i)
            q.bindVariant(i + 3, parameters.at(i));
        QSet<qint64> ids;
        SqliteStatement::Step step;
        while ((step = q.step(error)) == SqliteStatement::Step::Row)
            ids.insert(q.columnInt(0));
        q.reset();
        if (step == SqliteStatement::Step::Error)
            return std::nullopt;
        return ids;
    }
};

ExportOutbox::ExportOutbox() = default;
ExportOutbox::~ExportOutbox() = default;

void ExportOutbox::reset()
{
    m_routes.clear();
    m_insert.reset();
}

bool ExportOutbox::setRoutes(QSqlDatabase db, const QList<ExportRoute> &routes,
                             const QStringList &known, QString *error)
{
    m_routes.clear();
    m_insert.reset();
    sqlite3 *handle = SqliteStatement::handleOf(db);
    if (!handle) {
        *error = QCoreApplication::translate("ExportOutbox", "the trace database is not open");
        return false;
    }
    {
        // Removed destinations, in one statement: their names are few.
        QString placeholders;
        for (qsizetype i = 0; i < known.size(); ++i)
            placeholders += i ? QStringLiteral(", ?") : QStringLiteral("?");
        QSqlQuery q(db);
        q.prepare(QStringLiteral("DELETE FROM export_outbox WHERE destination NOT IN (")
                  + placeholders + u')');
        for (qsizetype i = 0; i < known.size(); ++i)
            q.bindValue(int(i), known.at(i));
        if (!q.exec()) {
            *error = q.lastError().text();
            return false;
        }
    }
    auto insert = std::make_unique<SqliteStatement>();
    if (!insert->prepare(handle,
                         "INSERT INTO export_outbox (destination, trace_rowid) VALUES (?, ?)",
                         error))
        return false;
    // Built aside: a route that fails to prepare leaves the outbox without any, not half.
    std::vector<std::unique_ptr<Route>> prepared;
    for (const ExportRoute &r : routes) {
        auto route = std::make_unique<Route>();
        route->route = r;
        const std::optional<TraceFilter> filter = TraceFilter::parse(r.filter, error);
        if (!filter)
            return false;
        if (!filter->isEmpty()) {
            const QString where = filter->sqlWhere(&route->parameters);
            const QByteArray sql =
                    (QStringLiteral("SELECT t.id FROM traces t WHERE t.id BETWEEN ? AND ? AND (")
                     + where + u')')
                            .toUtf8();
            route->matching = std::make_unique<SqliteStatement>();
            if (!route->matching->prepare(handle, sql.constData(), error))
                return false;
            // Run once over no calls: what fails only when run (a full-text query the index
            // refuses) is refused now, with the settings, rather than at every batch.
            if (!route->match(1, 0, error))
                return false;
        }
        prepared.push_back(std::move(route));
    }
    m_routes = std::move(prepared);
    m_insert = std::move(insert);
    return true;
}

void ExportOutbox::enqueue(std::span<const TraceRecord> records)
{
    if (m_routes.empty() || records.empty())
        return;
    qint64 first = records.front().id;
    qint64 last = first;
    for (const TraceRecord &r : records) {
        first = std::min(first, r.id);
        last = std::max(last, r.id);
    }
    for (const std::unique_ptr<Route> &route : m_routes) {
        QSet<qint64> matching;
        if (route->matching) {
            QString error;
            std::optional<QSet<qint64>> ids = route->match(first, last, &error);
            if (!ids) {
                // This destination misses the batch; the calls are recorded all the same.
                qWarning("tokentap: the export filter of %s failed: %s",
                         qUtf8Printable(route->route.destination), qUtf8Printable(error));
                continue;
            }
            matching = std::move(*ids);
        }
        const QByteArray destination = route->route.destination.toUtf8();
        for (const TraceRecord &r : records) {
            if (route->matching && !matching.contains(r.id))
                continue;
            if (!sampled(r.traceId, route->route.samplingRate))
                continue;
            m_insert->bindText(1, destination);
            m_insert->bindInt(2, r.id);
            QString error;
            if (!m_insert->run(&error))
                qWarning("tokentap: a call could not be queued for export: %s",
                         qUtf8Printable(error));
        }
    }
}

qint64 ExportOutbox::enqueueCalls(QSqlDatabase db, const QString &destination,
                                  const QList<qint64> &traceIds, QString *error)
{
    TransactionGuard transaction(db);
    QSqlQuery q(db);
    // Oldest first, as calls are queued when recorded: a backfill arrives in order.
    if (!q.prepare(QStringLiteral("INSERT INTO export_outbox (destination, trace_rowid) "
                                  "SELECT ?, id FROM traces WHERE id = ?"))) {
        *error = q.lastError().text();
        return -1;
    }
    QList<qint64> ids = traceIds;
    std::sort(ids.begin(), ids.end());
    qint64 queued = 0;
    for (qint64 id : std::as_const(ids)) {
        q.bindValue(0, destination);
        q.bindValue(1, id);
        if (!q.exec()) {
            *error = q.lastError().text();
            return -1;
        }
        queued += q.numRowsAffected();
    }
    if (!transaction.commit()) {
        *error = db.lastError().text();
        return -1;
    }
    return queued;
}

bool ExportOutbox::remove(QSqlDatabase db, const QList<qint64> &outboxIds, QString *error)
{
    if (outboxIds.isEmpty())
        return true;
    TransactionGuard transaction(db);
    QSqlQuery q(db);
    if (!q.prepare(QStringLiteral("DELETE FROM export_outbox WHERE id = ?"))) {
        *error = q.lastError().text();
        return false;
    }
    for (qint64 id : outboxIds) {
        q.bindValue(0, id);
        if (!q.exec()) {
            *error = q.lastError().text();
            return false;
        }
    }
    if (!transaction.commit()) {
        *error = db.lastError().text();
        return false;
    }
    return true;
}

QList<ExportOutbox::Entry> ExportOutbox::pending(QSqlDatabase db, const QString &destination,
                                                 qint64 afterId, int limit, QString *error)
{
    QList<Entry> entries;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT id, trace_rowid FROM export_outbox WHERE destination = "
                                  "? AND id > ? ORDER BY id LIMIT ?"))) {
        *error = q.lastError().text();
        return entries;
    }
    q.bindValue(0, destination);
    q.bindValue(1, afterId);
    q.bindValue(2, limit);
    if (!q.exec()) {
        *error = q.lastError().text();
        return entries;
    }
    while (q.next())
        entries.append({q.value(0).toLongLong(), q.value(1).toLongLong()});
    return entries;
}

qint64 ExportOutbox::count(QSqlDatabase db, const QString &destination, qint64 afterId,
                           QString *error)
{
    QSqlQuery q(db);
    if (!q.prepare(QStringLiteral(
                "SELECT count(*) FROM export_outbox WHERE destination = ? AND id > ?"))) {
        *error = q.lastError().text();
        return -1;
    }
    q.bindValue(0, destination);
    q.bindValue(1, afterId);
    if (!q.exec() || !q.next()) {
        *error = q.lastError().text();
        return -1;
    }
    return q.value(0).toLongLong();
}

bool ExportOutbox::sampled(const QByteArray &traceId, double rate)
{
    if (rate >= 1)
        return true;
    if (rate <= 0)
        return false;
    TraceContext context;
    context.traceId = traceId;
    // The trace id's last 8 bytes, random in W3C ids, as a fraction of 2^64 (what OpenTelemetry
    // samplers compare a ratio with).
    const QByteArray bytes = QByteArray::fromHex(context.w3cTraceId().right(16));
    quint64 value = 0;
    for (char c : bytes)
        value = (value << 8) | quint8(c);
    return double(value) / 18446744073709551616.0 < rate;
}
