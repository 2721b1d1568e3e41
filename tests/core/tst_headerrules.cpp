#include "proxy/headerrules.h"
#include "proxy/proxyconfig.h"

#include <QTest>

namespace {

Upstream upstream(const char *url, const QByteArray &key = {})
{
    Upstream up = *Upstream::fromUrl(QStringLiteral("u"), QLatin1String(url), nullptr);
    up.apiKey = key;
    return up;
}

HttpHeaders clientHeaders()
{
    HttpHeaders h;
    h.append("Host", "127.0.0.1:8484");
    h.append("Connection", "keep-alive, X-Hop");
    h.append("X-Hop", "secret hop");
    h.append("Keep-Alive", "timeout=5");
    h.append("Proxy-Authorization", "Basic abc");
    h.append("TE", "trailers");
    h.append("Upgrade", "h2c");
    h.append("Transfer-Encoding", "chunked");
    h.append("Expect", "100-continue");
    h.append("Content-Type", "application/json");
    h.append("Authorization", "Bearer sk-client-0000");
    h.append("x-tokentap-trace-id", "abc");
    h.append("X-TokenTap-User", "alice");
    h.append("x-bt-use-cache", "always");
    h.append("OpenAI-Beta", "assistants=v2");
    h.append("Accept-Encoding", "gzip");
    return h;
}

} // namespace

class TestHeaderRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void dropsHopByHopAndOwnHeaders()
    {
        const Upstream up = upstream("https://api.openai.com/v1");
        const ProxyConfig config;
        const HttpHeaders out =
                HeaderRules::forwardedRequestHeaders(clientHeaders(), up, config, 42);
        for (const char *gone : {"Connection", "X-Hop", "Keep-Alive", "Proxy-Authorization", "TE",
                                 "Upgrade", "Transfer-Encoding", "Expect", "x-tokentap-trace-id",
                                 "x-tokentap-user", "x-bt-use-cache"})
            QVERIFY2(!out.contains(gone), gone);
        QCOMPARE(out.value("host"), QByteArray("api.openai.com"));
        QCOMPARE(out.fields().first().first, QByteArray("Host"));
        QCOMPARE(out.value("Content-Length"), QByteArray("42"));
        QCOMPARE(out.value("Authorization"), QByteArray("Bearer sk-client-0000"));
        QCOMPARE(out.value("OpenAI-Beta"), QByteArray("assistants=v2"));
        QCOMPARE(out.value("Accept-Encoding"), QByteArray("gzip"));
        QCOMPARE(out.value("Content-Type"), QByteArray("application/json"));
    }

    void braintrustHeadersGoToBraintrust()
    {
        const Upstream up = upstream("https://api.braintrust.dev/v1/proxy");
        const ProxyConfig config;
        const HttpHeaders out =
                HeaderRules::forwardedRequestHeaders(clientHeaders(), up, config, 0);
        QCOMPARE(out.value("x-bt-use-cache"), QByteArray("always"));
        QVERIFY(!out.contains("x-tokentap-user"));

        ProxyConfig forced;
        forced.forwardBraintrustHeaders = true;
        const HttpHeaders forcedOut = HeaderRules::forwardedRequestHeaders(
                clientHeaders(), upstream("https://api.openai.com/v1"), forced, 0);
        QCOMPARE(forcedOut.value("x-bt-use-cache"), QByteArray("always"));
    }

    void storedKeyReplacesClientCredential_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QByteArray>("clientField");
        QTest::addColumn<QByteArray>("expectedField");
        QTest::addColumn<QByteArray>("expectedValue");
        QTest::newRow("openai bearer")
                << "https://api.openai.com/v1" << QByteArray("Authorization")
                << QByteArray("Authorization") << QByteArray("Bearer sk-stored-1234");
        QTest::newRow("anthropic x-api-key")
                << "https://api.anthropic.com/v1" << QByteArray("x-api-key")
                << QByteArray("x-api-key") << QByteArray("sk-stored-1234");
        QTest::newRow("anthropic without client key")
                << "https://api.anthropic.com/v1" << QByteArray() << QByteArray("x-api-key")
                << QByteArray("sk-stored-1234");
        QTest::newRow("client used x-api-key at an openai-style host")
                << "https://example.com/v1" << QByteArray("X-Api-Key") << QByteArray("x-api-key")
                << QByteArray("sk-stored-1234");
        QTest::newRow("azure api-key") << "https://r.openai.azure.com/openai" << QByteArray()
                                       << QByteArray("api-key") << QByteArray("sk-stored-1234");
    }
    void storedKeyReplacesClientCredential()
    {
        QFETCH(QString, url);
        QFETCH(QByteArray, clientField);
        QFETCH(QByteArray, expectedField);
        QFETCH(QByteArray, expectedValue);
        Upstream up = *Upstream::fromUrl(QStringLiteral("u"), url, nullptr);
        up.apiKey = "sk-stored-1234";
        HttpHeaders in;
        if (!clientField.isEmpty())
            in.append(clientField, "client-key-9999");
        const HttpHeaders out = HeaderRules::forwardedRequestHeaders(in, up, ProxyConfig(), 0);
        QCOMPARE(out.value(expectedField), expectedValue);
        for (const auto &[name, value] : out.fields())
            QVERIFY2(!value.contains("client-key"), name.constData());
        int credentials = 0;
        for (const auto &[name, value] : out.fields())
            credentials += HeaderRules::isCredential(name) ? 1 : 0;
        QCOMPARE(credentials, 1);
    }

    void configuredHeadersAreSet()
    {
        ProxyConfig config;
        config.injectedHeaders.append("HTTP-Referer", "https://tokentap.local");
        config.injectedHeaders.append("OpenAI-Beta", "override");
        Upstream up = upstream("https://openrouter.ai/api/v1");
        up.extraHeaders.append("X-Title", "TokenTap");
        const HttpHeaders out =
                HeaderRules::forwardedRequestHeaders(clientHeaders(), up, config, 0);
        QCOMPARE(out.value("HTTP-Referer"), QByteArray("https://tokentap.local"));
        QCOMPARE(out.values("OpenAI-Beta"), QList<QByteArray> {"override"});
        QCOMPARE(out.value("X-Title"), QByteArray("TokenTap"));
        QCOMPARE(out.value("Host"), QByteArray("openrouter.ai"));
    }

    void getWithoutBodyHasNoContentLength()
    {
        HttpHeaders in;
        in.append("Host", "x");
        const HttpHeaders out = HeaderRules::forwardedRequestHeaders(
                in, upstream("http://127.0.0.1:9/v1"), ProxyConfig(), 0);
        QVERIFY(!out.contains("Content-Length"));
        QCOMPARE(out.value("Host"), QByteArray("127.0.0.1:9"));
    }

    void responseHeaders()
    {
        HttpHeaders in;
        in.append("Content-Type", "text/event-stream");
        in.append("Transfer-Encoding", "chunked");
        in.append("Connection", "keep-alive");
        in.append("Keep-Alive", "timeout=5");
        in.append("Content-Length", "10");
        in.append("Retry-After", "7");
        in.append("x-ratelimit-remaining-requests", "99");
        const HttpHeaders out = HeaderRules::relayedResponseHeaders(in);
        QCOMPARE(out.size(), 3);
        QCOMPARE(out.value("retry-after"), QByteArray("7"));
        QCOMPARE(out.value("x-ratelimit-remaining-requests"), QByteArray("99"));
    }
};

QTEST_GUILESS_MAIN(TestHeaderRules)
#include "tst_headerrules.moc"
