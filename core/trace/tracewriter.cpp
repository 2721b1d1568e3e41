#include "tracewriter.h"

#include "tracequeue.h"

#include <QDateTime>
#include <QThread>
#include <QTimer>

TraceWriter::TraceWriter(TraceQueue *queue, QString databasePath, PriceTable prices,
                         TracingPolicy policy, QObject *parent)
    : QObject(parent)
    , m_queue(queue)
    , m_databasePath(std::move(databasePath))
    , m_builder(std::move(prices), std::move(policy))
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{ }

TraceWriter::~TraceWriter() = default;

bool TraceWriter::open(QString *error)
{
    // Unique per writer: tests run several stores in one process.
    const QString connection =
            QStringLiteral("tokentap-writer-%1").arg(reinterpret_cast<quintptr>(this), 0, 16);
    m_store = std::make_unique<TraceStore>(m_databasePath, connection);
    if (!m_store->open(error)) {
        m_store.reset();
        return false;
    }
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    m_timer->setInterval(GatherMs);
    connect(m_timer, &QTimer::timeout, this, &TraceWriter::drain);
    m_retentionTimer = new QTimer(this);
    m_retentionTimer->setInterval(RetentionIntervalMs);
    connect(m_retentionTimer, &QTimer::timeout, this, &TraceWriter::applyRetention);
    m_retentionTimer->start();
    applyRetention();
    return true;
}

void TraceWriter::setRetention(const TraceRetention &retention)
{
    m_retention = retention;
    applyRetention();
}

TraceRetention::Result TraceWriter::applyRetention()
{
    if (!m_store || !m_retention.isActive())
        return {};
    QSqlDatabase db = m_store->database();
    QString error;
    const qint64 now = QDateTime::currentMSecsSinceEpoch() * 1'000'000;
    const TraceRetention::Result result = m_retention.apply(db, now, &error);
    if (!error.isEmpty())
        Q_EMIT writeFailed(error);
    return result;
}

void TraceWriter::scheduleDrain()
{
    if (m_drainScheduled.exchange(true))
        return;
    QMetaObject::invokeMethod(
            this,
            [this] {
                if (m_timer && !m_timer->isActive())
                    m_timer->start();
            },
            Qt::QueuedConnection);
}

void TraceWriter::drainNow()
{
    drain();
}

void TraceWriter::setPolicy(const TracingPolicy &policy)
{
    m_builder.setPolicy(policy);
}

void TraceWriter::setPrices(const PriceTable &prices)
{
    m_builder.setPrices(prices);
}

void TraceWriter::drain()
{
    // Cleared before taking, so a call queued while we write schedules the next drain.
    m_drainScheduled = false;
    const QList<CapturedCall> calls = m_queue->takeAll();
    const QDateTime now = m_clock();
    for (const CapturedCall &call : calls) {
        if (std::optional<TraceRecord> record = m_builder.build(call, now))
            m_pending.append(std::move(*record));
        else
            m_counters.skippedByPolicy.fetch_add(1, std::memory_order_relaxed);
    }
    while (!m_pending.isEmpty()) {
        if (!writePending())
            break;
    }
}

bool TraceWriter::writePending()
{
    if (!m_store)
        return false;
    QList<TraceRecord> batch = m_pending.mid(0, MaxBatch);
    QString error;
    if (!m_store->insert(batch, &error)) {
        m_counters.failedWrites.fetch_add(1, std::memory_order_relaxed);
        // Keep the records for the next attempt, but never without bound.
        if (m_pending.size() > MaxPendingRecords) {
            const qsizetype excess = m_pending.size() - MaxPendingRecords;
            m_pending.remove(0, excess);
            m_counters.lost.fetch_add(quint64(excess), std::memory_order_relaxed);
        }
        if (m_timer)
            QTimer::singleShot(1000, this, &TraceWriter::drain);
        Q_EMIT writeFailed(error);
        return false;
    }
    m_pending.remove(0, batch.size());
    m_counters.written.fetch_add(quint64(batch.size()), std::memory_order_relaxed);
    QList<qint64> ids;
    ids.reserve(batch.size());
    for (const TraceRecord &r : std::as_const(batch))
        ids.append(r.id);
    Q_EMIT recorded(ids);
    return true;
}
