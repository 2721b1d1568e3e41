#pragma once

#include "tracerecord.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>
#include <span>
#include <vector>

// Which recorded calls an export destination receives: its filter (the trace browser's
// language) and sampling rate. A value handed to the store thread.
struct ExportRoute
{
    QString destination; // OtlpDestination::id
    QString filter;
    double samplingRate = 1.0;

    friend bool operator==(const ExportRoute &, const ExportRoute &) = default;
};

// The durable queue of spans to export, table export_outbox in traces.sqlite: one row per call
// and destination, written by the store's writer in the same transaction as the call itself,
// so a call is either recorded and queued for every destination or neither, and a queued span
// survives a collector outage, a crash and a restart. The exporter reads rows through its own
// read-only connection and hands the ids it is done with back to the writer, which deletes
// them: the writer stays the database's only writer.
class ExportOutbox
{
public:
    ExportOutbox();
    ~ExportOutbox();
    ExportOutbox(const ExportOutbox &) = delete;
    ExportOutbox &operator=(const ExportOutbox &) = delete;

    // Store side, on the writer's connection. Prepares the routes' statements and deletes the
    // rows of destinations that are not `known` any more (removed by the user): their spans
    // have nowhere to go. A destination that is known but has no route (disabled) keeps its
    // rows for when it is enabled again.
    bool setRoutes(QSqlDatabase db, const QList<ExportRoute> &routes, const QStringList &known,
                   QString *error);
    bool isActive() const { return !m_routes.empty(); }
    // Finalizes the statements: before the connection closes.
    void reset();
    // Within the caller's transaction: rows for `records`, already inserted (ids set) with
    // their full-text rows. A destination whose filter fails misses the batch (said in the log);
    // it never keeps the calls from being recorded.
    void enqueue(std::span<const TraceRecord> records);
    // Rows for calls the user chose to send ("Send to destination"), whatever the routes say;
    // ids of calls no longer in the store are skipped. Its own transaction; the number queued.
    static qint64 enqueueCalls(QSqlDatabase db, const QString &destination,
                               const QList<qint64> &traceIds, QString *error);
    // Rows the exporter is done with (delivered or dropped); its own transaction.
    bool remove(QSqlDatabase db, const QList<qint64> &outboxIds, QString *error);

    // Reader side, on any connection.
    struct Entry
    {
        qint64 id = 0;
        qint64 traceRowId = 0;
    };
    static QList<Entry> pending(QSqlDatabase db, const QString &destination, qint64 afterId,
                                int limit, QString *error);
    static qint64 count(QSqlDatabase db, const QString &destination, qint64 afterId,
                        QString *error);
    // Whether a call of this trace is exported at `rate`: decided by the trace id, so that a
    // trace is sent whole or not at all, and the same way after a restart.
    static bool sampled(const QByteArray &traceId, double rate);

private:
    struct Route;
    std::vector<std::unique_ptr<Route>> m_routes;
    std::unique_ptr<class SqliteStatement> m_insert;
};
