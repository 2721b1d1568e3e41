#pragma once

#include "callphases.h"

#include <QStyledItemDelegate>

class TimeScale;

// Paints SpanTreeModel's Timeline column: one bar per call from start to end, split into its
// phases, on the owner's TimeScale; tick grid lines behind, a marker at the first token.
// Other columns paint as usual; the delegate is set for the whole view so that every row
// has the same fixed height.
class PhaseBarDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    // `scale` belongs to the owning view, which outlives this delegate and keeps the scale's
    // width equal to the Timeline section's.
    explicit PhaseBarDelegate(const TimeScale *scale, QObject *parent = nullptr);

    void setRowHeight(int px);
    int rowHeight() const { return m_rowHeight; }

    // Where the call's bar lies in its Timeline cell; empty for other columns.
    QRectF barRect(const QRect &cellRect, const QModelIndex &index) const;

    // Colours follow the palette so that bars read in light and dark themes alike: phases are
    // shades between the view's base and its highlight (or text) colour, errors red, cache
    // hits green, each toned for the base's lightness.
    static QColor phaseColor(const QPalette &palette, CallPhases::Phase phase, bool error,
                             bool cacheHit);
    static QColor markerColor(const QPalette &palette);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

private:
    const TimeScale *m_scale;
    int m_rowHeight = 22;
};
