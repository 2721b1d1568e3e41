#include "traceview.h"

#include "phasebardelegate.h"
#include "spantreemodel.h"
#include "timeaxisheader.h"
#include "trace/tracerecord.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMouseEvent>
#include <QScopedValueRollback>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace {

constexpr double ButtonZoomFactor = 2;
// One notch of a mouse wheel (120 units) zooms by 2^(1/4): four notches double.
constexpr double WheelUnitsPerDoubling = 480;

} // namespace

TraceView::TraceView(QWidget *parent)
    : QWidget(parent)
    , m_model(new SpanTreeModel(this))
    , m_title(new QLabel(this))
    , m_zoomIn(new QToolButton(this))
    , m_zoomOut(new QToolButton(this))
    , m_fit(new QToolButton(this))
    , m_tree(new QTreeView(this))
    , m_header(new TimeAxisHeader(&m_scale, SpanTreeModel::TimelineColumn, m_tree))
    , m_delegate(new PhaseBarDelegate(&m_scale, m_tree))
{
    m_title->setObjectName(QStringLiteral("traceTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_zoomIn->setObjectName(QStringLiteral("zoomIn"));
    m_zoomIn->setText(tr("+"));
    m_zoomIn->setToolTip(tr("Zoom in (Ctrl+wheel over the timeline)"));
    m_zoomOut->setObjectName(QStringLiteral("zoomOut"));
    m_zoomOut->setText(tr("−"));
    m_zoomOut->setToolTip(tr("Zoom out (Ctrl+wheel over the timeline)"));
    m_fit->setObjectName(QStringLiteral("fit"));
    m_fit->setText(tr("Fit"));
    m_fit->setToolTip(tr("Show the whole trace"));
    connect(m_zoomIn, &QToolButton::clicked, this, &TraceView::zoomIn);
    connect(m_zoomOut, &QToolButton::clicked, this, &TraceView::zoomOut);
    connect(m_fit, &QToolButton::clicked, this, &TraceView::fit);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(4, 2, 4, 2);
    bar->addWidget(m_title, 1);
    bar->addWidget(m_zoomIn);
    bar->addWidget(m_zoomOut);
    bar->addWidget(m_fit);

    m_tree->setObjectName(QStringLiteral("traceTree"));
    m_tree->setHeader(m_header);
    m_tree->setModel(m_model);
    m_tree->setItemDelegate(m_delegate);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setAllColumnsShowFocus(true);
    // The timeline stretches to the width instead; zooming replaces horizontal scrolling.
    m_tree->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_tree->viewport()->installEventFilter(this);
    m_header->setSectionsMovable(false);
    m_header->setStretchLastSection(true);
    m_header->setSectionResizeMode(SpanTreeModel::NameColumn, QHeaderView::Interactive);
    m_header->setSectionResizeMode(SpanTreeModel::DurationColumn, QHeaderView::Interactive);
    m_header->resizeSection(SpanTreeModel::NameColumn, 220);
    m_header->resizeSection(SpanTreeModel::DurationColumn, 80);
    connect(m_header, &QHeaderView::sectionResized, this, [this](int logicalIndex) {
        if (logicalIndex == SpanTreeModel::TimelineColumn)
            syncScaleWidth();
    });
    connect(m_header, &QHeaderView::geometriesChanged, this, &TraceView::syncScaleWidth);
    connect(m_tree->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TraceView::onSelectionChanged);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_tree, 1);

    applyFontMetrics();
    scaleChanged();
}

TraceView::~TraceView()
{
    // QWidget deletes the tree after this destructor, when this is no longer a TraceView; its
    // selection model and header signal on the way out.
    m_tree->viewport()->removeEventFilter(this);
    disconnect(m_tree->selectionModel(), nullptr, this, nullptr);
    disconnect(m_header, nullptr, this, nullptr);
}

void TraceView::setCalls(const QList<TraceRecord> &calls, const QString &title)
{
    m_title->setText(title);
    m_model->setCalls(calls);
    const auto [start, end] = m_model->timeRange();
    m_scale.fit(start, end);
    m_tree->expandAll();
    syncScaleWidth();
}

void TraceView::clear()
{
    setCalls({}, QString());
}

void TraceView::selectCall(qint64 rowId)
{
    const QModelIndex index = m_model->indexForRowId(rowId);
    const QScopedValueRollback guard(m_selecting, true);
    if (!index.isValid()) {
        m_tree->clearSelection();
        return;
    }
    m_tree->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_tree->scrollTo(index);
}

qint64 TraceView::selectedCall() const
{
    const QModelIndexList rows = m_tree->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(SpanTreeModel::TraceRowIdRole).toLongLong();
}

void TraceView::zoomIn()
{
    m_scale.zoom(ButtonZoomFactor, m_scale.width() / 2);
    scaleChanged();
}

void TraceView::zoomOut()
{
    m_scale.zoom(1 / ButtonZoomFactor, m_scale.width() / 2);
    scaleChanged();
}

void TraceView::fit()
{
    m_scale.fit();
    scaleChanged();
}

void TraceView::onSelectionChanged()
{
    const QModelIndexList rows = m_tree->selectionModel()->selectedRows();
    if (m_selecting || rows.isEmpty())
        return;
    Q_EMIT callSelected(rows.first().data(SpanTreeModel::TraceRowIdRole).toLongLong());
}

void TraceView::syncScaleWidth()
{
    const double width = m_header->sectionSize(SpanTreeModel::TimelineColumn);
    if (width == m_scale.width())
        return;
    m_scale.setWidth(width);
    scaleChanged();
}

void TraceView::applyFontMetrics()
{
    const QFontMetrics metrics = m_tree->fontMetrics();
    m_delegate->setRowHeight(std::max(20, metrics.height() + 8));
    // Room for about the widest label the axis draws, so labels never collide.
    const QString widest =
            TimeScale::offsetLabel(88 * 60'000'000'000LL + 88'000'000'000LL, 1'000'000'000LL);
    m_scale.setMinTickSpacing(
            std::max(TimeScale::DefaultTickSpacingPx,
                     double(m_header->fontMetrics().horizontalAdvance(widest) + 16)));
    m_tree->doItemsLayout();
}

void TraceView::scaleChanged()
{
    m_zoomIn->setEnabled(m_scale.spanNs() > TimeScale::MinimumSpanNs);
    m_zoomOut->setEnabled(m_scale.isZoomed());
    m_fit->setEnabled(m_scale.isZoomed());
    m_header->viewport()->update();
    m_tree->viewport()->update();
}

double TraceView::timelineX(const QPoint &viewportPos) const
{
    const int left = m_header->sectionViewportPosition(SpanTreeModel::TimelineColumn);
    const int width = m_header->sectionSize(SpanTreeModel::TimelineColumn);
    if (viewportPos.x() < left || viewportPos.x() >= left + width)
        return -1;
    return viewportPos.x() - left;
}

bool TraceView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_tree->viewport())
        return QWidget::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::Wheel:
        return wheelOverViewport(static_cast<QWheelEvent *>(event));
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::MouseButtonRelease:
        return mouseOverViewport(static_cast<QMouseEvent *>(event));
    default:
        return QWidget::eventFilter(watched, event);
    }
}

