#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QtGlobal>

// Maps time to pixels for the visible part of a timeline: the visible range [startNs, endNs]
// onto [0, width] pixels. A plain value with no GUI dependency, so that every bit of the
// arithmetic the timeline's delegate, header and mouse handling share is tested in one place.
//
// The visible range stays inside the data range and spans at least MinimumSpanNs; the data
// range itself is widened to MinimumSpanNs when shorter, so that an empty trace or a single
// instant call still has an axis to draw.
class TimeScale
{
    Q_DECLARE_TR_FUNCTIONS(TimeScale)
public:
    static constexpr qint64 MinimumSpanNs = 1'000'000; // 1 ms
    static constexpr double DefaultTickSpacingPx = 80;

    TimeScale() = default;
    TimeScale(qint64 startNs, qint64 endNs, double widthPx);

    // The data range, shown whole.
    void fit(qint64 startNs, qint64 endNs);
    // Shows the whole data range again.
    void fit();
    // Shows [startNs, endNs], clamped to the data range and the minimum span.
    void setVisibleRange(qint64 startNs, qint64 endNs);
    void setWidth(double widthPx);

    qint64 dataStartNs() const { return m_dataStart; }
    qint64 dataEndNs() const { return m_dataEnd; }
    qint64 startNs() const { return m_start; }
    qint64 endNs() const { return m_end; }
    qint64 spanNs() const { return m_end - m_start; }
    double width() const { return m_width; }
    // True when part of the data range is out of view.
    bool isZoomed() const { return spanNs() < m_dataEnd - m_dataStart; }

    double xForTime(qint64 ns) const;
    qint64 timeForX(double x) const;

    // factor > 1 zooms in. The time under anchorX stays there unless the view hits an edge of
    // the data range or a span limit.
    void zoom(double factor, double anchorX);
    // Moves the content by dx pixels, as a drag would: a positive dx brings earlier times into
    // view.
    void pan(double dx);

    // Ticks are at least this far apart; the owner sets it from its label font.
    void setMinTickSpacing(double px);
    double minTickSpacing() const { return m_tickSpacing; }
    // The smallest nice step (1-2-5 × 10^n ns below 10 s; 10 s, 15 s, 30 s, 1-2-5-10-15-30 min
    // and 1-2-3-6-12 h above, where decimal steps would land between minutes) that keeps
    // ticks minTickSpacing() apart.
    qint64 tickStepNs() const;
    // Tick times in view, on multiples of the step counted from the data start.
    QList<qint64> ticks() const;
    // The label of a tick: its offset from the data start, so that labels stay put on zoom.
    QString tickLabel(qint64 tickNs) const;

    static qint64 niceStepAtLeast(double ns);
    // An offset as an axis label, as precise as the step needs: "0 ms", "250 ms", "1.5 s",
    // "2 min", "1 h 30 min".
    static QString offsetLabel(qint64 offsetNs, qint64 stepNs);
    // A duration for people: "0.25 ms", "842 ms", "1.23 s", "2 min 5 s".
    static QString durationText(qint64 ns);
    // Milliseconds with the precision that matters at that size: "0.42 ms", "12.5 ms", "842 ms".
    static QString msText(double ms);

    friend bool operator==(const TimeScale &, const TimeScale &) = default;

private:
    void clampView();

    qint64 m_dataStart = 0;
    qint64 m_dataEnd = MinimumSpanNs;
    qint64 m_start = 0;
    qint64 m_end = MinimumSpanNs;
    double m_width = 0;
    double m_tickSpacing = DefaultTickSpacingPx;
};
