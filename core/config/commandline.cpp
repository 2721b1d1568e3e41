#include "commandline.h"

#include "upstreamsettings.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>

namespace {

// The command line speaks English, whatever the locale (scripts read it, bug reports quote it):
// its texts are not in the catalogues. They are written before the application object, and its
// translators, exist anyway.
QCommandLineOption option(const QStringList &names, const char *description,
                          const QString &valueName = {})
{
    return QCommandLineOption(names, QString::fromUtf8(description), valueName);
}

struct Options
{
    QCommandLineOption headless =
            option({QStringLiteral("headless")}, "Run the proxy without a window.");
    QCommandLineOption listen = option({QStringLiteral("listen")},
                                       "Listen on HOST:PORT (default 127.0.0.1:8484; port 0 "
                                       "picks a free one).",
                                       QStringLiteral("HOST:PORT"));
    QCommandLineOption upstream = option({QStringLiteral("upstream")},
                                         "Default upstream base URL, where /v1/... goes (default "
                                         "https://api.openai.com/v1).",
                                         QStringLiteral("URL"));
    QCommandLineOption upstreamName = option({QStringLiteral("upstream-name")},
                                             "A named upstream, reached at /NAME/v1/... "
                                             "(repeatable).",
                                             QStringLiteral("NAME=URL"));
    QCommandLineOption header =
            option({QStringLiteral("header")}, "A header set on every forwarded call (repeatable).",
                   QStringLiteral("'Name: value'"));
    QCommandLineOption dataDir =
            option({QStringLiteral("data-dir")}, "Folder for traces, cache and settings.",
                   QStringLiteral("DIR"));
    QCommandLineOption connectTimeout = option({QStringLiteral("connect-timeout")},
                                               "Seconds to connect to an upstream before "
                                               "answering 504 (default 10).",
                                               QStringLiteral("SECONDS"));
    QCommandLineOption firstByteTimeout = option({QStringLiteral("first-byte-timeout")},
                                                 "Seconds to wait for an upstream's first "
                                                 "response byte before answering 504 (default "
                                                 "300).",
                                                 QStringLiteral("SECONDS"));
    QCommandLineOption maxBody =
            option({QStringLiteral("max-body-size")},
                   "Largest request body accepted, in MiB (default 64).", QStringLiteral("MIB"));
    QCommandLineOption caFile = option({QStringLiteral("ca-file")},
                                       "PEM file of extra certificate authorities to trust for "
                                       "HTTPS upstreams.",
                                       QStringLiteral("FILE"));
    QCommandLineOption noTrace =
            option({QStringLiteral("no-trace")}, "Record nothing: proxy only.");
    QCommandLineOption privacy =
            option({QStringLiteral("privacy")}, "Record metrics only: no bodies, no message text.");
    QCommandLineOption cacheMode = option({QStringLiteral("cache-mode")},
                                          "Cache mode for calls without x-bt-use-cache: auto "
                                          "(deterministic calls), always or never (default: the "
                                          "saved setting, itself auto).",
                                          QStringLiteral("MODE"));
    QCommandLineOption otlpEndpoint = option({QStringLiteral("otlp-endpoint")},
                                             "Also export every recorded call as an "
                                             "OpenTelemetry span to this OTLP/HTTP traces URL "
                                             "(a bare http://HOST:PORT gets /v1/traces).",
                                             QStringLiteral("URL"));
    QCommandLineOption otlpHeader = option({QStringLiteral("otlp-header")},
                                           "A header sent with every OTLP export, e.g. "
                                           "'Authorization: Bearer KEY' (repeatable).",
                                           QStringLiteral("'Name: value'"));
    QCommandLineOption otlpEncoding =
            option({QStringLiteral("otlp-encoding")},
                   "OTLP body encoding: proto (default) or json.", QStringLiteral("ENCODING"));
    QCommandLineOption version =
            option({QStringLiteral("version"), QStringLiteral("v")}, "Print the version and exit.");
    QCommandLineOption help =
            option({QStringLiteral("help"), QStringLiteral("h")}, "Print this help and exit.");

