// Streams under concurrency and failure: 64 at once, client abort, upstream drop, shutdown.

#include "proxyharness.h"

namespace {

const QByteArray StreamBody = R"({"model":"gpt-4o-mini","stream":true,"messages":[]})";

QByteArray sseEvent(int i)
{
    return "data: {\"choices\":[{\"delta\":{\"content\":\"t" + QByteArray::number(i) + "\"}}]}\n\n";
}

} // namespace

class TestProxyStreams : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sixtyFourConcurrentStreams();
    void clientAbortReachesUpstream();
    void upstreamDropReachesClient();
    void gracefulStopLetsStreamsFinish();
    void stalledStreamIsCut();
};

void TestProxyStreams::sixtyFourConcurrentStreams()
{
    constexpr int Streams = 64;
    ProxyHarness h;
    QList<FakeUpstream::Reply> open;
    h.upstream.setHandler([&](const FakeUpstream::Request &, FakeUpstream::Reply &reply) {
        reply.beginStream();
        reply.streamChunk(sseEvent(0));
        open.append(reply);
    });
    QVERIFY(h.start());
    std::vector<std::unique_ptr<RawHttpClient>> clients;
    for (int i = 0; i < Streams; ++i) {
        clients.push_back(h.client());
        QVERIFY(clients.back());
        clients.back()->send(RawHttpClient::request("POST", "/v1/chat/completions", StreamBody));
    }
    // Every stream is open upstream and has delivered its first event, all at the same time:
    // none waits for another to finish.
    QTRY_COMPARE_WITH_TIMEOUT(open.size(), Streams, 15000);
    QVERIFY(QTest::qWaitFor(
            [&] {
                return std::all_of(clients.begin(), clients.end(),
                                   [](const auto &c) { return c->current().body.contains("t0"); });
            },
            15000));
    QCOMPARE(h.upstream.openConnections(), Streams);
    QCOMPARE(ProxyStats::get(h.proxy.stats().requestsInFlight), quint64(Streams));

    // Interleave the rest across all streams.
    for (int step = 1; step <= 3; ++step) {
        for (auto &reply : open)
            reply.streamChunk(sseEvent(step));
    }
    for (auto &reply : open) {
        reply.streamChunk("data: [DONE]\n\n");
        reply.endStream();
    }
    for (const auto &c : clients) {
        QVERIFY(c->waitForResponses(1));
        QCOMPARE(c->responses().first().body,
                 sseEvent(0) + sseEvent(1) + sseEvent(2) + sseEvent(3) + "data: [DONE]\n\n");
    }
    QTRY_COMPARE_WITH_TIMEOUT(ProxyStats::get(h.proxy.stats().requestsInFlight), 0u, 5000);
}

void TestProxyStreams::clientAbortReachesUpstream()
{
    ProxyHarness h;
    std::optional<FakeUpstream::Reply> held;
    h.upstream.setHandler([&](const FakeUpstream::Request &, FakeUpstream::Reply &reply) {
        reply.beginStream();
        reply.streamChunk(sseEvent(0));
        held = reply;
    });
    QVERIFY(h.start());
    auto client = h.client();
    client->send(RawHttpClient::request("POST", "/v1/chat/completions", StreamBody));
    QVERIFY(QTest::qWaitFor([&] { return client->current().body.contains("t0"); }, 5000));
    QSignalSpy upstreamSawClose(&h.upstream, &FakeUpstream::clientDisconnected);
    client->close();
    QVERIFY(upstreamSawClose.wait(2000));
    QCOMPARE(h.upstream.disconnectsWhileBusy(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(ProxyStats::get(h.proxy.stats().requestsInFlight), 0u, 2000);
}

void TestProxyStreams::upstreamDropReachesClient()
{
    ProxyHarness h;
    h.upstream.setHandler([&](const FakeUpstream::Request &, FakeUpstream::Reply &reply) {
        reply.beginStream();
        reply.streamChunk(sseEvent(0));
        reply.streamChunk(sseEvent(1));
        reply.drop();
    });
    QVERIFY(h.start());
    auto client = h.client();
    client->send(RawHttpClient::request("POST", "/v1/chat/completions", StreamBody));
    QVERIFY(client->waitForDisconnected());
    // The events that arrived were relayed, but the response is visibly incomplete.
    QVERIFY(client->sawBrokenResponse());
    QCOMPARE(client->responses().size(), 0);
    QVERIFY(client->raw().contains("t1"));
    QVERIFY(!client->raw().endsWith("0\r\n\r\n"));
    QCOMPARE(ProxyStats::get(h.proxy.stats().upstreamErrors), 1u);
}

void TestProxyStreams::gracefulStopLetsStreamsFinish()
{
    ProxyHarness h;
    std::optional<FakeUpstream::Reply> held;
    h.upstream.setHandler([&](const FakeUpstream::Request &, FakeUpstream::Reply &reply) {
        reply.beginStream();
        reply.streamChunk(sseEvent(0));
        held = reply;
    });
    QVERIFY(h.start());
    auto streaming = h.client();
    auto idle = h.client();
    streaming->send(RawHttpClient::request("POST", "/v1/chat/completions", StreamBody));
    QVERIFY(QTest::qWaitFor([&] { return streaming->current().body.contains("t0"); }, 5000));

    QSignalSpy stopped(&h.proxy, &ProxyService::stopped);
    h.proxy.stop();
    // Idle connections close at once and no new connection is accepted…
    QVERIFY(idle->waitForDisconnected(3000));
    RawHttpClient late;
    QVERIFY(!late.connectTo(h.port(), 1000) || late.waitForDisconnected(3000));
    // …while the stream in flight goes on to its end.
    QCOMPARE(stopped.size(), 0);
    held->streamChunk(sseEvent(1));
    held->streamChunk("data: [DONE]\n\n");
    held->endStream();
    QVERIFY(streaming->waitForResponses(1));
    QCOMPARE(streaming->responses().first().body, sseEvent(0) + sseEvent(1) + "data: [DONE]\n\n");
    QVERIFY(streaming->responses().first().head.headers.value("Connection") == "close"
            || streaming->waitForDisconnected(3000));
    QTRY_COMPARE_WITH_TIMEOUT(stopped.size(), 1, 5000);
}

void TestProxyStreams::stalledStreamIsCut()
{
    ProxyHarness h;
    std::optional<FakeUpstream::Reply> held;
    h.upstream.setHandler([&](const FakeUpstream::Request &, FakeUpstream::Reply &reply) {
        reply.beginStream();
        reply.streamChunk(sseEvent(0));
        held = reply; // and then nothing, without closing
    });
    ProxyConfig config = h.defaultConfig();
    config.streamIdleTimeoutMs = 300;
    QVERIFY(h.start(config));
    auto client = h.client();
    QSignalSpy upstreamSawClose(&h.upstream, &FakeUpstream::clientDisconnected);
    client->send(RawHttpClient::request("POST", "/v1/chat/completions", StreamBody));
    QVERIFY(client->waitForDisconnected(5000));
    QVERIFY(client->sawBrokenResponse());
    QVERIFY(client->raw().contains("t0"));
    QVERIFY(upstreamSawClose.count() > 0 || upstreamSawClose.wait(2000));
}

QTEST_GUILESS_MAIN(TestProxyStreams)
#include "tst_proxystreams.moc"
