// The response cache through the real proxy: hits, keys, Cache-Control, streams replayed byte
// for byte, single flight, errors never stored.

#include "cache/cacheservice.h"
#include "cache/cachewriter.h"
#include "llm/pricetable.h"
#include "proxyharness.h"

#include <QDirIterator>
#include <QTemporaryDir>

namespace {

const QByteArray Deterministic =
        R"({"model":"gpt-4o-mini","temperature":0,"messages":[{"role":"user","content":"hi"}]})";

QByteArray sseEvent(int i)
{
    return "data: {\"choices\":[{\"delta\":{\"content\":\"t" + QByteArray::number(i) + "\"}}]}\n\n";
}

// A proxy with the cache on, its file in a temporary data folder.
struct CachedProxy
{
    CachedProxy()
    {
        QString error;
        started = cache.start(CacheService::databasePath(dir.path()), 64LL * 1024 * 1024, &error);
        if (!started)
            qWarning("%s", qPrintable(error));
    }
    bool start(CacheMode mode = CacheMode::Auto, const TracingPolicy &userPolicy = {})
    {
        ProxyConfig config = h.defaultConfig();
        config.cache.enabled = true;
        config.userPolicy = userPolicy;
        config.cache.path = CacheService::databasePath(dir.path());
        config.cache.defaultMode = mode;
        config.cache.prices = PriceTable::builtin();
        QSignalSpy spy(&h.proxy, &ProxyService::started);
        h.proxy.start(config, nullptr, cache.writer());
        return started && spy.wait(5000);
    }
    // One call on a new connection; the response.
    RawHttpClient::Response call(const QByteArray &body, const QList<QByteArray> &headers = {},
                                 const QByteArray &path = "/v1/chat/completions")
    {
        auto client = h.client();
        if (!client)
            return {};
        client->send(RawHttpClient::request("POST", path, body, headers));
        if (!client->waitForResponses(1))
            return {};
        return client->responses().constFirst();
    }

    QTemporaryDir dir;
    CacheService cache;
    ProxyHarness h;
    bool started = false;
};

} // namespace

