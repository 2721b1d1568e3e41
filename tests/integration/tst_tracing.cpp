// Every call through the proxy lands in the trace store with exact tokens, cost and timing.

#include "llmfixtures.h"
#include "proxyharness.h"

#include "llm/pricetable.h"
#include "trace/bodycompression.h"
#include "trace/traceservice.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

namespace {

// One stored row, by column name.
using Row = QVariantMap;

class TracingHarness
{
public:
    explicit TracingHarness(const TracingPolicy &policy = {})
        : policy(policy)
    {
        h.upstream.setHandler(LlmFixtures::handler(&h.upstream));
        QString error;
        started = traces.start(TraceService::databasePath(dir.path()), PriceTable::builtin(),
                               policy, &error)
                && h.start(config(), traces.queue());
    }
    ~TracingHarness()
    {
        h.proxy.stop();
        QSqlDatabase::removeDatabase(readerName());
    }

    ProxyConfig config() const
    {
        ProxyConfig c = h.defaultConfig();
        c.userPolicy = policy;
        return c;
    }

    bool startWith(const ProxyConfig &c)
    {
        QSignalSpy stopped(&h.proxy, &ProxyService::stopped);
        h.proxy.stop();
        if (h.proxy.isRunning() && !stopped.wait(5000))
            return false;
        QSignalSpy started(&h.proxy, &ProxyService::started);
        h.proxy.start(c, traces.queue());
        return started.wait(5000);
    }

    // Sends one request on a fresh connection and returns the whole response.
    RawHttpClient::Response call(const QByteArray &path, const QByteArray &body,
                                 const QList<QByteArray> &headers = {})
    {
        auto client = h.client();
        client->send(RawHttpClient::request("POST", path, body, headers));
        if (!client->waitForResponses(1))
            return {};
        return client->responses().first();
    }

    QList<Row> rows(const QString &where = QStringLiteral("1"))
    {
        traces.flush();
        QSqlDatabase db = reader();
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT t.*, p.request_headers, p.response_headers, "
                              "p.request_body, p.response_body, p.events, p.compressed "
                              "FROM traces t LEFT JOIN trace_payloads p ON p.trace_rowid = t.id "
                              "WHERE ")
               + where + QStringLiteral(" ORDER BY t.id"));
        QList<Row> result;
        while (q.next()) {
            Row row;
            const QSqlRecord record = q.record();
            for (int i = 0; i < record.count(); ++i)
                row.insert(record.fieldName(i), q.value(i));
            result.append(row);
        }
        return result;
    }

    Row waitForRow(int index)
    {
        QList<Row> all;
        if (!QTest::qWaitFor([&] { return (all = rows()).size() > index; }, 5000))
            return Row();
        return all.at(index);
    }

    QByteArray body(const Row &row, const char *column, int bit) const
    {
        const QByteArray raw = row.value(QLatin1String(column)).toByteArray();
        return (row.value(QStringLiteral("compressed")).toInt() & bit)
                ? BodyCompression::decompress(raw)
                : raw;
    }

    const TracingPolicy policy;
    QTemporaryDir dir;
    // Declared before the proxy, destroyed after it: calls ending at shutdown still go to it.
    TraceService traces;
    ProxyHarness h;
    bool started = false;

private:
    QString readerName() const
    {
        return QStringLiteral("reader-%1").arg(reinterpret_cast<quintptr>(this), 0, 16);
    }
    QSqlDatabase reader()
    {
        if (QSqlDatabase::contains(readerName()))
            return QSqlDatabase::database(readerName());
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), readerName());
        db.setDatabaseName(TraceService::databasePath(dir.path()));
        db.open();
        return db;
    }
};

qint64 tokens(const Row &row, const char *column)
{
    return row.value(QLatin1String(column)).toLongLong();
}

bool isNull(const Row &row, const char *column)
{
    return row.value(QLatin1String(column)).isNull();
}

const QByteArray ChatRequest = R"({"model":"gpt-4o-mini","messages":[{"role":"system","content":)"
                               R"("Be terse."},{"role":"user","content":"What is the capital of )"
                               R"(France?"}],"temperature":0})";

} // namespace

