#pragma once

#include <QHeaderView>

class TimeScale;

// The horizontal header of the trace view: an ordinary header, except that the timeline
// section shows the time axis of the owner's TimeScale (ticks and offsets from the trace
// start) in place of its title.
class TimeAxisHeader : public QHeaderView
{
    Q_OBJECT
public:
    // `scale` belongs to the owning view, which outlives this header.
    TimeAxisHeader(const TimeScale *scale, int timelineSection, QWidget *parent = nullptr);

    int timelineSection() const { return m_timelineSection; }

protected:
    void paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const override;

private:
    const TimeScale *m_scale;
    int m_timelineSection;
};
