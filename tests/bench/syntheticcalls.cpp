#include "syntheticcalls.h"

#include "llm/pricetable.h"
#include "trace/tracecontext.h"
#include "trace/tracerecordbuilder.h"
#include "trace/traceschema.h"
#include "trace/tracestore.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QTemporaryDir>

#include <cstdio>
#include <iterator>

namespace {

const char *const Models[] = {"gpt-4o-mini",  "gpt-4o",           "claude-sonnet-4-5",
                              "gpt-4.1-mini", "claude-haiku-4-5", "gemini-2.5-flash",
                              "o4-mini",      "gpt-5-mini"};
const char *const Users[] = {"alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi"};
const char *const Words[] = {
        "invoice", "refund",    "shipping",  "database", "latency",  "kernel",   "compiler",
        "weather", "forecast",  "python",    "rust",     "contract", "customer", "quarterly",
        "summary", "translate", "french",    "garden",   "recipe",   "budget",   "migration",
        "cluster", "deploy",    "pricing",   "token",    "context",  "window",   "function",
        "schema",  "vector",    "embedding", "search",   "ranking",  "feedback", "ticket"};

QByteArray sentence(QRandomGenerator &random, int words)
{
    QByteArray out;
    for (int i = 0; i < words; ++i) {
        if (i)
            out += ' ';
        out += Words[random.bounded(int(std::size(Words)))];
    }
    return out;
}

} // namespace

namespace SyntheticCalls {

CapturedCall make(qint64 index, qint64 startUnixNs)
{
    QRandomGenerator random(quint32(index * 2654435761u + 1));
    const char *model = Models[random.bounded(int(std::size(Models)))];
    CapturedCall call;
    // Three calls in four bring no traceparent and get TokenTap's time-ordered id; one in four
    // comes from an instrumented SDK with a random W3C id of its own, which the trace id index
    // takes at a random place.
    call.traceId = index % 4 == 3
            ? QByteArray::number(random.generate64(), 16).rightJustified(16, '0')
                    + QByteArray::number(random.generate64(), 16).rightJustified(16, '0')
            : TraceContext::newTraceId(startUnixNs / 1'000'000);
    call.spanId = QByteArray::number(random.generate64(), 16).rightJustified(16, '0');
    call.startUnixNs = startUnixNs;
    call.firstByteNs = 200'000'000 + random.bounded(800'000'000);
    call.endNs = call.firstByteNs + random.bounded(2'000'000'000);
    call.method = "POST";
    call.clientTarget = "/v1/chat/completions";
    call.upstreamName = QStringLiteral("openai");
    call.upstreamUrl = "https://api.openai.com:443/v1/chat/completions";
    call.upstreamHost = "api.openai.com";
    call.upstreamPort = 443;
    call.requestHeaders.append("Content-Type", "application/json");
    call.requestHeaders.append("Authorization", "Bearer sk-proj-synthetic0123456789abcd");
    call.requestHeaders.append("x-tokentap-user", Users[random.bounded(int(std::size(Users)))]);
    if (index % 7 == 0)
        call.requestHeaders.append("x-tokentap-tags", "eval,nightly");

    // ~4 KiB request: a system prompt and a few turns.
    QByteArray messages = R"({"role":"system","content":"You are a helpful assistant. )"
            + sentence(random, 60) + "\"}";
    // A conversation that ends, as real requests do, with the user's new message.
    while (messages.size() < 3600) {
        messages += R"(,{"role":"user","content":")" + sentence(random, 40) + "\"}";
        messages += R"(,{"role":"assistant","content":")" + sentence(random, 40) + "\"}";
    }
    messages += R"(,{"role":"user","content":")" + sentence(random, 40) + "\"}";
    call.requestBody = R"({"model":")" + QByteArray(model) + R"(","temperature":0.2,"messages":[)"
            + messages + "]}";

    const int status = index % 50 == 0 ? 429 : 200;
    call.status = status;
    call.responseHeaders.append("Content-Type", "application/json");
    const int input = 900 + random.bounded(600);
    const int output = 100 + random.bounded(400);
    const QByteArray answer = sentence(random, 230);
    call.responseBody = R"({"id":"chatcmpl-)" + call.spanId + R"(","object":"chat.completion",)"
            + R"("created":1767225600,"model":")" + model + R"(","choices":[{"index":0,)"
            + R"("message":{"role":"assistant","content":")" + answer
            + R"("},"finish_reason":"stop"}],"usage":{"prompt_tokens":)" + QByteArray::number(input)
            + R"(,"completion_tokens":)" + QByteArray::number(output) + R"(,"total_tokens":)"
            + QByteArray::number(input + output) + R"(,"prompt_tokens_details":{"cached_tokens":)"
            + QByteArray::number(random.bounded(input)) + "}}}";
    if (status != 200)
        call.responseBody = R"({"error":{"message":"Rate limit reached","type":"requests"}})";
    return call;
}

bool fillStore(const QString &path, qint64 calls)
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
        // A trace of its own per call; as in make(), one in four with a caller's random id.
        r.traceId = i % 4 == 3
                ? QByteArray::number(quint64(i) * 0x9E3779B97F4A7C15ULL, 16).rightJustified(16, '0')
                        + r.spanId
                : TraceContext::newTraceId((start + i * step) / 1'000'000);
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

QString storeFromArguments(int argc, char *argv[], const QTemporaryDir &scratch)
{
    const qint64 calls = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1'000'000;
    const QString path = argc > 2 ? QString::fromLocal8Bit(argv[2])
                                  : scratch.filePath(QStringLiteral("traces.sqlite"));
    if (!QFileInfo::exists(path))
        return fillStore(path, calls) ? path : QString();
    return upgradeStore(path) ? path : QString();
}

bool upgradeStore(const QString &path)
{
    // One migration at a time, each timed: what a user's first start after an upgrade waits.
    const QString connection = QStringLiteral("upgrade");
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        QString error;
        ok = db.open();
        for (int version = TraceSchema::version(db) + 1;
             ok && version <= TraceSchema::CurrentVersion; ++version) {
            QElapsedTimer timer;
            timer.start();
            ok = TraceSchema::migrateTo(db, version, &error);
            if (ok)
                std::fprintf(stderr, "migrated the store to version %d in %.2f s\n", version,
                             double(timer.nsecsElapsed()) / 1e9);
            else
                std::fprintf(stderr, "%s\n", qPrintable(error));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}

} // namespace SyntheticCalls
