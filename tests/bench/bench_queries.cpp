// Queries on a large trace store: fills one with N realistic calls (default 1,000,000), then
// times what the trace browser and the dashboard ask for. Prints milliseconds (median of 5).
//
//   build/bench/tokentap_bench_queries [CALLS=1000000] [DATABASE]
//
// With DATABASE given and already filled, the fill is skipped (fill once, query many times).

#include "syntheticcalls.h"

#include "llm/pricetable.h"
#include "trace/tracereader.h"
#include "trace/tracerecordbuilder.h"
#include "trace/tracestore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>

namespace {

const char *const Models[] = {"gpt-4o-mini",  "gpt-4o",           "claude-sonnet-4-5",
                              "gpt-4.1-mini", "claude-haiku-4-5", "gemini-2.5-flash",
                              "o4-mini",      "gpt-5-mini"};

bool fill(const QString &path, qint64 calls)
{
    TraceStore store(path, QStringLiteral("fill"));
    QString error;
    if (!store.open(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return false;
    }
    // Building (parsing, pricing) 1,000 distinct calls and varying their copies keeps the fill
    // at the speed of the inserts; the store sees a million different rows all the same.
    const TraceRecordBuilder builder(PriceTable::builtin(), {});
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 start = now.toMSecsSinceEpoch() * 1'000'000 - 30LL * 86'400'000'000'000LL;
    const qint64 step = 30LL * 86'400'000'000'000LL / calls; // a month of traffic
    QList<TraceRecord> templates;
    for (int i = 0; i < 1000; ++i)
        templates.append(*builder.build(SyntheticCalls::make(i, start), now));
    QElapsedTimer timer;
    timer.start();
    QList<TraceRecord> batch;
    for (qint64 i = 0; i < calls; ++i) {
        TraceRecord r = templates.at(i % templates.size());
        r.spanId = QByteArray::number(i, 16).rightJustified(16, '0');
        r.startUnixNs = start + i * step;
        r.endUnixNs = r.startUnixNs + qint64(r.durationMs * 1e6);
        r.model = QLatin1String(Models[(i * 7 + i / 1000) % std::size(Models)]);
        r.user = QStringLiteral("user%1").arg(i % 97);
        r.sessionId = QStringLiteral("session%1").arg(i / 40);
        if (i % 1000 == 123)
            r.searchOutput += " zanzibar";
        batch.append(std::move(r));
        if (batch.size() == 5000 || i + 1 == calls) {
            if (!store.insert(batch, &error)) {
                std::fprintf(stderr, "%s\n", qPrintable(error));
                return false;
            }
            batch.clear();
            if ((i + 1) % 100'000 == 0) {
                std::fprintf(stderr, "\r%lld calls, %.0f/s", i + 1,
                             double(i + 1) / (double(timer.elapsed()) / 1000.0));
            }
        }
    }
    std::fprintf(stderr, "\n");
    return true;
}

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
    const qint64 calls = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1'000'000;
    QTemporaryDir dir;
    const QString path = argc > 2 ? QString::fromLocal8Bit(argv[2])
                                  : dir.filePath(QStringLiteral("traces.sqlite"));
    if (!QFileInfo::exists(path) && !fill(path, calls))
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
    std::printf("per-day × model aggregate over everything: %.1f ms\n",
                medianMs([&] { rows = reader.usagePerDayAndModel({}, &error).size(); }));
    std::printf(
            "per-day × model aggregate, last 7 days: %.1f ms\n", medianMs([&] {
                const QString since = QDate::currentDate().addDays(-7).toString(Qt::ISODate);
                rows = reader.usagePerDayAndModel(
                                     *TraceFilter::parse(QStringLiteral("since:") + since, &error),
                                     &error)
                               .size();
            }));
    std::printf("cache statistics over everything: %.1f ms\n",
                medianMs([&] { reader.cacheStats({}, &error); }));
    if (!error.isEmpty())
        std::printf("error: %s\n", qPrintable(error));
    return 0;
}
