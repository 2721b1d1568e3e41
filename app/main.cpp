// Composition root: parses the command line, then runs the proxy headless or with its window.

#include "cache/cacheservice.h"
#include "cache/cachewriter.h"
#include "config/cachesettings.h"
#include "config/commandline.h"
#include "config/exportsettings.h"
#include "config/maintenancecommands.h"
#include "config/secretstore.h"
#include "config/tracingsettings.h"
#include "export/exportcommand.h"
#include "export/harimporter.h"
#include "export/otlpexportservice.h"
#include "headlessrunner.h"
#include "llm/userpricefile.h"
#include "mainwindow.h"
#include "proxy/proxyservice.h"
#include "trace/traceservice.h"
#include "trace/tracewriter.h"

#include <QApplication>
#include <QDir>
#include <QIcon>
#include <QSettings>
#include <QStandardPaths>

#include <cstdio>

namespace {

void print(FILE *stream, const QString &text)
{
    std::fputs(text.toUtf8().constData(), stream);
    std::fflush(stream);
}

bool displayAvailable()
{
    return qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY")
            || qEnvironmentVariableIsSet("QT_QPA_PLATFORM");
}

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("TokenTap"));
    QCoreApplication::setApplicationName(QStringLiteral("TokenTap"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TOKENTAP_VERSION));
}

// --data-dir, or the platform's application data folder.
QString dataDirFor(const QString &requested)
{
    return requested.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                               : QDir(requested).absolutePath();
}

// Creates the data folder; with --data-dir, settings live there too so that tests and parallel
// instances never touch the user's own.
bool prepareDataDir(const QString &requested, QString *dataDir, QString *error)
{
    const QString dir = dataDirFor(requested);
    if (!QDir().mkpath(dir)) {
        *error = QStringLiteral("cannot create the data folder %1").arg(dir);
        return false;
    }
    QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    if (!requested.isEmpty()) {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir);
    }
    *dataDir = dir;
    return true;
}

// Opens the trace store with the saved tracing settings (the command line can only add
// privacy or turn recording off). A store that cannot be opened (full disk, locked, newer
// schema) does not stop the proxy: calls are forwarded and the problem is reported. Returns the
// proxy configuration to run with.
// The built-in price table with the user's overrides; read once per run, a bad override file
// reported and skipped.
PriceTable loadPrices(const QString &dataDir)
{
    QString error;
    PriceTable prices = UserPriceFile::effective(dataDir, &error);
    if (!error.isEmpty())
        print(stderr, QStringLiteral("tokentap: prices: ") + error + u'\n');
    return prices;
}

ProxyConfig startTracing(TraceService &traces, const CommandLineOptions &options,
                         const QString &dataDir, const PriceTable &prices)
{
    ProxyConfig proxy = options.proxy;
    QSettings settings;
    const TracingSettings saved = TracingSettings::load(settings);
    proxy.maxRecordedBodyBytes = saved.maxRecordedBodyBytes;
    // Whether a user's calls may use the cache is theirs even when nothing is recorded.
    proxy.cache.userPolicy = saved.policy;
    const bool someoneTraced = saved.policy.tracing
            || std::any_of(saved.policy.users.cbegin(), saved.policy.users.cend(),
                           [](const TracingPolicy::UserPolicy &u) { return u.tracing == true; });
    proxy.tracing = proxy.tracing && someoneTraced;
    if (!proxy.tracing)
        return proxy;
    TracingPolicy policy = saved.policy;
    policy.privacy = policy.privacy || options.privacy;
    QString error;
    if (!traces.start(TraceService::databasePath(dataDir), prices, policy, &error)) {
        print(stderr, QStringLiteral("tokentap: calls will not be recorded: ") + error + u'\n');
        proxy.tracing = false;
        return proxy;
    }
    traces.setRetention(saved.retention);
    return proxy;
}

