// The main window offscreen: title, listen address and the live request counter.

#include "connectclientpanel.h"
#include "export/otlpexportservice.h"
#include "fakecollector.h"
#include "mainwindow.h"
#include "screenshots.h"
#include "tracebrowser.h"
#include "tracetablemodel.h"

#include "proxyharness.h"
#include <QMenu>

#include "llm/pricetable.h"
#include "trace/traceservice.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QTemporaryDir>

namespace {

bool startRecording(TraceService &traces, const QTemporaryDir &dataDir)
{
    QString error;
    const bool started = traces.start(TraceService::databasePath(dataDir.path()),
                                      PriceTable::builtin(), {}, &error);
    if (!started)
        qWarning("%s", qPrintable(error));
    return started;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsAddressAndCountsRequests()
    {
        QTemporaryDir dataDir;
        TraceService traces; // outlives the proxy, which hands it calls until it stops
        ProxyHarness h;
        QVERIFY(startRecording(traces, dataDir));
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
        QVERIFY(Screenshots::save(&window, "mainwindow"));
    }

    // OTLP export's progress in the status bar: spans queued, sent, failed, the last error.
    void exportStatusInTheStatusBar()
    {
        QTemporaryDir dataDir;
        TraceService traces;
        FakeCollector collector;
        OtlpExportService otlp; // destroyed before the trace service, as in main.cpp
        ProxyHarness h;
        QVERIFY(startRecording(traces, dataDir));
        QVERIFY(collector.listen());
        OtlpDestination destination;
        destination.id = QStringLiteral("local");
        destination.endpoint = collector.url();
        destination.gzip = false;
        OtlpExporter::Timing timing;
        timing.batchDelayMs = 20;
        QString error;
        QVERIFY2(otlp.start(&traces, {destination}, &error, timing), qPrintable(error));
        MainWindow window(&h.proxy, &traces);
        window.setSettings(nullptr, nullptr, &otlp);
        window.show();
        QVERIFY(h.start(h.defaultConfig(), traces.queue()));
        auto client = h.client();
        client->send(RawHttpClient::request("POST", "/v1/chat/completions",
                                            R"({"model":"gpt-4o-mini","messages":[]})"));
        QVERIFY(client->waitForResponses(1));
        QTRY_VERIFY2_WITH_TIMEOUT(window.exportText().contains(QStringLiteral("1 sent")),
                                  qPrintable(window.exportText()), 10000);
        QVERIFY(window.exportText().startsWith(QStringLiteral("Export: 0 queued")));
        QCOMPARE(collector.acceptedSpanCount(), 1);

        // Send to: the selected call again, on request.
        TraceBrowser *browser = window.browser();
        QTRY_COMPARE(browser->model()->rowCount(), 1);
        browser->selectRow(0);
        std::unique_ptr<QMenu> menu(browser->sendToMenu(nullptr));
        QCOMPARE(menu->actions().size(), 1);
        QCOMPARE(menu->actions().first()->data().toString(), QStringLiteral("local"));
        QVERIFY(menu->actions().first()->isEnabled());
        menu->actions().first()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(collector.acceptedSpanCount(), 2, 10000);
        QVERIFY(!browser->sendSelectedTo(QStringLiteral("gone")));
        otlp.stop(0);
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

    // Every key of the window's menus and actions is on the "?" sheet, written as the menus
    // write it.
    void shortcutSheetListsEveryShortcut()
    {
        QTemporaryDir dataDir;
        TraceService traces;
        ProxyHarness h;
        QVERIFY(startRecording(traces, dataDir));
        MainWindow window(&h.proxy, &traces);
        QStringList listed;
        for (const auto &[keys, what] : TraceBrowser::shortcutRows()) {
            QVERIFY(!what.isEmpty());
            listed.append(keys);
        }
        // No key is listed twice (Refresh is Ctrl+R on some desktops, as Resend is).
        QCOMPARE(QSet<QString>(listed.cbegin(), listed.cend()).size(), listed.size());
        int withKeys = 0;
        for (const QAction *action : window.findChildren<QAction *>()) {
            if (action->shortcuts().isEmpty())
                continue;
            ++withKeys;
            bool found = false;
            for (const QKeySequence &keys : action->shortcuts())
                found = found || listed.contains(keys.toString(QKeySequence::NativeText));
            QVERIFY2(found,
                     qPrintable(action->text() + u' '
                                + action->shortcut().toString(QKeySequence::NativeText)));
        }
        // Quit's standard key is none in some keyboard schemes (the offscreen platform's).
        QVERIFY2(withKeys >= 11, qPrintable(QString::number(withKeys)));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
