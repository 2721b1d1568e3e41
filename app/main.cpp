// Composition root: parses the command line, then runs the proxy headless or with its window.

#include "config/commandline.h"
#include "headlessrunner.h"
#include "mainwindow.h"
#include "proxy/proxyservice.h"

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
bool prepareDataDir(const QString &requested, QString *error)
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
    return true;
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
        print(stdout, CommandLine::helpText());
        return 0;
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
    if (headless) {
        QCoreApplication app(argc, argv);
        setIdentity();
        if (!prepareDataDir(options.dataDir, &error)) {
            print(stderr, QStringLiteral("tokentap: ") + error + u'\n');
            return 2;
        }
        HeadlessRunner runner(options.proxy);
        return runner.exec();
    }

    QApplication app(argc, argv);
    setIdentity();
    QApplication::setDesktopFileName(QStringLiteral("io.github.tokentap.TokenTap"));
    if (!prepareDataDir(options.dataDir, &error)) {
        print(stderr, QStringLiteral("tokentap: ") + error + u'\n');
        return 2;
    }
    ProxyService proxy;
    MainWindow window(&proxy);
    window.show();
    proxy.start(options.proxy);
    return QApplication::exec();
}
