#include "llm/responseanalysis.h"
#include "llmfixtures.h"

#include <QTest>

Q_DECLARE_METATYPE(EndpointKind)

namespace {

constexpr qint64 Ms = 1'000'000;
using Frames = QList<QByteArray>;

QString text(std::optional<qint64> n)
{
    return n ? QString::number(*n) : QStringLiteral("-");
}

QString describe(const TokenUsage &u)
{
    return QStringLiteral("input=%1 output=%2 total=%3 cachedInput=%4 cacheWrite=%5 "
                          "cacheWrite1h=%6 reasoning=%7 cost=%8")
            .arg(text(u.input), text(u.output), text(u.total), text(u.cachedInput),
                 text(u.cacheWrite), text(u.cacheWrite1h), text(u.reasoning),
                 u.providerCostUsd ? QString::number(*u.providerCostUsd, 'g', 12)
                                   : QStringLiteral("-"));
}

// Everything an analysis says, so that two analyses compare as one readable string.
QString describe(const ResponseAnalysis &a)
{
    QStringList offsets;
    for (qint64 offset : a.eventOffsetsNs)
        offsets.append(QString::number(offset));
    return QStringLiteral("validJson=%1\nusage: %2\nmodel=%3 id=%4 finish=%5\noutput=%6\n"
                          "reasoning=%7\ntools=%8\nfirstToken=%9\nevents=%10/%11 at %12\n"
                          "error=%13")
            .arg(a.validJson)
            .arg(describe(a.usage), a.responseModel, a.responseId, a.finishReason, a.outputText,
                 a.reasoningText, a.toolCalls.join(u','), text(a.firstTokenOffsetNs))
            .arg(a.eventCount)
            .arg(a.events.size())
            .arg(offsets.join(u','), a.errorMessage);
}

TokenUsage usage(std::optional<qint64> input, std::optional<qint64> output,
                 std::optional<qint64> total, std::optional<qint64> cachedInput = {},
                 std::optional<qint64> cacheWrite = {}, std::optional<qint64> reasoning = {},
                 std::optional<double> cost = {}, std::optional<qint64> cacheWrite1h = {})
{
    TokenUsage usage;
    usage.input = input;
    usage.output = output;
    usage.total = total;
    usage.cachedInput = cachedInput;
    usage.cacheWrite = cacheWrite;
    usage.reasoning = reasoning;
    usage.providerCostUsd = cost;
    usage.cacheWrite1h = cacheWrite1h;
    return usage;
}

// OpenAI reports input with its cached part and output with its reasoning part.
TokenUsage openAiUsage(const LlmFixtures::Usage &u, bool details)
{
    return usage(u.input, u.output, u.input + u.output,
                 details ? std::optional<qint64>(u.cachedInput) : std::nullopt, std::nullopt,
                 details ? std::optional<qint64>(u.reasoning) : std::nullopt);
}

// Anthropic's input_tokens excludes cache reads and writes; normalised input includes them.
TokenUsage anthropicUsage(const LlmFixtures::Usage &u)
{
    const qint64 input = qint64(u.input) + u.cachedInput + u.cacheWrite;
    // The fixtures split their writes as all 5-minute ones.
    return usage(input, u.output, input + u.output, u.cachedInput, u.cacheWrite, std::nullopt,
                 std::nullopt, 0);
}

// The inline JSON below is wrapped for reading; an SSE data line must be one line.
QByteArray oneLine(const QByteArray &json)
{
    QByteArray line;
    for (qsizetype i = 0; i < json.size(); ++i) {
        if (json.at(i) != '\n') {
            line += json.at(i);
            continue;
        }
        while (i + 1 < json.size() && json.at(i + 1) == ' ')
            ++i;
    }
    return line;
}

QByteArray data(const QByteArray &json)
{
    return "data: " + oneLine(json) + "\n\n";
}

QByteArray named(const QByteArray &type, const QByteArray &json)
{
    return "event: " + type + "\ndata: " + oneLine(json) + "\n\n";
}

QList<StreamPiece> onePiecePerFrame(const Frames &frames, qint64 (*offsetOf)(qsizetype))
{
    QList<StreamPiece> pieces;
    for (qsizetype i = 0; i < frames.size(); ++i)
        pieces.append({offsetOf(i), frames.at(i)});
    return pieces;
}

ResponseAnalysis analyzeFrames(EndpointKind kind, const Frames &frames)
{
    return analyzeStream(kind, {StreamPiece {0, frames.join()}});
}

} // namespace

char *toString(const TokenUsage &u)
{
    return qstrdup(describe(u).toUtf8().constData());
}

