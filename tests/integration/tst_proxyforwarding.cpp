// Forwarding through the real proxy (its own network thread) to an in-process fake upstream.

#include "proxyharness.h"
#include "testcertificate.h"

#include "proxy/monotonicclock.h"

#include <QProcess>
#include <QTemporaryDir>

namespace {

const QByteArray ChatBody =
        R"({"model":"gpt-4o-mini","messages":[{"role":"user","content":"Hi"}]})";

} // namespace

class TestProxyForwarding : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void jsonCall();
    void sseEventsArriveBeforeUpstreamFinishes();
    void utf8SplitAcrossReadsSurvives();
    void keepAliveReusesBothConnections();
    void chunkedRequestBody();
    void expectContinue();
    void pipelinedRequestsAnswerInOrder();
    void headRequest();
    void namedUpstreamAndInjectedKey();
    void upstreamErrorsRelayedUnchanged_data();
    void upstreamErrorsRelayedUnchanged();
    void staleKeepAliveIsRetried();
    void http10ClientGetsCloseDelimitedStream();
    void httpsUpstream();
    void httpsUpstreamWithUntrustedCertificate();
};

void TestProxyForwarding::jsonCall()
{
    ProxyHarness h;
    QVERIFY(h.start());
    auto client = h.client();
    QVERIFY(client);
    client->send(
            RawHttpClient::request("POST", "/v1/chat/completions?api-version=1", ChatBody,
                                   {"Authorization: Bearer sk-test-abcd", "x-tokentap-user: alice",
                                    "x-tokentap-trace-id: t1", "Connection: keep-alive"}));
    QVERIFY(client->waitForResponses(1));
    const auto &response = client->responses().first();
    QCOMPARE(response.head.status, 200);
    QCOMPARE(response.body, FakeUpstream::chatCompletionJson());
    QCOMPARE(response.head.headers.value("Content-Length"),
             QByteArray::number(FakeUpstream::chatCompletionJson().size()));

    QCOMPARE(h.upstream.requests().size(), 1);
    const auto &request = h.upstream.requests().first();
    QCOMPARE(request.head.method, QByteArray("POST"));
    QCOMPARE(request.head.target, QByteArray("/v1/chat/completions?api-version=1"));
    QCOMPARE(request.body, ChatBody);
    QCOMPARE(request.head.headers.value("Authorization"), QByteArray("Bearer sk-test-abcd"));
    QCOMPARE(request.head.headers.value("Host"),
             QByteArray("127.0.0.1:" + QByteArray::number(h.upstream.port())));
    QVERIFY(!request.head.headers.contains("x-tokentap-user"));
    QVERIFY(!request.head.headers.contains("x-tokentap-trace-id"));
    QVERIFY(!request.head.headers.contains("Connection"));
    QCOMPARE(ProxyStats::get(h.proxy.stats().requestsTotal), 1u);
}

void TestProxyForwarding::sseEventsArriveBeforeUpstreamFinishes()
{
    ProxyHarness h;
    std::optional<FakeUpstream::Reply> held;
    h.upstream.setHandler([&](const FakeUpstream::Request &, FakeUpstream::Reply &reply) {
        reply.beginStream();
        reply.streamChunk("data: {\"choices\":[{\"delta\":{\"content\":\"Hel\"}}]}\n\n");
        held = reply; // the rest comes later, when the test says so
    });
    QVERIFY(h.start());
    auto client = h.client();
    QVERIFY(client);
    client->send(RawHttpClient::request("POST", "/v1/chat/completions",
                                        R"({"model":"m","stream":true})"));
    // The first event reaches the client while the upstream's response is still open.
    QVERIFY(QTest::qWaitFor([&] { return client->current().body.contains("Hel"); }, 5000));
    QVERIFY(held && held->isConnected());
    QCOMPARE(client->responses().size(), 0);
    QCOMPARE(client->current().head.headers.value("Content-Type"), QByteArray("text/event-stream"));

    held->streamChunk("data: {\"choices\":[{\"delta\":{\"content\":\"lo\"}}]}\n\n");
    QVERIFY(QTest::qWaitFor([&] { return client->current().body.contains("\"lo\""); }, 5000));
    held->streamChunk("data: [DONE]\n\n");
    held->endStream();
    QVERIFY(client->waitForResponses(1));
    QCOMPARE(client->responses().first().body,
             QByteArray("data: {\"choices\":[{\"delta\":{\"content\":\"Hel\"}}]}\n\n"
                        "data: {\"choices\":[{\"delta\":{\"content\":\"lo\"}}]}\n\n"
                        "data: [DONE]\n\n"));
    QVERIFY(!client->sawBrokenResponse());
}

