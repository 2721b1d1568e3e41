#include "cachewriter.h"

#include <QDateTime>
#include <QTimer>

namespace {

constexpr int GatherMs = 20;
constexpr int PurgeIntervalMs = 60'000;

} // namespace

CacheWriter::CacheWriter(QString path, qint64 maxBytes, QObject *parent)
    : QObject(parent)
    , m_path(std::move(path))
    , m_maxBytes(maxBytes)
{ }

CacheWriter::~CacheWriter() = default;

bool CacheWriter::open(QString *error)
{
    m_store = std::make_unique<CacheStore>(m_path,
                                           QStringLiteral("tokentap-cache-writer-%1")
                                                   .arg(reinterpret_cast<quintptr>(this), 0, 16));
    if (!m_store->open(error)) {
        m_store.reset();
        return false;
    }
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    m_timer->setInterval(GatherMs);
    connect(m_timer, &QTimer::timeout, this, &CacheWriter::writePending);
    m_purgeTimer = new QTimer(this);
    m_purgeTimer->setInterval(PurgeIntervalMs);
    connect(m_purgeTimer, &QTimer::timeout, this, &CacheWriter::purge);
    m_purgeTimer->start();
    purge();
    return true;
}

void CacheWriter::post(CacheEntry entry)
{
    QMetaObject::invokeMethod(this, [this, entry = std::move(entry)]() mutable {
        m_entries.append(std::move(entry));
        schedule();
    });
}

void CacheWriter::postUse(QList<std::pair<QByteArray, qint64>> used, qint64 hits, qint64 misses,
                          double savedUsd)
{
    QMetaObject::invokeMethod(this, [this, used = std::move(used), hits, misses, savedUsd] {
        m_used.append(used);
        m_hits += hits;
        m_misses += misses;
        m_savedUsd += savedUsd;
        schedule();
    });
}

void CacheWriter::postClear()
{
    QMetaObject::invokeMethod(this, [this] {
        writePending();
        QString error;
        if (m_store && !m_store->clear(&error))
            Q_EMIT writeFailed(error);
    });
}

void CacheWriter::setMaxBytes(qint64 maxBytes)
{
    QMetaObject::invokeMethod(this, [this, maxBytes] {
        m_maxBytes = maxBytes;
        purge();
    });
}

void CacheWriter::schedule()
{
    if (m_timer && !m_timer->isActive())
        m_timer->start();
}

void CacheWriter::writePending()
{
    if (!m_store)
        return;
    QString error;
    if (!m_entries.isEmpty()) {
        // A failed write loses these entries only: the cache is a cache, and the calls they
        // came from were answered.
        if (!m_store->put(m_entries, &error))
            Q_EMIT writeFailed(error);
        m_entries.clear();
        if (!m_store->evictToFit(m_maxBytes, &error) && !error.isEmpty())
            Q_EMIT writeFailed(error);
    }
    if (!m_used.isEmpty() || m_hits || m_misses) {
        if (!m_store->recordUse(m_used, m_hits, m_misses, m_savedUsd, &error))
            Q_EMIT writeFailed(error);
        m_used.clear();
        m_hits = m_misses = 0;
        m_savedUsd = 0;
    }
}

CacheStats CacheWriter::stats()
{
    writePending();
    return m_store ? m_store->stats() : CacheStats();
}

void CacheWriter::purge()
{
    if (!m_store)
        return;
    QString error;
    m_store->purgeExpired(QDateTime::currentMSecsSinceEpoch(), &error);
    m_store->evictToFit(m_maxBytes, &error);
    if (!error.isEmpty())
        Q_EMIT writeFailed(error);
}
