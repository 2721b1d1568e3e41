// SpanTreeModel: calls arranged by parent span id, orphans as roots, start order, bad trace
// context (cycles, duplicate span ids) handled, lookups, roles and the time range.

#include "spantreemodel.h"

#include "trace/tracerecord.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QTest>

#include <memory>

namespace {

constexpr qint64 Ms = 1'000'000;
constexpr qint64 T0 = 1'700'000'000'000'000'000LL;

TraceRecord call(qint64 id, const char *span, const char *parent, qint64 startMs, qint64 endMs,
                 const char *trace = "t1")
{
    TraceRecord r;
    r.id = id;
    r.traceId = trace;
    r.spanId = span;
    r.parentSpanId = parent;
    r.startUnixNs = T0 + startMs * Ms;
    r.endUnixNs = T0 + endMs * Ms;
    r.durationMs = double(endMs - startMs);
    r.status = 200;
    r.endpoint = QStringLiteral("chat");
    r.model = QStringLiteral("gpt-x");
    return r;
}

qint64 rowIdAt(const QAbstractItemModel &model, const QModelIndex &index)
{
    return model.data(index, SpanTreeModel::TraceRowIdRole).toLongLong();
}

QList<qint64> childIds(const QAbstractItemModel &model, const QModelIndex &parent = {})
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(parent); ++row)
        ids.append(rowIdAt(model, model.index(row, 0, parent)));
    return ids;
}

int countAll(const QAbstractItemModel &model, const QModelIndex &parent = {})
{
    int n = 0;
    for (int row = 0; row < model.rowCount(parent); ++row)
        n += 1 + countAll(model, model.index(row, 0, parent));
    return n;
}

} // namespace

