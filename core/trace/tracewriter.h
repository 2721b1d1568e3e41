#pragma once

#include "capturedcall.h"
#include "tracerecordbuilder.h"
#include "traceretention.h"
#include "tracestore.h"

#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <deque>
#include <functional>
#include <memory>

class QTimer;
class TraceQueue;

// The store thread's worker: drains the trace queue every few milliseconds, builds records and
// writes them in one transaction per batch. A failed write (disk full, database locked) keeps
// the batch for the next attempt, bounded; the proxy never waits for any of it.
class TraceWriter : public QObject
{
    Q_OBJECT
public:
    struct Counters
    {
        std::atomic<quint64> written {0};
        std::atomic<quint64> skippedByPolicy {0};
        std::atomic<quint64> lost {0}; // dropped after repeated write failures
        std::atomic<quint64> failedWrites {0};
        // CPU-side cost, for the ingest benchmark: building records (summed over the pool's
        // threads) and writing them (the writer thread).
        std::atomic<quint64> buildNs {0};
        std::atomic<quint64> writeNs {0};
    };

    TraceWriter(TraceQueue *queue, QString databasePath, PriceTable prices, TracingPolicy policy,
                QObject *parent = nullptr);
    ~TraceWriter() override;

    // On the store thread. Opens the store; false with a message when it cannot.
    Q_INVOKABLE bool open(QString *error);
    // Called by the queue's wake-up, from any thread: drains after a short gathering delay.
    void scheduleDrain();
    // Writes everything queued now; on the store thread.
    Q_INVOKABLE void drainNow();
    Q_INVOKABLE void setPolicy(const TracingPolicy &policy);
    Q_INVOKABLE void setPrices(const PriceTable &prices);
    // Applied now and then every RetentionIntervalMs.
    Q_INVOKABLE void setRetention(const TraceRetention &retention);
    Q_INVOKABLE TraceRetention::Result applyRetention();
    // Deletes calls the user chose (pending records are written first, so none escapes).
    Q_INVOKABLE void deleteCalls(const QList<qint64> &ids);
    // Deletes every recorded call ("Delete all traces"); cleared() follows.
    Q_INVOKABLE void deleteAll();
    // OTLP export: the destinations calls are queued for from the next batch on, in the batch's
    // transaction (ExportOutbox), and the queued rows the exporter is done with.
    Q_INVOKABLE void setExportRoutes(const QList<ExportRoute> &routes, const QStringList &known);
    Q_INVOKABLE void removeExported(const QList<qint64> &outboxIds);
    // Queues these calls for one destination ("Send to destination"); queuedForExport() follows.
    Q_INVOKABLE void queueForExport(const QList<qint64> &ids, const QString &destination);

    const Counters &counters() const { return m_counters; }
    // The writer connection; only on the store thread.
    QSqlDatabase database() const { return m_store ? m_store->database() : QSqlDatabase(); }
    qsizetype pendingRecords() const { return m_pending.size(); }
    qint64 pendingBytes() const { return m_pendingBytes; }
    // How much the records kept while writes fail may hold (MaxPendingBytes); for tests.
    void setMaxPendingBytes(qint64 bytes) { m_maxPendingBytes = bytes; }
    // Injectable clock for policy expiry.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    static constexpr int GatherMs = 5;
    static constexpr int MaxBatch = 1000;
    static constexpr int MaxDrain = 4 * MaxBatch;
    static constexpr int BuildAhead = 4; // chunks of MaxBatch being built while one is written
    static constexpr qsizetype MaxPendingRecords = 100'000;
    // The same bound as the queue's: while the store cannot be written (a full disk, a lock
    // held elsewhere), calls with large bodies must not pile up in memory without end.
    static constexpr qint64 MaxPendingBytes = 256LL * 1024 * 1024;
    static constexpr int RetentionIntervalMs = 10 * 60 * 1000;
    static constexpr int RetryMs = 1000; // after a failed write
    static constexpr int BackgroundNice = 10;
    static constexpr int DeleteChunk = 2000; // calls deleted per transaction
    // Lowers the calling thread's scheduling priority to BackgroundNice, once per thread.
    static void yieldToProxy();

Q_SIGNALS:
    // Ids of the rows just committed, oldest first (for live views).
    void recorded(const QList<qint64> &ids);
    void writeFailed(const QString &message);
    void deleted(const QList<qint64> &ids);
    void cleared();
    void queuedForExport(const QString &destination, qint64 count);

private:
    class BuildJob;
    friend class BuildJob;
    void drain();
    void onWake(); // the eventfd became readable: start gathering
    // The next chunk of the queue, being built on the pool; null when the queue is empty.
    std::unique_ptr<BuildJob> startBuilding();
    // Waits for the job and moves its records to m_pending.
    void collect(BuildJob &job);
    void finishBuilding(); // collects m_building
    bool writePending();
    void keepPendingBounded();

    TraceQueue *m_queue;
    QString m_databasePath;
    TraceRecordBuilder m_builder;
    std::unique_ptr<TraceStore> m_store;
    QTimer *m_timer = nullptr;
    QTimer *m_retryTimer = nullptr;
    bool m_writeFailing = false;
    QThreadPool m_pool; // builds records; its threads run at background priority too
    QList<TraceRecord> m_pending; // built, not yet committed
    qint64 m_pendingBytes = 0; // TraceRecord::approximateBytes() of m_pending
    qint64 m_maxPendingBytes = MaxPendingBytes;
    Counters m_counters;
    std::function<QDateTime()> m_clock;
    std::atomic<bool> m_drainScheduled {false};
    int m_wakeFd = -1; // eventfd written by scheduleDrain() from the network thread
    class QSocketNotifier *m_wakeNotifier = nullptr;
    TraceRetention m_retention;
    QTimer *m_retentionTimer = nullptr;
    // Last: destroyed (waiting for the pool) before what the job reads.
    std::deque<std::unique_ptr<BuildJob>> m_building; // oldest first
};
