#include "usagedashboard.h"

#include "displayformat.h"
#include "traceloader.h"
#include "usagecharts.h"
#include "usagetablemodel.h"
#include "usagetables.h"

#include "trace/usagestats.h"

#include <QBoxLayout>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QShowEvent>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>

namespace {

// Rows of the top users, top sessions and repeated requests tables.
constexpr int TopRows = 20;
constexpr int RepeatedNewestCallColumn = 7;

const char *const TabKeys[] = {"cost",  "tokens",   "latency", "cache",
                               "users", "sessions", "repeated"};

} // namespace

UsageDashboard::UsageDashboard(TraceLoader *loader, QWidget *parent)
    : QWidget(parent)
    , m_loader(loader)
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
{
    buildUi();
}

UsageDashboard::UsageDashboard(const QString &databasePath, QWidget *parent)
    : UsageDashboard(static_cast<TraceLoader *>(nullptr), parent)
{
    m_loader = new TraceLoader(databasePath, this);
}

UsageDashboard::~UsageDashboard() = default;

void UsageDashboard::buildUi()
{
    m_range = new QComboBox;
    // In the order of Range.
    m_range->addItems({tr("Last 24 hours"), tr("Last 7 days"), tr("Last 30 days"), tr("All time"),
                       tr("Custom…")});
    m_range->setCurrentIndex(int(Range::Last7Days));
    m_from = new QDateEdit;
    m_to = new QDateEdit;
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setVisible(false);
    }
    const QDate today = m_now().toTimeZone(m_zone).date();
    m_from->setDate(today.addDays(-6));
    m_to->setDate(today);
    auto *toLabel = new QLabel(tr("to"));
    toLabel->setVisible(false);
    m_refresh = new QPushButton(tr("Refresh"));
    m_exportChart = new QPushButton(tr("Export chart as PNG…"));
    m_exportTable = new QPushButton(tr("Export table as CSV…"));
    m_summary = new QLabel;
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_tabs = new QTabWidget;
    m_tabs->setDocumentMode(true);

    auto *rangeLabel = new QLabel(tr("&Range:"));
    rangeLabel->setBuddy(m_range);
    auto *bar = new QHBoxLayout;
    bar->addWidget(rangeLabel);
    bar->addWidget(m_range);
    bar->addWidget(m_from);
    bar->addWidget(toLabel);
    bar->addWidget(m_to);
    bar->addStretch();
    bar->addWidget(m_refresh);
    bar->addWidget(m_exportChart);
    bar->addWidget(m_exportTable);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);

    addPage(CostTab, tr("Cost"), true);
    addPage(TokensTab, tr("Tokens"), true);
    addPage(LatencyTab, tr("Latency"), true);
    addPage(CacheTab, tr("Cache"), true);
    addPage(UsersTab, tr("Top users"), false,
            tr("Users as clients name them (the x-tokentap-user header or the request's user "
               "field), most expensive first."));
    addPage(SessionsTab, tr("Top sessions"), false,
            tr("Sessions (x-tokentap-session-id), most expensive first."));
    addPage(RepeatedTab, tr("Repeated requests"), false,
            tr("Identical requests (same URL and body) sent more than once. If their answers "
               "may be reused, turn the cache on for them (x-bt-use-cache: always) to stop "
               "paying for each repeat. Double-click a row to see its newest call."));

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(200);
    connect(m_debounce, &QTimer::timeout, this, &UsageDashboard::refresh);
    connect(m_range, &QComboBox::currentIndexChanged, this, [this, toLabel] {
        const bool custom = range() == Range::Custom;
        m_from->setVisible(custom);
        toLabel->setVisible(custom);
        m_to->setVisible(custom);
        onRangeChosen();
    });
    for (QDateEdit *edit : {m_from, m_to}) {
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (range() == Range::Custom)
                onRangeChosen();
        });
    }
    connect(m_refresh, &QPushButton::clicked, this, &UsageDashboard::refresh);
    connect(m_exportChart, &QPushButton::clicked, this, &UsageDashboard::exportChartWithDialog);
    connect(m_exportTable, &QPushButton::clicked, this, &UsageDashboard::exportTableWithDialog);
    connect(m_tabs, &QTabWidget::currentChanged, this, &UsageDashboard::updateActions);
    connect(m_pages.at(RepeatedTab).table, &QTableView::doubleClicked, this,
            [this](const QModelIndex &index) {
                const qint64 id = index.siblingAtColumn(RepeatedNewestCallColumn)
                                          .data(UsageTableModel::ValueRole)
                                          .toLongLong();
                if (id > 0)
                    Q_EMIT callRequested(id);
            });
    rebuildCharts();
    updateActions();
}

