// Fine-tuning JSONL: one example per successful conversation call, roles in order ending with
// the assistant's reply (assembled for streams), tool calls and definitions kept, the skipped
// calls counted by reason.

#include "llmfixtures.h"

#include "export/finetuneexporter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {

TraceRecord call(const char *endpoint, const QByteArray &request, const QByteArray &response,
                 bool stream = false)
{
    TraceRecord r;
    r.endpoint = QLatin1String(endpoint);
    r.status = 200;
    r.model = QJsonDocument::fromJson(request).object().value(QLatin1String("model")).toString();
    r.requestBody = request;
    r.responseBody = response;
    r.stream = stream;
    return r;
}

QByteArray joined(const QList<QByteArray> &events)
{
    QByteArray out;
    for (const QByteArray &e : events)
        out += e;
    return out;
}

QJsonObject parsed(const std::optional<QByteArray> &line)
{
    return line ? QJsonDocument::fromJson(*line).object() : QJsonObject();
}

QStringList roles(const QJsonObject &example)
{
    QStringList out;
    const QJsonArray messages = example.value(QLatin1String("messages")).toArray();
    for (const QJsonValue &m : messages)
        out.append(m.toObject().value(QLatin1String("role")).toString());
    return out;
}

QString lastContent(const QJsonObject &example)
{
    return example.value(QLatin1String("messages"))
            .toArray()
            .last()
            .toObject()
            .value(QLatin1String("content"))
            .toString();
}

const QByteArray AgentTurn = QByteArrayLiteral(
        "{\"model\":\"gpt-4o-mini\",\"messages\":["
        "{\"role\":\"system\",\"content\":\"You answer geography questions.\"},"
        "{\"role\":\"user\",\"content\":\"Capital of France? Check the atlas.\"},"
        "{\"role\":\"assistant\",\"content\":null,\"tool_calls\":[{\"id\":\"call_1\","
        "\"type\":\"function\",\"function\":{\"name\":\"atlas\",\"arguments\":"
        "\"{\\\"country\\\":\\\"FR\\\"}\"}}]},"
        "{\"role\":\"tool\",\"tool_call_id\":\"call_1\",\"content\":\"Paris\"}],"
        "\"tools\":[{\"type\":\"function\",\"function\":{\"name\":\"atlas\",\"parameters\":"
        "{\"type\":\"object\"}}}]}");

} // namespace

