#include "timingbars.h"

#include "phasebardelegate.h"
#include "timescale.h"
#include "trace/tracerecord.h"

#include <QEvent>
#include <QLocale>
#include <QPainter>

#include <algorithm>

namespace {

constexpr int Margin = 8;
constexpr int RowSpacing = 4;
constexpr int TickLength = 4;

} // namespace

TimingBars::TimingBars(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void TimingBars::setCall(const TraceRecord &call)
{
    const CallPhases phases = CallPhases::fromRecord(call);
    m_phases = phases;
    m_totalMs = double(phases.durationNs()) / 1e6;
    m_bars.clear();
    const QList<CallPhases::Segment> segments = phases.segments();
    for (const CallPhases::Segment &segment : segments) {
        m_bars.append({segment.phase, phases.phaseName(segment.phase),
                       double(segment.startNs - phases.startNs) / 1e6,
                       double(segment.durationNs()) / 1e6});
    }

    const QString unknown = tr("unknown");
    m_lines.clear();
    // The figures come from the record itself, not from the rounded instants of the bars.
    m_lines.append(tr("Total duration: %1").arg(TimeScale::msText(call.durationMs)));
    m_lines.append(tr("Time to first byte: %1")
                           .arg(call.ttfbMs ? TimeScale::msText(*call.ttfbMs) : unknown));
    QString ttft = unknown;
    if (call.ttftMs)
        ttft = TimeScale::msText(*call.ttftMs);
    else if (!call.stream)
        ttft = tr("not streamed");
    m_lines.append(tr("Time to first token: %1").arg(ttft));
    m_lines.append(tr("Output tokens per second: %1")
                           .arg(call.outputTokensPerSecond
                                        ? QLocale().toString(*call.outputTokensPerSecond, 'f', 1)
                                        : unknown));
    updateGeometry();
    update();
}

void TimingBars::clear()
{
    m_phases.reset();
    m_bars.clear();
    m_lines.clear();
    m_totalMs = 0;
    updateGeometry();
    update();
}

int TimingBars::nameColumnWidth() const
{
    const QFontMetrics metrics = fontMetrics();
    int width = 0;
    for (const Bar &bar : m_bars)
        width = std::max(width, metrics.horizontalAdvance(bar.name));
    return width + Margin;
}

int TimingBars::valueColumnWidth() const
{
    return fontMetrics().horizontalAdvance(TimeScale::msText(88888.8)) + Margin;
}

int TimingBars::rowHeight() const
{
    return fontMetrics().height() + 6;
}

QSize TimingBars::sizeHint() const
{
    const QFontMetrics metrics = fontMetrics();
    const int rows = int(std::max<qsizetype>(3, m_bars.size()));
    const int height = Margin + rows * (rowHeight() + RowSpacing) + TickLength + metrics.height()
            + Margin + 4 * metrics.lineSpacing() + Margin;
    return QSize(nameColumnWidth() + valueColumnWidth() + 320, height);
}

QSize TimingBars::minimumSizeHint() const
{
    return QSize(nameColumnWidth() + valueColumnWidth() + 80, sizeHint().height());
}

void TimingBars::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QPalette &pal = palette();
    if (!m_phases) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter, tr("No call selected"));
        return;
    }

    const CallPhases &phases = *m_phases;
    const QFontMetrics metrics = fontMetrics();
    const int rowH = rowHeight();
    const int trackLeft = Margin + nameColumnWidth();
    const int trackRight = std::max(trackLeft + 1, width() - Margin - valueColumnWidth());
    const int trackWidth = trackRight - trackLeft;
    const double total = double(phases.durationNs());
    const auto xFor = [&](double ms) {
        return total > 0 ? trackLeft + trackWidth * (ms * 1e6 / total) : double(trackLeft);
    };

    int y = Margin;
    for (const Bar &bar : std::as_const(m_bars)) {
        painter.setPen(pal.color(QPalette::WindowText));
        const int nameWidth = trackLeft - Margin - Margin / 2;
        painter.drawText(QRect(Margin, y, nameWidth, rowH), Qt::AlignLeft | Qt::AlignVCenter,
                         metrics.elidedText(bar.name, Qt::ElideRight, nameWidth));
        const QRect track(trackLeft, y, trackWidth, rowH);
        painter.fillRect(track, pal.color(QPalette::Base));
        const double left = xFor(bar.startMs);
        const double right = xFor(bar.startMs + bar.durationMs);
        // A phase of 0 ms still shows where it happened.
        const QRectF rect(left, y + 3, std::max(1.0, right - left), rowH - 6);
        const QColor colour =
                PhaseBarDelegate::phaseColor(pal, bar.phase, phases.error, phases.cacheHit);
        painter.fillRect(rect, colour);
        if (phases.cacheHit && !phases.error)
            painter.fillRect(rect, QBrush(pal.color(QPalette::Base), Qt::BDiagPattern));
        painter.setPen(pal.color(QPalette::WindowText));
        painter.drawText(QRect(trackRight + Margin / 2, y, width() - trackRight - Margin, rowH),
                         Qt::AlignRight | Qt::AlignVCenter, TimeScale::msText(bar.durationMs));
        y += rowH + RowSpacing;
    }

    // The shared axis: the same ticks as the trace timeline, counted from the call's start.
    painter.setPen(pal.color(QPalette::WindowText));
    painter.drawLine(trackLeft, y, trackRight, y);
    TimeScale scale(0, phases.durationNs(), trackWidth);
    scale.setMinTickSpacing(metrics.horizontalAdvance(TimeScale::msText(8888.8)) + 16);
    QList<qint64> ticks;
    if (phases.durationNs() >= TimeScale::MinimumSpanNs)
        ticks = scale.ticks();
    else
        ticks = {0};
    for (const qint64 tick : std::as_const(ticks)) {
        const int x = trackLeft + qRound(scale.xForTime(tick));
        painter.drawLine(x, y, x, y + TickLength);
        const QString label = scale.tickLabel(tick);
        const int labelWidth = metrics.horizontalAdvance(label);
        if (x + labelWidth / 2 > trackRight + Margin)
            continue;
        painter.drawText(QRect(std::max(0, x - labelWidth / 2), y + TickLength, labelWidth,
                               metrics.height()),
                         Qt::AlignCenter, label);
    }
    y += TickLength + metrics.height() + Margin;

    for (const QString &line : std::as_const(m_lines)) {
        painter.drawText(QPoint(Margin, y + metrics.ascent()), line);
        y += metrics.lineSpacing();
    }
}

void TimingBars::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        updateGeometry();
}