class TestTracing : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void chatJsonWithTokensCostAndIds();
    void streamsWithAndWithoutUsage();
    void compressedStreamIsReadDecoded();
    void everyResponseShape_data();
    void everyResponseShape();
    void traceStructureFromHeadersAndBody();
    void joinsCallersW3cTrace();
    void privacyPerRequestKeepsMetricsOnly();
    void userPolicyStopsRecording();
    void credentialsNeverReachTheDisk();
    void malformedJsonForwardedAndRecordedRaw();
    void upstreamFailureRecorded();
    void errorEventInAStreamRecordedAsAnError();
    void failedStreamingRequestIsAStreamCall();
    void noTraceRecordsNothing();
    void largeBodiesTruncatedInTheStoreOnly();
    void refusedBodyTooLargeIsRecorded();
};

void TestTracing::chatJsonWithTokensCostAndIds()
{
    TracingHarness t;
    QVERIFY(t.started);
    const auto response = t.call("/v1/chat/completions", ChatRequest);
    QCOMPARE(response.head.status, 200);
    const Row row = t.waitForRow(0);
    QVERIFY(!row.isEmpty());

    const auto &u = LlmFixtures::Chat.usage;
    QCOMPARE(tokens(row, "input_tokens"), u.input);
    QCOMPARE(tokens(row, "output_tokens"), u.output);
    QCOMPARE(tokens(row, "cached_tokens"), u.cachedInput);
    QCOMPARE(tokens(row, "total_tokens"), u.input + u.output);
    QCOMPARE(row.value(QStringLiteral("model")).toString(), QStringLiteral("gpt-4o-mini"));
    QCOMPARE(row.value(QStringLiteral("response_model")).toString(),
             QLatin1String(LlmFixtures::Chat.model));
    QCOMPARE(row.value(QStringLiteral("endpoint")).toString(), QStringLiteral("chat"));
    QCOMPARE(row.value(QStringLiteral("status")).toInt(), 200);
    QCOMPARE(row.value(QStringLiteral("stream")).toInt(), 0);
    QCOMPARE(row.value(QStringLiteral("finish_reason")).toString(), QStringLiteral("stop"));

    // gpt-4o-mini: $0.15 in, $0.075 cached, $0.60 out per million.
    TokenUsage usage;
    usage.input = u.input;
    usage.output = u.output;
    usage.cachedInput = u.cachedInput;
    const double expected =
            ((u.input - u.cachedInput) * 0.15 + u.cachedInput * 0.075 + u.output * 0.60) / 1e6;
    QVERIFY(qAbs(row.value(QStringLiteral("cost_usd")).toDouble() - expected) < 1e-12);
    QCOMPARE(row.value(QStringLiteral("cost_source")).toString(), QStringLiteral("table"));
    QVERIFY(row.value(QStringLiteral("price_version"))
                    .toString()
                    .startsWith(QLatin1String("builtin")));

    // Timing.
    const double ttfb = row.value(QStringLiteral("ttfb_ms")).toDouble();
    const double duration = row.value(QStringLiteral("duration_ms")).toDouble();
    QVERIFY(ttfb > 0 && ttfb <= duration);
    QVERIFY(row.value(QStringLiteral("start_ns")).toLongLong() > 1'700'000'000'000'000'000LL);

    // Ids: returned to the client, stored, and the upstream saw this span as its parent.
    const QByteArray traceId = response.head.headers.value("x-tokentap-trace-id");
    const QByteArray spanId = response.head.headers.value("x-tokentap-span-id");
    QCOMPARE(traceId.size(), 32);
    QCOMPARE(spanId.size(), 16);
    QCOMPARE(row.value(QStringLiteral("trace_id")).toByteArray(), traceId);
    QCOMPARE(row.value(QStringLiteral("span_id")).toByteArray(), spanId);
    QCOMPARE(t.h.upstream.requests().last().head.headers.value("traceparent"),
             "00-" + traceId + '-' + spanId + "-01");

    // Bodies kept whole; the full-text index finds the call by its message text.
    QCOMPARE(t.body(row, "request_body", 1), ChatRequest);
    QCOMPARE(t.body(row, "response_body", 2), LlmFixtures::chatCompletion());
    QCOMPARE(t.rows(QStringLiteral("t.id IN (SELECT rowid FROM traces_fts WHERE traces_fts "
                                   "MATCH 'capital')"))
                     .size(),
             1);
}

