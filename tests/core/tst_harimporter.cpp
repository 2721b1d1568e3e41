// HAR import: a file from another tool becomes calls in the store with usage and cost; a
// malformed file is refused whole, naming where; import then export keeps every call.

#include "llmfixtures.h"

#include "export/exportcommand.h"
#include "export/harexporter.h"
#include "export/harimporter.h"
#include "llm/pricetable.h"
#include "trace/tracereader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QJsonObject entry(const QString &url, const QByteArray &request, const QByteArray &response,
                  const QString &mimeType)
{
    const QJsonArray json = {QJsonObject {{QStringLiteral("name"), QStringLiteral("Content-Type")},
                                          {QStringLiteral("value"), mimeType}}};
    return QJsonObject {
            {QStringLiteral("startedDateTime"), QStringLiteral("2026-11-20T10:00:00.000+01:00")},
            {QStringLiteral("time"), 900},
            {QStringLiteral("request"),
             QJsonObject {
                     {QStringLiteral("method"), QStringLiteral("POST")},
                     {QStringLiteral("url"), url},
                     {QStringLiteral("httpVersion"), QStringLiteral("HTTP/2")},
                     {QStringLiteral("headers"),
                      QJsonArray {
                              QJsonObject {{QStringLiteral("name"), QStringLiteral(":authority")},
                                           {QStringLiteral("value"), QStringLiteral("x")}},
                              QJsonObject {
                                      {QStringLiteral("name"), QStringLiteral("authorization")},
                                      {QStringLiteral("value"),
                                       QStringLiteral("Bearer sk-live-abcdefgh1234")}}}},
                     {QStringLiteral("postData"),
                      QJsonObject {{QStringLiteral("mimeType"), QStringLiteral("application/json")},
                                   {QStringLiteral("text"), QString::fromUtf8(request)}}}}},
            {QStringLiteral("response"),
             QJsonObject {{QStringLiteral("status"), 200},
                          {QStringLiteral("headers"), json},
                          {QStringLiteral("content"),
                           QJsonObject {{QStringLiteral("mimeType"), mimeType},
                                        {QStringLiteral("text"), QString::fromUtf8(response)}}}}},
            {QStringLiteral("timings"),
             QJsonObject {{QStringLiteral("send"), 1},
                          {QStringLiteral("wait"), 300},
                          {QStringLiteral("receive"), 599}}},
    };
}

QByteArray har(const QJsonArray &entries)
{
    return QJsonDocument(
                   QJsonObject {{QStringLiteral("log"),
                                 QJsonObject {{QStringLiteral("version"), QStringLiteral("1.2")},
                                              {QStringLiteral("entries"), entries}}}})
            .toJson();
}

QByteArray joined(const QList<QByteArray> &events)
{
    QByteArray out;
    for (const QByteArray &e : events)
        out += e;
    return out;
}

QJsonArray twoCalls()
{
    return {entry(QStringLiteral("https://api.openai.com/v1/chat/completions"),
                  "{\"model\":\"gpt-4o-mini\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]"
                  "}",
                  LlmFixtures::chatCompletion(), QStringLiteral("application/json")),
            entry(QStringLiteral("https://api.anthropic.com/v1/messages"),
                  "{\"model\":\"claude-haiku-4-5\",\"max_tokens\":50,\"stream\":true,"
                  "\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}",
                  joined(LlmFixtures::anthropicMessageEvents()),
                  QStringLiteral("text/event-stream"))};
}

bool write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// Every call of a store, oldest first; empty when it cannot be read.
QList<TraceRecord> storedCalls(const QString &store)
{
    TraceReader reader(store, QStringLiteral("check-") + store);
    QString error;
    QList<TraceRecord> calls;
    if (!reader.open(&error)
        || !reader.forEach(
                {},
                [&](const TraceRecord &r) {
                    calls.append(r);
                    return true;
                },
                &error))
        return {};
    return calls;
}

} // namespace

