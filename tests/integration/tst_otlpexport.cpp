#include "export/exportcommand.h"
#include "export/otlpconnectiontest.h"
#include "export/otlpexportservice.h"
#include "fakecollector.h"
#include "testcertificate.h"
#include "trace/exportoutbox.h"
#include "trace/tracecontext.h"
#include "trace/traceservice.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;

namespace {

// A finished chat call as the proxy hands it to the store thread.
CapturedCall chatCall(const QString &model = u"gpt-4o-mini"_s, const QByteArray &btParent = {})
{
    CapturedCall c;
    c.traceId = TraceContext::newTraceId();
    c.spanId = TraceContext::newSpanId();
    c.startUnixNs = QDateTime::currentMSecsSinceEpoch() * 1'000'000;
    c.firstByteNs = 200'000'000;
    c.endNs = 250'000'000;
    c.method = "POST";
    c.upstreamName = u"openai"_s;
    c.upstreamUrl = "https://api.openai.com/v1/chat/completions";
    c.upstreamHost = "api.openai.com";
    c.upstreamPort = 443;
    c.requestHeaders.append("Content-Type", "application/json");
    if (!btParent.isEmpty())
        c.requestHeaders.append("x-bt-parent", btParent);
    c.requestBody = R"({"model":")" + model.toUtf8()
            + R"(","temperature":0,"messages":[{"role":"user","content":"Capital of France?"}]})";
    c.status = 200;
    c.responseHeaders.append("Content-Type", "application/json");
    c.responseBody = R"({"id":"chatcmpl-1","object":"chat.completion","model":")" + model.toUtf8()
            + R"(","choices":[{"index":0,"message":{"role":"assistant","content":"Paris."},)"
              R"("finish_reason":"stop"}],"usage":{"prompt_tokens":12,"completion_tokens":3,)"
              R"("total_tokens":15}})";
    return c;
}

OtlpExporter::Timing fastTiming()
{
    OtlpExporter::Timing t;
    t.batchDelayMs = 20;
    t.requestTimeoutMs = 5000;
    t.retry.initialBackoffMs = 10;
    t.retry.maxBackoffMs = 100;
    t.retry.retryAfterUnitMs = 50; // "Retry-After: 1" waits 50 ms
    return t;
}

// For tests that count requests: one batch once `calls` calls are recorded, however the store
// happens to group them.
OtlpExporter::Timing batchOf(int calls)
{
    OtlpExporter::Timing t = fastTiming();
    t.batchDelayMs = 60'000;
    t.maxBatchSpans = calls;
    return t;
}

OtlpDestination destinationFor(const FakeCollector &collector)
{
    OtlpDestination d;
    d.id = u"test"_s;
    d.name = u"Test collector"_s;
    d.endpoint = collector.url();
    d.gzip = false;
    return d;
}

// A trace store and an export service on it, as main.cpp wires them.
struct Harness
{
    QTemporaryDir &dir;
    TraceService traces;
    OtlpExportService otlp;