void TestTracing::streamsWithAndWithoutUsage()
{
    TracingHarness t;
    QVERIFY(t.started);
    t.call("/v1/chat/completions",
           R"({"model":"gpt-4o-mini","stream":true,"stream_options":{"include_usage":true},)"
           R"("messages":[{"role":"user","content":"Hi"}]})");
    t.call("/v1/chat/completions",
           R"({"model":"gpt-4o-mini","stream":true,"messages":[{"role":"user","content":"Hi"}]})");
    const Row withUsage = t.waitForRow(0);
    const Row without = t.waitForRow(1);
    QCOMPARE(withUsage.value(QStringLiteral("stream")).toInt(), 1);
    QCOMPARE(tokens(withUsage, "input_tokens"), LlmFixtures::Chat.usage.input);
    QCOMPARE(tokens(withUsage, "output_tokens"), LlmFixtures::Chat.usage.output);
    QVERIFY(!isNull(withUsage, "cost_usd"));
    const double ttft = withUsage.value(QStringLiteral("ttft_ms")).toDouble();
    QVERIFY(ttft > 0);
    QVERIFY(ttft <= withUsage.value(QStringLiteral("duration_ms")).toDouble());
    QVERIFY(!isNull(withUsage, "tokens_per_sec"));
    // The stream's body is its SSE text; the events column has each piece's time and length.
    QVERIFY(t.body(withUsage, "response_body", 2).endsWith("data: [DONE]\n\n"));
    const QJsonArray events = QJsonDocument::fromJson(t.body(withUsage, "events", 4)).array();
    QVERIFY(events.size() >= 3);
    qsizetype total = 0;
    for (const QJsonValue &e : events)
        total += qsizetype(e.toArray().at(1).toDouble());
    QCOMPARE(total, t.body(withUsage, "response_body", 2).size());

    // No usage reported: unknown, never zero.
    QCOMPARE(without.value(QStringLiteral("stream")).toInt(), 1);
    QVERIFY(isNull(without, "input_tokens"));
    QVERIFY(isNull(without, "output_tokens"));
    QVERIFY(isNull(without, "cost_usd"));
    QVERIFY(!isNull(without, "ttft_ms"));
}

// A gateway may compress an event stream: its pieces are then compressed bytes, read as the
// stream they decode to (usage, cost and text known).
void TestTracing::compressedStreamIsReadDecoded()
{
    TracingHarness t;
    QVERIFY(t.started);
    const QByteArray sse = LlmFixtures::chatCompletionEvents(true).join();
    const QByteArray deflated = qCompress(sse).mid(4); // zlib data: Content-Encoding deflate
    t.h.upstream.setHandler([&](const FakeUpstream::Request &, FakeUpstream::Reply &reply) {
        HttpHeaders headers;
        headers.append("Content-Encoding", "deflate");
        reply.beginStream(200, headers);
        reply.streamChunk(deflated.left(deflated.size() / 2));
        reply.streamChunk(deflated.mid(deflated.size() / 2));
        reply.endStream();
    });
    const auto response = t.call(
            "/v1/chat/completions",
            R"({"model":"gpt-4o-mini","stream":true,"stream_options":{"include_usage":true},)"
            R"("messages":[{"role":"user","content":"Hi"}]})",
            {"Accept-Encoding: deflate"});
    QCOMPARE(response.body, deflated); // relayed as it came
    const Row row = t.waitForRow(0);
    QCOMPARE(tokens(row, "input_tokens"), LlmFixtures::Chat.usage.input);
    QCOMPARE(tokens(row, "output_tokens"), LlmFixtures::Chat.usage.output);
    QVERIFY(!isNull(row, "cost_usd"));
    QCOMPARE(t.body(row, "response_body", 2), sse);
    const QJsonArray events = QJsonDocument::fromJson(t.body(row, "events", 4)).array();
    QCOMPARE(events.size(), 1);
    QCOMPARE(qsizetype(events.at(0).toArray().at(1).toDouble()), sse.size());
}