class TestFineTuneExporter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void chatCallWithToolsBecomesAnExample()
    {
        FineTuneExporter exporter;
        const QJsonObject example =
                parsed(exporter.example(call("chat", AgentTurn, LlmFixtures::chatCompletion())));
        QCOMPARE(roles(example),
                 (QStringList {QStringLiteral("system"), QStringLiteral("user"),
                               QStringLiteral("assistant"), QStringLiteral("tool"),
                               QStringLiteral("assistant")}));
        const QJsonArray messages = example.value(QLatin1String("messages")).toArray();
        const QJsonObject toolCall = messages.at(2)
                                             .toObject()
                                             .value(QLatin1String("tool_calls"))
                                             .toArray()
                                             .first()
                                             .toObject();
        QCOMPARE(toolCall.value(QLatin1String("id")).toString(), QStringLiteral("call_1"));
        QCOMPARE(toolCall.value(QLatin1String("function")).toObject().value(QLatin1String("name")),
                 QJsonValue(QStringLiteral("atlas")));
        QCOMPARE(messages.at(3).toObject().value(QLatin1String("tool_call_id")).toString(),
                 QStringLiteral("call_1"));
        QCOMPARE(lastContent(example), QString::fromUtf8(LlmFixtures::Chat.text));
        QCOMPARE(example.value(QLatin1String("tools")).toArray().size(), 1);
        QCOMPARE(exporter.skipped().total(), 0);
    }

    void streamedRepliesAreAssembled_data()
    {
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<QByteArray>("response");
        QTest::addColumn<bool>("stream");
        QTest::addColumn<QString>("reply");
        const QByteArray chat = "{\"model\":\"gpt-4o-mini\",\"stream\":true,\"messages\":[{"
                                "\"role\":\"user\",\"content\":\"Capital of France?\"}]}";
        QTest::newRow("chat stream")
                << QStringLiteral("chat") << chat << joined(LlmFixtures::chatCompletionEvents(true))
                << true << QString::fromUtf8(LlmFixtures::Chat.text);
        const QByteArray responses = "{\"model\":\"gpt-5-mini\",\"instructions\":\"Be brief.\","
                                     "\"input\":\"Capital of France?\"}";
        QTest::newRow("responses")
                << QStringLiteral("responses") << responses << LlmFixtures::response() << false
                << QString::fromUtf8(LlmFixtures::Response.text);
        QTest::newRow("responses stream")
                << QStringLiteral("responses") << responses << joined(LlmFixtures::responseEvents())
                << true << QString::fromUtf8(LlmFixtures::Response.text);
        const QByteArray anthropic = "{\"model\":\"claude-haiku-4-5\",\"max_tokens\":100,"
                                     "\"system\":\"Be brief.\",\"messages\":[{\"role\":\"user\","
                                     "\"content\":\"Capital of France?\"}]}";
        QTest::newRow("anthropic stream") << QStringLiteral("messages") << anthropic
                                          << joined(LlmFixtures::anthropicMessageEvents()) << true
                                          << QString::fromUtf8(LlmFixtures::AnthropicMessage.text);
    }
    void streamedRepliesAreAssembled()
    {
        QFETCH(QString, endpoint);
        QFETCH(QByteArray, request);
        QFETCH(QByteArray, response);
        QFETCH(bool, stream);
        QFETCH(QString, reply);
        FineTuneExporter exporter;
        TraceRecord r = call("chat", request, response, stream);
        r.endpoint = endpoint;
        const QJsonObject example = parsed(exporter.example(r));
        QVERIFY2(!example.isEmpty(), qPrintable(exporter.skippedSummary()));
        QCOMPARE(roles(example).last(), QStringLiteral("assistant"));
        QCOMPARE(lastContent(example), reply);
        QCOMPARE(roles(example).first(),
                 request.contains("Be brief") ? QStringLiteral("system") : QStringLiteral("user"));
    }

    void anthropicFormat()
    {
        FineTuneExporter exporter({FineTuneExporter::Format::Anthropic, false, {}});
        const QJsonObject example =
                parsed(exporter.example(call("chat", AgentTurn, LlmFixtures::chatCompletion())));
        QCOMPARE(example.value(QLatin1String("system")).toString(),
                 QStringLiteral("You answer geography questions."));
        // user, assistant (tool_use), user (tool_result), assistant: alternating.
        QCOMPARE(roles(example),
                 (QStringList {QStringLiteral("user"), QStringLiteral("assistant"),
                               QStringLiteral("user"), QStringLiteral("assistant")}));
        const QJsonArray messages = example.value(QLatin1String("messages")).toArray();
        const QJsonObject toolUse = messages.at(1)
                                            .toObject()
                                            .value(QLatin1String("content"))
                                            .toArray()
                                            .last()
                                            .toObject();
        QCOMPARE(toolUse.value(QLatin1String("type")).toString(), QStringLiteral("tool_use"));
        QCOMPARE(toolUse.value(QLatin1String("input")).toObject().value(QLatin1String("country")),
                 QJsonValue(QStringLiteral("FR")));
        const QJsonObject result = messages.at(2)
                                           .toObject()
                                           .value(QLatin1String("content"))
                                           .toArray()
                                           .first()
                                           .toObject();
        QCOMPARE(result.value(QLatin1String("type")).toString(), QStringLiteral("tool_result"));
        QCOMPARE(result.value(QLatin1String("tool_use_id")).toString(), QStringLiteral("call_1"));
        QCOMPARE(example.value(QLatin1String("tools"))
                         .toArray()
                         .first()
                         .toObject()
                         .value(QLatin1String("name")),
                 QJsonValue(QStringLiteral("atlas")));
    }

    void optionsDropSystemAndChooseModels()
    {
        FineTuneExporter exporter(
                {FineTuneExporter::Format::OpenAiChat, true, {QStringLiteral("gpt-4o*")}});
        const QJsonObject example =
                parsed(exporter.example(call("chat", AgentTurn, LlmFixtures::chatCompletion())));
        QVERIFY(!roles(example).contains(QStringLiteral("system")));
        TraceRecord other = call("chat", AgentTurn, LlmFixtures::chatCompletion());
        other.model = QStringLiteral("claude-haiku-4-5");
        QVERIFY(!exporter.example(other));
        QCOMPARE(exporter.skipped().otherModel, 1);
    }

    void skipsWhatIsNotAnExample()
    {
        FineTuneExporter exporter;
        const TraceRecord good = call("chat", AgentTurn, LlmFixtures::chatCompletion());
        QVERIFY(exporter.example(good));
        QVERIFY(!exporter.example(good)); // an exact duplicate
        TraceRecord failed = good;
        failed.status = 429;
        QVERIFY(!exporter.example(failed));
        TraceRecord privacy = good;
        privacy.privacy = true;
        privacy.requestBody.clear();
        privacy.responseBody.clear();
        QVERIFY(!exporter.example(privacy));
        TraceRecord cut = good;
        cut.responseTruncated = true;
        QVERIFY(!exporter.example(cut));
        const TraceRecord embedding = call("embeddings", "{\"model\":\"e\",\"input\":\"x\"}",
                                           LlmFixtures::embeddings(1, 4));
        QVERIFY(!exporter.example(embedding));
        const FineTuneExporter::Skipped &s = exporter.skipped();
        QCOMPARE(s.duplicate, 1);
        QCOMPARE(s.failed, 1);
        QCOMPARE(s.privacy, 1);
        QCOMPARE(s.incomplete, 1);
        QCOMPARE(s.notConversation, 1);
        QCOMPARE(exporter.skippedSummary(),
                 QStringLiteral("5 calls skipped: 1 failed, 1 in privacy mode, 1 not "
                                "conversations, 1 incomplete, 1 duplicates"));
    }
};

QTEST_GUILESS_MAIN(TestFineTuneExporter)
#include "tst_finetuneexporter.moc"
