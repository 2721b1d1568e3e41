#include "traceretention.h"

#include "transactionguard.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

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

} // namespace

qint64 TraceRetention::usedBytes(QSqlDatabase &db)
{
    const qint64 pages = scalar(db, QStringLiteral("PRAGMA page_count"));
    const qint64 free = scalar(db, QStringLiteral("PRAGMA freelist_count"));
    const qint64 size = scalar(db, QStringLiteral("PRAGMA page_size"));
    return (pages - free) * size;
}

qint64 TraceRetention::deleteUpTo(QSqlDatabase &db, qint64 lastId, QString *error)
{
    TransactionGuard transaction(db);
    QSqlQuery q(db);
    qint64 deleted = 0;
    for (const char *sql : {"DELETE FROM traces_fts WHERE rowid <= ?",
                            "DELETE FROM trace_tags WHERE trace_rowid <= ?",
                            "DELETE FROM trace_payloads WHERE trace_rowid <= ?",
                            "DELETE FROM traces WHERE id <= ?"}) {
        q.prepare(QLatin1String(sql));
        q.bindValue(0, lastId);
        if (!q.exec()) {
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

TraceRetention::Result TraceRetention::apply(QSqlDatabase &db, qint64 nowUnixNs,
                                             QString *error) const
{
    Result result;
    if (maxAgeDays > 0) {
        const qint64 cutoff = nowUnixNs - qint64(maxAgeDays) * 86'400'000'000'000LL;
        // Ids grow with time, so "everything up to the newest old call" is a prefix.
        for (;;) {
            const qint64 newestOld = scalar(
                    db,
                    QStringLiteral("SELECT max(id) FROM (SELECT id FROM traces WHERE start_ns < ? "
                                   "ORDER BY id LIMIT ?)"),
                    {cutoff, Chunk});
            if (newestOld <= 0)
                break;
            const qint64 n = deleteUpTo(db, newestOld, error);
            if (n < 0)
                return result;
            result.deletedByAge += n;
        }
    }
    if (maxBytes > 0) {
        // Small steps (2% of the calls, at least 50): stop close to the limit, not far below.
        const qint64 step = std::max<qint64>(
                50, scalar(db, QStringLiteral("SELECT count(*) FROM traces")) / 50);
        while (usedBytes(db) > maxBytes) {
            const qint64 upTo =
                    scalar(db,
                           QStringLiteral("SELECT max(id) FROM (SELECT id FROM traces ORDER BY id "
                                          "LIMIT ?)"),
                           {std::min<qint64>(step, Chunk)});
            if (upTo <= 0)
                break;
            const qint64 n = deleteUpTo(db, upTo, error);
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