void TestTracing::everyResponseShape_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<qint64>("input");
    QTest::addColumn<qint64>("output");
    QTest::addColumn<qint64>("cached");
    QTest::addColumn<qint64>("cacheWrite");
    QTest::addColumn<qint64>("reasoning");
    QTest::addColumn<bool>("priced");

    const auto &r = LlmFixtures::Response.usage;
    const auto &a = LlmFixtures::AnthropicMessage.usage;
    const auto &c = LlmFixtures::TextCompletion.usage;
    QTest::newRow("responses json")
            << QByteArray("/v1/responses") << QByteArray(R"({"model":"gpt-5-mini","input":"Hi"})")
            << "responses" << qint64(r.input) << qint64(r.output) << qint64(r.cachedInput)
            << qint64(0) << qint64(r.reasoning) << true;
    QTest::newRow("responses stream")
            << QByteArray("/v1/responses")
            << QByteArray(R"({"model":"gpt-5-mini","input":"Hi","stream":true})") << "responses"
            << qint64(r.input) << qint64(r.output) << qint64(r.cachedInput) << qint64(0)
            << qint64(r.reasoning) << true;
    // Anthropic's input excludes cache reads and writes: TokenTap adds them.
    const qint64 anthropicInput = a.input + a.cachedInput + a.cacheWrite;
    QTest::newRow("anthropic json")
            << QByteArray("/v1/messages")
            << QByteArray(R"({"model":"claude-haiku-4-5","max_tokens":100,)"
                          R"("messages":[{"role":"user","content":"Hi"}]})")
            << "messages" << anthropicInput << qint64(a.output) << qint64(a.cachedInput)
            << qint64(a.cacheWrite) << qint64(-1) << true;
    QTest::newRow("anthropic stream")
            << QByteArray("/v1/messages")
            << QByteArray(R"({"model":"claude-haiku-4-5","max_tokens":100,"stream":true,)"
                          R"("messages":[{"role":"user","content":"Hi"}]})")
            << "messages" << anthropicInput << qint64(a.output) << qint64(a.cachedInput)
            << qint64(a.cacheWrite) << qint64(-1) << true;
    QTest::newRow("completions json")
            << QByteArray("/v1/completions")
            << QByteArray(R"({"model":"gpt-3.5-turbo-instruct","prompt":"Capital?"})")
            << "completions" << qint64(c.input) << qint64(c.output) << qint64(-1) << qint64(-1)
            << qint64(-1) << false;
    QTest::newRow("completions stream")
            << QByteArray("/v1/completions")
            << QByteArray(R"({"model":"gpt-3.5-turbo-instruct","prompt":"Capital?",)"
                          R"("stream":true,"stream_options":{"include_usage":true}})")
            << "completions" << qint64(c.input) << qint64(c.output) << qint64(-1) << qint64(-1)
            << qint64(-1) << false;
    QTest::newRow("embeddings")
            << QByteArray("/v1/embeddings")
            << QByteArray(R"({"model":"text-embedding-3-small","input":["a","b"]})") << "embeddings"
            << qint64(2 * LlmFixtures::EmbeddingTokensPerInput) << qint64(-1) << qint64(-1)
            << qint64(-1) << qint64(-1) << true;
}

void TestTracing::everyResponseShape()
{
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, body);
    QFETCH(QString, endpoint);
    QFETCH(qint64, input);
    QFETCH(qint64, output);
    QFETCH(qint64, cached);
    QFETCH(qint64, cacheWrite);
    QFETCH(qint64, reasoning);
    QFETCH(bool, priced);
    TracingHarness t;
    QVERIFY(t.started);
    QCOMPARE(t.call(path, body).head.status, 200);
    const Row row = t.waitForRow(0);
    QCOMPARE(row.value(QStringLiteral("endpoint")).toString(), endpoint);
    QCOMPARE(tokens(row, "input_tokens"), input);
    auto check = [&](const char *column, qint64 expected) {
        if (expected < 0)
            return isNull(row, column) || tokens(row, column) == 0;
        return tokens(row, column) == expected;
    };
    QVERIFY2(check("output_tokens", output),
             qPrintable(row.value(QStringLiteral("output_tokens")).toString()));
    QVERIFY(check("cached_tokens", cached));
    QVERIFY(check("cache_write_tokens", cacheWrite));
    QVERIFY(check("reasoning_tokens", reasoning));
    // gpt-3.5-turbo-instruct is not in the price table: its cost is unknown, never 0.
    QCOMPARE(!isNull(row, "cost_usd"), priced);
}