    void addTo(QCommandLineParser &parser) const
    {
        parser.addOptions({headless, listen, upstream, upstreamName, header, dataDir,
                           connectTimeout, firstByteTimeout, maxBody, caFile, noTrace, privacy,
                           cacheMode, otlpEndpoint, otlpHeader, otlpEncoding, version, help});
    }
};

QString keyVariable(const QString &upstreamName)
{
    QString suffix = upstreamName.toUpper();
    suffix.replace(u'-', u'_').replace(u'.', u'_');
    return QStringLiteral("TOKENTAP_UPSTREAM_KEY_") + suffix;
}

bool parsePositiveNumber(const QString &text, double max, double *out)
{
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || !(value > 0) || value > max)
        return false;
    *out = value;
    return true;
}

} // namespace

// Keys from the environment replace stored ones; an unset variable leaves a stored key alone.
// The unqualified TOKENTAP_UPSTREAM_KEY belongs to `defaultName`, the default as the command line
// has it (--upstream, else openai): never to whatever the settings make the default later, which
// would hand the key to another host.
static void applyEnvironmentKeys(ProxyConfig &proxy, const QString &defaultName,
                                 const QProcessEnvironment &environment)
{
    for (Upstream &up : proxy.upstreams) {
        const QString variable = up.name == defaultName ? QStringLiteral("TOKENTAP_UPSTREAM_KEY")
                                                        : keyVariable(up.name);
        QString key = environment.value(variable);
        if (key.isEmpty() && up.name == defaultName)
            key = environment.value(keyVariable(up.name));
        key = key.trimmed();
        if (!key.isEmpty())
            up.apiKey = key.toUtf8();
    }
}

ProxyConfig CommandLine::overlay(const CommandLineOptions &options, ProxyConfig saved,
                                 const QProcessEnvironment &environment)
{
    const ProxyConfig &given = options.proxy;
    const auto isGiven = [&](const char *name) {
        return options.givenProxyOptions.contains(QLatin1String(name));
    };
    if (isGiven("listen")) {
        saved.listenAddress = given.listenAddress;
        saved.listenPort = given.listenPort;
    }
    for (const QString &name : options.givenUpstreams) {
        const Upstream *up = given.upstream(name);
        if (!up)
            continue;
        Upstream copy = *up;
        copy.apiKey.clear(); // the environment's, below, or none
        bool replaced = false;
        for (Upstream &existing : saved.upstreams) {
            if (existing.name == name) {
                copy.extraHeaders = existing.extraHeaders;
                existing = copy;
                replaced = true;
            }
        }
        if (!replaced)
            saved.upstreams.append(copy);
    }
    if (isGiven("upstream"))
        saved.defaultUpstream = given.defaultUpstream;
    applyEnvironmentKeys(saved, given.defaultUpstream, environment);
    if (isGiven("header")) {
        for (const auto &[name, value] : given.injectedHeaders.fields())
            saved.injectedHeaders.set(name, value);
    }
    if (isGiven("connect-timeout"))
        saved.connectTimeoutMs = given.connectTimeoutMs;
    if (isGiven("first-byte-timeout"))
        saved.firstByteTimeoutMs = given.firstByteTimeoutMs;
    if (isGiven("max-body-size"))
        saved.maxRequestBodyBytes = given.maxRequestBodyBytes;
    if (!given.accessToken.isEmpty())
        saved.accessToken = given.accessToken;
    saved.extraCaFile = given.extraCaFile;
    saved.tracing = saved.tracing && given.tracing;
    return saved;
}

QList<Upstream> CommandLine::builtinUpstreams()
{
    ProxyConfig config;
    QString error;
    UpstreamSettings::builtin().applyTo(config, &error);
    return config.upstreams;
}

