#include "trace/exportoutbox.h"
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

// A store of its own, open, in a folder removed with it.
struct StoreInTempDir
{
    explicit StoreInTempDir(const QString &connection)
        : store(dir.filePath(QStringLiteral("t.sqlite")), connection)
    {
        QString error;
        opened = store.open(&error);
    }
    QTemporaryDir dir;
    TraceStore store;
    bool opened = false;
};

} // namespace

class TestTraceRetention : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void byAge()
    {
        StoreInTempDir s(QStringLiteral("age"));
        QVERIFY(s.opened);
        TraceStore &store = s.store;
        QString error;
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
        // The usage rollup follows deletions.
        QSqlQuery rollup(db);
        QVERIFY(rollup.exec(QStringLiteral("SELECT sum(calls) FROM usage_quarter"))
                && rollup.next());
        QCOMPARE(rollup.value(0).toLongLong(), 7);
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT min(start_ns) FROM traces"));
        q.next();
        QVERIFY(q.value(0).toLongLong() > Now - 7 * Day);
    }

    // Ids follow the order calls were stored in, not their start: an imported call (or one
    // recorded while the clock was set back) is stored after newer ones. Only it is too old.
    void byAgeGoesByStartTimeNotByStoreOrder()
    {
        StoreInTempDir s(QStringLiteral("import"));
        QVERIFY(s.opened);
        TraceStore &store = s.store;
        QString error;
        seed(store, 10, Now - 3'600'000'000'000LL, 1'000'000'000LL, 10);
        seed(store, 1, Now - 30 * Day, 0, 10);
        TraceRetention retention;
        retention.maxAgeDays = 7;
        QSqlDatabase db = store.database();
        QCOMPARE(retention.apply(db, Now, &error).deletedByAge, 1);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(count(db, "traces"), 10);
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT min(start_ns) FROM traces")) && q.next());
        QCOMPARE(q.value(0).toLongLong(), Now - 3'600'000'000'000LL);
    }

    // A deleted call's id can be taken by the next call stored: its export outbox rows go with
    // it, or that next call would be sent where the destination's filter never chose it.
    void deletedCallsLeaveNothingToExport()
    {
        StoreInTempDir s(QStringLiteral("outbox"));
        QVERIFY(s.opened);
        TraceStore &store = s.store;
        QString error;
        seed(store, 3, Now - 3, 1, 10);
        QSqlDatabase db = store.database();
        QCOMPARE(ExportOutbox::enqueueCalls(db, QStringLiteral("collector"), {1, 2, 3}, &error), 3);
        QCOMPARE(store.remove({3}, &error), 1);
        QCOMPARE(count(db, "export_outbox"), 2);
        seed(store, 1, Now, 0, 10); // takes id 3 again
        QCOMPARE(count(db, "export_outbox"), 2);
        QCOMPARE(TraceRetention::deleteAll(db, &error), 3);
        QCOMPARE(count(db, "export_outbox"), 0);
        QCOMPARE(count(db, "traces_fts"), 0);
    }

    void bySize()
    {
        StoreInTempDir s(QStringLiteral("size"));
        QVERIFY(s.opened);
        TraceStore &store = s.store;
        QString error;
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
        StoreInTempDir s(QStringLiteral("none"));
        QVERIFY(s.opened);
        TraceStore &store = s.store;
        QString error;
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
