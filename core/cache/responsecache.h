#pragma once

#include "cacheconfig.h"
#include "cacheentry.h"

#include <QCache>
#include <QHash>
#include <QList>

#include <memory>
#include <optional>

class CacheStore;
class CacheWriter;

// The cache as the network thread uses it: lookups (recently used entries from memory, the
// rest from cache.sqlite through this thread's own read connection), single flight for
// identical calls in progress, and writes handed to the CacheWriter on the cache thread.
// Not thread-safe: everything runs on the network thread.
class ResponseCache
{
public:
    using EntryPtr = std::shared_ptr<const CacheEntry>;

    // Someone waiting for an identical call in flight.
    class Waiter
    {
    public:
        virtual ~Waiter() = default;
        // The call in flight ended: with the entry it stored, or null when it stored none
        // (an error, a response too large, a client that went away).
        virtual void flightEnded(const EntryPtr &entry) = 0;
    };

    ResponseCache(const CacheConfig &config, CacheWriter *writer);
    ~ResponseCache();
    ResponseCache(const ResponseCache &) = delete;
    ResponseCache &operator=(const ResponseCache &) = delete;

    bool open(QString *error);
    const CacheConfig &config() const { return m_config; }
    // New settings (mode, TTL, pacing, caps, prices, user policies) for the calls that follow;
    // the file and the memory budget stay.
    void updateSettings(const CacheConfig &config);

    // An entry for `key` that has not expired at `nowMs` and, with `maxAgeSeconds`, is at most
    // that old; null otherwise. Counts a hit or a miss.
    EntryPtr lookup(const QByteArray &key, qint64 nowMs, std::optional<qint64> maxAgeSeconds);
    void countMiss() { ++m_misses; }

    // Single flight.
    bool isInFlight(const QByteArray &key) const { return m_flights.contains(key); }
    void beginFlight(const QByteArray &key);
    void wait(const QByteArray &key, Waiter *waiter);
    void stopWaiting(const QByteArray &key, Waiter *waiter);
    // Ends the flight for `key`, storing `entry` when there is one, and tells every waiter.
    void endFlight(const QByteArray &key, std::optional<CacheEntry> entry);

    // Hands the marks of use and counters gathered so far to the writer (called on a timer).
    void flushUse();
    void clear();

private:
    CacheConfig m_config;
    CacheWriter *m_writer;
    std::unique_ptr<CacheStore> m_reader;
    // Recently stored or served entries; a QCache is an LRU bounded by cost (bytes).
    QCache<QByteArray, EntryPtr> m_memory;
    QHash<QByteArray, QList<Waiter *>> m_flights;
    // Last use per key since the last flush: a popular entry hit thousands of times a second
    // costs the writer one update per flush, not one per hit.
    QHash<QByteArray, qint64> m_used;
    qint64 m_hits = 0;
    qint64 m_misses = 0;
    double m_savedUsd = 0;
};
