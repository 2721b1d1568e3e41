// The usage dashboard offscreen over a hand-seeded store: the tables and the chart series show
// the hand-computed numbers, the range picker changes them, a chart exports as PNG and a table
// as CSV. Saves build/tests/screenshots/dashboard.png (and a few more states beside it).

#include "screenshots.h"
#include "traceloader.h"
#include "usagecharts.h"
#include "usagedashboard.h"
#include "usagetablemodel.h"

#include "trace/tracestore.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QHorizontalBarSeries>
#include <QImage>
#include <QLabel>
#include <QPieSeries>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStackedBarSeries>
#include <QStyle>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <memory>
#include <vector>

namespace {

constexpr qint64 Second = 1'000'000'000LL;
constexpr qint64 Hour = 3600 * Second;
constexpr qint64 Nov20 = 1'763'596'800LL * Second; // 2025-11-20T00:00:00Z

const QString Gpt = QStringLiteral("gpt-4o");
const QString Haiku = QStringLiteral("claude-haiku-4-5");

// Days in UTC; "now" is Nov22 12:00Z.
//  n  UTC          model   user   session cache   status ms    in   cached out  cost   saved hash
//  1  Nov20 10:00  gpt-4o  alice  s1      MISS    200  1200  1000 200    100  0.020  -     r1
//  2  Nov20 11:00  gpt-4o  alice  s1      HIT     200     4  1000 200    100  0      0.020 r1
//  3  Nov21 09:00  haiku   bob    s2      MISS    200   500  2000 0      300  0.006  -     r2
//  4  Nov21 10:00  haiku   bob    s2      BYPASS  200   700  1000 0      100  0.004  -     r3
//  5  Nov21 15:00  gpt-4o  carol  s3      MISS    200   900   500 0       50  NULL   -     r4
//  6  Nov22 08:00  gpt-4o  alice  s1      MISS    200  1500  1000 200    100  0.020  -     r1
//  7  Nov22 09:00  haiku   bob    s2      MISS    200   300  2000 0      300  0.006  -     r2
//  8  Nov22 10:00  haiku   dave   -       MISS    500   100     0 0        0  0      -     -
struct Seed
{
    qint64 hour; // since Nov20 00:00Z
    QString model;
    const char *user;
    const char *session;
    const char *cache;
    int status;
    double durationMs;
    qint64 input;
    qint64 cached;
    qint64 output;
    std::optional<double> cost;
    std::optional<double> saved;
    QByteArray hash;
};

bool seed(const QString &path, QString *error)
{
    const Seed seeds[] = {
            {10, Gpt, "alice", "s1", "MISS", 200, 1200, 1000, 200, 100, 0.020, std::nullopt, "r1"},
            {11, Gpt, "alice", "s1", "HIT", 200, 4, 1000, 200, 100, 0.0, 0.020, "r1"},
            {33, Haiku, "bob", "s2", "MISS", 200, 500, 2000, 0, 300, 0.006, std::nullopt, "r2"},
            {34, Haiku, "bob", "s2", "BYPASS", 200, 700, 1000, 0, 100, 0.004, std::nullopt, "r3"},
            {39, Gpt, "carol", "s3", "MISS", 200, 900, 500, 0, 50, std::nullopt, std::nullopt,
             "r4"},
            {56, Gpt, "alice", "s1", "MISS", 200, 1500, 1000, 200, 100, 0.020, std::nullopt, "r1"},
            {57, Haiku, "bob", "s2", "MISS", 200, 300, 2000, 0, 300, 0.006, std::nullopt, "r2"},
            {58, Haiku, "dave", "", "MISS", 500, 100, 0, 0, 0, 0.0, std::nullopt, QByteArray()},
    };
    QList<TraceRecord> batch;
    int n = 0;
    for (const Seed &s : seeds) {
        TraceRecord r;
        r.traceId = "0af7651916cd43dd8448eb211c80319c";
        r.spanId = QByteArray::number(0x2000 + ++n, 16).rightJustified(16, '0');
        r.startUnixNs = Nov20 + s.hour * Hour;
        r.endUnixNs = r.startUnixNs + qint64(s.durationMs * 1e6);
        r.durationMs = s.durationMs;
        r.method = QStringLiteral("POST");
        r.endpoint = QStringLiteral("chat");
        r.model = s.model;
        r.status = s.status;
        r.cache = QLatin1String(s.cache);
        r.usage.input = s.input;
        r.usage.cachedInput = s.cached;
        r.usage.output = s.output;
        r.costUsd = s.cost;
        r.savedUsd = s.saved;
        r.user = QLatin1String(s.user);
        r.sessionId = QLatin1String(s.session);
        r.requestHash = s.hash;
        r.requestBody = "{}";
        batch.append(r);
    }
    TraceStore store(path, QStringLiteral("seed"));
    return store.open(error) && store.insert(batch, error);
}

QVariant cell(QTableView *table, int row, int column, int role = UsageTableModel::ValueRole)
{
    return table->model()->index(row, column).data(role);
}

// A bar set's values, rounded to a millionth: sums of prices are not exact in binary.
QList<double> values(const QBarSet *set)
{
    QList<double> result;
    for (int i = 0; i < set->count(); ++i)
        result.append(std::round(set->at(i) * 1e6) / 1e6);
    return result;
}

template<typename Series> Series *seriesOf(UsageDashboard &dashboard, UsageDashboard::Tab tab)
{
    const QList<QAbstractSeries *> all = dashboard.chartView(tab)->chart()->series();
    return all.size() == 1 ? qobject_cast<Series *>(all.constFirst()) : nullptr;
}

int categoryCount(UsageDashboard &dashboard, UsageDashboard::Tab tab, Qt::Orientation axis)
{
    const QList<QAbstractAxis *> axes = dashboard.chartView(tab)->chart()->axes(axis);
    for (QAbstractAxis *a : axes) {
        if (auto *categories = qobject_cast<QBarCategoryAxis *>(a))
            return int(categories->count());
    }
    return -1;
}

bool containsColor(const QImage &image, const QColor &color)
{
    const QRgb wanted = color.rgb();
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if ((image.pixel(x, y) & 0xffffff) == (wanted & 0xffffff))
                return true;
        }
    }
    return false;
}

} // namespace