class TestResponseAnalysis : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void bodies_data()
    {
        using namespace LlmFixtures;
        QTest::addColumn<EndpointKind>("kind");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<TokenUsage>("usage");
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("finish");
        QTest::addColumn<QString>("output");
        QTest::newRow("chat") << EndpointKind::ChatCompletions << chatCompletion()
                              << openAiUsage(Chat.usage, true) << QString::fromUtf8(Chat.model)
                              << QStringLiteral("chatcmpl-CbX2kM9pQ7rT4vW1yZ3aB5cD6eF8g")
                              << QStringLiteral("stop") << QString::fromUtf8(Chat.text);
        QTest::newRow("text completion")
                << EndpointKind::Completions << textCompletion()
                << openAiUsage(TextCompletion.usage, false)
                << QString::fromUtf8(TextCompletion.model)
                << QStringLiteral("cmpl-CbX3nP0qR8sU5wX2zA4bC6dE7fG9h") << QStringLiteral("stop")
                << QString::fromUtf8(TextCompletion.text);
        QTest::newRow("responses")
                << EndpointKind::Responses << response() << openAiUsage(Response.usage, true)
                << QString::fromUtf8(Response.model)
                << QStringLiteral("resp_68c1f0a2b3d4e5f60718293a4b5c6d7e0f1a2b3c4d5e6f70")
                << QStringLiteral("completed") << QString::fromUtf8(Response.text);
        QTest::newRow("anthropic")
                << EndpointKind::AnthropicMessages << anthropicMessage()
                << anthropicUsage(AnthropicMessage.usage)
                << QString::fromUtf8(AnthropicMessage.model)
                << QStringLiteral("msg_01XFDUDYJgAACzvnptvVoYEL") << QStringLiteral("end_turn")
                << QString::fromUtf8(AnthropicMessage.text);
        // Embeddings report no output: it stays unknown rather than 0.
        const qint64 tokens = 3 * EmbeddingTokensPerInput;
        QTest::newRow("embeddings")
                << EndpointKind::Embeddings << embeddings(3, 8)
                << usage(tokens, std::nullopt, tokens) << QString::fromUtf8(EmbeddingModel)
                << QString() << QString() << QString();
        QTest::newRow("embeddings base64")
                << EndpointKind::Embeddings << embeddings(1, 16, true)
                << usage(EmbeddingTokensPerInput, std::nullopt, EmbeddingTokensPerInput)
                << QString::fromUtf8(EmbeddingModel) << QString() << QString() << QString();
    }
    void bodies()
    {
        QFETCH(EndpointKind, kind);
        QFETCH(QByteArray, body);
        QFETCH(TokenUsage, usage);
        QFETCH(QString, model);
        QFETCH(QString, id);
        QFETCH(QString, finish);
        QFETCH(QString, output);
        const ResponseAnalysis a = analyzeResponse(kind, body, "application/json");
        QVERIFY(a.validJson);
        QCOMPARE(a.usage, usage);
        QCOMPARE(a.responseModel, model);
        QCOMPARE(a.responseId, id);
        QCOMPARE(a.finishReason, finish);
        QCOMPARE(a.outputText, output);
        QVERIFY(a.reasoningText.isEmpty());
        QVERIFY(a.toolCalls.isEmpty());
        QVERIFY(a.errorMessage.isEmpty());
        QVERIFY(!a.firstTokenOffsetNs);
        QCOMPARE(a.eventCount, 0);
        QVERIFY(a.events.isEmpty());
        // The endpoint kind is only a hint: the body's own shape decides.
        QCOMPARE(describe(analyzeResponse(EndpointKind::Other, body, {})), describe(a));
    }

    void streams_data()
    {
        using namespace LlmFixtures;
        QTest::addColumn<EndpointKind>("kind");
        QTest::addColumn<Frames>("frames");
        QTest::addColumn<TokenUsage>("usage");
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("finish");
        QTest::addColumn<QString>("output");
        QTest::addColumn<int>("firstContent"); // index of the first content-bearing event
        QTest::newRow("chat with usage")
                << EndpointKind::ChatCompletions << chatCompletionEvents(true)
                << openAiUsage(Chat.usage, true) << QString::fromUtf8(Chat.model)
                << QStringLiteral("stop") << QString::fromUtf8(Chat.text) << 1;
        // Without stream_options.include_usage OpenAI never says: unknown, not 0.
        QTest::newRow("chat without usage")
                << EndpointKind::ChatCompletions << chatCompletionEvents(false) << TokenUsage {}
                << QString::fromUtf8(Chat.model) << QStringLiteral("stop")
                << QString::fromUtf8(Chat.text) << 1;
        QTest::newRow("text completion with usage")
                << EndpointKind::Completions << textCompletionEvents(true)
                << openAiUsage(TextCompletion.usage, false)
                << QString::fromUtf8(TextCompletion.model) << QStringLiteral("stop")
                << QString::fromUtf8(TextCompletion.text) << 0;
        QTest::newRow("text completion without usage")
                << EndpointKind::Completions << textCompletionEvents(false) << TokenUsage {}
                << QString::fromUtf8(TextCompletion.model) << QStringLiteral("stop")
                << QString::fromUtf8(TextCompletion.text) << 0;
        QTest::newRow("responses")
                << EndpointKind::Responses << responseEvents() << openAiUsage(Response.usage, true)
                << QString::fromUtf8(Response.model) << QStringLiteral("completed")
                << QString::fromUtf8(Response.text) << 6;
        QTest::newRow("anthropic")
                << EndpointKind::AnthropicMessages << anthropicMessageEvents()
                << anthropicUsage(AnthropicMessage.usage)
                << QString::fromUtf8(AnthropicMessage.model) << QStringLiteral("end_turn")
                << QString::fromUtf8(AnthropicMessage.text) << 3;
    }
    void streams()
    {
        QFETCH(EndpointKind, kind);
        QFETCH(Frames, frames);
        QFETCH(TokenUsage, usage);
        QFETCH(QString, model);
        QFETCH(QString, finish);
        QFETCH(QString, output);

        const ResponseAnalysis a = analyzeFrames(kind, frames);
        QVERIFY(a.validJson);
        QCOMPARE(a.usage, usage);
        QCOMPARE(a.responseModel, model);
        QCOMPARE(a.finishReason, finish);
        QCOMPARE(a.outputText, output);
        QVERIFY(!a.responseId.isEmpty());
        QVERIFY(a.reasoningText.isEmpty());
        QVERIFY(a.toolCalls.isEmpty());
        QVERIFY(a.errorMessage.isEmpty());
        QCOMPARE(a.eventCount, int(frames.size()));
        QCOMPARE(a.events.size(), frames.size());
        QCOMPARE(a.eventOffsetsNs.size(), frames.size());

        // The stream and its non-streamed twin agree.
        const QByteArray whole = frames.join();
        ResponseAnalysis asBody = analyzeResponse(kind, whole, "text/event-stream; charset=utf-8");
        QVERIFY(!asBody.firstTokenOffsetNs);
        asBody.firstTokenOffsetNs = a.firstTokenOffsetNs;
        QCOMPARE(describe(asBody), describe(a));

        // Split anywhere — inside UTF-8 characters, inside JSON, between events — or fed a byte
        // at a time, the stream reads the same.
        const QString expected = describe(a);
        for (qsizetype at = 0; at <= whole.size(); ++at) {
            const ResponseAnalysis split = analyzeStream(
                    kind, {StreamPiece {0, whole.left(at)}, StreamPiece {0, whole.mid(at)}});
            if (describe(split) != expected) {
                QCOMPARE(describe(split), expected);
                QFAIL(qPrintable(QStringLiteral("differs when split at byte %1").arg(at)));
            }
        }
        QList<StreamPiece> bytes;
        for (char c : whole)
            bytes.append({0, QByteArray(1, c)});
        QCOMPARE(describe(analyzeStream(kind, bytes)), expected);
    }

    void firstToken_data() { streams_data(); }
    void firstToken()
    {
        QFETCH(EndpointKind, kind);
        QFETCH(Frames, frames);
        QFETCH(int, firstContent);
        // The first event at 1 ms, the others at 5, 6, 7 … ms: a chat stream's role-only first
        // chunk (1 ms) is not the first token, its first content chunk (5 ms) is.
        auto offsetOf = [](qsizetype i) {
            return i == 0 ? 1 * Ms : (i + 4) * Ms;
        };
        const ResponseAnalysis a = analyzeStream(kind, onePiecePerFrame(frames, offsetOf));
        QCOMPARE(text(a.firstTokenOffsetNs), text(offsetOf(firstContent)));
        QCOMPARE(a.eventOffsetsNs.first(), 1 * Ms);
        QCOMPARE(a.eventOffsetsNs.last(), offsetOf(frames.size() - 1));

        // An event is usable when its last byte arrived.
        QList<StreamPiece> pieces;
        for (qsizetype i = 0; i < frames.size(); ++i) {
            const QByteArray &frame = frames.at(i);
            if (i == firstContent) {
                pieces.append({100 * Ms, frame.left(frame.size() / 2)});
                pieces.append({101 * Ms, frame.mid(frame.size() / 2)});
            } else {
                pieces.append({i < firstContent ? 1 * Ms : 200 * Ms, frame});
            }
        }
        QCOMPARE(text(analyzeStream(kind, pieces).firstTokenOffsetNs), text(101 * Ms));
    }

    void chatFirstTokenFromSpec()
    {
        // Role-only first chunk at 1 ms, first content at 5 ms.
        const Frames frames = LlmFixtures::chatCompletionEvents(true);
        QList<StreamPiece> pieces {{1 * Ms, frames.at(0)}};
        for (qsizetype i = 1; i < frames.size(); ++i)
            pieces.append({(4 + i) * Ms, frames.at(i)});
        QCOMPARE(text(analyzeStream(EndpointKind::ChatCompletions, pieces).firstTokenOffsetNs),
                 text(5 * Ms));
    }

    void cutStreams_data()
    {
        using namespace LlmFixtures;
        QTest::addColumn<EndpointKind>("kind");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<TokenUsage>("usage");
        QTest::addColumn<QString>("finish");

        const Frames chat = chatCompletionEvents(true);
        QTest::newRow("chat before usage chunk")
                << EndpointKind::ChatCompletions << chat.mid(0, chat.size() - 2).join()
                << TokenUsage {} << QStringLiteral("stop");
        const QByteArray usageChunk = chat.at(chat.size() - 2);
        QTest::newRow("chat inside usage chunk")
                << EndpointKind::ChatCompletions
                << chat.mid(0, chat.size() - 2).join() + usageChunk.left(usageChunk.size() - 1)
                << TokenUsage {} << QStringLiteral("stop");
        QTest::newRow("chat before [DONE]")
                << EndpointKind::ChatCompletions << chat.mid(0, chat.size() - 1).join()
                << openAiUsage(Chat.usage, true) << QStringLiteral("stop");
        QTest::newRow("chat mid-text") << EndpointKind::ChatCompletions << chat.mid(0, 4).join()
                                       << TokenUsage {} << QString();

        const Frames responses = responseEvents();
        QTest::newRow("responses before completed")
                << EndpointKind::Responses << responses.mid(0, responses.size() - 1).join()
                << TokenUsage {} << QString();
        QTest::newRow("responses inside completed")
                << EndpointKind::Responses << responses.join().left(responses.join().size() - 3)
                << TokenUsage {} << QString();

        // Anthropic reports the input side first: it is known even when output never arrives.
        const Frames anthropic = anthropicMessageEvents();
        const Usage &u = AnthropicMessage.usage;
        const qint64 input = qint64(u.input) + u.cachedInput + u.cacheWrite;
        QTest::newRow("anthropic before message_delta")
                << EndpointKind::AnthropicMessages << anthropic.mid(0, anthropic.size() - 2).join()
                << usage(input, std::nullopt, std::nullopt, u.cachedInput, u.cacheWrite,
                         std::nullopt, std::nullopt, 0)
                << QString();
        QTest::newRow("anthropic inside message_start")
                << EndpointKind::AnthropicMessages << anthropic.first().left(40) << TokenUsage {}
                << QString();
        QTest::newRow("nothing") << EndpointKind::ChatCompletions << QByteArray() << TokenUsage {}
                                 << QString();
    }
    void cutStreams()
    {
        QFETCH(EndpointKind, kind);
        QFETCH(QByteArray, bytes);
        QFETCH(TokenUsage, usage);
        QFETCH(QString, finish);
        const ResponseAnalysis a = analyzeStream(kind, {StreamPiece {0, bytes}});
        QCOMPARE(a.usage, usage);
        QCOMPARE(a.finishReason, finish);
        for (const SseEvent &event : a.events)
            QVERIFY(event.data.endsWith('}') || event.data == "[DONE]"); // no half event
    }

    void usageShapes_data()
    {
        QTest::addColumn<EndpointKind>("kind");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<TokenUsage>("usage");
        QTest::newRow("openrouter cost")
                << EndpointKind::ChatCompletions
                << QByteArray(R"({"id":"gen-1","object":"chat.completion","model":"openai/gpt-4o",
                    "choices":[],"usage":{"prompt_tokens":194,"completion_tokens":2,
                    "total_tokens":196,"cost":0.00095,"is_byok":false,
                    "prompt_tokens_details":{"cached_tokens":0},
                    "completion_tokens_details":{"reasoning_tokens":0}}})")
                << usage(194, 2, 196, 0, std::nullopt, 0, 0.00095);
        QTest::newRow("openrouter zero cost")
                << EndpointKind::ChatCompletions
                << QByteArray(R"({"choices":[],"usage":{"prompt_tokens":5,"completion_tokens":1,
                    "total_tokens":6,"cost":0}})")
                << usage(5, 1, 6, std::nullopt, std::nullopt, std::nullopt, 0.0);
        // Gemini through OpenAI compatibility: thinking only in total_tokens.
        QTest::newRow("gemini thoughts in total")
                << EndpointKind::ChatCompletions
                << QByteArray(R"({"object":"chat.completion","model":"gemini-2.5-flash",
                    "choices":[],"usage":{"prompt_tokens":10,"completion_tokens":5,
                    "total_tokens":40}})")
                << usage(10, 30, 40, std::nullopt, std::nullopt, 25);
        QTest::newRow("gemini larger reported reasoning")
                << EndpointKind::ChatCompletions
                << QByteArray(R"({"choices":[],"usage":{"prompt_tokens":10,"completion_tokens":5,
                    "total_tokens":40,"completion_tokens_details":{"reasoning_tokens":28}}})")
                << usage(10, 30, 40, std::nullopt, std::nullopt, 28);
        QTest::newRow("gemini thoughts only in reasoning")
                << EndpointKind::ChatCompletions
                << QByteArray(R"({"choices":[],"usage":{"prompt_tokens":12,"completion_tokens":0,
                    "total_tokens":112,"completion_tokens_details":{"reasoning_tokens":100}}})")
                << usage(12, 100, 112, std::nullopt, std::nullopt, 100);
        QTest::newRow("consistent total untouched")
                << EndpointKind::ChatCompletions
                << QByteArray(R"({"choices":[],"usage":{"prompt_tokens":10,"completion_tokens":30,
                    "total_tokens":40,"completion_tokens_details":{"reasoning_tokens":25}}})")
                << usage(10, 30, 40, std::nullopt, std::nullopt, 25);
        QTest::newRow("deepseek cache hits")
                << EndpointKind::ChatCompletions
                << QByteArray(R"({"model":"deepseek-chat","choices":[],"usage":{
                    "prompt_tokens":100,"completion_tokens":20,"total_tokens":120,
                    "prompt_cache_hit_tokens":64,"prompt_cache_miss_tokens":36}})")
                << usage(100, 20, 120, 64);
        QTest::newRow("cached_tokens preferred over deepseek field")
                << EndpointKind::ChatCompletions
                << QByteArray(R"({"choices":[],"usage":{"prompt_tokens":100,
                    "completion_tokens":20,"total_tokens":120,"prompt_cache_hit_tokens":64,
                    "prompt_tokens_details":{"cached_tokens":60}}})")
                << usage(100, 20, 120, 60);
        QTest::newRow("total computed when missing")
                << EndpointKind::ChatCompletions
                << QByteArray(R"({"choices":[],"usage":{"prompt_tokens":7,"completion_tokens":3}})")
                << usage(7, 3, 10);
        QTest::newRow("null details are unknown")
                << EndpointKind::ChatCompletions
                << QByteArray(R"({"choices":[],"usage":{"prompt_tokens":7,"completion_tokens":3,
                    "total_tokens":10,"prompt_tokens_details":null,
                    "completion_tokens_details":{"reasoning_tokens":null}}})")
                << usage(7, 3, 10);
        QTest::newRow("no usage") << EndpointKind::ChatCompletions
                                  << QByteArray(R"({"choices":[],"usage":null})") << TokenUsage {};
        QTest::newRow("responses without total")
                << EndpointKind::Responses
                << QByteArray(R"({"object":"response","status":"completed","output":[],
                    "usage":{"input_tokens":800,"input_tokens_details":{"cached_tokens":512},
                    "output_tokens":150,"output_tokens_details":{"reasoning_tokens":64}}})")
                << usage(800, 150, 950, 512, std::nullopt, 64);
        // The reference's example: cache reads and writes added to input, thinking reported.
        QTest::newRow("anthropic cache read and write")
                << EndpointKind::AnthropicMessages
                << QByteArray(R"({"type":"message","model":"claude-sonnet-4-5-20250929",
                    "content":[],"stop_reason":"end_turn","usage":{"input_tokens":25,
                    "cache_creation_input_tokens":1800,"cache_read_input_tokens":2048,
                    "cache_creation":{"ephemeral_5m_input_tokens":1800,
                    "ephemeral_1h_input_tokens":0},"output_tokens":312,
                    "output_tokens_details":{"thinking_tokens":120},
                    "server_tool_use":{"web_search_requests":0},"service_tier":"standard"}})")
                << usage(3873, 312, 4185, 2048, 1800, 120, std::nullopt, 0);
        // Writes kept for an hour are billed apart: their count is kept.
        QTest::newRow("anthropic one-hour cache writes")
                << EndpointKind::AnthropicMessages
                << QByteArray(R"({"type":"message","content":[],"usage":{"input_tokens":100,
                    "cache_read_input_tokens":2000,"cache_creation_input_tokens":500,
                    "cache_creation":{"ephemeral_5m_input_tokens":200,
                    "ephemeral_1h_input_tokens":300},"output_tokens":300}})")
                << usage(2600, 300, 2900, 2000, 500, std::nullopt, std::nullopt, 300);
        // OpenRouter passes a cache-writing provider's writes on in the chat shape.
        QTest::newRow("openrouter cache writes")
                << EndpointKind::ChatCompletions
                << QByteArray(R"({"object":"chat.completion","choices":[],"usage":{
                    "prompt_tokens":1200,"completion_tokens":10,"total_tokens":1210,
                    "prompt_tokens_details":{"cached_tokens":0,"cache_write_tokens":1000}}})")
                << usage(1200, 10, 1210, 0, 1000);
        QTest::newRow("anthropic without cache fields")
                << EndpointKind::AnthropicMessages
                << QByteArray(R"({"type":"message","content":[],"usage":{"input_tokens":9,
                    "output_tokens":4}})")
                << usage(9, 4, 13);
        QTest::newRow("anthropic cache split only")
                << EndpointKind::AnthropicMessages
                << QByteArray(R"({"type":"message","content":[],"usage":{"input_tokens":9,
                    "cache_read_input_tokens":0,"cache_creation":{"ephemeral_5m_input_tokens":100,
                    "ephemeral_1h_input_tokens":50},"output_tokens":4}})")
                << usage(159, 4, 163, 0, 150, std::nullopt, std::nullopt, 50);
        QTest::newRow("anthropic cache split that is no object")
                << EndpointKind::AnthropicMessages
                << QByteArray(R"({"type":"message","content":[],"usage":{"input_tokens":9,
                    "cache_creation":[100],"output_tokens":4}})")
                << usage(9, 4, 13);
    }
    void usageShapes()
    {
        QFETCH(EndpointKind, kind);
        QFETCH(QByteArray, body);
        QFETCH(TokenUsage, usage);
        const ResponseAnalysis a = analyzeResponse(kind, body, "application/json");
        QVERIFY(a.validJson);
        QCOMPARE(a.usage, usage);
        QCOMPARE(a.usage.isKnown(), usage.isKnown());
    }

    void streamedUsageShapes_data()
    {
        QTest::addColumn<EndpointKind>("kind");
        QTest::addColumn<Frames>("frames");
        QTest::addColumn<TokenUsage>("usage");
        // message_delta repeats the input side; its counts supersede message_start's.
        QTest::newRow("anthropic message_delta supersedes")
                << EndpointKind::AnthropicMessages
                << Frames {named("message_start",
                                 R"({"type":"message_start","message":{"id":"msg_1",
                                 "type":"message","role":"assistant","model":"claude-x",
                                 "content":[],"stop_reason":null,"usage":{"input_tokens":25,
                                 "cache_creation_input_tokens":0,"cache_read_input_tokens":2048,
                                 "output_tokens":1}}})"),
                           named("message_delta",
                                 R"({"type":"message_delta","delta":{"stop_reason":"end_turn"},
                                 "usage":{"input_tokens":30,"cache_read_input_tokens":2048,
                                 "cache_creation_input_tokens":10,"output_tokens":87,
                                 "output_tokens_details":{"thinking_tokens":40}}})"),
                           named("message_stop", R"({"type":"message_stop"})")}
                << usage(2088, 87, 2175, 2048, 10, 40);
        QTest::newRow("anthropic message_delta output only")
                << EndpointKind::AnthropicMessages
                << Frames {named("message_start",
                                 R"({"type":"message_start","message":{"usage":{
                                 "input_tokens":25,"cache_creation_input_tokens":0,
                                 "cache_read_input_tokens":2048,"output_tokens":1}}})"),
                           named("message_delta",
                                 R"({"type":"message_delta","delta":{"stop_reason":"max_tokens"},
                                 "usage":{"output_tokens":87}})")}
                << usage(2073, 87, 2160, 2048, 0);
        QTest::newRow("gemini usage on the finishing chunk")
                << EndpointKind::ChatCompletions
                << Frames {data(R"({"choices":[{"index":0,"delta":{"role":"assistant",
                                "content":"Hi"}}],"model":"gemini-2.5-flash"})"),
                           data(R"({"choices":[{"index":0,"delta":{},"finish_reason":"stop"}],
                                "usage":{"prompt_tokens":4,"completion_tokens":1,
                                "total_tokens":30}})"),
                           data("[DONE]")}
                << usage(4, 26, 30, std::nullopt, std::nullopt, 25);
        QTest::newRow("openrouter streamed cost")
                << EndpointKind::ChatCompletions
                << Frames {": OPENROUTER PROCESSING\n\n",
                           data(R"({"id":"gen-1","choices":[{"index":0,"delta":{"content":"Hi"},
                                "finish_reason":null}]})"),
                           data(R"({"id":"gen-1","choices":[{"index":0,"delta":{},
                                "finish_reason":"stop"}]})"),
                           data(R"({"id":"gen-1","choices":[],"usage":{"prompt_tokens":8,
                                "completion_tokens":1,"total_tokens":9,"cost":0.0000123}})"),
                           data("[DONE]")}
                << usage(8, 1, 9, std::nullopt, std::nullopt, std::nullopt, 0.0000123);
        QTest::newRow("deepseek streamed")
                << EndpointKind::ChatCompletions
                << Frames {data(R"({"choices":[{"index":0,"delta":{"content":"x"}}],
                                "usage":null})"),
                           data(R"({"choices":[],"usage":{"prompt_tokens":50,
                                "completion_tokens":1,"total_tokens":51,
                                "prompt_cache_hit_tokens":32,"prompt_cache_miss_tokens":18}})"),
                           data("[DONE]")}
                << usage(50, 1, 51, 32);
        QTest::newRow("groq x_groq usage")
                << EndpointKind::ChatCompletions
                << Frames {data(R"({"choices":[{"index":0,"delta":{},"finish_reason":"stop"}],
                                "x_groq":{"id":"req_1","usage":{"prompt_tokens":3,
                                "completion_tokens":2,"total_tokens":5}}})"),
                           data("[DONE]")}
                << usage(3, 2, 5);
        QTest::newRow("responses incomplete")
                << EndpointKind::Responses
                << Frames {named("response.incomplete",
                                 R"({"type":"response.incomplete","response":{"id":"resp_1",
                                 "object":"response","status":"incomplete",
                                 "incomplete_details":{"reason":"max_output_tokens"},
                                 "model":"gpt-5-mini","output":[],"usage":{"input_tokens":10,
                                 "output_tokens":16,"total_tokens":26}}})")}
                << usage(10, 16, 26);
    }
    void streamedUsageShapes()
    {
        QFETCH(EndpointKind, kind);
        QFETCH(Frames, frames);
        QFETCH(TokenUsage, usage);
        const ResponseAnalysis a = analyzeFrames(kind, frames);
        QVERIFY(a.validJson);
        QCOMPARE(a.usage, usage);
    }

    void toolsAndReasoning_data()
    {
        QTest::addColumn<EndpointKind>("kind");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QString>("output");
        QTest::addColumn<QString>("reasoning");
        QTest::addColumn<QStringList>("tools");
        QTest::addColumn<QString>("finish");
        QTest::addColumn<qint64>("firstToken"); // event index, or -1: not a stream

        QTest::newRow("chat tool calls")
                << EndpointKind::ChatCompletions
                << QByteArray(R"({"object":"chat.completion","choices":[{"index":0,
                    "message":{"role":"assistant","content":null,"tool_calls":[
                    {"id":"call_a","type":"function","function":{"name":"get_weather",
                    "arguments":"{\u0022city\u0022:\u0022Paris\u0022}"}},{"id":"call_b","type":"function",
                    "function":{"name":"get_time","arguments":"{}"}}]},
                    "finish_reason":"tool_calls"}]})")
                << QByteArray("application/json") << QString() << QString()
                << QStringList {QStringLiteral("get_weather"), QStringLiteral("get_time")}
                << QStringLiteral("tool_calls") << qint64(-1);
        const Frames chatTools {
                data(R"({"id":"c1","choices":[{"index":0,"delta":{"role":"assistant",
                    "content":null,"tool_calls":[{"index":0,"id":"call_a","type":"function",
                    "function":{"name":"get_weather","arguments":""}}]}}]})"),
                data(R"({"id":"c1","choices":[{"index":0,"delta":{"tool_calls":[{"index":0,
                    "function":{"arguments":"\u007b\u0022city\u0022:"}}]}}]})"),
                data(R"({"id":"c1","choices":[{"index":0,"delta":{"tool_calls":[{"index":1,
                    "id":"call_b","type":"function","function":{"name":"get_time",
                    "arguments":""}}]}}]})"),
                data(R"({"id":"c1","choices":[{"index":0,"delta":{},
                    "finish_reason":"tool_calls"}]})"),
                data("[DONE]")};
        QTest::newRow("chat streamed tool calls")
                << EndpointKind::ChatCompletions << chatTools.join()
                << QByteArray("text/event-stream") << QString() << QString()
                << QStringList {QStringLiteral("get_weather"), QStringLiteral("get_time")}
                << QStringLiteral("tool_calls") << qint64(0);
        const Frames reasoningChat {
                data(R"({"choices":[{"index":0,"delta":{"role":"assistant","content":"",
                    "reasoning_content":""}}]})"),
                data(R"({"choices":[{"index":0,"delta":{"content":null,
                    "reasoning_content":"Think"}}]})"),
                data(R"({"choices":[{"index":0,"delta":{"reasoning_content":"ing."}}]})"),
                data(R"({"choices":[{"index":0,"delta":{"content":"Done."},
                    "finish_reason":"stop"}]})")};
        QTest::newRow("deepseek reasoning stream")
                << EndpointKind::ChatCompletions << reasoningChat.join()
                << QByteArray("text/event-stream") << QStringLiteral("Done.")
                << QStringLiteral("Thinking.") << QStringList {} << QStringLiteral("stop")
                << qint64(1);
        QTest::newRow("openrouter reasoning body")
                << EndpointKind::ChatCompletions
                << QByteArray(R"({"choices":[{"index":0,"message":{"role":"assistant",
                    "content":"42","reasoning":"Compute."},"finish_reason":"stop"}]})")
                << QByteArray("application/json") << QStringLiteral("42")
                << QStringLiteral("Compute.") << QStringList {} << QStringLiteral("stop")
                << qint64(-1);
        QTest::newRow("chat two choices")
                << EndpointKind::ChatCompletions
                << QByteArray(data(R"({"choices":[{"index":0,"delta":{"content":"A"}},
                                  {"index":1,"delta":{"content":"B"}}]})")
                              + data(R"({"choices":[{"index":1,"delta":{"content":"b"}},
                                  {"index":0,"delta":{"content":"a"}}]})"))
                << QByteArray("text/event-stream") << QStringLiteral("Aa\nBb") << QString()
                << QStringList {} << QString() << qint64(0);
        QTest::newRow("chat refusal")
                << EndpointKind::ChatCompletions
                << QByteArray(R"({"choices":[{"index":0,"message":{"role":"assistant",
                    "content":null,"refusal":"I cannot help with that."},
                    "finish_reason":"stop"}]})")
                << QByteArray("application/json") << QStringLiteral("I cannot help with that.")
                << QString() << QStringList {} << QStringLiteral("stop") << qint64(-1);

        const Frames anthropicTools {
                named("message_start",
                      R"({"type":"message_start","message":{"id":"msg_1","type":"message",
                      "role":"assistant","model":"claude-sonnet-4-5","content":[],
                      "usage":{"input_tokens":10,"output_tokens":1}}})"),
                named("content_block_start",
                      R"({"type":"content_block_start","index":0,"content_block":{
                      "type":"thinking","thinking":"","signature":""}})"),
                named("content_block_delta",
                      R"({"type":"content_block_delta","index":0,"delta":{
                      "type":"thinking_delta","thinking":"Need weather."}})"),
                named("content_block_delta",
                      R"({"type":"content_block_delta","index":0,"delta":{
                      "type":"signature_delta","signature":"EqQB"}})"),
                named("content_block_stop", R"({"type":"content_block_stop","index":0})"),
                named("content_block_start",
                      R"({"type":"content_block_start","index":1,"content_block":{
                      "type":"text","text":""}})"),
                named("content_block_delta",
                      R"({"type":"content_block_delta","index":1,"delta":{"type":"text_delta",
                      "text":"Checking."}})"),
                named("content_block_stop", R"({"type":"content_block_stop","index":1})"),
                named("content_block_start",
                      R"({"type":"content_block_start","index":2,"content_block":{
                      "type":"tool_use","id":"toolu_1","name":"get_weather","input":{}}})"),
                named("content_block_delta",
                      R"({"type":"content_block_delta","index":2,"delta":{
                      "type":"input_json_delta","partial_json":""}})"),
                named("content_block_delta",
                      R"({"type":"content_block_delta","index":2,"delta":{
                      "type":"input_json_delta","partial_json":"{\u0022city\u0022:\u0022Paris\u0022}"}})"),
                named("content_block_stop", R"({"type":"content_block_stop","index":2})"),
                named("message_delta",
                      R"({"type":"message_delta","delta":{"stop_reason":"tool_use"},
                      "usage":{"output_tokens":50}})"),
                named("message_stop", R"({"type":"message_stop"})")};
        QTest::newRow("anthropic thinking and tool use")
                << EndpointKind::AnthropicMessages << anthropicTools.join()
                << QByteArray("text/event-stream") << QStringLiteral("Checking.")
                << QStringLiteral("Need weather.") << QStringList {QStringLiteral("get_weather")}
                << QStringLiteral("tool_use") << qint64(2);
        // Only the tool's arguments: the empty first input_json_delta is not a token.
        const Frames anthropicToolOnly {anthropicTools.at(0), anthropicTools.at(8),
                                        anthropicTools.at(9), anthropicTools.at(10)};
        QTest::newRow("anthropic tool json is the first token")
                << EndpointKind::AnthropicMessages << anthropicToolOnly.join()
                << QByteArray("text/event-stream") << QString() << QString()
                << QStringList {QStringLiteral("get_weather")} << QString() << qint64(3);
        QTest::newRow("anthropic thinking and tool use body")
                << EndpointKind::AnthropicMessages
                << QByteArray(R"({"id":"msg_1","type":"message","role":"assistant",
                    "model":"claude-sonnet-4-5","content":[{"type":"thinking",
                    "thinking":"Need weather.","signature":"EqQB"},{"type":"text",
                    "text":"Checking."},{"type":"tool_use","id":"toolu_1","name":"get_weather",
                    "input":{"city":"Paris"}}],"stop_reason":"tool_use",
                    "usage":{"input_tokens":10,"output_tokens":50}})")
                << QByteArray("application/json") << QStringLiteral("Checking.")
                << QStringLiteral("Need weather.") << QStringList {QStringLiteral("get_weather")}
                << QStringLiteral("tool_use") << qint64(-1);

        const Frames responsesTools {
                named("response.created",
                      R"({"type":"response.created","sequence_number":0,"response":{
                      "id":"resp_1","object":"response","status":"in_progress",
                      "model":"gpt-5-mini","output":[],"usage":null}})"),
                named("response.output_item.added",
                      R"({"type":"response.output_item.added","sequence_number":1,
                      "output_index":0,"item":{"id":"rs_1","type":"reasoning","summary":[]}})"),
                named("response.reasoning_summary_text.delta",
                      R"({"type":"response.reasoning_summary_text.delta","sequence_number":2,
                      "item_id":"rs_1","output_index":0,"summary_index":0,"delta":"Look up."})"),
                named("response.output_item.added",
                      R"({"type":"response.output_item.added","sequence_number":3,
                      "output_index":1,"item":{"id":"fc_1","type":"function_call",
                      "status":"in_progress","arguments":"","call_id":"call_1",
                      "name":"search_docs"}})"),
                named("response.function_call_arguments.delta",
                      R"({"type":"response.function_call_arguments.delta","sequence_number":4,
                      "item_id":"fc_1","output_index":1,"delta":"{\u0022q\u0022:1}"})"),
                named("response.output_item.done",
                      R"({"type":"response.output_item.done","sequence_number":5,
                      "output_index":1,"item":{"id":"fc_1","type":"function_call",
                      "status":"completed","arguments":"{\u0022q\u0022:1}","call_id":"call_1",
                      "name":"search_docs"}})"),
                named("response.output_item.added",
                      R"({"type":"response.output_item.added","sequence_number":6,
                      "output_index":2,"item":{"id":"ws_1","type":"web_search_call",
                      "status":"in_progress"}})"),
                named("response.completed",
                      R"({"type":"response.completed","sequence_number":7,"response":{
                      "id":"resp_1","object":"response","status":"completed",
                      "model":"gpt-5-mini-2025-08-07","output":[],"usage":{"input_tokens":5,
                      "output_tokens":7,"total_tokens":12}}})")};
        QTest::newRow("responses reasoning and tool calls")
                << EndpointKind::Responses << responsesTools.join()
                << QByteArray("text/event-stream") << QString() << QStringLiteral("Look up.")
                << QStringList {QStringLiteral("search_docs"), QStringLiteral("web_search")}
                << QStringLiteral("completed") << qint64(2);
        QTest::newRow("responses reasoning and tool calls body")
                << EndpointKind::Responses
                << QByteArray(R"({"id":"resp_1","object":"response","status":"completed",
                    "model":"gpt-5-mini","output":[{"id":"rs_1","type":"reasoning",
                    "summary":[{"type":"summary_text","text":"Look up."}]},
                    {"id":"fc_1","type":"function_call","name":"search_docs","arguments":"{}",
                    "call_id":"call_1"},{"id":"ws_1","type":"web_search_call",
                    "status":"completed"},{"id":"msg_1","type":"message","role":"assistant",
                    "content":[{"type":"output_text","text":"Found it."}]}]})")
                << QByteArray("application/json") << QStringLiteral("Found it.")
                << QStringLiteral("Look up.")
                << QStringList {QStringLiteral("search_docs"), QStringLiteral("web_search")}
                << QStringLiteral("completed") << qint64(-1);
    }
    void toolsAndReasoning()
    {
        QFETCH(EndpointKind, kind);
        QFETCH(QByteArray, bytes);
        QFETCH(QByteArray, contentType);
        QFETCH(QString, output);
        QFETCH(QString, reasoning);
        QFETCH(QStringList, tools);
        QFETCH(QString, finish);
        QFETCH(qint64, firstToken);
        ResponseAnalysis a;
        if (firstToken < 0) {
            a = analyzeResponse(kind, bytes, contentType);
        } else {
            // Event i arrives at i ms.
            SseParser parser;
            const QList<SseEvent> events = parser.feed(bytes);
            QList<StreamPiece> pieces;
            qsizetype from = 0;
            for (qsizetype i = 0; i < events.size(); ++i) {
                const qsizetype end = bytes.indexOf("\n\n", from) + 2;
                pieces.append({i * Ms, bytes.mid(from, end - from)});
                from = end;
            }
            a = analyzeStream(kind, pieces);
            QCOMPARE(text(a.firstTokenOffsetNs), text(firstToken * Ms));
        }
        QVERIFY(a.validJson);
        QCOMPARE(a.outputText, output);
        QCOMPARE(a.reasoningText, reasoning);
        QCOMPARE(a.toolCalls, tools);
        QCOMPARE(a.finishReason, finish);
    }

    void errors_data()
    {
        QTest::addColumn<EndpointKind>("kind");
        QTest::addColumn<QList<StreamPiece>>("pieces");
        QTest::addColumn<QByteArray>("contentType"); // empty: pieces are a stream
        QTest::addColumn<QString>("message");
        QTest::newRow("openai error body")
                << EndpointKind::ChatCompletions
                << QList<StreamPiece> {{0,
                                        LlmFixtures::openAiError("Rate limit reached",
                                                                 "rate_limit_exceeded")}}
                << QByteArray("application/json") << QStringLiteral("Rate limit reached");
        QTest::newRow("anthropic error body")
                << EndpointKind::AnthropicMessages
                << QList<StreamPiece> {{0, R"({"type":"error","error":{"type":"overloaded_error",
                    "message":"Overloaded"},"request_id":"req_1"})"}}
                << QByteArray("application/json") << QStringLiteral("Overloaded");
        QTest::newRow("json error answering a stream request")
                << EndpointKind::ChatCompletions
                << QList<StreamPiece> {{3 * Ms, R"({"error":{"message":"Invalid model",)"},
                                       {4 * Ms, R"("type":"invalid_request_error"}})"}}
                << QByteArray() << QStringLiteral("Invalid model");
        QTest::newRow("anthropic error event")
                << EndpointKind::AnthropicMessages
                << QList<StreamPiece> {{0, named("error", R"({"type":"error","error":{
                    "type":"overloaded_error","message":"Overloaded"}})")}}
                << QByteArray() << QStringLiteral("Overloaded");
        QTest::newRow("responses error event")
                << EndpointKind::Responses
                << QList<StreamPiece> {{0, named("error", R"({"type":"error",
                    "code":"ERR_SOMETHING","message":"Something went wrong","param":null,
                    "sequence_number":1})")}}
                << QByteArray() << QStringLiteral("Something went wrong");
        QTest::newRow("responses failed")
                << EndpointKind::Responses
                << QList<StreamPiece> {{0, named("response.failed", R"({"type":"response.failed",
                    "response":{"id":"resp_1","object":"response","status":"failed",
                    "error":{"code":"server_error","message":"The model failed."},
                    "usage":null}})")}}
                << QByteArray() << QStringLiteral("The model failed.");
        QTest::newRow("openrouter mid-stream error")
                << EndpointKind::ChatCompletions
                << QList<StreamPiece> {{0, data(R"({"id":"gen-1","choices":[{"index":0,
                    "delta":{"content":"Par"}}]})")},
                                       {0, data(R"({"id":"gen-1","object":"chat.completion.chunk",
                    "error":{"code":502,"message":"Provider disconnected"},
                    "choices":[{"index":0,"delta":{"content":""},"finish_reason":"error"}]})")}}
                << QByteArray() << QStringLiteral("Provider disconnected");
    }
    void errors()
    {
        QFETCH(EndpointKind, kind);
        QFETCH(QList<StreamPiece>, pieces);
        QFETCH(QByteArray, contentType);
        QFETCH(QString, message);
        const ResponseAnalysis a = contentType.isEmpty()
                ? analyzeStream(kind, pieces)
                : analyzeResponse(kind, pieces.first().bytes, contentType);
        QVERIFY(a.validJson);
        QCOMPARE(a.errorMessage, message);
        QVERIFY(!a.usage.isKnown());
        QVERIFY(!a.firstTokenOffsetNs || a.outputText == QLatin1String("Par"));
    }

    void invalid_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QByteArray>("contentType");
        QTest::newRow("empty") << QByteArray() << QByteArray("application/json");
        QTest::newRow("truncated")
                << LlmFixtures::chatCompletion().chopped(10) << QByteArray("application/json");
        QTest::newRow("html") << QByteArray("<html><body>502 Bad Gateway</body></html>")
                              << QByteArray("text/html");
        QTest::newRow("invalid utf-8")
                << QByteArray("{\"choices\":[{\"message\":{\"content\":\"caf\xe9\"}}],"
                              "\"usage\":{\"prompt_tokens\":1,\"completion_tokens\":1}}")
                << QByteArray("application/json");
        QTest::newRow("binary") << QByteArray("\x1f\x8b\x08\x00\xff\xfe\x00", 7)
                                << QByteArray("application/json");
        QTest::newRow("sse event not json")
                << QByteArray("data: {\"choices\":[]}\n\ndata: {not json\n\ndata: [DONE]\n\n")
                << QByteArray("text/event-stream");
        QTest::newRow("sse event invalid utf-8")
                << QByteArray("data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"\xc3\"}}]}"
                              "\n\n")
                << QByteArray("text/event-stream");
        QTest::newRow("sse without json")
                << QByteArray(": ping\n\ndata: [DONE]\n\n") << QByteArray("text/event-stream");
        QTest::newRow("garbage stream")
                << QByteArray("\xff\xfe\r\n\x00\n\n", 7) << QByteArray("text/event-stream");
    }
    void invalid()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QByteArray, contentType);
        for (EndpointKind kind : {EndpointKind::ChatCompletions, EndpointKind::AnthropicMessages,
                                  EndpointKind::Responses, EndpointKind::Other}) {
            const ResponseAnalysis body = analyzeResponse(kind, bytes, contentType);
            QVERIFY(!body.validJson);
            QVERIFY(!body.usage.isKnown());
            const ResponseAnalysis stream = analyzeStream(kind, {StreamPiece {0, bytes}});
            QVERIFY(!stream.validJson);
            for (qsizetype at = 0; at <= bytes.size(); ++at) {
                analyzeStream(kind,
                              {StreamPiece {0, bytes.left(at)},
                               StreamPiece {0, bytes.mid(at)}}); // must not crash
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestResponseAnalysis)
#include "tst_responseanalysis.moc"