void TestTracing::traceStructureFromHeadersAndBody()
{
    TracingHarness t;
    QVERIFY(t.started);
    t.call("/v1/chat/completions",
           R"({"model":"gpt-4o-mini","user":"body-user","session_id":"s-body",)"
           R"("trace":{"trace_id":"nightly-run","trace_name":"Nightly eval","span_name":"grade",)"
           R"("generation_name":"grader","parent_span_id":"root-1","dataset":"geo"},)"
           R"("messages":[{"role":"user","content":"Hi"}]})",
           {"x-tokentap-session-id: s-header", "x-tokentap-tags: eval, nightly ,eval",
            "x-tokentap-meta-Team: platform", "x-bt-parent: project_name:geography"});
    const Row row = t.waitForRow(0);
    QCOMPARE(row.value(QStringLiteral("trace_id")).toString(), QStringLiteral("nightly-run"));
    QCOMPARE(row.value(QStringLiteral("parent_span_id")).toString(), QStringLiteral("root-1"));
    QCOMPARE(row.value(QStringLiteral("trace_name")).toString(), QStringLiteral("Nightly eval"));
    QCOMPARE(row.value(QStringLiteral("span_name")).toString(), QStringLiteral("grade"));
    QCOMPARE(row.value(QStringLiteral("generation_name")).toString(), QStringLiteral("grader"));
    QCOMPARE(row.value(QStringLiteral("user")).toString(), QStringLiteral("body-user"));
    QCOMPARE(row.value(QStringLiteral("session_id")).toString(), QStringLiteral("s-header"));
    QCOMPARE(row.value(QStringLiteral("tags")).toString(), QStringLiteral("eval,nightly"));
    QCOMPARE(row.value(QStringLiteral("project")).toString(), QStringLiteral("geography"));
    const QJsonObject metadata =
            QJsonDocument::fromJson(row.value(QStringLiteral("metadata")).toByteArray()).object();
    QCOMPARE(metadata.value(QLatin1String("team")).toString(), QStringLiteral("platform"));
    QCOMPARE(metadata.value(QLatin1String("dataset")).toString(), QStringLiteral("geo"));
    QCOMPARE(metadata.value(QLatin1String("bt_parent")).toString(),
             QStringLiteral("project_name:geography"));
    // x-tokentap-* never goes upstream.
    for (const auto &[name, value] : t.h.upstream.requests().last().head.headers.fields())
        QVERIFY2(!name.toLower().startsWith("x-tokentap-"), name.constData());
}

void TestTracing::joinsCallersW3cTrace()
{
    TracingHarness t;
    QVERIFY(t.started);
    const auto response =
            t.call("/v1/chat/completions", ChatRequest,
                   {"traceparent: 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"});
    QCOMPARE(response.head.headers.value("x-tokentap-trace-id"),
             QByteArray("4bf92f3577b34da6a3ce929d0e0e4736"));
    const Row row = t.waitForRow(0);
    QCOMPARE(row.value(QStringLiteral("parent_span_id")).toString(),
             QStringLiteral("00f067aa0ba902b7"));
    const QByteArray forwarded = t.h.upstream.requests().last().head.headers.value("traceparent");
    QVERIFY(forwarded.startsWith("00-4bf92f3577b34da6a3ce929d0e0e4736-"));
    QVERIFY(!forwarded.contains("00f067aa0ba902b7"));
}

