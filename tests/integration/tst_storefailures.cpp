// A full disk, a locked database or a killed process never stops the proxy and never
// corrupts the trace store.

#include "llmfixtures.h"
#include "proxyharness.h"

#include "llm/pricetable.h"
#include "trace/traceservice.h"
#include "trace/tracewriter.h"

#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <csignal>

namespace {

const QByteArray ChatRequest = R"({"model":"gpt-4o-mini","messages":[{"role":"user",)"
                               R"("content":"What is the capital of France?"}]})";

// A separate connection, as another process (or the trace browser) would have.
class Inspector
{
public:
    explicit Inspector(const QString &path)
        : m_name(QStringLiteral("inspector-%1").arg(reinterpret_cast<quintptr>(this), 0, 16))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.open();
    }
    ~Inspector()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    qint64 scalar(const QString &sql) const
    {
        QSqlQuery q(db());
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }
    QString integrity() const
    {
        QSqlQuery q(db());
        if (!q.exec(QStringLiteral("PRAGMA integrity_check")) || !q.next())
            return q.lastError().text();
        return q.value(0).toString();
    }
    qint64 calls() const { return scalar(QStringLiteral("SELECT count(*) FROM traces")); }
    qint64 callsWithoutPayload() const
    {
        return scalar(QStringLiteral("SELECT count(*) FROM traces t LEFT JOIN trace_payloads p "
                                     "ON p.trace_rowid = t.id WHERE p.trace_rowid IS NULL"));
    }

private:
    QString m_name;
};

// The proxy recording into a store in a temporary folder, answering with LLM fixtures.
struct RecordingProxy
{
    bool start()
    {
        h.upstream.setHandler(LlmFixtures::handler(&h.upstream));
        QString error;
        return traces.start(path, PriceTable::builtin(), {}, &error)
                && h.start(h.defaultConfig(), traces.queue());
    }
    QTemporaryDir dir;
    const QString path = TraceService::databasePath(dir.path());
    TraceService traces; // outlives the proxy, which hands it calls until it stops
    ProxyHarness h;
};

int callProxy(ProxyHarness &h)
{
    auto client = h.client();
    client->send(RawHttpClient::request("POST", "/v1/chat/completions", ChatRequest));
    return client->waitForResponses(1) ? client->responses().first().head.status : 0;
}

} // namespace

class TestStoreFailures : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fullDiskKeepsProxyingAndCatchesUp();
    void lockedDatabaseKeepsProxyingAndCatchesUp();
    void keptRecordsAreBoundedInBytes();
    void killedProcessLeavesEveryCommittedTrace();
};

void TestStoreFailures::fullDiskKeepsProxyingAndCatchesUp()
{
    RecordingProxy r;
    QVERIFY(r.start());
    const QString &path = r.path;
    TraceService &traces = r.traces;
    ProxyHarness &h = r.h;
    QSignalSpy failed(&traces, &TraceService::writeFailed);

    // SQLite's page limit (clamped to the pages the file has now) makes writes fail with
    // SQLITE_FULL once the free pages are used up, exactly as a full disk does.
    TraceWriter *writer = traces.writer();
    QMetaObject::invokeMethod(
            writer,
            [writer] {
                QSqlQuery(writer->database()).exec(QStringLiteral("PRAGMA max_page_count = 1"));
            },
            Qt::BlockingQueuedConnection);

    // Calls until the store runs out of pages; the proxy answers every one regardless.
    int calls = 0;
    while (failed.isEmpty() && calls < 500) {
        QCOMPARE(callProxy(h), 200);
        ++calls;
        traces.flush();
    }
    QVERIFY2(!failed.isEmpty(), "the store never ran out of space");
    for (int i = 0; i < 5; ++i, ++calls)
        QCOMPARE(callProxy(h), 200);
    QVERIFY2(failed.first().first().toString().contains(QLatin1String("full")),
             qPrintable(failed.first().first().toString()));
    {
        Inspector inspector(path);
        QCOMPARE(inspector.integrity(), QStringLiteral("ok"));
        QVERIFY(inspector.calls() < calls);
        QCOMPARE(inspector.callsWithoutPayload(), 0);
    }

    // Space again: the kept records are written on the next attempt.
    QMetaObject::invokeMethod(
            writer,
            [writer] {
                QSqlQuery(writer->database())
                        .exec(QStringLiteral("PRAGMA max_page_count = 1073741823"));
            },
            Qt::BlockingQueuedConnection);
    Inspector inspector(path);
    QTRY_COMPARE_WITH_TIMEOUT(inspector.calls(), calls, 10000);
    QCOMPARE(inspector.integrity(), QStringLiteral("ok"));
    QCOMPARE(inspector.callsWithoutPayload(), 0);
}

void TestStoreFailures::lockedDatabaseKeepsProxyingAndCatchesUp()
{
    RecordingProxy r;
    QVERIFY(r.start());
    const QString &path = r.path;
    TraceService &traces = r.traces;
    ProxyHarness &h = r.h;
    QSignalSpy failed(&traces, &TraceService::writeFailed);

    auto locker = std::make_unique<Inspector>(path);
    QSqlQuery lock(locker->db());
    QVERIFY(lock.exec(QStringLiteral("BEGIN EXCLUSIVE")));
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < 5; ++i)
        QCOMPARE(callProxy(h), 200);
    // Calls are answered at proxy speed while the store waits for its lock.
    QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(failed.wait(15000)); // the busy timeout ran out
    QVERIFY(lock.exec(QStringLiteral("COMMIT")));
    lock.finish();
    locker.reset();

    Inspector inspector(path);
    QTRY_COMPARE_WITH_TIMEOUT(inspector.calls(), 5, 10000);
    QCOMPARE(inspector.integrity(), QStringLiteral("ok"));
}

