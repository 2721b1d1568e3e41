#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

// Keeps the trace store within the user's limits: calls older than the maximum age go, and
// while the data in use exceeds the maximum size the oldest calls go. Runs on the store thread
// in small transactions, so the writer is never held up for long.
struct TraceRetention
{
    int maxAgeDays = 0; // 0: keep forever
    qint64 maxBytes = 0; // 0: no limit

    struct Result
    {
        qint64 deletedByAge = 0;
        qint64 deletedBySize = 0;
    };

    bool isActive() const { return maxAgeDays > 0 || maxBytes > 0; }

    // `nowUnixNs`: injectable for tests.
    Result apply(QSqlDatabase &db, qint64 nowUnixNs, QString *error) const;

    // Pages in use times page size: what the database would shrink to if vacuumed.
    static qint64 usedBytes(QSqlDatabase &db);
    // Deletes the calls `ids` (all of a call's rows: trace, payload, tags, text, export
    // outbox) in one transaction; returns how many calls went, or -1.
    static qint64 deleteCalls(QSqlDatabase &db, const QList<qint64> &ids, QString *error);
    // Deletes every call.
    static qint64 deleteAll(QSqlDatabase &db, QString *error);
};