    explicit Harness(QTemporaryDir &d)
        : dir(d)
    { }
    bool start(const QList<OtlpDestination> &destinations,
               const OtlpExporter::Timing &timing = fastTiming())
    {
        QString error;
        if (!traces.start(TraceService::databasePath(dir.path()), PriceTable(), TracingPolicy(),
                          &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        if (!otlp.start(&traces, destinations, &error, timing)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        return true;
    }
    void record(CapturedCall call) { traces.queue()->push(std::move(call)); }
    OtlpDestinationStatus status(const QString &id = u"test"_s) const
    {
        return otlp.statuses().value(id);
    }
    qint64 outboxRows()
    {
        const QString name = u"outbox-check"_s;
        qint64 rows = -1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(TraceService::databasePath(dir.path()));
            db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
            QString error;
            if (db.open())
                rows = ExportOutbox::count(db, u"test"_s, 0, &error);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return rows;
    }
};

} // namespace

class TestOtlpExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void retriesUntilDeliveredExactlyOnce()
    {
        FakeCollector collector;
        QVERIFY(collector.listen());
        FakeCollector::Answer busy;
        busy.status = 503;
        busy.headers.append("Retry-After", "1");
        collector.script({busy, busy});
        QTemporaryDir dir;
        Harness h(dir);
        QVERIFY(h.start({destinationFor(collector)}, batchOf(3)));
        QList<QByteArray> spanIds;
        for (int i = 0; i < 3; ++i) {
            CapturedCall call = chatCall();
            spanIds.append(call.spanId);
            h.record(std::move(call));
        }
        QElapsedTimer clock;
        clock.start();
        QTRY_COMPARE_WITH_TIMEOUT(collector.acceptedSpanCount(), 3, 10000);
        // Two waits of Retry-After (1 "second" of 50 ms each), not the 10 ms backoff.
        QVERIFY2(clock.elapsed() >= 100, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(collector.received().size(), 3);
        QList<QByteArray> accepted = collector.acceptedSpanIds();
        std::sort(accepted.begin(), accepted.end());
        std::sort(spanIds.begin(), spanIds.end());
        QCOMPARE(accepted, spanIds);
        // The retries sent the same batch again.
        QCOMPARE(collector.received().at(0).body, collector.received().at(2).body);
        QTRY_COMPARE(h.status().sent, 3);
        QCOMPARE(h.status().retries, 2);
        QCOMPARE(h.status().failed, 0);
        QTRY_COMPARE(h.status().queued, 0);
        QTRY_COMPARE(h.outboxRows(), 0);
        QCOMPARE(collector.received().at(0).resource.value(u"service.name"_s), u"tokentap"_s);
        // Nothing more arrives.
        QTest::qWait(100);
        QCOMPARE(collector.received().size(), 3);
    }

    void badRequestIsDroppedAndReported()
    {
        FakeCollector collector;
        QVERIFY(collector.listen());
        FakeCollector::Answer bad;
        bad.status = 400;
        bad.body = R"({"code":3,"message":"span is invalid"})";
        collector.script({bad});
        OtlpDestination d = destinationFor(collector);
        d.encoding = OtlpDestination::Encoding::Json;
        QTemporaryDir dir;
        Harness h(dir);
        QVERIFY(h.start({d}, batchOf(2)));
        h.record(chatCall());
        h.record(chatCall());
        QTRY_COMPARE(h.status().failed, 2);
        QCOMPARE(collector.received().size(), 1); // not retried
        QCOMPARE(h.status().lastHttpStatus, 400);
        QVERIFY2(h.status().lastError.contains("HTTP 400"_L1), qPrintable(h.status().lastError));
        QVERIFY2(h.status().lastError.contains("span is invalid"_L1),
                 qPrintable(h.status().lastError));
        QTRY_COMPARE(h.outboxRows(), 0);
        // The destination goes on with later calls.
        h.record(chatCall());
        h.record(chatCall());
        QTRY_COMPARE(h.status().sent, 2);
        QCOMPARE(collector.received().size(), 2);
    }

    void outboxSurvivesAnOutageAndARestart()
    {
        QTemporaryDir dir;
        OtlpDestination down;
        down.id = u"test"_s;
        down.name = u"Test collector"_s;
        down.endpoint = QUrl(u"http://127.0.0.1:1/v1/traces"_s); // refused
        down.gzip = false;
        QList<QByteArray> spanIds;
        {
            Harness h(dir);
            QVERIFY(h.start({down}));
            for (int i = 0; i < 4; ++i) {
                CapturedCall call = chatCall();
                spanIds.append(call.spanId);
                h.record(std::move(call));
            }
            QTRY_VERIFY(h.status().retries >= 1);
            QVERIFY(h.status().lastHttpStatus == 0);
            QVERIFY(!h.status().lastError.isEmpty());
            QCOMPARE(h.outboxRows(), 4);
            h.otlp.stop(0);
            h.traces.stop();
        }
        // Next run: the collector is back (same destination).
        FakeCollector collector;
        QVERIFY(collector.listen());
        Harness h(dir);
        QVERIFY(h.start({destinationFor(collector)}));
        QTRY_COMPARE(collector.acceptedSpanCount(), 4);
        QList<QByteArray> accepted = collector.acceptedSpanIds();
        std::sort(accepted.begin(), accepted.end());
        std::sort(spanIds.begin(), spanIds.end());
        QCOMPARE(accepted, spanIds);
        QTRY_COMPARE(h.outboxRows(), 0);
    }

    // HTTPS, as Braintrust and every hosted collector are: spans reach a collector whose
    // certificate is trusted, and an untrusted one is an error shown in the status, nothing lost.
    void overTls()
    {
        QTemporaryDir dir;
        QString cert, key;
        QVERIFY(TestCertificate::make(dir.path(), &cert, &key));
        FakeCollector collector;
        QVERIFY(collector.enableTls(cert, key));
        QVERIFY(collector.listen());
        QCOMPARE(collector.url().scheme(), u"https"_s);
        {
            Harness h(dir);
            QVERIFY(h.start({destinationFor(collector)}));
            h.record(chatCall());
            QTRY_VERIFY_WITH_TIMEOUT(!h.status().lastError.isEmpty(), 10000);
            QVERIFY2(h.status().lastError.contains(u"certificate"_s, Qt::CaseInsensitive),
                     qPrintable(h.status().lastError));
            QCOMPARE(collector.acceptedSpanCount(), 0);
            QCOMPARE(h.outboxRows(), 1); // kept for when the certificate is trusted
            h.otlp.stop(0);
            h.traces.stop();
        }
        // The test certificate trusted, as a system CA would be.
        const QSslConfiguration original = QSslConfiguration::defaultConfiguration();
        QSslConfiguration trusting = original;
        trusting.addCaCertificates(QSslCertificate::fromPath(cert));
        QSslConfiguration::setDefaultConfiguration(trusting);
        Harness h(dir);
        QVERIFY(h.start({destinationFor(collector)}));
        h.record(chatCall());
        QTRY_COMPARE_WITH_TIMEOUT(collector.acceptedSpanCount(), 2, 10000);
        QTRY_COMPARE(h.outboxRows(), 0);
        QSslConfiguration::setDefaultConfiguration(original);
    }

    // "Send to destination" on a selection: calls the destination's filter left out reach it
    // when the user sends them, and only those.
    void selectedCallsSentOnRequest()
    {
        QTemporaryDir dir;
        FakeCollector collector;
        QVERIFY(collector.listen());
        OtlpDestination d = destinationFor(collector);
        d.filter = u"model:claude-*"_s; // nothing recorded below matches
        Harness h(dir);
        QVERIFY(h.start({d}));
        QSignalSpy recorded(&h.traces, &TraceService::recorded);
        QList<QByteArray> spanIds;
        for (int i = 0; i < 3; ++i) {
            CapturedCall call = chatCall();
            spanIds.append(call.spanId);
            h.record(std::move(call));
        }
        h.traces.flush();
        QTRY_VERIFY(!recorded.isEmpty());
        QList<qint64> ids;
        for (const auto &signal : std::as_const(recorded))
            ids += signal.first().value<QList<qint64>>();
        QCOMPARE(ids.size(), 3);
        QTest::qWait(200);
        QCOMPARE(collector.acceptedSpanCount(), 0);

        QString error;
        QVERIFY(!h.otlp.sendCalls(ids, u"nowhere"_s, &error));
        QVERIFY(error.contains(u"nowhere"_s));
        QSignalSpy queued(&h.traces, &TraceService::queuedForExport);
        QVERIFY2(h.otlp.sendCalls({ids.at(0), ids.at(2), 999999}, d.id, &error), qPrintable(error));
        QVERIFY(queued.wait(5000));
        QCOMPARE(queued.first().at(1).toLongLong(), 2); // the unknown id is skipped
        QTRY_COMPARE(collector.acceptedSpanCount(), 2);
        QList<QByteArray> accepted = collector.acceptedSpanIds();
        std::sort(accepted.begin(), accepted.end());
        QList<QByteArray> expected {spanIds.at(0), spanIds.at(2)};
        std::sort(expected.begin(), expected.end());
        QCOMPARE(accepted, expected);
        QTRY_COMPARE(h.outboxRows(), 0);
    }

    void deliveredBeforeAGracefulStop()
    {
        // stop() blocks this thread, as it does main() at exit: the collector answers from
        // its own.
        QThread thread;
        auto *collector = new FakeCollector;
        collector->moveToThread(&thread);
        connect(&thread, &QThread::finished, collector, &QObject::deleteLater);
        thread.start();
        bool listening = false;
        QMetaObject::invokeMethod(
                collector, [&] { listening = collector->listen(); }, Qt::BlockingQueuedConnection);
        QVERIFY(listening);
        QTemporaryDir dir;
        Harness h(dir);
        OtlpExporter::Timing slow = fastTiming();
        slow.batchDelayMs = 60'000; // only the stop's flush sends
        QVERIFY(h.start({destinationFor(*collector)}, slow));
        h.record(chatCall());
        h.traces.flush();
        h.otlp.stop(5000);
        qint64 accepted = 0;
        QMetaObject::invokeMethod(
                collector, [&] { accepted = collector->acceptedSpanCount(); },
                Qt::BlockingQueuedConnection);
        QCOMPARE(accepted, 1);
        thread.quit();
        thread.wait();
    }

    void changedSettingsApplyToQueuedSpans()
    {
        // Spans waiting out a retry were built with content; the destination then turns privacy
        // on: what goes out afterwards carries none.
        FakeCollector collector;
        QVERIFY(collector.listen());
        FakeCollector::Answer busy;
        busy.status = 503;
        busy.headers.append("Retry-After", "2");
        collector.script({busy});
        OtlpDestination d = destinationFor(collector);
        QTemporaryDir dir;
        Harness h(dir);
        OtlpExporter::Timing timing = fastTiming();
        timing.retry.retryAfterUnitMs = 5000; // waits out the test unless the change cuts it
        QVERIFY(h.start({d}, timing));
        h.record(chatCall());
        QTRY_COMPARE(collector.received().size(), 1);
        QVERIFY(collector.received().first().body.contains("France"));
        d.privacy = true;
        h.otlp.setDestinations({d});
        QTRY_COMPARE(collector.acceptedSpanCount(), 1);
        QVERIFY(!collector.received().last().body.contains("France"));
        QTRY_COMPARE(h.outboxRows(), 0);
    }

    void gzipBodiesDecode()
    {
        FakeCollector collector;
        QVERIFY(collector.listen());
        OtlpDestination d = destinationFor(collector);
        d.gzip = true;
        QTemporaryDir dir;
        Harness h(dir);
        QVERIFY(h.start({d}));
        h.record(chatCall());
        QTRY_COMPARE(collector.acceptedSpanCount(), 1);
        const FakeCollector::Received &r = collector.received().first();
        QCOMPARE(r.head.headers.value("Content-Encoding"), QByteArray("gzip"));
        QCOMPARE(r.head.headers.value("Content-Type"), QByteArray("application/x-protobuf"));
        QVERIFY(r.rawBody.startsWith("\x1f\x8b"));
        QVERIFY(r.parsed);
        QCOMPARE(r.spans.first().name, u"chat gpt-4o-mini"_s);
    }

    void jsonEncoding()
    {
        FakeCollector collector;
        QVERIFY(collector.listen());
        OtlpDestination d = destinationFor(collector);
        d.encoding = OtlpDestination::Encoding::Json;
        QTemporaryDir dir;
        Harness h(dir);
        QVERIFY(h.start({d}));
        CapturedCall call = chatCall();
        const QByteArray spanId = call.spanId;
        h.record(std::move(call));
        QTRY_COMPARE(collector.acceptedSpanCount(), 1);
        const FakeCollector::Received &r = collector.received().first();
        QCOMPARE(r.head.headers.value("Content-Type"), QByteArray("application/json"));
        QVERIFY(r.parsed);
        const FakeCollector::Span &span = r.spans.first();
        QCOMPARE(span.spanId, spanId);
        QCOMPARE(span.kind, 3);
        QCOMPARE(span.attributes.value(u"gen_ai.usage.input_tokens"_s), u"12"_s);
        QCOMPARE(span.attributes.value(u"gen_ai.operation.name"_s), u"chat"_s);
        QVERIFY(span.attributes.value(u"gen_ai.input.messages"_s).contains("France"_L1));
    }

    void privacyLeavesNoMessageText_data()
    {
        QTest::addColumn<bool>("json");
        QTest::newRow("proto") << false;
        QTest::newRow("json") << true;
    }
    void privacyLeavesNoMessageText()
    {
        QFETCH(bool, json);
        FakeCollector collector;
        QVERIFY(collector.listen());
        OtlpDestination d = destinationFor(collector);
        d.privacy = true;
        d.encoding = json ? OtlpDestination::Encoding::Json : OtlpDestination::Encoding::Protobuf;
        QTemporaryDir dir;
        Harness h(dir);
        QVERIFY(h.start({d}));
        h.record(chatCall());
        QTRY_COMPARE(collector.acceptedSpanCount(), 1);
        const FakeCollector::Received &r = collector.received().first();
        QVERIFY(!r.body.contains("France"));
        QVERIFY(!r.body.contains("Paris"));
        QVERIFY(r.body.contains("gen_ai.usage.input_tokens"));
        QCOMPARE(r.spans.first().attributes.value(u"gen_ai.usage.output_tokens"_s), u"3"_s);
    }

    void callsOwnBraintrustParentWins()
    {
        FakeCollector collector;
        QVERIFY(collector.listen());
        OtlpDestination d = OtlpDestination::braintrust("sk-bt-test", u"p-default"_s);
        d.id = u"test"_s;
        d.endpoint = collector.url();
        d.gzip = false;
        QTemporaryDir dir;
        Harness h(dir);
        QVERIFY(h.start({d}));
        h.record(chatCall());
        h.record(chatCall(u"gpt-4o-mini"_s, "project_id:p-own"));
        h.record(chatCall());
        QTRY_COMPARE(collector.acceptedSpanCount(), 3);
        QMap<QByteArray, int> spansByParent;
        for (const FakeCollector::Received &r : collector.received()) {
            QCOMPARE(r.head.headers.value("Authorization"), QByteArray("Bearer sk-bt-test"));
            spansByParent[r.head.headers.value("x-bt-parent")] += int(r.spans.size());
        }
        QCOMPARE(spansByParent.value("project_id:p-default"), 2);
        QCOMPARE(spansByParent.value("project_id:p-own"), 1);
    }

    void partialSuccessIsReported()
    {
        FakeCollector collector;
        QVERIFY(collector.listen());
        collector.script({FakeCollector::partialSuccess(1, u"span too old"_s, false)});
        QTemporaryDir dir;
        Harness h(dir);
        QVERIFY(h.start({destinationFor(collector)}, batchOf(2)));
        h.record(chatCall());
        h.record(chatCall());
        QTRY_COMPARE(h.status().sent, 1);
        QCOMPARE(h.status().failed, 1);
        QVERIFY2(h.status().lastError.contains("span too old"_L1),
                 qPrintable(h.status().lastError));
        QCOMPARE(collector.received().size(), 1); // never retried
    }

    void filterAndDisabledDestinations()
    {
        FakeCollector collector;
        QVERIFY(collector.listen());
        OtlpDestination minis = destinationFor(collector);
        minis.filter = u"model:*mini"_s;
        OtlpDestination off = destinationFor(collector);
        off.id = u"off"_s;
        off.enabled = false;
        QTemporaryDir dir;
        Harness h(dir);
        QVERIFY(h.start({minis, off}));
        h.record(chatCall(u"gpt-4o"_s));
        h.record(chatCall(u"gpt-4o-mini"_s));
        QTRY_COMPARE(collector.acceptedSpanCount(), 1);
        QCOMPARE(collector.received().first().spans.first().name, u"chat gpt-4o-mini"_s);
        QTest::qWait(100);
        QCOMPARE(collector.acceptedSpanCount(), 1);
    }

    void testConnection()
    {
        FakeCollector collector;
        QVERIFY(collector.listen());
        OtlpConnectionTest test;
        QSignalSpy finished(&test, &OtlpConnectionTest::finished);
        test.start(destinationFor(collector));
        QTRY_COMPARE(finished.size(), 1);
        OtlpTestResult result = finished.takeFirst().first().value<OtlpTestResult>();
        QVERIFY(result.ok);
        QCOMPARE(result.httpStatus, 200);
        QCOMPARE(collector.acceptedSpanCount(), 1);
        QCOMPARE(collector.received().first().spans.first().name, u"tokentap test"_s);

        FakeCollector::Answer denied;
        denied.status = 401;
        denied.body = "bad key";
        collector.script({denied});
        test.start(destinationFor(collector));
        QTRY_COMPARE(finished.size(), 1);
        result = finished.takeFirst().first().value<OtlpTestResult>();
        QVERIFY(!result.ok);
        QCOMPARE(result.httpStatus, 401);
        QVERIFY2(result.message.contains("bad key"_L1), qPrintable(result.message));
    }

    void backfillFileIsOneExportRequest()
    {
        QTemporaryDir dir;
        {
            TraceService traces;
            QString error;
            QVERIFY(traces.start(TraceService::databasePath(dir.path()), PriceTable(),
                                 TracingPolicy(), &error));
            traces.queue()->push(chatCall(u"gpt-4o"_s));
            traces.queue()->push(chatCall(u"gpt-4o-mini"_s));
            traces.queue()->push(chatCall(u"gpt-4o-mini"_s));
            traces.flush();
        }
        const QString out = dir.filePath(u"spans.json"_s);
        const ExportCommand::Result result = ExportCommand::run(
                {u"otlp-json"_s, TraceService::databasePath(dir.path()), u"model:*mini"_s, out});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.written, 2);
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonParseError error;
        const QJsonObject request = QJsonDocument::fromJson(file.readAll(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonArray spans = request.value("resourceSpans"_L1)[0]
                                         .toObject()
                                         .value("scopeSpans"_L1)[0]
                                         .toObject()
                                         .value("spans"_L1)
                                         .toArray();
        QCOMPARE(spans.size(), 2);
        QCOMPARE(spans.first().toObject().value("name"_L1).toString(), u"chat gpt-4o-mini"_s);
        QCOMPARE(spans.first().toObject().value("traceId"_L1).toString().size(), 32);
    }
};

QTEST_GUILESS_MAIN(TestOtlpExport)
#include "tst_otlpexport.moc"
