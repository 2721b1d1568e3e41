#include "proxy/router.h"

#include <QTest>

Q_DECLARE_METATYPE(ProxyError::Kind)

namespace {

ProxyConfig config()
{
    ProxyConfig c;
    c.upstreams.append(*Upstream::fromUrl(QStringLiteral("openai"),
                                          QStringLiteral("https://api.openai.com/v1"), nullptr));
    c.upstreams.append(*Upstream::fromUrl(QStringLiteral("openrouter"),
                                          QStringLiteral("https://openrouter.ai/api/v1/"),
                                          nullptr));
    c.upstreams.append(*Upstream::fromUrl(QStringLiteral("local"),
                                          QStringLiteral("http://127.0.0.1:11434"), nullptr));
    c.defaultUpstream = QStringLiteral("openai");
    return c;
}

} // namespace

class TestRouter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void routes_data()
    {
        QTest::addColumn<QByteArray>("target");
        QTest::addColumn<QString>("upstream");
        QTest::addColumn<QByteArray>("upstreamTarget");

        QTest::newRow("default chat") << QByteArray("/v1/chat/completions") << "openai"
                                      << QByteArray("/v1/chat/completions");
        QTest::newRow("default with query")
                << QByteArray("/v1/models?limit=2") << "openai" << QByteArray("/v1/models?limit=2");
        QTest::newRow("bare v1") << QByteArray("/v1") << "openai" << QByteArray("/v1");
        QTest::newRow("named") << QByteArray("/openrouter/v1/chat/completions") << "openrouter"
                               << QByteArray("/api/v1/chat/completions");
        QTest::newRow("named query")
                << QByteArray("/openrouter/v1?x=1") << "openrouter" << QByteArray("/api/v1?x=1");
        QTest::newRow("no path means /v1")
                << QByteArray("/local/v1/embeddings") << "local" << QByteArray("/v1/embeddings");
        QTest::newRow("absolute form") << QByteArray("http://127.0.0.1:8484/v1/messages")
                                       << "openai" << QByteArray("/v1/messages");
        QTest::newRow("named upstream called like a path")
                << QByteArray("/openai/v1/responses") << "openai" << QByteArray("/v1/responses");
    }
    void routes()
    {
        QFETCH(QByteArray, target);
        QFETCH(QString, upstream);
        QFETCH(QByteArray, upstreamTarget);
        const ProxyConfig c = config();
        const Router router(c);
        const Router::Route route = router.route(target);
        QVERIFY2(route.ok(), route.error.message.constData());
        QCOMPARE(route.upstream->name, upstream);
        QCOMPARE(route.upstreamTarget, upstreamTarget);
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("target");
        QTest::addColumn<ProxyError::Kind>("kind");
        QTest::addColumn<int>("status");
        QTest::newRow("root") << QByteArray("/") << ProxyError::Kind::UnknownRoute << 404;
        QTest::newRow("v2") << QByteArray("/v2/chat") << ProxyError::Kind::UnknownRoute << 404;
        QTest::newRow("v1x") << QByteArray("/v1x/chat") << ProxyError::Kind::UnknownRoute << 404;
        QTest::newRow("unknown name")
                << QByteArray("/nope/v1/chat") << ProxyError::Kind::UnknownUpstream << 404;
        QTest::newRow("name without v1")
                << QByteArray("/openai/chat") << ProxyError::Kind::UnknownRoute << 404;
        QTest::newRow("asterisk") << QByteArray("*") << ProxyError::Kind::BadRequest << 400;
    }
    void errors()
    {
        QFETCH(QByteArray, target);
        QFETCH(ProxyError::Kind, kind);
        QFETCH(int, status);
        const ProxyConfig c = config();
        const Router router(c);
        const Router::Route route = router.route(target);
        QVERIFY(!route.ok());
        QCOMPARE(route.error.kind, kind);
        QCOMPARE(route.error.httpStatus(), status);
        QVERIFY(route.error.body().startsWith("{\"error\":{"));
    }

    void noDefaultUpstream()
    {
        ProxyConfig c;
        const Router router(c);
        const Router::Route route = router.route("/v1/chat/completions");
        QVERIFY(!route.ok());
        QCOMPARE(route.error.kind, ProxyError::Kind::UnknownUpstream);
    }

    void upstreamUrls_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QByteArray>("hostHeader");
        QTest::addColumn<QByteArray>("originKey");
        QTest::newRow("https") << "https://api.openai.com/v1" << true
                               << QByteArray("api.openai.com")
                               << QByteArray("https://api.openai.com:443");
        QTest::newRow("port") << "http://localhost:11434/v1" << true
                              << QByteArray("localhost:11434")
                              << QByteArray("http://localhost:11434");
        QTest::newRow("ipv6") << "http://[::1]:8000/v1" << true << QByteArray("[::1]:8000")
                              << QByteArray("http://[::1]:8000");
        QTest::newRow("ftp") << "ftp://x/v1" << false << QByteArray() << QByteArray();
        QTest::newRow("no host") << "https:///v1" << false << QByteArray() << QByteArray();
        QTest::newRow("query") << "https://x/v1?a=b" << false << QByteArray() << QByteArray();
        QTest::newRow("junk") << "not a url" << false << QByteArray() << QByteArray();
    }
    void upstreamUrls()
    {
        QFETCH(QString, url);
        QFETCH(bool, valid);
        QFETCH(QByteArray, hostHeader);
        QFETCH(QByteArray, originKey);
        QString error;
        const auto up = Upstream::fromUrl(QStringLiteral("x"), url, &error);
        QCOMPARE(up.has_value(), valid);
        QCOMPARE(error.isEmpty(), valid);
        if (valid) {
            QCOMPARE(up->hostHeader, hostHeader);
            QCOMPARE(up->originKey, originKey);
        }
    }
};

QTEST_GUILESS_MAIN(TestRouter)
#include "tst_router.moc"
