#include "traceloader.h"

#include "trace/tracereader.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace {

// Owns the connection: created, used and destroyed on the loader thread.
class LoaderWorker : public QObject
{
public:
    explicit LoaderWorker(const QString &path)
        : m_path(path)
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
        return m_reader.get();
    }

private:
    QString m_path;
    std::unique_ptr<TraceReader> m_reader;
};

} // namespace

TraceLoader::TraceLoader(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_path(databasePath)
    , m_worker(new LoaderWorker(databasePath))
{
    m_thread.setObjectName(QStringLiteral("tokentap-browse"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

TraceLoader::~TraceLoader()
{
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