bool CommandLine::parseListen(const QString &text, QHostAddress *address, quint16 *port,
                              QString *error, bool allowRemote)
{
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon <= 0) {
        *error = QStringLiteral("--listen expects HOST:PORT, got '%1'").arg(text);
        return false;
    }
    QString host = text.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const uint portValue = text.mid(colon + 1).toUInt(&ok);
    if (!ok || portValue > 65535) {
        *error = QStringLiteral("--listen: '%1' is not a port number (0 to 65535)")
                         .arg(text.mid(colon + 1));
        return false;
    }
    QHostAddress parsed;
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        parsed = QHostAddress(QHostAddress::LocalHost);
    else if (!parsed.setAddress(host)) {
        *error = QStringLiteral("--listen: '%1' is not an IP address").arg(host);
        return false;
    }
    if (!parsed.isLoopback() && !allowRemote) {
        *error = QStringLiteral(
                         "--listen: %1 is not a loopback address; TokenTap injects API keys, so "
                         "listening beyond 127.0.0.1, ::1 or localhost needs an access token of at "
                         "least 16 characters in TOKENTAP_ACCESS_TOKEN, which clients then send as "
                         "x-tokentap-key")
                         .arg(host);
        return false;
    }
    *address = parsed;
    *port = quint16(portValue);
    return true;
}

bool CommandLine::parseHeader(const QString &text, QByteArray *name, QByteArray *value,
                              QString *error)
{
    static const QRegularExpression token(QStringLiteral("^[!#$%&'*+.^_`|~0-9A-Za-z-]+$"));
    const qsizetype colon = text.indexOf(u':');
    const QString n = colon > 0 ? text.left(colon).trimmed() : QString();
    const QString v = colon > 0 ? text.mid(colon + 1).trimmed() : QString();
    if (n.isEmpty() || !token.match(n).hasMatch()) {
        *error = QStringLiteral("--header expects 'Name: value' with a valid field name, got '%1'")
                         .arg(text);
        return false;
    }
    if (v.contains(u'\r') || v.contains(u'\n') || v.contains(QChar(0))) {
        *error = QStringLiteral("--header '%1': the value must not contain line breaks").arg(n);
        return false;
    }
    *name = n.toLatin1();
    *value = v.toUtf8();
    return true;
}

bool CommandLine::parseOtlpEndpoint(const QString &text, QUrl *url, QString *error)
{
    QUrl parsed(text.trimmed(), QUrl::StrictMode);
    if (!parsed.isValid() || parsed.host().isEmpty()
        || (parsed.scheme() != QLatin1String("http")
            && parsed.scheme() != QLatin1String("https"))) {
        *error = QStringLiteral("--otlp-endpoint expects an http:// or https:// URL, got '%1'")
                         .arg(text);
        return false;
    }
    if (parsed.path().isEmpty() || parsed.path() == QLatin1String("/"))
        parsed.setPath(QStringLiteral("/v1/traces"));
    *url = parsed;
    return true;
}

namespace {

struct ExportOptions
{
    QCommandLineOption format = option({QStringLiteral("format")},
                                       "Output format: jsonl (fine-tuning examples), har "
                                       "(HAR 1.2), csv (usage) or otlp-json (one OTLP/JSON "
                                       "ExportTraceServiceRequest).",
                                       QStringLiteral("FORMAT"));
    QCommandLineOption jsonlFormat = option({QStringLiteral("jsonl-format")},
                                            "jsonl: openai (chat fine-tuning, the default) or "
                                            "anthropic (Messages shape).",
                                            QStringLiteral("SHAPE"));
    QCommandLineOption noSystem =
            option({QStringLiteral("no-system")}, "jsonl: leave system prompts out.");
    QCommandLineOption model =
            option({QStringLiteral("model")}, "jsonl: only calls of this model (glob; repeatable).",
                   QStringLiteral("MODEL"));
    QCommandLineOption dataDir = option({QStringLiteral("data-dir")},
                                        "Folder holding traces.sqlite.", QStringLiteral("DIR"));
    QCommandLineOption filter = option({QStringLiteral("filter")},
                                       "Only calls matching this filter (the trace browser's "
                                       "language, e.g. 'model:gpt-4o* status:200'; "
                                       "repeatable, each one applies).",
                                       QStringLiteral("EXPR"));
    QCommandLineOption output =
            option({QStringLiteral("o"), QStringLiteral("output")},
                   "The file to write ('-': standard output).", QStringLiteral("FILE"));
    QCommandLineOption help =
            option({QStringLiteral("help"), QStringLiteral("h")}, "Print this help and exit.");

