#include "traceservice.h"

#include "tracewriter.h"

#include <QDir>

TraceService::TraceService(QObject *parent)
    : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("tokentap-store"));
}

TraceService::~TraceService()
{
    stop();
}

QString TraceService::databasePath(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("traces.sqlite"));
}

bool TraceService::start(const QString &databasePath, const PriceTable &prices,
                         const TracingPolicy &policy, QString *error)
{
    stop();
    m_policy = policy;
    m_path = databasePath;
    m_writer = new TraceWriter(&m_queue, databasePath, prices, policy);
    m_writer->moveToThread(&m_thread);
    connect(m_writer, &TraceWriter::recorded, this, &TraceService::recorded);
    connect(m_writer, &TraceWriter::writeFailed, this, &TraceService::writeFailed);
    connect(m_writer, &TraceWriter::deleted, this, &TraceService::deleted);
    connect(m_writer, &TraceWriter::cleared, this, &TraceService::cleared);
    connect(m_writer, &TraceWriter::queuedForExport, this, &TraceService::queuedForExport);
    m_thread.start();
    bool ok = false;
    // Blocking on purpose: startup must know whether traces can be written at all.
    QMetaObject::invokeMethod(
            m_writer, [&] { ok = m_writer->open(error); }, Qt::BlockingQueuedConnection);
    if (!ok) {
        stop();
        return false;
    }
    TraceWriter *writer = m_writer;
    m_queue.setWakeUp([writer] { writer->scheduleDrain(); });
    return true;
}

void TraceService::flush()
{
    if (m_writer && m_thread.isRunning())
        QMetaObject::invokeMethod(m_writer, &TraceWriter::drainNow, Qt::BlockingQueuedConnection);
}

void TraceService::stop()
{
    if (!m_writer)
        return;
    m_queue.setWakeUp({});
    flush();
    // The writer (and its database connection) is destroyed on the store thread.
    connect(&m_thread, &QThread::finished, m_writer, &QObject::deleteLater);
    m_thread.quit();
    m_thread.wait();
    m_writer = nullptr;
}

void TraceService::setRecording(bool on)
{
    TracingPolicy policy = m_policy;
    policy.tracing = on;
    setPolicy(policy);
}

void TraceService::setPolicy(const TracingPolicy &policy)
{
    m_policy = policy;
    if (m_writer)
        QMetaObject::invokeMethod(m_writer, [w = m_writer, policy] { w->setPolicy(policy); });
}

void TraceService::setPrices(const PriceTable &prices)
{
    if (m_writer)
        QMetaObject::invokeMethod(m_writer, [w = m_writer, prices] { w->setPrices(prices); });
}

void TraceService::deleteCalls(const QList<qint64> &ids)
{
    if (m_writer)
        QMetaObject::invokeMethod(m_writer, [w = m_writer, ids] { w->deleteCalls(ids); });
}

void TraceService::queueForExport(const QList<qint64> &ids, const QString &destination)
{
    if (m_writer)
        QMetaObject::invokeMethod(m_writer, [w = m_writer, ids, destination] {
            w->queueForExport(ids, destination);
        });
}

void TraceService::deleteAll()
{
    if (m_writer)
        QMetaObject::invokeMethod(m_writer, [w = m_writer] { w->deleteAll(); });
}

void TraceService::setExportRoutes(const QList<ExportRoute> &routes, const QStringList &known)
{
    if (m_writer)
        QMetaObject::invokeMethod(
                m_writer, [w = m_writer, routes, known] { w->setExportRoutes(routes, known); });
}

void TraceService::setRetention(const TraceRetention &retention)
{
    if (m_writer)
        QMetaObject::invokeMethod(m_writer,
                                  [w = m_writer, retention] { w->setRetention(retention); });
}
