#include "llm/requestanalysis.h"

#include <QJsonDocument>
#include <QTest>

Q_DECLARE_METATYPE(EndpointKind)

namespace {

using OptDouble = std::optional<double>;
using OptInt = std::optional<qint64>;

QString describe(const RequestAnalysis &a)
{
    auto d = [](OptDouble v) {
        return v ? QString::number(*v) : QStringLiteral("-");
    };
    auto i = [](OptInt v) {
        return v ? QString::number(*v) : QStringLiteral("-");
    };
    return QStringLiteral("model=%1 stream=%2 temperature=%3 seed=%4 maxTokens=%5 topP=%6 "
                          "includeUsage=%7")
            .arg(a.model)
            .arg(a.stream)
            .arg(d(a.temperature), i(a.seed), i(a.maxTokens), d(a.topP))
            .arg(a.includeUsage);
}

} // namespace

class TestRequestAnalysis : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parameters_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected");
        QTest::newRow("chat stream")
                << QByteArray(R"({"model":"gpt-4o-mini","messages":[],"stream":true,
                                  "stream_options":{"include_usage":true},"temperature":0.7,
                                  "top_p":0.9,"max_tokens":256,"seed":42})")
                << QStringLiteral("model=gpt-4o-mini stream=1 temperature=0.7 seed=42 "
                                  "maxTokens=256 topP=0.9 includeUsage=1");
        // A missing temperature is not 0: caching under `auto` depends on the difference.
        QTest::newRow("nothing set") << QByteArray(R"({"model":"m"})")
                                     << QStringLiteral("model=m stream=0 temperature=- seed=- "
                                                       "maxTokens=- topP=- includeUsage=0");
        QTest::newRow("temperature zero")
                << QByteArray(R"({"model":"m","temperature":0,"stream":false})")
                << QStringLiteral("model=m stream=0 temperature=0 seed=- maxTokens=- topP=- "
                                  "includeUsage=0");
        QTest::newRow("nulls are absent")
                << QByteArray(R"({"model":"m","temperature":null,"seed":null,"max_tokens":null})")
                << QStringLiteral("model=m stream=0 temperature=- seed=- maxTokens=- topP=- "
                                  "includeUsage=0");
        QTest::newRow("seed keeps 64 bits")
                << QByteArray(R"({"model":"m","seed":4611686018427387905})")
                << QStringLiteral("model=m stream=0 temperature=- seed=4611686018427387905 "
                                  "maxTokens=- topP=- includeUsage=0");
        QTest::newRow("max_completion_tokens wins")
                << QByteArray(R"({"model":"o3","max_tokens":10,"max_completion_tokens":2000})")
                << QStringLiteral("model=o3 stream=0 temperature=- seed=- maxTokens=2000 topP=- "
                                  "includeUsage=0");
        QTest::newRow("responses max_output_tokens")
                << QByteArray(R"({"model":"gpt-5-mini","input":"hi","max_output_tokens":512})")
                << QStringLiteral("model=gpt-5-mini stream=0 temperature=- seed=- maxTokens=512 "
                                  "topP=- includeUsage=0");
        QTest::newRow("include_usage false") << QByteArray(
                R"({"model":"m","stream":true,"stream_options":{"include_usage":false}})")
                                             << QStringLiteral("model=m stream=1 temperature=- "
                                                               "seed=- maxTokens=- topP=- "
                                                               "includeUsage=0");
        QTest::newRow("wrong types ignored")
                << QByteArray(R"({"model":5,"stream":"yes","temperature":"0","seed":"1"})")
                << QStringLiteral("model= stream=0 temperature=- seed=- maxTokens=- topP=- "
                                  "includeUsage=0");
    }
    void parameters()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        const RequestAnalysis a = analyzeRequest(EndpointKind::ChatCompletions, body);
        QVERIFY(a.validJson);
        QCOMPARE(describe(a), expected);
    }

    void identity_data()
    {
        QTest::addColumn<EndpointKind>("kind");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("sessionId");
        QTest::addColumn<QByteArray>("trace");
        QTest::newRow("openai user")
                << EndpointKind::ChatCompletions
                << QByteArray(R"({"model":"m","user":"user-1234","session_id":"s-9"})")
                << QStringLiteral("user-1234") << QStringLiteral("s-9") << QByteArray("{}");
        QTest::newRow("safety_identifier")
                << EndpointKind::Responses
                << QByteArray(R"({"model":"m","safety_identifier":"hash-77"})")
                << QStringLiteral("hash-77") << QString() << QByteArray("{}");
        QTest::newRow("anthropic metadata")
                << EndpointKind::AnthropicMessages
                << QByteArray(R"({"model":"claude","metadata":{"user_id":"u-42"},"messages":[]})")
                << QStringLiteral("u-42") << QString() << QByteArray("{}");
        QTest::newRow("metadata elsewhere is not the user")
                << EndpointKind::ChatCompletions
                << QByteArray(R"({"model":"m","metadata":{"user_id":"u-42"}})") << QString()
                << QString() << QByteArray("{}");
        QTest::newRow("openrouter trace")
                << EndpointKind::ChatCompletions
                << QByteArray(R"({"model":"m","user":"ann","trace":{"trace_id":"t1",
                                  "span_name":"plan","customer":"acme"}})")
                << QStringLiteral("ann") << QString()
                << QByteArray(R"({"customer":"acme","span_name":"plan","trace_id":"t1"})");
    }
    void identity()
    {
        QFETCH(EndpointKind, kind);
        QFETCH(QByteArray, body);
        QFETCH(QString, user);
        QFETCH(QString, sessionId);
        QFETCH(QByteArray, trace);
        const RequestAnalysis a = analyzeRequest(kind, body);
        QVERIFY(a.validJson);
        QCOMPARE(a.user, user);
        QCOMPARE(a.sessionId, sessionId);
        QCOMPARE(QJsonDocument(a.traceObject).toJson(QJsonDocument::Compact), trace);
    }

    void promptText_data()
    {
        QTest::addColumn<EndpointKind>("kind");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("text");
        QTest::newRow("chat parts")
                << EndpointKind::ChatCompletions << QByteArray(R"({"model":"m","messages":[
                    {"role":"system","content":"You are terse."},
                    {"role":"user","content":[{"type":"text","text":"What is in"},
                        {"type":"image_url","image_url":{"url":"data:image/png;base64,AAAA"}},
                        {"type":"text","text":"this picture?"}]}]})")
                << QStringLiteral("You are terse.\nWhat is in\nthis picture?");
        QTest::newRow("chat tool result after a tool call")
                << EndpointKind::ChatCompletions << QByteArray(R"({"model":"m","messages":[
                    {"role":"system","content":"You are terse."},
                    {"role":"user","content":"What is in this picture?"},
                    {"role":"assistant","content":null,"tool_calls":[{"id":"call_1",
                        "type":"function","function":{"name":"look","arguments":"{}"}}]},
                    {"role":"tool","tool_call_id":"call_1","content":"A cat on a mat."}]})")
                << QStringLiteral("A cat on a mat.");
        QTest::newRow("chat utf-8")
                << EndpointKind::ChatCompletions
                << QByteArray("{\"messages\":[{\"role\":\"user\",\"content\":\"\xc3\x8ele "
                              "\xe2\x80\x94 "
                              "\\u00e9t\\u00e9\"}]}")
                << QString::fromUtf8("\xc3\x8ele \xe2\x80\x94 \xc3\xa9t\xc3\xa9");
        QTest::newRow("anthropic")
                << EndpointKind::AnthropicMessages
                << QByteArray(R"({"model":"claude","system":[{"type":"text","text":"Be kind.",
                    "cache_control":{"type":"ephemeral"}}],"messages":[
                    {"role":"user","content":"Weather in Paris?"},
                    {"role":"assistant","content":[{"type":"thinking","thinking":"hmm",
                        "signature":"x"},{"type":"tool_use","id":"tu_1","name":"weather",
                        "input":{"city":"Paris"}}]},
                    {"role":"user","content":[{"type":"tool_result","tool_use_id":"tu_1",
                        "content":[{"type":"text","text":"18 C, cloudy"}]},
                        {"type":"text","text":"And tomorrow?"}]}]})")
                << QStringLiteral("18 C, cloudy\nAnd tomorrow?");
        QTest::newRow("anthropic system parts")
                << EndpointKind::AnthropicMessages
                << QByteArray(R"({"model":"claude","system":[{"type":"text","text":"Be kind.",
                    "cache_control":{"type":"ephemeral"}}],"messages":[
                    {"role":"user","content":"Weather in Paris?"}]})")
                << QStringLiteral("Be kind.\nWeather in Paris?");
        QTest::newRow("anthropic system string")
                << EndpointKind::AnthropicMessages
                << QByteArray(R"({"system":"S","messages":[{"role":"user","content":"U"}]})")
                << QStringLiteral("S\nU");
        QTest::newRow("responses string input")
                << EndpointKind::Responses
                << QByteArray(R"({"model":"gpt-5-mini","instructions":"Answer briefly.",
                                  "input":"Capital of France?"})")
                << QStringLiteral("Answer briefly.\nCapital of France?");
        QTest::newRow("responses items") << EndpointKind::Responses << QByteArray(R"({"input":[
                    {"role":"developer","content":"Be exact."},
                    {"type":"message","role":"user","content":[
                        {"type":"input_text","text":"Look:"},
                        {"type":"input_image","image_url":"https:\/\/x/y.png"}]},
                    {"type":"reasoning","id":"rs_1","summary":[]},
                    {"type":"function_call","call_id":"c1","name":"f","arguments":"{}"},
                    {"type":"function_call_output","call_id":"c1","output":"42"}]})")
                                         << QStringLiteral("Be exact.\nLook:\n42");
        QTest::newRow("legacy prompt")
                << EndpointKind::Completions
                << QByteArray(R"({"model":"gpt-3.5-turbo-instruct","prompt":"Say this"})")
                << QStringLiteral("Say this");
        QTest::newRow("legacy prompt list")
                << EndpointKind::Completions << QByteArray(R"({"prompt":["one","two"]})")
                << QStringLiteral("one\ntwo");
        QTest::newRow("token ids are not text")
                << EndpointKind::Completions << QByteArray(R"({"prompt":[1734,2003]})")
                << QString();
        QTest::newRow("embeddings strings")
                << EndpointKind::Embeddings
                << QByteArray(R"({"model":"text-embedding-3-small","input":["alpha","beta"]})")
                << QStringLiteral("alpha\nbeta");
        QTest::newRow("embeddings token lists")
                << EndpointKind::Embeddings << QByteArray(R"({"input":[[1,2],[3]]})") << QString();
        QTest::newRow("moderation parts")
                << EndpointKind::Moderations
                << QByteArray(R"({"input":[{"type":"text","text":"is this ok"},
                    {"type":"image_url","image_url":{"url":"https:\/\/x"}}]})")
                << QStringLiteral("is this ok");
        QTest::newRow("compatible server on another path")
                << EndpointKind::Other
                << QByteArray(R"({"messages":[{"role":"user","content":"hi"}]})")
                << QStringLiteral("hi");
    }
    void turnText_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("text");
        QTest::newRow("first turn: everything")
                << QByteArray(R"({"messages":[{"role":"system","content":"Be terse."},)"
                              R"({"role":"user","content":"Hi"}]})")
                << QStringLiteral("Be terse.\nHi");
        QTest::newRow("after the last assistant message")
                << QByteArray(R"({"messages":[{"role":"system","content":"Be terse."},)"
                              R"({"role":"user","content":"Hi"},{"role":"assistant","content":)"
                              R"("Hello."},{"role":"tool","content":"result 42"},)"
                              R"({"role":"user","content":"And then?"}]})")
                << QStringLiteral("result 42\nAnd then?");
        QTest::newRow("responses items")
                << QByteArray(R"({"input":[{"role":"user","content":"Q1"},{"type":"message",)"
                              R"("role":"assistant","content":[{"type":"output_text","text":)"
                              R"("A1"}]},{"role":"user","content":"Q2"}]})")
                << QStringLiteral("Q2");
        QTest::newRow("single prompt")
                << QByteArray(R"({"prompt":"Say this"})") << QStringLiteral("Say this");
    }
    void turnText()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, text);
        QCOMPARE(analyzeRequest(EndpointKind::ChatCompletions, body).turnText, text);
    }

    void promptText()
    {
        QFETCH(EndpointKind, kind);
        QFETCH(QByteArray, body);
        QFETCH(QString, text);
        const RequestAnalysis a = analyzeRequest(kind, body);
        QVERIFY(a.validJson);
        QCOMPARE(a.turnText, text);
    }

    void toolNames_data()
    {
        QTest::addColumn<EndpointKind>("kind");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QStringList>("names");
        QTest::newRow("chat") << EndpointKind::ChatCompletions << QByteArray(R"({"tools":[
                    {"type":"function","function":{"name":"get_weather","parameters":{}}},
                    {"type":"function","function":{"name":"get_time"}}]})")
                              << QStringList {QStringLiteral("get_weather"),
                                              QStringLiteral("get_time")};
        QTest::newRow("legacy functions")
                << EndpointKind::ChatCompletions
                << QByteArray(R"({"functions":[{"name":"lookup","parameters":{}}]})")
                << QStringList {QStringLiteral("lookup")};
        QTest::newRow("responses")
                << EndpointKind::Responses
                << QByteArray(R"({"tools":[{"type":"function","name":"search_docs"},
                                            {"type":"web_search"}]})")
                << QStringList {QStringLiteral("search_docs"), QStringLiteral("web_search")};
        QTest::newRow("anthropic")
                << EndpointKind::AnthropicMessages
                << QByteArray(R"({"tools":[{"name":"get_weather","input_schema":{}},
                    {"type":"web_search_20250305","name":"web_search","max_uses":5}]})")
                << QStringList {QStringLiteral("get_weather"), QStringLiteral("web_search")};
        QTest::newRow("none") << EndpointKind::ChatCompletions << QByteArray(R"({"tools":[]})")
                              << QStringList {};
    }
    void toolNames()
    {
        QFETCH(EndpointKind, kind);
        QFETCH(QByteArray, body);
        QFETCH(QStringList, names);
        QCOMPARE(analyzeRequest(kind, body).toolNames, names);
    }

    void numbersBeyond64Bits()
    {
        // Valid JSON all the same: the rest of the body is read, the seed is no integer.
        const RequestAnalysis a = analyzeRequest(
                EndpointKind::ChatCompletions,
                R"({"model":"gpt-4o","seed":123456789012345678901234567890,"temperature":0.5,)"
                R"("messages":[{"role":"user","content":"hi"}]})");
        QVERIFY(a.validJson);
        QCOMPARE(a.model, QStringLiteral("gpt-4o"));
        QCOMPARE(a.temperature, std::optional<double>(0.5));
        QVERIFY(!a.seed);
        QCOMPARE(a.turnText, QStringLiteral("hi"));
        QCOMPARE(analyzeRequest(EndpointKind::ChatCompletions, R"({"seed":7.0})").seed,
                 std::optional<qint64>(7));
        QCOMPARE(analyzeRequest(EndpointKind::ChatCompletions, R"({"seed":-42})").seed,
                 std::optional<qint64>(-42));
        QVERIFY(!analyzeRequest(EndpointKind::ChatCompletions, R"({"seed":7.5})").seed);
        QVERIFY(!analyzeRequest(EndpointKind::ChatCompletions, R"({"seed":1e400})").validJson);
        // Just past 64 bits, either way: Qt writes these back as plain digits.
        for (const char *seed : {"-10000000000000000000", "18446744073709551616"}) {
            const RequestAnalysis b = analyzeRequest(EndpointKind::ChatCompletions,
                                                     QByteArray(R"({"model":"m","seed":)") + seed
                                                             + R"(,"top_p":0.9})");
            QVERIFY2(b.validJson, seed);
            QCOMPARE(b.model, QStringLiteral("m"));
            QCOMPARE(b.topP, std::optional<double>(0.9));
        }
    }

    void validJsonSimdjsonRefuses()
    {
        // A byte order mark, and a lone surrogate escape (text cut in the middle of an emoji),
        // are read as Qt reads them.
        const RequestAnalysis bom = analyzeRequest(EndpointKind::ChatCompletions,
                                                   "\xef\xbb\xbf{\"model\":\"m\",\"messages\":[{"
                                                   "\"role\":\"user\",\"content\":\"hi\"}]}");
        QVERIFY(bom.validJson);
        QCOMPARE(bom.model, QStringLiteral("m"));
        const RequestAnalysis cut = analyzeRequest(
                EndpointKind::ChatCompletions,
                R"({"model":"m","messages":[{"role":"user","content":"smile \ud83d and go"}]})");
        QVERIFY(cut.validJson);
        QCOMPARE(cut.model, QStringLiteral("m"));
        QVERIFY(cut.turnText.startsWith(QLatin1String("smile ")));
        QVERIFY(cut.turnText.endsWith(QLatin1String(" and go")));
    }

    void invalid_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("truncated") << QByteArray(R"({"model":"gpt-4o","messages":[{"role":)");
        QTest::newRow("not json") << QByteArray("model=gpt-4o&stream=true");
        QTest::newRow("array") << QByteArray(R"([{"model":"gpt-4o"}])");
        QTest::newRow("string") << QByteArray(R"("gpt-4o")");
        QTest::newRow("invalid utf-8")
                << QByteArray("{\"model\":\"gpt-4o\",\"messages\":[{\"role\":\"user\","
                              "\"content\":\"caf\xe9\"}]}");
        QTest::newRow("binary") << QByteArray("\x00\xff\xfe{\x01", 5);
        QTest::newRow("trailing garbage") << QByteArray(R"({"model":"m"} x)");
    }
    void invalid()
    {
        QFETCH(QByteArray, body);
        for (EndpointKind kind : {EndpointKind::ChatCompletions, EndpointKind::AnthropicMessages,
                                  EndpointKind::Responses, EndpointKind::Other}) {
            const RequestAnalysis a = analyzeRequest(kind, body);
            QVERIFY(!a.validJson);
            QCOMPARE(describe(a), describe(RequestAnalysis {}));
            QVERIFY(a.user.isEmpty());
            QVERIFY(a.sessionId.isEmpty());
            QVERIFY(a.traceObject.isEmpty());
            QVERIFY(a.turnText.isEmpty());
            QVERIFY(a.toolNames.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestRequestAnalysis)
#include "tst_requestanalysis.moc"
