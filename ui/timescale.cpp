#include "timescale.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace {

constexpr qint64 NsPerUs = 1'000;
constexpr qint64 NsPerMs = 1'000'000;
constexpr qint64 NsPerS = 1'000'000'000;
constexpr qint64 NsPerMin = 60 * NsPerS;
constexpr qint64 NsPerH = 60 * NsPerMin;
constexpr qint64 NsPerDay = 24 * NsPerH;

QList<qint64> buildNiceSteps()
{
    QList<qint64> steps;
    // Decimal steps read well up to seconds; past that they would put ticks between minutes.
    for (qint64 decade = 1; decade < 10 * NsPerS; decade *= 10) {
        for (const qint64 m : {1, 2, 5})
            steps.append(m * decade);
    }
    for (const qint64 s : {10, 15, 30})
        steps.append(s * NsPerS);
    for (const qint64 m : {1, 2, 5, 10, 15, 30})
        steps.append(m * NsPerMin);
    for (const qint64 h : {1, 2, 3, 6, 12})
        steps.append(h * NsPerH);
    for (qint64 decade = 1; decade <= 10'000; decade *= 10) {
        for (const qint64 m : {1, 2, 5})
            steps.append(m * decade * NsPerDay);
    }
    return steps;
}

// How many decimals of `unit` it takes to tell multiples of `step` apart.
int decimalsFor(qint64 step, qint64 unit)
{
    int decimals = 0;
    while (decimals < 9 && step % unit != 0) {
        step *= 10;
        ++decimals;
    }
    return decimals;
}

// `value` in `unit`s with at most `decimals` decimals, trailing zeros dropped.
QString trimmedNumber(double value, int decimals)
{
    const QLocale locale;
    QString text = locale.toString(value, 'f', decimals);
    if (decimals <= 0)
        return text;
    const QString zero = locale.zeroDigit();
    while (text.endsWith(zero))
        text.chop(zero.size());
    if (text.endsWith(locale.decimalPoint()))
        text.chop(locale.decimalPoint().size());
    return text;
}

QString unitText(qint64 value, qint64 unit, int decimals)
{
    const QString number = trimmedNumber(double(value) / double(unit), decimals);
    if (unit == 1)
        return TimeScale::tr("%1 ns").arg(number);
    if (unit == NsPerUs)
        return TimeScale::tr("%1 µs").arg(number);
    if (unit == NsPerMs)
        return TimeScale::tr("%1 ms").arg(number);
    return TimeScale::tr("%1 s").arg(number);
}

} // namespace

TimeScale::TimeScale(qint64 startNs, qint64 endNs, double widthPx)
{
    fit(startNs, endNs);
    setWidth(widthPx);
}

void TimeScale::fit(qint64 startNs, qint64 endNs)
{
    if (endNs < startNs)
        std::swap(startNs, endNs);
    if (endNs - startNs < MinimumSpanNs)
        endNs = startNs + MinimumSpanNs;
    m_dataStart = startNs;
    m_dataEnd = endNs;
    fit();
}

void TimeScale::fit()
{
    m_start = m_dataStart;
    m_end = m_dataEnd;
}

void TimeScale::setVisibleRange(qint64 startNs, qint64 endNs)
{
    if (endNs < startNs)
        std::swap(startNs, endNs);
    if (endNs - startNs < MinimumSpanNs) {
        const qint64 centre = startNs + (endNs - startNs) / 2;
        startNs = centre - MinimumSpanNs / 2;
        endNs = startNs + MinimumSpanNs;
    }
    m_start = startNs;
    m_end = endNs;
    clampView();
}

void TimeScale::setWidth(double widthPx)
{
    m_width = std::isfinite(widthPx) ? std::max(0.0, widthPx) : 0.0;
}

double TimeScale::xForTime(qint64 ns) const
{
    if (m_width <= 0)
        return 0;
    // Relative first: absolute Unix nanoseconds do not fit a double's mantissa.
    return double(ns - m_start) * m_width / double(spanNs());
}

qint64 TimeScale::timeForX(double x) const
{
    if (m_width <= 0 || !std::isfinite(x))
        return m_start;
    return m_start + std::llround(x * double(spanNs()) / m_width);
}

void TimeScale::zoom(double factor, double anchorX)
{
    if (m_width <= 0 || !std::isfinite(factor) || factor <= 0 || !std::isfinite(anchorX))
        return;
    const qint64 anchor = timeForX(anchorX);
    const double wanted = double(spanNs()) / factor;
    const qint64 span =
            std::clamp(wanted >= double(m_dataEnd - m_dataStart) ? m_dataEnd - m_dataStart
                                                                 : std::llround(wanted),
                       MinimumSpanNs, m_dataEnd - m_dataStart);
    m_start = anchor - std::llround(anchorX * double(span) / m_width);
    m_end = m_start + span;
    clampView();
}

