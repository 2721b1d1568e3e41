// The main window offscreen: title, listen address and the live request counter.

#include "connectclientpanel.h"
#include "mainwindow.h"
#include "proxyharness.h"

#include "llm/pricetable.h"
#include "trace/traceservice.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QTemporaryDir>

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsAddressAndCountsRequests()
    {
        QTemporaryDir dataDir;
        TraceService traces; // outlives the proxy, which hands it calls until it stops
        ProxyHarness h;
        QString error;
        QVERIFY2(traces.start(TraceService::databasePath(dataDir.path()), PriceTable::builtin(), {},
                              &error),
                 qPrintable(error));
        MainWindow window(&h.proxy, &traces);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.windowTitle(), QStringLiteral("TokenTap"));
        QVERIFY(h.start(h.defaultConfig(), traces.queue()));

        const QString base = QStringLiteral("http://127.0.0.1:%1").arg(h.port());
        QTRY_COMPARE(window.addressText(), QStringLiteral("Listening on ") + base);
        // Until the first call, the list's place shows how to connect, with the live URL.
        QTRY_COMPARE(window.connectPanel()->baseUrl(), base + QStringLiteral("/v1"));
        QVERIFY(window.connectPanel()->isVisible());
        QTRY_VERIFY2(window.counterText().startsWith(QStringLiteral("Requests: 0 ")),
                     qPrintable(window.counterText()));

        auto client = h.client();
        for (int i = 0; i < 3; ++i) {
            client->send(RawHttpClient::request("GET", "/v1/models"));
            QVERIFY(client->waitForResponses(i + 1));
        }
        QTRY_VERIFY_WITH_TIMEOUT(window.counterText().startsWith(QStringLiteral("Requests: 3 ")),
                                 3000);
        QTRY_COMPARE_WITH_TIMEOUT(window.recordingText(), QStringLiteral("Recorded: 3"), 3000);

        // A picture of this state, for people: build/tests/screenshots/mainwindow.png.
        const QString dir = QCoreApplication::applicationDirPath() + QStringLiteral("/screenshots");
        QDir().mkpath(dir);
        QVERIFY(window.grab().save(dir + QStringLiteral("/mainwindow.png")));
    }

    void reportsAPortInUse()
    {
        ProxyHarness first;
        QVERIFY(first.start());
        ProxyHarness second;
        MainWindow window(&second.proxy, nullptr);
        window.show();
        ProxyConfig config = second.defaultConfig();
        config.listenPort = first.port();
        QSignalSpy failed(&second.proxy, &ProxyService::startFailed);
        second.proxy.start(config);
        QVERIFY(failed.wait(5000));
        QCOMPARE(window.addressText(), QStringLiteral("Not listening"));
        auto *hint = window.findChild<QLabel *>(QStringLiteral("connectHint"));
        QVERIFY(hint->text().contains(QString::number(first.port())));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
