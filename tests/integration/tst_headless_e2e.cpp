// The built `tokentap --headless` process, driven with curl as a user would.

#include "config/appsettings.h"
#include "config/secretstore.h"
#include "fakeupstream.h"
#include "processrun.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

namespace {

QString binary()
{
    return qEnvironmentVariable("TOKENTAP_BINARY");
}

QStringList strings(std::initializer_list<const char *> list)
{
    QStringList result;
    for (const char *s : list)
        result.append(QString::fromUtf8(s));
    return result;
}

} // namespace

class TestHeadlessEndToEnd : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void versionAndHelp();
    void badArgumentsExitWithTwo_data();
    void badArgumentsExitWithTwo();
    void curlThroughTheProxy();
    void sigtermStopsCleanlyAfterStreamInFlight();
    void savedSettingsDriveAHeadlessRun();
    void exportToStandardOutputWithEveryFilter();
    void pricesImportedWhileRunningPriceTheNextCalls();

private:
    bool startProxy(const QStringList &extra = {});
    bool startProcess(const QStringList &extra);
    QString url(const char *path) const;

    QTemporaryDir m_dir;
    FakeUpstream *m_upstream = nullptr;
    QProcess *m_proxy = nullptr;
    QString m_base;
};

void TestHeadlessEndToEnd::init()
{
    QVERIFY2(!binary().isEmpty(), "TOKENTAP_BINARY is set by CTest");
    m_upstream = new FakeUpstream(this);
    QVERIFY(m_upstream->listen());
}

void TestHeadlessEndToEnd::cleanup()
{
    if (m_proxy) {
        m_proxy->kill();
        m_proxy->waitForFinished();
        delete m_proxy;
        m_proxy = nullptr;
    }
    delete m_upstream;
    m_upstream = nullptr;
}

bool TestHeadlessEndToEnd::startProxy(const QStringList &extra)
{
    return startProcess(QStringList {QStringLiteral("--upstream"), m_upstream->baseUrl()} + extra);
}

bool TestHeadlessEndToEnd::startProcess(const QStringList &extra)
{
    m_proxy = new QProcess(this);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("TOKENTAP_SECRETS"), QStringLiteral("file"));
    m_proxy->setProcessEnvironment(environment);
    m_proxy->start(binary(),
                   QStringList {QStringLiteral("--headless"), QStringLiteral("--listen"),
                                QStringLiteral("127.0.0.1:0"), QStringLiteral("--data-dir"),
                                m_dir.path()}
                           + extra);
    if (!m_proxy->waitForStarted(5000))
        return false;
    if (!QTest::qWaitFor([&] { return m_proxy->canReadLine(); }, 10000))
        return false;
    const QByteArray line = m_proxy->readLine().trimmed();
    if (!line.startsWith("listening on http://127.0.0.1:"))
        return false;
    m_base = QString::fromLatin1(line.mid(qstrlen("listening on ")));
    return true;
}

QString TestHeadlessEndToEnd::url(const char *path) const
{
    return m_base + QLatin1String(path);
}

