// TraceView offscreen: clicking a bar selects its call, Ctrl+wheel zooms around the pointer,
// dragging pans, the buttons zoom and fit, selectCall selects without echoing the signal.

#include "traceview.h"

#include "phasebardelegate.h"
#include "spantreemodel.h"
#include "timeaxisheader.h"
#include "trace/tracerecord.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QHeaderView>
#include <QHelpEvent>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QToolTip>
#include <QTreeView>
#include <QWheelEvent>

#include <memory>

namespace {

constexpr qint64 Ms = 1'000'000;
constexpr qint64 T0 = 1'700'000'000'000'000'000LL;

TraceRecord call(qint64 id, const char *span, const char *parent, qint64 startMs, qint64 endMs)
{
    TraceRecord r;
    r.id = id;
    r.traceId = "trace";
    r.spanId = span;
    r.parentSpanId = parent;
    r.startUnixNs = T0 + startMs * Ms;
    r.endUnixNs = T0 + endMs * Ms;
    r.durationMs = double(endMs - startMs);
    r.ttfbMs = double(endMs - startMs) / 4;
    r.status = 200;
    r.spanName = QString::fromLatin1(span);
    return r;
}

// A parent and two children; the first child's bar covers the middle of the timeline.
QList<TraceRecord> threeCalls()
{
    TraceRecord child = call(12, "child-a", "root", 100, 900);
    child.stream = true;
    child.ttftMs = 250;
    return {call(11, "root", "", 0, 1000), child, call(13, "child-b", "root", 600, 950)};
}

void sendWheel(QWidget *target, const QPoint &pos, int angle, Qt::KeyboardModifiers modifiers)
{
    QWheelEvent event(pos, target->mapToGlobal(pos), QPoint(), QPoint(0, angle), Qt::NoButton,
                      modifiers, Qt::NoScrollPhase, false);
    QApplication::sendEvent(target, &event);
}

} // namespace

class TestTraceView : public QObject
{
    Q_OBJECT
private:
    struct Fixture
    {
        Fixture()
        {
            view.resize(900, 400);
            view.setCalls(threeCalls(), QStringLiteral("agent run"));
            tester = std::make_unique<QAbstractItemModelTester>(
                    view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
            view.show();
        }
        TraceView view;
        std::unique_ptr<QAbstractItemModelTester> tester;
    };

    static QModelIndex timelineIndex(const TraceView &view, qint64 rowId)
    {
        return view.model()->indexForRowId(rowId).siblingAtColumn(SpanTreeModel::TimelineColumn);
    }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void layout()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowExposed(&f.view));
        QTreeView *tree = f.view.treeView();
        QVERIFY(qobject_cast<TimeAxisHeader *>(tree->header()));
        QVERIFY(tree->uniformRowHeights());
        QCOMPARE(tree->model()->rowCount(), 1);
        // The tree is expanded and every row has the same height.
        const QRect first = tree->visualRect(f.view.model()->indexForRowId(11));
        const QRect second = tree->visualRect(f.view.model()->indexForRowId(12));
        QVERIFY(second.isValid());
        QCOMPARE(second.height(), first.height());
        // The scale spans the Timeline section and the whole trace.
        QTRY_COMPARE(f.view.scale().width(),
                     double(tree->header()->sectionSize(SpanTreeModel::TimelineColumn)));
        QVERIFY(f.view.scale().width() > 300);
        QCOMPARE(f.view.scale().startNs(), T0);
        QCOMPARE(f.view.scale().endNs(), T0 + 1000 * Ms);
        QCOMPARE(f.view.findChild<QLabel *>(QStringLiteral("traceTitle"))->text(),
                 QStringLiteral("agent run"));

        // The scale follows the section when the view is resized.
        f.view.resize(1200, 400);
        QTRY_COMPARE(f.view.scale().width(),
                     double(tree->header()->sectionSize(SpanTreeModel::TimelineColumn)));