void TestTracing::privacyPerRequestKeepsMetricsOnly()
{
    TracingHarness t;
    QVERIFY(t.started);
    t.call("/v1/chat/completions", ChatRequest, {"x-tokentap-privacy: on"});
    const Row row = t.waitForRow(0);
    QCOMPARE(row.value(QStringLiteral("privacy")).toInt(), 1);
    QCOMPARE(tokens(row, "input_tokens"), LlmFixtures::Chat.usage.input);
    QVERIFY(!isNull(row, "cost_usd"));
    QVERIFY(isNull(row, "request_body"));
    QVERIFY(isNull(row, "response_body"));
    QVERIFY(t.rows(QStringLiteral("t.id IN (SELECT rowid FROM traces_fts)")).isEmpty());
    // The other ways of saying yes count too.
    t.call("/v1/chat/completions", ChatRequest, {"x-tokentap-privacy: true"});
    t.call("/v1/chat/completions", ChatRequest, {"X-TokenTap-Privacy: 1"});
    t.waitForRow(2);
    QCOMPARE(t.rows(QStringLiteral("t.privacy = 1")).size(), 3);
}

void TestTracing::userPolicyStopsRecording()
{
    TracingPolicy policy;
    TracingPolicy::UserPolicy quiet;
    quiet.user = QStringLiteral("quiet");
    quiet.tracing = false;
    quiet.expires = QDateTime::currentDateTimeUtc().addSecs(3600);
    policy.users.append(quiet);
    TracingPolicy::UserPolicy lapsed;
    lapsed.user = QStringLiteral("lapsed");
    lapsed.tracing = false;
    lapsed.expires = QDateTime::currentDateTimeUtc().addSecs(-60);
    policy.users.append(lapsed);
    TracingHarness t(policy);
    QVERIFY(t.started);
    // The quiet user, named by the header or by the body (OpenAI's safety_identifier included):
    // nothing recorded, and nothing in the response or upstream names a trace that never exists.
    QByteArray bodyUser = ChatRequest;
    bodyUser.replace("\"temperature\"", "\"user\":\"quiet\",\"temperature\"");
    QByteArray safetyIdentifier = ChatRequest;
    safetyIdentifier.replace("\"temperature\"", "\"safety_identifier\":\"quiet\",\"temperature\"");
    const QList<RawHttpClient::Response> quietCalls = {
            t.call("/v1/chat/completions", ChatRequest, {"x-tokentap-user: quiet"}),
            t.call("/v1/chat/completions", bodyUser),
            t.call("/v1/chat/completions", safetyIdentifier),
    };
    for (const RawHttpClient::Response &response : quietCalls) {
        QCOMPARE(response.head.status, 200);
        QVERIFY(!response.head.headers.contains("x-tokentap-trace-id"));
        QVERIFY(!response.head.headers.contains("x-tokentap-span-id"));
    }
    for (const auto &request : t.h.upstream.requests())
        QVERIFY(!request.head.headers.contains("traceparent"));
    // Everyone else, and the user whose policy has expired, as usual.
    const auto loud = t.call("/v1/chat/completions", ChatRequest, {"x-tokentap-user: loud"});
    QVERIFY(loud.head.headers.contains("x-tokentap-trace-id"));
    t.call("/v1/chat/completions", ChatRequest, {"x-tokentap-user: lapsed"});
    t.waitForRow(1);
    const QList<Row> rows = t.rows();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).value(QStringLiteral("user")).toString(), QStringLiteral("loud"));
    QCOMPARE(rows.at(0).value(QStringLiteral("trace_id")).toByteArray(),
             loud.head.headers.value("x-tokentap-trace-id"));
    QCOMPARE(rows.at(1).value(QStringLiteral("user")).toString(), QStringLiteral("lapsed"));
}

void TestTracing::credentialsNeverReachTheDisk()
{
    const QByteArray key = "sk-proj-TOKENTAPSECRET0123456789abcdefWXYZ";
    const QByteArray anthropicKey = "sk-ant-api03-TOKENTAPSECRET-QRST";
    {
        TracingHarness t;
        QVERIFY(t.started);
        t.call("/v1/chat/completions", ChatRequest,
               {"Authorization: Bearer " + key, "Cookie: session=TOKENTAPSECRETcookie"});
        t.call("/v1/messages", R"({"model":"claude-haiku-4-5","max_tokens":10,"messages":[]})",
               {"x-api-key: " + anthropicKey});
        t.waitForRow(1);
        const Row row = t.rows().first();
        QVERIFY(row.value(QStringLiteral("request_headers"))
                        .toString()
                        .contains(QLatin1String("WXYZ")));
        t.h.proxy.stop();
        t.traces.stop();
        // Every file in the data folder, the WAL included, while it still exists.
        QDirIterator files(t.dir.path(), QDir::Files, QDirIterator::Subdirectories);
        int scanned = 0;
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray content = file.readAll();
            QVERIFY2(!content.contains("TOKENTAPSECRET"), qPrintable(file.fileName()));
            ++scanned;
        }
        QVERIFY(scanned >= 1);
    }
}

