// Settings → Export as a person uses it, offscreen: destinations listed, edited through the
// form, added from presets and removed, secret header values kept off the screen, a live filter
// error, "Test connection" against an in-process collector, problems shown on the right row,
// export status. Saves build/tests/screenshots/settings-export.png.

#include "exportsettingspage.h"
#include "fakecollector.h"
#include "otlpdestinationtablemodel.h"
#include "screenshots.h"

#include "export/otlpconnectiontest.h"
#include "export/otlpexportservice.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QByteArray SecretKey = "sk-live-0123456789abcdefWXYZ";

AppSettings twoDestinations()
{
    AppSettings settings;
    // Authorization: Bearer KEY, x-bt-parent: project_id:p1
    const OtlpDestination bt = OtlpDestination::braintrust(SecretKey, u"p1"_s);
    OtlpDestination local = OtlpDestination::localCollector();
    local.enabled = false;
    local.samplingRate = 0.5;
    settings.exports.destinations = {bt, local};
    return settings;
}

template<typename T> T *child(QWidget &page, const char *name)
{
    T *widget = page.findChild<T *>(QString::fromLatin1(name));
    if (!widget)
        qWarning("no %s", name);
    return widget;
}

// Every text the page shows: labels, fields and table cells.
QStringList visibleTexts(ExportSettingsPage &page)
{
    QStringList texts;
    for (const QLineEdit *edit : page.findChildren<QLineEdit *>())
        texts.append(edit->text());
    for (const QPlainTextEdit *edit : page.findChildren<QPlainTextEdit *>())
        texts.append(edit->toPlainText());
    for (const QLabel *label : page.findChildren<QLabel *>())
        texts.append(label->text());
    const QAbstractItemModel *model = page.model();
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column = 0; column < model->columnCount(); ++column) {
            for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole)})
                texts.append(model->index(row, column).data(role).toString());
        }
    }
    return texts;
}

} // namespace

class TestExportSettingsPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void listsTheDestinations()
    {
        ExportSettingsPage page(nullptr);
        QAbstractItemModelTester tester(page.model());
        page.load(twoDestinations());
        auto *table = child<QTableView>(page, "destinationTable");
        QCOMPARE(table->model()->rowCount(), 2);
        const auto cell = [&](int row, int column) {
            return table->model()->index(row, column).data().toString();
        };
        QCOMPARE(cell(0, OtlpDestinationTableModel::NameColumn), u"Braintrust"_s);
        QCOMPARE(cell(0, OtlpDestinationTableModel::EndpointColumn),
                 u"https://api.braintrust.dev/otel/v1/traces"_s);
        QCOMPARE(cell(1, OtlpDestinationTableModel::PresetColumn), u"Local collector"_s);
        QCOMPARE(cell(1, OtlpDestinationTableModel::EncodingColumn), u"proto"_s);
        QCOMPARE(table->model()
                         ->index(1, OtlpDestinationTableModel::EnabledColumn)
                         .data(Qt::CheckStateRole)
                         .toInt(),
                 int(Qt::Unchecked));
        QVERIFY(table->isColumnHidden(OtlpDestinationTableModel::StatusColumn));
        QCOMPARE(page.currentRow(), 0);
        QCOMPARE(child<QLineEdit>(page, "nameEdit")->text(), u"Braintrust"_s);

        AppSettings stored;
        page.store(stored);
        QCOMPARE(stored.exports, twoDestinations().exports);
    }

    void editsThroughTheForm()
    {
        ExportSettingsPage page(nullptr);
        QAbstractItemModelTester tester(page.model());
        page.load(twoDestinations());
        QSignalSpy changed(&page, &SettingsPage::changed);
        page.setCurrentRow(1);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(child<QDoubleSpinBox>(page, "samplingSpin")->value(), 50.0);

        child<QLineEdit>(page, "nameEdit")->setText(u"Jaeger"_s);
        child<QLineEdit>(page, "endpointEdit")->setText(u"http://jaeger.lan:4318/v1/traces"_s);
        child<QComboBox>(page, "encodingCombo")->setCurrentIndex(1);
        child<QPlainTextEdit>(page, "headersEdit")->setPlainText(u"x-team: infra"_s);
        child<QCheckBox>(page, "gzipCheck")->setChecked(true);
        child<QCheckBox>(page, "privacyCheck")->setChecked(true);
        child<QDoubleSpinBox>(page, "samplingSpin")->setValue(25);
        child<QLineEdit>(page, "filterEdit")->setText(u"model:gpt-4o*"_s);
        child<QCheckBox>(page, "enabledCheck")->setChecked(true);
        QVERIFY(changed.count() >= 9);
        QCOMPARE(page.model()->index(1, OtlpDestinationTableModel::NameColumn).data(),
                 QVariant(u"Jaeger"_s));

        AppSettings stored;
        page.store(stored);
        QCOMPARE(stored.exports.destinations.size(), 2);
        QCOMPARE(stored.exports.destinations.at(0), twoDestinations().exports.destinations.at(0));
        const OtlpDestination &d = stored.exports.destinations.at(1);
        QCOMPARE(d.id, u"local-collector"_s);
        QCOMPARE(d.name, u"Jaeger"_s);
        QCOMPARE(d.endpoint, QUrl(u"http://jaeger.lan:4318/v1/traces"_s));
        QCOMPARE(d.encoding, OtlpDestination::Encoding::Json);
        QCOMPARE(d.headers.size(), 1);
        QCOMPARE(d.headers.value("x-team"), QByteArray("infra"));
        QVERIFY(d.gzip);
        QVERIFY(d.privacy);
        QCOMPARE(d.samplingRate, 0.25);
        QCOMPARE(d.filter, u"model:gpt-4o*"_s);
        QVERIFY(d.enabled);
        QString error;
        QVERIFY2(d.isValid(&error), qPrintable(error));

        // The Enabled box in the table edits the same value, and the form follows.
        QVERIFY(page.model()->setData(
                page.model()->index(1, OtlpDestinationTableModel::EnabledColumn), Qt::Unchecked,
                Qt::CheckStateRole));
        QVERIFY(!child<QCheckBox>(page, "enabledCheck")->isChecked());
        page.store(stored);
        QVERIFY(!stored.exports.destinations.at(1).enabled);
    }

    void addsPresetsWithUniqueIdsAndRemoves()
    {
        ExportSettingsPage page(nullptr);
        QAbstractItemModelTester tester(page.model());
        page.load(twoDestinations());
        QSignalSpy changed(&page, &SettingsPage::changed);

        // Through the Add button's menu, as a person would.
        auto *add = child<QPushButton>(page, "addButton");
        QVERIFY(add->menu());
        QAction *braintrust = nullptr;
        for (QAction *action : add->menu()->actions()) {
            if (action->text() == u"Braintrust"_s)
                braintrust = action;
        }
        QVERIFY(braintrust);
        braintrust->trigger();
        QCOMPARE(page.model()->rowCount(), 3);
        QCOMPARE(page.currentRow(), 2);
        QCOMPARE(page.model()->destination(2).id, u"braintrust-2"_s);
        QCOMPARE(page.model()->destination(2).name, u"Braintrust 2"_s);
        QCOMPARE(child<QLineEdit>(page, "nameEdit")->text(), u"Braintrust 2"_s);
        QCOMPARE(changed.count(), 1);

        QCOMPARE(page.addDestination(OtlpDestination::Preset::Braintrust), 3);
        QCOMPARE(page.model()->destination(3).id, u"braintrust-3"_s);
        QCOMPARE(page.addDestination(OtlpDestination::Preset::Custom), 4);
        QCOMPARE(page.model()->destination(4).id, u"otlp"_s);
        QCOMPARE(page.addDestination(OtlpDestination::Preset::Langfuse), 5);
        QCOMPARE(page.model()->destination(5).id, u"langfuse"_s);
        QCOMPARE(page.model()->destination(5).endpoint.host(), u"cloud.langfuse.com"_s);

        page.setCurrentRow(3);
        QTest::mouseClick(child<QPushButton>(page, "removeButton"), Qt::LeftButton);
        QCOMPARE(page.model()->rowCount(), 5);
        QCOMPARE(page.currentRow(), 3);
        QCOMPARE(page.model()->destination(3).id, u"otlp"_s);
        QCOMPARE(child<QLineEdit>(page, "nameEdit")->text(), u"OTLP endpoint"_s);

        AppSettings stored;
        page.store(stored);
        QStringList ids;
        for (const OtlpDestination &d : stored.exports.destinations)
            ids.append(d.id);
        QCOMPARE(ids,
                 (QStringList {u"braintrust"_s, u"local-collector"_s, u"braintrust-2"_s, u"otlp"_s,
                               u"langfuse"_s}));
        // Ids stay unique, so validation has nothing to say about them.
        for (const AppSettings::Problem &problem : stored.validate())
            QVERIFY2(!problem.message.contains(u"share the id"_s), qPrintable(problem.message));

        // Down to nothing: the form is disabled.
        while (page.model()->rowCount() > 0)
            page.removeCurrentDestination();
        QCOMPARE(page.currentRow(), -1);
        QVERIFY(!child<QWidget>(page, "nameEdit")->isEnabled());
        QVERIFY(!child<QPushButton>(page, "removeButton")->isEnabled());
    }

    void masksSecretsUntilAskedToShow()
    {
        ExportSettingsPage page(nullptr);
        QAbstractItemModelTester tester(page.model());
        page.load(twoDestinations());
        auto *headers = child<QPlainTextEdit>(page, "headersEdit");
        QVERIFY(!page.secretsShown());
        QCOMPARE(headers->toPlainText(),
                 u"Authorization: Bearer \u2026WXYZ\nx-bt-parent: project_id:p1"_s);
        for (const QString &text : visibleTexts(page))
            QVERIFY2(!text.contains(QString::fromLatin1(SecretKey.left(12))), qPrintable(text));
        AppSettings stored;
        page.store(stored);
        QCOMPARE(stored.exports.destinations.at(0).headers.value("Authorization"),
                 "Bearer " + SecretKey);

        // Editing another line while masked keeps the real key.
        headers->setPlainText(headers->toPlainText() + u"\nx-extra: 1"_s);
        page.store(stored);
        HttpHeaders expected;
        expected.append("Authorization", "Bearer " + SecretKey);
        expected.append("x-bt-parent", "project_id:p1");
        expected.append("x-extra", "1");
        QCOMPARE(stored.exports.destinations.at(0).headers, expected);

        // Shown: the real value, editable as it is.
        child<QCheckBox>(page, "showSecretsCheck")->setChecked(true);
        QVERIFY(headers->toPlainText().contains(QString::fromLatin1(SecretKey)));
        headers->setPlainText(u"Authorization: Bearer sk-new-key-000000009876"_s);
        child<QCheckBox>(page, "showSecretsCheck")->setChecked(false);
        QCOMPARE(headers->toPlainText(), u"Authorization: Bearer \u20269876"_s);
        page.store(stored);
        QCOMPARE(stored.exports.destinations.at(0).headers.value("Authorization"),
                 QByteArray("Bearer sk-new-key-000000009876"));

        // A key typed over the mask replaces it; a malformed line is reported, not kept.
        headers->setPlainText(u"Authorization: Bearer typed-key-1234567\nnot a header"_s);
        QVERIFY(child<QLabel>(page, "headersError")->isVisibleTo(&page));
        QVERIFY(child<QLabel>(page, "headersError")->text().contains(u"Line 2"_s));
        page.store(stored);
        QCOMPARE(stored.exports.destinations.at(0).headers.size(), 1);
        QCOMPARE(stored.exports.destinations.at(0).headers.value("Authorization"),
                 QByteArray("Bearer typed-key-1234567"));
    }

    void showsFilterErrorsLive()
    {
        ExportSettingsPage page(nullptr);
        QAbstractItemModelTester tester(page.model());
        page.load(twoDestinations());
        auto *filter = child<QLineEdit>(page, "filterEdit");
        auto *error = child<QLabel>(page, "filterError");
        QVERIFY(!error->isVisibleTo(&page));
        filter->setText(u"status:abc"_s);
        QVERIFY(error->isVisibleTo(&page));
        QVERIFY2(error->text().contains(u"abc"_s), qPrintable(error->text()));
        filter->setText(u"status:>=400 model:gpt-4o*"_s);
        QVERIFY(!error->isVisibleTo(&page));
        // An invalid filter reaches the problem line on Apply, at its row.
        filter->setText(u"colour:red"_s);
        page.setCurrentRow(1);
        QVERIFY(!error->isVisibleTo(&page)); // row 1 has no filter
        AppSettings stored = twoDestinations();
        page.store(stored);
        QCOMPARE(page.showProblems(stored.validate()), 1);
        QCOMPARE(page.currentRow(), 0);
        QVERIFY(page.problemText(u"export."_s).contains(u"colour"_s));
        QVERIFY(error->isVisibleTo(&page));
    }

    void testsTheConnection()
    {
        FakeCollector collector;
        QVERIFY(collector.listen());
        ExportSettingsPage page(nullptr);
        QAbstractItemModelTester tester(page.model());
        page.load(twoDestinations());
        page.setCurrentRow(1);
        child<QLineEdit>(page, "endpointEdit")->setText(collector.url().toString());
        auto *result = child<QLabel>(page, "testResult");
        QTest::mouseClick(child<QPushButton>(page, "testButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(u"200"_s), 10000);
        QCOMPARE(collector.received().size(), 1);
        QCOMPARE(collector.received().at(0).spans.size(), 1);

        FakeCollector::Answer refused;
        refused.status = 401;
        refused.body = "bad key";
        collector.script({refused});
        page.testConnection();
        QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(u"401"_s), 10000);
        QVERIFY(result->text().contains(u"bad key"_s));

        // Not a URL: said at once, nothing sent.
        child<QLineEdit>(page, "endpointEdit")->setText(u"collector"_s);
        page.testConnection();
        QVERIFY(result->text().contains(u"http"_s));
        QCOMPARE(collector.received().size(), 2);

        // Editing the destination takes back an answer about how it was.
        child<QLineEdit>(page, "endpointEdit")->setText(collector.url().toString());
        QVERIFY(result->text().isEmpty());

        // An answer that arrives after an edit is not shown either.
        collector.script({refused});
        page.testConnection();
        QCOMPARE(result->text(), u"Testing…"_s);
        child<QLineEdit>(page, "filterEdit")->setText(u"model:gpt-4o"_s);
        QVERIFY(result->text().isEmpty());
        auto *test = page.findChild<OtlpConnectionTest *>();
        QVERIFY(test);
        QSignalSpy answered(test, &OtlpConnectionTest::finished);
        QVERIFY(answered.wait(10000));
        QCOMPARE(collector.received().size(), 3);
        QVERIFY2(result->text().isEmpty(), qPrintable(result->text()));
    }

    void problemSelectsItsRow()
    {
        ExportSettingsPage page(nullptr);
        QAbstractItemModelTester tester(page.model());
        page.load(twoDestinations());
        QCOMPARE(page.currentRow(), 0);
        QCOMPARE(page.showProblems({{u"export.1"_s, u"Something is wrong here."_s},
                                    {u"proxy.listenPort"_s, u"Not mine."_s}}),
                 1);
        QCOMPARE(page.currentRow(), 1);
        QCOMPARE(child<QLineEdit>(page, "nameEdit")->text(), u"Local collector"_s);
        QCOMPARE(page.problemText(u"export."_s), u"Something is wrong here."_s);
        QCOMPARE(page.showProblems({}), 0);
        QCOMPARE(page.problemText(u"export."_s), QString());
    }

    void showsExportStatus()
    {
        OtlpExportService service;
        ExportSettingsPage page(&service);
        QAbstractItemModelTester tester(page.model());
        page.load(twoDestinations());
        auto *table = child<QTableView>(page, "destinationTable");
        QVERIFY(!table->isColumnHidden(OtlpDestinationTableModel::StatusColumn));
        const QModelIndex status = page.model()->index(0, OtlpDestinationTableModel::StatusColumn);
        QCOMPARE(status.data().toString(), u"nothing sent yet"_s);

        OtlpDestinationStatus s;
        s.queued = 3;
        s.sent = 1200;
        s.failed = 2;
        s.lastHttpStatus = 400;
        s.lastError = u"HTTP 400: bad span"_s;
        s.lastErrorAt = QDateTime::currentDateTimeUtc();
        Q_EMIT service.statusChanged(u"braintrust"_s, s);
        QVERIFY2(status.data().toString().contains(u"3 queued"_s),
                 qPrintable(status.data().toString()));
        QVERIFY(status.data().toString().contains(u"2 failed"_s));
        QCOMPARE(status.data(Qt::ToolTipRole).toString(), u"HTTP 400: bad span"_s);
        auto *line = child<QLabel>(page, "statusLine");
        QVERIFY2(line->text().contains(u"1,200 sent"_s) || line->text().contains(u"1200 sent"_s),
                 qPrintable(line->text()));
        QVERIFY(line->text().contains(u"HTTP 400: bad span"_s));
        QCOMPARE(page.model()->index(1, OtlpDestinationTableModel::StatusColumn).data(),
                 QVariant(u"off"_s));
    }

    void screenshot()
    {
        OtlpExportService service;
        ExportSettingsPage page(&service);
        QAbstractItemModelTester tester(page.model());
        AppSettings settings = twoDestinations();
        OtlpDestination langfuse = OtlpDestination::langfuse("pk-lf-1234", "sk-lf-5678abcd");
        langfuse.privacy = true;
        langfuse.filter = u"status:>=400"_s;
        settings.exports.destinations.append(langfuse);
        page.load(settings);
        OtlpDestinationStatus s;
        s.sent = 412;
        s.queued = 3;
        s.lastSuccessAt = QDateTime::currentDateTimeUtc();
        Q_EMIT service.statusChanged(u"braintrust"_s, s);
        page.resize(820, 760);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        Screenshots::save(&page, "settings-export");
    }
};

QTEST_MAIN(TestExportSettingsPage)
#include "tst_exportsettingspage.moc"
