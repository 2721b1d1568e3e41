// Every error TokenTap answers itself: status, JSON body, and what reaches the upstream.

#include "proxyharness.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>

namespace {

// The "error" object of a TokenTap JSON error body.
QJsonObject errorOf(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object().value(QLatin1String("error")).toObject();
}

} // namespace

class TestProxyErrors : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void malformedRequests_data();
    void malformedRequests();
    void bodyOverLimit();
    void chunkedBodyOverLimit();
    void unknownRoutes_data();
    void unknownRoutes();
    void upstreamUnreachable();
    void upstreamConnectTimeout();
    void upstreamFirstByteTimeout();
    void upstreamSendsGarbage();
    void upstreamClosesBeforeAnswering();
    void idleKeepAliveIsClosed();
    void slowHeadersAreCut();
};

void TestProxyErrors::malformedRequests_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("type");
    QTest::newRow("garbage request line")
            << QByteArray("THIS IS NOT HTTP\r\n\r\n") << 400 << "tokentap_bad_request";
    QTest::newRow("bad header") << QByteArray("GET /v1/models HTTP/1.1\r\nBad\x01: x\r\n\r\n")
                                << 400 << "tokentap_bad_request";
    QTest::newRow("invalid content-length")
            << QByteArray("POST /v1/chat/completions HTTP/1.1\r\nContent-Length: 1x\r\n\r\n{}")
            << 400 << "tokentap_bad_content_length";
    QTest::newRow("conflicting content-length")
            << QByteArray("POST /v1/chat/completions HTTP/1.1\r\nContent-Length: 2\r\n"
                          "Content-Length: 3\r\n\r\n{}x")
            << 400 << "tokentap_bad_content_length";
    QTest::newRow("content-length with chunked")
            << QByteArray("POST /v1/chat/completions HTTP/1.1\r\nContent-Length: 2\r\n"
                          "Transfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n")
            << 400 << "tokentap_bad_content_length";
    QTest::newRow("headers over 64 KiB") << QByteArray(
            "GET /v1/models HTTP/1.1\r\nX-Huge: " + QByteArray(65 * 1024, 'h') + "\r\n\r\n")
                                         << 431 << "tokentap_headers_too_large";
}

void TestProxyErrors::malformedRequests()
{
    QFETCH(QByteArray, wire);
    QFETCH(int, status);
    QFETCH(QString, type);
    ProxyHarness h;
    QVERIFY(h.start());
    auto client = h.client();
    client->send(wire);
    QVERIFY(client->waitForResponses(1));
    const auto &response = client->responses().first();
    QCOMPARE(response.head.status, status);
    QCOMPARE(response.head.headers.value("Content-Type"), QByteArray("application/json"));
    QCOMPARE(errorOf(response.body).value(QLatin1String("type")).toString(), type);
    QVERIFY(!errorOf(response.body).value(QLatin1String("message")).toString().isEmpty());
    QVERIFY(client->waitForDisconnected()); // the stream cannot be trusted after that
    QCOMPARE(h.upstream.requests().size(), 0);
}

void TestProxyErrors::bodyOverLimit()
{
    ProxyHarness h;
    ProxyConfig config = h.defaultConfig();
    config.maxRequestBodyBytes = 1000;
    QVERIFY(h.start(config));
    auto client = h.client();
    // Rejected from the Content-Length alone, with Expect: the body is never sent.
    client->send("POST /v1/chat/completions HTTP/1.1\r\nExpect: 100-continue\r\n"
                 "Content-Length: 1001\r\n\r\n");
    QVERIFY(client->waitForResponses(1));
    QCOMPARE(client->responses().first().head.status, 413);
    QVERIFY(!client->raw().contains("100 Continue"));
    QCOMPARE(errorOf(client->responses().first().body).value(QLatin1String("type")).toString(),
             QStringLiteral("tokentap_body_too_large"));
    QCOMPARE(h.upstream.requests().size(), 0);

    // Exactly at the limit is fine.
    auto second = h.client();
    second->send(RawHttpClient::request("POST", "/v1/embeddings", QByteArray(1000, 'x')));
    QVERIFY(second->waitForResponses(1));
    QCOMPARE(second->responses().first().head.status, 200);
}

void TestProxyErrors::chunkedBodyOverLimit()
{
    ProxyHarness h;
    ProxyConfig config = h.defaultConfig();
    config.maxRequestBodyBytes = 1000;
    QVERIFY(h.start(config));
    auto client = h.client();
    client->send("POST /v1/chat/completions HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"
                 "3e8\r\n"
                 + QByteArray(1000, 'a') + "\r\n1\r\nb\r\n0\r\n\r\n");
    QVERIFY(client->waitForResponses(1));
    QCOMPARE(client->responses().first().head.status, 413);
    QCOMPARE(h.upstream.requests().size(), 0);
}

void TestProxyErrors::unknownRoutes_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QString>("type");
    QTest::newRow("no version") << QByteArray("/chat/completions") << "tokentap_unknown_route";
    QTest::newRow("unknown upstream")
            << QByteArray("/nobody/v1/chat/completions") << "tokentap_unknown_upstream";
}

void TestProxyErrors::unknownRoutes()
{
    QFETCH(QByteArray, target);
    QFETCH(QString, type);
    ProxyHarness h;
    QVERIFY(h.start());
    auto client = h.client();
    client->send(RawHttpClient::request("POST", target, "{}"));
    QVERIFY(client->waitForResponses(1));
    QCOMPARE(client->responses().first().head.status, 404);
    QCOMPARE(errorOf(client->responses().first().body).value(QLatin1String("type")).toString(),
             type);
    // A well-formed request that was refused leaves the connection usable.
    client->send(RawHttpClient::request("GET", "/v1/models"));
    QVERIFY(client->waitForResponses(2));
    QCOMPARE(client->responses().at(1).head.status, 200);
}