void TestProxyForwarding::utf8SplitAcrossReadsSurvives()
{
    ProxyHarness h;
    const QByteArray event =
            QByteArray("data: {\"content\":\"caf") + "\xc3\xa9 \xe2\x82\xac" + "\"}\n\n";
    const qsizetype split = event.indexOf('\xc3') + 1; // inside the two-byte é
    std::optional<FakeUpstream::Reply> held;
    h.upstream.setHandler([&](const FakeUpstream::Request &, FakeUpstream::Reply &reply) {
        reply.beginStream();
        reply.streamChunk(event.left(split));
        held = reply;
    });
    QVERIFY(h.start());
    auto client = h.client();
    client->send(RawHttpClient::request("POST", "/v1/chat/completions", "{}"));
    QVERIFY(QTest::qWaitFor([&] { return client->current().body.size() == split; }, 5000));
    held->streamChunk(event.mid(split, 3));
    QTest::qWait(20);
    held->streamChunk(event.mid(split + 3));
    held->endStream();
    QVERIFY(client->waitForResponses(1));
    QCOMPARE(client->responses().first().body, event);
}

void TestProxyForwarding::keepAliveReusesBothConnections()
{
    ProxyHarness h;
    QVERIFY(h.start());
    auto client = h.client();
    for (int i = 0; i < 5; ++i) {
        client->send(RawHttpClient::request("GET", "/v1/models"));
        QVERIFY(client->waitForResponses(i + 1));
    }
    QCOMPARE(h.upstream.connectionsAccepted(), 1);
    QCOMPARE(h.upstream.requests().size(), 5);
    QCOMPARE(ProxyStats::get(h.proxy.stats().openClientConnections), 1u);
}

void TestProxyForwarding::chunkedRequestBody()
{
    ProxyHarness h;
    QVERIFY(h.start());
    auto client = h.client();
    client->send("POST /v1/embeddings HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n"
                 "Content-Type: application/json\r\n\r\n"
                 "c\r\n{\"input\":\"a\"\r\n");
    QTest::qWait(30);
    client->send("1\r\n}\r\n0\r\n\r\n");
    QVERIFY(client->waitForResponses(1));
    QCOMPARE(client->responses().first().head.status, 200);
    const auto &request = h.upstream.requests().first();
    QCOMPARE(request.body, QByteArray("{\"input\":\"a\"}"));
    QCOMPARE(request.head.headers.value("Content-Length"), QByteArray("13"));
    QVERIFY(!request.head.headers.contains("Transfer-Encoding"));
}

void TestProxyForwarding::expectContinue()
{
    ProxyHarness h;
    QVERIFY(h.start());
    auto client = h.client();
    client->send("POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\n"
                 "Content-Length: 2\r\n\r\n");
    QVERIFY(client->waitForRaw("HTTP/1.1 100 Continue\r\n\r\n"));
    QCOMPARE(h.upstream.requests().size(), 0);
    client->send("{}");
    QVERIFY(client->waitForResponses(1));
    QCOMPARE(client->responses().first().head.status, 200);
    QVERIFY(!h.upstream.requests().first().head.headers.contains("Expect"));
}

void TestProxyForwarding::pipelinedRequestsAnswerInOrder()
{
    ProxyHarness h;
    h.upstream.setHandler([](const FakeUpstream::Request &request, FakeUpstream::Reply &reply) {
        reply.send(200, request.head.target);
    });
    QVERIFY(h.start());
    auto client = h.client();
    client->send(RawHttpClient::request("GET", "/v1/a") + RawHttpClient::request("GET", "/v1/b")
                 + RawHttpClient::request("GET", "/v1/c"));
    QVERIFY(client->waitForResponses(3));
    QCOMPARE(client->responses().at(0).body, QByteArray("/v1/a"));
    QCOMPARE(client->responses().at(1).body, QByteArray("/v1/b"));
    QCOMPARE(client->responses().at(2).body, QByteArray("/v1/c"));
}

