#include "phasebardelegate.h"

#include "spantreemodel.h"
#include "timescale.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace {

constexpr double MinimumBarWidth = 2; // an instant call stays visible

QColor mix(const QColor &a, const QColor &b, double towardsB)
{
    const auto channel = [towardsB](double x, double y) {
        return x + (y - x) * towardsB;
    };
    return QColor::fromRgbF(float(channel(a.redF(), b.redF())),
                            float(channel(a.greenF(), b.greenF())),
                            float(channel(a.blueF(), b.blueF())));
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

std::optional<CallPhases> phasesOf(const QModelIndex &index)
{
    if (index.column() != SpanTreeModel::TimelineColumn)
        return std::nullopt;
    const QVariant value = index.data(SpanTreeModel::PhasesRole);
    if (!value.canConvert<CallPhases>())
        return std::nullopt;
    return value.value<CallPhases>();
}

} // namespace

PhaseBarDelegate::PhaseBarDelegate(const TimeScale *scale, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_scale(scale)
{ }

void PhaseBarDelegate::setRowHeight(int px)
{
    m_rowHeight = std::max(1, px);
}

QRectF PhaseBarDelegate::barRect(const QRect &cellRect, const QModelIndex &index) const
{
    const std::optional<CallPhases> phases = phasesOf(index);
    if (!phases)
        return {};
    double left = cellRect.left() + m_scale->xForTime(phases->startNs);
    const double right = cellRect.left() + m_scale->xForTime(phases->endNs);
    const double height = std::max(4.0, cellRect.height() * 0.6);
    const double top = cellRect.top() + (cellRect.height() - height) / 2;
    const double width = std::max(MinimumBarWidth, right - left);
    // A short call at the very end of the axis: its minimum width would lie past the cell's
    // edge, where the clip hides it. It ends at the edge instead.
    const double cellEnd = cellRect.left() + cellRect.width();
    if (right <= cellEnd && left + width > cellEnd)
        left = std::max<double>(cellRect.left(), cellEnd - width);
    return QRectF(left, top, width, height);
}

QColor PhaseBarDelegate::phaseColor(const QPalette &palette, CallPhases::Phase phase, bool error,
                                    bool cacheHit)
{
    const bool dark = isDark(palette);
    const QColor base = palette.color(QPalette::Base);
    QColor strong = palette.color(QPalette::Highlight);
    if (error)
        strong = dark ? QColor(239, 83, 80) : QColor(198, 40, 40);
    else if (cacheHit)
        strong = dark ? QColor(102, 187, 106) : QColor(46, 125, 50);
    switch (phase) {
    case CallPhases::Phase::Waiting:
        // Waiting is the idle part: neutral unless the call failed or came from the cache.
        if (!error && !cacheHit)
            return mix(palette.color(QPalette::Text), base, 0.55);
        return mix(strong, base, 0.5);
    case CallPhases::Phase::UntilFirstToken:
        return mix(strong, base, 0.3);
    case CallPhases::Phase::Receiving:
        return strong;
    }
    return strong;
}

QColor PhaseBarDelegate::markerColor(const QPalette &palette)
{
    return palette.color(QPalette::Text);
}

void PhaseBarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    // Background, selection and focus as any cell; the Timeline column has no text.
    QStyledItemDelegate::paint(painter, option, index);
    const std::optional<CallPhases> phases = phasesOf(index);
    if (!phases)
        return;

    const QRect cell = option.rect;
    QPalette palette = option.palette;
    if (option.state.testFlag(QStyle::State_Selected)) {
        // On a selected row the highlight is the background: shade the bar against it.
        palette.setColor(QPalette::Base, option.palette.color(QPalette::Highlight));
        palette.setColor(QPalette::Text, option.palette.color(QPalette::HighlightedText));
        palette.setColor(QPalette::Highlight, option.palette.color(QPalette::HighlightedText));
    }
    painter->save();
    painter->setClipRect(cell);

    QColor grid = palette.color(QPalette::Text);
    grid.setAlphaF(0.08f);
    painter->setPen(grid);
    const QList<qint64> ticks = m_scale->ticks();
    for (const qint64 tick : ticks) {
        const int x = cell.left() + qRound(m_scale->xForTime(tick));
        painter->drawLine(x, cell.top(), x, cell.bottom());
    }

    const QRectF bar = barRect(cell, index);
    const QList<CallPhases::Segment> segments = phases->segments();
    for (const CallPhases::Segment &segment : segments) {
        const double left = cell.left() + m_scale->xForTime(segment.startNs);
        const double right = cell.left() + m_scale->xForTime(segment.endNs);
        if (right <= left)
            continue;
        const QRectF rect(left, bar.top(), right - left, bar.height());
        const QColor colour = phaseColor(palette, segment.phase, phases->error, phases->cacheHit);
        painter->fillRect(rect, colour);
        if (phases->cacheHit && !phases->error) {
            // Hatching tells a cache hit apart without relying on the green alone.
            painter->fillRect(
                    rect,
                    QBrush(mix(colour, palette.color(QPalette::Base), 0.6), Qt::BDiagPattern));
        }
    }
    if (bar.width() <= MinimumBarWidth) {
        painter->fillRect(
                bar,
                phaseColor(palette, segments.constLast().phase, phases->error, phases->cacheHit));
    }
    if (phases->firstTokenNs) {
        const double x = cell.left() + m_scale->xForTime(*phases->firstTokenNs);
        painter->setPen(QPen(markerColor(palette), 2));
        painter->drawLine(QPointF(x, bar.top() - 2), QPointF(x, bar.bottom() + 2));
    }
    painter->restore();
}

QSize PhaseBarDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    return QSize(QStyledItemDelegate::sizeHint(option, index).width(), m_rowHeight);
}

bool PhaseBarDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                                 const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (!event || event->type() != QEvent::ToolTip || !phasesOf(index))
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    // Only the bar explains itself; the empty rest of the lane stays quiet.
    const QRectF hot = barRect(option.rect, index).adjusted(-3, -3, 3, 3);
    if (hot.contains(event->pos())) {
        QToolTip::showText(event->globalPos(), index.data(Qt::ToolTipRole).toString(), view,
                           hot.toAlignedRect());
    } else {
        QToolTip::hideText();
        event->ignore();
    }
    return true;
}
