// The tray icon: menu actions emit the signals, state changes the icon and tooltip, and
// upstream-error notifications obey the switch and the 30 s rate limit.

#include "trayicon.h"

#include <QAction>
#include <QMenu>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTest>

namespace {

QString q(const char *text)
{
    return QString::fromUtf8(text);
}

} // namespace

class TestTrayIcon : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void menuHasTheActions()
    {
        TrayIcon tray;
        QVERIFY(tray.menu());
        QCOMPARE(tray.systemTrayIcon()->contextMenu(), tray.menu());
        const QList<QAction *> actions = tray.menu()->actions();
        QVERIFY(actions.contains(tray.openAction()));
        QVERIFY(actions.contains(tray.recordingAction()));
        QVERIFY(actions.contains(tray.proxyAction()));
        QVERIFY(actions.contains(tray.quitAction()));
        QCOMPARE(tray.openAction()->text(), q("Open TokenTap"));
        QCOMPARE(tray.quitAction()->text(), q("Quit"));
        // Whatever the platform says, asking must not crash (offscreen has no tray).
        Q_UNUSED(TrayIcon::available());
    }

    void openAndQuitEmit()
    {
        TrayIcon tray;
        QSignalSpy open(&tray, &TrayIcon::openWindowRequested);
        QSignalSpy quit(&tray, &TrayIcon::quitRequested);
        tray.openAction()->trigger();
        QCOMPARE(open.size(), 1);
        // A click on the icon opens the window too.
        Q_EMIT tray.systemTrayIcon()->activated(QSystemTrayIcon::Trigger);
        QCOMPARE(open.size(), 2);
        Q_EMIT tray.systemTrayIcon()->activated(QSystemTrayIcon::Context);
        QCOMPARE(open.size(), 2);
        tray.quitAction()->trigger();
        QCOMPARE(quit.size(), 1);
    }

    void recordingActionTogglesAndFlipsItsText()
    {
        TrayIcon tray;
        QSignalSpy toggled(&tray, &TrayIcon::recordingToggled);
        QAction *action = tray.recordingAction();
        QVERIFY(action->isCheckable());
        QVERIFY(action->isChecked());
        QCOMPARE(action->text(), q("Pause recording"));

        action->trigger();
        QCOMPARE(toggled.size(), 1);
        QCOMPARE(toggled.at(0).at(0).toBool(), false);
        QCOMPARE(action->text(), q("Resume recording"));
        QVERIFY(tray.toolTip().contains(q("Recording paused")));

        action->trigger();
        QCOMPARE(toggled.size(), 2);
        QCOMPARE(toggled.at(1).at(0).toBool(), true);
        QCOMPARE(action->text(), q("Pause recording"));

        // Mirroring the window's switch does not echo back.
        tray.setRecording(false);
        QCOMPARE(toggled.size(), 2);
        QVERIFY(!action->isChecked());
        QCOMPARE(action->text(), q("Resume recording"));
    }

    void proxyActionAsksForTheOppositeOfTheState()
    {
        TrayIcon tray;
        QSignalSpy toggled(&tray, &TrayIcon::proxyToggled);
        QAction *action = tray.proxyAction();
        QCOMPARE(action->text(), q("Pause proxy"));
        action->trigger();
        QCOMPARE(toggled.size(), 1);
        QCOMPARE(toggled.at(0).at(0).toBool(), false);
        // Nothing changes until the owner reports the new state.
        QCOMPARE(tray.state(), TrayIcon::State::Running);

        tray.setState(TrayIcon::State::Paused);
        QCOMPARE(action->text(), q("Resume proxy"));
        action->trigger();
        QCOMPARE(toggled.at(1).at(0).toBool(), true);

        tray.setState(TrayIcon::State::Error, q("port 8484 in use"));
        action->trigger();
        QCOMPARE(toggled.at(2).at(0).toBool(), true);
    }

    void stateChangesIconAndTooltip()
    {
        TrayIcon tray;
        tray.setBaseUrl(q("http://127.0.0.1:9100/v1"));
        const QString running = tray.toolTip();
        QVERIFY2(running.contains(q("running")), qPrintable(running));
        QVERIFY(running.contains(q("http://127.0.0.1:9100/v1")));
        const qint64 runningKey = tray.icon().cacheKey();
        QVERIFY(!tray.icon().isNull());

        tray.setState(TrayIcon::State::Paused);
        QVERIFY2(tray.toolTip().contains(q("paused")), qPrintable(tray.toolTip()));
        const qint64 pausedKey = tray.icon().cacheKey();
        QVERIFY(pausedKey != runningKey);

        tray.setState(TrayIcon::State::Error, q("Address already in use"));
        QVERIFY(tray.toolTip().contains(q("error")));
        QVERIFY(tray.toolTip().contains(q("Address already in use")));
        const qint64 errorKey = tray.icon().cacheKey();
        QVERIFY(errorKey != runningKey);
        QVERIFY(errorKey != pausedKey);

        tray.setState(TrayIcon::State::Running);
        QCOMPARE(tray.icon().cacheKey(), runningKey);
        QVERIFY(!tray.toolTip().contains(q("Address already in use")));

        // The icons are real pictures, not empty placeholders from a missing resource.
        QVERIFY(!tray.icon().pixmap(22, 22).isNull());
    }

    void notificationsOnlyWhenEnabled()
    {
        TrayIcon tray;
        qint64 now = 1'000'000;
        tray.setClock([&now] { return now; });
        QVERIFY(!tray.notificationsEnabled());
        QVERIFY(!tray.notifyUpstreamError(q("Upstream error"), q("502 from openai")));
        tray.setNotificationsEnabled(true);
        QVERIFY(tray.notifyUpstreamError(q("Upstream error"), q("502 from openai")));
        tray.setNotificationsEnabled(false);
        now += 60'000;
        QVERIFY(!tray.notifyUpstreamError(q("Upstream error"), q("502 from openai")));
    }

    void notificationsAreRateLimited()
    {
        TrayIcon tray;
        qint64 now = 5'000;
        tray.setClock([&now] { return now; });
        tray.setNotificationsEnabled(true);
        QVERIFY(tray.notifyUpstreamError(q("Upstream error"), q("first")));
        now += 1'000;
        QVERIFY(!tray.notifyUpstreamError(q("Upstream error"), q("second")));
        now += TrayIcon::NotificationIntervalMs - 1'001;
        QVERIFY(!tray.notifyUpstreamError(q("Upstream error"), q("third")));
        now += 1;
        QVERIFY(tray.notifyUpstreamError(q("Upstream error"), q("fourth")));
        QVERIFY(!tray.notifyUpstreamError(q("Upstream error"), q("fifth")));
    }

    void realClockRateLimits()
    {
        TrayIcon tray;
        tray.setNotificationsEnabled(true);
        QVERIFY(tray.notifyUpstreamError(q("Upstream error"), q("first")));
        QVERIFY(!tray.notifyUpstreamError(q("Upstream error"), q("second")));
    }
};

QTEST_MAIN(TestTrayIcon)
#include "tst_trayicon.moc"