void TestProxyForwarding::headRequest()
{
    ProxyHarness h;
    h.upstream.setHandler([](const FakeUpstream::Request &, FakeUpstream::Reply &reply) {
        reply.writeRaw("HTTP/1.1 200 OK\r\nContent-Length: 500\r\n\r\n");
    });
    QVERIFY(h.start());
    auto client = h.client();
    client->send(RawHttpClient::request("HEAD", "/v1/models"));
    QVERIFY(QTest::qWaitFor([&] { return client->raw().endsWith("\r\n\r\n"); }, 5000));
    QVERIFY(client->raw().contains("Content-Length: 500"));
    // The connection stays usable: no body bytes were expected or sent.
    h.upstream.setHandler([](const FakeUpstream::Request &, FakeUpstream::Reply &reply) {
        reply.send(200, "ok", "text/plain");
    });
    const qsizetype before = client->raw().size();
    client->send(RawHttpClient::request("GET", "/v1/models"));
    QVERIFY(QTest::qWaitFor([&] { return client->raw().endsWith("ok"); }, 5000));
    QVERIFY(client->raw().mid(before).startsWith("HTTP/1.1 200"));
}

void TestProxyForwarding::namedUpstreamAndInjectedKey()
{
    ProxyHarness h;
    FakeUpstream second;
    QVERIFY(second.listen());
    ProxyConfig config = h.defaultConfig();
    Upstream named = *Upstream::fromUrl(
            QStringLiteral("claude"),
            QStringLiteral("http://127.0.0.1:%1/api/v1").arg(second.port()), nullptr);
    named.apiKey = "sk-ant-stored-7777";
    named.authStyle = AuthStyle::XApiKey;
    named.extraHeaders.append("anthropic-version", "2023-06-01");
    config.upstreams.append(named);
    config.injectedHeaders.append("X-Team", "platform");
    QVERIFY(h.start(config));
    auto client = h.client();
    client->send(RawHttpClient::request("POST", "/claude/v1/messages", "{}",
                                        {"x-api-key: sk-ant-client-0000"}));
    QVERIFY(client->waitForResponses(1));
    QCOMPARE(h.upstream.requests().size(), 0);
    QCOMPARE(second.requests().size(), 1);
    const auto &request = second.requests().first();
    QCOMPARE(request.head.target, QByteArray("/api/v1/messages"));
    QCOMPARE(request.head.headers.value("x-api-key"), QByteArray("sk-ant-stored-7777"));
    QCOMPARE(request.head.headers.values("x-api-key").size(), 1);
    QCOMPARE(request.head.headers.value("anthropic-version"), QByteArray("2023-06-01"));
    QCOMPARE(request.head.headers.value("X-Team"), QByteArray("platform"));
}

void TestProxyForwarding::upstreamErrorsRelayedUnchanged_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("headerValue");
    QTest::newRow("401") << 401
                         << QByteArray(R"({"error":{"message":"Incorrect API key provided",)"
                                       R"("type":"invalid_request_error"}})")
                         << QByteArray("WWW-Authenticate") << QByteArray("Bearer");
    QTest::newRow("429") << 429
                         << QByteArray(R"({"error":{"message":"Rate limit reached","type":)"
                                       R"("requests"}})")
                         << QByteArray("Retry-After") << QByteArray("17");
    QTest::newRow("500") << 500 << QByteArray(R"({"error":{"message":"boom"}})")
                         << QByteArray("x-request-id") << QByteArray("req_123");
}

void TestProxyForwarding::upstreamErrorsRelayedUnchanged()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, headerValue);
    ProxyHarness h;
    h.upstream.setHandler([&](const FakeUpstream::Request &, FakeUpstream::Reply &reply) {
        HttpHeaders extra;
        extra.append(header, headerValue);
        reply.send(status, body, "application/json", extra);
    });
    QVERIFY(h.start());
    auto client = h.client();
    client->send(RawHttpClient::request("POST", "/v1/chat/completions", ChatBody));
    QVERIFY(client->waitForResponses(1));
    const auto &response = client->responses().first();
    QCOMPARE(response.head.status, status);
    QCOMPARE(response.body, body);
    QCOMPARE(response.head.headers.value(header), headerValue);
}