// Opens the response cache with the saved cache settings (--cache-mode overrides the default
// mode). A cache file that cannot be opened leaves the cache off: calls still go upstream.
void startCache(CacheService &cache, const CommandLineOptions &options, const QString &dataDir,
                const PriceTable &prices, ProxyConfig &proxy)
{
    QSettings settings;
    const CacheSettings saved = CacheSettings::load(settings);
    saved.applyTo(proxy.cache);
    if (options.cacheMode)
        proxy.cache.defaultMode = *options.cacheMode;
    proxy.cache.path = CacheService::databasePath(dataDir);
    proxy.cache.prices = prices;
    QString error;
    proxy.cache.enabled = cache.start(proxy.cache.path, proxy.cache.maxBytes, &error);
    if (!proxy.cache.enabled)
        print(stderr, QStringLiteral("tokentap: the cache is off: ") + error + u'\n');
}

// Starts OTLP export to the saved destinations and the command line's (--otlp-endpoint). It
// needs recording: spans are queued in the trace database. Nothing to export, nothing started.
void startExport(OtlpExportService &otlp, TraceService &traces, const CommandLineOptions &options,
                 const QString &dataDir)
{
    QSettings settings;
    const SecretStore secrets(QDir(dataDir).filePath(QStringLiteral("secrets.json")));
    QList<OtlpDestination> destinations = ExportSettings::load(settings, secrets).destinations;
    if (options.otlpDestination) {
        destinations.removeIf(
                [&](const OtlpDestination &d) { return d.id == options.otlpDestination->id; });
        destinations.append(*options.otlpDestination);
    }
    QStringList problems;
    const bool any = !OtlpExportService::usable(destinations, &problems).isEmpty();
    for (const QString &problem : std::as_const(problems))
        print(stderr, QStringLiteral("tokentap: export: ") + problem + u'\n');
    if (!any)
        return;
    QString error;
    if (!otlp.start(traces.writer() ? &traces : nullptr, destinations, &error))
        print(stderr, QStringLiteral("tokentap: nothing will be exported: ") + error + u'\n');
}

// The subcommands: export, reprice, prices import. Returns the exit code and what to print.
std::pair<int, QString> runCommand(const CommandLineOptions &options)
{
    const QString dataDir = dataDirFor(options.dataDir);
    switch (options.action) {
    case CommandLineOptions::Action::Export: {
        ExportRequest request {options.exportFormat, TraceService::databasePath(dataDir),
                               options.filter, options.exportOutput};
        request.fineTune = options.fineTune;
        const auto result = ExportCommand::run(request);
        return {result.exitCode, result.message};
    }
    case CommandLineOptions::Action::ImportHar: {
        QString error;
        QString folder;
        if (!prepareDataDir(options.dataDir, &folder, &error))
            return {2, error};
        const auto result = HarImporter::importFile(
                options.importFile, TraceService::databasePath(folder), loadPrices(folder));
        return {result.exitCode, result.message};
    }
    case CommandLineOptions::Action::Reprice: {
        const auto result = MaintenanceCommands::reprice(dataDir, options.filter);
        return {result.exitCode, result.message};
    }
    default: {
        const auto result =
                MaintenanceCommands::importPrices(dataDir, options.priceFormat, options.priceFile);
        return {result.exitCode, result.message};
    }
    }
}

} // namespace

