// Every export format from one seeded store, compared byte for byte with the expected files in
// tests/core/expected/. After an intended change of a format, regenerate them with
// TOKENTAP_UPDATE_EXPECTED=1 and review the difference before committing it.

#include "llmfixtures.h"

#include "export/csvexporter.h"
#include "export/exportcommand.h"
#include "trace/tracereader.h"
#include "trace/tracestore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

namespace {

QByteArray joined(const QList<QByteArray> &events)
{
    QByteArray out;
    for (const QByteArray &e : events)
        out += e;
    return out;
}

TraceRecord base(int i)
{
    TraceRecord r;
    r.traceId = QByteArray::number(0xabc0 + i, 16).rightJustified(32, '0');
    r.spanId = QByteArray::number(0x100 + i, 16).rightJustified(16, '0');
    r.startUnixNs = 1'795'165'200'000'000'000LL + i * 60'000'000'000LL; // 2026-11-20 09:0i UTC
    r.endUnixNs = r.startUnixNs + 1'500'000'000LL;
    r.ttfbMs = 400;
    r.durationMs = 1500;
    r.method = QStringLiteral("POST");
    r.upstream = QStringLiteral("openai");
    r.status = 200;
    r.requestHeadersJson = "[[\"Authorization\",\"Bearer …wxyz\"],"
                           "[\"Content-Type\",\"application/json\"]]";
    r.responseHeadersJson = "[[\"Content-Type\",\"application/json\"]]";
    return r;
}

// A tool-using chat turn, an Anthropic stream, a rate-limited call and one in privacy mode.
QList<TraceRecord> seed()
{
    TraceRecord chat = base(0);
    chat.url = QStringLiteral("https://api.openai.com/v1/chat/completions");
    chat.endpoint = QStringLiteral("chat");
    chat.model = QStringLiteral("gpt-4o-mini");
    chat.responseModel = QString::fromLatin1(LlmFixtures::Chat.model);
    chat.requestBody =
            "{\"model\":\"gpt-4o-mini\",\"temperature\":0,\"messages\":["
            "{\"role\":\"system\",\"content\":\"You answer geography questions.\"},"
            "{\"role\":\"user\",\"content\":\"Capital of France?\"},"
            "{\"role\":\"assistant\",\"content\":null,\"tool_calls\":[{\"id\":\"call_1\","
            "\"type\":\"function\",\"function\":{\"name\":\"atlas\",\"arguments\":"
            "\"{\\\"country\\\":\\\"FR\\\"}\"}}]},"
            "{\"role\":\"tool\",\"tool_call_id\":\"call_1\",\"content\":\"Paris\"}],"
            "\"tools\":[{\"type\":\"function\",\"function\":{\"name\":\"atlas\",\"parameters\":"
            "{\"type\":\"object\"}}}]}";
    chat.responseBody = LlmFixtures::chatCompletion();
    chat.usage.input = 1234;
    chat.usage.output = 17;
    chat.usage.cachedInput = 1024;
    chat.costUsd = 0.000119;
    chat.cache = QStringLiteral("MISS");
    chat.finishReason = QStringLiteral("stop");

    TraceRecord stream = base(1);
    stream.url = QStringLiteral("https://api.anthropic.com/v1/messages");
    stream.upstream = QStringLiteral("anthropic");
    stream.endpoint = QStringLiteral("messages");
    stream.model = QStringLiteral("claude-haiku-4-5");
    stream.stream = true;
    stream.ttftMs = 450;
    stream.requestHeadersJson = "[[\"x-api-key\",\"…wxyz\"],[\"anthropic-version\","
                                "\"2023-06-01\"]]";
    stream.responseHeadersJson = "[[\"Content-Type\",\"text/event-stream\"]]";
    stream.requestBody = "{\"model\":\"claude-haiku-4-5\",\"max_tokens\":100,\"stream\":true,"
                         "\"system\":\"Be brief.\",\"messages\":[{\"role\":\"user\","
                         "\"content\":\"Capital of France?\"}]}";
    stream.responseBody = joined(LlmFixtures::anthropicMessageEvents());
    stream.usage.input = 1825;
    stream.usage.output = 19;
    stream.costUsd = 0.002345;

    TraceRecord limited = base(2);
    limited.url = chat.url;
    limited.endpoint = QStringLiteral("chat");
    limited.model = QStringLiteral("gpt-4o");
    limited.status = 429;
    limited.requestBody = "{\"model\":\"gpt-4o\",\"messages\":[{\"role\":\"user\","
                          "\"content\":\"hello\"}]}";
    limited.responseBody = LlmFixtures::openAiError("Rate limit reached", "requests");
    limited.ttfbMs = 80;
    limited.durationMs = 80;

    TraceRecord hidden = base(3);
    hidden.url = chat.url;
    hidden.endpoint = QStringLiteral("chat");
    hidden.model = QStringLiteral("gpt-4o-mini");
    hidden.privacy = true;
    hidden.usage.input = 50;
    hidden.usage.output = 5;
    return {chat, stream, limited, hidden};
}

} // namespace

