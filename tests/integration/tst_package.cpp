// The Debian package as a user gets it: built with CPack, unpacked into a temporary root with
// dpkg-deb, its desktop entry and metainfo validated, and the installed binary run from there
// (version, a headless proxy call, the call exported). `cmake --install` to a prefix too.

#include "fakeupstream.h"
#include "processrun.h"
#include "rawhttpclient.h"

#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString AppId = u"io.github.tokentap.TokenTap"_s;

// Packaging tools on a busy machine get two minutes.
ProcessResult run(const QString &program, const QStringList &arguments, int timeoutMs = 120'000)
{
    return runProcess(program, arguments, timeoutMs);
}

// The long options `tokentap --help` lists.
QStringList longOptions(const QByteArray &help)
{
    QStringList options;
    static const QRegularExpression option(u"^\\s+(?:-\\w, )?(--[a-z][a-z-]*)"_s,
                                           QRegularExpression::MultilineOption);
    for (auto it = option.globalMatch(QString::fromUtf8(help)); it.hasNext();)
        options.append(it.next().captured(1));
    return options;
}

} // namespace

class TestPackage : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_root;
    QString m_deb;

    QString installed(const QString &path) const { return m_root.filePath(path); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_root.isValid());
        const ProcessResult build =
                run(QStringLiteral(TOKENTAP_CMAKE),
                    {u"--build"_s, QStringLiteral(TOKENTAP_BUILD_DIR), u"--target"_s, u"package"_s},
                    600'000);
        QVERIFY2(build.exitCode == 0, qPrintable(build.describe()));
        const ProcessResult arch = run(u"dpkg"_s, {u"--print-architecture"_s});
        QCOMPARE(arch.exitCode, 0);
        m_deb = QStringLiteral(TOKENTAP_BUILD_DIR "/tokentap_" TOKENTAP_VERSION "_")
                + QString::fromLatin1(arch.out.trimmed()) + u".deb"_s;
        QVERIFY2(QFile::exists(m_deb), qPrintable(m_deb));
        const ProcessResult extract = run(u"dpkg-deb"_s, {u"-x"_s, m_deb, m_root.path()});
        QVERIFY2(extract.exitCode == 0, qPrintable(extract.describe()));
    }

    void control()
    {
        const ProcessResult fields =
                run(u"dpkg-deb"_s,
                    {u"-f"_s, m_deb, u"Package"_s, u"Version"_s, u"Depends"_s, u"Section"_s});
        QVERIFY2(fields.exitCode == 0, qPrintable(fields.describe()));
        const QString text = QString::fromUtf8(fields.out);
        QVERIFY(text.contains(u"Package: tokentap"_s));
        QVERIFY(text.contains(u"Version: " TOKENTAP_VERSION ""_s));
        // Computed by dpkg-shlibdeps from the binary, plus the plugins it loads.
        for (const char *dependency :
             {"libqt6core6", "libqt6widgets6", "libqt6charts6", "libqt6keychain1", "libhttp-parser",
              "libprotobuf", "libqt6sql6-sqlite", "libqt6svg6"})
            QVERIFY2(text.contains(QLatin1String(dependency)), dependency);
    }

    void files()
    {
        const QStringList expected = {
                u"usr/bin/tokentap"_s,
                u"usr/share/applications/"_s + AppId + u".desktop"_s,
                u"usr/share/metainfo/"_s + AppId + u".metainfo.xml"_s,
                u"usr/share/icons/hicolor/scalable/apps/"_s + AppId + u".svg"_s,
                u"usr/share/man/man1/tokentap.1.gz"_s,
        };
        for (const QString &path : expected)
            QVERIFY2(QFile::exists(installed(path)), qPrintable(path));
        QVERIFY(QFileInfo(installed(u"usr/bin/tokentap"_s)).isExecutable());
        for (int size : {16, 24, 32, 48, 64, 128, 256, 512}) {
            const QString png =
                    u"usr/share/icons/hicolor/%1x%1/apps/"_s.arg(size) + AppId + u".png"_s;
            const QImage image(installed(png));
            QVERIFY2(!image.isNull(), qPrintable(png));
            QCOMPARE(image.size(), QSize(size, size));
            // Not blank: the icon's square is drawn in the middle.
            QVERIFY(qAlpha(image.pixel(size / 2, size / 2)) > 200);
        }
    }

    void desktopEntryAndMetainfoValidate()
    {
        const QString desktop = installed(u"usr/share/applications/"_s + AppId + u".desktop"_s);
        const ProcessResult entry = run(u"desktop-file-validate"_s, {desktop});
        QVERIFY2(entry.exitCode == 0 && entry.out.isEmpty(), qPrintable(entry.describe()));
        const ProcessResult metainfo =
                run(u"appstreamcli"_s,
                    {u"validate"_s, u"--no-net"_s,
                     installed(u"usr/share/metainfo/"_s + AppId + u".metainfo.xml"_s)});
        QVERIFY2(metainfo.exitCode == 0, qPrintable(metainfo.describe()));

        // The menu entry starts the installed binary, with the installed icon, in three
        // languages.
        QSettings entryFile(desktop, QSettings::IniFormat);
        entryFile.beginGroup(u"Desktop Entry"_s);
        QCOMPARE(entryFile.value(u"Exec"_s).toString(), u"tokentap"_s);
        QCOMPARE(entryFile.value(u"Icon"_s).toString(), AppId);
        QFile raw(desktop);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        const QByteArray text = raw.readAll();
        QVERIFY(text.contains("Comment[de]="));
        QVERIFY(text.contains("Comment[fr]="));
    }

    // The man page documents every option of the command line.
    void manPageCoversTheOptions()
    {
        const ProcessResult page =
                run(u"gzip"_s, {u"-dc"_s, installed(u"usr/share/man/man1/tokentap.1.gz"_s)});
        QCOMPARE(page.exitCode, 0);
        const QString roff = QString::fromUtf8(page.out).replace(u"\\-"_s, u"-"_s);
        const ProcessResult help = run(installed(u"usr/bin/tokentap"_s), {u"--help"_s});
        QCOMPARE(help.exitCode, 0);
        QStringList options = longOptions(help.out);
        const ProcessResult exportHelp =
                run(installed(u"usr/bin/tokentap"_s), {u"export"_s, u"--help"_s});
        options += longOptions(exportHelp.out);
        QVERIFY(options.size() > 15);
        QStringList missing;
        for (const QString &option : std::as_const(options))
            if (!roff.contains(option))
                missing.append(option);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u", "_s)));
    }

    // The installed binary answers --version and proxies a call headless, which it records.
    void installedBinaryRuns()
    {
        const QString tokentap = installed(u"usr/bin/tokentap"_s);
        const ProcessResult version = run(tokentap, {u"--version"_s});
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(version.out, QByteArray("tokentap " TOKENTAP_VERSION "\n"));

        FakeUpstream upstream;
        QVERIFY(upstream.listen());
        QTemporaryDir data;
        QProcess proxy;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"TOKENTAP_SECRETS"_s, u"file"_s);
        environment.remove(u"DISPLAY"_s);
        environment.remove(u"WAYLAND_DISPLAY"_s);
        environment.remove(u"QT_QPA_PLATFORM"_s);
        // Under the ThreadSanitizer preset the packaged binary is instrumented too, but stripped:
        // the suppressions of Qt's hand-overs, which go by symbol, cannot apply to it. Threads
        // are checked on the test programs; this test checks the package.
        environment.insert(u"TSAN_OPTIONS"_s, u"report_bugs=0"_s);
        proxy.setProcessEnvironment(environment);
        proxy.start(tokentap,
                    {u"--headless"_s, u"--listen"_s, u"127.0.0.1:0"_s, u"--data-dir"_s, data.path(),
                     u"--upstream"_s, upstream.baseUrl()});
        QVERIFY(proxy.waitForStarted(5000));
        // What it said on its error output, should it not start.
        QVERIFY2(QTest::qWaitFor([&] { return proxy.canReadLine(); }, 10000),
                 proxy.readAllStandardError().constData());
        const QByteArray line = proxy.readLine().trimmed();
        QVERIFY2(line.startsWith("listening on http://127.0.0.1:"), line.constData());
        const quint16 port = line.mid(line.lastIndexOf(':') + 1).toUShort();

        RawHttpClient client;
        QVERIFY(client.connectTo(port));
        client.send(RawHttpClient::request(
                "POST", "/v1/chat/completions",
                R"({"model":"gpt-4o-mini","messages":[{"role":"user","content":"hi"}]})"));
        QVERIFY(client.waitForResponses(1));
        QCOMPARE(client.responses().first().head.status, 200);
        QVERIFY(client.responses().first().body.contains("chat.completion"));

        proxy.terminate(); // SIGTERM: the recorded call is flushed on the way out
        QVERIFY(QTest::qWaitFor([&] { return proxy.state() == QProcess::NotRunning; }, 10000));
        QCOMPARE(proxy.exitCode(), 0);

        const QString csv = data.filePath(u"calls.csv"_s);
        const ProcessResult exported = run(
                tokentap,
                {u"export"_s, u"--format"_s, u"csv"_s, u"--data-dir"_s, data.path(), u"-o"_s, csv});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.describe()));
        QVERIFY2(exported.out.contains("1 call written"), exported.out.constData());
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().count('\n'), 2); // header and the call
    }

    // `cmake --install` into a prefix lays out the same files.
    void installIntoAPrefix()
    {
        QTemporaryDir prefix;
        const ProcessResult install = run(
                QStringLiteral(TOKENTAP_CMAKE),
                {u"--install"_s, QStringLiteral(TOKENTAP_BUILD_DIR), u"--prefix"_s, prefix.path()});
        QVERIFY2(install.exitCode == 0, qPrintable(install.describe()));
        const QStringList paths = {u"bin/tokentap"_s,
                                   u"share/applications/"_s + AppId + u".desktop"_s,
                                   u"share/metainfo/"_s + AppId + u".metainfo.xml"_s,
                                   u"share/icons/hicolor/48x48/apps/"_s + AppId + u".png"_s,
                                   u"share/man/man1/tokentap.1.gz"_s};
        for (const QString &path : paths)
            QVERIFY2(QFile::exists(prefix.filePath(path)), qPrintable(path));
        const ProcessResult version = run(prefix.filePath(u"bin/tokentap"_s), {u"--version"_s});
        QCOMPARE(version.out, QByteArray("tokentap " TOKENTAP_VERSION "\n"));
        // Outside /usr the menu entry names the binary by its path: PATH may not hold the prefix.
        const QString desktop = prefix.filePath(u"share/applications/"_s + AppId + u".desktop"_s);
        QSettings entry(desktop, QSettings::IniFormat);
        entry.beginGroup(u"Desktop Entry"_s);
        QCOMPARE(entry.value(u"Exec"_s).toString(), prefix.filePath(u"bin/tokentap"_s));
        QCOMPARE(entry.value(u"TryExec"_s).toString(), prefix.filePath(u"bin/tokentap"_s));
        const ProcessResult valid = run(u"desktop-file-validate"_s, {desktop});
        QVERIFY2(valid.exitCode == 0 && valid.out.isEmpty(), qPrintable(valid.describe()));
    }
};

QTEST_GUILESS_MAIN(TestPackage)
#include "tst_package.moc"
