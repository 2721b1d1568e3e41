#include "tracewriter.h"

#include "common/cpuplacement.h"
#include "exportoutbox.h"
#include "tracequeue.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QSocketNotifier>
#include <QThread>
#include <QThreadPool>
#include <QTimer>

#include <cerrno>
#include <condition_variable>
#include <cstring>
#include <limits>
#include <mutex>
#include <sched.h>
#include <sys/eventfd.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

// Building records (parsing, pricing, compressing) is independent per call and runs on the
// writer's thread pool, BuildAhead chunks ahead of the writer: while chunk k is being inserted,
// the next ones are being built, so the writer thread does little but write.
class TraceWriter::BuildJob
{
public:
    BuildJob(QThreadPool &pool, const TraceRecordBuilder &builder, QList<CapturedCall> calls,
             QDateTime now, std::atomic<quint64> &buildNs)
        : m_calls(std::move(calls))
        , m_results(m_calls.size())
    {
        // Parts of ~128 calls, taken by whichever pool thread is free: threads sharing their
        // cores with the writer finish later than the others.
        const qsizetype parts = std::clamp<qsizetype>(m_calls.size() / 128, 1, 16);
        {
            // Each part starts by taking this lock: the calls handed over here are then ordered
            // before its reads for ThreadSanitizer too, which cannot see QThreadPool's hand-over.
            std::lock_guard lock(m_mutex);
            m_remaining = int(parts);
        }
        for (qsizetype p = 0; p < parts; ++p) {
            const qsizetype from = m_calls.size() * p / parts;
            const qsizetype to = m_calls.size() * (p + 1) / parts;
            pool.start([this, &builder, from, to, now, &buildNs] {
                {
                    std::lock_guard handedOver(m_mutex);
                }
                TraceWriter::yieldToProxy();
                QElapsedTimer timer;
                timer.start();
                for (qsizetype i = from; i < to; ++i)
                    m_results[i] = builder.build(m_calls.at(i), now);
                buildNs.fetch_add(quint64(timer.nsecsElapsed()), std::memory_order_relaxed);
                partDone();
            });
        }
    }
    ~BuildJob() { waitForAll(); }
    // Waits for every part; the records in call order (nothing where the policy said no).
    std::vector<std::optional<TraceRecord>> &results()
    {
        waitForAll();
        return m_results;
    }

private:
    void partDone()
    {
        std::lock_guard lock(m_mutex);
        --m_remaining;
        m_allDone.notify_all();
    }
    void waitForAll()
    {
        std::unique_lock lock(m_mutex);
        m_allDone.wait(lock, [this] { return m_remaining == 0; });
    }

    QList<CapturedCall> m_calls;
    std::vector<std::optional<TraceRecord>> m_results;
    // std primitives rather than QSemaphore: ThreadSanitizer sees their ordering.
    std::mutex m_mutex;
    std::condition_variable m_allDone;
    int m_remaining = 0;
};

TraceWriter::TraceWriter(TraceQueue *queue, QString databasePath, PriceTable prices,
                         TracingPolicy policy, QObject *parent)
    : QObject(parent)
    , m_queue(queue)
    , m_databasePath(std::move(databasePath))
    , m_builder(std::move(prices), std::move(policy))
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{ }

TraceWriter::~TraceWriter()
{
    delete m_wakeNotifier;
    if (m_wakeFd >= 0)
        ::close(m_wakeFd);
    m_wakeFd = -1;
    // Whatever could not be written by now is lost: say so in the counters.
    finishBuilding();
    m_counters.lost.fetch_add(quint64(m_pending.size()), std::memory_order_relaxed);
}

void TraceWriter::yieldToProxy()
{
    // Recording is background work: under CPU contention the proxy's network thread must win,
    // and the queue absorbs the backlog until a core is free again. SCHED_IDLE runs the thread
    // only on otherwise idle CPU time and lets any normal thread preempt it at once on wake-up;
    // a nice value alone still costs the proxy its wake-up latency.
    thread_local bool done = false;
    if (!done) {
        sched_param param = {};
        if (::sched_setscheduler(0, SCHED_IDLE, &param) != 0)
            ::setpriority(PRIO_PROCESS, pid_t(::syscall(SYS_gettid)), BackgroundNice);
        done = true;
    }
    // And off the network thread's core while calls are proxied: idle priority decides who
    // runs, not whose data the core's caches hold when the network thread wakes.
    CpuPlacement::placeBackgroundThread();
}