void TestTracing::malformedJsonForwardedAndRecordedRaw()
{
    TracingHarness t;
    QVERIFY(t.started);
    t.h.upstream.setHandler([](const FakeUpstream::Request &, FakeUpstream::Reply &reply) {
        reply.send(400,
                   LlmFixtures::openAiError("We could not parse the JSON body",
                                            "invalid_request_error"));
    });
    const QByteArray broken = "{\"model\": \"gpt-4o\", \"messages\": [\xff\xfe";
    t.call("/v1/chat/completions", broken);
    QCOMPARE(t.h.upstream.requests().last().body, broken);
    const Row row = t.waitForRow(0);
    QCOMPARE(row.value(QStringLiteral("status")).toInt(), 400);
    QCOMPARE(t.body(row, "request_body", 1), broken);
    QVERIFY(isNull(row, "input_tokens"));
    QVERIFY(isNull(row, "cost_usd"));
    QCOMPARE(row.value(QStringLiteral("error_kind")).toString(), QStringLiteral("http_400"));
}

void TestTracing::upstreamFailureRecorded()
{
    TracingHarness t;
    QVERIFY(t.started);
    t.h.upstream.setHandler(
            [](const FakeUpstream::Request &, FakeUpstream::Reply &reply) { reply.drop(); });
    QCOMPARE(t.call("/v1/chat/completions", ChatRequest).head.status, 502);
    const Row row = t.waitForRow(0);
    QCOMPARE(row.value(QStringLiteral("status")).toInt(), 502);
    QCOMPARE(row.value(QStringLiteral("error_kind")).toString(),
             QStringLiteral("upstream_unreachable"));
    QVERIFY(!row.value(QStringLiteral("error_message")).toString().isEmpty());
}

void TestTracing::errorEventInAStreamRecordedAsAnError()
{
    // Anthropic answers 200, starts the message, then reports it is overloaded in the stream.
    TracingHarness t;
    QVERIFY(t.started);
    t.h.upstream.setHandler([](const FakeUpstream::Request &, FakeUpstream::Reply &reply) {
        reply.beginStream(200);
        reply.streamChunk("event: message_start\ndata: {\"type\":\"message_start\",\"message\":"
                          "{\"id\":\"msg_1\",\"model\":\"claude-haiku-4-5\",\"usage\":"
                          "{\"input_tokens\":12,\"output_tokens\":1}}}\n\n");
        reply.streamChunk("event: error\ndata: {\"type\":\"error\",\"error\":{\"type\":"
                          "\"overloaded_error\",\"message\":\"Overloaded\"}}\n\n");
        reply.endStream();
    });
    QCOMPARE(t.call("/v1/messages",
                    R"({"model":"claude-haiku-4-5","max_tokens":10,"stream":true,)"
                    R"("messages":[{"role":"user","content":"Hi"}]})")
                     .head.status,
             200);
    const Row row = t.waitForRow(0);
    QCOMPARE(row.value(QStringLiteral("status")).toInt(), 200);
    QCOMPARE(row.value(QStringLiteral("error_kind")).toString(), QStringLiteral("upstream_error"));
    QCOMPARE(row.value(QStringLiteral("error_message")).toString(), QStringLiteral("Overloaded"));
    QCOMPARE(row.value(QStringLiteral("stream")).toInt(), 1);
}

