// Where the time of recording one call goes: each step of building a trace record and of
// inserting it, timed single-threaded over the ingest benchmark's calls. Prints µs per call.
//
//   build/bench/tokentap_bench_record [CALLS=5000]

#include "syntheticcalls.h"

#include "common/sha256.h"
#include "llm/endpointkind.h"
#include "llm/pricetable.h"
#include "llm/requestanalysis.h"
#include "llm/responseanalysis.h"
#include "trace/bodycompression.h"
#include "trace/redaction.h"
#include "trace/searchtext.h"
#include "trace/tracerecordbuilder.h"
#include "trace/tracestore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>
#include <functional>
#include <limits>

namespace {

// Runs `step` once per call, five rounds, and prints the mean time per call of the fastest
// round: on a shared machine the slower rounds measure the neighbours.
void time(const char *name, qsizetype calls, const std::function<void(qsizetype)> &step)
{
    qint64 best = std::numeric_limits<qint64>::max();
    for (int round = 0; round < 5; ++round) {
        QElapsedTimer timer;
        timer.start();
        for (qsizetype i = 0; i < calls; ++i)
            step(i);
        best = std::min(best, timer.nsecsElapsed());
    }
    std::printf("%-44s %7.2f µs\n", name, double(best) / 1e3 / double(calls));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const qsizetype calls = argc > 1 ? QByteArray(argv[1]).toLongLong() : 5'000;
    const qint64 start = 1'767'225'600'000'000'000LL;
    QList<CapturedCall> prepared;
    prepared.reserve(calls);
    for (qsizetype i = 0; i < calls; ++i)
        prepared.append(SyntheticCalls::make(i, start + i * 1'000'000));
    std::printf("%lld calls, per call, single-threaded:\n", static_cast<long long>(calls));

    const EndpointKind kind = EndpointKind::ChatCompletions;
    QList<RequestAnalysis> requests(calls);
    QList<ResponseAnalysis> responses(calls);
    qint64 sink = 0; // keeps results alive, so no step is optimised away
    time("request analysis", calls,
         [&](qsizetype i) { requests[i] = analyzeRequest(kind, prepared.at(i).requestBody); });
    time("response analysis", calls, [&](qsizetype i) {
        responses[i] = analyzeResponse(kind, prepared.at(i).responseBody, "application/json");
    });
    time("search words (new turn and answer)", calls, [&](qsizetype i) {
        sink += SearchText::distinctWords(requests.at(i).turnText).size()
                + SearchText::distinctWords(responses.at(i).outputText).size();
    });
    time("headers as redacted JSON", calls, [&](qsizetype i) {
        sink += Redaction::headersToJson(prepared.at(i).requestHeaders).size()
                + Redaction::headersToJson(prepared.at(i).responseHeaders).size();
    });
    time("request hash (SHA-256)", calls, [&](qsizetype i) {
        sink += Sha256::digest({prepared.at(i).upstreamUrl, prepared.at(i).requestBody}).size();
    });
    qint64 compressed = 0;
    qint64 plain = 0;
    time("compression of both bodies", calls, [&](qsizetype i) {
        const CapturedCall &call = prepared.at(i);
        compressed += BodyCompression::compress(call.requestBody).size()
                + BodyCompression::compress(call.responseBody).size();
        plain += call.requestBody.size() + call.responseBody.size();
    });
    compressed /= 5; // rounds
    plain /= 5;

    const TraceRecordBuilder builder(PriceTable::builtin(), {});
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<TraceRecord> records(calls);
    time("whole record (TraceRecordBuilder::build)", calls,
         [&](qsizetype i) { records[i] = *builder.build(prepared.at(i), now); });

    QTemporaryDir dir;
    TraceStore store(dir.filePath(QStringLiteral("traces.sqlite")), QStringLiteral("bench"));
    QString error;
    if (!store.open(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    constexpr qsizetype Batch = 1000;
    QElapsedTimer timer;
    timer.start();
    for (qsizetype from = 0; from < records.size(); from += Batch) {
        QList<TraceRecord> batch = records.mid(from, Batch);
        if (!store.insert(batch, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
    }
    std::printf("%-44s %7.2f µs\n", "insert (batches of 1,000)",
                double(timer.nsecsElapsed()) / 1e3 / double(calls));
    std::printf("bodies compressed %.2f× (%lld → %lld bytes per call)\n",
                double(plain) / double(compressed), static_cast<long long>(plain / calls),
                static_cast<long long>(compressed / calls));
    return sink == 0 ? 1 : 0;
}
