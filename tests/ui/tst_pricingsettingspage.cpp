// Settings → Pricing as a person uses it, offscreen: the built-in table searched, overrides
// added and edited, validation, saving to <dataDir>/pricing.json, the effective prices, and a
// LiteLLM or OpenRouter price file merged in as `tokentap prices import` merges it. Saves
// build/tests/screenshots/settings-pricing.png.

#include "pricetablemodel.h"
#include "pricingsettingspage.h"
#include "screenshots.h"

#include "config/maintenancecommands.h"
#include "llm/userpricefile.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Rates in USD per token, as LiteLLM writes them.
const char LiteLlmJson[] =
        "{\n"
        " \"gpt-4o\": {\"litellm_provider\": \"openai\", \"mode\": \"chat\",\n"
        "   \"input_cost_per_token\": 3e-06},\n"
        " \"house-model\": {\"litellm_provider\": \"local\", \"mode\": \"chat\",\n"
        "   \"input_cost_per_token\": 1e-07, \"output_cost_per_token\": 2e-07},\n"
        " \"dall-e-3\": {\"litellm_provider\": \"openai\",\n"
        "   \"output_cost_per_image\": 0.04}\n"
        "}\n";

const char OpenRouterJson[] = "{\"data\": [{\"id\": \"acme/rocket-1\", \"pricing\": "
                              "{\"prompt\": \"0.000001\", \"completion\": \"0.000002\"}}]}";

template<typename T> T *child(QWidget &page, const char *name)
{
    T *widget = page.findChild<T *>(QString::fromLatin1(name));
    if (!widget)
        qWarning("no %s", name);
    return widget;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

ModelPrice price(const QString &provider, const QString &id, std::optional<double> input,
                 std::optional<double> output)
{
    ModelPrice p;
    p.provider = provider;
    p.id = id;
    p.input = input;
    p.output = output;
    return p;
}

bool setCell(PriceTableModel *model, int row, int column, const QString &text)
{
    return model->setData(model->index(row, column), text);
}

} // namespace

class TestPricingSettingsPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void searchFiltersTheBuiltinTable()
    {
        QTemporaryDir dir;
        PricingSettingsPage page(dir.path());
        QAbstractItemModelTester builtinTester(page.builtinProxy());
        QAbstractItemModelTester overridesTester(page.overridesModel());
        QSortFilterProxyModel *proxy = page.builtinProxy();
        const int all = int(PriceTable::builtin().rows().size());
        QVERIFY(all > 10);
        QCOMPARE(proxy->rowCount(), all);
        QCOMPARE(child<QTableView>(page, "builtinTable")->model(), proxy);

        auto *search = child<QLineEdit>(page, "searchEdit");
        QTest::keyClicks(search, u"CLAUDE"_s);
        QVERIFY(proxy->rowCount() > 0);
        QVERIFY(proxy->rowCount() < all);
        for (int row = 0; row < proxy->rowCount(); ++row) {
            const QString text =
                    proxy->index(row, 0).data(PriceTableModel::SearchTextRole).toString();
            QVERIFY2(text.contains(u"claude"_s, Qt::CaseInsensitive), qPrintable(text));
        }
        // By provider, by several words in any order, and by alias.
        search->setText(u"anthropic"_s);
        const int anthropic = proxy->rowCount();
        QVERIFY(anthropic > 0);
        search->setText(u"sonnet anthropic"_s);
        QVERIFY(proxy->rowCount() > 0);
        QVERIFY(proxy->rowCount() < anthropic);
        search->setText(u"gpt-4o-2024-08-06"_s);
        QCOMPARE(proxy->rowCount(), 1);
        QCOMPARE(proxy->index(0, PriceTableModel::ModelColumn).data().toString(), u"gpt-4o"_s);
        QCOMPARE(proxy->index(0, PriceTableModel::InputColumn).data().toString(), u"2.50"_s);
        QCOMPARE(proxy->index(0, PriceTableModel::CacheWriteColumn).data().toString(), u"—"_s);
        search->setText(u"no-such-model-anywhere"_s);
        QCOMPARE(proxy->rowCount(), 0);
        search->clear();
        QCOMPARE(proxy->rowCount(), all);
        // Read-only.
        QVERIFY(!(proxy->flags(proxy->index(0, 0)) & Qt::ItemIsEditable));
    }

    void addsAndEditsAnOverride()
    {
        QTemporaryDir dir;
        PricingSettingsPage page(dir.path());
        QAbstractItemModelTester overridesTester(page.overridesModel());
        QAbstractItemModelTester builtinTester(page.builtinProxy());
        PriceTableModel *model = page.overridesModel();
        QSignalSpy changed(&page, &SettingsPage::changed);
        QVERIFY(!page.hasChanges());
        page.resize(800, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));

        // Add opens an editor on the new row's model id.
        QTest::mouseClick(child<QPushButton>(page, "addOverrideButton"), Qt::LeftButton);
        QCOMPARE(model->rowCount(), 1);
        QVERIFY(page.hasChanges());
        auto *view = child<QTableView>(page, "overridesTable");
        auto *editor = view->viewport()->findChild<QLineEdit *>();
        QVERIFY(editor);
        editor->setText(u"house-model"_s);
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(model->row(0).id, u"house-model"_s); // the delegate commits queued

        QVERIFY(setCell(model, 0, PriceTableModel::ProviderColumn, u"local"_s));
        QVERIFY(setCell(model, 0, PriceTableModel::InputColumn, u"0.5"_s));
        QVERIFY(setCell(model, 0, PriceTableModel::CacheReadColumn, u"$0.05"_s));
        QVERIFY(setCell(model, 0, PriceTableModel::OutputColumn, u"1.5"_s));
        QVERIFY(setCell(model, 0, PriceTableModel::ReasoningColumn, u"3"_s));
        QVERIFY(!setCell(model, 0, PriceTableModel::CacheWriteColumn, u"cheap"_s));
        QVERIFY(changed.count() >= 6);
        const ModelPrice row = model->row(0);
        QCOMPARE(row.provider, u"local"_s);
        QCOMPARE(row.input, 0.5);
        QCOMPARE(row.cacheRead, 0.05);
        QCOMPARE(row.cacheWrite, std::nullopt);
        QCOMPARE(row.output, 1.5);
        QCOMPARE(row.reasoningOutput, 3.0);
        QCOMPARE(model->index(0, PriceTableModel::OutputColumn).data().toString(), u"1.50"_s);
        QCOMPARE(model->index(0, PriceTableModel::OutputColumn).data(Qt::EditRole).toString(),
                 u"1.5"_s);
        // Emptied, a rate is unknown again.
        QVERIFY(setCell(model, 0, PriceTableModel::ReasoningColumn, QString()));
        QCOMPARE(model->row(0).reasoningOutput, std::nullopt);

        view->selectionModel()->setCurrentIndex(model->index(0, 0),
                                                QItemSelectionModel::ClearAndSelect);
        QTest::mouseClick(child<QPushButton>(page, "removeOverrideButton"), Qt::LeftButton);
        QCOMPARE(model->rowCount(), 0);
        QVERIFY(!page.hasChanges());
    }

    void validationRejectsBadOverrides()
    {
        QTemporaryDir dir;
        PricingSettingsPage page(dir.path());
        QAbstractItemModelTester overridesTester(page.overridesModel());
        QAbstractItemModelTester builtinTester(page.builtinProxy());
        PriceTableModel *model = page.overridesModel();
        model->appendRow(price(u"local"_s, u"house-model"_s, 1.0, 2.0));
        model->appendRow(price(u"openai"_s, u"gpt-4o"_s, 2.0, std::nullopt));
        QString error;
        QVERIFY2(page.validateOverrides(&error), qPrintable(error));

        auto *message = child<QLabel>(page, "pricingMessage");
        QVERIFY(setCell(model, 1, PriceTableModel::OutputColumn, u"-1"_s));
        QVERIFY(!page.validateOverrides(&error));
        QVERIFY2(error.contains(u"negative"_s), qPrintable(error));
        QVERIFY(error.contains(u"gpt-4o"_s));
        QVERIFY(message->isVisibleTo(&page));
        QCOMPARE(message->text(), error);
        auto *view = child<QTableView>(page, "overridesTable");
        QCOMPARE(view->selectionModel()->currentIndex().row(), 1);
        QVERIFY(!page.saveOverrides(&error));
        QVERIFY(!QFile::exists(UserPriceFile(dir.path()).path()));

        QVERIFY(setCell(model, 1, PriceTableModel::OutputColumn, u"8"_s));
        QVERIFY(setCell(model, 1, PriceTableModel::ModelColumn, u"HOUSE-model"_s));
        QVERIFY(setCell(model, 1, PriceTableModel::ProviderColumn, u"local"_s));
        QVERIFY(!page.validateOverrides(&error));
        QVERIFY2(error.contains(u"twice"_s), qPrintable(error));

        QVERIFY(setCell(model, 1, PriceTableModel::ModelColumn, QString()));
        QVERIFY(!page.validateOverrides(&error));
        QVERIFY2(error.contains(u"no model id"_s), qPrintable(error));

        QVERIFY(setCell(model, 1, PriceTableModel::ModelColumn, u"house-model-2"_s));
        QVERIFY2(page.validateOverrides(&error), qPrintable(error));
        QVERIFY(!message->isVisibleTo(&page));
    }

    void savesAndReadsBack()
    {
        QTemporaryDir dir;
        const QString dataDir = dir.filePath(u"data"_s);
        {
            PricingSettingsPage page(dataDir);
            QAbstractItemModelTester overridesTester(page.overridesModel());
            QAbstractItemModelTester builtinTester(page.builtinProxy());
            page.overridesModel()->appendRow(price(u"local"_s, u"house-model"_s, 0.5, 1.5));
            QVERIFY(page.hasChanges());
            QString error;
            QVERIFY2(page.saveOverrides(&error), qPrintable(error));
            QVERIFY(!page.hasChanges());
        }
        const UserPriceFile file(dataDir);
        QVERIFY(QFile::exists(file.path()));
        QString error;
        const std::optional<PriceTable> saved = file.load(&error);
        QVERIFY2(saved, qPrintable(error));
        QCOMPARE(saved->rows().size(), 1);
        QCOMPARE(saved->rows().at(0).id, u"house-model"_s);
        QCOMPARE(saved->rows().at(0).input, 0.5);
        QCOMPARE(saved->rows().at(0).output, 1.5);
        QVERIFY(!saved->updated().isEmpty());

        // A new page starts from the file, unchanged.
        PricingSettingsPage again(dataDir);
        QAbstractItemModelTester overridesTester(again.overridesModel());
        QAbstractItemModelTester builtinTester(again.builtinProxy());
        QCOMPARE(again.overridesModel()->rows(), saved->rows());
        QVERIFY(!again.hasChanges());
    }

    void effectivePricesUseTheOverrides()
    {
        QTemporaryDir dir;
        PricingSettingsPage page(dir.path());
        QAbstractItemModelTester overridesTester(page.overridesModel());
        QAbstractItemModelTester builtinTester(page.builtinProxy());
        page.resize(800, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(page.effectivePrices().lookup(u"gpt-4o"_s)->input, 2.5);

        // Pick gpt-4o in the built-in table and override it.
        child<QLineEdit>(page, "searchEdit")->setText(u"gpt-4o-2024-08-06"_s);
        auto *builtin = child<QTableView>(page, "builtinTable");
        const QModelIndex first = builtin->model()->index(0, PriceTableModel::ModelColumn);
        QTest::mouseClick(builtin->viewport(), Qt::LeftButton, {},
                          builtin->visualRect(first).center());
        QTest::mouseClick(child<QPushButton>(page, "overrideButton"), Qt::LeftButton);
        PriceTableModel *model = page.overridesModel();
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->row(0).id, u"gpt-4o"_s);
        QCOMPARE(model->row(0).provider, u"openai"_s);
        QCOMPARE(model->row(0).input, 2.5);
        // Again: the existing override is selected, not a second one made.
        QCOMPARE(page.overrideSelectedBuiltin(), 0);
        QCOMPARE(model->rowCount(), 1);

        QVERIFY(setCell(model, 0, PriceTableModel::InputColumn, u"99"_s));
        const PriceTable effective = page.effectivePrices();
        QCOMPARE(effective.lookup(u"gpt-4o"_s)->input, 99.0);
        QCOMPARE(effective.lookup(u"gpt-4o-2024-08-06"_s)->input, 99.0); // aliases kept
        QCOMPARE(effective.lookup(u"gpt-4o"_s)->output, 10.0);
        TokenUsage usage;
        usage.input = 1'000'000;
        usage.output = 0;
        QCOMPARE(effective.cost(u"gpt-4o"_s, usage).totalUsd, 99.0);
        // Nothing saved until asked.
        QVERIFY(!QFile::exists(UserPriceFile(dir.path()).path()));
    }

    void importMergesLikeTheCommandLine()
    {
        QTemporaryDir dir;
        const QString litellm = writeFile(dir, u"litellm.json"_s, LiteLlmJson);
        // The same starting overrides for the page and for `tokentap prices import`.
        PriceTable start(u"user"_s);
        start.setRows({price(u"openai"_s, u"gpt-4o"_s, std::nullopt, 12.0)});
        for (const QString &sub : {u"page"_s, u"cli"_s})
            QVERIFY(UserPriceFile(dir.filePath(sub)).save(start, nullptr));

        PricingSettingsPage page(dir.filePath(u"page"_s));
        QAbstractItemModelTester overridesTester(page.overridesModel());
        QAbstractItemModelTester builtinTester(page.builtinProxy());
        QSignalSpy changed(&page, &SettingsPage::changed);
        QString error;
        QVERIFY2(page.importPriceFile(litellm, &error), qPrintable(error));
        QVERIFY(changed.count() > 0);
        QVERIFY(page.hasChanges());
        const QList<ModelPrice> rows = page.overridesModel()->rows();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).id, u"gpt-4o"_s);
        QCOMPARE(rows.at(0).input, 3.0); // from the file
        QCOMPARE(rows.at(0).output, 12.0); // the override's own, the file has none
        QCOMPARE(rows.at(1).id, u"house-model"_s);
        QCOMPARE(rows.at(1).provider, u"local"_s);
        QVERIFY(qAbs(*rows.at(1).output - 0.2) < 1e-9);
        auto *message = child<QLabel>(page, "pricingMessage");
        QVERIFY2(message->text().contains(u"2 prices imported"_s), qPrintable(message->text()));
        QVERIFY(message->text().contains(u"1 new"_s));

        const MaintenanceCommands::Result cli =
                MaintenanceCommands::importPrices(dir.filePath(u"cli"_s), u"litellm"_s, litellm);
        QCOMPARE(cli.exitCode, 0);
        QVERIFY2(page.saveOverrides(&error), qPrintable(error));
        const auto fromPage = UserPriceFile(dir.filePath(u"page"_s)).load(nullptr);
        const auto fromCli = UserPriceFile(dir.filePath(u"cli"_s)).load(nullptr);
        QVERIFY(fromPage && fromCli);
        QCOMPARE(fromPage->rows(), fromCli->rows());

        // OpenRouter's list is told apart by its shape.
        const QString openRouter = writeFile(dir, u"models.json"_s, OpenRouterJson);
        QVERIFY2(page.importPriceFile(openRouter, &error), qPrintable(error));
        QCOMPARE(page.overridesModel()->rowCount(), 3);
        QCOMPARE(page.overridesModel()->row(2).id, u"acme/rocket-1"_s);
        QCOMPARE(page.overridesModel()->row(2).input, 1.0);

        // Not a price list: said on the page, nothing changed.
        const QString broken = writeFile(dir, u"broken.json"_s, "[1, 2");
        QVERIFY(!page.importPriceFile(broken, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(message->text(), error);
        QCOMPARE(page.overridesModel()->rowCount(), 3);
    }

    void screenshot()
    {
        QTemporaryDir dir;
        PriceTable user(u"user"_s);
        ModelPrice cheaper = price(u"anthropic"_s, u"claude-sonnet-4-5"_s, 2.4, 12.0);
        user.setRows({cheaper, price(u"local"_s, u"llama3.2"_s, 0.0, 0.0),
                      price(u"openai"_s, u"gpt-4o"_s, std::nullopt, 9.5)});
        QVERIFY(UserPriceFile(dir.path()).save(user, nullptr));
        PricingSettingsPage page(dir.path());
        QAbstractItemModelTester overridesTester(page.overridesModel());
        QAbstractItemModelTester builtinTester(page.builtinProxy());
        page.resize(820, 760);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        child<QLineEdit>(page, "searchEdit")->setText(u"claude"_s);
        Screenshots::save(&page, "settings-pricing");
    }
};

QTEST_MAIN(TestPricingSettingsPage)
#include "tst_pricingsettingspage.moc"