    void addTo(QCommandLineParser &parser) const
    {
        parser.addOptions({format, dataDir, filter, output, jsonlFormat, noSystem, model, help});
    }
};

} // namespace

namespace {

// Parses `arguments` (a subcommand's name already removed); refuses stray words unless the
// caller takes positional arguments.
bool parseInto(QCommandLineParser &parser, const QStringList &arguments, bool positional,
               QString *error)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return false;
    }
    if (!positional && !parser.positionalArguments().isEmpty()) {
        *error = QStringLiteral("unexpected argument '%1'")
                         .arg(parser.positionalArguments().first());
        return false;
    }
    return true;
}

QStringList withoutSubcommand(QStringList arguments)
{
    arguments.removeAt(1);
    return arguments;
}

} // namespace

namespace {

// --otlp-endpoint, --otlp-header, --otlp-encoding as one destination.
bool parseOtlpDestination(const QCommandLineParser &parser, const Options &o,
                          CommandLineOptions *options, QString *error)
{
    if (!parser.isSet(o.otlpEndpoint)) {
        if (parser.isSet(o.otlpHeader) || parser.isSet(o.otlpEncoding)) {
            *error = QStringLiteral("--otlp-header and --otlp-encoding need --otlp-endpoint");
            return false;
        }
        return true;
    }
    OtlpDestination d;
    d.id = QStringLiteral("command-line");
    d.name = QStringLiteral("Command line");
    if (!CommandLine::parseOtlpEndpoint(parser.value(o.otlpEndpoint), &d.endpoint, error))
        return false;
    if (d.endpoint.host().endsWith(QLatin1String("braintrust.dev")))
        d.preset = OtlpDestination::Preset::Braintrust;
    // Compressing for a collector on this machine would only cost CPU.
    const QHostAddress host(d.endpoint.host());
    d.gzip = !(host.isLoopback() || d.endpoint.host() == QLatin1String("localhost"));
    for (const QString &spec : parser.values(o.otlpHeader)) {
        QByteArray name, value;
        if (!CommandLine::parseHeader(spec, &name, &value, error)) {
            error->replace(QLatin1String("--header"), QLatin1String("--otlp-header"));
            return false;
        }
        d.headers.append(name, value);
    }
    if (parser.isSet(o.otlpEncoding)) {
        const auto encoding = OtlpDestination::parseEncoding(parser.value(o.otlpEncoding));
        if (!encoding) {
            *error = QStringLiteral("--otlp-encoding expects proto or json, got '%1'")
                             .arg(parser.value(o.otlpEncoding));
            return false;
        }
        d.encoding = *encoding;
    }
    options->otlpDestination = d;
    return true;
}

// QCommandLineParser's first line names the running binary ("<executable_name>" before the
// application object exists); help always says "tokentap".
QString withProgramName(QString help, const QString &usage)
{
    const qsizetype end = help.indexOf(u'\n');
    const qsizetype colon = help.indexOf(u':');
    if (end > 0 && colon > 0 && colon < end)
        help.replace(colon + 2, end - colon - 2, usage);
    return help;
}

} // namespace

QString CommandLine::subcommandHelpText(const QString &subcommand)
{
    if (subcommand == QLatin1String("reprice")) {
        return QStringLiteral(
                "Usage: tokentap reprice [--data-dir DIR] [--filter EXPR]\n"
                "Recomputes the stored cost of recorded calls with the current prices (the\n"
                "built-in table merged with DIR/pricing.json). Provider-reported costs stay.\n");
    }
    if (subcommand == QLatin1String("import")) {
        return QStringLiteral(
                "Usage: tokentap import FILE.har [--data-dir DIR]\n"
                "Adds the calls of a HAR file (browser developer tools, HTTP Toolkit,\n"
                "mitmproxy) to the trace store, with usage and cost where they are LLM API\n"
                "calls. A malformed file is refused whole.\n");
    }
    if (subcommand == QLatin1String("prices")) {
        return QStringLiteral(
                "Usage: tokentap prices import (--litellm FILE | --openrouter FILE) "
                "[--data-dir DIR]\n"
                "Merges a LiteLLM or OpenRouter price list into DIR/pricing.json, the user's\n"
                "overrides of the built-in prices.\n");
    }
    return exportHelpText();
}

