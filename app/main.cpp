// Composition root: parses the command line, then runs the proxy headless or with its window.

#include "applanguage.h"
#include "cache/cacheservice.h"
#include "cache/cachewriter.h"
#include "config/commandline.h"
#include "config/datafolder.h"
#include "config/generalsettings.h"
#include "config/livesettings.h"
#include "config/maintenancecommands.h"
#include "config/secretstore.h"
#include "export/exportcommand.h"
#include "export/harimporter.h"
#include "export/otlpexportservice.h"
#include "headlessrunner.h"
#include "llm/pricefilewatcher.h"
#include "llm/userpricefile.h"
#include "mainwindow.h"
#include "proxy/proxyservice.h"
#include "trace/traceservice.h"
#include "trace/tracewriter.h"

#include <QApplication>
#include <QDir>
#include <QIcon>
#include <QSettings>

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

// --data-dir, or the platform's data folder for TokenTap (moved out of the doubled folder
// earlier versions made, when that is all there is).
QString dataDirFor(const QString &requested)
{
    if (!requested.isEmpty())
        return QDir(requested).absolutePath();
    const QString folder = DataFolder::defaultPath();
    QString error;
    if (!DataFolder::adoptDoubledFolder(folder, &error))
        qWarning("%s", qPrintable(error));
    return folder;
}

// The command line speaks English whatever the locale: scripts read its output and bug reports
// quote it. The English catalogue still gives counts their plural forms ("1 call", "2 calls").
void useCommandLineLanguage()
{
    AppLanguage::install(QStringLiteral("en"));
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

// Prices another process writes to the data folder (`tokentap prices import`) price this
// run's next calls too.
std::unique_ptr<PriceFileWatcher> followPriceFile(const QString &dataDir, LiveSettings *live)
{
    auto watcher = std::make_unique<PriceFileWatcher>(dataDir);
    QObject::connect(watcher.get(), &PriceFileWatcher::changed, live,
                     [live](const PriceTable &prices) {
                         live->setPrices(prices);
                         print(stderr,
                               QStringLiteral("tokentap: new calls are priced with %1\n")
                                       .arg(prices.version()));
                     });
    QObject::connect(watcher.get(), &PriceFileWatcher::failed, live, [](const QString &error) {
        print(stderr,
              QStringLiteral("tokentap: the changed price overrides were not applied: ") + error
                      + u'\n');
    });
    return watcher;
}

// The saved settings with the command line over them; secrets from the keychain, or from the
// encrypted file when no keychain answers (said once on stderr).
std::unique_ptr<LiveSettings> loadSettings(const QString &dataDir,
                                           const CommandLineOptions &options)
{
    SecretStore secrets = SecretStore::open(dataDir);
    if (!secrets.notice().isEmpty())
        print(stderr, QStringLiteral("tokentap: ") + secrets.notice() + u'\n');
    auto live = std::make_unique<LiveSettings>(dataDir, options, std::move(secrets));
    for (const AppSettings::Problem &problem : live->current().validate())
        print(stderr,
              QStringLiteral("tokentap: settings: %1: %2\n").arg(problem.field, problem.message));
    return live;
}

// Opens the trace store with the saved tracing settings (the command line can only add
// privacy or turn recording off). A store that cannot be opened (full disk, locked, newer
// schema) does not stop the proxy: calls are forwarded and the problem is reported. Returns
// whether calls are recorded.
bool startTracing(TraceService &traces, const LiveSettings &live, const PriceTable &prices)
{
    if (!live.proxyConfig().tracing)
        return false;
    QString error;
    if (!traces.start(TraceService::databasePath(live.dataDir()), prices, live.tracingPolicy(),
                      &error)) {
        print(stderr, QStringLiteral("tokentap: calls will not be recorded: ") + error + u'\n');
        return false;
    }
    traces.setRetention(live.current().tracing.retention);
    return true;
}

// Opens the response cache with the saved cache settings. A cache file that cannot be opened
// leaves the cache off: calls still go upstream.
void startCache(CacheService &cache, LiveSettings &live)
{
    const QString path = CacheService::databasePath(live.dataDir());
    QString error;
    const bool enabled = cache.start(path, live.current().cache.maxBytes, &error);
    if (!enabled)
        print(stderr, QStringLiteral("tokentap: the cache is off: ") + error + u'\n');
    live.setCache(path, enabled);
}

// Starts OTLP export to the saved destinations and the command line's (--otlp-endpoint). It
// needs recording: spans are queued in the trace database. Nothing to export, nothing started.
void startExport(OtlpExportService &otlp, TraceService &traces, const LiveSettings &live)
{
    QList<OtlpDestination> destinations = live.current().exports.destinations;
    if (const auto &given = live.options().otlpDestination) {
        destinations.removeIf([&](const OtlpDestination &d) { return d.id == given->id; });
        destinations.append(*given);
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
        useCommandLineLanguage();
        const auto [code, message] = runCommand(options);
        // An export to standard output keeps it for the data: its summary goes to stderr.
        const bool dataOnStdout = options.action == CommandLineOptions::Action::Export
                && ExportRequest::isStandardOutput(options.exportOutput);
        print(code == 0 && !dataOnStdout ? stdout : stderr,
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
        useCommandLineLanguage();
        if (!prepareDataDir(options.dataDir, &dataDir, &error)) {
            print(stderr, QStringLiteral("tokentap: ") + error + u'\n');
            return 2;
        }
        const std::unique_ptr<LiveSettings> live = loadSettings(dataDir, options);
        TraceService traces;
        CacheService cache;
        const PriceTable prices = loadPrices(dataDir);
        live->setPrices(prices);
        const auto priceFile = followPriceFile(dataDir, live.get());
        const bool tracing = startTracing(traces, *live, prices);
        startCache(cache, *live);
        ProxyConfig proxyConfig = live->proxyConfig();
        proxyConfig.tracing = tracing;
        // Destroyed before the trace service: the exporter hands delivered rows to its writer.
        OtlpExportService otlp;
        startExport(otlp, traces, *live);
        HeadlessRunner runner(proxyConfig, proxyConfig.tracing ? traces.queue() : nullptr,
                              cache.writer());
        live->attach(runner.proxy(), tracing ? &traces : nullptr, &otlp);
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
    // The window speaks the language chosen in the settings, or the system's; installed before
    // the settings are loaded so that what loading says (no keychain, …) is in it too.
    {
        QSettings saved;
        AppLanguage::install(GeneralSettings::load(saved).language);
    }
    const std::unique_ptr<LiveSettings> live = loadSettings(dataDir, options);
    // Declared first, destroyed last: the proxy hands finished calls to its queue until the end.
    TraceService traces;
    CacheService cache;
    const PriceTable prices = loadPrices(dataDir);
    live->setPrices(prices);
    const auto priceFile = followPriceFile(dataDir, live.get());
    const bool tracing = startTracing(traces, *live, prices);
    startCache(cache, *live);
    OtlpExportService otlp;
    startExport(otlp, traces, *live);
    ProxyService proxy;
    ProxyConfig proxyConfig = live->proxyConfig();
    proxyConfig.tracing = tracing;
    live->attach(&proxy, tracing ? &traces : nullptr, &otlp);
    MainWindow window(&proxy, tracing ? &traces : nullptr, prices,
                      proxyConfig.cache.enabled ? proxyConfig.cache.path : QString());
    window.setSettings(live.get(), &cache, &otlp);
    window.show();
    proxy.start(proxyConfig, proxyConfig.tracing ? traces.queue() : nullptr, cache.writer());
    return QApplication::exec();
}