void TimeScale::pan(double dx)
{
    if (m_width <= 0 || !std::isfinite(dx))
        return;
    const qint64 shift = std::llround(dx * double(spanNs()) / m_width);
    m_start -= shift;
    m_end -= shift;
    clampView();
}

void TimeScale::clampView()
{
    const qint64 span = std::clamp(m_end - m_start, MinimumSpanNs, m_dataEnd - m_dataStart);
    m_start = std::clamp(m_start, m_dataStart, m_dataEnd - span);
    m_end = m_start + span;
}

void TimeScale::setMinTickSpacing(double px)
{
    m_tickSpacing = std::isfinite(px) ? std::max(1.0, px) : DefaultTickSpacingPx;
}

qint64 TimeScale::tickStepNs() const
{
    if (m_width <= 0)
        return niceStepAtLeast(double(spanNs()));
    return niceStepAtLeast(m_tickSpacing * double(spanNs()) / m_width);
}

QList<qint64> TimeScale::ticks() const
{
    QList<qint64> result;
    if (m_width <= 0)
        return result;
    const qint64 step = tickStepNs();
    const qint64 offset = m_start - m_dataStart;
    for (qint64 t = m_dataStart + (offset + step - 1) / step * step; t <= m_end; t += step)
        result.append(t);
    return result;
}

QString TimeScale::tickLabel(qint64 tickNs) const
{
    return offsetLabel(tickNs - m_dataStart, tickStepNs());
}

qint64 TimeScale::niceStepAtLeast(double ns)
{
    static const QList<qint64> steps = buildNiceSteps();
    const auto it = std::find_if(steps.cbegin(), steps.cend(),
                                 [ns](qint64 step) { return double(step) >= ns; });
    return it == steps.cend() ? steps.last() : *it;
}

QString TimeScale::offsetLabel(qint64 offsetNs, qint64 stepNs)
{
    stepNs = std::max<qint64>(1, stepNs);
    if (offsetNs == 0) {
        // Zero in the unit the other labels are in.
        if (stepNs < NsPerUs)
            return tr("%1 ns").arg(0);
        if (stepNs < NsPerMs)
            return tr("%1 µs").arg(0);
        if (stepNs < NsPerS)
            return tr("%1 ms").arg(0);
        if (stepNs < NsPerMin)
            return tr("%1 s").arg(0);
        if (stepNs < NsPerH)
            return tr("%1 min").arg(0);
        return tr("%1 h").arg(0);
    }
    const qint64 magnitude = offsetNs < 0 ? -offsetNs : offsetNs;
    const QString sign = offsetNs < 0 ? QStringLiteral("-") : QString();
    for (const qint64 unit : {qint64(1), NsPerUs, NsPerMs, NsPerS}) {
        if (magnitude < unit * (unit == NsPerS ? 60 : 1000))
            return sign + unitText(magnitude, unit, decimalsFor(stepNs, unit));
    }
    // Past a minute, compound labels: decimals of a minute or an hour read badly.
    const qint64 hours = magnitude / NsPerH;
    const qint64 minutes = magnitude % NsPerH / NsPerMin;
    const qint64 seconds = magnitude % NsPerMin;
    QStringList parts;
    if (hours > 0)
        parts.append(tr("%1 h").arg(hours));
    if (minutes > 0)
        parts.append(tr("%1 min").arg(minutes));
    if (seconds > 0)
        parts.append(unitText(seconds, NsPerS, decimalsFor(stepNs, NsPerS)));
    return sign + parts.join(QLatin1Char(' '));
}

QString TimeScale::durationText(qint64 ns)
{
    ns = std::max<qint64>(0, ns);
    if (ns < NsPerS)
        return msText(double(ns) / double(NsPerMs));
    if (ns < NsPerMin) {
        const double seconds = double(ns) / double(NsPerS);
        return tr("%1 s").arg(trimmedNumber(seconds, seconds < 10 ? 2 : 1));
    }
    if (ns < NsPerH) {
        const qint64 seconds = std::llround(double(ns) / double(NsPerS));
        if (seconds % 60 == 0)
            return tr("%1 min").arg(seconds / 60);
        return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    }
    const qint64 minutes = std::llround(double(ns) / double(NsPerMin));
    if (minutes % 60 == 0)
        return tr("%1 h").arg(minutes / 60);
    return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

QString TimeScale::msText(double ms)
{
    if (!std::isfinite(ms))
        return tr("unknown");
    const double magnitude = std::abs(ms);
    return tr("%1 ms").arg(trimmedNumber(ms, magnitude < 1 ? 2 : magnitude < 100 ? 1 : 0));
}
