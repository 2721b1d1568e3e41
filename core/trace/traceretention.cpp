#include "traceretention.h"

#include "sqlitestatement.h"
#include "transactionguard.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <utility>

namespace {

constexpr int Chunk = 5000;

qint64 scalar(QSqlDatabase &db, const QString &sql, const QVariantList &parameters = {})
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (int i = 0; i < parameters.size(); ++i)
        q.bindValue(i, parameters.at(i));
    if (!q.exec() || !q.next() || q.value(0).isNull())
        return -1;
    return q.value(0).toLongLong();
}

// The ids `sql` selects.
QList<qint64> ids(QSqlDatabase &db, const QString &sql, const QVariantList &parameters)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (int i = 0; i < parameters.size(); ++i)
        q.bindValue(i, parameters.at(i));
    QList<qint64> result;
    if (q.exec()) {
        while (q.next())
            result.append(q.value(0).toLongLong());
    }
    return result;
}

// Runs `statements` in one transaction; the rows the last one changed, or -1. The traces row
// goes last in every list: its delete trigger keeps the daily usage rollup in step.
qint64 deleteInOneTransaction(QSqlDatabase &db, const QStringList &statements, QString *error)
{
    TransactionGuard transaction(db);
    if (!transaction.isActive()) {
        *error = db.lastError().text();
        return -1;
    }
    QSqlQuery q(db);
    qint64 deleted = 0;
    for (const QString &sql : statements) {
        if (!q.exec(sql)) {
            *error = q.lastError().text();
            return -1;
        }
        deleted = q.numRowsAffected();
    }
    if (!transaction.commit()) {
        *error = db.lastError().text();
        return -1;
    }
    return deleted;
}

// Every table holding a part of a call, by the column naming the call. The export outbox too:
// a call's id can be taken again by a later call once it is gone, and a row left behind would
// send that call to a destination whose filter never chose it.
const std::pair<const char *, const char *> CallTables[] = {{"traces_fts", "rowid"},
                                                            {"trace_tags", "trace_rowid"},
                                                            {"trace_payloads", "trace_rowid"},
                                                            {"export_outbox", "trace_rowid"},
                                                            {"traces", "id"}};

} // namespace

qint64 TraceRetention::usedBytes(QSqlDatabase &db)
{
    const qint64 pages = scalar(db, QStringLiteral("PRAGMA page_count"));
    const qint64 free = scalar(db, QStringLiteral("PRAGMA freelist_count"));
    const qint64 size = scalar(db, QStringLiteral("PRAGMA page_size"));
    return (pages - free) * size;
}

qint64 TraceRetention::deleteCalls(QSqlDatabase &db, const QList<qint64> &ids, QString *error)
{
    if (ids.isEmpty())
        return 0;
    // One IN list per table: a few statements for thousands of calls.
    const QString list = SqliteStatement::integerList(ids);
    QStringList statements;
    for (const auto &[table, column] : CallTables) {
        statements.append(QStringLiteral("DELETE FROM %1 WHERE %2 IN (%3)")
                                  .arg(QLatin1String(table), QLatin1String(column), list));
    }
    return deleteInOneTransaction(db, statements, error);
}

qint64 TraceRetention::deleteAll(QSqlDatabase &db, QString *error)
{
    QStringList statements;
    for (const auto &[table, column] : CallTables)
        statements.append(QStringLiteral("DELETE FROM ") + QLatin1String(table));
    return deleteInOneTransaction(db, statements, error);
}

TraceRetention::Result TraceRetention::apply(QSqlDatabase &db, qint64 nowUnixNs,
                                             QString *error) const
{
    Result result;
    if (maxAgeDays > 0) {
        const qint64 cutoff = nowUnixNs - qint64(maxAgeDays) * 86'400'000'000'000LL;
        // By start time, not by id: ids follow the order calls were stored in, and an
        // imported call or a clock set back stores an old call after newer ones.
        for (;;) {
            const QList<qint64> old =
                    ids(db, QStringLiteral("SELECT id FROM traces WHERE start_ns < ? LIMIT ?"),
                        {cutoff, Chunk});
            if (old.isEmpty())
                break;
            const qint64 n = deleteCalls(db, old, error);
            if (n <= 0)
                return result;
            result.deletedByAge += n;
        }
    }
    if (maxBytes > 0) {
        // Small steps (2% of the calls, at least 50): stop close to the limit, not far below.
        const qint64 step = std::max<qint64>(
                50, scalar(db, QStringLiteral("SELECT count(*) FROM traces")) / 50);
        while (usedBytes(db) > maxBytes) {
            const QList<qint64> oldest =
                    ids(db, QStringLiteral("SELECT id FROM traces ORDER BY start_ns LIMIT ?"),
                        {std::min<qint64>(step, Chunk)});
            if (oldest.isEmpty())
                break;
            const qint64 n = deleteCalls(db, oldest, error);
            if (n <= 0)
                return result;
            result.deletedBySize += n;
        }
    }
    if (result.deletedByAge + result.deletedBySize > 0) {
        // Give freed pages back to the file system (the store uses incremental auto-vacuum).
        // It frees one page per step: step it to the end.
        QSqlQuery vacuum(db);
        if (vacuum.exec(QStringLiteral("PRAGMA incremental_vacuum"))) {
            while (vacuum.next()) { }
        }
    }
    return result;
}