class TestUsageDashboard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QApplication::setPalette(QApplication::style()->standardPalette());
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(seed(path(), &error), qPrintable(error));
    }

    void showsRangesAndExports()
    {
        UsageDashboard dashboard(path());
        dashboard.setTimeZone(QTimeZone::utc());
        dashboard.setClock(
                [] { return QDateTime(QDate(2025, 11, 22), QTime(12, 0), QTimeZone::utc()); });
        std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
        for (int tab = UsageDashboard::CostTab; tab <= UsageDashboard::RepeatedTab; ++tab) {
            auto *proxy = qobject_cast<QSortFilterProxyModel *>(
                    dashboard.tableView(UsageDashboard::Tab(tab))->model());
            QVERIFY(proxy);
            for (QAbstractItemModel *model :
                 {static_cast<QAbstractItemModel *>(proxy), proxy->sourceModel()})
                testers.push_back(std::make_unique<QAbstractItemModelTester>(
                        model, QAbstractItemModelTester::FailureReportingMode::QtTest));
        }
        dashboard.resize(1100, 720);
        QSignalSpy refreshed(&dashboard, &UsageDashboard::refreshed);
        dashboard.show(); // asks for the default range, the last 7 days (Nov16 to Nov22)
        QVERIFY(QTest::qWaitForWindowExposed(&dashboard));
        QCOMPARE(dashboard.range(), UsageDashboard::Range::Last7Days);
        QTRY_VERIFY(!refreshed.isEmpty() && !dashboard.isLoading());

        const UsageReport &report = dashboard.report();
        QCOMPARE(report.calls, 8);
        QCOMPARE(report.unknownCostCalls, 1);
        QVERIFY(qAbs(report.costUsd - 0.056) < 1e-12);

        // Cost: a bar a day for 7 days, a stack per model, the most expensive model first.
        auto *cost = seriesOf<QStackedBarSeries>(dashboard, UsageDashboard::CostTab);
        QVERIFY(cost);
        QCOMPARE(categoryCount(dashboard, UsageDashboard::CostTab, Qt::Horizontal), 7);
        QCOMPARE(cost->count(), 2);
        QCOMPARE(cost->barSets().at(0)->label(), Gpt);
        QCOMPARE(cost->barSets().at(1)->label(), Haiku);
        QCOMPARE(values(cost->barSets().at(0)), (QList<double> {0, 0, 0, 0, 0.020, 0, 0.020}));
        QCOMPARE(values(cost->barSets().at(1)), (QList<double> {0, 0, 0, 0, 0, 0.010, 0.006}));
        QVERIFY(dashboard.chartView(UsageDashboard::CostTab)->chart()->title().contains(u'1'));
        QTableView *costTable = dashboard.tableView(UsageDashboard::CostTab);
        QCOMPARE(costTable->model()->rowCount(), 5);
        QCOMPARE(cell(costTable, 2, 0).toDate(), QDate(2025, 11, 21));
        QCOMPARE(cell(costTable, 2, 1).toString(), Gpt);
        QCOMPARE(cell(costTable, 2, 4).toLongLong(), 1); // call 5: unknown cost
        QCOMPARE(cell(costTable, 2, 3, Qt::DisplayRole).toString(), QStringLiteral("—"));
        QCOMPARE(cell(costTable, 0, 3, Qt::DisplayRole).toString(), QStringLiteral("$0.02"));

        // Tokens: uncached input, cached input, output.
        auto *tokens = seriesOf<QStackedBarSeries>(dashboard, UsageDashboard::TokensTab);
        QVERIFY(tokens);
        QCOMPARE(tokens->count(), 3);
        QCOMPARE(values(tokens->barSets().at(0)), (QList<double> {0, 0, 0, 0, 1600, 3500, 2800}));
        QCOMPARE(values(tokens->barSets().at(1)), (QList<double> {0, 0, 0, 0, 400, 0, 200}));
        QCOMPARE(values(tokens->barSets().at(2)), (QList<double> {0, 0, 0, 0, 200, 450, 400}));

        // Latency, nearest rank: gpt-4o 900 1200 1500, haiku 300 500 700 (the hit and the 500
        // left out). Horizontal bars list models bottom up.
        auto *latency = seriesOf<QHorizontalBarSeries>(dashboard, UsageDashboard::LatencyTab);
        QVERIFY(latency);
        QCOMPARE(categoryCount(dashboard, UsageDashboard::LatencyTab, Qt::Vertical), 2);
        QCOMPARE(values(latency->barSets().at(0)), (QList<double> {1200, 500}));
        QCOMPARE(values(latency->barSets().at(1)), (QList<double> {1500, 700}));
        QTableView *latencyTable = dashboard.tableView(UsageDashboard::LatencyTab);
        QCOMPARE(cell(latencyTable, 0, 0).toString(), Haiku);
        QCOMPARE(cell(latencyTable, 0, 2).toDouble(), 500.0);
        QCOMPARE(cell(latencyTable, 0, 3, Qt::DisplayRole).toString(), QStringLiteral("700 ms"));

        // Cache: 1 hit, 6 misses, 1 bypassed; 1 of 7 eligible calls hit.
        auto *pie = seriesOf<QPieSeries>(dashboard, UsageDashboard::CacheTab);
        QVERIFY(pie);
        QCOMPARE(pie->count(), 3);
        QCOMPARE(pie->slices().at(0)->value(), 1.0);
        QCOMPARE(pie->slices().at(1)->value(), 6.0);
        QCOMPARE(pie->slices().at(2)->value(), 1.0);
        QTableView *cacheTable = dashboard.tableView(UsageDashboard::CacheTab);
        QCOMPARE(cell(cacheTable, 0, 3, Qt::DisplayRole).toString(), QStringLiteral("14.3%"));
        QCOMPARE(cell(cacheTable, 0, 4).toDouble(), 0.020);

        // Top users and sessions, most expensive first; repeated requests, most repeated first.
        QTableView *users = dashboard.tableView(UsageDashboard::UsersTab);
        QCOMPARE(users->model()->rowCount(), 4);
        QCOMPARE(cell(users, 0, 0).toString(), QStringLiteral("alice"));
        QCOMPARE(cell(users, 1, 0).toString(), QStringLiteral("bob"));
        QCOMPARE(cell(users, 1, 4).toLongLong(), 5700);
        QCOMPARE(cell(users, 2, 3).toLongLong(), 1); // carol's call of unknown cost
        QTableView *sessions = dashboard.tableView(UsageDashboard::SessionsTab);
        QCOMPARE(sessions->model()->rowCount(), 3);
        QCOMPARE(cell(sessions, 0, 0).toString(), QStringLiteral("s1"));
        QTableView *repeated = dashboard.tableView(UsageDashboard::RepeatedTab);
        QCOMPARE(repeated->model()->rowCount(), 2);
        QCOMPARE(cell(repeated, 0, 2).toLongLong(), 3);
        QVERIFY(qAbs(cell(repeated, 0, 3).toDouble() - 0.040) < 1e-12);
        QCOMPARE(cell(repeated, 0, 5).toLongLong(), 1);
        QCOMPARE(cell(repeated, 1, 0).toString(), Haiku);
        QCOMPARE(cell(repeated, 1, 2).toLongLong(), 2);

        // The screenshot, on the cost tab; other tabs and a dark palette beside it.
        dashboard.setCurrentTab(UsageDashboard::CostTab);
        QVERIFY(Screenshots::save(&dashboard, "dashboard"));
        dashboard.setCurrentTab(UsageDashboard::LatencyTab);
        QVERIFY(Screenshots::save(&dashboard, "dashboard-latency"));
        dashboard.setCurrentTab(UsageDashboard::CacheTab);
        QVERIFY(Screenshots::save(&dashboard, "dashboard-cache"));
        dashboard.setCurrentTab(UsageDashboard::RepeatedTab);
        QVERIFY(Screenshots::save(&dashboard, "dashboard-repeated"));

        // A double-clicked repeated request asks for its newest call (call 6).
        QSignalSpy requested(&dashboard, &UsageDashboard::callRequested);
        const QRect row = repeated->visualRect(repeated->model()->index(0, 0));
        // A view takes a double click on the row it was pressed on: press first, as a person does.
        QTest::mousePress(repeated->viewport(), Qt::LeftButton, {}, row.center());
        QTest::mouseRelease(repeated->viewport(), Qt::LeftButton, {}, row.center());
        QTest::mouseDClick(repeated->viewport(), Qt::LeftButton, {}, row.center());
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.at(0).at(0).toLongLong(), 6);

        // Export: the visible chart as PNG (bars in their series colour), its table as CSV.
        QTemporaryDir out;
        dashboard.setCurrentTab(UsageDashboard::CostTab);
        const QString png = out.filePath(QStringLiteral("cost.png"));
        QVERIFY(dashboard.exportChartPng(png));
        QImage image(png);
        QCOMPARE(image.size(), dashboard.chartView(UsageDashboard::CostTab)->size());
        QVERIFY(containsColor(image, UsageCharts::seriesColor(0, dashboard.palette())));
        QVERIFY(containsColor(image, UsageCharts::seriesColor(1, dashboard.palette())));
        const QString csv = out.filePath(QStringLiteral("cost.csv"));
        QVERIFY(dashboard.exportTableCsv(csv));
        QCOMPARE(readAll(csv),
                 QByteArray("Day,Model,Calls,Cost,Calls of unknown cost\r\n"
                            "2025-11-20,gpt-4o,2,0.02,0\r\n"
                            "2025-11-21,claude-haiku-4-5,2,0.01,0\r\n"
                            "2025-11-21,gpt-4o,1,,1\r\n"
                            "2025-11-22,claude-haiku-4-5,2,0.006,0\r\n"
                            "2025-11-22,gpt-4o,1,0.02,0\r\n"));
        // A table-only tab has no chart to export; its table exports in the order shown.
        dashboard.setCurrentTab(UsageDashboard::UsersTab);
        QVERIFY(!dashboard.exportChartPng(out.filePath(QStringLiteral("users.png"))));
        users->sortByColumn(4, Qt::AscendingOrder); // by tokens
        QVERIFY(dashboard.exportTableCsv(out.filePath(QStringLiteral("users.csv"))));
        QCOMPARE(readAll(out.filePath(QStringLiteral("users.csv"))),
                 QByteArray("User,Calls,Cost,Calls of unknown cost,Tokens\r\n"
                            "dave,1,0,0,0\r\n"
                            "carol,1,,1,550\r\n"
                            "alice,3,0.04,0,3300\r\n"
                            "bob,3,0.016,0,5700\r\n"));
        QString error;
        QVERIFY(!dashboard.exportTableCsv(out.filePath(QStringLiteral("no/such/dir.csv")), &error));
        QVERIFY(!error.isEmpty());

        // The range picker: one custom day, then the last 24 hours through the combo box as a
        // person picks it, then everything.
        refreshed.clear();
        dashboard.setCustomRange(QDate(2025, 11, 21), QDate(2025, 11, 21));
        QTRY_VERIFY(!refreshed.isEmpty() && !dashboard.isLoading());
        QCOMPARE(dashboard.report().calls, 3); // calls 3, 4, 5
        QCOMPARE(dashboard.report().unknownCostCalls, 1);
        QCOMPARE(categoryCount(dashboard, UsageDashboard::CostTab, Qt::Horizontal), 1);
        cost = seriesOf<QStackedBarSeries>(dashboard, UsageDashboard::CostTab);
        QVERIFY(cost);
        QCOMPARE(values(cost->barSets().at(0)), QList<double> {0.010}); // haiku spent more
        QCOMPARE(costTable->model()->rowCount(), 2);

        refreshed.clear();
        auto *combo = dashboard.findChild<QComboBox *>();
        QVERIFY(combo);
        combo->setCurrentIndex(int(UsageDashboard::Range::Last24Hours)); // Nov21 12:00 on
        QTRY_VERIFY(!refreshed.isEmpty() && !dashboard.isLoading());
        QCOMPARE(dashboard.report().calls, 4); // calls 5 to 8
        QCOMPARE(users->model()->rowCount(), 4);

        refreshed.clear();
        dashboard.setRange(UsageDashboard::Range::All);
        QTRY_VERIFY(!refreshed.isEmpty() && !dashboard.isLoading());
        QCOMPARE(dashboard.report().calls, 8);
        QCOMPARE(categoryCount(dashboard, UsageDashboard::CostTab, Qt::Horizontal), 3);

        // Colours follow the palette.
        dashboard.setCurrentTab(UsageDashboard::TokensTab);
        const QPalette light = QApplication::palette();
        QApplication::setPalette(Screenshots::darkPalette());
        QTest::qWait(50);
        QCOMPARE(dashboard.chartView(UsageDashboard::TokensTab)->chart()->backgroundBrush().color(),
                 QColor(0x1e, 0x1e, 0x1e));
        QVERIFY(Screenshots::save(&dashboard, "dashboard-dark"));
        QApplication::setPalette(light);
    }

    void showsTheChartsBeforeTheTables()
    {
        // The totals and per-day charts come first (from the rollup); the tables that need the
        // calls themselves follow, emptied meanwhile rather than left showing another range.
        UsageDashboard dashboard(path());
        dashboard.setTimeZone(QTimeZone::utc());
        dashboard.setClock(
                [] { return QDateTime(QDate(2025, 11, 22), QTime(12, 0), QTimeZone::utc()); });
        QLabel *summary = nullptr;
        struct Seen
        {
            bool loading = false;
            qint64 calls = 0;
            int costRows = 0;
            int latencyRows = -1;
            int userRows = -1;
            QString text;
            bool modelColumnFits = false; // the cost table's, sized when its rows arrive
        };
        QList<Seen> seen;
        connect(&dashboard, &UsageDashboard::summaryShown, &dashboard, [&] {
            seen.append({dashboard.isLoading(), dashboard.report().calls,
                         dashboard.tableView(UsageDashboard::CostTab)->model()->rowCount(),
                         dashboard.tableView(UsageDashboard::LatencyTab)->model()->rowCount(),
                         dashboard.tableView(UsageDashboard::UsersTab)->model()->rowCount(),
                         summary ? summary->text() : QString(),
                         dashboard.tableView(UsageDashboard::CostTab)->columnWidth(1)
                                 > dashboard.tableView(UsageDashboard::CostTab)
                                           ->fontMetrics()
                                           .horizontalAdvance(Haiku)});
        });
        QSignalSpy refreshed(&dashboard, &UsageDashboard::refreshed);
        dashboard.refresh();
        for (QLabel *label : dashboard.findChildren<QLabel *>())
            if (label->text() == QStringLiteral("Adding up…"))
                summary = label;
        QVERIFY(summary);
        QTRY_COMPARE(refreshed.size(), 1);
        QCOMPARE(seen.size(), 1);
        QVERIFY(seen.first().loading);
        QCOMPARE(seen.first().calls, 8);
        QCOMPARE(seen.first().costRows, 5);
        QCOMPARE(seen.first().latencyRows, 0);
        QCOMPARE(seen.first().userRows, 0);
        QVERIFY(seen.first().modelColumnFits);
        QVERIFY2(seen.first().text.contains(QLatin1String("Reading latency")),
                 qPrintable(seen.first().text));
        QVERIFY(!dashboard.isLoading());
        QCOMPARE(dashboard.tableView(UsageDashboard::LatencyTab)->model()->rowCount(), 2);
        QVERIFY(dashboard.tableView(UsageDashboard::UsersTab)->model()->rowCount() > 0);
        QVERIFY(!summary->text().contains(QLatin1String("Reading latency")));
        QVERIFY2(summary->text().contains(QLatin1String("8 call")), qPrintable(summary->text()));
    }

    void saysWhenThereIsNothingToShow()
    {
        // Sharing a loader (the trace browser's, in the window).
        QTemporaryDir empty;
        TraceLoader loader(empty.filePath(QStringLiteral("traces.sqlite")));
        UsageDashboard dashboard(&loader);
        QSignalSpy messages(&dashboard, &UsageDashboard::message);
        dashboard.refresh();
        QTRY_COMPARE(messages.size(), 1);
        QCOMPARE(dashboard.report().calls, 0);
        QVERIFY(dashboard.chartView(UsageDashboard::CostTab)->chart());
    }

private:
    static QByteArray readAll(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    QString path() const { return m_dir.filePath(QStringLiteral("traces.sqlite")); }

    QTemporaryDir m_dir;
};

QTEST_MAIN(TestUsageDashboard)
#include "tst_usagedashboard.moc"
