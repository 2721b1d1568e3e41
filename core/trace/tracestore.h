#pragma once

#include "exportoutbox.h"
#include "tracerecord.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <memory>

class WalCheckpointer;
#include <span>

// The trace database's single writer (PRODUCT.md §1: <data folder>/traces.sqlite, WAL). Lives
// on the store thread: a QSqlDatabase connection belongs to the thread that opened it.
class TraceStore
{
public:
    // `connectionName` must be unique per thread and store.
    TraceStore(const QString &path, const QString &connectionName);
    ~TraceStore();
    TraceStore(const TraceStore &) = delete;
    TraceStore &operator=(const TraceStore &) = delete;

    // Creates the file (mode 0600) if needed, switches to WAL and migrates the schema.
    bool open(QString *error);
    bool isOpen() const;
    QString path() const { return m_path; }

    // Writes the batch in one transaction and sets each record's id; all or nothing.
    bool insert(std::span<TraceRecord> records, QString *error);
    bool insert(QList<TraceRecord> &records, QString *error)
    {
        return insert(std::span<TraceRecord>(records.data(), size_t(records.size())), error);
    }
    // Deletes these calls (row, payload, tags, search words) in one transaction; returns how
    // many rows went, or -1.
    qint64 remove(const QList<qint64> &ids, QString *error);

    // Which destinations the calls of later batches are queued for, in the same transaction
    // (ExportOutbox); the rows of destinations no longer `known` are deleted.
    bool setExportRoutes(const QList<ExportRoute> &routes, const QStringList &known,
                         QString *error);
    // Deletes outbox rows the exporter is done with.
    bool removeExported(const QList<qint64> &outboxIds, QString *error);

    // Bodies larger than this are stored compressed (see BodyCompression).
    static constexpr qsizetype CompressAbove = 1024;

    QSqlDatabase database() const;
    // The thread copying the log into the database file; null if it could not start.
    const WalCheckpointer *checkpointer() const { return m_checkpointer.get(); }

private:
    bool prepare(QString *error);
    // Adds the batch to the quarter-hour × model rollup (usage_quarter), one row per pair.
    bool addToUsageRollup(std::span<const TraceRecord> records, QString *error);

    QString m_path;
    QString m_connectionName;
    struct Statements;
    std::unique_ptr<Statements> m_statements;
    ExportOutbox m_outbox;
    std::unique_ptr<WalCheckpointer> m_checkpointer;
};