void TestProxyForwarding::staleKeepAliveIsRetried()
{
    ProxyHarness h;
    // The upstream answers and then closes every connection, as a server whose keep-alive
    // timeout has run out would while the proxy holds it idle.
    h.upstream.setHandler([](const FakeUpstream::Request &, FakeUpstream::Reply &reply) {
        reply.send(200, "{}");
        reply.drop();
    });
    QVERIFY(h.start());
    auto client = h.client();
    for (int i = 0; i < 3; ++i) {
        client->send(RawHttpClient::request("POST", "/v1/chat/completions", ChatBody));
        QVERIFY(client->waitForResponses(i + 1));
        QCOMPARE(client->responses().at(i).head.status, 200);
    }
    QCOMPARE(h.upstream.requests().size(), 3);
}

void TestProxyForwarding::http10ClientGetsCloseDelimitedStream()
{
    ProxyHarness h;
    h.upstream.setHandler([](const FakeUpstream::Request &, FakeUpstream::Reply &reply) {
        reply.beginStream();
        reply.streamChunk("data: a\n\n");
        reply.streamChunk("data: [DONE]\n\n");
        reply.endStream();
    });
    QVERIFY(h.start());
    auto client = h.client();
    client->send("POST /v1/chat/completions HTTP/1.0\r\nContent-Length: 2\r\n\r\n{}");
    QVERIFY(client->waitForDisconnected());
    QCOMPARE(client->responses().size(), 1);
    QCOMPARE(client->responses().first().body, QByteArray("data: a\n\ndata: [DONE]\n\n"));
    QVERIFY(!client->raw().contains("chunked"));
    QVERIFY(client->raw().contains("Connection: close"));
}

void TestProxyForwarding::httpsUpstream()
{
    QTemporaryDir dir;
    QString cert, key;
    QVERIFY(TestCertificate::make(dir.path(), &cert, &key));
    ProxyHarness h;
    FakeUpstream tls;
    QVERIFY(tls.enableTls(cert, key));
    QVERIFY(tls.listen());
    ProxyConfig config = h.defaultConfig();
    config.upstreams.append(*Upstream::fromUrl(QStringLiteral("secure"), tls.baseUrl(), nullptr));
    config.extraCaFile = cert;
    QVERIFY(h.start(config));
    auto client = h.client();
    for (int i = 0; i < 2; ++i) {
        client->send(RawHttpClient::request("POST", "/secure/v1/chat/completions", ChatBody));
        QVERIFY(client->waitForResponses(i + 1, 15000));
        QCOMPARE(client->responses().at(i).head.status, 200);
        QCOMPARE(client->responses().at(i).body, FakeUpstream::chatCompletionJson());
    }
    QCOMPARE(tls.connectionsAccepted(), 1);
    QCOMPARE(tls.requests().first().head.headers.value("Host"),
             QByteArray("127.0.0.1:" + QByteArray::number(tls.port())));
}

void TestProxyForwarding::httpsUpstreamWithUntrustedCertificate()
{
    QTemporaryDir dir;
    QString cert, key;
    QVERIFY(TestCertificate::make(dir.path(), &cert, &key));
    ProxyHarness h;
    FakeUpstream tls;
    QVERIFY(tls.enableTls(cert, key));
    QVERIFY(tls.listen());
    ProxyConfig config = h.defaultConfig();
    config.upstreams.append(*Upstream::fromUrl(QStringLiteral("secure"), tls.baseUrl(), nullptr));
    QVERIFY(h.start(config));
    auto client = h.client();
    client->send(RawHttpClient::request("POST", "/secure/v1/chat/completions", ChatBody));
    QVERIFY(client->waitForResponses(1, 15000));
    const auto &response = client->responses().first();
    QCOMPARE(response.head.status, 502);
    QVERIFY2(response.body.contains("tokentap_upstream_unreachable"), response.body.constData());
    QVERIFY2(response.body.contains("TLS"), response.body.constData());
    QCOMPARE(tls.requests().size(), 0);
}

QTEST_GUILESS_MAIN(TestProxyForwarding)
#include "tst_proxyforwarding.moc"
