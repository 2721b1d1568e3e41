#pragma once

#include "cachemode.h"
#include "cachepolicy.h"
#include "llm/pricetable.h"

#include <QString>

// The cache settings the network thread runs with (a value copied into ProxyConfig).
struct CacheConfig
{
    bool enabled = false; // false: no cache file, every call BYPASSes nothing (no cache status)
    QString path; // cache.sqlite
    CacheMode defaultMode = CacheMode::Auto; // when a call sends no x-bt-use-cache
    qint64 defaultTtlSeconds = CachePolicy::MaxTtlSeconds;
    qint64 maxBytes = 1024LL * 1024 * 1024; // size cap of the file's entries, LRU beyond
    qint64 memoryBytes = 32LL * 1024 * 1024; // recently used entries kept in memory
    bool replayRealtime = false; // streams replayed at their original pace
    qint64 maxEntryBytes = 32LL * 1024 * 1024; // larger responses are not stored
    PriceTable prices; // prices what a stored response cost, which each hit then saves
};
