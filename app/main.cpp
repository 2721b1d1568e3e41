// Composition root: parses the command line, then runs the proxy headless or with its window.

#include "config/commandline.h"
#include "export/exportcommand.h"
#include "headlessrunner.h"
#include "llm/userpricefile.h"
#include "mainwindow.h"
#include "proxy/proxyservice.h"
#include "trace/traceservice.h"

#include <QApplication>
#include <QDir>
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

// Creates the data folder; with --data-dir, settings live there too so that tests and parallel
// instances never touch the user's own.
bool prepareDataDir(const QString &requested, QString *dataDir, QString *error)
{
    const QString dir = requested.isEmpty()
            ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
            : QDir(requested).absolutePath();
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

// Opens the trace store. A store that cannot be opened (full disk, locked, newer schema) does
// not stop the proxy: calls are forwarded and the problem is reported.
void startTracing(TraceService &traces, const CommandLineOptions &options, const QString &dataDir)
{
    if (!options.proxy.tracing)
        return;
    QString error;
    const PriceTable prices = UserPriceFile::effective(dataDir, &error);
    if (!error.isEmpty())
        print(stderr, QStringLiteral("tokentap: prices: ") + error + u'\n');
    TracingPolicy policy;
    policy.privacy = options.privacy;
    error.clear();
    if (!traces.start(TraceService::databasePath(dataDir), prices, policy, &error)) {
        print(stderr, QStringLiteral("tokentap: calls will not be recorded: ") + error + u'\n');
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
              options.exportFormat == QLatin1String("help") ? CommandLine::exportHelpText()
                                                            : CommandLine::helpText());
        return 0;
    case CommandLineOptions::Action::Export: {
        QCoreApplication app(argc, argv);
        setIdentity();
        const QString dataDir = options.dataDir.isEmpty()
                ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                : options.dataDir;
        const ExportCommand::Result result =
                ExportCommand::run({options.exportFormat, TraceService::databasePath(dataDir),
                                    options.exportFilter, options.exportOutput});
        print(result.exitCode == 0 ? stdout : stderr,
              (result.exitCode == 0 ? QString() : QStringLiteral("tokentap: ")) + result.message
                      + u'\n');
        return result.exitCode;
    }
    case CommandLineOptions::Action::ShowVersion:
        print(stdout, CommandLine::versionText());
        return 0;
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
        startTracing(traces, options, dataDir);
        HeadlessRunner runner(options.proxy, traces.writer() ? traces.queue() : nullptr);
        return runner.exec();
    }

    QApplication app(argc, argv);
    setIdentity();
    QApplication::setDesktopFileName(QStringLiteral("io.github.tokentap.TokenTap"));
    if (!prepareDataDir(options.dataDir, &dataDir, &error)) {
        print(stderr, QStringLiteral("tokentap: ") + error + u'\n');
        return 2;
    }
    // Declared first, destroyed last: the proxy hands finished calls to its queue until the end.
    TraceService traces;
    startTracing(traces, options, dataDir);
    ProxyService proxy;
    MainWindow window(&proxy);
    window.show();
    proxy.start(options.proxy, traces.writer() ? traces.queue() : nullptr);
    return QApplication::exec();
}
