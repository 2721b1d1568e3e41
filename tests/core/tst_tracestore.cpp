#include "trace/bodycompression.h"
#include "trace/traceschema.h"
#include "trace/tracestore.h"
#include "trace/walcheckpointer.h"

#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

TraceRecord sample(int i)
{
    TraceRecord r;
    r.traceId = "0af7651916cd43dd8448eb211c80319c";
    r.spanId = QByteArray::number(0x1000 + i, 16).rightJustified(16, '0');
    r.startUnixNs = 1'767'225'600'000'000'000LL + i;
    r.endUnixNs = r.startUnixNs + 1'250'000'000LL;
    r.durationMs = 1250;
    r.ttfbMs = 310.5;
    r.method = QStringLiteral("POST");
    r.url = QStringLiteral("https://api.openai.com:443/v1/chat/completions");
    r.upstream = QStringLiteral("openai");
    r.endpoint = QStringLiteral("chat");
    r.model = QStringLiteral("gpt-4o-mini");
    r.status = 200;
    r.usage.input = 1200;
    r.usage.output = 300;
    r.usage.total = 1500;
    r.usage.cachedInput = 1024;
    r.costUsd = 0.000345;
    r.tags = {QStringLiteral("prod"), QStringLiteral("nightly")};
    r.user = QStringLiteral("alice");
    r.requestHeadersJson = R"([["Content-Type","application/json"]])";
    r.requestBody = QByteArray(R"({"model":"gpt-4o-mini","messages":[]})");
    r.responseBody = QByteArray(4000, 'x'); // compressed in the store
    r.searchInput = "what is the capital of france";
    r.searchOutput = "Paris";
    return r;
}

// A database as an older TokenTap left it: the schema up to `version`, then `sql` run on it.
bool writeOldDatabase(const QString &path, int version, const QStringList &sql = {})
{
    bool ok = false;
    {
        QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
        db.setDatabaseName(path);
        QString error;
        ok = db.open() && TraceSchema::migrateTo(db, version, &error)
                && TraceSchema::version(db) == version;
        QSqlQuery q(db);
        for (const QString &statement : sql)
            ok = ok && q.exec(statement);
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old"));
    return ok;
}

} // namespace

class TestTraceStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void createsPrivateWalDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("traces.sqlite"));
        TraceStore store(path, QStringLiteral("t1"));
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        // 0600: nobody but the user (group and other bits clear).
        QCOMPARE(QFileInfo(path).permissions(),
                 QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser);
        QSqlQuery q(store.database());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QSqlDatabase db = store.database();
        QCOMPARE(TraceSchema::version(db), TraceSchema::CurrentVersion);
    }

    void insertAndReadBack()
    {
        QTemporaryDir dir;
        TraceStore store(dir.filePath(QStringLiteral("traces.sqlite")), QStringLiteral("t2"));
        QString error;
        QVERIFY(store.open(&error));
        QList<TraceRecord> batch = {sample(0), sample(1), sample(2)};
        batch[1].usage = {}; // unknown usage stays NULL, never 0
        batch[1].costUsd.reset();
        batch[2].requestBody = QByteArray("\xff\xfe not utf-8 \x80", 13);
        QVERIFY2(store.insert(batch, &error), qPrintable(error));
        QVERIFY(batch[0].id > 0 && batch[1].id == batch[0].id + 1);

        QSqlQuery q(store.database());
        QVERIFY(q.exec(QStringLiteral("SELECT input_tokens, cached_tokens, cost_usd, tags, model "
                                      "FROM traces ORDER BY id")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), 1200);
        QCOMPARE(q.value(1).toLongLong(), 1024);
        QCOMPARE(q.value(2).toDouble(), 0.000345);
        QCOMPARE(q.value(3).toString(), QStringLiteral("prod,nightly"));
        QVERIFY(q.next());
        QVERIFY(q.value(0).isNull());
        QVERIFY(q.value(2).isNull());

        QVERIFY(q.exec(QStringLiteral("SELECT request_body, response_body, compressed FROM "
                                      "trace_payloads ORDER BY trace_rowid")));
        QVERIFY(q.next());
        QCOMPARE(q.value(2).toInt(), 2); // only the large response body
        QCOMPARE(q.value(0).toByteArray(), sample(0).requestBody);
        QCOMPARE(BodyCompression::decompress(q.value(1).toByteArray()), QByteArray(4000, 'x'));
        QVERIFY(q.next() && q.next());
        QCOMPARE(q.value(0).toByteArray(), QByteArray("\xff\xfe not utf-8 \x80", 13));

        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM trace_tags WHERE tag = 'nightly'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 3);
        QVERIFY(q.exec(
                QStringLiteral("SELECT rowid FROM traces_fts WHERE traces_fts MATCH 'capital'")));
        int hits = 0;
        while (q.next())
            ++hits;
        QCOMPARE(hits, 3);
    }

    void reopensAndKeepsRows()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("traces.sqlite"));
        QString error;
        {
            TraceStore store(path, QStringLiteral("t3"));
            QVERIFY(store.open(&error));
            QList<TraceRecord> batch = {sample(0)};
            QVERIFY(store.insert(batch, &error));
        }
        TraceStore again(path, QStringLiteral("t4"));
        QVERIFY(again.open(&error));
        QSqlQuery q(again.database());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM traces")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void migratesEveryEarlierVersion()
    {
        for (int version = 0; version < TraceSchema::CurrentVersion; ++version) {
            QTemporaryDir dir;
            const QString path = dir.filePath(QStringLiteral("traces.sqlite"));
            QVERIFY(writeOldDatabase(path, version));
            TraceStore store(path, QStringLiteral("t5"));
            QString error;
            QVERIFY2(store.open(&error), qPrintable(error));
            QList<TraceRecord> batch = {sample(version)};
            QVERIFY(store.insert(batch, &error));
        }
    }

    void keepsSearchableTextAcrossTheWordIndexMigration()
    {
        // Version 1 indexed whole texts with positions; version 2 rebuilds the index from them.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("traces.sqlite"));
        QVERIFY(writeOldDatabase(
                path, 1,
                {QStringLiteral("INSERT INTO traces (id, trace_id, span_id, start_ns) VALUES (7, "
                                "'a', 'b', 1)"),
                 QStringLiteral("INSERT INTO traces_fts (rowid, input, output) VALUES (7, 'Which "
                                "river flows through Paris?', 'The Seine, the Seine.')")}));
        TraceStore store(path, QStringLiteral("v2"));
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        QSqlDatabase db = store.database();
        QCOMPARE(TraceSchema::version(db), TraceSchema::CurrentVersion);
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral(
                "SELECT rowid FROM traces_fts WHERE traces_fts MATCH '\"seine\" \"river\"'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), 7);
    }

    void addsTheExportOutboxToAVersion2Database()
    {
        // Version 3 adds the OTLP export outbox; calls recorded before keep their rows and are
        // not queued for export after the fact.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("traces.sqlite"));
        QVERIFY(writeOldDatabase(path, 2,
                                 {QStringLiteral("INSERT INTO traces (id, trace_id, span_id, "
                                                 "start_ns) VALUES (7, 'a', 'b', 1)")}));
        TraceStore store(path, QStringLiteral("v3"));
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        QSqlDatabase db = store.database();
        QCOMPARE(TraceSchema::version(db), TraceSchema::CurrentVersion);
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM traces")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM export_outbox")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY2(store.setExportRoutes({{QStringLiteral("d"), {}, 1.0}}, {QStringLiteral("d")},
                                       &error),
                 qPrintable(error));
        QList<TraceRecord> batch = {sample(1)};
        QVERIFY2(store.insert(batch, &error), qPrintable(error));
        QVERIFY(q.exec(QStringLiteral("SELECT trace_rowid FROM export_outbox")) && q.next());
        QCOMPARE(q.value(0).toLongLong(), batch.first().id);
    }

    void keepsTheDailyRollupPerBatchAcrossTheMigration()
    {
        // Up to version 3 a trigger added each call to usage_daily; from version 4 the store
        // adds each batch. A version-3 database keeps its rows, and both kinds of rows add up.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("traces.sqlite"));
        QVERIFY(writeOldDatabase(
                path, 3,
                {QStringLiteral("INSERT INTO traces (trace_id, span_id, start_ns, model, "
                                "input_tokens, output_tokens, cost_usd, cache) VALUES ('a', 'b', "
                                "1767225600000000000, 'gpt-4o-mini', 10, 5, 0.5, 'MISS')")}));
        TraceStore store(path, QStringLiteral("v4"));
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        QList<TraceRecord> batch;
        for (int i = 0; i < 5; ++i) {
            TraceRecord r = sample(i);
            if (i == 1)
                r.model.clear(); // counted under ''
            if (i == 2)
                r.startUnixNs += 86'400'000'000'000LL; // the next day
            r.cache = i == 3 ? QStringLiteral("HIT") : QStringLiteral("MISS");
            if (i == 3)
                r.savedUsd = 0.25;
            batch.append(r);
        }
        QVERIFY2(store.insert(batch, &error), qPrintable(error));
        QSqlQuery q(store.database());
        // The rollup holds exactly what a scan of the calls gives.
        const QString scan = QStringLiteral(
                "SELECT start_ns / 86400000000000 AS day, coalesce(model, '') AS m, count(*), "
                "sum(coalesce(input_tokens, 0)), sum(coalesce(cached_tokens, 0)), "
                "sum(coalesce(output_tokens, 0)), round(sum(coalesce(cost_usd, 0)), 9), "
                "sum(cache IS 'HIT'), sum(cache IS 'MISS'), sum(cache IS 'BYPASS'), "
                "round(sum(coalesce(saved_usd, 0)), 9) FROM traces GROUP BY day, m "
                "ORDER BY day, m");
        QString rollup = QStringLiteral(
                "SELECT day, model, calls, input_tokens, cached_tokens, output_tokens, "
                "round(cost_usd, 9), cache_hits, cache_misses, cache_bypassed, "
                "round(saved_usd, 9) FROM usage_daily ORDER BY day, model");
        auto rows = [&q](const QString &sql) {
            QStringList out;
            if (!q.exec(sql))
                return QStringList {q.lastError().text()};
            while (q.next()) {
                QStringList row;
                for (int c = 0; c < 11; ++c)
                    row.append(q.value(c).toString());
                out.append(row.join(u'|'));
            }
            return out;
        };
        const QStringList expected = rows(scan);
        QCOMPARE(expected.size(), 3); // day 1 with and without a model, day 2
        QCOMPARE(rows(rollup), expected);
        // Three new calls and the old one.
        QVERIFY2(expected.at(1).startsWith(QLatin1String("20454|gpt-4o-mini|4|")),
                 qPrintable(expected.at(1)));
        // Deletes still go through their trigger; a day and model left without calls keeps a
        // row of zeros, which readers skip.
        QCOMPARE(store.remove({batch.at(0).id, batch.at(2).id}, &error), 2);
        QCOMPARE(rows(rollup.replace(QLatin1String("FROM usage_daily"),
                                     QLatin1String("FROM usage_daily WHERE calls > 0"))),
                 rows(scan));
    }

    void checkpointsInTheBackgroundAndKeepsTheLogBounded()
    {
        // 160 MiB of incompressible bodies, written as fast as the store takes them: the log
        // is copied into the database by the checkpointing thread and started again at its
        // limit, never growing past it by more than a batch.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("traces.sqlite"));
        TraceStore store(path, QStringLiteral("wal"));
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        QVERIFY(store.checkpointer());
        QRandomGenerator random(7);
        constexpr qsizetype Body = 64 * 1024;
        constexpr qint64 Batch = 40; // 2.5 MiB
        qint64 largestLog = 0;
        for (int b = 0; b < 64; ++b) {
            QList<TraceRecord> batch;
            for (int i = 0; i < Batch; ++i) {
                TraceRecord r = sample(b * Batch + i);
                r.responseBody = QByteArray(Body, Qt::Uninitialized);
                random.fillRange(reinterpret_cast<quint32 *>(r.responseBody.data()), Body / 4);
                batch.append(r);
            }
            QVERIFY2(store.insert(batch, &error), qPrintable(error));
            largestLog = std::max(largestLog, QFileInfo(path + QStringLiteral("-wal")).size());
        }
        QVERIFY(store.checkpointer()->checkpoints() > 0);
        const qint64 limit = qint64(WalCheckpointer::LimitPages) * 4096;
        QVERIFY2(largestLog <= limit + 2 * Batch * Body, qPrintable(QString::number(largestLog)));
        // Every call is there, bodies intact.
        QSqlQuery q(store.database());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*), sum(length(response_body)) FROM "
                                      "trace_payloads")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), 64 * Batch);
        QVERIFY(q.value(1).toLongLong() >= 64 * Batch * Body); // stored as they came
    }

    void refusesNewerSchema()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("traces.sqlite"));
        {
            QSqlDatabase db =
                    QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("future"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = 99"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("future"));
        TraceStore store(path, QStringLiteral("t6"));
        QString error;
        QVERIFY(!store.open(&error));
        QVERIFY2(error.contains(QLatin1String("newer")), qPrintable(error));
    }

    void removesCallsWithEverythingTheyOwn()
    {
        QTemporaryDir dir;
        TraceStore store(dir.filePath(QStringLiteral("traces.sqlite")), QStringLiteral("t8"));
        QString error;
        QVERIFY(store.open(&error));
        QList<TraceRecord> batch;
        for (int i = 0; i < 6; ++i) {
            batch.append(sample(i));
            batch.last().tags = {QStringLiteral("t")};
            batch.last().searchInput = "findable";
        }
        QVERIFY2(store.insert(batch, &error), qPrintable(error));
        const qint64 first = batch.first().id;
        QCOMPARE(store.remove({first, first + 2, first + 5, 999'999}, &error), qint64(3));
        QSqlQuery q(store.database());
        auto count = [&](const char *sql) {
            return q.exec(QLatin1String(sql)) && q.next() ? q.value(0).toInt() : -1;
        };
        QCOMPARE(count("SELECT count(*) FROM traces"), 3);
        QCOMPARE(count("SELECT count(*) FROM trace_payloads"), 3);
        QCOMPARE(count("SELECT count(*) FROM trace_tags"), 3);
        QCOMPARE(count("SELECT count(*) FROM traces_fts WHERE traces_fts MATCH 'findable'"), 3);
        // The daily rollup follows (its delete trigger).
        QCOMPARE(count("SELECT sum(calls) FROM usage_daily"), 3);
    }

    void failedBatchLeavesNothing()
    {
        QTemporaryDir dir;
        TraceStore store(dir.filePath(QStringLiteral("traces.sqlite")), QStringLiteral("t7"));
        QString error;
        QVERIFY(store.open(&error));
        QList<TraceRecord> batch = {sample(0), sample(1)};
        batch[1].traceId.clear(); // violates NOT NULL
        QVERIFY(!store.insert(batch, &error));
        QVERIFY(!error.isEmpty());
        QSqlQuery q(store.database());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM traces")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM trace_payloads")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestTraceStore)
#include "tst_tracestore.moc"
