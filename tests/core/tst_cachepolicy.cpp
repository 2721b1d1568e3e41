#include "cache/cachekey.h"
#include "cache/cachepolicy.h"
#include "cache/canonicaljson.h"

#include <QJsonDocument>
#include <QTest>

namespace {

QJsonObject object(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

CachePolicy::Directives directives(const HttpHeaders &headers, QByteArray *error = nullptr)
{
    QByteArray ignored;
    return CachePolicy::parseHeaders(headers, CacheMode::Auto, CachePolicy::MaxTtlSeconds,
                                     error ? error : &ignored)
            .value_or(CachePolicy::Directives());
}

} // namespace

class TestCachePolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void autoDecisionTable_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("cached");
        const QByteArray chat = "/v1/chat/completions";
        QTest::newRow("temperature 0") << chat << QByteArray(R"({"temperature":0})") << true;
        QTest::newRow("temperature 0.0") << chat << QByteArray(R"({"temperature":0.0})") << true;
        QTest::newRow("temperature missing") << chat << QByteArray(R"({"model":"m"})") << false;
        QTest::newRow("temperature 0.7") << chat << QByteArray(R"({"temperature":0.7})") << false;
        QTest::newRow("temperature as text")
                << chat << QByteArray(R"({"temperature":"0"})") << false;
        QTest::newRow("seed null") << chat << QByteArray(R"({"seed":null})") << false;
        QTest::newRow("seed 1") << chat << QByteArray(R"({"seed":1,"temperature":0.7})") << true;
        QTest::newRow("completions, temperature 0")
                << QByteArray("/v1/completions") << QByteArray(R"({"temperature":0})") << true;
        QTest::newRow("completions, missing")
                << QByteArray("/v1/completions") << QByteArray("{}") << false;
        QTest::newRow("responses, seed")
                << QByteArray("/v1/responses") << QByteArray(R"({"seed":7})") << true;
        QTest::newRow("responses, missing")
                << QByteArray("/v1/responses") << QByteArray("{}") << false;
        QTest::newRow("messages, temperature 0")
                << QByteArray("/v1/messages") << QByteArray(R"({"temperature":0})") << true;
        QTest::newRow("messages, missing")
                << QByteArray("/v1/messages") << QByteArray("{}") << false;
        QTest::newRow("embeddings, always")
                << QByteArray("/v1/embeddings") << QByteArray(R"({"input":"x"})") << true;
        QTest::newRow("moderations, always")
                << QByteArray("/v1/moderations") << QByteArray(R"({"input":"x"})") << true;
    }
    void autoDecisionTable()
    {
        QFETCH(QByteArray, path);
        QFETCH(QByteArray, body);
        QFETCH(bool, cached);
        const EndpointKind kind = Endpoint::classify("POST", path);
        const CachePolicy::Decision d =
                CachePolicy::decide("POST", kind, directives({}), object(body), true);
        QVERIFY(d.cacheable);
        QCOMPARE(d.read, cached);
        QCOMPARE(d.write, cached);
        QCOMPARE(d.statusWhenNotHit(), cached ? QByteArray("MISS") : QByteArray("BYPASS"));
    }

    void modesAndEndpoints()
    {
        const QJsonObject warm = object(R"({"temperature":0.9})");
        HttpHeaders always;
        always.append("x-bt-use-cache", "ALWAYS");
        auto d = CachePolicy::decide("POST", EndpointKind::ChatCompletions, directives(always),
                                     warm, true);
        QVERIFY(d.read && d.write);
        HttpHeaders never;
        never.append("x-bt-use-cache", "never");
        d = CachePolicy::decide("POST", EndpointKind::Embeddings, directives(never), warm, true);
        QVERIFY(d.cacheable && !d.read && !d.write);
        QCOMPARE(d.statusWhenNotHit(), QByteArray("BYPASS"));
        // Not cacheable at all: no cache status.
        d = CachePolicy::decide("GET", EndpointKind::Models, directives(always), {}, false);
        QVERIFY(!d.cacheable);
        QCOMPARE(d.statusWhenNotHit(), QByteArray());
        d = CachePolicy::decide("GET", EndpointKind::ChatCompletions, directives(always), {},
                                false);
        QVERIFY(!d.cacheable);
        // A body that is not a JSON object cannot be keyed: bypassed.
        d = CachePolicy::decide("POST", EndpointKind::ChatCompletions, directives(always), {},
                                false);
        QVERIFY(d.cacheable && !d.read && !d.write);
    }

    void rejectsUnknownModeAndTtl()
    {
        QByteArray error;
        HttpHeaders mode;
        mode.append("x-bt-use-cache", "sometimes");
        QVERIFY(!CachePolicy::parseHeaders(mode, CacheMode::Auto, 60, &error));
        QVERIFY(error.contains("sometimes"));
        HttpHeaders ttl;
        ttl.append("x-bt-cache-ttl", "soon");
        QVERIFY(!CachePolicy::parseHeaders(ttl, CacheMode::Auto, 60, &error));
        QVERIFY(error.contains("x-bt-cache-ttl"));
    }

    void ttlIsClamped()
    {
        HttpHeaders h;
        h.append("x-bt-cache-ttl", "0");
        QCOMPARE(directives(h).ttlSeconds, CachePolicy::MinTtlSeconds);
        h.set("x-bt-cache-ttl", "99999999");
        QCOMPARE(directives(h).ttlSeconds, CachePolicy::MaxTtlSeconds);
        h.set("x-bt-cache-ttl", " 120 ");
        QCOMPARE(directives(h).ttlSeconds, 120);
        QCOMPARE(directives({}).ttlSeconds, CachePolicy::MaxTtlSeconds);
    }

    void cacheControl_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<bool>("read");
        QTest::addColumn<bool>("write");
        QTest::addColumn<qint64>("maxAge"); // -1: none
        QTest::newRow("none") << QByteArray() << true << true << qint64(-1);
        QTest::newRow("no-cache") << QByteArray("no-cache") << false << true << qint64(-1);
        QTest::newRow("max-age=0") << QByteArray("max-age=0") << false << true << qint64(-1);
        QTest::newRow("no-store") << QByteArray("no-store") << true << false << qint64(-1);
        QTest::newRow("both") << QByteArray("no-cache, no-store") << false << false << qint64(-1);
        QTest::newRow("max-age=30") << QByteArray("Max-Age=30") << true << true << qint64(30);
        QTest::newRow("malformed ignored") << QByteArray("max-age=x") << true << true << qint64(-1);
    }
    void cacheControl()
    {
        QFETCH(QByteArray, value);
        QFETCH(bool, read);
        QFETCH(bool, write);
        QFETCH(qint64, maxAge);
        HttpHeaders h;
        if (!value.isEmpty())
            h.append("Cache-Control", value);
        const auto d =
                CachePolicy::decide("POST", EndpointKind::Embeddings, directives(h), {}, true);
        QCOMPARE(d.read, read);
        QCOMPARE(d.write, write);
        QCOMPARE(d.maxAgeSeconds.value_or(-1), maxAge);
    }

    void canonicalFormIgnoresKeyOrderAndSpacing()
    {
        const QByteArray a = R"({"model":"m","messages":[{"role":"user","content":"hi"}],"n":1})";
        const QByteArray b =
                "{ \"n\" : 1,\n \"messages\": [ {\"content\":\"hi\", \"role\":\"user\"} "
                "],\"model\":\"m\" }";
        QCOMPARE(CanonicalJson::fromObject(object(a)), CanonicalJson::fromObject(object(b)));
        QCOMPARE(CanonicalJson::fromObject(object(a)),
                 QByteArray(R"({"messages":[{"content":"hi","role":"user"}],"model":"m","n":1})"));
        // Array order is meaning: it stays.
        QVERIFY(CanonicalJson::fromObject(object(R"({"a":[1,2]})"))
                != CanonicalJson::fromObject(object(R"({"a":[2,1]})")));
    }

    void keySeparatesCredentialsAndUrls()
    {
        HttpHeaders alice;
        alice.append("Authorization", "Bearer sk-alice");
        HttpHeaders bob;
        bob.append("Authorization", "Bearer sk-bob");
        const QByteArray body = "{}";
        const QByteArray url = "https://api.openai.com:443/v1/embeddings";
        const QByteArray a = CacheKey::compute(url, body, CacheKey::credentialHash(alice));
        QCOMPARE(a.size(), 32);
        QCOMPARE(a, CacheKey::compute(url, body, CacheKey::credentialHash(alice)));
        QVERIFY(a != CacheKey::compute(url, body, CacheKey::credentialHash(bob)));
        QVERIFY(a != CacheKey::compute(url, body, CacheKey::credentialHash({})));
        QVERIFY(a
                != CacheKey::compute("https://openrouter.ai:443/api/v1/embeddings", body,
                                     CacheKey::credentialHash(alice)));
        // Only a hash of the credential is ever kept.
        QVERIFY(!CacheKey::credentialHash(alice).contains("sk-alice"));
    }
};

QTEST_GUILESS_MAIN(TestCachePolicy)
#include "tst_cachepolicy.moc"
