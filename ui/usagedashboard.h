#pragma once

#include "trace/tracefilter.h"
#include "trace/usagereport.h"
#include "trace/usagestats.h"

#include <QDateTime>
#include <QTimeZone>
#include <QWidget>

#include <functional>

class QChart;
class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class QTimer;
class TraceLoader;
class UsageTableModel;

// "What did I spend this week and on what": cost per day by model, tokens per day, latency per
// model, the cache's hit rate and saving, the top users and sessions, and the requests sent
// again and again (candidates for the cache), over a chosen span of time. Aggregates are
// computed by UsageStats on the loader's thread; the GUI thread only draws them. Each tab has a
// chart, a table or both; the visible one exports as PNG or CSV.
class UsageDashboard : public QWidget
{
    Q_OBJECT
public:
    enum Tab { CostTab, TokensTab, LatencyTab, CacheTab, UsersTab, SessionsTab, RepeatedTab };
    enum class Range { Last24Hours, Last7Days, Last30Days, All, Custom };

    // Shares the trace browser's loader (its queries wait behind the browser's).
    explicit UsageDashboard(TraceLoader *loader, QWidget *parent = nullptr);
    // With a loader of its own over this trace database.
    explicit UsageDashboard(const QString &databasePath, QWidget *parent = nullptr);
    ~UsageDashboard() override;

    Range range() const;
    void setRange(Range range); // refreshes
    // Whole local days, both included; selects Range::Custom and refreshes.
    void setCustomRange(QDate from, QDate to);
    // Calls matching this filter only (say, the browser's); empty: all. Refreshes.
    void setFilter(const TraceFilter &filter);

    // For tests: the zone days are counted in (default: the system's) and the clock the
    // presets count back from.
    void setTimeZone(const QTimeZone &zone);
    void setClock(std::function<QDateTime()> now);

    Tab currentTab() const;
    void setCurrentTab(Tab tab);
    QChartView *chartView(Tab tab) const; // null for a tab without a chart
    QTableView *tableView(Tab tab) const;

    const UsageReport &report() const { return m_report; }
    bool isLoading() const { return m_loading; }

    // The visible tab's chart as a PNG image; false when it has none or the file can't be
    // written.
    bool exportChartPng(const QString &path) const;
    // The visible tab's table as CSV (raw numbers, in the order shown).
    bool exportTableCsv(const QString &path, QString *error = nullptr) const;

public Q_SLOTS:
    // Recomputes the report for the chosen range; the newest request wins.
    void refresh();
    void exportChartWithDialog();
    void exportTableWithDialog();

Q_SIGNALS:
    // The totals, the per-day charts and the cache's figures are shown; the tables of latency,
    // users, sessions and repeated requests follow.
    void summaryShown();
    void refreshed(); // the whole report (or an error) arrived
    void message(const QString &text);
    // A repeated request was double-clicked: its newest call, to show in the browser.
    void callRequested(qint64 id);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Page
    {
        QChartView *chart = nullptr;
        QTableView *table = nullptr;
        UsageTableModel *model = nullptr;
        QSortFilterProxyModel *sorted = nullptr;
    };

    void buildUi();
    void addPage(Tab tab, const QString &title, bool withChart, const QString &hint = {});
    void onRangeChosen();
    // The second part of a refresh: the tables that need the calls themselves.
    void loadDetails(const UsageStats::Query &query, const UsageReport &summary,
                     quint64 generation);
    void applySummary(const UsageReport &summary, const QString &error);
    void applyDetails(const UsageReport &report);
    void fillDetailTables();
    void finishReport(const QString &error);
    void rebuildCharts();
    void replaceChart(Tab tab, QChart *chart);
    void updateSummary(const QString &error);
    void updateActions();

    TraceLoader *m_loader;
    UsageReport m_report;
    TraceFilter m_filter;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    std::function<QDateTime()> m_now;
    quint64 m_generation = 0;
    bool m_loading = false; // until the whole report is in
    bool m_summaryPending = false; // until its totals and charts are

    QComboBox *m_range = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_exportChart = nullptr;
    QPushButton *m_exportTable = nullptr;
    QLabel *m_summary = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTimer *m_debounce = nullptr;
    QList<Page> m_pages;
};
