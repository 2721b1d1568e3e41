#include "config/cachesettings.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

class TestCacheSettings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTripAndApply()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("TokenTap.conf"));
        CacheSettings s;
        s.defaultMode = CacheMode::Never;
        s.defaultTtlSeconds = 3600;
        s.maxBytes = 256LL * 1024 * 1024;
        s.replayRealtime = true;
        {
            QSettings settings(file, QSettings::IniFormat);
            s.save(settings);
        }
        QSettings settings(file, QSettings::IniFormat);
        const CacheSettings loaded = CacheSettings::load(settings);
        QVERIFY(loaded == s);
        CacheConfig config;
        loaded.applyTo(config);
        QCOMPARE(config.defaultMode, CacheMode::Never);
        QCOMPARE(config.defaultTtlSeconds, 3600);
        QCOMPARE(config.maxBytes, 256LL * 1024 * 1024);
        QVERIFY(config.replayRealtime);
    }

    void defaultsAndBadValues()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("TokenTap.conf")), QSettings::IniFormat);
        QVERIFY(CacheSettings::load(settings) == CacheSettings());
        QCOMPARE(CacheSettings().defaultMode, CacheMode::Auto);
        QCOMPARE(CacheSettings().maxBytes, 1024LL * 1024 * 1024);
        // Unreadable or out-of-range values fall back or are clamped.
        settings.setValue(QStringLiteral("cache/mode"), QStringLiteral("sometimes"));
        settings.setValue(QStringLiteral("cache/ttlSeconds"), 99999999);
        const CacheSettings loaded = CacheSettings::load(settings);
        QCOMPARE(loaded.defaultMode, CacheMode::Auto);
        QCOMPARE(loaded.defaultTtlSeconds, CachePolicy::MaxTtlSeconds);
    }
};

QTEST_GUILESS_MAIN(TestCacheSettings)
#include "tst_cachesettings.moc"