void TestProxyErrors::upstreamUnreachable()
{
    ProxyHarness h;
    ProxyConfig config = h.defaultConfig();
    // A port that was just free: nothing listens there.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 closedPort = probe.serverPort();
    probe.close();
    config.upstreams.first() =
            *Upstream::fromUrl(QStringLiteral("default"),
                               QStringLiteral("http://127.0.0.1:%1/v1").arg(closedPort), nullptr);
    QVERIFY(h.start(config));
    auto client = h.client();
    client->send(RawHttpClient::request("POST", "/v1/chat/completions", "{}"));
    QVERIFY(client->waitForResponses(1));
    QCOMPARE(client->responses().first().head.status, 502);
    const QJsonObject error = errorOf(client->responses().first().body);
    QCOMPARE(error.value(QLatin1String("type")).toString(),
             QStringLiteral("tokentap_upstream_unreachable"));
    QVERIFY(error.value(QLatin1String("message")).toString().contains(QString::number(closedPort)));
    QCOMPARE(ProxyStats::get(h.proxy.stats().upstreamErrors), 1u);
}

void TestProxyErrors::upstreamConnectTimeout()
{
    // An HTTPS upstream that accepts TCP but never speaks TLS: the handshake never completes,
    // which is what the connect timeout covers.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    ProxyHarness h;
    ProxyConfig config = h.defaultConfig();
    config.upstreams.first() = *Upstream::fromUrl(
            QStringLiteral("default"),
            QStringLiteral("https://127.0.0.1:%1/v1").arg(silent.serverPort()), nullptr);
    config.connectTimeoutMs = 300;
    QVERIFY(h.start(config));
    auto client = h.client();
    client->send(RawHttpClient::request("POST", "/v1/chat/completions", "{}"));
    QVERIFY(client->waitForResponses(1, 5000));
    QCOMPARE(client->responses().first().head.status, 504);
    QCOMPARE(errorOf(client->responses().first().body).value(QLatin1String("type")).toString(),
             QStringLiteral("tokentap_upstream_timeout"));
}

void TestProxyErrors::upstreamFirstByteTimeout()
{
    ProxyHarness h;
    h.upstream.setHandler([](const FakeUpstream::Request &, FakeUpstream::Reply &) {
        // never answers
    });
    ProxyConfig config = h.defaultConfig();
    config.firstByteTimeoutMs = 300;
    QVERIFY(h.start(config));
    auto client = h.client();
    client->send(RawHttpClient::request("POST", "/v1/chat/completions", "{}"));
    QVERIFY(client->waitForResponses(1, 5000));
    QCOMPARE(client->responses().first().head.status, 504);
    QVERIFY(client->responses().first().body.contains("300 ms"));
    // The upstream request was abandoned: its connection is closed.
    QTRY_COMPARE_WITH_TIMEOUT(h.upstream.openConnections(), 0, 5000);
}

void TestProxyErrors::upstreamSendsGarbage()
{
    ProxyHarness h;
    h.upstream.setHandler([](const FakeUpstream::Request &, FakeUpstream::Reply &reply) {
        reply.writeRaw("SPDY/9 what\r\n\r\n");
    });
    QVERIFY(h.start());
    auto client = h.client();
    client->send(RawHttpClient::request("GET", "/v1/models"));
    QVERIFY(client->waitForResponses(1));
    QCOMPARE(client->responses().first().head.status, 502);
}

void TestProxyErrors::upstreamClosesBeforeAnswering()
{
    ProxyHarness h;
    h.upstream.setHandler(
            [](const FakeUpstream::Request &, FakeUpstream::Reply &reply) { reply.drop(); });
    QVERIFY(h.start());
    auto client = h.client();
    client->send(RawHttpClient::request("POST", "/v1/chat/completions", "{}"));
    QVERIFY(client->waitForResponses(1));
    QCOMPARE(client->responses().first().head.status, 502);
    QVERIFY(client->responses().first().body.contains("before answering"));
}

void TestProxyErrors::idleKeepAliveIsClosed()
{
    ProxyHarness h;
    ProxyConfig config = h.defaultConfig();
    config.clientIdleTimeoutMs = 300;
    QVERIFY(h.start(config));
    auto client = h.client();
    client->send(RawHttpClient::request("GET", "/v1/models"));
    QVERIFY(client->waitForResponses(1));
    QVERIFY(client->waitForDisconnected(5000));
    QTRY_COMPARE_WITH_TIMEOUT(ProxyStats::get(h.proxy.stats().openClientConnections), 0u, 5000);
}

void TestProxyErrors::slowHeadersAreCut()
{
    ProxyHarness h;
    ProxyConfig config = h.defaultConfig();
    config.headerTimeoutMs = 300;
    QVERIFY(h.start(config));
    auto client = h.client();
    client->send("GET /v1/models HTTP/1.1\r\nHost: x\r\n");
    QVERIFY(client->waitForDisconnected(5000));
    QVERIFY(client->raw().startsWith("HTTP/1.1 400"));
    QCOMPARE(h.upstream.requests().size(), 0);
}

QTEST_GUILESS_MAIN(TestProxyErrors)
#include "tst_proxyerrors.moc"
