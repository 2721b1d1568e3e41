// Trace ingest: how many calls per second the store thread records (analysis, pricing,
// compression, FTS indexing and the SQLite insert) when the proxy hands them over through the
// trace queue. Prints traces/s and bytes per trace.
//
//   build/bench/tokentap_bench_ingest [CALLS=100000]

#include "syntheticcalls.h"

#include "llm/pricetable.h"
#include "trace/traceservice.h"
#include "trace/tracewriter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>
#include <sys/resource.h>

namespace {

// The process's user + system CPU time so far.
double cpuSeconds()
{
    rusage usage {};
    ::getrusage(RUSAGE_SELF, &usage);
    auto seconds = [](const timeval &t) {
        return double(t.tv_sec) + double(t.tv_usec) / 1e6;
    };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const qint64 calls = argc > 1 ? QByteArray(argv[1]).toLongLong() : 100'000;
    QTemporaryDir dir;
    const QString path = TraceService::databasePath(dir.path());

    // Prepared up front: the benchmark measures the store side only.
    std::vector<CapturedCall> prepared;
    prepared.reserve(size_t(calls));
    const qint64 start = 1'767'225'600'000'000'000LL;
    qint64 requestBytes = 0;
    qint64 responseBytes = 0;
    for (qint64 i = 0; i < calls; ++i) {
        prepared.push_back(SyntheticCalls::make(i, start + i * 1'000'000));
        requestBytes += prepared.back().requestBody.size();
        responseBytes += prepared.back().responseBody.size();
    }

    TraceService traces;
    QString error;
    if (!traces.start(path, PriceTable::builtin(), {}, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    const double cpuAtStart = cpuSeconds();
    for (CapturedCall &call : prepared) {
        // As fast as the store takes them, without overflowing the queue (its bound is what
        // protects a proxy whose store cannot keep up).
        while (traces.queue()->size() >= 20'000)
            QThread::usleep(200);
        traces.queue()->push(std::move(call));
    }
    traces.flush();
    // Sleeping, not spinning: recording runs at idle priority and a busy main thread would
    // take the CPU it measures.
    while (traces.writer()->counters().written.load() + traces.queue()->dropped() < quint64(calls))
        QThread::msleep(5);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const double cpu = cpuSeconds() - cpuAtStart;
    const double buildUs = double(traces.writer()->counters().buildNs.load()) / 1e3 / double(calls);
    const double writeUs = double(traces.writer()->counters().writeNs.load()) / 1e3 / double(calls);
    traces.stop();
    const qint64 bytes = QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
    std::printf("calls %lld, request body avg %lld B, response body avg %lld B\n", calls,
                requestBytes / calls, responseBytes / calls);
    std::printf("ingest: %.0f traces/s (%.2f s), dropped %llu\n", double(calls) / seconds, seconds,
                static_cast<unsigned long long>(traces.queue()->dropped()));
    std::printf("per call: %.1f µs building (parse, price, compress; on the pool), %.1f µs "
                "writing (SQLite, on the store thread)\n",
                buildUs, writeUs);
    std::printf("CPU: %.1f µs per call in all threads, %.2f cores busy on average\n",
                cpu * 1e6 / double(calls), cpu / seconds);
    std::printf("store: %.1f MiB, %.0f bytes per trace\n", double(bytes) / 1048576.0,
                double(bytes) / double(calls));
    return 0;
}
