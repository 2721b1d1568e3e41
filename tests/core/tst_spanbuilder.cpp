#include "export/spanbuilder.h"
#include "trace/tracecontext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QByteArray TraceId = "0af7651916cd43dd8448eb211c80319c";
const QByteArray SpanId = "b7ad6b7169203331";
const QByteArray ParentId = "00f067aa0ba902b7";
const qint64 Start = 1'767'225'600'000'000'000LL;

TraceRecord chatCall()
{
    TraceRecord r;
    r.traceId = TraceId;
    r.spanId = SpanId;
    r.parentSpanId = ParentId;
    r.traceState = "vendor=1";
    r.startUnixNs = Start;
    r.endUnixNs = Start + 1'250'000'000LL;
    r.method = u"POST"_s;
    r.url = u"https://api.openai.com:443/v1/chat/completions"_s;
    r.upstream = u"openai"_s;
    r.endpoint = u"chat"_s;
    r.model = u"gpt-4o-mini"_s;
    r.responseModel = u"gpt-4o-mini-2024-07-18"_s;
    r.responseId = u"chatcmpl-123"_s;
    r.finishReason = u"stop"_s;
    r.status = 200;
    r.cache = u"MISS"_s;
    r.usage.input = 1200;
    r.usage.output = 300;
    r.usage.total = 1500;
    r.usage.cachedInput = 1024;
    r.usage.reasoning = 192;
    r.costUsd = 0.000345;
    r.user = u"alice"_s;
    r.sessionId = u"s-1"_s;
    r.tags = {u"prod"_s, u"nightly"_s};
    r.metadata = QJsonObject {{"team"_L1, "search"_L1}};
    r.requestBody =
            R"({"model":"gpt-4o-mini","temperature":0.2,"max_tokens":500,"top_p":0.9,)"
            R"("seed":7,"stop":["END"],"messages":[{"role":"system","content":"Be terse."},)"
            R"({"role":"user","content":"Capital of France?"}]})";
    r.responseBody =
            R"({"id":"chatcmpl-123","object":"chat.completion","model":"gpt-4o-mini-2024-07-18",)"
            R"("choices":[{"index":0,"message":{"role":"assistant","content":"Paris."},)"
            R"("finish_reason":"stop"}],"usage":{"prompt_tokens":1200,"completion_tokens":300}})";
    return r;
}

QString text(const SpanData &span, const char *key)
{
    const SpanValue *v = span.attribute(QString::fromLatin1(key));
    return v && std::holds_alternative<QString>(*v) ? std::get<QString>(*v) : QString();
}

std::optional<qint64> integer(const SpanData &span, const char *key)
{
    const SpanValue *v = span.attribute(QString::fromLatin1(key));
    if (v && std::holds_alternative<qint64>(*v))
        return std::get<qint64>(*v);
    return std::nullopt;
}

std::optional<double> number(const SpanData &span, const char *key)
{
    const SpanValue *v = span.attribute(QString::fromLatin1(key));
    if (v && std::holds_alternative<double>(*v))
        return std::get<double>(*v);
    return std::nullopt;
}

QJsonValue json(const SpanData &span, const char *key)
{
    const QJsonDocument d = QJsonDocument::fromJson(text(span, key).toUtf8());
    return d.isArray() ? QJsonValue(d.array()) : QJsonValue(d.object());
}

QJsonValue parse(const char *literal)
{
    const QJsonDocument d = QJsonDocument::fromJson(QByteArray(literal));
    return d.isArray() ? QJsonValue(d.array()) : QJsonValue(d.object());
}

// Every string value of the span, its events and its status, for "no content" checks.
QString everything(const SpanData &span)
{
    QString all = span.name + span.statusMessage;
    for (const SpanAttribute &a : span.attributes) {
        all += a.key;
        if (const auto *s = std::get_if<QString>(&a.value))
            all += *s;
        if (const auto *l = std::get_if<QStringList>(&a.value))
            all += l->join(u' ');
    }
    return all;
}

} // namespace

