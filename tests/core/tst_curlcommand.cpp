// Copy as cURL: method, URL, headers as sent upstream, the body quoted for a POSIX shell, and
// credentials as shell variables (a trace only has their last 4 characters).

#include "export/curlcommand.h"

#include <QTest>

class TestCurlCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void formatsARecordedCall_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<QByteArray>("headers");
        QTest::addColumn<QString>("credentialLine");
        QTest::newRow("openai") << QStringLiteral("https://api.openai.com/v1/chat/completions")
                                << QStringLiteral("chat")
                                << QByteArray("[[\"Authorization\",\"Bearer …wxyz\"]]")
                                << QStringLiteral("-H 'Authorization: Bearer '\"$OPENAI_API_KEY\"");
        QTest::newRow("anthropic")
                << QStringLiteral("https://api.anthropic.com/v1/messages")
                << QStringLiteral("messages") << QByteArray("[[\"x-api-key\",\"…wxyz\"]]")
                << QStringLiteral("-H 'x-api-key: '\"$ANTHROPIC_API_KEY\"");
        QTest::newRow("openrouter")
                << QStringLiteral("https://openrouter.ai/api/v1/chat/completions")
                << QStringLiteral("chat") << QByteArray("[[\"authorization\",\"Bearer …wxyz\"]]")
                << QStringLiteral("-H 'authorization: Bearer '\"$OPENROUTER_API_KEY\"");
        QTest::newRow("local") << QStringLiteral("http://127.0.0.1:11434/v1/chat/completions")
                               << QStringLiteral("chat")
                               << QByteArray("[[\"Authorization\",\"Bearer …\"]]")
                               << QStringLiteral("-H 'Authorization: Bearer '\"$API_KEY\"");
    }
    void formatsARecordedCall()
    {
        QFETCH(QString, url);
        QFETCH(QString, endpoint);
        QFETCH(QByteArray, headers);
        QFETCH(QString, credentialLine);
        TraceRecord call;
        call.method = QStringLiteral("POST");
        call.url = url;
        call.endpoint = endpoint;
        call.requestHeadersJson = "[[\"Host\",\"example\"],[\"Content-Length\",\"42\"],"
                                  "[\"Content-Type\",\"application/json\"],"
                                  "[\"x-tokentap-user\",\"alice\"]]";
        call.requestHeadersJson =
                headers.left(headers.size() - 1) + ',' + call.requestHeadersJson.mid(1);
        call.requestBody = "{\"messages\":[{\"role\":\"user\",\"content\":\"it's\"}]}";
        const QString command = CurlCommand::format(call);
        const QStringList lines = command.split(QStringLiteral(" \\\n  "));
        QCOMPARE(lines.first(), QStringLiteral("curl"));
        QCOMPARE(lines.at(1), u'\'' + url + u'\'');
        QVERIFY2(lines.contains(credentialLine), qPrintable(command));
        QVERIFY(lines.contains(QStringLiteral("-H 'Content-Type: application/json'")));
        // Set by curl itself or TokenTap's own: not repeated.
        QVERIFY(!command.contains(QStringLiteral("Host:")));
        QVERIFY(!command.contains(QStringLiteral("Content-Length")));
        QVERIFY(!command.contains(QStringLiteral("x-tokentap")));
        QVERIFY(!command.contains(QStringLiteral("wxyz")));
        // The apostrophe survives single quoting.
        QCOMPARE(lines.last(),
                 QStringLiteral("--data-raw "
                                "'{\"messages\":[{\"role\":\"user\",\"content\":\"it'\\''s\"}]}'"));
    }

    void hostileHeaderNamesStayQuoted()
    {
        TraceRecord call;
        call.method = QStringLiteral("POST");
        call.url = QStringLiteral("https://api.openai.com/v1/chat/completions");
        // Names HTTP allows ("tchar" includes ` and $) and the redaction treats as secrets.
        call.requestHeadersJson = "[[\"x-`id`-key\",\"…abcd\"],[\"x-$(id)-token\",\"…\"],"
                                  "[\"Authorization\",\"Basic …abcd\"],[\"Cookie\",\"…\"],"
                                  "[\"x-note\",\"it's $(id)\"]]";
        const QStringList lines = CurlCommand::format(call).split(QStringLiteral(" \\\n  "));
        QVERIFY(lines.contains(QStringLiteral("-H 'x-`id`-key: '\"$OPENAI_API_KEY\"")));
        QVERIFY(lines.contains(QStringLiteral("-H 'x-$(id)-token: '\"$OPENAI_API_KEY\"")));
        QVERIFY(lines.contains(QStringLiteral("-H 'Authorization: Basic '\"$OPENAI_API_KEY\"")));
        QVERIFY(lines.contains(QStringLiteral("-H 'Cookie: '\"$COOKIE\"")));
        QVERIFY(lines.contains(QStringLiteral("-H 'x-note: it'\\''s $(id)'")));
    }

    void getStreamAndQueryKey()
    {
        TraceRecord get;
        get.method = QStringLiteral("GET");
        get.url = QStringLiteral(
                "https://generativelanguage.googleapis.com/v1/models?key=AIzaSECRET");
        const QString command = CurlCommand::format(get);
        QVERIFY2(!command.contains(QStringLiteral("SECRET")), qPrintable(command));
        QVERIFY(!command.contains(QStringLiteral("-X")));
        TraceRecord put = get;
        put.method = QStringLiteral("DELETE");
        put.stream = true;
        const QString deleting = CurlCommand::format(put);
        QVERIFY(deleting.contains(QStringLiteral("-X DELETE")));
        QVERIFY(deleting.contains(QStringLiteral("-N")));
    }
};

QTEST_GUILESS_MAIN(TestCurlCommand)
#include "tst_curlcommand.moc"