QString CommandLine::exportHelpText()
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Writes recorded calls to a file."));
    const ExportOptions o;
    o.addTo(parser);
    return withProgramName(parser.helpText(), QStringLiteral("tokentap export [options]"));
}

CommandLine::Result CommandLine::parse(const QStringList &arguments,
                                       const QProcessEnvironment &environment)
{
    Result result;
    const QString subcommand = arguments.size() > 1 ? arguments.at(1) : QString();
    if (subcommand == QLatin1String("reprice") || subcommand == QLatin1String("prices")) {
        QCommandLineParser parser;
        const QCommandLineOption dataDir(
                QStringLiteral("data-dir"),
                QStringLiteral("Folder holding traces.sqlite and pricing.json."),
                QStringLiteral("DIR"));
        const QCommandLineOption filter(QStringLiteral("filter"),
                                        QStringLiteral("Only calls matching this filter."),
                                        QStringLiteral("EXPR"));
        const QCommandLineOption litellm(
                QStringLiteral("litellm"),
                QStringLiteral("A LiteLLM model_prices_and_context_window.json."),
                QStringLiteral("FILE"));
        const QCommandLineOption openrouter(QStringLiteral("openrouter"),
                                            QStringLiteral("An OpenRouter /api/v1/models answer."),
                                            QStringLiteral("FILE"));
        const QCommandLineOption help({QStringLiteral("help"), QStringLiteral("h")},
                                      QStringLiteral("Print this help and exit."));
        parser.addOptions({dataDir, help});
        if (subcommand == QLatin1String("reprice"))
            parser.addOption(filter);
        else
            parser.addOptions({litellm, openrouter});
        CommandLineOptions &options = result.options;
        if (!parseInto(parser, withoutSubcommand(arguments), true, &result.error))
            return result;
        const QStringList positional = parser.positionalArguments();
        if (parser.isSet(help)) {
            options.action = CommandLineOptions::Action::ShowHelp;
            options.helpTopic = subcommand;
            return result;
        }
        options.dataDir = parser.value(dataDir);
        if (subcommand == QLatin1String("reprice")) {
            if (!positional.isEmpty()) {
                result.error = QStringLiteral("unexpected argument '%1'").arg(positional.first());
                return result;
            }
            options.action = CommandLineOptions::Action::Reprice;
            options.filter = parser.values(filter).join(u' '); // each one applies
            return result;
        }
        if (positional != QStringList {QStringLiteral("import")}) {
            result.error = QStringLiteral(
                    "usage: tokentap prices import --litellm FILE | --openrouter FILE");
            return result;
        }
        if (parser.isSet(litellm) == parser.isSet(openrouter)) {
            result.error = QStringLiteral("prices import needs exactly one of --litellm FILE or "
                                          "--openrouter FILE");
            return result;
        }
        options.action = CommandLineOptions::Action::ImportPrices;
        options.priceFormat =
                parser.isSet(litellm) ? QStringLiteral("litellm") : QStringLiteral("openrouter");
        options.priceFile = parser.value(parser.isSet(litellm) ? litellm : openrouter);
        return result;
    }
    if (subcommand == QLatin1String("export")) {
        QCommandLineParser parser;
        const ExportOptions o;
        o.addTo(parser);
        if (!parseInto(parser, withoutSubcommand(arguments), false, &result.error))
            return result;
        CommandLineOptions &options = result.options;
        if (parser.isSet(o.help)) {
            options.action = CommandLineOptions::Action::ShowHelp;
            options.helpTopic = QStringLiteral("export");
            return result;
        }
        options.action = CommandLineOptions::Action::Export;
        options.exportFormat = parser.value(o.format);
        options.filter = parser.values(o.filter).join(u' '); // each one applies
        options.exportOutput = parser.value(o.output);
        options.dataDir = parser.value(o.dataDir);
        if (options.exportFormat.isEmpty()) {
            result.error = QStringLiteral("export needs --format");
            return result;
        }
        if (options.exportOutput.isEmpty()) {
            result.error = QStringLiteral("export needs -o FILE");
            return result;
        }
        const QString shape = parser.value(o.jsonlFormat);
        if (shape == QLatin1String("anthropic")) {
            options.fineTune.format = FineTuneExporter::Format::Anthropic;
        } else if (!shape.isEmpty() && shape != QLatin1String("openai")) {
            result.error = QStringLiteral("--jsonl-format must be openai or anthropic, not '%1'")
                                   .arg(shape);
            return result;
        }
        options.fineTune.dropSystemPrompts = parser.isSet(o.noSystem);
        options.fineTune.models = parser.values(o.model);
        return result;
    }
    if (subcommand == QLatin1String("import")) {
        QCommandLineParser parser;
        const QCommandLineOption dataDir(QStringLiteral("data-dir"),
                                         QStringLiteral("Folder holding traces.sqlite."),
                                         QStringLiteral("DIR"));
        const QCommandLineOption help({QStringLiteral("help"), QStringLiteral("h")},
                                      QStringLiteral("Print this help and exit."));
        parser.addOptions({dataDir, help});
        if (!parseInto(parser, withoutSubcommand(arguments), true, &result.error))
            return result;
        CommandLineOptions &options = result.options;
        if (parser.isSet(help)) {
            options.action = CommandLineOptions::Action::ShowHelp;
            options.helpTopic = subcommand;
            return result;
        }
        const QStringList positional = parser.positionalArguments();
        if (positional.size() != 1) {
            result.error = QStringLiteral("usage: tokentap import FILE.har [--data-dir DIR]");
            return result;
        }
        options.action = CommandLineOptions::Action::ImportHar;
        options.importFile = positional.first();
        options.dataDir = parser.value(dataDir);
        return result;
    }
    QCommandLineParser parser;
    const Options o;
    o.addTo(parser);
    if (!parseInto(parser, arguments, false, &result.error))
        return result;
    CommandLineOptions &options = result.options;
    if (parser.isSet(o.help)) {
        options.action = CommandLineOptions::Action::ShowHelp;
        return result;
    }
    if (parser.isSet(o.version)) {
        options.action = CommandLineOptions::Action::ShowVersion;
        return result;
    }
    options.action = parser.isSet(o.headless) ? CommandLineOptions::Action::RunHeadless
                                              : CommandLineOptions::Action::RunGui;
    ProxyConfig &proxy = options.proxy;

    const QByteArray accessToken =
            environment.value(QStringLiteral("TOKENTAP_ACCESS_TOKEN")).trimmed().toUtf8();
    if (parser.isSet(o.listen)
        && !parseListen(parser.value(o.listen), &proxy.listenAddress, &proxy.listenPort,
                        &result.error, accessToken.size() >= 16))
        return result;
    proxy.accessToken = accessToken;
    const std::initializer_list<std::pair<const QCommandLineOption *, const char *>> given = {
            {&o.listen, "listen"},
            {&o.header, "header"},
            {&o.connectTimeout, "connect-timeout"},
            {&o.firstByteTimeout, "first-byte-timeout"},
            {&o.maxBody, "max-body-size"}};
    for (const auto &[option, name] : given) {
        if (parser.isSet(*option))
            options.givenProxyOptions.append(QLatin1String(name));
    }

    proxy.upstreams = builtinUpstreams();
    proxy.defaultUpstream = QStringLiteral("openai");
    auto addOrReplace = [&](const Upstream &up) {
        for (Upstream &existing : proxy.upstreams) {
            if (existing.name == up.name) {
                existing = up;
                return;
            }
        }
        proxy.upstreams.append(up);
    };
    for (const QString &spec : parser.values(o.upstreamName)) {
        const qsizetype eq = spec.indexOf(u'=');
        if (eq <= 0) {
            result.error = QStringLiteral("--upstream-name expects NAME=URL, got '%1'").arg(spec);
            return result;
        }
        QString why;
        auto up = Upstream::fromUrl(spec.left(eq), spec.mid(eq + 1), &why);
        if (!up) {
            result.error = QStringLiteral("--upstream-name: ") + why;
            return result;
        }
        addOrReplace(*up);
        options.givenUpstreams.append(up->name);
    }
    if (parser.isSet(o.upstream)) {
        QString why;
        auto up = Upstream::fromUrl(QStringLiteral("default"), parser.value(o.upstream), &why);
        if (!up) {
            result.error = QStringLiteral("--upstream: ") + why;
            return result;
        }
        addOrReplace(*up);
        proxy.defaultUpstream = QStringLiteral("default");
        options.givenUpstreams.append(up->name);
        options.givenProxyOptions.append(QStringLiteral("upstream"));
    }
    applyEnvironmentKeys(proxy, proxy.defaultUpstream, environment);

    for (const QString &spec : parser.values(o.header)) {
        QByteArray name, value;
        if (!parseHeader(spec, &name, &value, &result.error))
            return result;
        proxy.injectedHeaders.set(name, value);
    }

    double number = 0;
    if (parser.isSet(o.connectTimeout)) {
        if (!parsePositiveNumber(parser.value(o.connectTimeout), 3600, &number)) {
            result.error =
                    QStringLiteral("--connect-timeout expects seconds above 0, at most 3600");
            return result;
        }
        proxy.connectTimeoutMs = int(number * 1000);
    }
    if (parser.isSet(o.firstByteTimeout)) {
        if (!parsePositiveNumber(parser.value(o.firstByteTimeout), 86400, &number)) {
            result.error =
                    QStringLiteral("--first-byte-timeout expects seconds above 0, at most 86400");
            return result;
        }
        proxy.firstByteTimeoutMs = int(number * 1000);
    }
    if (parser.isSet(o.maxBody)) {
        if (!parsePositiveNumber(parser.value(o.maxBody), 4096, &number)) {
            result.error = QStringLiteral("--max-body-size expects MiB above 0, at most 4096");
            return result;
        }
        proxy.maxRequestBodyBytes = qint64(number * 1024 * 1024);
    }
    proxy.extraCaFile = parser.value(o.caFile);
    proxy.tracing = !parser.isSet(o.noTrace);
    options.privacy = parser.isSet(o.privacy);
    if (parser.isSet(o.cacheMode)) {
        options.cacheMode = CacheModes::parse(parser.value(o.cacheMode).toUtf8());
        if (!options.cacheMode) {
            result.error = QStringLiteral("--cache-mode expects auto, always or never");
            return result;
        }
    }
    options.dataDir = parser.value(o.dataDir);
    if (!parseOtlpDestination(parser, o, &options, &result.error))
        return result;
    return result;
}

