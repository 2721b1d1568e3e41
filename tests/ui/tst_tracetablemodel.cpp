// The trace list's model over a real store: placeholders then summaries, filters and sorts run
// in SQL, live calls appended or inserted in place, deletions, "clear view".

#include "traceloader.h"
#include "tracetablemodel.h"

#include "trace/tracestore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

constexpr qint64 Start = 1'763'596'800'000'000'000LL;

TraceRecord call(int i)
{
    TraceRecord r;
    r.traceId = QByteArray::number(i / 10, 16).rightJustified(32, '0');
    r.spanId = QByteArray::number(0x1000 + i, 16).rightJustified(16, '0');
    r.startUnixNs = Start + qint64(i) * 1'000'000'000LL;
    r.endUnixNs = r.startUnixNs + 500'000'000LL;
    r.durationMs = 10.0 + (i * 37) % 1000; // distinct durations for i < 1000
    r.method = QStringLiteral("POST");
    r.endpoint = QStringLiteral("chat");
    r.model = i % 3 == 0 ? QStringLiteral("gpt-4o") : QStringLiteral("claude-haiku-4-5");
    r.status = i % 50 == 7 ? 500 : 200;
    r.cache = i % 10 == 0 ? QStringLiteral("HIT") : QStringLiteral("MISS");
    r.usage.input = 100 + i;
    r.usage.output = 10;
    r.costUsd = 0.0001 * i;
    r.user = QStringLiteral("user%1").arg(i % 4);
    r.searchInput = i == 42 ? QByteArray("zanzibar") : QByteArray("hello");
    return r;
}

} // namespace

class TestTraceTableModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_store = std::make_unique<TraceStore>(path(), QStringLiteral("seed"));
        QString error;
        QVERIFY2(m_store->open(&error), qPrintable(error));
        insert(0, 1200);
    }
    void cleanup()
    {
        m_store.reset();
        m_dir.reset();
    }

    void listsEveryCallWithPlaceholdersThenSummaries()
    {
        TraceLoader loader(path());
        TraceTableModel model(&loader);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE(model.rowCount(), 1200);
        QCOMPARE(model.columnCount(), int(TraceTableModel::ColumnCount));
        // A row far down shows a placeholder until its page arrives.
        const QModelIndex deep = model.index(1100, TraceTableModel::Model);
        (void)model.data(deep, Qt::DisplayRole);
        QTRY_VERIFY(model.data(deep, TraceTableModel::LoadedRole).toBool());
        QTRY_VERIFY(model.isIdle());
        QCOMPARE(model.data(deep).toString(), call(1100).model);
        QCOMPARE(model.data(deep, TraceTableModel::TraceRowIdRole).toLongLong(), qint64(1101));
        QCOMPARE(model.data(model.index(1100, TraceTableModel::Duration)).toString(),
                 QStringLiteral("710 ms"));
        QCOMPARE(model.data(model.index(1100, TraceTableModel::Model),
                            TraceTableModel::FilterTermRole)
                         .toString(),
                 QStringLiteral("model:claude-haiku-4-5"));
        // Errors and cache hits are marked.
        const QModelIndex failed = model.index(7, TraceTableModel::Status);
        (void)model.data(failed);
        QTRY_VERIFY(model.data(failed, TraceTableModel::LoadedRole).toBool());
        QVERIFY(model.data(failed, TraceTableModel::ErrorRole).toBool());
        QVERIFY(model.data(failed, Qt::ForegroundRole).isValid());
        QVERIFY(model.data(model.index(10, 0), TraceTableModel::CacheHitRole).toBool());
        QVERIFY(model.data(model.index(10, 0), Qt::BackgroundRole).isValid());
    }

    void filtersRunInSql()
    {
        TraceLoader loader(path());
        TraceTableModel model(&loader);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE(model.rowCount(), 1200);
        QSignalSpy loaded(&model, &TraceTableModel::listLoaded);
        model.setFilter(parse("model:gpt-4o status:200"));
        QTRY_COMPARE(loaded.size(), 1);
        // Every third call is gpt-4o; 1 in 50 failed, and of those every third again.
        int expected = 0;
        for (int i = 0; i < 1200; ++i)
            expected += i % 3 == 0 && i % 50 != 7;
        QCOMPARE(model.rowCount(), expected);
        model.setFilter(parse("zanzibar"));
        QTRY_COMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowIdAt(0), qint64(43));
        model.setFilter(parse("-user:user0 cache:hit"));
        // 120 hits (every tenth call); those with i % 20 == 0 are user0's.
        QTRY_COMPARE(model.rowCount(), 60);
        model.setFilter({});
        QTRY_COMPARE(model.rowCount(), 1200);
    }

    void sortsInSql()
    {
        TraceLoader loader(path());
        TraceTableModel model(&loader);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE(model.rowCount(), 1200);
        QCOMPARE(model.rowIdAt(0), qint64(1));
        model.sort(TraceTableModel::Time, Qt::DescendingOrder);
        QTRY_COMPARE(model.rowIdAt(0), qint64(1200));
        model.sort(TraceTableModel::Duration, Qt::DescendingOrder);
        // Largest duration 1009 ms: i*37 % 1000 == 999 for i = 27 and 1027; ties broken by id
        // in the same direction.
        QTRY_COMPARE(model.rowIdAt(0), qint64(1028));
        QCOMPARE(model.rowIdAt(1), qint64(28));
        QCOMPARE(model.sortOrder().key, TraceSort::Duration);
    }

    void liveCallsAppendedAtTheEnd()
    {
        TraceLoader loader(path());
        TraceTableModel model(&loader);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE(model.rowCount(), 1200);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy arrived(&model, &TraceTableModel::callsArrived);
        insert(1200, 5);
        model.notifyRecorded();
        QTRY_COMPARE(model.rowCount(), 1205);
        QCOMPARE(inserted.size(), 1); // coalesced: one insertion for the tick
        QCOMPARE(inserted.at(0).at(1).toInt(), 1200);
        QCOMPARE(inserted.at(0).at(2).toInt(), 1204);
        QCOMPARE(arrived.at(0).at(0).toInt(), 5);
        QCOMPARE(model.rowIdAt(1204), qint64(1205));
    }

    void liveCallsWhileFilteredAndNewestFirst()
    {
        TraceLoader loader(path());
        TraceTableModel model(&loader);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.sort(TraceTableModel::Time, Qt::DescendingOrder);
        model.setFilter(parse("model:gpt-4o"));
        QTRY_COMPARE(model.rowCount(), 400);
        QTRY_VERIFY(model.isIdle());
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        insert(1200, 6); // 1200 and 1203 are gpt-4o
        model.notifyRecorded();
        QTRY_COMPARE(model.rowCount(), 402);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 0);
        QCOMPARE(model.rowIdAt(0), qint64(1204));
        QCOMPARE(model.rowIdAt(1), qint64(1201));
    }

    void liveCallsPlacedInAnotherSortOrder()
    {
        TraceLoader loader(path());
        TraceTableModel model(&loader);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.sort(TraceTableModel::Model, Qt::AscendingOrder);
        QTRY_COMPARE(model.rowCount(), 1200);
        QTRY_VERIFY(model.isIdle());
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        insert(1200, 2); // 1200: gpt-4o (after every claude), 1201: claude (after claude's)
        model.notifyRecorded();
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 1202, 5000);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(model.rowIdAt(800), qint64(1202)); // the last claude call
        QCOMPARE(model.rowIdAt(1201), qint64(1201));
    }

    void deletedCallsLeaveTheList()
    {
        TraceLoader loader(path());
        TraceTableModel model(&loader);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE(model.rowCount(), 1200);
        model.removeCalls({1, 2, 3, 500, 1200});
        QCOMPARE(model.rowCount(), 1195);
        QCOMPARE(model.rowIdAt(0), qint64(4));
        QCOMPARE(model.rowOf(500), -1);
    }

    void aCallRecordedAfterTheNewestWasDeletedAppears()
    {
        TraceLoader loader(path());
        TraceTableModel model(&loader);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE(model.rowCount(), 1200);
        QString error;
        QCOMPARE(m_store->remove({1200}, &error), qint64(1));
        model.removeCalls({1200});
        // SQLite gives the row id of the deleted newest call to the next one.
        QList<TraceRecord> batch {call(2000)};
        QVERIFY2(m_store->insert(batch, &error), qPrintable(error));
        QCOMPARE(batch.first().id, qint64(1200));
        model.notifyRecorded({1200});
        QTRY_COMPARE(model.rowCount(), 1200);
        QCOMPARE(model.rowIdAt(1199), qint64(1200));
        QTRY_VERIFY(model.isIdle());
        // Announced twice (a reload crossing the announcement): listed once.
        model.notifyRecorded({1200});
        QTest::qWait(400);
        QTRY_VERIFY(model.isIdle());
        QCOMPARE(model.rowCount(), 1200);
    }

    void aSearchOverEveryRowReadsAFewPagesOnly()
    {
        TraceLoader loader(path());
        TraceTableModel model(&loader);
        QTRY_COMPARE(model.rowCount(), 1200);
        // match() asks every row for its text, as a view's type-ahead search would.
        (void)model.match(model.index(0, TraceTableModel::Model), Qt::DisplayRole,
                          QStringLiteral("nothing"), -1);
        QTRY_VERIFY(model.isIdle());
        int loaded = 0;
        for (int row = 0; row < model.rowCount(); ++row)
            loaded += model.data(model.index(row, 0), TraceTableModel::LoadedRole).toBool();
        QVERIFY2(loaded <= TraceTableModel::MaxPagesPerRequest * TraceTableModel::PageSize,
                 qPrintable(QString::number(loaded)));
        QVERIFY(loaded > 0);
    }

    void clearViewHidesWhatIsListed()
    {
        TraceLoader loader(path());
        TraceTableModel model(&loader);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE(model.rowCount(), 1200);
        model.clearView();
        QTRY_COMPARE(model.rowCount(), 0);
        insert(1200, 3);
        model.notifyRecorded();
        QTRY_COMPARE(model.rowCount(), 3);
        model.reload();
        QTRY_COMPARE(model.rowCount(), 1203);
    }

private:
    static TraceFilter parse(const char *text)
    {
        QString error;
        auto filter = TraceFilter::parse(QLatin1String(text), &error);
        if (!filter)
            qFatal("%s", qPrintable(error));
        return *filter;
    }
    void insert(int first, int count)
    {
        QList<TraceRecord> batch;
        for (int i = first; i < first + count; ++i)
            batch.append(call(i));
        QString error;
        QVERIFY2(m_store->insert(batch, &error), qPrintable(error));
    }
    QString path() const { return m_dir->filePath(QStringLiteral("traces.sqlite")); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TraceStore> m_store;
};

QTEST_MAIN(TestTraceTableModel)
#include "tst_tracetablemodel.moc"
