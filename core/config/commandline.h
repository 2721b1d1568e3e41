#pragma once

#include "export/finetuneexporter.h"
#include "export/otlpdestination.h"
#include "proxy/proxyconfig.h"

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// What the command line asked for (PRODUCT.md §6).
struct CommandLineOptions
{
    enum class Action {
        RunGui,
        RunHeadless,
        ShowHelp,
        ShowVersion,
        Export,
        Reprice,
        ImportPrices,
        ImportHar
    };

    Action action = Action::RunGui;
    ProxyConfig proxy;
    QString dataDir; // empty: the platform's application data folder
    bool privacy = false; // --privacy: record metrics only
    std::optional<CacheMode> cacheMode; // --cache-mode: overrides the saved default mode
    // --otlp-endpoint, --otlp-header, --otlp-encoding: one OTLP destination for this run, next
    // to those of the settings file (id "command-line").
    std::optional<OtlpDestination> otlpDestination;
    QString helpTopic; // with ShowHelp: the subcommand whose help was asked for, if any
    // Proxy options given explicitly ("listen", "upstream", "upstream-name", "header",
    // "connect-timeout", "first-byte-timeout", "max-body-size"): they override the saved
    // settings for this run (CommandLine::overlay).
    QStringList givenProxyOptions;
    QStringList givenUpstreams; // names of the upstreams --upstream / --upstream-name define

    // tokentap export --format F [--filter EXPR] -o FILE
    QString exportFormat;
    QString filter;
    QString exportOutput;
    FineTuneExporter::Options fineTune; // --jsonl-format, --no-system, --model
    // tokentap import FILE.har
    QString importFile;
    // tokentap prices import --litellm FILE | --openrouter FILE
    QString priceFormat;
    QString priceFile;
};

// Parses arguments into options. Never exits: the caller prints `error` and exits with 2.
class CommandLine
{
public:
    struct Result
    {
        CommandLineOptions options;
        QString error; // empty on success
        bool ok() const { return error.isEmpty(); }
    };

    // `arguments` includes the program name first, as QCoreApplication::arguments().
    // Upstream keys come from the environment: TOKENTAP_UPSTREAM_KEY for the default upstream,
    // TOKENTAP_UPSTREAM_KEY_<NAME> (upper case, '-' and '.' as '_') for a named one.
    static Result
    parse(const QStringList &arguments,
          const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());
    static QString helpText();
    static QString exportHelpText();
    // Help of a subcommand ("export", "reprice", "prices").
    static QString subcommandHelpText(const QString &subcommand);
    static QString versionText();

    // The configuration to run with: `saved` (from the settings file) with what the command line
    // gave explicitly laid over it, upstream keys from the environment (TOKENTAP_UPSTREAM_KEY,
    // TOKENTAP_UPSTREAM_KEY_<NAME>) over stored ones, and TOKENTAP_ACCESS_TOKEN over the saved
    // access token.
    static ProxyConfig
    overlay(const CommandLineOptions &options, ProxyConfig saved,
            const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());

    // "127.0.0.1:8484", "[::1]:0", "localhost:9000". A non-loopback address only with
    // `allowRemote` (an access token is set).
    static bool parseListen(const QString &text, QHostAddress *address, quint16 *port,
                            QString *error, bool allowRemote = false);
    // "Name: value".
    static bool parseHeader(const QString &text, QByteArray *name, QByteArray *value,
                            QString *error);
    // --otlp-endpoint: an http(s) URL; a bare origin ("http://127.0.0.1:4318") gets the OTLP
    // default path /v1/traces, any other path is taken as the whole traces URL.
    static bool parseOtlpEndpoint(const QString &text, QUrl *url, QString *error);
    // Upstreams every installation knows by name: openai, anthropic, openrouter, braintrust,
    // ollama. The first, openai, is the default unless --upstream says otherwise.
    static QList<Upstream> builtinUpstreams();
};
