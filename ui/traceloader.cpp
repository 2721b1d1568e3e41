#include "traceloader.h"

#include "trace/sqlitestatement.h"
#include "trace/tracereader.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <sqlite3.h>

namespace {

// Owns the connection: created, used and destroyed on the loader thread.
class LoaderWorker : public QObject
{
public:
    LoaderWorker(const QString &path, std::atomic<sqlite3 *> *handle)
        : m_path(path)
        , m_handle(handle)
    { }
    ~LoaderWorker() override = default;

    // Opens lazily, so a database created after the window opened is found; retried after a
    // failure for the same reason.
    const TraceReader *reader(QString *error)
    {
        if (m_reader)
            return m_reader.get();
        if (!QFileInfo::exists(m_path)) {
            *error = QCoreApplication::translate("TraceLoader", "No calls recorded yet.");
            return nullptr;
        }
        auto reader = std::make_unique<TraceReader>(
                m_path, QStringLiteral("tokentap-browse-%1").arg(quintptr(this)));
        if (!reader->open(error))
            return nullptr;
        m_reader = std::move(reader);
        m_handle->store(SqliteStatement::handleOf(m_reader->database()));
        return m_reader.get();
    }

private:
    QString m_path;
    std::atomic<sqlite3 *> *m_handle;
    std::unique_ptr<TraceReader> m_reader;
};

} // namespace

TraceLoader::TraceLoader(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_path(databasePath)
    , m_worker(new LoaderWorker(databasePath, &m_handle))
{
    m_thread.setObjectName(QStringLiteral("tokentap-browse"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

TraceLoader::~TraceLoader()
{
    // A query still running (a sort over a million calls) ends now with SQLITE_INTERRUPT;
    // SQLite allows this from another thread while the connection is open, and it closes only
    // when the worker is deleted below.
    if (sqlite3 *handle = m_handle.load())
        sqlite3_interrupt(handle);
    // The worker (and its connection) is deleted on its own thread as the thread finishes.
    m_thread.quit();
    m_thread.wait();
}

int TraceLoader::pending() const
{
    QMutexLocker lock(&m_mutex);
    return m_pending;
}

void TraceLoader::submit(const QString &lane, Job job)
{
    quint64 ticket;
    {
        QMutexLocker lock(&m_mutex);
        ticket = ++m_nextTicket;
        if (!lane.isEmpty())
            m_laneTicket.insert(lane, ticket);
        ++m_pending;
    }
    auto *worker = static_cast<LoaderWorker *>(m_worker);
    QMetaObject::invokeMethod(
            m_worker,
            [this, worker, lane, ticket, job = std::move(job)] {
                bool stale = false;
                {
                    QMutexLocker lock(&m_mutex);
                    stale = !lane.isEmpty() && m_laneTicket.value(lane) != ticket;
                }
                if (!stale) {
                    QString error;
                    const TraceReader *reader = worker->reader(&error);
                    job(reader, error);
                }
                QMutexLocker lock(&m_mutex);
                --m_pending;
            },
            Qt::QueuedConnection);
}
