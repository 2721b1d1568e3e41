// Settings applied to a running proxy: a new port while a stream is in flight, a port that is
// taken, new headers for the next call, and the access token required beyond loopback.
#include "proxyharness.h"

#include <QTcpServer>

using namespace Qt::StringLiterals;

namespace {

const QByteArray Body = R"({"model":"gpt-4o-mini","messages":[{"role":"user","content":"hi"}]})";

QByteArray sseChunk(int i)
{
    return "data: {\"choices\":[{\"delta\":{\"content\":\"t" + QByteArray::number(i) + "\"}}]}\n\n";
}

// A free port on loopback, released before returning (the proxy takes it next).
quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

} // namespace

class TestLiveReconfigure : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void portChangesWhileAStreamFinishes()
    {
        ProxyHarness h;
        QList<FakeUpstream::Reply> open;
        h.upstream.setHandler([&](const FakeUpstream::Request &, FakeUpstream::Reply &reply) {
            reply.beginStream();
            reply.streamChunk(sseChunk(0));
            open.append(reply);
        });
        QVERIFY(h.start());
        const quint16 oldPort = h.port();
        auto streaming = h.client();
        QVERIFY(streaming);
        streaming->send(RawHttpClient::request("POST", "/v1/chat/completions", Body));
        QTRY_COMPARE_WITH_TIMEOUT(open.size(), 1, 5000);

        ProxyConfig next = h.defaultConfig();
        next.listenPort = freePort();
        QSignalSpy reconfigured(&h.proxy, &ProxyService::reconfigured);
        h.proxy.reconfigure(next);
        QVERIFY(reconfigured.wait(5000));
        QCOMPARE(h.proxy.listenPort(), next.listenPort);
        QCOMPARE(reconfigured.first().first().toString(),
                 u"http://127.0.0.1:"_s + QString::number(next.listenPort));

        // The call in flight goes on to its end on the connection it came in on.
        open.first().streamChunk(sseChunk(1));
        open.first().streamChunk("data: [DONE]\n\n");
        open.first().endStream();
        QVERIFY(streaming->waitForResponses(1));
        QCOMPARE(streaming->responses().first().body,
                 sseChunk(0) + sseChunk(1) + "data: [DONE]\n\n");

        // New calls: the new port answers, the old one is closed.
        h.upstream.setHandler([](const FakeUpstream::Request &, FakeUpstream::Reply &reply) {
            reply.send(200, R"({"ok":true})");
        });
        RawHttpClient fresh;
        QVERIFY(fresh.connectTo(next.listenPort));
        fresh.send(RawHttpClient::request("POST", "/v1/chat/completions", Body));
        QVERIFY(fresh.waitForResponses(1));
        QCOMPARE(fresh.responses().first().head.status, 200);
        RawHttpClient old;
        QVERIFY(!old.connectTo(oldPort));
    }

    // 127.0.0.1:P → 0.0.0.0:P: the kernel refuses the new listener while ours holds P; the
    // proxy hands its port over.
    void samePortToEveryInterface()
    {
        ProxyHarness h;
        ProxyConfig config = h.defaultConfig();
        config.listenPort = freePort();
        QVERIFY(h.start(config));
        ProxyConfig open = config;
        open.listenAddress = QHostAddress::AnyIPv4;
        open.accessToken = "0123456789abcdef-token";
        QSignalSpy reconfigured(&h.proxy, &ProxyService::reconfigured);
        h.proxy.reconfigure(open);
        QVERIFY(reconfigured.wait(5000));
        QCOMPARE(h.proxy.listenAddress(), QHostAddress(QHostAddress::AnyIPv4));
        QCOMPARE(h.proxy.listenPort(), config.listenPort);
        auto client = h.client();
        QVERIFY(client);
        client->send(RawHttpClient::request("POST", "/v1/chat/completions", Body,
                                            {"x-tokentap-key: 0123456789abcdef-token"}));
        QVERIFY(client->waitForResponses(1));
        QCOMPARE(client->responses().first().head.status, 200);
    }

    void takenPortKeepsTheOldListener()
    {
        ProxyHarness h;
        QVERIFY(h.start());
        const quint16 port = h.port();
        QTcpServer squatter;
        QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
        ProxyConfig next = h.defaultConfig();
        next.listenPort = squatter.serverPort();
        next.injectedHeaders.set("x-not-applied", "1"); // applied: only the listener stays
        QSignalSpy failed(&h.proxy, &ProxyService::reconfigureFailed);
        h.proxy.reconfigure(next);
        QVERIFY(failed.wait(5000));
        const QString message = failed.first().first().toString();
        QVERIFY2(message.contains(QString::number(squatter.serverPort())), qPrintable(message));
        QCOMPARE(h.proxy.listenPort(), port);
        // Kept as wanted: a resume tries it again.
        QCOMPARE(h.proxy.config()->listenPort, squatter.serverPort());

        auto client = h.client();
        QVERIFY(client);
        client->send(RawHttpClient::request("POST", "/v1/chat/completions", Body));
        QVERIFY(client->waitForResponses(1));
        QCOMPARE(client->responses().first().head.status, 200);
        // The rest of the settings applied.
        QCOMPARE(h.upstream.requests().last().head.headers.value("x-not-applied"), QByteArray("1"));
    }

    void headersApplyToTheNextCall()
    {
        ProxyHarness h;
        QVERIFY(h.start());
        auto client = h.client();
        QVERIFY(client);
        client->send(RawHttpClient::request("POST", "/v1/chat/completions", Body));
        QVERIFY(client->waitForResponses(1));
        QVERIFY(!h.upstream.requests().last().head.headers.contains("x-bt-use-cache"));

        ProxyConfig next = h.defaultConfig();
        next.injectedHeaders.set("x-team", "blue");
        QSignalSpy reconfigured(&h.proxy, &ProxyService::reconfigured);
        h.proxy.reconfigure(next);
        QVERIFY(reconfigured.wait(5000));
        // Same listener, same keep-alive connection: the next call carries the header.
        client->send(RawHttpClient::request("POST", "/v1/chat/completions", Body));
        QVERIFY(client->waitForResponses(2));
        QCOMPARE(h.upstream.requests().last().head.headers.value("x-team"), QByteArray("blue"));
    }

    void accessTokenIsRequired()
    {
        ProxyHarness h;
        ProxyConfig config = h.defaultConfig();
        config.accessToken = "0123456789abcdef-token";
        QVERIFY(h.start(config));
        const int before = int(h.upstream.requests().size());

        auto anonymous = h.client();
        anonymous->send(RawHttpClient::request("POST", "/v1/chat/completions", Body));
        QVERIFY(anonymous->waitForResponses(1));
        QCOMPARE(anonymous->responses().first().head.status, 401);
        QVERIFY(anonymous->responses().first().body.contains("tokentap_unauthorized"));
        QVERIFY(anonymous->responses().first().body.contains("x-tokentap-key"));

        // Refused on the head alone: no 100 Continue, nothing of the body buffered.
        auto large = h.client();
        large->send("POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    "Content-Type: application/json\r\nContent-Length: 50000000\r\n"
                    "Expect: 100-continue\r\n\r\n");
        QVERIFY(large->waitForResponses(1));
        QCOMPARE(large->responses().first().head.status, 401);
        QVERIFY(!large->raw().contains("100 Continue"));

        auto wrong = h.client();
        wrong->send(RawHttpClient::request("POST", "/v1/chat/completions", Body,
                                           {"x-tokentap-key: 0123456789abcdef-tokeX"}));
        QVERIFY(wrong->waitForResponses(1));
        QCOMPARE(wrong->responses().first().head.status, 401);
        QCOMPARE(int(h.upstream.requests().size()), before); // nothing reached upstream

        auto right = h.client();
        right->send(RawHttpClient::request("POST", "/v1/chat/completions", Body,
                                           {"x-tokentap-key: 0123456789abcdef-token"}));
        QVERIFY(right->waitForResponses(1));
        QCOMPARE(right->responses().first().head.status, 200);
        // The token is TokenTap's own: never forwarded.
        QVERIFY(!h.upstream.requests().last().head.headers.contains("x-tokentap-key"));
    }

    void listeningBeyondLoopbackNeedsAToken()
    {
        ProxyHarness h;
        ProxyConfig config = h.defaultConfig();
        config.listenAddress = QHostAddress::AnyIPv4;
        QSignalSpy failed(&h.proxy, &ProxyService::startFailed);
        h.proxy.start(config);
        QVERIFY(failed.wait(5000));
        QVERIFY(failed.first().first().toString().contains(u"access token"_s));

        // Running on loopback, a switch to every interface without a token is refused too.
        ProxyHarness running;
        QVERIFY(running.start());
        ProxyConfig open = running.defaultConfig();
        open.listenAddress = QHostAddress::AnyIPv4;
        QSignalSpy refused(&running.proxy, &ProxyService::reconfigureFailed);
        running.proxy.reconfigure(open);
        QVERIFY(refused.wait(5000));
        QCOMPARE(running.proxy.listenAddress(), QHostAddress(QHostAddress::LocalHost));
    }
};

QTEST_GUILESS_MAIN(TestLiveReconfigure)
#include "tst_livereconfigure.moc"
