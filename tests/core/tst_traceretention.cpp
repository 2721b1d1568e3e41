#include "trace/traceretention.h"
#include "trace/tracestore.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

constexpr qint64 Day = 86'400'000'000'000LL;
constexpr qint64 Now = 1'763'596'800'000'000'000LL;

qint64 count(QSqlDatabase db, const char *table)
{
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table));
    q.next();
    return q.value(0).toLongLong();
}

void seed(TraceStore &store, int calls, qint64 firstStart, qint64 step, int bodyBytes)
{
    QList<TraceRecord> batch;
    for (int i = 0; i < calls; ++i) {
        TraceRecord r;
        r.traceId = "t";
        r.spanId = QByteArray::number(i);
        r.startUnixNs = firstStart + i * step;
        r.tags = {QStringLiteral("x")};
        r.searchInput = "hello " + QByteArray::number(i);
        // Incompressible, so that the size limit has something to bite on.
        QByteArray body(bodyBytes, Qt::Uninitialized);
        QRandomGenerator random(quint32(i + 1));
        for (int j = 0; j < bodyBytes; ++j)
            body[j] = char(random.bounded(256));
        r.responseBody = body;
        batch.append(r);
    }
    QString error;
    QVERIFY2(store.insert(batch, &error), qPrintable(error));
}

} // namespace

class TestTraceRetention : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void byAge()
    {
        QTemporaryDir dir;
        TraceStore store(dir.filePath(QStringLiteral("t.sqlite")), QStringLiteral("age"));
        QString error;
        QVERIFY(store.open(&error));
        // 20 calls, one a day, the newest today.
        seed(store, 20, Now - 19 * Day, Day, 100);
        TraceRetention retention;
        retention.maxAgeDays = 7;
        QSqlDatabase db = store.database();
        const auto result = retention.apply(db, Now + 1, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // Kept: started within the last 7 days (days -6 .. 0, and exactly -7 days is out).
        QCOMPARE(result.deletedByAge, 13);
        QCOMPARE(count(db, "traces"), 7);
        QCOMPARE(count(db, "trace_payloads"), 7);
        QCOMPARE(count(db, "trace_tags"), 7);
        QCOMPARE(count(db, "traces_fts"), 7);
        // The per-day rollup follows deletions.
        QSqlQuery rollup(db);
        QVERIFY(rollup.exec(QStringLiteral("SELECT sum(calls) FROM usage_daily")) && rollup.next());
        QCOMPARE(rollup.value(0).toLongLong(), 7);
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT min(start_ns) FROM traces"));
        q.next();
        QVERIFY(q.value(0).toLongLong() > Now - 7 * Day);
    }

    void bySize()
    {
        QTemporaryDir dir;
        TraceStore store(dir.filePath(QStringLiteral("t.sqlite")), QStringLiteral("size"));
        QString error;
        QVERIFY(store.open(&error));
        seed(store, 2000, Now - 2000, 1, 4000);
        QSqlDatabase db = store.database();
        const qint64 before = TraceRetention::usedBytes(db);
        QVERIFY(before > 8 * 1024 * 1024);
        TraceRetention retention;
        retention.maxBytes = 2 * 1024 * 1024;
        const auto result = retention.apply(db, Now, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(TraceRetention::usedBytes(db) <= retention.maxBytes);
        QVERIFY(result.deletedBySize > 1000);
        // The newest calls are the ones kept.
        QSqlQuery q(db);
        QVERIFY2(q.exec(QStringLiteral("SELECT max(id), count(*) FROM traces")),
                 qPrintable(q.lastError().text()));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), 2000);
        QCOMPARE(q.value(1).toLongLong(), 2000 - result.deletedBySize);
        QCOMPARE(count(db, "trace_payloads"), q.value(1).toLongLong());
    }

    void inactiveDoesNothing()
    {
        QTemporaryDir dir;
        TraceStore store(dir.filePath(QStringLiteral("t.sqlite")), QStringLiteral("none"));
        QString error;
        QVERIFY(store.open(&error));
        seed(store, 5, 0, Day, 10);
        TraceRetention retention;
        QVERIFY(!retention.isActive());
        QSqlDatabase db = store.database();
        retention.apply(db, Now, &error);
        QCOMPARE(count(db, "traces"), 5);
    }
};

QTEST_GUILESS_MAIN(TestTraceRetention)
#include "tst_traceretention.moc"
