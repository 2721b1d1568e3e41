#include "config/commandline.h"

#include <QTest>

namespace {

QStringList args(std::initializer_list<const char *> list)
{
    QStringList result;
    for (const char *a : list)
        result.append(QString::fromUtf8(a));
    return result;
}

CommandLine::Result parse(const QStringList &arguments, const QProcessEnvironment &env = {})
{
    return CommandLine::parse(QStringList {QStringLiteral("tokentap")} + arguments, env);
}

} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void defaults()
    {
        const auto r = parse(QStringList());
        QVERIFY(r.ok());
        QCOMPARE(r.options.action, CommandLineOptions::Action::RunGui);
        QCOMPARE(r.options.proxy.listenAddress, QHostAddress(QHostAddress::LocalHost));
        QCOMPARE(r.options.proxy.listenPort, quint16(8484));
        const Upstream *def = r.options.proxy.defaultTarget();
        QVERIFY(def);
        QCOMPARE(def->name, QStringLiteral("openai"));
        QCOMPARE(def->hostHeader, QByteArray("api.openai.com"));
        QVERIFY(r.options.proxy.upstream(QStringLiteral("anthropic")));
    }

    void fullHeadless()
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("TOKENTAP_UPSTREAM_KEY"), QStringLiteral("sk-default-1111"));
        env.insert(QStringLiteral("TOKENTAP_UPSTREAM_KEY_MY_LLM"), QStringLiteral("sk-named-2222"));
        const auto r = parse(args({"--headless",
                                   "--listen",
                                   "127.0.0.1:0",
                                   "--upstream",
                                   "http://127.0.0.1:9000/v1",
                                   "--upstream-name",
                                   "my-llm=https://llm.example.com/api/v1",
                                   "--header",
                                   "X-Team: platform",
                                   "--header",
                                   "X-Env:  dev ",
                                   "--data-dir",
                                   "/tmp/tt",
                                   "--connect-timeout",
                                   "2.5",
                                   "--first-byte-timeout",
                                   "60",
                                   "--max-body-size",
                                   "1",
                                   "--cache-mode",
                                   "Always"}),
                             env);
        QVERIFY2(r.ok(), qPrintable(r.error));
        const CommandLineOptions &o = r.options;
        QCOMPARE(o.action, CommandLineOptions::Action::RunHeadless);
        QCOMPARE(o.proxy.listenPort, quint16(0));
        QCOMPARE(o.proxy.defaultTarget()->hostHeader, QByteArray("127.0.0.1:9000"));
        QCOMPARE(o.proxy.defaultTarget()->apiKey, QByteArray("sk-default-1111"));
        const Upstream *named = o.proxy.upstream(QStringLiteral("my-llm"));
        QVERIFY(named);
        QCOMPARE(named->basePath, QByteArray("/api/v1"));
        QCOMPARE(named->apiKey, QByteArray("sk-named-2222"));
        QCOMPARE(o.proxy.injectedHeaders.value("X-Team"), QByteArray("platform"));
        QCOMPARE(o.proxy.injectedHeaders.value("X-Env"), QByteArray("dev"));
        QCOMPARE(o.dataDir, QStringLiteral("/tmp/tt"));
        QCOMPARE(o.proxy.connectTimeoutMs, 2500);
        QCOMPARE(o.proxy.firstByteTimeoutMs, 60000);
        QCOMPARE(o.proxy.maxRequestBodyBytes, qint64(1024 * 1024));
        QCOMPARE(o.cacheMode, std::optional<CacheMode>(CacheMode::Always));
    }

    void helpAndVersion()
    {
        QCOMPARE(parse(args({"--help"})).options.action, CommandLineOptions::Action::ShowHelp);
        QCOMPARE(parse(args({"--version"})).options.action,
                 CommandLineOptions::Action::ShowVersion);
        QVERIFY(CommandLine::helpText().contains(QLatin1String("--upstream-name")));
        QVERIFY(CommandLine::versionText().startsWith(QLatin1String("tokentap ")));
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("unknown option") << args({"--frobnicate"}) << QStringLiteral("frobnicate");
        QTest::newRow("cache mode")
                << args({"--cache-mode", "sometimes"}) << QStringLiteral("auto, always or never");
        QTest::newRow("missing value") << args({"--listen"}) << QStringLiteral("listen");
        QTest::newRow("listen no port")
                << args({"--listen", "127.0.0.1"}) << QStringLiteral("HOST:PORT");
        QTest::newRow("listen bad port")
                << args({"--listen", "127.0.0.1:99999"}) << QStringLiteral("port");
        QTest::newRow("listen hostname")
                << args({"--listen", "example.com:80"}) << QStringLiteral("IP address");
        QTest::newRow("listen public")
                << args({"--listen", "0.0.0.0:8484"}) << QStringLiteral("loopback");
        QTest::newRow("upstream scheme")
                << args({"--upstream", "ftp://x/v1"}) << QStringLiteral("http");
        QTest::newRow("upstream-name no =")
                << args({"--upstream-name", "x"}) << QStringLiteral("NAME=URL");
        QTest::newRow("upstream-name bad name")
                << args({"--upstream-name", "a b=http://x/v1"}) << QStringLiteral("name");
        QTest::newRow("header no colon")
                << args({"--header", "NoColon"}) << QStringLiteral("Name: value");
        QTest::newRow("header bad name")
                << args({"--header", "Bad Name: x"}) << QStringLiteral("field name");
        QTest::newRow("timeout") << args({"--connect-timeout", "-1"})
                                 << QStringLiteral("connect-timeout");
        QTest::newRow("body size")
                << args({"--max-body-size", "lots"}) << QStringLiteral("max-body-size");
        QTest::newRow("stray argument") << args({"serve"}) << QStringLiteral("serve");
    }
    void errors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, fragment);
        const auto r = parse(arguments);
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(fragment), qPrintable(r.error));
    }

    void subcommands()
    {
        auto r = parse(args({"export", "--format", "csv", "--filter", "model:gpt-4o", "-o",
                             "out.csv", "--data-dir", "/tmp/d"}));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.options.action, CommandLineOptions::Action::Export);
        QCOMPARE(r.options.exportFormat, QStringLiteral("csv"));
        QCOMPARE(r.options.filter, QStringLiteral("model:gpt-4o"));
        QCOMPARE(r.options.exportOutput, QStringLiteral("out.csv"));
        QCOMPARE(r.options.dataDir, QStringLiteral("/tmp/d"));

        r = parse(args({"reprice", "--filter", "since:2026-11-01"}));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.options.action, CommandLineOptions::Action::Reprice);
        QCOMPARE(r.options.filter, QStringLiteral("since:2026-11-01"));

        r = parse(args({"prices", "import", "--openrouter", "models.json"}));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.options.action, CommandLineOptions::Action::ImportPrices);
        QCOMPARE(r.options.priceFormat, QStringLiteral("openrouter"));
        QCOMPARE(r.options.priceFile, QStringLiteral("models.json"));

        r = parse(args({"export", "--help"}));
        QCOMPARE(r.options.action, CommandLineOptions::Action::ShowHelp);
        QCOMPARE(r.options.helpTopic, QStringLiteral("export"));
        QVERIFY(CommandLine::subcommandHelpText(r.options.helpTopic)
                        .contains(QLatin1String("--filter")));

        for (const QStringList &bad :
             {args({"export", "-o", "x"}), args({"export", "--format", "csv"}),
              args({"export", "--format", "csv", "-o", "x", "stray"}), args({"prices", "import"}),
              args({"prices", "import", "--litellm", "a", "--openrouter", "b"}),
              args({"prices", "export", "--litellm", "a"}), args({"reprice", "now"})}) {
            QVERIFY2(!parse(bad).ok(), qPrintable(bad.join(u' ')));
        }
    }

    void listenForms()
    {
        QHostAddress address;
        quint16 port = 1;
        QString error;
        QVERIFY(CommandLine::parseListen(QStringLiteral("[::1]:0"), &address, &port, &error));
        QCOMPARE(address, QHostAddress(QHostAddress::LocalHostIPv6));
        QCOMPARE(port, quint16(0));
        QVERIFY(CommandLine::parseListen(QStringLiteral("localhost:9000"), &address, &port,
                                         &error));
        QCOMPARE(address, QHostAddress(QHostAddress::LocalHost));
        QCOMPARE(port, quint16(9000));
    }

    void otlpDestination()
    {
        auto r = parse(
                args({"--headless", "--otlp-endpoint", "https://api.braintrust.dev/otel/v1/traces",
                      "--otlp-header", "Authorization: Bearer sk-bt-1", "--otlp-header",
                      "x-bt-parent: project_id:p-9", "--otlp-encoding", "json"}));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY(r.options.otlpDestination);
        const OtlpDestination &d = *r.options.otlpDestination;
        QCOMPARE(d.id, QStringLiteral("command-line"));
        QCOMPARE(d.endpoint, QUrl(QStringLiteral("https://api.braintrust.dev/otel/v1/traces")));
        QCOMPARE(d.encoding, OtlpDestination::Encoding::Json);
        QCOMPARE(d.headers.value("authorization"), QByteArray("Bearer sk-bt-1"));
        QCOMPARE(d.headers.value("x-bt-parent"), QByteArray("project_id:p-9"));
        QCOMPARE(d.preset, OtlpDestination::Preset::Braintrust);
        QVERIFY(d.gzip);
        QVERIFY(d.enabled);
        QString error;
        QVERIFY2(d.isValid(&error), qPrintable(error));

        // Defaults: protobuf; a bare origin gets the OTLP path; no gzip on this machine.
        r = parse(args({"--otlp-endpoint", "http://127.0.0.1:4318"}));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.options.otlpDestination->encoding, OtlpDestination::Encoding::Protobuf);
        QCOMPARE(r.options.otlpDestination->endpoint,
                 QUrl(QStringLiteral("http://127.0.0.1:4318/v1/traces")));
        QVERIFY(!r.options.otlpDestination->gzip);
        QVERIFY(!parse(QStringList()).options.otlpDestination);
    }

    void badOtlpOptions_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("encoding") << args(
                {"--otlp-endpoint", "http://127.0.0.1:4318", "--otlp-encoding", "grpc"})
                                  << QStringLiteral("--otlp-encoding expects proto or json");
        QTest::newRow("scheme") << args({"--otlp-endpoint", "ftp://collector/v1/traces"})
                                << QStringLiteral("--otlp-endpoint expects an http");
        QTest::newRow("not a URL") << args({"--otlp-endpoint", "collector"})
                                   << QStringLiteral("--otlp-endpoint expects an http");
        QTest::newRow("header") << args(
                {"--otlp-endpoint", "http://127.0.0.1:4318", "--otlp-header", "novalue"})
                                << QStringLiteral("--otlp-header expects 'Name: value'");
        QTest::newRow("header without endpoint")
                << args({"--otlp-header", "A: b"}) << QStringLiteral("need --otlp-endpoint");
        QTest::newRow("missing value")
                << args({"--otlp-endpoint"}) << QStringLiteral("otlp-endpoint");
    }
    void badOtlpOptions()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const auto r = parse(arguments);
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(message), qPrintable(r.error));
    }

    void exportOtlpJson()
    {
        const auto r = parse(args({"export", "--format", "otlp-json", "--filter", "model:gpt-4o*",
                                   "-o", "spans.json"}));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.options.exportFormat, QStringLiteral("otlp-json"));
        QCOMPARE(r.options.filter, QStringLiteral("model:gpt-4o*"));
        QVERIFY(CommandLine::exportHelpText().contains(QLatin1String("otlp-json")));
        QVERIFY(CommandLine::helpText().contains(QLatin1String("--otlp-endpoint")));
    }

    void exportJsonlOptionsAndImport()
    {
        auto parse = [](QStringList args) {
            args.prepend(QStringLiteral("tokentap"));
            return CommandLine::parse(args, QProcessEnvironment());
        };
        auto r = parse({QStringLiteral("export"), QStringLiteral("--format"),
                        QStringLiteral("jsonl"), QStringLiteral("--jsonl-format"),
                        QStringLiteral("anthropic"), QStringLiteral("--no-system"),
                        QStringLiteral("--model"), QStringLiteral("gpt-4o*"),
                        QStringLiteral("--model"), QStringLiteral("o4-mini"), QStringLiteral("-o"),
                        QStringLiteral("x.jsonl")});
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.options.fineTune.format, FineTuneExporter::Format::Anthropic);
        QVERIFY(r.options.fineTune.dropSystemPrompts);
        QCOMPARE(r.options.fineTune.models,
                 (QStringList {QStringLiteral("gpt-4o*"), QStringLiteral("o4-mini")}));
        r = parse({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("jsonl"),
                   QStringLiteral("--jsonl-format"), QStringLiteral("gemini"), QStringLiteral("-o"),
                   QStringLiteral("x")});
        QVERIFY(r.error.contains(QStringLiteral("--jsonl-format")));

        r = parse({QStringLiteral("import"), QStringLiteral("traffic.har"),
                   QStringLiteral("--data-dir"), QStringLiteral("/tmp/d")});
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.options.action, CommandLineOptions::Action::ImportHar);
        QCOMPARE(r.options.importFile, QStringLiteral("traffic.har"));
        QCOMPARE(r.options.dataDir, QStringLiteral("/tmp/d"));
        QVERIFY(!parse({QStringLiteral("import")}).ok());
        QVERIFY(!parse({QStringLiteral("import"), QStringLiteral("a.har"), QStringLiteral("b.har")})
                         .ok());
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
