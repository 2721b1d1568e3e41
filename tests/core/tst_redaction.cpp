#include "trace/redaction.h"

#include <QTest>

class TestRedaction : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void values_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("bearer") << QByteArray("Bearer sk-proj-0123456789abcdefWXYZ")
                                << QByteArray("Bearer \xe2\x80\xa6WXYZ");
        QTest::newRow("bare key") << QByteArray("sk-ant-api03-secretsecret-9f3e")
                                  << QByteArray("\xe2\x80\xa6\x39\x66\x33\x65");
        QTest::newRow("short") << QByteArray("Bearer abc") << QByteArray("Bearer \xe2\x80\xa6");
        QTest::newRow("basic") << QByteArray("Basic dXNlcjpwYXNzd29yZA==")
                               << QByteArray("Basic \xe2\x80\xa6ZA==");
        // A first word that is no scheme may be the secret itself: all of it is cut.
        QTest::newRow("no scheme")
                << QByteArray("s3cr3tpw0rd more-secret-text") << QByteArray("\xe2\x80\xa6text");
    }
    void values()
    {
        QFETCH(QByteArray, value);
        QFETCH(QByteArray, expected);
        QCOMPARE(Redaction::redactValue(value), expected);
    }

    void urls()
    {
        QCOMPARE(Redaction::redactedUrl(
                         "https://generativelanguage.googleapis.com:443/v1beta/"
                         "openai/chat/completions?key=AIzaSyTOKENTAPSECRETabcd&alt=sse"),
                 QByteArray("https://generativelanguage.googleapis.com:443/v1beta/openai/chat/"
                            "completions?key=%E2%80%A6abcd&alt=sse"));
        QCOMPARE(Redaction::redactedUrl("http://h/v1/x?api_key=0123456789xyz9&access_token=abc"),
                 QByteArray("http://h/v1/x?api_key=%E2%80%A6xyz9&access_token=%E2%80%A6"));
        QCOMPARE(Redaction::redactedUrl("http://h/v1/chat/completions?api-version=2024"),
                 QByteArray("http://h/v1/chat/completions?api-version=2024"));
        QCOMPARE(Redaction::redactedUrl("http://h/v1/models"), QByteArray("http://h/v1/models"));
    }

    void headers()
    {
        HttpHeaders h;
        h.append("Authorization", "Bearer sk-proj-0123456789abcdefWXYZ");
        h.append("X-Api-Key", "sk-ant-0123456789-ABCD");
        h.append("api-key", "azure0123456789key");
        h.append("Cookie", "session=0123456789abcdef");
        h.append("Proxy-Authorization", "Basic dXNlcjpwYXNzd29yZA==");
        h.append("OpenRouter-Token", "or-0123456789");
        h.append("Content-Type", "application/json");
        h.append("x-tokentap-user", "alice");
        const QByteArray json = Redaction::headersToJson(h);
        for (const char *secret :
             {"sk-proj-0123456789abcdef", "sk-ant-0123456789", "azure0123456789",
              "session=0123456789", "dXNlcjpwYXNz", "or-0123456789"})
            QVERIFY2(!json.contains(secret), secret);
        QVERIFY(json.contains("WXYZ"));
        QVERIFY(json.contains("application/json"));
        QVERIFY(json.contains("alice"));
        QCOMPARE(Redaction::redacted(h).value("Content-Type"), QByteArray("application/json"));
        QVERIFY(Redaction::isSecretHeader("set-cookie"));
        QVERIFY(!Redaction::isSecretHeader("Content-Length"));
    }

    void cookiesKeepTheirNamesOnly()
    {
        HttpHeaders h;
        h.append("Cookie", "sid=s3cr3tpw; theme=dark-mode-long; flag");
        h.append("Set-Cookie", "__cf_bm=abc1234567890xyz; Path=/; HttpOnly");
        const HttpHeaders stored = Redaction::redacted(h);
        QCOMPARE(stored.value("cookie"),
                 QByteArray("sid=\xe2\x80\xa6; theme=\xe2\x80\xa6long; \xe2\x80\xa6"));
        QCOMPARE(stored.value("set-cookie"),
                 QByteArray("__cf_bm=\xe2\x80\xa6"
                            "0xyz; Path=/; HttpOnly"));
        const QByteArray json = Redaction::headersToJson(h);
        QVERIFY(!json.contains("s3cr3tpw"));
        QVERIFY(!json.contains("dark-mode"));
        QVERIFY(!json.contains("abc1234567"));
    }

    void gatewayCredentialHeaders()
    {
        for (const char *name : {"cf-aig-authorization", "Helicone-Auth", "apikey", "api_key",
                                 "x_access_token", "Portkey-Api-Key", "x-goog-api-key"})
            QVERIFY2(Redaction::isSecretHeader(name), name);
        for (const char *name : {"x-ratelimit-remaining-tokens", "Content-Type", "x-request-id",
                                 "openai-organization", "Author"})
            QVERIFY2(!Redaction::isSecretHeader(name), name);
    }

    void headersReadBackAsStored()
    {
        HttpHeaders headers;
        headers.append("Authorization", "Bearer sk-proj-abcdefghijklmnop1234");
        headers.append("Content-Type", "application/json");
        headers.append("X-Note", "caf\xc3\xa9");
        const HttpHeaders stored = Redaction::headersFromJson(Redaction::headersToJson(headers));
        QCOMPARE(stored.size(), 3);
        QCOMPARE(stored.fields().at(0).first, QByteArray("Authorization"));
        QCOMPARE(stored.value("authorization"),
                 QByteArray("Bearer \xe2\x80\xa6"
                            "1234"));
        QCOMPARE(stored.value("x-note"), QByteArray("caf\xc3\xa9"));
        QVERIFY(Redaction::headersFromJson("not json").isEmpty());
    }

    void headersWithAnyBytesStayValidJson()
    {
        // Latin-1 bytes, a quote, a backslash and a control character: the JSON stays valid
        // UTF-8 (a value that is no UTF-8 is read as Latin-1) and reads back.
        HttpHeaders headers;
        headers.append("X-Latin1", "caf\xe9");
        headers.append("X-Quote", "say \"hi\" \\ \x01");
        const QByteArray json = Redaction::headersToJson(headers);
        QVERIFY(QUtf8StringView(json).isValidUtf8());
        const HttpHeaders stored = Redaction::headersFromJson(json);
        QCOMPARE(stored.size(), 2);
        QCOMPARE(stored.value("x-latin1"), QByteArray("caf\xc3\xa9"));
        QCOMPARE(stored.value("x-quote"), QByteArray("say \"hi\" \\ \x01"));
    }
};

QTEST_GUILESS_MAIN(TestRedaction)
#include "tst_redaction.moc"