class TestExportFormats : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        TraceStore store(path(), QStringLiteral("seed"));
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        QList<TraceRecord> records = seed();
        QVERIFY2(store.insert(records, &error), qPrintable(error));
    }

    void matchesTheExpectedFile_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<bool>("anthropic");
        QTest::newRow("jsonl") << QStringLiteral("jsonl") << QStringLiteral("calls.jsonl") << false;
        QTest::newRow("jsonl anthropic")
                << QStringLiteral("jsonl") << QStringLiteral("calls-anthropic.jsonl") << true;
        QTest::newRow("har") << QStringLiteral("har") << QStringLiteral("calls.har") << false;
        QTest::newRow("csv") << QStringLiteral("csv") << QStringLiteral("calls.csv") << false;
    }
    void matchesTheExpectedFile()
    {
        QFETCH(QString, format);
        QFETCH(QString, expected);
        QFETCH(bool, anthropic);
        const QString out = m_dir.filePath(expected);
        ExportRequest request {format, path(), QString(), out};
        if (anthropic)
            request.fineTune.format = FineTuneExporter::Format::Anthropic;
        const ExportCommand::Result result = ExportCommand::run(request);
        QVERIFY2(result.exitCode == 0, qPrintable(result.message));
        QFile actual(out);
        QVERIFY(actual.open(QIODevice::ReadOnly));
        const QByteArray bytes = actual.readAll();
        const QString expectedPath = QStringLiteral(TOKENTAP_EXPECTED_DIR) + u'/' + expected;
        if (qEnvironmentVariableIsSet("TOKENTAP_UPDATE_EXPECTED")) {
            QFile update(expectedPath);
            QVERIFY(update.open(QIODevice::WriteOnly));
            update.write(bytes);
        }
        QFile file(expectedPath);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(expectedPath));
        QCOMPARE(bytes, file.readAll());
    }

    // Cells a spreadsheet would run as formulas are written as text, quoted or not.
    void csvCellsAreNeverFormulas()
    {
        TraceRecord r = base(9);
        r.user = QStringLiteral("=HYPERLINK(\"http://example.com\",\"x\"),a");
        r.sessionId = QStringLiteral("\t=1+1");
        r.project = QStringLiteral("@sum");
        r.tags = {QStringLiteral("-"), QStringLiteral("+1")};
        const QByteArray row = CsvExporter::row(r);
        QVERIFY2(row.contains(",\"'=HYPERLINK(\"\"http://example.com\"\",\"\"x\"\"),a\","),
                 row.constData());
        QVERIFY2(row.contains(",'\t=1+1,'@sum,"), row.constData());
        QVERIFY2(row.endsWith(",\"'-,+1\"\r\n"), row.constData());
    }

    // A new export file is readable by its owner only, like the store it comes from; writing
    // over the store itself is refused.
    void exportFileIsPrivateAndNeverTheStore()
    {
        const QString out = m_dir.filePath(QStringLiteral("private.har"));
        const ExportCommand::Result result =
                ExportCommand::run({QStringLiteral("har"), path(), QString(), out});
        QVERIFY2(result.exitCode == 0, qPrintable(result.message));
        // User, group and others: read and write for the user alone (0600).
        QCOMPARE(QFile::permissions(out) & 0x0FFF, QFileDevice::ReadUser | QFileDevice::WriteUser);
        const QByteArray before = [&] {
            QFile store(path());
            return store.open(QIODevice::ReadOnly) ? store.readAll() : QByteArray();
        }();
        for (const QString &target :
             QStringList {path(), path() + QStringLiteral("-wal"),
                          m_dir.filePath(QStringLiteral("./sub/../traces.sqlite"))}) {
            const ExportCommand::Result refused =
                    ExportCommand::run({QStringLiteral("csv"), path(), QString(), target});
            QCOMPARE(refused.exitCode, 2);
            QVERIFY2(refused.message.contains(QStringLiteral("trace database itself")),
                     qPrintable(refused.message));
        }
        QFile store(path());
        QVERIFY(store.open(QIODevice::ReadOnly));
        QCOMPARE(store.readAll(), before);
    }

    // A disk that fills up during the export (a file size limit stands in for it): every
    // format fails with the reason and leaves the file that was there as it was.
    void fullDiskLosesNothing()
    {
        // The store's -shm file exists at its full size while another reader has it open, so
        // that the limit only bites the export. Outputs smaller than the write buffer are the
        // case that went wrong: nothing failed until the final flush.
        TraceReader holder(path(), QStringLiteral("holder"));
        QString error;
        QVERIFY2(holder.open(&error), qPrintable(error));
        QVERIFY(holder.count({}, &error) > 0);
        const QString out = m_dir.filePath(QStringLiteral("keep.out"));
        for (const QString &format :
             {QStringLiteral("csv"), QStringLiteral("jsonl"), QStringLiteral("har")}) {
            {
                QFile old(out);
                QVERIFY(old.open(QIODevice::WriteOnly));
                old.write("old\n");
            }
            rlimit saved {};
            QCOMPARE(getrlimit(RLIMIT_FSIZE, &saved), 0);
            const sighandler_t previous = signal(SIGXFSZ, SIG_IGN); // EFBIG instead of a signal
            rlimit limit = saved;
            limit.rlim_cur = 200;
            QCOMPARE(setrlimit(RLIMIT_FSIZE, &limit), 0);
            const ExportCommand::Result result =
                    ExportCommand::run({format, path(), QString(), out});
            setrlimit(RLIMIT_FSIZE, &saved);
            signal(SIGXFSZ, previous);
            QVERIFY2(result.exitCode == 2, qPrintable(format + u' ' + result.message));
            QVERIFY2(result.message.contains(QStringLiteral("cannot write")),
                     qPrintable(result.message));
            QFile kept(out);
            QVERIFY(kept.open(QIODevice::ReadOnly));
            QCOMPARE(kept.readAll(), QByteArray("old\n"));
        }
    }

private:
    QString path() const { return m_dir.filePath(QStringLiteral("traces.sqlite")); }
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestExportFormats)
#include "tst_exportformats.moc"
