#pragma once

#include "cachestore.h"

#include <QObject>

#include <memory>

class QTimer;

// The cache's single writer, on the cache's own thread: new entries, LRU marks and counters
// arrive as values from the network thread and are written in batches; the size cap and
// expiry are enforced here, so the network thread never waits on the disk for a write.
class CacheWriter : public QObject
{
    Q_OBJECT
public:
    CacheWriter(QString path, qint64 maxBytes, QObject *parent = nullptr);
    ~CacheWriter() override;

    bool open(QString *error); // on the cache thread

    // Thread-safe: each queues the work onto the cache thread.
    void post(CacheEntry entry);
    void postUse(QList<std::pair<QByteArray, qint64>> used, qint64 hits, qint64 misses,
                 double savedUsd);
    void postClear();
    void setMaxBytes(qint64 maxBytes);

    // On the cache thread: writes what is pending now.
    void writePending();
    CacheStats stats();

Q_SIGNALS:
    void writeFailed(const QString &message);

private:
    void schedule();
    void purge();

    QString m_path;
    qint64 m_maxBytes;
    std::unique_ptr<CacheStore> m_store;
    QList<CacheEntry> m_entries;
    QList<std::pair<QByteArray, qint64>> m_used;
    qint64 m_hits = 0;
    qint64 m_misses = 0;
    double m_savedUsd = 0;
    QTimer *m_timer = nullptr;
    QTimer *m_purgeTimer = nullptr;
};