void TestTracing::failedStreamingRequestIsAStreamCall()
{
    // Rate-limited before any event: the answer is JSON, the call was still a streaming one.
    TracingHarness t;
    QVERIFY(t.started);
    t.h.upstream.setHandler([](const FakeUpstream::Request &, FakeUpstream::Reply &reply) {
        reply.send(429, R"({"error":{"message":"Rate limit reached","type":"requests"}})");
    });
    QCOMPARE(t.call("/v1/chat/completions",
                    R"({"model":"gpt-4o-mini","stream":true,)"
                    R"("messages":[{"role":"user","content":"Hi"}]})")
                     .head.status,
             429);
    const Row row = t.waitForRow(0);
    QCOMPARE(row.value(QStringLiteral("error_kind")).toString(), QStringLiteral("http_429"));
    QCOMPARE(row.value(QStringLiteral("stream")).toInt(), 1);
}

void TestTracing::noTraceRecordsNothing()
{
    TracingHarness t;
    QVERIFY(t.started);
    ProxyConfig c = t.config();
    c.tracing = false;
    QVERIFY(t.startWith(c));
    const auto response = t.call("/v1/chat/completions", ChatRequest);
    QCOMPARE(response.head.status, 200);
    QVERIFY(!response.head.headers.contains("x-tokentap-trace-id"));
    QTest::qWait(50);
    QCOMPARE(t.rows().size(), 0);
}

void TestTracing::largeBodiesTruncatedInTheStoreOnly()
{
    TracingHarness t;
    QVERIFY(t.started);
    ProxyConfig c = t.config();
    c.maxRecordedBodyBytes = 100;
    QVERIFY(t.startWith(c));
    const QByteArray big = R"({"model":"gpt-4o-mini","messages":[{"role":"user","content":")"
            + QByteArray(1000, 'a') + R"("}]})";
    const auto response = t.call("/v1/chat/completions", big);
    QCOMPARE(response.head.status, 200);
    QCOMPARE(response.body, LlmFixtures::chatCompletion()); // the client gets everything
    QCOMPARE(t.h.upstream.requests().last().body, big); // and so does the upstream
    const Row row = t.waitForRow(0);
    QCOMPARE(t.body(row, "request_body", 1), big.left(100));
    QCOMPARE(t.body(row, "response_body", 2), LlmFixtures::chatCompletion().left(100));
    QCOMPARE(t.rows(QStringLiteral("t.id IN (SELECT trace_rowid FROM trace_payloads WHERE "
                                   "request_truncated = 1 AND response_truncated = 1)"))
                     .size(),
             1);
}

// Refused before it reached the upstream, the call is in the store all the same (without the
// body it did not send), and the 413 names its trace.
void TestTracing::refusedBodyTooLargeIsRecorded()
{
    TracingHarness t;
    QVERIFY(t.started);
    ProxyConfig c = t.config();
    c.maxRequestBodyBytes = 1000;
    QVERIFY(t.startWith(c));
    const QByteArray big = R"({"model":"gpt-4o-mini","messages":[{"role":"user","content":")"
            + QByteArray(2000, 'a') + R"("}]})";
    const auto response = t.call("/v1/chat/completions", big,
                                 {"x-tokentap-user: alice", "x-api-key: sk-0123456789"});
    QCOMPARE(response.head.status, 413);
    QVERIFY(t.h.upstream.requests().isEmpty());
    const Row row = t.waitForRow(0);
    QCOMPARE(row.value(QStringLiteral("trace_id")).toByteArray(),
             response.head.headers.value("x-tokentap-trace-id"));
    QCOMPARE(row.value(QStringLiteral("status")).toInt(), 413);
    QCOMPARE(row.value(QStringLiteral("error_kind")).toString(), QStringLiteral("body_too_large"));
    QCOMPARE(row.value(QStringLiteral("user")).toString(), QStringLiteral("alice"));
    QVERIFY(isNull(row, "input_tokens"));
    QVERIFY(!row.value(QStringLiteral("request_headers"))
                     .toString()
                     .contains(QLatin1String("sk-0123456789")));
    QCOMPARE(t.rows(QStringLiteral("t.id IN (SELECT trace_rowid FROM trace_payloads WHERE "
                                   "request_truncated = 1)"))
                     .size(),
             1);
}

QTEST_GUILESS_MAIN(TestTracing)
#include "tst_tracing.moc"
