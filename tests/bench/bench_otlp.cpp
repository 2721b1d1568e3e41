// OTLP export: how fast recorded calls become spans a collector has accepted.
//
//   build/bench/tokentap_bench_otlp [CALLS=20000]
//     Fills a trace store with CALLS realistic calls queued for one destination (~4 KiB chat
//     requests, ~2 KiB answers or streams), then starts the exporter against a fake collector on
//     127.0.0.1 (its own thread) and prints spans/s until the outbox is empty, for protobuf,
//     protobuf + gzip and JSON; and the CPU cost of building and encoding one span.
//
//   build/bench/tokentap_bench_otlp --collector SECONDS
//     A fake collector for tests/bench/otlp_bench.sh: prints "listening on PORT", then every
//     second "spans N first F last L" (spans accepted so far, seconds since start of the first
//     and last request), for SECONDS.

#include "syntheticcalls.h"

#include "export/otlpexportservice.h"
#include "export/otlpjson.h"
#include "export/otlpprotobuf.h"
#include "export/spanbuilder.h"
#include "fakecollector.h"
#include "http/gzipencoding.h"
#include "trace/tracereader.h"
#include "trace/traceservice.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <cstdio>

namespace {

int runCollector(int seconds)
{
    FakeCollector collector;
    collector.setCountOnly(true);
    if (!collector.listen()) {
        std::fprintf(stderr, "cannot listen\n");
        return 1;
    }
    std::printf("listening on %d\n", collector.url().port());
    std::fflush(stdout);
    QElapsedTimer clock;
    clock.start();
    double first = -1;
    double last = -1;
    QObject::connect(&collector, &FakeCollector::requestReceived, &collector, [&] {
        last = double(clock.nsecsElapsed()) / 1e9;
        if (first < 0)
            first = last;
    });
    QTimer progress;
    QObject::connect(&progress, &QTimer::timeout, &collector, [&] {
        std::printf("spans %lld first %.3f last %.3f\n", collector.acceptedSpanCount(), first,
                    last);
        std::fflush(stdout);
    });
    progress.start(1000);
    QTimer::singleShot(seconds * 1000, qApp, &QCoreApplication::quit);
    return QCoreApplication::exec();
}

// A store of `calls` calls, every one queued for destination "bench".
bool fillQueued(const QString &path, qint64 calls)
{
    TraceService traces;
    QString error;
    if (!traces.start(path, PriceTable::builtin(), {}, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return false;
    }
    traces.setExportRoutes({{QStringLiteral("bench"), {}, 1.0}}, {QStringLiteral("bench")});
    const qint64 start = QDateTime::currentMSecsSinceEpoch() * 1'000'000;
    for (qint64 i = 0; i < calls; ++i) {
        while (traces.queue()->size() >= 20'000)
            QThread::usleep(200);
        traces.queue()->push(SyntheticCalls::make(i, start + i * 1'000'000));
    }
    traces.flush();
    traces.stop();
    return true;
}

void encodeCost(const QString &path)
{
    TraceReader reader(path, QStringLiteral("bench-encode"));
    QString error;
    if (!reader.open(&error))
        return;
    QList<TraceRecord> records;
    reader.forEach(
            {},
            [&](const TraceRecord &r) {
                records.append(r);
                return records.size() < 2000;
            },
            &error);
    QElapsedTimer timer;
    timer.start();
    for (const TraceRecord &r : std::as_const(records))
        reader.load(r.id, &error);
    const double loadOneUs = double(timer.nsecsElapsed()) / 1e3 / double(records.size());
    QList<qint64> ids;
    for (const TraceRecord &r : std::as_const(records))
        ids.append(r.id);
    timer.restart();
    for (qsizetype i = 0; i < ids.size(); i += 512)
        reader.loadMany(ids.mid(i, 512), &error);
    const double loadUs = double(timer.nsecsElapsed()) / 1e3 / double(records.size());
    std::printf("load one by one %.1f µs\n", loadOneUs);
    timer.restart();
    QList<SpanData> spans;
    for (const TraceRecord &r : std::as_const(records))
        spans.append(SpanBuilder::build(r, false));
    const double buildUs = double(timer.nsecsElapsed()) / 1e3 / double(records.size());
    timer.restart();
    QByteArray proto;
    for (qsizetype i = 0; i < spans.size(); i += 512)
        proto += OtlpProtobuf::encodeRequest(spans.mid(i, 512));
    const double protoUs = double(timer.nsecsElapsed()) / 1e3 / double(spans.size());
    timer.restart();
    const QByteArray gzip = GzipEncoding::compress(proto, 1); // as OtlpHttp sends it
    const double gzipUs = double(timer.nsecsElapsed()) / 1e3 / double(spans.size());
    timer.restart();
    QByteArray json;
    for (qsizetype i = 0; i < spans.size(); i += 512)
        json += OtlpJson::encodeRequest(spans.mid(i, 512));
    const double jsonUs = double(timer.nsecsElapsed()) / 1e3 / double(spans.size());
    std::printf("per span (%lld spans): load %.1f µs, build %.1f µs, protobuf %.1f µs (%lld B), "
                "gzip %.1f µs "
                "(%lld B), JSON %.1f µs (%lld B)\n",
                qint64(spans.size()), loadUs, buildUs, protoUs, qint64(proto.size() / spans.size()),
                gzipUs, qint64(gzip.size() / spans.size()), jsonUs,
                qint64(json.size() / spans.size()));
}

// Starts an exporter on a copy of the filled store and waits until the collector accepted all.
void drain(const QString &filled, qint64 calls, OtlpDestination::Encoding encoding, bool gzip,
           bool background)
{
    QTemporaryDir dir;
    const QString path = TraceService::databasePath(dir.path());
    QFile::copy(filled, path);

    QThread collectorThread;
    auto *collector = new FakeCollector;
    collector->moveToThread(&collectorThread);
    QObject::connect(&collectorThread, &QThread::finished, collector, &QObject::deleteLater);
    collectorThread.start();
    QMetaObject::invokeMethod(
            collector,
            [&] {
                collector->setCountOnly(true);
                collector->listen();
            },
            Qt::BlockingQueuedConnection);

    OtlpDestination d;
    d.id = QStringLiteral("bench");
    d.name = QStringLiteral("bench");
    d.endpoint = collector->url();
    d.encoding = encoding;
    d.gzip = gzip;
    TraceService traces;
    QString error;
    if (!traces.start(path, PriceTable::builtin(), {}, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return;
    }
    OtlpExportService otlp;
    QElapsedTimer timer;
    timer.start();
    OtlpExporter::Timing timing;
    timing.background = background;
    if (!otlp.start(&traces, {d}, &error, timing)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return;
    }
    qint64 accepted = 0;
    while (accepted < calls && timer.elapsed() < 600'000) {
        QThread::msleep(5);
        QMetaObject::invokeMethod(
                collector, [&] { accepted = collector->acceptedSpanCount(); },
                Qt::BlockingQueuedConnection);
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    otlp.stop();
    traces.stop();
    collectorThread.quit();
    collectorThread.wait();
    std::printf("%-14s %-10s %lld spans in %.2f s: %.0f spans/s\n",
                qPrintable(OtlpDestination::encodingName(encoding)
                           + (gzip ? QStringLiteral(" + gzip") : QString())),
                background ? "idle prio" : "normal", accepted, seconds, double(accepted) / seconds);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc > 2 && QByteArray(argv[1]) == "--collector")
        return runCollector(QByteArray(argv[2]).toInt());
    const qint64 calls = argc > 1 ? QByteArray(argv[1]).toLongLong() : 20'000;
    QTemporaryDir dir;
    const QString filled = TraceService::databasePath(dir.path());
    if (!fillQueued(filled, calls))
        return 1;
    std::printf("OTLP export of %lld recorded calls to a fake collector on 127.0.0.1, "
                "%d cores\n",
                calls, QThread::idealThreadCount());
    encodeCost(filled);
    // Export runs at idle priority, as in TokenTap; "normal" measures its capacity when the
    // machine is busy with other (even niced) work, which idle priority always yields to.
    for (const bool background : {true, false}) {
        drain(filled, calls, OtlpDestination::Encoding::Protobuf, false, background);
        drain(filled, calls, OtlpDestination::Encoding::Protobuf, true, background);
        drain(filled, calls, OtlpDestination::Encoding::Json, false, background);
    }
    return 0;
}