class TestSpanBuilder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void identityAndTiming()
    {
        const SpanData span = SpanBuilder::build(chatCall(), false);
        QCOMPARE(span.name, u"chat gpt-4o-mini"_s);
        QCOMPARE(span.kind, SpanData::Kind::Client);
        QCOMPARE(span.traceId, QByteArray::fromHex(TraceId));
        QCOMPARE(span.spanId, QByteArray::fromHex(SpanId));
        QCOMPARE(span.parentSpanId, QByteArray::fromHex(ParentId));
        QCOMPARE(span.traceState, u"vendor=1"_s);
        QCOMPARE(span.startUnixNs, Start);
        QCOMPARE(span.endUnixNs, Start + 1'250'000'000LL);
        QCOMPARE(span.status, SpanData::StatusCode::Unset);
        QVERIFY(span.events.isEmpty()); // not a stream: no first token
        // Sampled, and its parent came from the caller's process.
        QCOMPARE(span.flags, 0x301u);
    }

    void aRootSaysItsParentIsNotRemote()
    {
        TraceRecord r = chatCall();
        r.parentSpanId.clear();
        QCOMPARE(SpanBuilder::build(r, false).flags, 0x101u);
        QCOMPARE(SpanBuilder::testSpan(Start).flags, 0x101u);
    }

    void unknownHostsNameTheUpstreamOrTheApi_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("upstream");
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<QString>("provider");
        const auto row = [](const char *name, const char *url, const char *upstream,
                            const char *endpoint, const char *provider) {
            QTest::newRow(name) << QString::fromLatin1(url) << QString::fromLatin1(upstream)
                                << QString::fromLatin1(endpoint) << QString::fromLatin1(provider);
        };
        row("named upstream", "http://127.0.0.1:11434/v1/chat/completions", "ollama", "chat",
            "ollama");
        row("named upstream, other call", "http://127.0.0.1:11434/api/tags", "ollama", "other",
            "ollama");
        row("default, chat", "http://127.0.0.1:11434/v1/chat/completions", "default", "chat",
            "openai");
        row("custom, embeddings", "http://gateway.corp:8080/v1/embeddings", "custom", "embeddings",
            "openai");
        row("default, messages", "http://gateway.corp:8080/v1/messages", "default", "messages",
            "anthropic");
        row("default, other", "http://127.0.0.1:11434/api/tags", "default", "other", "");
        row("known host wins", "https://api.groq.com/openai/v1/chat/completions", "my-groq", "chat",
            "groq");
    }
    void unknownHostsNameTheUpstreamOrTheApi()
    {
        QFETCH(QString, url);
        QFETCH(QString, upstream);
        QFETCH(QString, endpoint);
        QFETCH(QString, provider);
        TraceRecord r = chatCall();
        r.url = url;
        r.endpoint = endpoint;
        r.upstream = upstream;
        const SpanData span = SpanBuilder::build(r, false);
        QCOMPARE(text(span, "gen_ai.provider.name"), provider);
        QCOMPARE(text(span, "tokentap.upstream"), upstream);
    }

    void genAiAttributes()
    {
        const SpanData span = SpanBuilder::build(chatCall(), false);
        QCOMPARE(text(span, "gen_ai.operation.name"), u"chat"_s);
        QCOMPARE(text(span, "gen_ai.provider.name"), u"openai"_s);
        QCOMPARE(text(span, "gen_ai.request.model"), u"gpt-4o-mini"_s);
        QCOMPARE(number(span, "gen_ai.request.temperature"), 0.2);
        QCOMPARE(integer(span, "gen_ai.request.max_tokens"), 500);
        QCOMPARE(number(span, "gen_ai.request.top_p"), 0.9);
        QCOMPARE(integer(span, "gen_ai.request.seed"), 7);
        QCOMPARE(std::get<QStringList>(*span.attribute(u"gen_ai.request.stop_sequences")),
                 QStringList {u"END"_s});
        QCOMPARE(text(span, "gen_ai.response.model"), u"gpt-4o-mini-2024-07-18"_s);
        QCOMPARE(text(span, "gen_ai.response.id"), u"chatcmpl-123"_s);
        QCOMPARE(std::get<QStringList>(*span.attribute(u"gen_ai.response.finish_reasons")),
                 QStringList {u"stop"_s});
        QCOMPARE(integer(span, "gen_ai.usage.input_tokens"), 1200);
        QCOMPARE(integer(span, "gen_ai.usage.output_tokens"), 300);
        QCOMPARE(integer(span, "gen_ai.usage.cache_read.input_tokens"), 1024);
        QCOMPARE(integer(span, "gen_ai.usage.reasoning.output_tokens"), 192);
        QVERIFY(!span.attribute(u"gen_ai.usage.cache_write.input_tokens"));
        QCOMPARE(text(span, "server.address"), u"api.openai.com"_s);
        QCOMPARE(integer(span, "server.port"), 443);
        QCOMPARE(text(span, "gen_ai.conversation.id"), u"s-1"_s);
        QCOMPARE(text(span, "openai.api.type"), u"chat_completions"_s);
        QVERIFY(!span.attribute(u"gen_ai.request.stream"));
        // PRODUCT.md §7
        QCOMPARE(number(span, "tokentap.cost_usd"), 0.000345);
        QCOMPARE(text(span, "tokentap.cache"), u"MISS"_s);
        QCOMPARE(text(span, "tokentap.upstream"), u"openai"_s);
        QVERIFY(!span.attribute(u"tokentap.saved_usd"));
    }

    void messagesAsTheConventionsWriteThem()
    {
        const SpanData span = SpanBuilder::build(chatCall(), false);
        QCOMPARE(json(span, "gen_ai.input.messages"),
                 parse(R"([{"role":"system","parts":[{"type":"text","content":"Be terse."}]},
                           {"role":"user","parts":[{"type":"text","content":"Capital of France?"}]}])"));
        QCOMPARE(json(span, "gen_ai.output.messages"),
                 parse(R"([{"role":"assistant","parts":[{"type":"text","content":"Paris."}],
                            "finish_reason":"stop"}])"));
    }

    void braintrustMapping()
    {
        const SpanData span = SpanBuilder::build(chatCall(), false);
        QCOMPARE(json(span, "braintrust.input_json"),
                 parse(R"([{"role":"system","content":"Be terse."},
                           {"role":"user","content":"Capital of France?"}])"));
        QCOMPARE(json(span, "braintrust.output_json"),
                 parse(R"([{"index":0,"message":{"role":"assistant","content":"Paris."},
                            "finish_reason":"stop"}])"));
        QCOMPARE(json(span, "braintrust.metrics"),
                 parse(R"({"start":1767225600,"end":1767225601.25,"prompt_tokens":1200,
                           "completion_tokens":300,"tokens":1500,"prompt_cached_tokens":1024,
                           "completion_reasoning_tokens":192,"estimated_cost":0.000345})"));
        QCOMPARE(json(span, "braintrust.metadata"),
                 parse(R"({"team":"search","model":"gpt-4o-mini-2024-07-18","provider":"openai",
                           "user":"alice","session_id":"s-1","cache":"MISS","upstream":"openai",
                           "endpoint":"chat","finish_reason":"stop","tags":["prod","nightly"],
                           "status":200,"temperature":0.2,"max_tokens":500,"top_p":0.9,
                           "seed":7})"));
        QCOMPARE(json(span, "braintrust.span_attributes"), parse(R"({"type":"llm"})"));
        QCOMPARE(std::get<QStringList>(*span.attribute(u"braintrust.tags")),
                 (QStringList {u"prod"_s, u"nightly"_s}));
        QVERIFY(!span.attribute(u"braintrust.parent"));
        QVERIFY(span.btParent.isEmpty());
    }

    void callsOwnBraintrustParent()
    {
        TraceRecord r = chatCall();
        r.metadata.insert("bt_parent"_L1, "project_id:p-42"_L1);
        const SpanData span = SpanBuilder::build(r, false);
        QCOMPARE(span.btParent, u"project_id:p-42"_s);
        QCOMPARE(text(span, "braintrust.parent"), u"project_id:p-42"_s);
        QVERIFY(!json(span, "braintrust.metadata").toObject().contains("bt_parent"_L1));
    }

    void streamHasFirstTokenEvent()
    {
        TraceRecord r = chatCall();
        r.stream = true;
        r.ttftMs = 310.5;
        r.responseBody =
                "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Paris.\"}}]}\n\n"
                "data: {\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}\n\n"
                "data: [DONE]\n\n";
        const SpanData span = SpanBuilder::build(r, false);
        QCOMPARE(span.attribute(u"gen_ai.request.stream") != nullptr, true);
        QCOMPARE(number(span, "gen_ai.response.time_to_first_chunk"), 0.3105);
        QCOMPARE(number(span, "tokentap.ttft_ms"), 310.5);
        QCOMPARE(span.events.size(), 1);
        QCOMPARE(span.events.first().name, u"first_token"_s);
        QCOMPARE(span.events.first().timeUnixNs, Start + 310'500'000LL);
        QCOMPARE(json(span, "gen_ai.output.messages"),
                 parse(R"([{"role":"assistant","parts":[{"type":"text","content":"Paris."}],
                            "finish_reason":"stop"}])"));
        QCOMPARE(json(span, "braintrust.metrics").toObject().value("time_to_first_token"_L1),
                 QJsonValue(0.3105));
    }

    void failuresAreErrors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("errorKind");
        QTest::addColumn<QString>("errorType");
        QTest::newRow("http status") << 503 << u"http_503"_s << u"503"_s;
        QTest::newRow("no answer") << 502 << u"upstream_unreachable"_s << u"upstream_unreachable"_s;
        QTest::newRow("status only") << 429 << QString() << u"429"_s;
    }
    void failuresAreErrors()
    {
        QFETCH(int, status);
        QFETCH(QString, errorKind);
        QFETCH(QString, errorType);
        TraceRecord r = chatCall();
        r.status = status;
        r.errorKind = errorKind;
        r.errorMessage = u"overloaded"_s;
        r.finishReason.clear();
        r.responseBody.clear();
        const SpanData span = SpanBuilder::build(r, false);
        QCOMPARE(span.status, SpanData::StatusCode::Error);
        QCOMPARE(span.statusMessage, u"overloaded"_s);
        QCOMPARE(text(span, "error.type"), errorType);
        QCOMPARE(std::get<QStringList>(*span.attribute(u"gen_ai.response.finish_reasons")),
                 QStringList {u"error"_s});
        QVERIFY(!span.attribute(u"braintrust.output_json"));
    }

    void privacyKeepsMetricsOnly_data()
    {
        QTest::addColumn<bool>("destinationPrivacy");
        QTest::addColumn<bool>("callPrivacy");
        QTest::newRow("destination") << true << false;
        QTest::newRow("call") << false << true;
    }
    void privacyKeepsMetricsOnly()
    {
        QFETCH(bool, destinationPrivacy);
        QFETCH(bool, callPrivacy);
        TraceRecord r = chatCall();
        r.privacy = callPrivacy;
        const SpanData span = SpanBuilder::build(r, destinationPrivacy);
        const QString all = everything(span);
        QVERIFY(!all.contains("France"_L1));
        QVERIFY(!all.contains("Paris"_L1));
        QVERIFY(!all.contains("terse"_L1));
        QVERIFY(!span.attribute(u"gen_ai.input.messages"));
        QVERIFY(!span.attribute(u"braintrust.input_json"));
        QCOMPARE(integer(span, "gen_ai.usage.input_tokens"), 1200);
        QCOMPARE(json(span, "braintrust.metrics").toObject().value("tokens"_L1), QJsonValue(1500));
        QCOMPARE(number(span, "tokentap.cost_usd"), 0.000345);
    }

    void anthropicToolCalls()
    {
        TraceRecord r;
        r.traceId = TraceId;
        r.spanId = SpanId;
        r.startUnixNs = Start;
        r.endUnixNs = Start + 1000;
        r.url = u"https://api.anthropic.com/v1/messages"_s;
        r.endpoint = u"messages"_s;
        r.model = u"claude-sonnet-4-5"_s;
        r.status = 200;
        r.usage.input = 1825;
        r.usage.cacheWrite = 1800;
        r.requestBody = R"({"model":"claude-sonnet-4-5","system":"Use tools.","max_tokens":64,
            "tools":[{"name":"get_weather","input_schema":{"type":"object"}}],
            "messages":[{"role":"user","content":"Weather in Paris?"}]})";
        r.responseBody =
                R"({"type":"message","role":"assistant","model":"claude-sonnet-4-5-20250929",
            "content":[{"type":"tool_use","id":"toolu_1","name":"get_weather","input":{"city":"Paris"}}],
            "stop_reason":"tool_use","usage":{"input_tokens":25,"output_tokens":12}})";
        const SpanData span = SpanBuilder::build(r, false);
        QCOMPARE(span.name, u"chat claude-sonnet-4-5"_s);
        QCOMPARE(text(span, "gen_ai.provider.name"), u"anthropic"_s);
        QCOMPARE(integer(span, "gen_ai.usage.cache_write.input_tokens"), 1800);
        QCOMPARE(integer(span, "gen_ai.usage.cache_creation.input_tokens"), 1800);
        QCOMPARE(json(span, "gen_ai.input.messages"),
                 parse(R"([{"role":"system","parts":[{"type":"text","content":"Use tools."}]},
                           {"role":"user","parts":[{"type":"text","content":"Weather in Paris?"}]}])"));
        QCOMPARE(json(span, "gen_ai.output.messages"),
                 parse(R"([{"role":"assistant","parts":[{"type":"tool_call","id":"toolu_1",
                            "name":"get_weather","arguments":{"city":"Paris"}}],
                            "finish_reason":"tool_use"}])"));
        QCOMPARE(json(span, "gen_ai.tool.definitions").toArray().size(), 1);
        QVERIFY(span.parentSpanId.isEmpty());
    }

    void foreignIdsHashStably()
    {
        TraceRecord r = chatCall();
        r.traceId = "my-agent-run-7";
        r.parentSpanId = "step-3";
        const SpanData a = SpanBuilder::build(r, false);
        const SpanData b = SpanBuilder::build(r, false);
        QCOMPARE(a.traceId.size(), 16);
        QCOMPARE(a.parentSpanId.size(), 8);
        QCOMPARE(a.traceId, b.traceId);
        QCOMPARE(a.parentSpanId, b.parentSpanId);
        // The same id the proxy put in the upstream's traceparent.
        TraceContext context;
        context.traceId = r.traceId;
        QCOMPARE(a.traceId.toHex(), context.w3cTraceId());
    }

    void providerNames_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("provider");
        QTest::newRow("openai") << u"https://api.openai.com/v1/chat/completions"_s << u"openai"_s;
        QTest::newRow("azure") << u"https://x.openai.azure.com/openai/deployments/d"_s
                               << u"azure.ai.openai"_s;
        QTest::newRow("gemini") << u"https://generativelanguage.googleapis.com/v1beta/openai/"_s
                                << u"gcp.gemini"_s;
        QTest::newRow("vertex") << u"https://us-central1-aiplatform.googleapis.com/v1/x"_s
                                << u"gcp.vertex_ai"_s;
        QTest::newRow("mistral") << u"https://api.mistral.ai/v1"_s << u"mistral_ai"_s;
        QTest::newRow("x.ai") << u"https://api.x.ai/v1"_s << u"x_ai"_s;
        QTest::newRow("not x.ai") << u"https://max.ai/v1"_s << QString();
        QTest::newRow("local") << u"http://127.0.0.1:11434/v1"_s << QString();
    }
    void providerNames()
    {
        QFETCH(QString, url);
        QFETCH(QString, provider);
        QCOMPARE(SpanBuilder::providerName(url), provider);
    }

    void testSpanIsARoot()
    {
        const SpanData span = SpanBuilder::testSpan(Start);
        QCOMPARE(span.traceId.size(), 16);
        QCOMPARE(span.spanId.size(), 8);
        QVERIFY(span.parentSpanId.isEmpty());
        QCOMPARE(span.kind, SpanData::Kind::Client);
    }
};

QTEST_GUILESS_MAIN(TestSpanBuilder)
#include "tst_spanbuilder.moc"