// While the store cannot be written, the records kept for the next attempt stay within their
// byte bound: the oldest go, counted as lost, and the newest are written once it can be.
void TestStoreFailures::keptRecordsAreBoundedInBytes()
{
    RecordingProxy r;
    QVERIFY(r.start());
    TraceWriter *writer = r.traces.writer();
    QMetaObject::invokeMethod(
            writer, [writer] { writer->setMaxPendingBytes(64 * 1024); },
            Qt::BlockingQueuedConnection);
    QSignalSpy failed(&r.traces, &TraceService::writeFailed);
    auto locker = std::make_unique<Inspector>(r.path);
    QSqlQuery lock(locker->db());
    QVERIFY(lock.exec(QStringLiteral("BEGIN EXCLUSIVE")));
    // Calls of about 8 KiB each: far more than 64 KiB of them.
    const QByteArray big = R"({"model":"gpt-4o-mini","messages":[{"role":"user","content":")"
            + QByteArray(8000, 'q') + R"("}]})";
    constexpr int Calls = 40;
    for (int i = 0; i < Calls; ++i) {
        auto client = r.h.client();
        client->send(RawHttpClient::request("POST", "/v1/chat/completions", big));
        QVERIFY(client->waitForResponses(1));
    }
    QVERIFY(failed.wait(15000)); // the busy timeout ran out
    r.traces.flush();
    qint64 keptBytes = 0;
    QMetaObject::invokeMethod(
            writer, [&] { keptBytes = writer->pendingBytes(); }, Qt::BlockingQueuedConnection);
    QVERIFY2(keptBytes <= 64 * 1024, qPrintable(QString::number(keptBytes)));
    const quint64 lost = writer->counters().lost.load();
    QVERIFY(lost > 0);
    QVERIFY(lock.exec(QStringLiteral("COMMIT")));
    lock.finish();
    locker.reset();
    Inspector inspector(r.path);
    QTRY_COMPARE_WITH_TIMEOUT(inspector.calls(), Calls - qint64(lost), 10000);
    QCOMPARE(inspector.integrity(), QStringLiteral("ok"));
}

void TestStoreFailures::killedProcessLeavesEveryCommittedTrace()
{
    QTemporaryDir dir;
    FakeUpstream upstream;
    upstream.setHandler(LlmFixtures::handler(&upstream, 2)); // streams take a while
    QVERIFY(upstream.listen());
    QProcess proxy;
    proxy.start(qEnvironmentVariable("TOKENTAP_BINARY"),
                {QStringLiteral("--headless"), QStringLiteral("--listen"),
                 QStringLiteral("127.0.0.1:0"), QStringLiteral("--upstream"), upstream.baseUrl(),
                 QStringLiteral("--data-dir"), dir.path()});
    QVERIFY(QTest::qWaitFor([&] { return proxy.canReadLine(); }, 10000));
    const QByteArray line = proxy.readLine().trimmed();
    const quint16 port = quint16(line.mid(line.lastIndexOf(':') + 1).toUInt());
    QVERIFY(port);

    auto send = [&](int n, bool wait) {
        std::vector<std::unique_ptr<RawHttpClient>> clients;
        for (int i = 0; i < n; ++i) {
            auto c = std::make_unique<RawHttpClient>();
            if (!c->connectTo(port))
                return false;
            c->send(RawHttpClient::request(
                    "POST", "/v1/chat/completions",
                    i % 2 ? ChatRequest
                          : QByteArray(R"({"model":"gpt-4o-mini","stream":true,"messages":[]})")));
            clients.push_back(std::move(c));
        }
        if (!wait)
            return true;
        for (auto &c : clients) {
            if (!c->waitForResponses(1))
                return false;
        }
        return true;
    };
    QVERIFY(send(40, true));
    const QString path = TraceService::databasePath(dir.path());
    {
        Inspector inspector(path);
        QTRY_COMPARE_WITH_TIMEOUT(inspector.calls(), 40, 10000);
    }
    // More calls in flight, and the store busy writing, when the process is killed.
    QVERIFY(send(40, false));
    QTest::qWait(30);
    ::kill(pid_t(proxy.processId()), SIGKILL);
    QVERIFY(proxy.waitForFinished(5000));
    QCOMPARE(proxy.exitStatus(), QProcess::CrashExit);

    Inspector inspector(path);
    QCOMPARE(inspector.integrity(), QStringLiteral("ok"));
    QVERIFY(inspector.calls() >= 40);
    QCOMPARE(inspector.callsWithoutPayload(), 0);
    // And TokenTap opens it again and goes on recording.
    QProcess again;
    again.start(qEnvironmentVariable("TOKENTAP_BINARY"),
                {QStringLiteral("--headless"), QStringLiteral("--listen"),
                 QStringLiteral("127.0.0.1:0"), QStringLiteral("--upstream"), upstream.baseUrl(),
                 QStringLiteral("--data-dir"), dir.path()});
    QVERIFY(QTest::qWaitFor([&] { return again.canReadLine(); }, 10000));
    QVERIFY(again.readLine().startsWith("listening on"));
    again.terminate();
    QVERIFY(again.waitForFinished(10000));
    QCOMPARE(again.exitCode(), 0);
}

QTEST_GUILESS_MAIN(TestStoreFailures)
#include "tst_storefailures.moc"
