#pragma once

#include "exportoutbox.h"
#include "llm/pricetable.h"
#include "tracequeue.h"
#include "traceretention.h"
#include "tracingpolicy.h"

#include <QObject>
#include <QThread>

class TraceWriter;

// Request tracing as the rest of the application sees it: owns the store thread, the queue the
// proxy feeds and the writer draining it into <data folder>/traces.sqlite.
class TraceService : public QObject
{
    Q_OBJECT
public:
    explicit TraceService(QObject *parent = nullptr);
    // Writes what is still queued, then joins the store thread.
    ~TraceService() override;

    // Opens (creating or migrating) the database and starts the store thread.
    bool start(const QString &databasePath, const PriceTable &prices, const TracingPolicy &policy,
               QString *error);
    // Writes everything queued so far and returns when it is committed.
    void flush();
    void stop();

    TraceQueue *queue() { return &m_queue; }
    TraceWriter *writer() const { return m_writer; }
    void setPolicy(const TracingPolicy &policy);
    TracingPolicy policy() const { return m_policy; }
    // Recording on or off for everyone (the policy's `tracing`), kept until changed again.
    void setRecording(bool on);
    bool isRecording() const { return m_writer && m_policy.tracing; }
    void setPrices(const PriceTable &prices);
    void setRetention(const TraceRetention &retention);
    // Deletes calls on the store thread; deleted() follows.
    void deleteCalls(const QList<qint64> &ids);
    // Queues recorded calls for one OTLP destination (the browser's "Send to"); the export
    // thread picks them up like newly recorded ones. queuedForExport() follows.
    void queueForExport(const QList<qint64> &ids, const QString &destination);
    // Deletes every recorded call on the store thread; cleared() follows.
    void deleteAll();
    // OTLP export (OtlpExportService): which destinations later calls are queued for (the
    // export thread hands delivered rows to writer()->removeExported itself).
    void setExportRoutes(const QList<ExportRoute> &routes, const QStringList &known);

    static QString databasePath(const QString &dataDir);
    // The file start() opened; empty before.
    QString databasePath() const { return m_path; }

Q_SIGNALS:
    void recorded(const QList<qint64> &ids);
    void writeFailed(const QString &message);
    void deleted(const QList<qint64> &ids);
    void cleared();
    void queuedForExport(const QString &destination, qint64 count);

private:
    TraceQueue m_queue;
    QThread m_thread;
    TraceWriter *m_writer = nullptr;
    TracingPolicy m_policy;
    QString m_path;
};
