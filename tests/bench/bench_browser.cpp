// The trace browser over a large store, offscreen: fills a store with N realistic calls
// (default 1,000,000; skipped when DATABASE exists), opens the browser, scrolls to the end,
// applies three filters and a text search, and prints how long each took until the rows in
// view were shown, the longest stall of the GUI thread, and the peak resident memory.
//
//   build/bench/tokentap_bench_browser [CALLS=1000000] [DATABASE]

#include "syntheticcalls.h"

#include "filterbar.h"
#include "llm/pricetable.h"
#include "tracebrowser.h"
#include "tracetablemodel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <sys/resource.h>

#include <cstdio>

namespace {

// The longest gap between ticks of a 1 ms timer on the GUI thread, minus the interval.
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const double ms = double(m_clock.nsecsElapsed()) / 1e6;
            m_longest = std::max(m_longest, ms - 1);
            m_clock.restart();
        });
        m_clock.start();
        m_timer.start();
    }
    double longestMs() const { return m_longest; }
    void reset()
    {
        m_longest = 0;
        m_clock.restart();
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    double m_longest = 0;
};

// Whether every row in view has its summary (no placeholder left).
bool rowsInViewShown(QTableView *table, TraceTableModel *model)
{
    if (model->isLoading())
        return false;
    if (model->rowCount() == 0)
        return true;
    const int top = std::max(0, table->rowAt(0));
    int bottom = table->rowAt(table->viewport()->height() - 1);
    if (bottom < 0)
        bottom = model->rowCount() - 1;
    for (int row = top; row <= bottom; ++row) {
        if (!model->data(model->index(row, 0), TraceTableModel::LoadedRole).toBool())
            return false;
    }
    return true;
}

// Runs the event loop (the view paints and asks for rows) until the rows in view are shown.
double untilShown(QTableView *table, TraceTableModel *model, const QElapsedTimer &since)
{
    while (!rowsInViewShown(table, model)) {
        table->viewport()->repaint(); // a paint asks the model for the rows in view
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    table->viewport()->repaint();
    return double(since.nsecsElapsed()) / 1e6;
}

double peakRssMiB()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTemporaryDir dir;
    const QString path = SyntheticCalls::storeFromArguments(argc, argv, dir);
    if (path.isEmpty())
        return 1;
    std::printf("store: %s (%.0f MiB), RSS before the window: %.0f MiB\n", qPrintable(path),
                double(QFileInfo(path).size()) / 1048576.0, peakRssMiB());

    QElapsedTimer clock;
    clock.start();
    TraceBrowser browser(path, QString(), PriceTable::builtin());
    browser.resize(1280, 800);
    browser.show();
    // Stalls from here on: while the list loads, scrolls and filters (building the window
    // itself is one stall of its own, reported apart).
    const double constructionMs = double(clock.nsecsElapsed()) / 1e6;
    StallMeter stalls;
    TraceTableModel *model = browser.model();
    QTableView *table = browser.table();
    const double firstMs = untilShown(table, model, clock);
    std::printf("first rows shown: %.1f ms (%d calls listed)\n", firstMs, model->rowCount());

    clock.restart();
    table->scrollToBottom();
    std::printf("scrolled to the end, rows shown: %.1f ms\n", untilShown(table, model, clock));
    clock.restart();
    table->verticalScrollBar()->setValue(table->verticalScrollBar()->maximum() / 2);
    std::printf("jumped to the middle, rows shown: %.1f ms\n", untilShown(table, model, clock));

    const char *const filters[] = {"model:gpt-4o", "status:>=400", "cost:>0.01 user:user42",
                                   "zanzibar"};
    for (const char *filter : filters) {
        clock.restart();
        browser.filterBar()->setText(QLatin1String(filter));
        // setText applies at once; the list arrives from the loader thread.
        QCoreApplication::processEvents();
        const double ms = untilShown(table, model, clock);
        std::printf("filter %-24s rows shown: %.1f ms (%d calls)\n", filter, ms, model->rowCount());
    }
    clock.restart();
    browser.filterBar()->setText(QString());
    QCoreApplication::processEvents();
    const double clearedMs = untilShown(table, model, clock);
    std::printf("filter cleared, rows shown: %.1f ms (%d calls)\n", clearedMs, model->rowCount());

    std::printf("window built and shown in: %.1f ms\n", constructionMs);
    std::printf("longest GUI-thread stall after that: %.1f ms\n", stalls.longestMs());
    std::printf("peak RSS: %.0f MiB\n", peakRssMiB());
    return 0;
}
