#include "timeaxisheader.h"

#include "timescale.h"

#include <QPainter>
#include <QStyleOptionHeader>

#include <algorithm>

TimeAxisHeader::TimeAxisHeader(const TimeScale *scale, int timelineSection, QWidget *parent)
    : QHeaderView(Qt::Horizontal, parent)
    , m_scale(scale)
    , m_timelineSection(timelineSection)
{ }

void TimeAxisHeader::paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const
{
    // With no calls there is no time to show: the plain title says what the column is.
    if (logicalIndex != m_timelineSection || m_scale->width() <= 0 || !model()
        || model()->rowCount() == 0) {
        QHeaderView::paintSection(painter, rect, logicalIndex);
        return;
    }

    // The section's frame and background as the style draws them, without the title.
    QStyleOptionHeader option;
    initStyleOptionForIndex(&option, logicalIndex);
    option.rect = rect;
    option.text.clear();
    option.icon = QIcon();
    option.sortIndicator = QStyleOptionHeader::None;
    style()->drawControl(QStyle::CE_Header, &option, painter, this);

    painter->save();
    painter->setClipRect(rect);
    const QPalette &pal = palette();
    painter->setPen(pal.color(QPalette::WindowText));
    const QFontMetrics metrics = fontMetrics();
    const int tickLength = std::max(3, rect.height() / 4);
    const QList<qint64> ticks = m_scale->ticks();
    for (const qint64 tick : ticks) {
        const int x = rect.left() + qRound(m_scale->xForTime(tick));
        painter->drawLine(x, rect.bottom() - tickLength, x, rect.bottom());
        const QString label = m_scale->tickLabel(tick);
        const int labelWidth = metrics.horizontalAdvance(label);
        if (x + 3 + labelWidth > rect.right())
            continue; // a cut label reads as a different number
        const QRect labelRect(x + 3, rect.top(), labelWidth, rect.height() - tickLength);
        painter->drawText(labelRect, Qt::AlignLeft | Qt::AlignVCenter, label);
    }
    painter->restore();
}
