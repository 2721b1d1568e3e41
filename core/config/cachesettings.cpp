#include "cachesettings.h"

#include <QSettings>

CacheSettings CacheSettings::load(QSettings &settings)
{
    CacheSettings s;
    settings.beginGroup(QStringLiteral("cache"));
    // Unreadable values fall back to the defaults rather than disable the cache.
    s.defaultMode = CacheModes::parse(settings.value(QStringLiteral("mode")).toString().toUtf8())
                            .value_or(CacheMode::Auto);
    s.defaultTtlSeconds = std::clamp<qint64>(
            settings.value(QStringLiteral("ttlSeconds"), CachePolicy::MaxTtlSeconds).toLongLong(),
            CachePolicy::MinTtlSeconds, CachePolicy::MaxTtlSeconds);
    const qint64 mib = settings.value(QStringLiteral("maxMiB"), 1024).toLongLong();
    s.maxBytes = std::max<qint64>(mib, 1) * 1024 * 1024;
    s.replayRealtime = settings.value(QStringLiteral("replayRealtime"), false).toBool();
    settings.endGroup();
    return s;
}

void CacheSettings::save(QSettings &settings) const
{
    settings.beginGroup(QStringLiteral("cache"));
    settings.setValue(QStringLiteral("mode"), QString(CacheModes::name(defaultMode)));
    settings.setValue(QStringLiteral("ttlSeconds"), defaultTtlSeconds);
    settings.setValue(QStringLiteral("maxMiB"), maxBytes / (1024 * 1024));
    settings.setValue(QStringLiteral("replayRealtime"), replayRealtime);
    settings.endGroup();
}

void CacheSettings::applyTo(CacheConfig &config) const
{
    config.defaultMode = defaultMode;
    config.defaultTtlSeconds = defaultTtlSeconds;
    config.maxBytes = maxBytes;
    config.replayRealtime = replayRealtime;
}