bool TraceWriter::open(QString *error)
{
    yieldToProxy();
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
    m_wakeFd = ::eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
    if (m_wakeFd < 0) {
        *error = QCoreApplication::translate("TraceWriter", "cannot create the store's wake-up: %1")
                         .arg(QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    m_wakeNotifier = new QSocketNotifier(qintptr(m_wakeFd), QSocketNotifier::Read, this);
    connect(m_wakeNotifier, &QSocketNotifier::activated, this, &TraceWriter::onWake);
    m_retryTimer = new QTimer(this);
    m_retryTimer->setSingleShot(true);
    m_retryTimer->setInterval(RetryMs);
    connect(m_retryTimer, &QTimer::timeout, this, &TraceWriter::drain);
    m_retentionTimer = new QTimer(this);
    m_retentionTimer->setInterval(RetentionIntervalMs);
    connect(m_retentionTimer, &QTimer::timeout, this, &TraceWriter::applyRetention);
    m_retentionTimer->start();
    applyRetention();
    return true;
}

void TraceWriter::deleteCalls(const QList<qint64> &ids)
{
    drainNow();
    if (!m_store || ids.isEmpty())
        return;
    // A chunk per turn of the store thread's loop: recording goes on between chunks however
    // many calls the user deletes.
    const QList<qint64> chunk = ids.mid(0, DeleteChunk);
    QString error;
    if (m_store->remove(chunk, &error) < 0) {
        Q_EMIT writeFailed(error);
        return;
    }
    Q_EMIT deleted(chunk);
    if (ids.size() > DeleteChunk) {
        QMetaObject::invokeMethod(
                this, [this, rest = ids.mid(DeleteChunk)] { deleteCalls(rest); },
                Qt::QueuedConnection);
    }
}

void TraceWriter::deleteAll()
{
    drainNow();
    if (!m_store)
        return;
    QSqlDatabase db = m_store->database();
    QString error;
    if (TraceRetention::deleteAll(db, &error) < 0) {
        Q_EMIT writeFailed(error);
        return;
    }
    Q_EMIT cleared();
}

void TraceWriter::queueForExport(const QList<qint64> &ids, const QString &destination)
{
    drainNow();
    if (!m_store)
        return;
    QString error;
    const qint64 queued = ExportOutbox::enqueueCalls(m_store->database(), destination, ids, &error);
    if (queued < 0) {
        Q_EMIT writeFailed(error);
        return;
    }
    Q_EMIT queuedForExport(destination, queued);
}

void TraceWriter::setExportRoutes(const QList<ExportRoute> &routes, const QStringList &known)
{
    // Records built but not written yet are queued by the routes in force when they are.
    QString error;
    if (m_store && !m_store->setExportRoutes(routes, known, &error))
        Q_EMIT writeFailed(error);
}

void TraceWriter::removeExported(const QList<qint64> &outboxIds)
{
    QString error;
    if (m_store && !m_store->removeExported(outboxIds, &error))
        Q_EMIT writeFailed(error);
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
    // An eventfd, not a posted event: posting takes the store thread's event-queue mutex, and
    // the store thread runs at idle priority — preempted while holding it by the busy threads of
    // a saturated machine, it kept the network thread waiting for tens of milliseconds. The
    // kernel's wake-up holds no lock the store thread can keep.
    const quint64 one = 1;
    if (m_wakeFd >= 0) {
        [[maybe_unused]] const ssize_t written = ::write(m_wakeFd, &one, sizeof one);
    }
}

void TraceWriter::onWake()
{
    quint64 count = 0;
    [[maybe_unused]] const ssize_t read = ::read(m_wakeFd, &count, sizeof count);
    if (m_timer && !m_timer->isActive())
        m_timer->start();
}

void TraceWriter::drainNow()
{
    // Until everything queued is written, or a write fails (then the records are kept, bounded,
    // for the retry timer; a flush must not wait out a locked database again and again).
    do {
        drain();
    } while ((m_queue->size() > 0 || !m_building.empty()) && !m_writeFailing);
}

void TraceWriter::setPolicy(const TracingPolicy &policy)
{
    finishBuilding(); // the pool reads the builder
    m_builder.setPolicy(policy);
}

void TraceWriter::setPrices(const PriceTable &prices)
{
    finishBuilding();
    m_builder.setPrices(prices);
}

std::unique_ptr<TraceWriter::BuildJob> TraceWriter::startBuilding()
{
    QList<CapturedCall> calls = m_queue->take(MaxBatch);
    if (calls.isEmpty())
        return nullptr;
    return std::make_unique<BuildJob>(m_pool, m_builder, std::move(calls), m_clock(),
                                      m_counters.buildNs);
}

void TraceWriter::collect(BuildJob &job)
{
    for (std::optional<TraceRecord> &record : job.results()) {
        if (record) {
            m_pendingBytes += record->approximateBytes();
            m_pending.append(std::move(*record));
        } else
            m_counters.skippedByPolicy.fetch_add(1, std::memory_order_relaxed);
    }
}

void TraceWriter::finishBuilding()
{
    // Oldest first: records keep the order the calls were queued in.
    for (const std::unique_ptr<BuildJob> &job : m_building)
        collect(*job);
    m_building.clear();
}

void TraceWriter::drain()
{
    // Cleared before taking, so a call queued while we write schedules the next drain.
    m_drainScheduled = false;
    // Records kept from a failed write go first. After one failure in this pass, the rest is
    // only built and kept: the retry timer tries again, once a second, not once a batch.
    bool failing = false;
    auto writeAll = [&] {
        while (!failing && !m_pending.isEmpty())
            failing = !writePending();
    };
    writeAll();
    // A pipeline: while one chunk is written, the next ones are built on the pool, BuildAhead
    // chunks deep so that the pool has work for as long as the write of one chunk takes. The
    // chunks being built when this turn ends go on building while the event loop runs other
    // requests: under a sustained load the cores are never idle between turns.
    auto topUp = [this] {
        while (m_building.size() < size_t(BuildAhead)) {
            std::unique_ptr<BuildJob> job = startBuilding();
            if (!job)
                break;
            m_building.push_back(std::move(job));
        }
    };
    topUp();
    for (int chunk = 0; !m_building.empty() && chunk < MaxDrain / MaxBatch; ++chunk) {
        const std::unique_ptr<BuildJob> current = std::move(m_building.front());
        m_building.pop_front();
        topUp();
        collect(*current);
        writeAll();
        keepPendingBounded();
    }
    m_writeFailing = failing;
    if ((!m_building.empty() || m_queue->size() > 0) && m_timer && !failing)
        QMetaObject::invokeMethod(this, &TraceWriter::drain, Qt::QueuedConnection);
}

void TraceWriter::keepPendingBounded()
{
    // Records kept for the next attempt, but never without bound: the oldest go, counted.
    qsizetype excess = 0;
    while (excess < m_pending.size()
           && (m_pending.size() - excess > MaxPendingRecords
               || m_pendingBytes > m_maxPendingBytes)) {
        m_pendingBytes -= m_pending.at(excess).approximateBytes();
        ++excess;
    }
    if (excess > 0) {
        m_pending.remove(0, excess);
        m_counters.lost.fetch_add(quint64(excess), std::memory_order_relaxed);
    }
}

bool TraceWriter::writePending()
{
    if (!m_store)
        return false;
    // The store thread's work is here: placed (CpuPlacement) again before each batch, which
    // takes tens of milliseconds.
    yieldToProxy();
    // Written in place: the oldest MaxBatch records, removed once committed.
    const qsizetype count = std::min<qsizetype>(m_pending.size(), MaxBatch);
    const std::span<TraceRecord> batch(m_pending.data(), size_t(count));
    QString error;
    QElapsedTimer timer;
    timer.start();
    const bool ok = m_store->insert(batch, &error);
    m_counters.writeNs.fetch_add(quint64(timer.nsecsElapsed()), std::memory_order_relaxed);
    if (!ok) {
        m_counters.failedWrites.fetch_add(1, std::memory_order_relaxed);
        keepPendingBounded();
        if (m_retryTimer && !m_retryTimer->isActive())
            m_retryTimer->start();
        Q_EMIT writeFailed(error);
        return false;
    }
    QList<qint64> ids;
    ids.reserve(count);
    for (const TraceRecord &r : batch) {
        ids.append(r.id);
        m_pendingBytes -= r.approximateBytes();
    }
    m_pending.remove(0, count);
    m_counters.written.fetch_add(quint64(count), std::memory_order_relaxed);
    Q_EMIT recorded(ids);
    return true;
}
