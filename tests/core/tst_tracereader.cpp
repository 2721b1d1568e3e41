// Queries over a seeded store: filters executed by SQLite, keyset paging, aggregates, CSV.

#include "export/csvexporter.h"
#include "export/exportcommand.h"
#include "trace/tracereader.h"
#include "trace/traceschema.h"
#include "trace/tracestore.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

constexpr qint64 Day = 86'400'000'000'000LL;
constexpr qint64 Nov20 = 1'763'596'800'000'000'000LL; // 2025-11-20T00:00:00Z

TraceRecord call(int i)
{
    TraceRecord r;
    r.traceId = "0af7651916cd43dd8448eb211c80319c";
    r.spanId = QByteArray::number(0x1000 + i, 16).rightJustified(16, '0');
    r.startUnixNs = Nov20 + (i % 3) * Day + i * 1'000'000'000LL;
    r.endUnixNs = r.startUnixNs + 1'000'000'000LL;
    r.durationMs = 100.0 * (i + 1);
    r.method = QStringLiteral("POST");
    r.endpoint = i % 4 == 3 ? QStringLiteral("embeddings") : QStringLiteral("chat");
    r.model = i % 2 ? QStringLiteral("gpt-4o-mini") : QStringLiteral("claude-haiku-4-5");
    r.status = i == 5 ? 429 : 200;
    r.stream = i % 3 == 0;
    r.cache = i % 5 == 0 ? QStringLiteral("HIT") : QStringLiteral("MISS");
    if (r.cache == QLatin1String("HIT"))
        r.savedUsd = 0.5;
    r.usage.input = 100 * (i + 1);
    r.usage.output = 10 * (i + 1);
    r.usage.total = 110 * (i + 1);
    r.costUsd = 0.001 * (i + 1);
    r.user = i < 4 ? QStringLiteral("alice") : QStringLiteral("bob");
    r.tags = {i % 2 ? QStringLiteral("odd") : QStringLiteral("even")};
    r.requestHash = i < 6 ? QByteArray("same") : QByteArray::number(i);
    r.searchInput = i == 7 ? QByteArray("explain the refund policy") : QByteArray("hello");
    r.searchOutput = "answer " + QByteArray::number(i);
    r.requestBody = QByteArray("{\"i\":") + QByteArray::number(i) + '}';
    return r;
}

} // namespace

class TestTraceReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        TraceStore store(path(), QStringLiteral("seed"));
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        QList<TraceRecord> batch;
        for (int i = 0; i < 10; ++i)
            batch.append(call(i));
        QVERIFY2(store.insert(batch, &error), qPrintable(error));
    }

    void filtersAgainstSqlite_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QList<int>>("expected"); // call numbers, newest first
        QTest::newRow("all") << QString() << QList<int> {9, 8, 7, 6, 5, 4, 3, 2, 1, 0};
        QTest::newRow("model glob")
                << QStringLiteral("model:gpt-4o*") << QList<int> {9, 7, 5, 3, 1};
        QTest::newRow("errors") << QStringLiteral("status:>=400") << QList<int> {5};
        QTest::newRow("not errors")
                << QStringLiteral("-status:4xx") << QList<int> {9, 8, 7, 6, 4, 3, 2, 1, 0};
        QTest::newRow("cache hit") << QStringLiteral("cache:hit") << QList<int> {5, 0};
        QTest::newRow("stream") << QStringLiteral("stream:yes") << QList<int> {9, 6, 3, 0};
        QTest::newRow("user and model")
                << QStringLiteral("user:alice model:claude-haiku-4-5") << QList<int> {2, 0};
        QTest::newRow("tag") << QStringLiteral("tag:odd") << QList<int> {9, 7, 5, 3, 1};
        QTest::newRow("endpoint") << QStringLiteral("endpoint:embeddings") << QList<int> {7, 3};
        QTest::newRow("cost") << QStringLiteral("cost:>0.008") << QList<int> {9, 8};
        QTest::newRow("tokens") << QStringLiteral("tokens:<=220") << QList<int> {1, 0};
        QTest::newRow("duration") << QStringLiteral("duration:>0.85s") << QList<int> {9, 8};
        QTest::newRow("full text") << QStringLiteral("refund") << QList<int> {7};
        QTest::newRow("phrase + model")
                << QStringLiteral("\"refund policy\" model:gpt-4o-mini") << QList<int> {7};
        QTest::newRow("not text") << QStringLiteral("-hello") << QList<int> {7};
        QTest::newRow("since") << QStringLiteral("since:2025-11-22") << QList<int> {8, 5, 2};
    }
    void filtersAgainstSqlite()
    {
        QFETCH(QString, filter);
        QFETCH(QList<int>, expected);
        TraceReader reader(path(), QStringLiteral("r1"));
        QString error;
        QVERIFY(reader.open(&error));
        const auto parsed = TraceFilter::parse(filter, &error);
        QVERIFY2(parsed, qPrintable(error));
        const QList<TraceRecord> rows = reader.page(*parsed, 0, 100, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QList<int> numbers;
        for (const TraceRecord &r : rows)
            numbers.append(int(r.id) - 1);
        QCOMPARE(numbers, expected);
        QCOMPARE(reader.count(*parsed, &error), qint64(expected.size()));

        // The browser's id list runs the same filter through SQLite's own API.
        const TraceReader::IdList list = reader.ids(*parsed, {TraceSort::Time, true}, 0, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QList<int> listed;
        for (qint64 id : list.ids)
            listed.append(int(id) - 1);
        QCOMPARE(listed, expected);
        QCOMPARE(list.newestId, qint64(10));
    }

    void idListsSortedAndAfter_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<bool>("descending");
        QTest::addColumn<qint64>("after");
        QTest::addColumn<QList<qint64>>("expected");
        QTest::newRow("time") << int(TraceSort::Time) << false << qint64(0)
                              << QList<qint64> {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        QTest::newRow("time after 7")
                << int(TraceSort::Time) << false << qint64(7) << QList<qint64> {8, 9, 10};
        QTest::newRow("time descending after 7")
                << int(TraceSort::Time) << true << qint64(7) << QList<qint64> {10, 9, 8};
        // Durations grow with the call number; ties never happen.
        QTest::newRow("duration descending") << int(TraceSort::Duration) << true << qint64(0)
                                             << QList<qint64> {10, 9, 8, 7, 6, 5, 4, 3, 2, 1};
        // Two models: ties broken by id in the same direction.
        QTest::newRow("model") << int(TraceSort::Model) << false << qint64(0)
                               << QList<qint64> {1, 3, 5, 7, 9, 2, 4, 6, 8, 10};
        QTest::newRow("status descending") << int(TraceSort::Status) << true << qint64(0)
                                           << QList<qint64> {6, 10, 9, 8, 7, 5, 4, 3, 2, 1};
    }
    void idListsSortedAndAfter()
    {
        QFETCH(int, key);
        QFETCH(bool, descending);
        QFETCH(qint64, after);
        QFETCH(QList<qint64>, expected);
        TraceReader reader(path(), QStringLiteral("ids"));
        QString error;
        QVERIFY(reader.open(&error));
        const TraceReader::IdList list =
                reader.ids({}, {TraceSort::Key(key), descending}, after, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(list.ids, expected);
    }

    void numericSortsAsSqliteSorts()
    {
        // Numbers are sorted by the reader, not by SQLite: the same order as SQLite's, unknown
        // values (NULL) first when ascending, ties by id in the same direction.
        const QString file = m_dir.filePath(QStringLiteral("numeric.sqlite"));
        {
            TraceStore store(file, QStringLiteral("numeric-seed"));
            QString error;
            QVERIFY2(store.open(&error), qPrintable(error));
            QList<TraceRecord> batch;
            for (int i = 0; i < 40; ++i) {
                TraceRecord r = call(i);
                r.costUsd = i % 5 == 0 ? std::nullopt : std::optional<double>(0.001 * (i % 4));
                r.usage.input = i % 7 == 0 ? std::nullopt : std::optional<qint64>(i % 6);
                r.usage.output = i % 3 == 0 ? std::nullopt : std::optional<qint64>(1000 - i);
                r.ttftMs = r.stream ? std::optional<double>(i % 9) : std::nullopt;
                r.durationMs = double(i % 11);
                batch.append(r);
            }
            QVERIFY2(store.insert(batch, &error), qPrintable(error));
        }
        TraceReader reader(file, QStringLiteral("numeric"));
        QString error;
        QVERIFY(reader.open(&error));
        const auto gpt = TraceFilter::parse(QStringLiteral("model:gpt-4o-mini"), &error);
        QVERIFY(gpt);
        for (TraceSort::Key key : {TraceSort::InputTokens, TraceSort::OutputTokens, TraceSort::Cost,
                                   TraceSort::TimeToFirstToken, TraceSort::Duration}) {
            QVERIFY(TraceSort::isNumeric(key));
            for (bool descending : {false, true}) {
                const TraceSort sort {key, descending};
                for (const auto &[filter, where] :
                     {std::pair {TraceFilter(), QStringLiteral("1")},
                      std::pair {*gpt, QStringLiteral("t.model = 'gpt-4o-mini'")}}) {
                    QSqlQuery q(reader.database());
                    QVERIFY(q.exec(QStringLiteral("SELECT t.id FROM traces t WHERE ") + where
                                   + QStringLiteral(" AND t.id > 3 ORDER BY ") + sort.orderBy()));
                    QList<qint64> expected;
                    while (q.next())
                        expected.append(q.value(0).toLongLong());
                    QVERIFY(expected.size() > 10);
                    const TraceReader::IdList list = reader.ids(filter, sort, 3, &error);
                    QVERIFY2(error.isEmpty(), qPrintable(error));
                    QCOMPARE(list.ids, expected);
                }
            }
        }
    }

    void summariesInTheOrderAsked()
    {
        TraceReader reader(path(), QStringLiteral("summaries"));
        QString error;
        QVERIFY(reader.open(&error));
        const QList<TraceRecord> rows = reader.summaries({7, 2, 999, 5}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(rows.size(), 3); // 999 is not in the store
        QCOMPARE(rows.at(0).id, qint64(7));
        QCOMPARE(rows.at(1).id, qint64(2));
        QCOMPARE(rows.at(2).id, qint64(5));
        QCOMPARE(rows.at(0).model, QStringLiteral("claude-haiku-4-5"));
        QVERIFY(rows.at(0).requestBody.isEmpty()); // no payload in a summary
        QVERIFY(reader.summaries({}, &error).isEmpty());
    }

    void distinctValuesForCompletion()
    {
        TraceReader reader(path(), QStringLiteral("distinct"));
        QString error;
        QVERIFY(reader.open(&error));
        QCOMPARE(reader.distinctValues(QStringLiteral("model"), 10, &error),
                 (QStringList {QStringLiteral("claude-haiku-4-5"), QStringLiteral("gpt-4o-mini")}));
        QCOMPARE(reader.distinctValues(QStringLiteral("user"), 1, &error),
                 QStringList {QStringLiteral("alice")});
        QCOMPARE(reader.distinctValues(QStringLiteral("tag"), 10, &error),
                 (QStringList {QStringLiteral("even"), QStringLiteral("odd")}));
        QVERIFY(reader.distinctValues(QStringLiteral("cost"), 10, &error).isEmpty());
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void keysetPaging()
    {
        TraceReader reader(path(), QStringLiteral("r2"));
        QString error;
        QVERIFY(reader.open(&error));
        QList<qint64> ids;
        qint64 cursor = 0;
        for (;;) {
            const auto page = reader.page({}, cursor, 3, &error);
            if (page.isEmpty())
                break;
            for (const TraceRecord &r : page)
                ids.append(r.id);
            cursor = page.last().id;
        }
        QCOMPARE(ids, (QList<qint64> {10, 9, 8, 7, 6, 5, 4, 3, 2, 1}));
    }

    void loadsPayloadAndUsage()
    {
        TraceReader reader(path(), QStringLiteral("r3"));
        QString error;
        QVERIFY(reader.open(&error));
        const auto r = reader.load(8, &error);
        QVERIFY(r);
        QCOMPARE(r->requestBody, QByteArray("{\"i\":7}"));
        QCOMPARE(r->usage.input, 800);
        QCOMPARE(r->tags, QStringList {QStringLiteral("odd")});
        QVERIFY(!reader.load(999, &error));
    }

    void csvExport()
    {
        const QString out = m_dir.filePath(QStringLiteral("out.csv"));
        const auto result =
                ExportCommand::run({QStringLiteral("csv"), path(),
                                    QStringLiteral("model:gpt-4o-mini status:429"), out});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.written, 1);
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArrayList lines = file.readAll().split('\n');
        QCOMPARE(lines.at(0), CsvExporter::headerLine().trimmed() + '\r');
        QCOMPARE(lines.at(1),
                 QByteArray("0af7651916cd43dd8448eb211c80319c,0000000000001005,,"
                            "2025-11-22T00:00:05.000Z,chat,gpt-4o-mini,429,false,HIT,600,60,,,,"
                            "0.006,0.5,,,600.000,bob,,,odd\r"));

        // Bad requests: exit 2, and the output is left alone.
        QCOMPARE(ExportCommand::run({QStringLiteral("csv"), path(), QStringLiteral("bogus:1"), out})
                         .exitCode,
                 2);
        QCOMPARE(ExportCommand::run({QStringLiteral("csv"), path(), QString(),
                                     QStringLiteral("/nonexistent/dir/out.csv")})
                         .exitCode,
                 2);
        QCOMPARE(ExportCommand::run({QStringLiteral("csv"),
                                     m_dir.filePath(QStringLiteral("missing.sqlite")), QString(),
                                     out})
                         .exitCode,
                 2);
        QVERIFY(QFile(out).size() > 0);
    }

    // A damaged page in the middle of the table: the export stops with SQLite's error and
    // leaves no file, rather than writing the calls before the damage and reporting success.
    void exportStopsAtADamagedPage()
    {
        const QString damaged = m_dir.filePath(QStringLiteral("damaged.sqlite"));
        {
            TraceStore store(damaged, QStringLiteral("damaged"));
            QString error;
            QVERIFY2(store.open(&error), qPrintable(error));
            QList<TraceRecord> batch;
            for (int i = 0; i < 3000; ++i)
                batch.append(call(i));
            QVERIFY2(store.insert(batch, &error), qPrintable(error));
        }
        qint64 page = 0;
        qint64 pageSize = 0;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), damaged);
            db.setDatabaseName(damaged);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA page_size")) && q.next());
            pageSize = q.value(0).toLongLong();
            QVERIFY(q.exec(QStringLiteral("SELECT pageno FROM dbstat WHERE name = 'traces' AND "
                                          "pagetype = 'leaf' ORDER BY pageno")));
            QList<qint64> leaves;
            while (q.next())
                leaves.append(q.value(0).toLongLong());
            QVERIFY(leaves.size() > 10);
            page = leaves.at(leaves.size() / 2);
            q.finish();
            db.close();
            db = {};
            QSqlDatabase::removeDatabase(damaged);
        }
        QFile file(damaged);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek((page - 1) * pageSize));
        file.write(QByteArray(64, '\xff')); // no valid page type: SQLITE_CORRUPT when read
        file.close();

        const QString out = m_dir.filePath(QStringLiteral("damaged.csv"));
        const auto result = ExportCommand::run({QStringLiteral("csv"), damaged, QString(), out});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.message.contains(QStringLiteral("malformed")), qPrintable(result.message));
        QVERIFY(!QFile::exists(out));
    }

    // A store an older TokenTap left is brought up to date before it is read (the reader's
    // queries name the current columns); one from a newer TokenTap is refused, untouched.
    void exportCommandOnOtherVersions()
    {
        const QString old = m_dir.filePath(QStringLiteral("old.sqlite"));
        const QString newer = m_dir.filePath(QStringLiteral("newer.sqlite"));
        for (const auto &[file, version] : {std::pair {old, 6}, std::pair {newer, 7}}) {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), file);
            db.setDatabaseName(file);
            QString error;
            QVERIFY(db.open());
            QVERIFY2(TraceSchema::migrateTo(db, version, &error), qPrintable(error));
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("INSERT INTO traces (trace_id, span_id, start_ns, "
                                          "model, status) VALUES ('t', 's', 1, 'gpt-4o', 200)")));
            if (file == newer)
                QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 99")));
            q.finish();
            db.close();
            db = {};
            QSqlDatabase::removeDatabase(file);
        }
        const QString out = m_dir.filePath(QStringLiteral("versions.csv"));
        const auto fromOld = ExportCommand::run({QStringLiteral("csv"), old, QString(), out});
        QVERIFY2(fromOld.exitCode == 0, qPrintable(fromOld.message));
        QCOMPARE(fromOld.written, 1);
        TraceReader reader(old, QStringLiteral("versions"));
        QString error;
        QVERIFY(reader.open(&error));
        QCOMPARE(reader.schemaVersion(), TraceSchema::CurrentVersion);

        const auto fromNewer = ExportCommand::run({QStringLiteral("csv"), newer, QString(), out});
        QCOMPARE(fromNewer.exitCode, 2);
        QVERIFY2(fromNewer.message.contains(QStringLiteral("newer than this TokenTap")),
                 qPrintable(fromNewer.message));
    }

private:
    QString path() const { return m_dir.filePath(QStringLiteral("traces.sqlite")); }
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestTraceReader)
#include "tst_tracereader.moc"