void TestHeadlessEndToEnd::versionAndHelp()
{
    const ProcessResult version = runProcess(binary(), {QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith("tokentap 0."));
    const ProcessResult help = runProcess(binary(), {QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("--upstream-name"));
    QVERIFY(help.out.contains("--headless"));
}

void TestHeadlessEndToEnd::badArgumentsExitWithTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("unknown option") << strings({"--headless", "--bogus"});
    QTest::newRow("bad listen") << strings({"--headless", "--listen", "nonsense"});
    QTest::newRow("bad upstream") << strings({"--headless", "--upstream", "mailto:x"});
    QTest::newRow("bad header") << strings({"--headless", "--header", "no colon"});
}

void TestHeadlessEndToEnd::badArgumentsExitWithTwo()
{
    QFETCH(QStringList, arguments);
    const ProcessResult r = runProcess(binary(), arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.startsWith("tokentap: "));
    QVERIFY(r.out.isEmpty());
}

void TestHeadlessEndToEnd::curlThroughTheProxy()
{
    m_upstream->setHandler([](const FakeUpstream::Request &request, FakeUpstream::Reply &reply) {
        if (request.body.contains("\"stream\":true")) {
            reply.beginStream();
            reply.streamChunk("data: {\"choices\":[{\"delta\":{\"content\":\"Hi\"}}]}\n\n");
            reply.streamChunk("data: [DONE]\n\n");
            reply.endStream();
            return;
        }
        reply.send(200, FakeUpstream::chatCompletionJson());
    });
    QVERIFY(startProxy({QStringLiteral("--header"), QStringLiteral("X-Team: e2e")}));

    const ProcessResult json = runProcess(
            QStringLiteral("curl"),
            {QStringLiteral("-sS"), QStringLiteral("--fail-with-body"), url("/v1/chat/completions"),
             QStringLiteral("-H"), QStringLiteral("Content-Type: application/json"),
             QStringLiteral("-d"), QStringLiteral(R"({"model":"gpt-4o-mini","messages":[]})")});
    QCOMPARE(json.exitCode, 0);
    QCOMPARE(json.out, FakeUpstream::chatCompletionJson());
    QCOMPARE(m_upstream->requests().last().head.headers.value("X-Team"), QByteArray("e2e"));

    const ProcessResult stream =
            runProcess(QStringLiteral("curl"),
                       {QStringLiteral("-sS"), QStringLiteral("-N"), url("/v1/chat/completions"),
                        QStringLiteral("-d"), QStringLiteral(R"({"model":"m","stream":true})")});
    QCOMPARE(stream.exitCode, 0);
    QCOMPARE(stream.out,
             QByteArray("data: {\"choices\":[{\"delta\":{\"content\":\"Hi\"}}]}\n\n"
                        "data: [DONE]\n\n"));

    const ProcessResult notFound =
            runProcess(QStringLiteral("curl"),
                       {QStringLiteral("-sS"), QStringLiteral("-w"),
                        QStringLiteral("\n%{http_code}"), url("/elsewhere/v1/models")});
    QCOMPARE(notFound.exitCode, 0);
    QVERIFY(notFound.out.endsWith("\n404"));
    const QJsonObject error =
            QJsonDocument::fromJson(notFound.out.left(notFound.out.lastIndexOf('\n')))
                    .object()
                    .value(QLatin1String("error"))
                    .toObject();
    QCOMPARE(error.value(QLatin1String("type")).toString(),
             QStringLiteral("tokentap_unknown_upstream"));
}

void TestHeadlessEndToEnd::sigtermStopsCleanlyAfterStreamInFlight()
{
    std::optional<FakeUpstream::Reply> held;
    m_upstream->setHandler([&](const FakeUpstream::Request &, FakeUpstream::Reply &reply) {
        reply.beginStream();
        reply.streamChunk("data: first\n\n");
        held = reply;
    });
    QVERIFY(startProxy());
    QProcess curl;
    curl.start(QStringLiteral("curl"),
               {QStringLiteral("-sS"), QStringLiteral("-N"), url("/v1/chat/completions"),
                QStringLiteral("-d"), QStringLiteral("{}")});
    QVERIFY(QTest::qWaitFor([&] { return held.has_value(); }, 10000));
    QVERIFY(QTest::qWaitFor([&] { return curl.bytesAvailable() > 0; }, 10000));

    ::kill(pid_t(m_proxy->processId()), SIGTERM);
    QTest::qWait(200);
    QCOMPARE(m_proxy->state(), QProcess::Running); // waiting for the stream in flight
    held->streamChunk("data: last\n\n");
    held->endStream();

    QVERIFY(QTest::qWaitFor([&] { return curl.state() == QProcess::NotRunning; }, 10000));
    QCOMPARE(curl.exitCode(), 0);
    QCOMPARE(curl.readAllStandardOutput(), QByteArray("data: first\n\ndata: last\n\n"));
    QVERIFY(QTest::qWaitFor([&] { return m_proxy->state() == QProcess::NotRunning; }, 10000));
    QCOMPARE(m_proxy->exitStatus(), QProcess::NormalExit);
    QCOMPARE(m_proxy->exitCode(), 0);
}

// What the settings dialog saved (an upstream with its key, a header rule) is what a headless
// run in the same data folder uses, with nothing on the command line.
void TestHeadlessEndToEnd::savedSettingsDriveAHeadlessRun()
{
    AppSettings saved;
    saved.upstreams.upstreams = {
            {QStringLiteral("fake"), m_upstream->baseUrl(), "sk-saved-KEY-9876", {}}};
    saved.upstreams.defaultName = QStringLiteral("fake");
    saved.headers.rules = {{QStringLiteral("x-team"), QStringLiteral("saved"), QString(), true}};
    const QString iniPath = m_dir.filePath(QStringLiteral("TokenTap/TokenTap.ini"));
    {
        QSettings settings(iniPath, QSettings::IniFormat);
        SecretStore secrets(SecretStore::filePath(m_dir.path()));
        saved.save(settings, secrets);
        QString error;
        QVERIFY2(secrets.save(&error), qPrintable(error));
    }
    QVERIFY(startProcess({}));
    const ProcessResult json = runProcess(
            QStringLiteral("curl"),
            {QStringLiteral("-sS"), QStringLiteral("--fail-with-body"), url("/v1/chat/completions"),
             QStringLiteral("-H"), QStringLiteral("Content-Type: application/json"),
             QStringLiteral("-d"), QStringLiteral(R"({"model":"gpt-4o-mini","messages":[]})")});
    QCOMPARE(json.exitCode, 0);
    const HttpHeaders &headers = m_upstream->requests().last().head.headers;
    QCOMPARE(headers.value("x-team"), QByteArray("saved"));
    QCOMPARE(headers.value("Authorization"), QByteArray("Bearer sk-saved-KEY-9876"));
    QFile ini(iniPath);
    QVERIFY(ini.open(QIODevice::ReadOnly));
    QVERIFY(!ini.readAll().contains("sk-saved-KEY-9876"));
}

QTEST_GUILESS_MAIN(TestHeadlessEndToEnd)

void TestHeadlessEndToEnd::exportToStandardOutputWithEveryFilter()
{
    m_upstream->setHandler([](const FakeUpstream::Request &request, FakeUpstream::Reply &reply) {
        if (request.body.contains("fail"))
            reply.send(500, R"({"error":{"message":"no"}})");
        else
            reply.send(200, FakeUpstream::chatCompletionJson());
    });
    QVERIFY(startProxy());
    for (const char *body :
         {R"({"model":"gpt-4o-mini","user":"to-export","messages":[]})",
          R"({"model":"gpt-4o-mini","user":"to-export","messages":[],"n":"fail"})",
          R"({"model":"gpt-4o","user":"to-export","messages":[]})"}) {
        const ProcessResult call = runProcess(QStringLiteral("curl"),
                                              {QStringLiteral("-sS"), url("/v1/chat/completions"),
                                               QStringLiteral("-d"), QString::fromLatin1(body)});
        QCOMPARE(call.exitCode, 0);
    }
    // A clean stop writes every call before the process ends.
    m_proxy->terminate();
    QVERIFY(m_proxy->waitForFinished(15000));

    // Every filter applies (the data folder also holds the other tests' calls); the rows go to
    // standard output, the summary to standard error.
    const ProcessResult exported =
            runProcess(binary(),
                       {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv"),
                        QStringLiteral("--data-dir"), m_dir.path(), QStringLiteral("--filter"),
                        QStringLiteral("user:to-export"), QStringLiteral("--filter"),
                        QStringLiteral("model:gpt-4o-mini"), QStringLiteral("--filter"),
                        QStringLiteral("status:200"), QStringLiteral("-o"), QStringLiteral("-")});
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.describe()));
    const QList<QByteArray> lines = exported.out.trimmed().split('\n');
    QVERIFY2(lines.size() == 2, exported.out.constData());
    QVERIFY(lines.at(0).startsWith("trace_id,span_id,"));
    QVERIFY2(lines.at(1).contains(",gpt-4o-mini,200,"), lines.at(1).constData());
    QVERIFY2(exported.err.contains("1 call written to -"), exported.err.constData());
    QVERIFY(!QFile::exists(QDir::current().filePath(QStringLiteral("-"))));
}