QString CommandLine::helpText()
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
            "TokenTap: a local proxy that traces, prices and caches LLM API calls.\n"
            "Point a client at http://127.0.0.1:8484/v1 (or /NAME/v1 for a named upstream)."));
    const Options o;
    o.addTo(parser);
    QString text = withProgramName(parser.helpText(), QStringLiteral("tokentap [options]"));
    text += u'\n'
            + QStringLiteral(
                    "Subcommands (each with --help):\n"
                    "  tokentap export --format jsonl|har|csv|otlp-json [--filter EXPR] -o FILE\n"
                    "                                    write recorded calls to a file\n"
                    "  tokentap import FILE.har          add the calls of a HAR file\n"
                    "  tokentap reprice [--filter EXPR]  recompute stored costs\n"
                    "  tokentap prices import --litellm FILE | --openrouter FILE\n"
                    "                                    merge a price list into the overrides\n\n")
            + QStringLiteral(
                    "Built-in upstreams: openai (default), anthropic, openrouter, braintrust, "
                    "ollama.\n"
                    "API keys injected upstream come from the environment: "
                    "TOKENTAP_UPSTREAM_KEY for\n"
                    "the default upstream, TOKENTAP_UPSTREAM_KEY_<NAME> for a named one.\n");
    return text;
}

QString CommandLine::versionText()
{
    return QStringLiteral("tokentap ") + QLatin1String(TOKENTAP_VERSION) + u'\n';
}