void UsageDashboard::addPage(Tab tab, const QString &title, bool withChart, const QString &hint)
{
    Q_ASSERT(m_pages.size() == tab);
    Page page;
    page.model = new UsageTableModel(this);
    page.sorted = new QSortFilterProxyModel(this);
    page.sorted->setSourceModel(page.model);
    page.sorted->setSortRole(UsageTableModel::ValueRole);
    page.table = new QTableView;
    page.table->setModel(page.sorted);
    page.table->verticalHeader()->hide();
    page.table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    page.table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    page.table->setSelectionBehavior(QAbstractItemView::SelectRows);
    page.table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    page.table->setAlternatingRowColors(true);
    // No sort column yet: rows stay in the report's order until a header is clicked.
    page.table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    page.table->setSortingEnabled(true);

    QWidget *content = page.table;
    if (withChart) {
        page.chart = new QChartView;
        page.chart->setRenderHint(QPainter::Antialiasing);
        page.chart->setMinimumHeight(220);
        auto *splitter = new QSplitter(Qt::Vertical);
        splitter->addWidget(page.chart);
        splitter->addWidget(page.table);
        // The chart gets most of the room, the table enough for a handful of rows.
        splitter->setSizes({600, 280});
        splitter->setChildrenCollapsible(false);
        content = splitter;
    }
    QWidget *widget = content;
    if (!hint.isEmpty()) {
        widget = new QWidget;
        auto *layout = new QVBoxLayout(widget);
        layout->setContentsMargins(0, 4, 0, 0);
        auto *label = new QLabel(hint);
        label->setWordWrap(true);
        layout->addWidget(label);
        layout->addWidget(content, 1);
    }
    m_tabs->addTab(widget, title);
    m_pages.append(page);
}

UsageDashboard::Range UsageDashboard::range() const
{
    return Range(m_range->currentIndex());
}

void UsageDashboard::setRange(Range range)
{
    m_range->setCurrentIndex(int(range)); // shows or hides the dates
    refresh();
}

void UsageDashboard::setCustomRange(QDate from, QDate to)
{
    {
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockTo(m_to);
        m_from->setDate(from);
        m_to->setDate(to);
    }
    setRange(Range::Custom);
}

void UsageDashboard::setFilter(const TraceFilter &filter)
{
    m_filter = filter;
    refresh();
}

void UsageDashboard::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone;
}

void UsageDashboard::setClock(std::function<QDateTime()> now)
{
    m_now = std::move(now);
}

UsageDashboard::Tab UsageDashboard::currentTab() const
{
    return Tab(m_tabs->currentIndex());
}

void UsageDashboard::setCurrentTab(Tab tab)
{
    m_tabs->setCurrentIndex(tab);
}

QChartView *UsageDashboard::chartView(Tab tab) const
{
    return m_pages.at(tab).chart;
}

QTableView *UsageDashboard::tableView(Tab tab) const
{
    return m_pages.at(tab).table;
}

void UsageDashboard::onRangeChosen()
{
    // Typing a date or stepping through the presets asks once, when the choice settles.
    m_debounce->start();
}

