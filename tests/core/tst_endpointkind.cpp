#include "llm/endpointkind.h"

#include <QTest>

Q_DECLARE_METATYPE(EndpointKind)

class TestEndpointKind : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void classify_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<EndpointKind>("kind");
        QTest::newRow("chat") << QByteArray("POST") << QByteArray("/v1/chat/completions")
                              << EndpointKind::ChatCompletions;
        QTest::newRow("chat query")
                << QByteArray("POST")
                << QByteArray("/openai/deployments/x/chat/completions?api-version=1")
                << EndpointKind::ChatCompletions;
        QTest::newRow("legacy") << QByteArray("POST") << QByteArray("/v1/completions")
                                << EndpointKind::Completions;
        QTest::newRow("embeddings") << QByteArray("POST") << QByteArray("/api/v1/embeddings/")
                                    << EndpointKind::Embeddings;
        QTest::newRow("responses")
                << QByteArray("POST") << QByteArray("/v1/responses") << EndpointKind::Responses;
        QTest::newRow("moderations")
                << QByteArray("POST") << QByteArray("/v1/moderations") << EndpointKind::Moderations;
        QTest::newRow("anthropic") << QByteArray("POST") << QByteArray("/v1/messages")
                                   << EndpointKind::AnthropicMessages;
        QTest::newRow("models") << QByteArray("GET") << QByteArray("/v1/models")
                                << EndpointKind::Models;
        QTest::newRow("model") << QByteArray("GET") << QByteArray("/v1/models/gpt-4o")
                               << EndpointKind::Models;
        QTest::newRow("get chat") << QByteArray("GET") << QByteArray("/v1/chat/completions")
                                  << EndpointKind::Other;
        QTest::newRow("files") << QByteArray("POST") << QByteArray("/v1/files")
                               << EndpointKind::Other;
    }
    void classify()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, path);
        QFETCH(EndpointKind, kind);
        QCOMPARE(Endpoint::classify(method, path), kind);
        QCOMPARE(Endpoint::fromName(Endpoint::name(kind)), kind);
    }
    void classifyUrl()
    {
        QCOMPARE(
                Endpoint::classifyUrl("POST", "https://api.openai.com:443/v1/chat/completions?x=1"),
                EndpointKind::ChatCompletions);
        QCOMPARE(Endpoint::classifyUrl("POST", "http://127.0.0.1:8000/api/v1/messages"),
                 EndpointKind::AnthropicMessages);
        QCOMPARE(Endpoint::classifyUrl("GET", "https://openrouter.ai:443/api/v1/models"),
                 EndpointKind::Models);
        QCOMPARE(Endpoint::classifyUrl("POST", "https://host:443"), EndpointKind::Other);
    }

    void operations()
    {
        QCOMPARE(Endpoint::operationName(EndpointKind::ChatCompletions), QLatin1String("chat"));
        QCOMPARE(Endpoint::operationName(EndpointKind::Completions),
                 QLatin1String("text_completion"));
        QVERIFY(Endpoint::operationName(EndpointKind::Models).isEmpty());
        QVERIFY(Endpoint::isGenerative(EndpointKind::AnthropicMessages));
        QVERIFY(!Endpoint::isGenerative(EndpointKind::Embeddings));
    }
};

QTEST_GUILESS_MAIN(TestEndpointKind)
#include "tst_endpointkind.moc"