class TestHarImporter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void refusesMalformedFilesWhole_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QString>("error");
        QTest::newRow("not json") << QByteArray("{\n\"log\": {\n  \"entries\": [,]\n}}")
                                  << QStringLiteral("at line 3");
        QTest::newRow("truncated") << har(twoCalls()).left(200) << QStringLiteral("not a HAR file");
        QTest::newRow("no entries")
                << QByteArray("{\"log\":{}}") << QStringLiteral("no log.entries");
        QJsonArray badUrl = twoCalls();
        QJsonObject second = badUrl.at(1).toObject();
        QJsonObject request = second.value(QStringLiteral("request")).toObject();
        request.insert(QStringLiteral("url"), QStringLiteral("/v1/messages"));
        second.insert(QStringLiteral("request"), request);
        badUrl.replace(1, second);
        QTest::newRow("relative url") << har(badUrl) << QStringLiteral("entry 2: request.url");
        QJsonArray noStatus = twoCalls();
        QJsonObject first = noStatus.at(0).toObject();
        first.insert(QStringLiteral("response"), QJsonObject());
        noStatus.replace(0, first);
        QTest::newRow("no status") << har(noStatus) << QStringLiteral("entry 1: response.status");
    }
    void refusesMalformedFilesWhole()
    {
        QFETCH(QByteArray, file);
        QFETCH(QString, error);
        const HarImporter::Result result = HarImporter::read(file);
        QVERIFY2(result.error.contains(error), qPrintable(result.error));
        QVERIFY(result.calls.isEmpty());

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("in.har"));
        QVERIFY(write(path, file));
        const QString store = dir.filePath(QStringLiteral("traces.sqlite"));
        const auto imported = HarImporter::importFile(path, store, PriceTable::builtin());
        QCOMPARE(imported.exitCode, 2);
        QVERIFY(imported.message.contains(QStringLiteral("nothing was imported")));
        QVERIFY(!QFile::exists(store));
    }

    void importsCallsWithUsageAndCostThenExportsThemAgain()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("in.har"));
        QVERIFY(write(path, har(twoCalls())));
        const QString store = dir.filePath(QStringLiteral("traces.sqlite"));
        const auto imported = HarImporter::importFile(path, store, PriceTable::builtin());
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.message));
        QCOMPARE(imported.imported, qint64(2));

        const QList<TraceRecord> calls = storedCalls(store);
        QCOMPARE(calls.size(), 2);
        const TraceRecord &chat = calls.at(0);
        QCOMPARE(chat.endpoint, QStringLiteral("chat"));
        QCOMPARE(chat.usage.input, std::optional<qint64>(LlmFixtures::Chat.usage.input));
        QVERIFY(chat.costUsd.has_value());
        QCOMPARE(chat.startUnixNs, 1'795'165'200'000'000'000LL); // 2026-11-20 09:00 UTC
        QCOMPARE(chat.ttfbMs, std::optional<double>(301));
        QCOMPARE(chat.durationMs, 900.0);
        // Credentials are cut as for any recorded call; pseudo-headers dropped.
        QVERIFY(!chat.requestHeadersJson.contains("abcdefgh"));
        QVERIFY(!chat.requestHeadersJson.contains(":authority"));
        const TraceRecord &stream = calls.at(1);
        QVERIFY(stream.stream);
        QCOMPARE(stream.endpoint, QStringLiteral("messages"));
        QCOMPARE(stream.usage.output,
                 std::optional<qint64>(LlmFixtures::AnthropicMessage.usage.output));
        QCOMPARE(stream.responseBody, joined(LlmFixtures::anthropicMessageEvents()));

        // Round trip: what TokenTap exports, it imports again, every call kept.
        QByteArray again = HarExporter::prefix();
        for (qsizetype i = 0; i < calls.size(); ++i) {
            if (i)
                again += ',';
            again += QJsonDocument(HarExporter::entry(calls.at(i))).toJson(QJsonDocument::Compact);
        }
        again += HarExporter::suffix();
        const HarImporter::Result reread = HarImporter::read(again);
        QVERIFY2(reread.error.isEmpty(), qPrintable(reread.error));
        QCOMPARE(reread.calls.size(), 2);
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(QString::fromUtf8(reread.calls.at(i).upstreamUrl), calls.at(i).url);
            QCOMPARE(reread.calls.at(i).requestBody, calls.at(i).requestBody);
            QCOMPARE(reread.calls.at(i).responseBody, calls.at(i).responseBody);
            QCOMPARE(reread.calls.at(i).status, calls.at(i).status);
            QCOMPARE(reread.calls.at(i).startUnixNs, calls.at(i).startUnixNs);
        }
    }

    void tokentapExportImportsAsItWasAndOnlyOnce()
    {
        // Calls recorded by TokenTap, exported as HAR, imported into another store, twice.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("in.har"));
        QVERIFY(write(path, har(twoCalls())));
        const QString first = dir.filePath(QStringLiteral("first.sqlite"));
        QVERIFY(HarImporter::importFile(path, first, PriceTable::builtin()).exitCode == 0);
        QList<TraceRecord> calls = storedCalls(first);
        QCOMPARE(calls.size(), 2);
        // The second call is a child of the first in one trace, answered from the cache.
        calls[1].traceId = calls.at(0).traceId;
        calls[1].parentSpanId = calls.at(0).spanId;
        calls[1].cache = QStringLiteral("HIT");
        // The first one's answer was longer than the recording limit.
        calls[0].responseTruncated = true;
        QVERIFY(HarExporter::entry(calls.at(0))
                        .value("response"_L1)
                        .toObject()
                        .value("content"_L1)
                        .toObject()
                        .value("comment"_L1)
                        .toString()
                        .contains("recording limit"_L1));
        QByteArray exported = HarExporter::prefix();
        for (qsizetype i = 0; i < calls.size(); ++i) {
            if (i)
                exported += ',';
            exported +=
                    QJsonDocument(HarExporter::entry(calls.at(i))).toJson(QJsonDocument::Compact);
        }
        exported += HarExporter::suffix();
        const QString again = dir.filePath(QStringLiteral("again.har"));
        QVERIFY(write(again, exported));

        const QString second = dir.filePath(QStringLiteral("second.sqlite"));
        const auto imported = HarImporter::importFile(again, second, PriceTable::builtin());
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.message));
        QCOMPARE(imported.imported, qint64(2));
        const auto twice = HarImporter::importFile(again, second, PriceTable::builtin());
        QVERIFY2(twice.exitCode == 0, qPrintable(twice.message));
        QCOMPARE(twice.imported, qint64(0));
        QCOMPARE(twice.skipped, qint64(2));
        QVERIFY2(twice.message.contains(QLatin1String("already")), qPrintable(twice.message));

        const QList<TraceRecord> back = storedCalls(second);
        QCOMPARE(back.size(), 2);
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(back.at(i).traceId, calls.at(i).traceId);
            QCOMPARE(back.at(i).spanId, calls.at(i).spanId);
            QCOMPARE(back.at(i).parentSpanId, calls.at(i).parentSpanId);
        }
        QCOMPARE(back.at(1).cache, QStringLiteral("HIT"));
        QCOMPARE(back.at(1).costUsd, std::optional<double>(0.0)); // a hit stays free
        QVERIFY(back.at(0).responseTruncated);
        QVERIFY(!back.at(0).requestTruncated);
        QVERIFY(!back.at(1).responseTruncated);
        QVERIFY(back.at(1).savedUsd.value_or(0) > 0);
    }

    // A call recorded in privacy mode has no bodies to count its tokens from again: the
    // export carries its usage, and the import prices it and keeps it private.
    void privateCallKeepsItsUsage()
    {
        TraceRecord call;
        call.traceId = "0123456789abcdef0123456789abcdef";
        call.spanId = "0123456789abcdef";
        call.startUnixNs = 1'767'225'600'000'000'000LL;
        call.method = u"POST"_s;
        call.url = u"https://api.anthropic.com:443/v1/messages"_s;
        call.endpoint = u"anthropic_messages"_s;
        call.model = u"claude-sonnet-4-5"_s;
        call.status = 200;
        call.privacy = true;
        call.usage.input = 2600;
        call.usage.cachedInput = 2000;
        call.usage.cacheWrite = 500;
        call.usage.cacheWrite1h = 300;
        call.usage.output = 300;
        QTemporaryDir dir;
        const QString path = dir.filePath(u"private.har"_s);
        QVERIFY(write(
                path,
                HarExporter::prefix()
                        + QJsonDocument(HarExporter::entry(call)).toJson(QJsonDocument::Compact)
                        + HarExporter::suffix()));
        const QString store = dir.filePath(u"traces.sqlite"_s);
        const auto imported = HarImporter::importFile(path, store, PriceTable::builtin());
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.message));
        const QList<TraceRecord> back = storedCalls(store);
        QCOMPARE(back.size(), 1);
        QVERIFY(back.at(0).privacy);
        QCOMPARE(back.at(0).usage.input, 2600);
        QCOMPARE(back.at(0).usage.output, 300);
        QCOMPARE(back.at(0).usage.cacheWrite1h, 300);
        QVERIFY(qAbs(back.at(0).costUsd.value_or(0) - 0.00795) < 1e-12);
    }

    void exportCommandWritesJsonlAndHar()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("in.har"));
        QVERIFY(write(path, har(twoCalls())));
        const QString store = dir.filePath(QStringLiteral("traces.sqlite"));
        QCOMPARE(HarImporter::importFile(path, store, PriceTable::builtin()).exitCode, 0);

        const QString jsonl = dir.filePath(QStringLiteral("train.jsonl"));
        ExportRequest request {QStringLiteral("jsonl"), store, QString(), jsonl};
        auto result = ExportCommand::run(request);
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.written, 2);
        QFile lines(jsonl);
        QVERIFY(lines.open(QIODevice::ReadOnly));
        const QList<QByteArray> examples = lines.readAll().trimmed().split('\n');
        QCOMPARE(examples.size(), 2);
        for (const QByteArray &line : examples) {
            const QJsonArray messages = QJsonDocument::fromJson(line)
                                                .object()
                                                .value(QStringLiteral("messages"))
                                                .toArray();
            QCOMPARE(messages.last().toObject().value(QStringLiteral("role")).toString(),
                     QStringLiteral("assistant"));
            QVERIFY(!line.contains("sk-live")); // no credentials
        }
        // Only one model: the other call is skipped and said so.
        request.fineTune.models = {QStringLiteral("claude-*")};
        result = ExportCommand::run(request);
        QCOMPARE(result.written, 1);
        QVERIFY2(result.message.contains(QStringLiteral("1 of other models")),
                 qPrintable(result.message));

        const QString harOut = dir.filePath(QStringLiteral("out.har"));
        result = ExportCommand::run(
                {QStringLiteral("har"), store, QStringLiteral("stream:yes"), harOut});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.written, 1);
        QFile harFile(harOut);
        QVERIFY(harFile.open(QIODevice::ReadOnly));
        const HarImporter::Result reread = HarImporter::read(harFile.readAll());
        QVERIFY2(reread.error.isEmpty(), qPrintable(reread.error));
        QCOMPARE(reread.calls.size(), 1);
        QVERIFY(reread.calls.first().isStream);

        // An output path that cannot be written: exit 2, a clear message.
        result = ExportCommand::run({QStringLiteral("har"), store, QString(),
                                     dir.filePath(QStringLiteral("missing/dir/out.har"))});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.message.contains(QStringLiteral("cannot write")));
    }
};

QTEST_GUILESS_MAIN(TestHarImporter)
#include "tst_harimporter.moc"