void UsageDashboard::refresh()
{
    m_debounce->stop();
    UsageStats::Query query;
    query.zone = m_zone;
    query.filter = m_filter;
    query.top = TopRows;
    switch (range()) {
    case Range::Last24Hours:
        query.range = UsageRange::preset(UsageRange::Preset::Last24Hours, m_now(), m_zone);
        break;
    case Range::Last7Days:
        query.range = UsageRange::preset(UsageRange::Preset::Last7Days, m_now(), m_zone);
        break;
    case Range::Last30Days:
        query.range = UsageRange::preset(UsageRange::Preset::Last30Days, m_now(), m_zone);
        break;
    case Range::All:
        break;
    case Range::Custom:
        query.range = UsageRange::days(m_from->date(), m_to->date(), m_zone);
        break;
    }
    const quint64 generation = ++m_generation;
    m_loading = true;
    m_summaryPending = true;
    updateSummary({});
    // The summary (totals, per-day charts, cache) first: from the rollup it is ready at once,
    // while the tables' scan of the range can take seconds over a large store.
    m_loader->run<UsageReport>(
            this, QStringLiteral("usage"),
            [query](const TraceReader &reader, QString *error) {
                return UsageStats::summary(reader, query, error);
            },
            [this, query, generation](const UsageReport &summary, const QString &error) {
                if (generation != m_generation) // a newer request is on its way
                    return;
                applySummary(summary, error);
                if (!error.isEmpty() || summary.calls == 0)
                    finishReport(error);
                else
                    loadDetails(query, summary, generation);
            });
}

void UsageDashboard::loadDetails(const UsageStats::Query &query, const UsageReport &summary,
                                 quint64 generation)
{
    m_loader->run<UsageReport>(
            this, QStringLiteral("usage"),
            [query, summary](const TraceReader &reader, QString *error) {
                UsageReport report = summary;
                UsageStats::addDetails(reader, query, &report, error);
                return report;
            },
            [this, generation](const UsageReport &report, const QString &error) {
                if (generation != m_generation)
                    return;
                if (error.isEmpty())
                    applyDetails(report);
                finishReport(error);
            });
}

void UsageDashboard::applySummary(const UsageReport &summary, const QString &error)
{
    m_summaryPending = false;
    m_report = error.isEmpty() ? summary : UsageReport();
    rebuildCharts();
    UsageTables::fillCost(m_pages.at(CostTab).model, m_report);
    UsageTables::fillTokens(m_pages.at(TokensTab).model, m_report);
    UsageTables::fillCache(m_pages.at(CacheTab).model, m_report);
    // The tables of the calls themselves are emptied until their numbers arrive, rather than
    // showing the previous range's.
    fillDetailTables();
    // Once per report, over a few dozen rows; the other tables when their rows arrive.
    for (Tab tab : {CostTab, TokensTab, CacheTab})
        m_pages.at(tab).table->resizeColumnsToContents();
    updateSummary(error);
    Q_EMIT summaryShown();
}

void UsageDashboard::applyDetails(const UsageReport &report)
{
    m_report = report;
    replaceChart(LatencyTab, UsageCharts::latency(m_report, palette()));
    fillDetailTables();
}

void UsageDashboard::fillDetailTables()
{
    UsageTables::fillLatency(m_pages.at(LatencyTab).model, m_report);
    UsageTables::fillUsers(m_pages.at(UsersTab).model, m_report);
    UsageTables::fillSessions(m_pages.at(SessionsTab).model, m_report);
    UsageTables::fillRepeated(m_pages.at(RepeatedTab).model, m_report);
}

void UsageDashboard::finishReport(const QString &error)
{
    m_loading = false;
    for (Tab tab : {LatencyTab, UsersTab, SessionsTab, RepeatedTab})
        m_pages.at(tab).table->resizeColumnsToContents();
    updateSummary(error);
    if (!error.isEmpty())
        Q_EMIT message(error);
    Q_EMIT refreshed();
}

