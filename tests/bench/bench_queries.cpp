// Queries on a large trace store: fills one with N realistic calls (default 1,000,000), then
// times what the trace browser and the dashboard ask for. Prints milliseconds (median of 5).
//
//   build/bench/tokentap_bench_queries [CALLS=1000000] [DATABASE]
//
// With DATABASE given and already filled, the fill is skipped (fill once, query many times).

#include "syntheticcalls.h"

#include "llm/pricetable.h"
#include "trace/tracereader.h"
#include "trace/usagestats.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTimeZone>

#include <algorithm>
#include <cstdio>
#include <functional>

namespace {

double medianMs(const std::function<void()> &query)
{
    QList<double> times;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer timer;
        timer.start();
        query();
        times.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times.at(2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const QString path = SyntheticCalls::storeFromArguments(argc, argv, dir);
    if (path.isEmpty())
        return 1;

    TraceReader reader(path, QStringLiteral("bench"));
    QString error;
    if (!reader.open(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const qint64 total = reader.count({}, &error);
    const qint64 bytes = QFileInfo(path).size();
    std::printf("store: %lld calls, %.1f MiB, %.0f bytes per call\n", total,
                double(bytes) / 1048576.0, double(bytes) / double(total));

    auto filter = [](const char *text) {
        QString error;
        return *TraceFilter::parse(QLatin1String(text), &error);
    };
    qint64 rows = 0;
    auto page = [&](const char *text, qint64 cursor = 0) {
        return [&, text, cursor] {
            rows = reader.page(filter(text), cursor, 500, &error).size();
        };
    };
    std::printf("newest page (500 rows): %.1f ms\n", medianMs(page("")));
    std::printf("page deep in the store (cursor at the middle): %.1f ms\n",
                medianMs(page("", total / 2)));
    // Timed first, printed after: the row count must come from the query just run.
    auto report = [&](const char *label, const char *text) {
        const double ms = medianMs(page(text));
        std::printf("%s: %.1f ms (%lld rows)\n", label, ms, rows);
    };
    report("filtered page model:gpt-4o status:200", "model:gpt-4o status:200");
    report("filtered page user:user42 cost:>0.001", "user:user42 cost:>0.001");
    report("full-text search 'zanzibar' (1 in 1,000 calls)", "zanzibar");
    report("full-text search 'refund' (in most calls)", "refund");
    // The trace browser's id list (every matching call, in the order of a column).
    auto list = [&](const char *label, const char *text, TraceSort sort) {
        const double ms =
                medianMs([&] { rows = reader.ids(filter(text), sort, 0, &error).ids.size(); });
        std::printf("%s: %.1f ms (%lld ids)\n", label, ms, rows);
    };
    list("id list, everything by cost (most expensive first)", "", {TraceSort::Cost, true});
    list("id list, everything by duration", "", {TraceSort::Duration, true});
    list("id list, everything by output tokens", "", {TraceSort::OutputTokens, true});
    list("id list, cost:>0.01", "cost:>0.01", {TraceSort::Time, true});
    list("id list, model:gpt-4o by cost", "model:gpt-4o", {TraceSort::Cost, true});
    // The usage dashboard, as it refreshes: its summary first (totals, the per-day × model
    // charts, the cache), then its tables (latency, top users and sessions, repeated requests).
    const QDateTime now = QDateTime::currentDateTime();
    const QTimeZone zone = QTimeZone::systemTimeZone();
    auto dashboard = [&](const char *label, UsageRange range, const char *text = "") {
        UsageStats::Query query;
        query.zone = zone;
        query.range = range;
        query.filter = filter(text);
        const double summaryMs = medianMs([&] {
            const UsageReport r = UsageStats::summary(reader, query, &error);
            rows = r.calls;
        });
        const qint64 calls = rows;
        UsageReport report = UsageStats::summary(reader, query, &error);
        const double detailsMs =
                medianMs([&] { UsageStats::addDetails(reader, query, &report, &error); });
        std::printf("usage dashboard, %s: per-day aggregate and totals %.1f ms, tables %.1f ms "
                    "(%lld calls)\n",
                    label, summaryMs, detailsMs, calls);
    };
    dashboard("last 24 hours", UsageRange::preset(UsageRange::Preset::Last24Hours, now, zone));
    dashboard("last 7 days", UsageRange::preset(UsageRange::Preset::Last7Days, now, zone));
    dashboard("last 30 days", UsageRange::preset(UsageRange::Preset::Last30Days, now, zone));
    dashboard("all time", {});
    dashboard("last 7 days, model:gpt-4o (no rollup: a scan)",
              UsageRange::preset(UsageRange::Preset::Last7Days, now, zone), "model:gpt-4o");
    if (!error.isEmpty())
        std::printf("error: %s\n", qPrintable(error));
    return 0;
}