        // Something was painted; this also runs the delegate and the header.
        QVERIFY(!f.view.grab().isNull());
    }

    void shortCallAtTheEndStaysInItsCell()
    {
        // A 1 ms call ending the 10 s trace: narrower than a pixel, drawn at the minimum width
        // inside its cell, not past the edge where the clip would hide it.
        TraceView view;
        view.resize(900, 400);
        view.setCalls({call(21, "root", "", 0, 10'000), call(22, "last", "root", 9'999, 10'000)},
                      QStringLiteral("long run"));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTreeView *tree = view.treeView();
        QTRY_COMPARE(view.scale().width(),
                     double(tree->header()->sectionSize(SpanTreeModel::TimelineColumn)));
        auto *delegate = qobject_cast<PhaseBarDelegate *>(tree->itemDelegate());
        QVERIFY(delegate);
        const QModelIndex index = timelineIndex(view, 22);
        const QRect cell = tree->visualRect(index);
        const QRectF bar = delegate->barRect(cell, index);
        QVERIFY(bar.width() >= 2);
        QVERIFY2(bar.left() >= cell.left() && bar.right() <= cell.left() + cell.width(),
                 qPrintable(QStringLiteral("bar %1–%2, cell %3–%4")
                                    .arg(bar.left())
                                    .arg(bar.right())
                                    .arg(cell.left())
                                    .arg(cell.left() + cell.width())));
        QVERIFY(bar.right() > cell.left() + cell.width() - 1); // still at the end
    }

    void clickOnBarSelectsCall()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowExposed(&f.view));
        QSignalSpy selected(&f.view, &TraceView::callSelected);
        QTreeView *tree = f.view.treeView();
        const QModelIndex index = timelineIndex(f.view, 12);
        QCOMPARE(tree->visualRect(index).top(),
                 tree->visualRect(timelineIndex(f.view, 11)).bottom() + 1);
        const QPoint centre = tree->visualRect(index).center();
        // The centre of the cell is on the bar: child-a runs from 10 % to 90 % of the trace.
        auto *delegate = qobject_cast<PhaseBarDelegate *>(tree->itemDelegate());
        QVERIFY(delegate);
        QVERIFY(delegate->barRect(tree->visualRect(index), index).contains(centre));

        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, centre);
        QCOMPARE(selected.count(), 1);
        QCOMPARE(selected.at(0).at(0).toLongLong(), qint64(12));
        QCOMPARE(f.view.selectedCall(), qint64(12));

        // Keyboard selection reports too.
        tree->setFocus();
        QTest::keyClick(tree, Qt::Key_Down);
        QCOMPARE(selected.count(), 2);
        QCOMPARE(selected.at(1).at(0).toLongLong(), qint64(13));
    }

    void toolTipOnBarOnly()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowExposed(&f.view));
        QTreeView *tree = f.view.treeView();
        QTRY_VERIFY(f.view.scale().width() > 0);
        const QRect cell = tree->visualRect(timelineIndex(f.view, 12));
        QHelpEvent onBar(QEvent::ToolTip, cell.center(),
                         tree->viewport()->mapToGlobal(cell.center()));
        QApplication::sendEvent(tree->viewport(), &onBar);
        QTRY_VERIFY(QToolTip::isVisible());
        const QStringList lines = QToolTip::text().split(QLatin1Char('\n'));
        QCOMPARE(lines.value(0), QStringLiteral("child-a"));
        QCOMPARE(lines.value(1), QStringLiteral("Starts at +100 ms"));
        QVERIFY(lines.contains(QStringLiteral("Until first token: 50 ms")));

        // Past the end of child-a (which ends at 90 % of the trace): no tooltip.
        const QPoint offBar(cell.left() + int(cell.width() * 0.97), cell.center().y());
        QHelpEvent off(QEvent::ToolTip, offBar, tree->viewport()->mapToGlobal(offBar));
        QApplication::sendEvent(tree->viewport(), &off);
        QTRY_VERIFY(!QToolTip::isVisible());
    }

    void ctrlWheelZoomsAroundPointer()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowExposed(&f.view));
        QTreeView *tree = f.view.treeView();
        QTRY_VERIFY(f.view.scale().width() > 0);
        const int sectionLeft =
                tree->header()->sectionViewportPosition(SpanTreeModel::TimelineColumn);
        const QPoint pos(sectionLeft + int(f.view.scale().width() * 0.3),
                         tree->visualRect(timelineIndex(f.view, 12)).center().y());
        const double anchorX = pos.x() - sectionLeft;
        const qint64 anchored = f.view.scale().timeForX(anchorX);
        const qint64 spanBefore = f.view.scale().spanNs();

        sendWheel(tree->viewport(), pos, 120, Qt::ControlModifier);
        QVERIFY(f.view.scale().spanNs() < spanBefore);
        QVERIFY(f.view.scale().isZoomed());
        QVERIFY(qAbs(f.view.scale().timeForX(anchorX) - anchored) <= 1);

        sendWheel(tree->viewport(), pos, 360, Qt::ControlModifier);
        QVERIFY(qAbs(f.view.scale().timeForX(anchorX) - anchored) <= 1);
        QVERIFY(qAbs(f.view.scale().spanNs() - spanBefore / 2) <= 1);

        // A plain wheel leaves the time axis alone.
        const TimeScale zoomed = f.view.scale();
        sendWheel(tree->viewport(), pos, -120, Qt::NoModifier);
        QCOMPARE(f.view.scale(), zoomed);
        // So does Ctrl+wheel over the name column.
        sendWheel(tree->viewport(), QPoint(5, pos.y()), 120, Qt::ControlModifier);
        QCOMPARE(f.view.scale(), zoomed);
    }

    void dragPansWhenZoomed()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowExposed(&f.view));
        QTreeView *tree = f.view.treeView();
        QTRY_VERIFY(f.view.scale().width() > 0);
        const QPoint start = tree->visualRect(timelineIndex(f.view, 12)).center();

        // Not zoomed: a drag pans nothing.
        QTest::mousePress(tree->viewport(), Qt::LeftButton, {}, start);
        QTest::mouseMove(tree->viewport(), start + QPoint(60, 0));
        QTest::mouseRelease(tree->viewport(), Qt::LeftButton, {}, start + QPoint(60, 0));
        QCOMPARE(f.view.scale().startNs(), T0);

        f.view.zoomIn();
        const TimeScale zoomed = f.view.scale();
        QCOMPARE(zoomed.spanNs(), 500 * Ms);
        QTest::mousePress(tree->viewport(), Qt::LeftButton, {}, start);
        QTest::mouseMove(tree->viewport(), start + QPoint(40, 0));
        QTest::mouseMove(tree->viewport(), start + QPoint(60, 0));
        QTest::mouseRelease(tree->viewport(), Qt::LeftButton, {}, start + QPoint(60, 0));
        // Dragged right by 60 px: the view moved 60 px worth earlier.
        QCOMPARE(f.view.scale().spanNs(), zoomed.spanNs());
        QVERIFY(qAbs(f.view.scale().startNs() - zoomed.timeForX(-60)) <= 1);
    }

    void buttons()
    {
        Fixture f;
        auto *zoomIn = f.view.findChild<QToolButton *>(QStringLiteral("zoomIn"));
        auto *zoomOut = f.view.findChild<QToolButton *>(QStringLiteral("zoomOut"));
        auto *fit = f.view.findChild<QToolButton *>(QStringLiteral("fit"));
        QVERIFY(zoomIn && zoomOut && fit);
        QVERIFY(QTest::qWaitForWindowExposed(&f.view));
        QTRY_VERIFY(f.view.scale().width() > 0);
        QVERIFY(!fit->isEnabled());
        QVERIFY(!zoomOut->isEnabled());

        zoomIn->click();
        zoomIn->click();
        QCOMPARE(f.view.scale().spanNs(), 250 * Ms);
        QVERIFY(fit->isEnabled());
        zoomOut->click();
        QCOMPARE(f.view.scale().spanNs(), 500 * Ms);
        fit->click();
        QCOMPARE(f.view.scale().startNs(), T0);
        QCOMPARE(f.view.scale().endNs(), T0 + 1000 * Ms);
        QVERIFY(!fit->isEnabled());

        for (int i = 0; i < 20; ++i)
            zoomIn->click();
        QCOMPARE(f.view.scale().spanNs(), TimeScale::MinimumSpanNs);
        QVERIFY(!zoomIn->isEnabled());
    }

    void selectCall()
    {
        Fixture f;
        QSignalSpy selected(&f.view, &TraceView::callSelected);
        f.view.selectCall(13);
        QCOMPARE(f.view.selectedCall(), qint64(13));
        const QModelIndex current = f.view.treeView()->currentIndex();
        QCOMPARE(current.data(SpanTreeModel::TraceRowIdRole).toLongLong(), qint64(13));
        QVERIFY(f.view.treeView()->selectionModel()->isRowSelected(current.row(),
                                                                   current.parent()));
        f.view.selectCall(11);
        QCOMPARE(f.view.selectedCall(), qint64(11));
        f.view.selectCall(999);
        QCOMPARE(f.view.selectedCall(), qint64(0));
        QCOMPARE(selected.count(), 0);
    }

    void newCallsReplaceTheOld()
    {
        Fixture f;
        f.view.selectCall(12);
        f.view.zoomIn();
        TraceRecord single = call(40, "solo", "", 0, 0); // an instant call
        f.view.setCalls({single}, QStringLiteral("solo"));
        QCOMPARE(f.view.model()->rowCount(), 1);
        QCOMPARE(f.view.selectedCall(), qint64(0));
        QVERIFY(!f.view.scale().isZoomed());
        QCOMPARE(f.view.scale().spanNs(), TimeScale::MinimumSpanNs);
        QVERIFY(!f.view.grab().isNull());
        f.view.clear();
        QCOMPARE(f.view.model()->rowCount(), 0);
        QVERIFY(!f.view.grab().isNull());
    }
};

QTEST_MAIN(TestTraceView)
#include "tst_traceview.moc"
