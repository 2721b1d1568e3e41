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

#include <cmath>

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

    void keepsTheUsageRollupAcrossTheMigration()
    {
        // Version 8 fills the quarter-hour rollup from the calls already stored (here two,
        // written by version 7); from then on each batch adds to it, and deletes and re-pricing
        // go through triggers. At every step it holds exactly what a scan of the calls gives.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("traces.sqlite"));
        QVERIFY(writeOldDatabase(
                path, 7,
                {QStringLiteral("INSERT INTO traces (trace_id, span_id, start_ns, model, status, "
                                "input_tokens, output_tokens, cost_usd, cache) VALUES ('a', 'b', "
                                "1767225600000000000, 'gpt-4o-mini', 200, 10, 5, 0.5, 'MISS')"),
                 QStringLiteral("INSERT INTO traces (trace_id, span_id, start_ns, model, status, "
                                "input_tokens, output_tokens) VALUES ('a', 'c', "
                                "1767225600000000001, 'gpt-4o-mini', 200, 10, 5)"),
                 // Never answered: no status, no cost, and not an unknown cost.
                 QStringLiteral("INSERT INTO traces (trace_id, span_id, start_ns, model) VALUES "
                                "('a', 'd', 1767225600000000002, 'gpt-4o-mini')")}));
        TraceStore store(path, QStringLiteral("v8"));
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        QList<TraceRecord> batch;
        constexpr qint64 Quarter = 900'000'000'000LL;
        for (int i = 0; i < 7; ++i) {
            TraceRecord r = sample(i);
            r.startUnixNs = 1767225600000000000LL + 1000; // the migrated calls' quarter-hour
            r.status = 200;
            if (i == 1)
                r.model.clear(); // counted under ''
            if (i == 2)
                r.startUnixNs += Quarter - 1001; // the quarter's last nanosecond
            if (i == 3)
                r.startUnixNs += Quarter; // the next quarter
            r.cache = i == 3 ? QStringLiteral("HIT") : QStringLiteral("MISS");
            if (i == 3)
                r.savedUsd = 0.25;
            if (i == 4)
                r.costUsd.reset(); // answered, not priced: an unknown cost
            if (i == 5) {
                r.costUsd.reset();
                r.status = 429; // refused: nothing to price, not unknown
            }
            if (i == 6)
                r.costUsd = std::nan(""); // stored as NULL: unknown too
            batch.append(r);
        }
        QVERIFY2(store.insert(batch, &error), qPrintable(error));
        QSqlQuery q(store.database());
        const QString scan = QStringLiteral(
                "SELECT start_ns / 900000000000 AS quarter, coalesce(model, '') AS m, count(*), "
                "sum(coalesce(input_tokens, 0)), sum(coalesce(cached_tokens, 0)), "
                "sum(coalesce(output_tokens, 0)), round(sum(coalesce(cost_usd, 0)), 9), "
                "sum(cost_usd IS NULL AND coalesce(status, 0) BETWEEN 200 AND 399), sum(cache IS "
                "'HIT'), "
                "sum(cache IS 'MISS'), sum(cache IS 'BYPASS'), "
                "round(sum(coalesce(saved_usd, 0)), 9) FROM traces GROUP BY quarter, m "
                "ORDER BY quarter, m");
        const QString rollup = QStringLiteral(
                "SELECT quarter, model, calls, input_tokens, cached_tokens, output_tokens, "
                "round(cost_usd, 9), unknown_cost, cache_hits, cache_misses, cache_bypassed, "
                "round(saved_usd, 9) FROM usage_quarter ORDER BY quarter, model");
        auto rows = [&q](const QString &sql) {
            QStringList out;
            if (!q.exec(sql))
                return QStringList {q.lastError().text()};
            while (q.next()) {
                QStringList row;
                for (int c = 0; c < 12; ++c)
                    row.append(q.value(c).toString());
                out.append(row.join(u'|'));
            }
            return out;
        };
        const QStringList expected = rows(scan);
        QCOMPARE(expected.size(), 3); // the first quarter with and without a model, the next
        QCOMPARE(rows(rollup), expected);
        // 2026-01-01T00:00Z is quarter 1,963,584. The three migrated calls and five new ones,
        // three of unknown cost: the migrated one without a cost, calls 4 and 6.
        auto counts = [&q](const QString &model) {
            q.prepare(QStringLiteral("SELECT calls, unknown_cost FROM usage_quarter WHERE "
                                     "quarter = 1963584 AND model = ?"));
            q.addBindValue(model);
            return q.exec() && q.next() ? std::pair(q.value(0).toInt(), q.value(1).toInt())
                                        : std::pair(-1, -1);
        };
        QCOMPARE(counts(QStringLiteral("gpt-4o-mini")), std::pair(8, 3));

        // Re-pricing: a cost found for call 4 is no longer unknown.
        QVERIFY(q.exec(QStringLiteral("UPDATE traces SET cost_usd = 0.125 WHERE id = ")
                       + QString::number(batch.at(4).id)));
        QCOMPARE(rows(rollup), rows(scan));
        QCOMPARE(counts(QStringLiteral("gpt-4o-mini")), std::pair(8, 2));

        // Deletes go through their trigger; a quarter and model left without calls loses its
        // row (call 3 was alone in the next quarter).
        QCOMPARE(store.remove({batch.at(0).id, batch.at(3).id, batch.at(1).id}, &error), 3);
        QCOMPARE(rows(rollup), rows(scan));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM traces WHERE span_id = 'd'")));
        QCOMPARE(rows(rollup), rows(scan));
        QCOMPARE(rows(rollup).size(), 1);
        QCOMPARE(counts(QStringLiteral("gpt-4o-mini")), std::pair(6, 2));
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
        // The usage rollup follows (its delete trigger).
        QCOMPARE(count("SELECT sum(calls) FROM usage_quarter"), 3);
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