int main(int argc, char *argv[])
{
    // Qt's own poll-based event dispatcher instead of GLib's: GLib wakes its loop through an
    // eventfd whenever a socket notifier is toggled, several times per proxied call. Measured:
    // about a quarter less CPU per call and lower latency (docs/PERFORMANCE.md).
    if (!qEnvironmentVariableIsSet("QT_NO_GLIB"))
        qputenv("QT_NO_GLIB", "1");

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    const CommandLine::Result parsed = CommandLine::parse(arguments);
    if (!parsed.ok()) {
        print(stderr,
              QStringLiteral("tokentap: ") + parsed.error
                      + QStringLiteral("\nTry 'tokentap --help'.\n"));
        return 2;
    }
    const CommandLineOptions &options = parsed.options;
    switch (options.action) {
    case CommandLineOptions::Action::ShowHelp:
        print(stdout,
              options.helpTopic.isEmpty() ? CommandLine::helpText()
                                          : CommandLine::subcommandHelpText(options.helpTopic));
        return 0;
    case CommandLineOptions::Action::ShowVersion:
        print(stdout, CommandLine::versionText());
        return 0;
    case CommandLineOptions::Action::Reprice:
    case CommandLineOptions::Action::ImportPrices:
    case CommandLineOptions::Action::ImportHar:
    case CommandLineOptions::Action::Export: {
        QCoreApplication app(argc, argv);
        setIdentity();
        const auto [code, message] = runCommand(options);
        print(code == 0 ? stdout : stderr,
              (code == 0 ? QString() : QStringLiteral("tokentap: ")) + message + u'\n');
        return code;
    }
    case CommandLineOptions::Action::RunGui:
    case CommandLineOptions::Action::RunHeadless:
        break;
    }

    bool headless = options.action == CommandLineOptions::Action::RunHeadless;
    if (!headless && !displayAvailable()) {
        print(stderr, QStringLiteral("tokentap: no display found, running headless\n"));
        headless = true;
    }

    QString error;
    QString dataDir;
    if (headless) {
        QCoreApplication app(argc, argv);
        setIdentity();
        if (!prepareDataDir(options.dataDir, &dataDir, &error)) {
            print(stderr, QStringLiteral("tokentap: ") + error + u'\n');
            return 2;
        }
        TraceService traces;
        CacheService cache;
        const PriceTable prices = loadPrices(dataDir);
        ProxyConfig proxyConfig = startTracing(traces, options, dataDir, prices);
        startCache(cache, options, dataDir, prices, proxyConfig);
        // Destroyed before the trace service: the exporter hands delivered rows to its writer.
        OtlpExportService otlp;
        startExport(otlp, traces, options, dataDir);
        HeadlessRunner runner(proxyConfig, proxyConfig.tracing ? traces.queue() : nullptr,
                              cache.writer());
        const int code = runner.exec();
        if (traces.writer()) {
            traces.flush();
            // Bounded: a collector that is down must not hold up the exit; what it did not take
            // stays in the outbox for the next run.
            otlp.stop(5000);
            const quint64 lost = traces.queue()->dropped()
                    + traces.writer()->counters().lost.load(std::memory_order_relaxed);
            if (lost > 0) {
                print(stderr,
                      QStringLiteral("tokentap: %1 calls were forwarded but not recorded (the "
                                     "trace queue was full or the store could not be written)\n")
                              .arg(lost));
            }
        }
        return code;
    }

    QApplication app(argc, argv);
    setIdentity();
    QApplication::setDesktopFileName(QStringLiteral("io.github.tokentap.TokenTap"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/tokentap.svg")));
    if (!prepareDataDir(options.dataDir, &dataDir, &error)) {
        print(stderr, QStringLiteral("tokentap: ") + error + u'\n');
        return 2;
    }
    // Declared first, destroyed last: the proxy hands finished calls to its queue until the end.
    TraceService traces;
    CacheService cache;
    const PriceTable prices = loadPrices(dataDir);
    ProxyConfig proxyConfig = startTracing(traces, options, dataDir, prices);
    startCache(cache, options, dataDir, prices, proxyConfig);
    OtlpExportService otlp;
    startExport(otlp, traces, options, dataDir);
    ProxyService proxy;
    MainWindow window(&proxy, proxyConfig.tracing ? &traces : nullptr, prices,
                      proxyConfig.cache.enabled ? proxyConfig.cache.path : QString());
    window.show();
    proxy.start(proxyConfig, proxyConfig.tracing ? traces.queue() : nullptr, cache.writer());
    return QApplication::exec();
}