bool TraceView::wheelOverViewport(QWheelEvent *event)
{
    if (!event->modifiers().testFlag(Qt::ControlModifier))
        return false; // plain wheel: the tree scrolls its rows
    const double x = timelineX(event->position().toPoint());
    if (x < 0)
        return false;
    const int delta = event->angleDelta().y();
    if (delta != 0) {
        m_scale.zoom(std::pow(2.0, delta / WheelUnitsPerDoubling), x);
        scaleChanged();
    }
    event->accept();
    return true;
}

bool TraceView::mouseOverViewport(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    switch (event->type()) {
    case QEvent::MouseButtonPress:
        // The press still goes to the tree, which selects the row.
        m_pressed = event->button() == Qt::LeftButton && timelineX(pos) >= 0;
        m_pressPos = m_lastPos = pos;
        return false;
    case QEvent::MouseMove:
        if (!m_pressed || !event->buttons().testFlag(Qt::LeftButton))
            return false;
        if (!m_panning) {
            if (!m_scale.isZoomed()
                || (pos - m_pressPos).manhattanLength() < QApplication::startDragDistance())
                return false;
            m_panning = true;
            m_tree->viewport()->setCursor(Qt::ClosedHandCursor);
        }
        m_scale.pan(pos.x() - m_lastPos.x());
        m_lastPos = pos;
        scaleChanged();
        return true; // not a drag-select across rows
    case QEvent::MouseButtonRelease:
        if (m_panning)
            m_tree->viewport()->unsetCursor();
        m_pressed = false;
        m_panning = false;
        return false;
    default:
        return false;
    }
}

void TraceView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        applyFontMetrics();
}
