#include "config/tracingsettings.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

class TestTracingSettings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("TokenTap.conf"));
        TracingSettings s;
        s.policy.tracing = false;
        s.policy.privacy = true;
        TracingPolicy::UserPolicy bob;
        bob.user = QStringLiteral("bob");
        bob.tracing = true;
        bob.cacheAllowed = false;
        bob.expires = QDateTime(QDate(2026, 12, 1), QTime(9, 30), Qt::UTC);
        TracingPolicy::UserPolicy eve;
        eve.user = QStringLiteral("eve");
        eve.privacy = false;
        s.policy.users = {bob, eve};
        s.retention.maxAgeDays = 30;
        s.retention.maxBytes = 512LL * 1024 * 1024;
        s.maxRecordedBodyBytes = 4LL * 1024 * 1024;
        {
            QSettings settings(file, QSettings::IniFormat);
            s.save(settings);
        }
        QSettings settings(file, QSettings::IniFormat);
        const TracingSettings loaded = TracingSettings::load(settings);
        QVERIFY(loaded == s);
        QVERIFY(!loaded.policy.users.at(1).tracing.has_value());
    }

    void defaults()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("empty.conf")), QSettings::IniFormat);
        const TracingSettings s = TracingSettings::load(settings);
        QVERIFY(s.policy.tracing);
        QVERIFY(!s.policy.privacy);
        QVERIFY(!s.retention.isActive());
        QCOMPARE(s.maxRecordedBodyBytes, 16LL * 1024 * 1024);
    }
};

QTEST_GUILESS_MAIN(TestTracingSettings)
#include "tst_tracingsettings.moc"
