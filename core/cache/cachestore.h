#pragma once

#include "cacheentry.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>

// cache.sqlite in the data folder (0600, WAL): the responses the cache serves. One writer
// connection lives on the cache's store thread; the network thread opens its own connection
// for reads. Every write runs inside a TransactionGuard: a killed process loses at most the
// batch in progress, never the file.
class CacheStore
{
public:
    CacheStore(const QString &path, const QString &connectionName);
    ~CacheStore();
    CacheStore(const CacheStore &) = delete;
    CacheStore &operator=(const CacheStore &) = delete;

    static QString databasePath(const QString &dataDir); // <dataDir>/cache.sqlite

    // Creates the file (mode 0600) and schema when missing; WAL verified.
    bool open(QString *error);
    bool isOpen() const;

    // The entry stored under `key` unless it expired by `nowMs`.
    std::optional<CacheEntry> find(const QByteArray &key, qint64 nowMs);
    // Inserts or replaces, in one transaction.
    bool put(const QList<CacheEntry> &entries, QString *error);
    // Marks entries used at the given time (LRU order) and adds to the persistent counters.
    bool recordUse(const QList<std::pair<QByteArray, qint64>> &keysUsedAtMs, qint64 hits,
                   qint64 misses, double savedUsd, QString *error);
    // Deletes least recently used entries until the total size is at most `maxBytes`; returns
    // how many went.
    qint64 evictToFit(qint64 maxBytes, QString *error);
    // Deletes entries expired by `nowMs`; returns how many went.
    qint64 purgeExpired(qint64 nowMs, QString *error);
    // Everything goes, counters included.
    bool clear(QString *error);
    CacheStats stats();
    // See CacheMissExplanation; nullopt when no entry has the same URL and model.
    std::optional<CacheMissExplanation> explainMiss(const QByteArray &url, const QString &model,
                                                    const QByteArray &credentialHash,
                                                    const QByteArray &canonicalRequest);

    QSqlDatabase database() const;

private:
    QString m_path;
    QString m_connectionName;
    struct Statements;
    std::unique_ptr<Statements> m_statements;
};