class TestCache : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void missThenHit()
    {
        CachedProxy p;
        QVERIFY(p.start());
        const auto first = p.call(Deterministic);
        QCOMPARE(first.head.status, 200);
        QCOMPARE(first.head.headers.value("x-bt-cached"), QByteArray("MISS"));
        const auto second = p.call(Deterministic);
        QCOMPARE(second.head.status, 200);
        QCOMPARE(second.head.headers.value("x-bt-cached"), QByteArray("HIT"));
        QVERIFY(!second.head.headers.value("Age").isEmpty());
        QCOMPARE(second.body, first.body);
        QCOMPARE(second.head.headers.value("Content-Type"), QByteArray("application/json"));
        QCOMPARE(p.h.upstream.requests().size(), 1);
    }

    // The settings dialog's cache mode reaches the running proxy: the next call follows it.
    void modeChangedWhileRunning()
    {
        CachedProxy p;
        QVERIFY(p.start(CacheMode::Never));
        QVERIFY(p.call(Deterministic).head.headers.value("x-bt-cached").isEmpty());
        ProxyConfig next = *p.h.proxy.config();
        next.cache.defaultMode = CacheMode::Always;
        QSignalSpy reconfigured(&p.h.proxy, &ProxyService::reconfigured);
        p.h.proxy.reconfigure(next);
        QVERIFY(reconfigured.wait(5000));
        QCOMPARE(p.call(Deterministic).head.headers.value("x-bt-cached"), QByteArray("MISS"));
        QCOMPARE(p.call(Deterministic).head.headers.value("x-bt-cached"), QByteArray("HIT"));
        QCOMPARE(p.h.upstream.requests().size(), 2);
    }

    void statisticsAndClear()
    {
        CachedProxy p;
        QVERIFY(p.start());
        p.call(Deterministic);
        p.call(Deterministic);
        p.call(Deterministic);
        // Counters reach the file on the proxy's next tick.
        QTRY_VERIFY(p.cache.stats().hits == 2);
        const CacheStats stats = p.cache.stats();
        QCOMPARE(stats.entries, 1);
        QCOMPARE(stats.misses, 1);
        QVERIFY(stats.bytes > FakeUpstream::chatCompletionJson().size());
        QVERIFY(stats.savedUsd > 0); // two hits of a priced gpt-4o-mini answer
        p.h.proxy.clearCache();
        QTRY_COMPARE(p.cache.stats().entries, 0);
        QCOMPARE(p.call(Deterministic).head.headers.value("x-bt-cached"), QByteArray("MISS"));
        QCOMPARE(p.h.upstream.requests().size(), 2);
    }

    void keyOrderAndSpacingShareAnEntry()
    {
        CachedProxy p;
        QVERIFY(p.start());
        p.call(Deterministic);
        const QByteArray reordered =
                "{ \"messages\": [ {\"content\": \"hi\", \"role\": \"user\"} ],"
                "\n \"temperature\": 0.0, \"model\": \"gpt-4o-mini\" }";
        QCOMPARE(p.call(reordered).head.headers.value("x-bt-cached"), QByteArray("HIT"));
        QCOMPARE(p.h.upstream.requests().size(), 1);
    }

    void differentKeysNeverShare()
    {
        CachedProxy p;
        QVERIFY(p.start());
        p.call(Deterministic, {"Authorization: Bearer sk-alice-0001"});
        const auto bob = p.call(Deterministic, {"Authorization: Bearer sk-bob-0002"});
        QCOMPARE(bob.head.headers.value("x-bt-cached"), QByteArray("MISS"));
        QCOMPARE(p.h.upstream.requests().size(), 2);
        const auto alice = p.call(Deterministic, {"Authorization: Bearer sk-alice-0001"});
        QCOMPARE(alice.head.headers.value("x-bt-cached"), QByteArray("HIT"));
        QCOMPARE(p.h.upstream.requests().size(), 2);
        // Keys never reach the cache file.
        QFile file(CacheService::databasePath(p.dir.path()) + QStringLiteral("-wal"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("sk-alice-0001"));
    }

    void aUserPolicyCanKeepCallsOutOfTheCache()
    {
        TracingPolicy policy;
        TracingPolicy::UserPolicy bot;
        bot.user = QStringLiteral("eval-bot");
        bot.cacheAllowed = false;
        policy.users.append(bot);
        CachedProxy p;
        QVERIFY(p.start(CacheMode::Auto, policy));
        // Neither read nor stored for that user, by header or by the body's user field (no
        // x-bt-cached answer: the cache took no part)...
        const QList<QByteArray> asBot = {"x-tokentap-user: eval-bot"};
        QVERIFY(p.call(Deterministic, asBot).head.headers.value("x-bt-cached").isNull());
        QVERIFY(p.call(Deterministic, asBot).head.headers.value("x-bt-cached").isNull());
        const QByteArray botBody =
                R"({"model":"gpt-4o-mini","temperature":0,"user":"eval-bot","messages":[]})";
        QVERIFY(p.call(botBody).head.headers.value("x-bt-cached").isNull());
        // The same user as the trace names them: OpenAI's safety_identifier counts too.
        const QByteArray botIdentifier = R"({"model":"gpt-4o-mini","temperature":0,)"
                                         R"("safety_identifier":"eval-bot","messages":[]})";
        QVERIFY(p.call(botIdentifier).head.headers.value("x-bt-cached").isNull());
        QCOMPARE(p.h.upstream.requests().size(), 4);
        // ...while everyone else is cached as usual.
        QCOMPARE(p.call(Deterministic).head.headers.value("x-bt-cached"), QByteArray("MISS"));
        QCOMPARE(p.call(Deterministic).head.headers.value("x-bt-cached"), QByteArray("HIT"));
        QCOMPARE(p.h.upstream.requests().size(), 5);
    }

    void autoLeavesNonDeterministicCallsAlone()
    {
        CachedProxy p;
        QVERIFY(p.start());
        const QByteArray warm = R"({"model":"gpt-4o-mini","temperature":0.7,"messages":[]})";
        QVERIFY(p.call(warm).head.headers.value("x-bt-cached").isNull());
        QVERIFY(p.call(warm).head.headers.value("x-bt-cached").isNull());
        QCOMPARE(p.h.upstream.requests().size(), 2);
        // "always" from the header caches it after all.
        p.call(warm, {"x-bt-use-cache: always"});
        QCOMPARE(p.call(warm, {"x-bt-use-cache: always"}).head.headers.value("x-bt-cached"),
                 QByteArray("HIT"));
        QCOMPARE(p.h.upstream.requests().size(), 3);
        // "never" neither reads nor writes.
        QVERIFY(p.call(Deterministic, {"x-bt-use-cache: never"})
                        .head.headers.value("x-bt-cached")
                        .isNull());
        QCOMPARE(p.call(Deterministic).head.headers.value("x-bt-cached"), QByteArray("MISS"));
    }

    void cacheControl()
    {
        CachedProxy p;
        QVERIFY(p.start());
        // no-store: served, not stored.
        QCOMPARE(p.call(Deterministic, {"Cache-Control: no-store"})
                         .head.headers.value("x-bt-cached"),
                 QByteArray("MISS"));
        QCOMPARE(p.call(Deterministic).head.headers.value("x-bt-cached"), QByteArray("MISS"));
        QCOMPARE(p.h.upstream.requests().size(), 2);
        // no-cache: not read (upstream again), but stored.
        QCOMPARE(p.call(Deterministic, {"Cache-Control: no-cache"})
                         .head.headers.value("x-bt-cached"),
                 QByteArray("MISS"));
        QCOMPARE(p.h.upstream.requests().size(), 3);
        QCOMPARE(p.call(Deterministic).head.headers.value("x-bt-cached"), QByteArray("HIT"));
        // max-age=N: an entry older than N seconds is not accepted.
        QTest::qWait(1100);
        QCOMPARE(p.call(Deterministic, {"Cache-Control: max-age=1"})
                         .head.headers.value("x-bt-cached"),
                 QByteArray("MISS"));
        QCOMPARE(p.call(Deterministic, {"Cache-Control: max-age=60"})
                         .head.headers.value("x-bt-cached"),
                 QByteArray("HIT"));
    }

    void ttlExpires()
    {
        CachedProxy p;
        QVERIFY(p.start());
        p.call(Deterministic, {"x-bt-cache-ttl: 1"});
        QCOMPARE(p.call(Deterministic).head.headers.value("x-bt-cached"), QByteArray("HIT"));
        QTest::qWait(1100);
        QCOMPARE(p.call(Deterministic).head.headers.value("x-bt-cached"), QByteArray("MISS"));
        QCOMPARE(p.h.upstream.requests().size(), 2);
    }

    void errorsAreNeverStored()
    {
        CachedProxy p;
        p.h.upstream.setHandler([](const FakeUpstream::Request &, FakeUpstream::Reply &reply) {
            reply.send(500, R"({"error":{"message":"overloaded"}})");
        });
        QVERIFY(p.start());
        QCOMPARE(p.call(Deterministic).head.status, 500);
        const auto again = p.call(Deterministic);
        QCOMPARE(again.head.status, 500);
        QCOMPARE(again.head.headers.value("x-bt-cached"), QByteArray("MISS"));
        QCOMPARE(p.h.upstream.requests().size(), 2);
    }

    void invalidModeIsABadRequest()
    {
        CachedProxy p;
        QVERIFY(p.start());
        const auto r = p.call(Deterministic, {"x-bt-use-cache: sometimes"});
        QCOMPARE(r.head.status, 400);
        QVERIFY(r.body.contains("x-bt-use-cache"));
        QVERIFY(r.body.startsWith("{\"error\""));
        QCOMPARE(p.h.upstream.requests().size(), 0);
    }

    void streamIsReplayedByteForByte()
    {
        CachedProxy p;
        p.h.upstream.setHandler([](const FakeUpstream::Request &, FakeUpstream::Reply &reply) {
            reply.beginStream();
            for (int i = 0; i < 3; ++i)
                reply.streamChunk(sseEvent(i));
            reply.streamChunk("data: [DONE]\n\n");
            reply.endStream();
        });
        QVERIFY(p.start());
        const QByteArray body = R"({"model":"gpt-4o-mini","seed":1,"stream":true,"messages":[]})";
        const auto first = p.call(body);
        QCOMPARE(first.head.headers.value("x-bt-cached"), QByteArray("MISS"));
        const auto hit = p.call(body);
        QCOMPARE(hit.head.headers.value("x-bt-cached"), QByteArray("HIT"));
        QCOMPARE(hit.head.headers.value("Content-Type"), QByteArray("text/event-stream"));
        QCOMPARE(hit.body, first.body);
        QVERIFY(hit.body.endsWith("data: [DONE]\n\n"));
        // At the original pace when asked: byte for byte too.
        const auto paced = p.call(body, {"x-tokentap-replay: realtime"});
        QCOMPARE(paced.head.headers.value("x-bt-cached"), QByteArray("HIT"));
        QCOMPARE(paced.body, first.body);
        QCOMPARE(p.h.upstream.requests().size(), 1);
    }

    void cookiesAreNeitherStoredNorReplayed()
    {
        CachedProxy p;
        p.h.upstream.setHandler([](const FakeUpstream::Request &, FakeUpstream::Reply &reply) {
            HttpHeaders headers;
            headers.append("Set-Cookie", "__cf_bm=TOKENTAPCOOKIE0123; Path=/; HttpOnly");
            reply.send(200, FakeUpstream::chatCompletionJson(), "application/json", headers);
        });
        QVERIFY(p.start());
        const auto first = p.call(Deterministic);
        QCOMPARE(first.head.headers.value("Set-Cookie"),
                 QByteArray("__cf_bm=TOKENTAPCOOKIE0123; Path=/; HttpOnly"));
        const auto hit = p.call(Deterministic);
        QCOMPARE(hit.head.headers.value("x-bt-cached"), QByteArray("HIT"));
        QVERIFY(!hit.head.headers.contains("Set-Cookie"));
        // The file and its WAL, where the entry was written before the hit could be served.
        QDirIterator files(p.dir.path(), QDir::Files);
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains("TOKENTAPCOOKIE"), qPrintable(file.fileName()));
        }
    }

    void storedEncodingIsDecodedForClientsWithoutIt()
    {
        CachedProxy p;
        const QByteArray plain = FakeUpstream::chatCompletionJson();
        p.h.upstream.setHandler([&](const FakeUpstream::Request &, FakeUpstream::Reply &reply) {
            HttpHeaders headers;
            headers.append("Content-Encoding", "deflate");
            reply.send(200, qCompress(plain).mid(4), "application/json", headers); // zlib data
        });
        QVERIFY(p.start());
        const auto stored = p.call(Deterministic, {"Accept-Encoding: deflate"});
        QCOMPARE(stored.head.headers.value("Content-Encoding"), QByteArray("deflate"));
        const auto same = p.call(Deterministic, {"Accept-Encoding: gzip, deflate"});
        QCOMPARE(same.head.headers.value("x-bt-cached"), QByteArray("HIT"));
        QCOMPARE(same.body, stored.body);
        const auto identity = p.call(Deterministic);
        QCOMPARE(identity.head.headers.value("x-bt-cached"), QByteArray("HIT"));
        QVERIFY(identity.head.headers.value("Content-Encoding").isNull());
        QCOMPARE(identity.body, plain);
        QCOMPARE(p.h.upstream.requests().size(), 1);
    }

    void identicalCallsInFlightReachUpstreamOnce()
    {
        constexpr int Calls = 8;
        CachedProxy p;
        QList<FakeUpstream::Reply> held;
        p.h.upstream.setHandler([&](const FakeUpstream::Request &, FakeUpstream::Reply &reply) {
            held.append(reply);
        });
        QVERIFY(p.start());
        std::vector<std::unique_ptr<RawHttpClient>> clients;
        for (int i = 0; i < Calls; ++i) {
            clients.push_back(p.h.client());
            QVERIFY(clients.back());
            clients.back()->send(
                    RawHttpClient::request("POST", "/v1/chat/completions", Deterministic));
        }
        QTRY_COMPARE(held.size(), 1);
        QTest::qWait(200); // every other call has arrived and waits
        QCOMPARE(held.size(), 1);
        held.first().send(200, FakeUpstream::chatCompletionJson());
        int hits = 0;
        for (auto &client : clients) {
            QVERIFY(client->waitForResponses(1));
            QCOMPARE(client->responses().first().head.status, 200);
            QCOMPARE(client->responses().first().body, FakeUpstream::chatCompletionJson());
            hits += client->responses().first().head.headers.value("x-bt-cached") == "HIT";
        }
        QCOMPARE(hits, Calls - 1);
        QCOMPARE(p.h.upstream.requests().size(), 1);
    }

    void waitersGoUpstreamWhenTheLeaderFails()
    {
        CachedProxy p;
        QList<FakeUpstream::Reply> held;
        p.h.upstream.setHandler([&](const FakeUpstream::Request &, FakeUpstream::Reply &reply) {
            held.append(reply);
        });
        QVERIFY(p.start());
        std::vector<std::unique_ptr<RawHttpClient>> clients;
        for (int i = 0; i < 3; ++i) {
            clients.push_back(p.h.client());
            clients.back()->send(
                    RawHttpClient::request("POST", "/v1/chat/completions", Deterministic));
        }
        QTRY_COMPARE(held.size(), 1);
        QTest::qWait(100);
        held.first().send(503, R"({"error":{"message":"busy"}})");
        // One waiter leads the next attempt; the last waits for it.
        QTRY_COMPARE(held.size(), 2);
        held.last().send(200, FakeUpstream::chatCompletionJson());
        QList<int> statuses;
        for (auto &client : clients) {
            QVERIFY(client->waitForResponses(1));
            statuses.append(client->responses().first().head.status);
        }
        std::sort(statuses.begin(), statuses.end());
        QCOMPARE(statuses, (QList<int> {200, 200, 503}));
        QCOMPARE(p.h.upstream.requests().size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestCache)
#include "tst_cache.moc"