class TestSpanTreeModel : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<SpanTreeModel> makeModel()
    {
        auto model = std::make_unique<SpanTreeModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(
                model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        return model;
    }

    std::unique_ptr<QAbstractItemModelTester> m_tester;

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void cleanup() { m_tester.reset(); }

    void empty()
    {
        auto model = makeModel();
        QCOMPARE(model->rowCount(), 0);
        QCOMPARE(model->columnCount(), int(SpanTreeModel::ColumnCount));
        QCOMPARE(model->timeRange(), (std::pair<qint64, qint64>(0, 0)));
        QVERIFY(!model->indexForRowId(1).isValid());
        model->setCalls({});
        QCOMPARE(model->rowCount(), 0);
    }

    void structure()
    {
        auto model = makeModel();
        // Given out of order: the model orders siblings by start time.
        model->setCalls({
                call(4, "c2", "root", 300, 800), call(1, "root", "", 0, 1000),
                call(3, "g1", "c1", 150, 200), call(2, "c1", "root", 100, 250),
                call(5, "c3", "root", 300, 400), // same start as c2: row id breaks the tie
        });
        QCOMPARE(childIds(*model), QList<qint64> {1});
        const QModelIndex root = model->index(0, 0);
        QCOMPARE(childIds(*model, root), (QList<qint64> {2, 4, 5}));
        const QModelIndex c1 = model->index(0, 0, root);
        QCOMPARE(childIds(*model, c1), QList<qint64> {3});
        QCOMPARE(model->parent(model->index(0, 0, c1)), c1);
        QCOMPARE(model->parent(c1), root);
        QVERIFY(!model->parent(root).isValid());
        // Only column 0 has children.
        QCOMPARE(model->rowCount(model->index(0, SpanTreeModel::TimelineColumn)), 0);
        QCOMPARE(model->parent(model->index(0, SpanTreeModel::TimelineColumn, c1)), c1);
        QCOMPARE(countAll(*model), 5);
        QCOMPARE(model->callCount(), 5);
    }

    void orphansAreRoots()
    {
        auto model = makeModel();
        model->setCalls({
                call(1, "a", "missing", 50, 60), call(2, "b", "", 10, 20),
                call(3, "c", "a", 55, 58),
                // The same span id in another trace is not a parent.
                call(4, "d", "b", 30, 40, "t2"), call(5, "", "", 0, 5), // no span id at all
        });
        QCOMPARE(childIds(*model), (QList<qint64> {5, 2, 4, 1}));
        QCOMPARE(childIds(*model, model->indexForRowId(1)), QList<qint64> {3});
        QCOMPARE(model->rowCount(model->indexForRowId(2)), 0);
    }

    void cycleDoesNotHang()
    {
        auto model = makeModel();
        model->setCalls({
                call(1, "a", "c", 0, 100),
                call(2, "b", "a", 10, 90),
                call(3, "c", "b", 20, 80),
                call(4, "self", "self", 30, 40),
                call(5, "x", "y", 50, 60),
                call(6, "y", "x", 40, 70),
        });
        // Each cycle is cut above its earliest call, which becomes a root.
        QCOMPARE(childIds(*model), (QList<qint64> {1, 4, 6}));
        QCOMPARE(childIds(*model, model->indexForRowId(1)), QList<qint64> {2});
        QCOMPARE(childIds(*model, model->indexForRowId(2)), QList<qint64> {3});
        QCOMPARE(childIds(*model, model->indexForRowId(6)), QList<qint64> {5});
        QCOMPARE(countAll(*model), 6);
    }

    void duplicateSpanIds()
    {
        auto model = makeModel();
        model->setCalls({
                call(1, "dup", "", 0, 100),
                call(2, "dup", "", 10, 50),
                call(3, "kid", "dup", 20, 30),
                call(4, "dup", "dup", 40, 45),
        });
        // Children go under the earliest call of a span id; none is lost or doubled.
        QCOMPARE(childIds(*model), (QList<qint64> {1, 2}));
        QCOMPARE(childIds(*model, model->indexForRowId(1)), (QList<qint64> {3, 4}));
        QCOMPARE(countAll(*model), 4);
    }

    void manyCallsInAChain()
    {
        auto model = makeModel();
        QList<TraceRecord> calls;
        for (int i = 0; i < 2000; ++i) {
            calls.append(call(i + 1, QByteArray::number(i).constData(),
                              i == 0 ? "" : QByteArray::number(i - 1).constData(), i, 5000));
        }
        model->setCalls(calls);
        QCOMPARE(model->rowCount(), 1);
        QModelIndex deepest = model->indexForRowId(2000);
        QVERIFY(deepest.isValid());
        int depth = 0;
        for (QModelIndex at = deepest; at.isValid(); at = model->parent(at))
            ++depth;
        QCOMPARE(depth, 2000);
    }

    void indexForRowId()
    {
        auto model = makeModel();
        model->setCalls({call(10, "a", "", 0, 10), call(20, "b", "a", 2, 8)});
        const QModelIndex b = model->indexForRowId(20);
        QVERIFY(b.isValid());
        QCOMPARE(b.column(), int(SpanTreeModel::NameColumn));
        QCOMPARE(rowIdAt(*model, b), qint64(20));
        QCOMPARE(model->parent(b), model->indexForRowId(10));
        QVERIFY(!model->indexForRowId(30).isValid());

        model->setCalls({call(30, "c", "", 0, 10)});
        QVERIFY(!model->indexForRowId(20).isValid());
        QCOMPARE(rowIdAt(*model, model->indexForRowId(30)), qint64(30));
    }

    void roles()
    {
        auto model = makeModel();
        TraceRecord named = call(1, "a", "", 0, 1500);
        named.spanName = QStringLiteral("plan");
        named.generationName = QStringLiteral("ignored");
        named.ttfbMs = 300.0;
        named.ttftMs = 320.0;
        named.stream = true;
        named.cache = QStringLiteral("MISS");
        TraceRecord generation = call(2, "b", "a", 100, 142);
        generation.generationName = QStringLiteral("summarise");
        generation.cache = QStringLiteral("HIT");
        TraceRecord failed = call(3, "c", "a", 200, 700);
        failed.status = 0;
        failed.errorKind = QStringLiteral("timeout");
        model->setCalls({named, generation, failed});

        const QModelIndex a = model->indexForRowId(1);
        QCOMPARE(a.data().toString(), QStringLiteral("plan"));
        QCOMPARE(model->indexForRowId(2).data().toString(), QStringLiteral("summarise"));
        QCOMPARE(model->indexForRowId(3).data().toString(), QStringLiteral("chat gpt-x"));
        QCOMPARE(a.siblingAtColumn(SpanTreeModel::DurationColumn).data().toString(),
                 QStringLiteral("1.5 s"));
        QCOMPARE(model->indexForRowId(2).siblingAtColumn(SpanTreeModel::DurationColumn).data(),
                 QVariant(QStringLiteral("42 ms")));
        QVERIFY(!a.siblingAtColumn(SpanTreeModel::TimelineColumn).data().isValid());

        const QModelIndex timeline = a.siblingAtColumn(SpanTreeModel::TimelineColumn);
        QCOMPARE(timeline.data(SpanTreeModel::TraceRowIdRole).toLongLong(), qint64(1));
        const QVariant phasesValue = timeline.data(SpanTreeModel::PhasesRole);
        QVERIFY(phasesValue.canConvert<CallPhases>());
        const auto phases = phasesValue.value<CallPhases>();
        QCOMPARE(phases.startNs, T0);
        QCOMPARE(phases.endNs, T0 + 1500 * Ms);
        QCOMPARE(phases.firstByteNs, std::optional<qint64>(T0 + 300 * Ms));
        QCOMPARE(phases.firstTokenNs, std::optional<qint64>(T0 + 320 * Ms));
        QVERIFY(!phases.error);
        QVERIFY(!phases.cacheHit);
        QVERIFY(model->indexForRowId(2)
                        .data(SpanTreeModel::PhasesRole)
                        .value<CallPhases>()
                        .cacheHit);
        QVERIFY(model->indexForRowId(3).data(SpanTreeModel::PhasesRole).value<CallPhases>().error);

        const QString tip = model->indexForRowId(1)
                                    .siblingAtColumn(SpanTreeModel::TimelineColumn)
                                    .data(Qt::ToolTipRole)
                                    .toString();
        QCOMPARE(tip.split(QLatin1Char('\n')),
                 (QStringList {QStringLiteral("plan"), QStringLiteral("Starts at +0 ms"),
                               QStringLiteral("Waiting for upstream: 300 ms"),
                               QStringLiteral("Until first token: 20 ms"),
                               QStringLiteral("Streaming: 1.18 s"), QStringLiteral("Status: 200"),
                               QStringLiteral("Cache: MISS")}));
        const QString failedTip = model->indexForRowId(3)
                                          .siblingAtColumn(SpanTreeModel::TimelineColumn)
                                          .data(Qt::ToolTipRole)
                                          .toString();
        QCOMPARE(failedTip.split(QLatin1Char('\n')),
                 (QStringList {QStringLiteral("chat gpt-x"), QStringLiteral("Starts at +200 ms"),
                               QStringLiteral("Waiting for upstream: 500 ms"),
                               QStringLiteral("Status: no response (timeout)")}));

        QCOMPARE(model->headerData(SpanTreeModel::NameColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Name"));
        QCOMPARE(model->headerData(SpanTreeModel::TimelineColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Timeline"));
    }

    void timeRange()
    {
        auto model = makeModel();
        model->setCalls({call(1, "a", "", 100, 200), call(2, "b", "a", 50, 120),
                         call(3, "c", "a", 150, 900)});
        QCOMPARE(model->timeRange(), (std::pair<qint64, qint64>(T0 + 50 * Ms, T0 + 900 * Ms)));
        // A call with no end stamp still ends by its duration.
        TraceRecord open = call(4, "d", "", 0, 0);
        open.endUnixNs = 0;
        open.durationMs = 30;
        model->setCalls({open});
        QCOMPARE(model->timeRange(), (std::pair<qint64, qint64>(T0, T0 + 30 * Ms)));
        model->clear();
        QCOMPARE(model->timeRange(), (std::pair<qint64, qint64>(0, 0)));
    }
};

QTEST_GUILESS_MAIN(TestSpanTreeModel)
#include "tst_spantreemodel.moc"