void UsageDashboard::replaceChart(Tab tab, QChart *chart)
{
    QChartView *view = m_pages.at(tab).chart;
    QChart *old = view->chart();
    view->setChart(chart); // the view owns the new chart and lets go of the old one
    delete old;
    view->setBackgroundBrush(palette().color(QPalette::Base));
}

void UsageDashboard::rebuildCharts()
{
    const QPalette &p = palette();
    replaceChart(CostTab, UsageCharts::costPerDay(m_report, p));
    replaceChart(TokensTab, UsageCharts::tokensPerDay(m_report, p));
    replaceChart(LatencyTab, UsageCharts::latency(m_report, p));
    replaceChart(CacheTab, UsageCharts::cache(m_report, p));
}

void UsageDashboard::updateSummary(const QString &error)
{
    QPalette summaryPalette = palette();
    if (!error.isEmpty()) {
        summaryPalette.setColor(QPalette::WindowText, DisplayFormat::errorText(palette()));
        m_summary->setPalette(summaryPalette);
        m_summary->setText(error);
        return;
    }
    m_summary->setPalette(summaryPalette);
    if (m_summaryPending) {
        m_summary->setText(tr("Adding up…"));
        return;
    }
    const UsageReport &r = m_report;
    if (r.calls == 0) {
        m_summary->setText(tr("No calls in this range."));
        return;
    }
    const QLocale locale;
    QString text = tr("%1 to %2: %3 spent on %n call(s)", nullptr, int(r.calls))
                           .arg(locale.toString(r.firstDay, QLocale::ShortFormat),
                                locale.toString(r.lastDay, QLocale::ShortFormat),
                                DisplayFormat::usd(r.costUsd));
    if (r.unknownCostCalls > 0)
        text += tr(", %n of unknown cost not counted", nullptr, int(r.unknownCostCalls));
    if (r.cache.hits + r.cache.misses > 0)
        text += tr(". Cache hit rate %1, %2 saved.")
                        .arg(locale.toString(r.cache.hitRate() * 100, 'f', 1) + u'%',
                             DisplayFormat::usd(r.cache.savedUsd));
    else
        text += u'.';
    if (m_loading)
        text += u' ' + tr("Reading latency, users, sessions and repeated requests…");
    m_summary->setText(text);
}

void UsageDashboard::updateActions()
{
    const int tab = m_tabs->currentIndex();
    m_exportChart->setEnabled(tab >= 0 && m_pages.at(tab).chart);
    m_exportTable->setEnabled(tab >= 0 && m_pages.at(tab).table);
}

bool UsageDashboard::exportChartPng(const QString &path) const
{
    QChartView *view = m_pages.at(currentTab()).chart;
    return view && view->grab().save(path, "PNG");
}

bool UsageDashboard::exportTableCsv(const QString &path, QString *error) const
{
    const Page &page = m_pages.at(currentTab());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(UsageTableModel::toCsv(page.sorted)) < 0
        || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

void UsageDashboard::exportChartWithDialog()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export chart as PNG"),
                                                      QStringLiteral("tokentap-")
                                                              + QLatin1String(TabKeys[currentTab()])
                                                              + QStringLiteral(".png"),
                                                      tr("PNG images (*.png)"));
    if (!path.isEmpty() && !exportChartPng(path))
        QMessageBox::warning(this, tr("Export chart"), tr("Could not write %1.").arg(path));
}

void UsageDashboard::exportTableWithDialog()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export table as CSV"),
                                                      QStringLiteral("tokentap-")
                                                              + QLatin1String(TabKeys[currentTab()])
                                                              + QStringLiteral(".csv"),
                                                      tr("CSV files (*.csv)"));
    QString error;
    if (!path.isEmpty() && !exportTableCsv(path, &error))
        QMessageBox::warning(this, tr("Export table"),
                             tr("Could not write %1: %2").arg(path, error));
}

void UsageDashboard::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Fresh numbers whenever the dashboard comes into view, not while it is hidden.
    if (!event->spontaneous())
        refresh();
}

void UsageDashboard::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_pages.isEmpty())
        rebuildCharts();
}
