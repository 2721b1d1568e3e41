#pragma once

#include "cache/cacheconfig.h"

class QSettings;

// The persisted cache settings (settings file, group "cache"): default mode, default TTL, size
// cap and replay pacing. The settings dialog edits them; headless runs read the same file.
struct CacheSettings
{
    CacheMode defaultMode = CacheMode::Auto;
    qint64 defaultTtlSeconds = CachePolicy::MaxTtlSeconds;
    qint64 maxBytes = 1024LL * 1024 * 1024;
    bool replayRealtime = false;

    static CacheSettings load(QSettings &settings);
    void save(QSettings &settings) const;
    // Copies the settings into the configuration the network thread runs with.
    void applyTo(CacheConfig &config) const;

    friend bool operator==(const CacheSettings &, const CacheSettings &) = default;
};
