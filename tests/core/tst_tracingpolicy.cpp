#include "trace/tracingpolicy.h"

#include <QTest>

namespace {

const QDateTime T0 = QDateTime(QDate(2026, 11, 22), QTime(12, 0), Qt::UTC);

TracingPolicy policy()
{
    TracingPolicy p;
    TracingPolicy::UserPolicy bob;
    bob.user = QStringLiteral("bob");
    bob.tracing = false;
    bob.expires = T0.addSecs(3600);
    TracingPolicy::UserPolicy carol;
    carol.user = QStringLiteral("carol");
    carol.privacy = true;
    carol.cacheAllowed = false;
    p.users = {bob, carol};
    return p;
}

} // namespace

class TestTracingPolicy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void defaults()
    {
        const auto d = policy().decide(QStringLiteral("alice"), false, T0);
        QVERIFY(d.record);
        QVERIFY(!d.privacy);
        QVERIFY(d.cacheAllowed);
    }

    void userPolicyUntilExpiry()
    {
        const TracingPolicy p = policy();
        QVERIFY(!p.decide(QStringLiteral("bob"), false, T0).record);
        QVERIFY(!p.decide(QStringLiteral("bob"), false, T0.addSecs(3599)).record);
        // Expired: the global default applies again.
        QVERIFY(p.decide(QStringLiteral("bob"), false, T0.addSecs(3600)).record);
        QVERIFY(p.decide(QStringLiteral("bob"), false, T0.addDays(2)).record);
    }

    void neverExpiring()
    {
        const auto d = policy().decide(QStringLiteral("carol"), false, T0.addYears(5));
        QVERIFY(d.record);
        QVERIFY(d.privacy);
        QVERIFY(!d.cacheAllowed);
    }

    void requestCanOnlyAddPrivacy()
    {
        TracingPolicy p = policy();
        QVERIFY(p.decide(QStringLiteral("alice"), true, T0).privacy);
        p.privacy = true;
        QVERIFY(p.decide(QString(), false, T0).privacy);
    }

    void globalOff()
    {
        TracingPolicy p = policy();
        p.tracing = false;
        QVERIFY(!p.decide(QStringLiteral("alice"), false, T0).record);
        TracingPolicy::UserPolicy dave;
        dave.user = QStringLiteral("dave");
        dave.tracing = true;
        p.users.append(dave);
        QVERIFY(p.decide(QStringLiteral("dave"), false, T0).record);
    }
};

QTEST_GUILESS_MAIN(TestTracingPolicy)
#include "tst_tracingpolicy.moc"