// `tokentap prices import` from another shell while the proxy runs: the next call is priced
// with the imported rates, the earlier one keeps its cost until `tokentap reprice`.
void TestHeadlessEndToEnd::pricesImportedWhileRunningPriceTheNextCalls()
{
    m_upstream->setHandler([](const FakeUpstream::Request &, FakeUpstream::Reply &reply) {
        reply.send(200, FakeUpstream::chatCompletionJson());
    });
    QVERIFY(startProxy());
    auto call = [&](const char *user) {
        const ProcessResult result = runProcess(
                QStringLiteral("curl"),
                {QStringLiteral("-sS"), url("/v1/chat/completions"), QStringLiteral("-d"),
                 QStringLiteral(R"({"model":"gpt-4o-mini","messages":[],"user":"%1"})")
                         .arg(QLatin1String(user))});
        QCOMPARE(result.exitCode, 0);
    };
    call("before-import");
    const QString prices = m_dir.filePath(QStringLiteral("litellm.json"));
    {
        QFile file(prices);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"gpt-4o-mini": {"litellm_provider": "openai",
                       "input_cost_per_token": 0.001, "output_cost_per_token": 0.002}})");
    }
    const ProcessResult imported = runProcess(binary(),
                                              {QStringLiteral("prices"), QStringLiteral("import"),
                                               QStringLiteral("--litellm"), prices,
                                               QStringLiteral("--data-dir"), m_dir.path()});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.describe()));
    // The running proxy notices the file (a folder watch) and says so.
    QByteArray said;
    QVERIFY2(QTest::qWaitFor(
                     [&] {
                         said += m_proxy->readAllStandardError();
                         return said.contains("new calls are priced with builtin");
                     },
                     10000),
             said.constData());
    call("after-import");
    m_proxy->terminate(); // a clean stop writes every call
    QVERIFY(m_proxy->waitForFinished(15000));

    const ProcessResult exported = runProcess(
            binary(),
            {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv"),
             QStringLiteral("--data-dir"), m_dir.path(), QStringLiteral("--filter"),
             QStringLiteral("user:*-import"), QStringLiteral("-o"), QStringLiteral("-")});
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.describe()));
    const QList<QByteArray> lines = exported.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    // input_tokens, output_tokens and cost_usd are fields 9, 10 and 14 (from 0).
    auto costOf = [](const QByteArray &line, double inputRate, double outputRate) {
        const QList<QByteArray> fields = line.split(',');
        const double expected = fields.at(9).toDouble() * inputRate / 1e6
                + fields.at(10).toDouble() * outputRate / 1e6;
        return std::pair {fields.at(14).toDouble(), expected};
    };
    QVERIFY(lines.at(1).contains("before-import"));
    const auto [before, builtin] = costOf(lines.at(1), 0.15, 0.6);
    QVERIFY2(qAbs(before - builtin) < 1e-12 && builtin > 0, lines.at(1).constData());
    QVERIFY(lines.at(2).contains("after-import"));
    const auto [after, priced] = costOf(lines.at(2), 1000.0, 2000.0);
    QVERIFY2(qAbs(after - priced) < 1e-9 && priced > 0, lines.at(2).constData());
}

#include "tst_headless_e2e.moc"
