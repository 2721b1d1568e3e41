#include "cacheservice.h"

#include "cachestore.h"
#include "cachewriter.h"

CacheService::CacheService(QObject *parent)
    : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("tokentap-cache"));
}

CacheService::~CacheService()
{
    stop();
}

QString CacheService::databasePath(const QString &dataDir)
{
    return CacheStore::databasePath(dataDir);
}

bool CacheService::start(const QString &databasePath, qint64 maxBytes, QString *error)
{
    stop();
    m_writer = new CacheWriter(databasePath, maxBytes);
    m_writer->moveToThread(&m_thread);
    connect(m_writer, &CacheWriter::writeFailed, this, &CacheService::writeFailed);
    m_thread.start();
    bool ok = false;
    // Blocking on purpose: the proxy must know whether the cache can be used before it starts.
    QMetaObject::invokeMethod(
            m_writer, [&] { ok = m_writer->open(error); }, Qt::BlockingQueuedConnection);
    if (!ok) {
        stop();
        return false;
    }
    return true;
}

void CacheService::stop()
{
    if (!m_writer)
        return;
    if (m_thread.isRunning()) {
        QMetaObject::invokeMethod(
                m_writer, [w = m_writer] { w->writePending(); }, Qt::BlockingQueuedConnection);
    }
    connect(&m_thread, &QThread::finished, m_writer, &QObject::deleteLater);
    m_thread.quit();
    m_thread.wait();
    m_writer = nullptr;
}

CacheStats CacheService::stats()
{
    CacheStats result;
    if (m_writer && m_thread.isRunning()) {
        QMetaObject::invokeMethod(
                m_writer, [&] { result = m_writer->stats(); }, Qt::BlockingQueuedConnection);
    }
    return result;
}
