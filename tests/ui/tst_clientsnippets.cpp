// The "Connect a client" snippets: the live base URL in every one, Anthropic's URL without
// /v1, extra headers and the access token, and values quoted for the shell and for code.

#include "clientsnippets.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

ClientSnippet snippet(const QList<ClientSnippet> &snippets, const QString &id)
{
    for (const ClientSnippet &s : snippets) {
        if (s.id == id)
            return s;
    }
    return {};
}

QString q(const char *text)
{
    return QString::fromUtf8(text);
}

} // namespace

class TestClientSnippets : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everySnippetHasIdTitleLanguageAndText()
    {
        const QList<ClientSnippet> snippets = ClientSnippets::all(q("http://127.0.0.1:8484/v1"));
        QStringList ids;
        for (const ClientSnippet &s : snippets) {
            QVERIFY(!s.title.isEmpty());
            QVERIFY(!s.language.isEmpty());
            QVERIFY(!s.text.isEmpty());
            ids << s.id;
        }
        QCOMPARE(ids,
                 QStringList({q("env"), q("openai-python"), q("openai-node"), q("anthropic-python"),
                              q("curl"), q("roo-cline")}));
    }

    void clientBaseUrl_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("client");
        QTest::addColumn<QString>("anthropic");
        QTest::newRow("client url")
                << q("http://127.0.0.1:8484/v1") << q("http://127.0.0.1:8484/v1")
                << q("http://127.0.0.1:8484/anthropic");
        QTest::newRow("proxy root") << q("http://127.0.0.1:9001") << q("http://127.0.0.1:9001/v1")
                                    << q("http://127.0.0.1:9001/anthropic");
        QTest::newRow("trailing slash")
                << q("http://127.0.0.1:8484/v1/") << q("http://127.0.0.1:8484/v1")
                << q("http://127.0.0.1:8484/anthropic");
        QTest::newRow("named upstream")
                << q("http://127.0.0.1:8484/anthropic/v1")
                << q("http://127.0.0.1:8484/anthropic/v1") << q("http://127.0.0.1:8484/anthropic");
        QTest::newRow("empty") << QString() << q("http://127.0.0.1:8484/v1")
                               << q("http://127.0.0.1:8484/anthropic");
    }

    void clientBaseUrl()
    {
        QFETCH(QString, input);
        QFETCH(QString, client);
        QFETCH(QString, anthropic);
        QCOMPARE(ClientSnippets::clientBaseUrl(input), client);
        QCOMPARE(ClientSnippets::anthropicBaseUrl(input), anthropic);
    }

    void snippetsShowTheLivePort()
    {
        const QList<ClientSnippet> snippets = ClientSnippets::all(q("http://127.0.0.1:9123/v1"));
        for (const ClientSnippet &s : snippets) {
            QVERIFY2(s.text.contains(q("127.0.0.1:9123")), qPrintable(s.id));
            QVERIFY2(!s.text.contains(q("8484")), qPrintable(s.id));
        }
        QVERIFY(snippet(snippets, q("env"))
                        .text.contains(q("export OPENAI_BASE_URL=http://127.0.0.1:9123/v1\n")));
        QVERIFY(snippet(snippets, q("openai-python"))
                        .text.contains(q("base_url=\"http://127.0.0.1:9123/v1\"")));
        QVERIFY(snippet(snippets, q("openai-node"))
                        .text.contains(q("baseURL: \"http://127.0.0.1:9123/v1\"")));
        QVERIFY(snippet(snippets, q("curl"))
                        .text.startsWith(q("curl http://127.0.0.1:9123/v1/chat/completions")));
        QVERIFY(snippet(snippets, q("roo-cline"))
                        .text.contains(q("Base URL: http://127.0.0.1:9123/v1\n")));
        QVERIFY(snippet(snippets, q("roo-cline")).text.contains(q("OpenAI Compatible")));
    }

    // The Anthropic SDKs post to baseURL + "/v1/messages" (tests/sdk/node_modules/@anthropic-ai/
    // sdk/client.js): a base URL ending in /v1 would reach /v1/v1/messages.
    void anthropicBaseUrlHasNoV1()
    {
        const QList<ClientSnippet> snippets = ClientSnippets::all(q("http://127.0.0.1:8484/v1"));
        const QString env = snippet(snippets, q("env")).text;
        // Through the built-in "anthropic" upstream: the default route goes to OpenAI.
        QVERIFY2(env.contains(q("export ANTHROPIC_BASE_URL=http://127.0.0.1:8484/anthropic\n")),
                 qPrintable(env));
        const QString python = snippet(snippets, q("anthropic-python")).text;
        QVERIFY2(python.contains(q("base_url=\"http://127.0.0.1:8484/anthropic\",")),
                 qPrintable(python));

        const QString named = snippet(ClientSnippets::all(q("http://127.0.0.1:8484/anthropic/v1")),
                                      q("anthropic-python"))
                                      .text;
        QVERIFY2(named.contains(q("base_url=\"http://127.0.0.1:8484/anthropic\",")),
                 qPrintable(named));
    }

    void withoutHeadersNoHeaderCode()
    {
        const QList<ClientSnippet> snippets = ClientSnippets::all(q("http://127.0.0.1:8484/v1"));
        QVERIFY(!snippet(snippets, q("openai-python")).text.contains(q("default_headers")));
        QVERIFY(!snippet(snippets, q("openai-node")).text.contains(q("defaultHeaders")));
        QVERIFY(!snippet(snippets, q("env")).text.contains(q("CUSTOM_HEADERS")));
        QVERIFY(!snippet(snippets, q("curl")).text.contains(q("x-tokentap-key")));
    }

    void headersAndTokenInEverySnippet()
    {
        const ClientSnippets::Headers headers {{q("x-bt-use-cache"), q("auto")}};
        const QList<ClientSnippet> snippets =
                ClientSnippets::all(q("http://127.0.0.1:8484/v1"), headers, q("s3cret-T0ken"));
        for (const ClientSnippet &s : snippets) {
            QVERIFY2(s.text.contains(q("x-bt-use-cache")), qPrintable(s.id));
            QVERIFY2(s.text.contains(q("x-tokentap-key")), qPrintable(s.id));
            QVERIFY2(s.text.contains(q("s3cret-T0ken")), qPrintable(s.id));
        }
        QVERIFY(snippet(snippets, q("openai-python"))
                        .text.contains(q("        \"x-bt-use-cache\": \"auto\",\n"
                                         "        \"x-tokentap-key\": \"s3cret-T0ken\",\n")));
        QVERIFY(snippet(snippets, q("openai-node"))
                        .text.contains(q("    \"x-tokentap-key\": \"s3cret-T0ken\",\n")));
        QVERIFY(snippet(snippets, q("curl")).text.contains(q("-H 'x-bt-use-cache: auto'")));
        QVERIFY(snippet(snippets, q("curl")).text.contains(q("-H 'x-tokentap-key: s3cret-T0ken'")));
        // The SDKs' *_CUSTOM_HEADERS variables take one "Name: value" per line.
        QVERIFY(snippet(snippets, q("env"))
                        .text.contains(q("export OPENAI_CUSTOM_HEADERS='x-bt-use-cache: auto\n"
                                         "x-tokentap-key: s3cret-T0ken'\n")));
        QVERIFY(snippet(snippets, q("roo-cline")).text.contains(q("    x-bt-use-cache: auto\n")));
    }

    void tokenReplacesAHeaderOfTheSameName()
    {
        const ClientSnippets::Headers headers {{q("X-TokenTap-Key"), q("old")}, {q(" "), q("x")}};
        const ClientSnippets::Headers effective =
                ClientSnippets::effectiveHeaders(headers, q("new"));
        QCOMPARE(effective.size(), 1);
        QCOMPARE(effective.at(0).first, q("x-tokentap-key"));
        QCOMPARE(effective.at(0).second, q("new"));
        // Without a token the header given is kept as it is.
        QCOMPARE(ClientSnippets::effectiveHeaders(headers, {}).size(), 1);
    }

    void shellQuote_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("quoted");
        QTest::newRow("url") << q("http://127.0.0.1:8484/v1") << q("http://127.0.0.1:8484/v1");
        QTest::newRow("space") << q("x-bt-use-cache: auto") << q("'x-bt-use-cache: auto'");
        QTest::newRow("single quote") << q("it's") << q("'it'\\''s'");
        QTest::newRow("double quote") << q("say \"hi\"") << q("'say \"hi\"'");
        QTest::newRow("dollar") << q("$HOME") << q("'$HOME'");
        QTest::newRow("empty") << QString() << q("''");
    }

    void shellQuote()
    {
        QFETCH(QString, value);
        QFETCH(QString, quoted);
        QCOMPARE(ClientSnippets::shellQuote(value), quoted);
    }

    // What the shell makes of a quoted word is the value itself.
    void shellQuoteRoundTripsThroughSh()
    {
        const QString sh = QStandardPaths::findExecutable(q("sh"));
        if (sh.isEmpty())
            QSKIP("no sh");
        const QString value = q("a b'c\"d $HOME `x` \\ \nnext");
        QProcess process;
        process.start(sh, {q("-c"), q("printf %s ") + ClientSnippets::shellQuote(value)});
        QVERIFY(process.waitForFinished());
        QCOMPARE(QString::fromUtf8(process.readAllStandardOutput()), value);
    }

    // Quoting checked by the real interpreters, with a header value full of quotes.
    void snippetsParseInTheirLanguage()
    {
        const ClientSnippets::Headers headers {{q("x-tokentap-meta-note"), q("Bob's \"test\" $x")}};
        const QList<ClientSnippet> snippets =
                ClientSnippets::all(q("http://127.0.0.1:8484/v1"), headers, q("tok en"));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        int checked = 0;
        for (const ClientSnippet &s : snippets) {
            QString program;
            QStringList arguments;
            QString suffix;
            if (s.language == q("shell")) {
                program = q("sh");
                arguments << q("-n");
                suffix = q(".sh");
            } else if (s.language == q("python")) {
                program = q("python3");
                arguments << q("-c") << q("import ast, sys; ast.parse(open(sys.argv[1]).read())");
                suffix = q(".py");
            } else if (s.language == q("javascript")) {
                program = q("node");
                arguments << q("--check");
                suffix = q(".mjs");
            } else {
                continue;
            }
            if (QStandardPaths::findExecutable(program).isEmpty()) {
                qWarning("%s not found: %s not checked", qPrintable(program), qPrintable(s.id));
                continue;
            }
            const QString path = dir.filePath(s.id + suffix);
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(s.text.toUtf8());
            file.close();
            QProcess process;
            process.start(program, arguments << path);
            QVERIFY(process.waitForFinished(30'000));
            QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
                     qPrintable(s.id + u'\n' + QString::fromUtf8(process.readAllStandardError())
                                + u'\n' + s.text));
            ++checked;
        }
        if (checked == 0)
            QSKIP("no interpreter found");
    }

    // Sourcing the environment snippet sets exactly the values meant, newlines included.
    void environmentSnippetSetsTheValues()
    {
        const QString sh = QStandardPaths::findExecutable(q("sh"));
        if (sh.isEmpty())
            QSKIP("no sh");
        const ClientSnippets::Headers headers {{q("x-bt-use-cache"), q("auto")}};
        const ClientSnippet env = snippet(
                ClientSnippets::all(q("http://127.0.0.1:8484/v1"), headers, q("it's")), q("env"));
        QProcess process;
        process.start(sh,
                      {q("-c"),
                       env.text
                               + q("printf '%s|%s|%s' \"$OPENAI_BASE_URL\" "
                                   "\"$ANTHROPIC_BASE_URL\" "
                                   "\"$OPENAI_CUSTOM_HEADERS\"")});
        QVERIFY(process.waitForFinished());
        QCOMPARE(QString::fromUtf8(process.readAllStandardOutput()),
                 q("http://127.0.0.1:8484/v1|http://127.0.0.1:8484/anthropic|x-bt-use-cache: auto\n"
                   "x-tokentap-key: it's"));
    }

    void stringLiteral_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("literal");
        QTest::newRow("plain") << q("auto") << q("\"auto\"");
        QTest::newRow("quotes") << q("say \"hi\"") << q("\"say \\\"hi\\\"\"");
        QTest::newRow("backslash") << q("a\\b") << q("\"a\\\\b\"");
        QTest::newRow("newline") << q("a\nb") << q("\"a\\nb\"");
        QTest::newRow("control") << q("a\x01") << q("\"a\\u0001\"");
        QTest::newRow("single quote") << q("it's") << q("\"it's\"");
    }

    void stringLiteral()
    {
        QFETCH(QString, value);
        QFETCH(QString, literal);
        QCOMPARE(ClientSnippets::stringLiteral(value), literal);
    }

    void headerValuesWithSpacesAndQuotesAreQuoted()
    {
        const ClientSnippets::Headers headers {
                {q("x-tokentap-meta-note"), q("Bob's \"test\" run")}};
        const QList<ClientSnippet> snippets =
                ClientSnippets::all(q("http://127.0.0.1:8484/v1"), headers);
        const QString curl = snippet(snippets, q("curl")).text;
        QVERIFY2(curl.contains(q("-H 'x-tokentap-meta-note: Bob'\\''s \"test\" run'")),
                 qPrintable(curl));
        const QString python = snippet(snippets, q("openai-python")).text;
        QVERIFY2(python.contains(q("\"x-tokentap-meta-note\": \"Bob's \\\"test\\\" run\"")),
                 qPrintable(python));
        const QString node = snippet(snippets, q("openai-node")).text;
        QVERIFY(node.contains(q("\"x-tokentap-meta-note\": \"Bob's \\\"test\\\" run\"")));
    }
};

QTEST_GUILESS_MAIN(TestClientSnippets)
#include "tst_clientsnippets.moc"
