#pragma once

#include "timescale.h"

#include <QWidget>

struct TraceRecord;
class PhaseBarDelegate;
class QLabel;
class QMouseEvent;
class QToolButton;
class QTreeView;
class QWheelEvent;
class SpanTreeModel;
class TimeAxisHeader;

// The waterfall of one trace (or session): its calls as a tree, each with a bar on a shared
// time axis. Ctrl+wheel over the timeline zooms around the pointer, dragging pans when zoomed,
// a plain wheel scrolls the rows; + / − / Fit buttons zoom without a wheel.
class TraceView : public QWidget
{
    Q_OBJECT
public:
    explicit TraceView(QWidget *parent = nullptr);
    ~TraceView() override;

    void setCalls(const QList<TraceRecord> &calls, const QString &title);
    void clear();
    // Selects (and scrolls to) the call without emitting callSelected.
    void selectCall(qint64 rowId);
    // The selected call's row id, or 0.
    qint64 selectedCall() const;

    TimeScale scale() const { return m_scale; }
    QTreeView *treeView() const { return m_tree; }
    SpanTreeModel *model() const { return m_model; }

    void zoomIn();
    void zoomOut();
    void fit();

Q_SIGNALS:
    // The user selected a row or clicked a bar.
    void callSelected(qint64 rowId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void onSelectionChanged();
    void syncScaleWidth();
    void applyFontMetrics();
    void scaleChanged();
    // The timeline's x for a viewport position, or a negative value outside the timeline.
    double timelineX(const QPoint &viewportPos) const;
    bool wheelOverViewport(QWheelEvent *event);
    bool mouseOverViewport(QMouseEvent *event);

    TimeScale m_scale;
    SpanTreeModel *m_model;
    QLabel *m_title;
    QToolButton *m_zoomIn;
    QToolButton *m_zoomOut;
    QToolButton *m_fit;
    QTreeView *m_tree;
    TimeAxisHeader *m_header;
    PhaseBarDelegate *m_delegate;
    bool m_selecting = false; // selectCall at work: no callSelected
    bool m_pressed = false;
    bool m_panning = false;
    QPoint m_pressPos;
    QPoint m_lastPos;
};
