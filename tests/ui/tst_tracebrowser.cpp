// The trace browser as a person uses it, offscreen: calls made through the proxy appear, a
// typed filter narrows the list (live calls included), a selected call fills the detail tabs,
// copy as cURL, resend (recorded as a child of the original), compare and delete. Saves
// screenshots of the main states under build/tests/screenshots/.

#include "calldetailpane.h"
#include "chatview.h"
#include "comparedialog.h"
#include "exportdialog.h"
#include "filterbar.h"
#include "llmfixtures.h"
#include "mainwindow.h"
#include "proxyharness.h"
#include "resenddialog.h"
#include "screenshots.h"
#include "tracebrowser.h"
#include "tracetablemodel.h"
#include "traceview.h"

#include "llm/pricetable.h"
#include "trace/tracereader.h"
#include "trace/traceservice.h"
#include "trace/tracestore.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace {

QByteArray chatBody(const char *model, const char *question)
{
    return QByteArray("{\"model\":\"") + model
            + "\",\"temperature\":0.2,\"messages\":[{\"role\":\"system\",\"content\":\"Be "
              "brief.\"},{\"role\":\"user\",\"content\":\""
            + question + "\"}]}";
}

} // namespace

class TestTraceBrowser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        // Column layout and window geometry go to a settings file of this run only.
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        QApplication::setPalette(QApplication::style()->standardPalette());
    }

    void browsesFiltersAndActsOnCalls()
    {
        QTemporaryDir dataDir;
        TraceService traces;
        ProxyHarness h;
        h.upstream.setHandler(LlmFixtures::handler(&h.upstream));
        QString error;
        QVERIFY2(traces.start(TraceService::databasePath(dataDir.path()), PriceTable::builtin(), {},
                              &error),
                 qPrintable(error));
        QVERIFY(h.start(h.defaultConfig(), traces.queue()));
        auto client = h.client();
        const QList<QByteArray> auth = {"Authorization: Bearer sk-test-secret-key-1234"};
        auto send = [&](const char *model, const char *question) {
            const int before = client->responses().size();
            client->send(RawHttpClient::request("POST", "/v1/chat/completions",
                                                chatBody(model, question), auth));
            QVERIFY(client->waitForResponses(before + 1));
        };
        send("gpt-4o-mini", "What is the capital of France?");
        send("gpt-4o-mini", "What is the capital of Italy?");
        send("claude-haiku-4-5", "Name a prime number.");
        traces.flush();

        MainWindow window(&h.proxy, &traces, PriceTable::builtin());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        TraceBrowser *browser = window.browser();
        QVERIFY(browser);
        TraceTableModel *model = browser->model();
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE(model->rowCount(), 3);
        QTRY_VERIFY(model->isIdle());

        // Typing a filter changes the rows.
        QLineEdit *filter = browser->filterBar()->lineEdit();
        filter->setFocus();
        QTest::keyClicks(filter, QStringLiteral("model:gpt-4o-mini"));
        QTRY_COMPARE(model->rowCount(), 2);
        // Live calls appear while filtered; those the filter excludes do not.
        send("gpt-4o-mini", "What is the capital of Spain?");
        send("claude-haiku-4-5", "Name another prime number.");
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 3, 5000);
        // Invalid input is marked and explained; the list keeps the last valid filter.
        QTest::keyClicks(filter, QStringLiteral(" status:>>x"));
        QVERIFY(!browser->filterBar()->isValid());
        QVERIFY(!browser->filterBar()->message().isEmpty());
        QTest::qWait(300);
        QCOMPARE(model->rowCount(), 3);
        // Esc clears the filter.
        QTest::keyClick(filter, Qt::Key_Escape);
        QTRY_COMPARE(model->rowCount(), 5);
        QTRY_VERIFY(model->isIdle());
        Screenshots::save(&window, "browser-list");

        // Selecting a row (a click) fills the detail tabs.
        QTableView *table = browser->table();
        const QModelIndex first = model->index(0, TraceTableModel::Model);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(first).center());
        CallDetailPane *detail = browser->detail();
        QTRY_VERIFY(detail->callId().has_value());
        QCOMPARE(*detail->callId(), model->rowIdAt(0));
        QTRY_VERIFY2(detail->chatView()->transcriptText().contains(
                             QStringLiteral("What is the capital of France?")),
                     qPrintable(detail->chatView()->transcriptText()));
        QVERIFY(detail->chatView()->transcriptText().contains(QStringLiteral("Be brief.")));
        QVERIFY(detail->headerNames(false).contains(QStringLiteral("authorization"),
                                                    Qt::CaseInsensitive));
        QVERIFY(detail->costText().contains(QStringLiteral("Tokens")));
        QVERIFY(!detail->costText().contains(QStringLiteral("Prices have changed")));
        // New prices while it runs (the settings, or another process's price import): the
        // Cost tab's rates are the new table's, and it says the call was priced with others.
        {
            PriceTable user(QStringLiteral("user"));
            user.setUpdated(QStringLiteral("2026-11-22T10:00:00Z"));
            ModelPrice row;
            row.provider = QStringLiteral("openai");
            row.id = QStringLiteral("gpt-4o-mini");
            row.input = 1.5;
            row.output = 2.0;
            user.setRows({row});
            PriceTable changed = PriceTable::builtin();
            changed.mergeOverrides(user);
            browser->setPrices(changed);
            QVERIFY2(detail->costText().contains(QStringLiteral("Prices have changed")),
                     qPrintable(detail->costText()));
            QVERIFY(detail->costText().contains(changed.version()));
            browser->setPrices(PriceTable::builtin());
            QVERIFY(!detail->costText().contains(QStringLiteral("Prices have changed")));
        }
        detail->setCurrentIndex(CallDetailPane::ChatTab);
        Screenshots::save(&window, "browser-chat");
        // The same in a dark palette: colours come from the palette, not constants.
        {
            const QPalette light = QApplication::palette();
            const QPalette dark = Screenshots::darkPalette();
            QApplication::setPalette(dark);
            QTest::qWait(50);
            Screenshots::save(&window, "browser-chat-dark");
            QApplication::setPalette(light);
        }
        detail->setCurrentIndex(detail->count() - 1); // the trace waterfall
        QTRY_VERIFY(browser->traceView()->selectedCall() == model->rowIdAt(0));
        Screenshots::save(&window, "browser-timeline");

        // j moves to the next call.
        table->setFocus();
        QTest::keyClick(table, Qt::Key_J);
        QTRY_COMPARE(detail->callId().value_or(0), model->rowIdAt(1));
        QTest::keyClick(table, Qt::Key_K);
        QTRY_COMPARE(detail->callId().value_or(0), model->rowIdAt(0));
        // End, Ctrl+End, Home and Ctrl+Home go to the last or first call and select it: the
        // call on screen is the one Delete and Copy take.
        const int last = model->rowCount() - 1;
        for (const auto &[key, modifiers, row] :
             {std::tuple {Qt::Key_End, Qt::KeyboardModifiers(), last},
              std::tuple {Qt::Key_Home, Qt::KeyboardModifiers(), 0},
              std::tuple {Qt::Key_End, Qt::KeyboardModifiers(Qt::ControlModifier), last},
              std::tuple {Qt::Key_Home, Qt::KeyboardModifiers(Qt::ControlModifier), 0},
              std::tuple {Qt::Key_Down, Qt::KeyboardModifiers(Qt::ControlModifier), 1}}) {
            QTest::keyClick(table, key, modifiers);
            QTRY_COMPARE(detail->callId().value_or(0), model->rowIdAt(row));
            QCOMPARE(browser->selectedIds(), QList<qint64> {model->rowIdAt(row)});
        }
        QTest::keyClick(table, Qt::Key_Down, Qt::ShiftModifier); // Shift still extends
        QCOMPARE(browser->selectedIds().size(), 2);
        QTest::keyClick(table, Qt::Key_Home, Qt::ControlModifier);
        QTRY_COMPARE(detail->callId().value_or(0), model->rowIdAt(0));

        // Copy as cURL: the credential is a shell variable, never the stored key.
        browser->copyAsCurl();
        const QString curl = QApplication::clipboard()->text();
        QVERIFY2(curl.startsWith(QStringLiteral("curl ")), qPrintable(curl));
        QVERIFY(curl.contains(QStringLiteral("/v1/chat/completions")));
        QVERIFY2(curl.contains(QStringLiteral("-H 'Authorization: Bearer '\"$API_KEY\"")),
                 qPrintable(curl));
        QVERIFY(curl.contains(QStringLiteral("capital of France")));
        QVERIFY(!curl.contains(QStringLiteral("1234")));

        // The request body as sent, indented, its members in their order.
        browser->copyRequestJson();
        const QString copied = QApplication::clipboard()->text();
        QVERIFY2(copied.startsWith(
                         QStringLiteral("{\n  \"model\": \"gpt-4o-mini\",\n  \"temperature\"")),
                 qPrintable(copied));

        // Resend: the edited request goes through the proxy and is recorded as a child of the
        // original call.
        const qint64 originalId = model->rowIdAt(0);
        browser->resendCurrent();
        ResendDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = browser->findChild<ResendDialog *>()) != nullptr);
        QCOMPARE(dialog->editor()->toPlainText(), copied); // to edit as it was sent
        dialog->editor()->setPlainText(QString::fromUtf8(
                chatBody("gpt-4o-mini", "What is the capital of France? One word.")));
        QSignalSpy resent(browser, &TraceBrowser::resent);
        dialog->send();
        QTRY_COMPARE_WITH_TIMEOUT(resent.size(), 1, 5000);
        QCOMPARE(resent.at(0).at(0).toInt(), 200);
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 6, 5000);
        dialog->close();
        {
            TraceReader reader(traces.databasePath(), QStringLiteral("check"));
            QVERIFY(reader.open(&error));
            const auto original = reader.load(originalId, &error);
            const auto again = reader.load(model->rowIdAt(5), &error);
            QVERIFY(original && again);
            QCOMPARE(again->traceId, original->traceId);
            QCOMPARE(again->parentSpanId, original->spanId);
            QVERIFY(again->tags.contains(QStringLiteral("resend")));
            QVERIFY(again->requestBody.contains("One word."));
        }

        // Export the two first calls, selected, as fine-tuning JSONL from File → Export.
        {
            table->selectionModel()->select(
                    QItemSelection(model->index(0, 0),
                                   model->index(1, TraceTableModel::ColumnCount - 1)),
                    QItemSelectionModel::ClearAndSelect);
            // A long home folder: the suggested file in it still shows whole.
            const QByteArray home = qgetenv("HOME");
            qputenv("HOME", "/home/a-rather-long-user-name/with/some/nested/folders");
            ExportDialog *exporting = browser->openExportDialog();
            qputenv("HOME", home);
            QCOMPARE(exporting->request().ids.size(), 2); // the selection is the default
            exporting->show();
            const auto *path = exporting->findChild<QLineEdit *>(QStringLiteral("exportPath"));
            QVERIFY(path);
            QVERIFY2(path->width() > path->fontMetrics().horizontalAdvance(path->text()),
                     qPrintable(path->text()));
            exporting->setFormat(QStringLiteral("jsonl"));
            const QString out = dataDir.filePath(QStringLiteral("selected.jsonl"));
            exporting->setOutputPath(out);
            QSignalSpy done(exporting, &ExportDialog::finished);
            exporting->start();
            QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 5000);
            const auto result = done.at(0).at(0).value<ExportCommand::Result>();
            QCOMPARE(result.exitCode, 0);
            QCOMPARE(result.written, 2);
            QFile file(out);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray text = file.readAll();
            QCOMPARE(text.count('\n'), 2);
            QVERIFY(text.contains("capital of France"));
            QVERIFY(!text.contains("sk-test"));
        }

        // Compare two selected calls.
        table->selectionModel()->select(
                QItemSelection(model->index(0, 0),
                               model->index(1, TraceTableModel::ColumnCount - 1)),
                QItemSelectionModel::ClearAndSelect);
        QCOMPARE(browser->selectedIds().size(), 2);
        browser->compareSelected();
        CompareDialog *compare = nullptr;
        QTRY_VERIFY((compare = browser->findChild<CompareDialog *>()) != nullptr);
        QVERIFY2(compare->differences().contains(QStringLiteral("request: messages[1].content")),
                 qPrintable(compare->differences().join(u'\n')));
        compare->close();

        // Filter on a cell's value from the context menu action.
        table->setCurrentIndex(model->index(2, TraceTableModel::Model));
        browser->filterOnCell(false);
        QCOMPARE(browser->filterBar()->text(), QStringLiteral("model:claude-haiku-4-5"));
        QTRY_COMPARE(model->rowCount(), 2);
        browser->filterBar()->setText(QString());
        QTRY_COMPARE(model->rowCount(), 6);

        // A filter that leaves the shown call out empties the detail: nothing is selected.
        QTRY_VERIFY(model->isIdle());
        int gptRow = -1;
        for (int row = 0; row < model->rowCount() && gptRow < 0; ++row) {
            if (model->index(row, TraceTableModel::Model).data().toString()
                == QLatin1String("gpt-4o-mini"))
                gptRow = row;
        }
        QVERIFY(gptRow >= 0);
        browser->selectRow(gptRow);
        QTRY_COMPARE(detail->callId().value_or(0), model->rowIdAt(gptRow));
        browser->filterBar()->setText(QStringLiteral("model:claude-haiku-4-5"));
        QTRY_COMPARE(model->rowCount(), 2);
        QTRY_VERIFY(!detail->callId().has_value());
        browser->filterBar()->setText(QString());
        QTRY_COMPARE(model->rowCount(), 6);

        // Delete the selected calls (the confirmation answered Yes).
        QTRY_VERIFY(model->isIdle());
        browser->selectRow(0);
        QTimer::singleShot(0, this, [] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (box)
                box->button(QMessageBox::Yes)->click();
        });
        browser->deleteSelected();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 5, 5000);
        QVERIFY(model->rowOf(originalId) < 0);
        {
            TraceReader reader(traces.databasePath(), QStringLiteral("check2"));
            QVERIFY(reader.open(&error));
            QCOMPARE(reader.count({}, &error), qint64(5));
        }
        h.proxy.stop();
    }

    void selectionStaysOnItsCallAsCallsArriveInAnotherOrder()
    {
        QTemporaryDir dataDir;
        const QString path = TraceService::databasePath(dataDir.path());
        TraceStore store(path, QStringLiteral("seed"));
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        auto calls = [](int first, int count) {
            QList<TraceRecord> batch;
            for (int i = first; i < first + count; ++i) {
                TraceRecord r;
                r.traceId = QByteArray::number(i, 16).rightJustified(32, '0');
                r.spanId = QByteArray::number(i, 16).rightJustified(16, '0');
                r.startUnixNs = 1'763'596'800'000'000'000LL + i * 1'000'000'000LL;
                r.endUnixNs = r.startUnixNs + 1'000'000;
                r.endpoint = QStringLiteral("chat");
                r.model = i % 2 ? QStringLiteral("b-model") : QStringLiteral("a-model");
                r.status = 200;
                batch.append(r);
            }
            return batch;
        };
        QList<TraceRecord> batch = calls(0, 40);
        QVERIFY2(store.insert(batch, &error), qPrintable(error));

        TraceBrowser browser(path, QString(), PriceTable::builtin());
        browser.resize(1000, 700);
        browser.show();
        TraceTableModel *model = browser.model();
        QTRY_COMPARE(model->rowCount(), 40);
        // Columns fit their longer values in the font in use.
        const QFontMetrics metrics(browser.table()->font());
        const auto fits = [&](TraceTableModel::Column column, const QString &text) {
            return browser.table()->columnWidth(column) > metrics.horizontalAdvance(text);
        };
        QVERIFY(fits(TraceTableModel::Endpoint, QStringLiteral("embeddings")));
        QVERIFY(fits(TraceTableModel::Model, QStringLiteral("claude-sonnet-4-5")));
        QVERIFY(fits(TraceTableModel::Time,
                     model->index(0, TraceTableModel::Time).data().toString()));
        QVERIFY(fits(TraceTableModel::Cost, QStringLiteral("$0.0001185")));
        // The list has the larger share of the window, whatever the detail tabs hint at.
        const auto *splitter = browser.findChild<QSplitter *>(QStringLiteral("browserSplitter"));
        QVERIFY(splitter);
        QVERIFY2(splitter->sizes().at(0) > splitter->sizes().at(1),
                 qPrintable(QStringLiteral("%1 / %2")
                                    .arg(splitter->sizes().at(0))
                                    .arg(splitter->sizes().at(1))));
        browser.table()->sortByColumn(TraceTableModel::Model, Qt::AscendingOrder);
        QTRY_COMPARE(model->sortOrder().key, TraceSort::Model);
        QTRY_VERIFY(model->isIdle());
        // Nothing selected: the Call menu has nothing to act on.
        const QList<QAction *> actions = browser.callActions();
        auto enabled = [&] {
            return std::count_if(actions.cbegin(), actions.cend(),
                                 [](const QAction *a) { return a->isEnabled(); });
        };
        QCOMPARE(enabled(), 0);
        browser.selectRow(25); // a b-model call
        const qint64 selected = model->rowIdAt(25);
        QTRY_COMPARE(browser.detail()->callId().value_or(0), selected);
        QCOMPARE(enabled(), 3); // the three copies (no proxy to resend through, no store)

        // New calls of both models: inserted in place, among the rows above and below.
        batch = calls(40, 4);
        QVERIFY2(store.insert(batch, &error), qPrintable(error));
        model->notifyRecorded();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 44, 5000);
        QCOMPARE(browser.selectedIds(), QList<qint64> {selected});
        QCOMPARE(model->rowIdAt(browser.table()->currentIndex().row()), selected);
        QCOMPARE(browser.detail()->callId().value_or(0), selected);
    }

private:
    QTemporaryDir m_settingsDir;
};

QTEST_MAIN(TestTraceBrowser)
#include "tst_tracebrowser.moc"
