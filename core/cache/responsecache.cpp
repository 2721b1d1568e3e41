#include "responsecache.h"

#include "cachedcost.h"
#include "cachestore.h"
#include "cachewriter.h"

#include <QThread>

ResponseCache::ResponseCache(const CacheConfig &config, CacheWriter *writer)
    : m_config(config)
    , m_writer(writer)
    , m_memory(qsizetype(std::max<qint64>(config.memoryBytes, 1)))
{ }

ResponseCache::~ResponseCache()
{
    flushUse();
}

void ResponseCache::updateSettings(const CacheConfig &config)
{
    const QString path = m_config.path;
    const bool enabled = m_config.enabled;
    const qint64 memoryBytes = m_config.memoryBytes;
    m_config = config;
    m_config.path = path;
    m_config.enabled = enabled;
    m_config.memoryBytes = memoryBytes;
}

bool ResponseCache::open(QString *error)
{
    m_reader = std::make_unique<CacheStore>(m_config.path,
                                            QStringLiteral("tokentap-cache-reader-%1")
                                                    .arg(reinterpret_cast<quintptr>(this), 0, 16));
    if (!m_reader->open(error)) {
        m_reader.reset();
        return false;
    }
    return true;
}

ResponseCache::EntryPtr ResponseCache::lookup(const QByteArray &key, qint64 nowMs,
                                              std::optional<qint64> maxAgeSeconds)
{
    EntryPtr entry;
    if (EntryPtr *inMemory = m_memory.object(key))
        entry = *inMemory;
    if (!entry && m_reader) {
        if (std::optional<CacheEntry> stored = m_reader->find(key, nowMs)) {
            entry = std::make_shared<const CacheEntry>(std::move(*stored));
            m_memory.insert(key, new EntryPtr(entry), qsizetype(entry->sizeBytes()));
        }
    }
    const bool fresh = entry && entry->expiresMs > nowMs
            && (!maxAgeSeconds || nowMs - entry->createdMs <= *maxAgeSeconds * 1000);
    if (!fresh) {
        ++m_misses;
        return nullptr;
    }
    ++m_hits;
    m_savedUsd += entry->costUsd.value_or(0);
    m_used.insert(key, nowMs);
    if (m_used.size() >= 512)
        flushUse();
    return entry;
}

void ResponseCache::beginFlight(const QByteArray &key)
{
    m_flights.insert(key, {});
}

void ResponseCache::wait(const QByteArray &key, Waiter *waiter)
{
    m_flights[key].append(waiter);
}

void ResponseCache::stopWaiting(const QByteArray &key, Waiter *waiter)
{
    const auto it = m_flights.find(key);
    if (it != m_flights.end())
        it->removeAll(waiter);
}

void ResponseCache::endFlight(const QByteArray &key, std::optional<CacheEntry> entry)
{
    EntryPtr stored;
    if (entry) {
        // Priced here, once, so that hits served from memory count their saving too.
        if (!entry->costUsd)
            entry->costUsd = CachedCost::of(*entry, m_config.prices);
        stored = std::make_shared<const CacheEntry>(*entry);
        if (stored->sizeBytes() <= m_config.memoryBytes)
            m_memory.insert(key, new EntryPtr(stored), qsizetype(stored->sizeBytes()));
        if (m_writer)
            m_writer->post(std::move(*entry));
    }
    // Taken out first: a waiter told that nothing was stored goes upstream itself and may start
    // a new flight for the same key, which the others then wait for.
    const QList<Waiter *> waiters = m_flights.take(key);
    for (Waiter *waiter : waiters)
        waiter->flightEnded(stored);
}

void ResponseCache::flushUse()
{
    if (m_used.isEmpty() && !m_hits && !m_misses)
        return;
    if (m_writer) {
        QList<std::pair<QByteArray, qint64>> used;
        used.reserve(m_used.size());
        for (auto it = m_used.cbegin(); it != m_used.cend(); ++it)
            used.append({it.key(), it.value()});
        m_writer->postUse(std::move(used), m_hits, m_misses, m_savedUsd);
    }
    m_used = {};
    m_hits = m_misses = 0;
    m_savedUsd = 0;
}

void ResponseCache::clear()
{
    m_memory.clear();
    m_used.clear();
    if (m_writer)
        m_writer->postClear();
}
