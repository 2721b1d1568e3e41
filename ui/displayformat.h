#pragma once

#include <QColor>
#include <QString>

#include <optional>

class QPalette;

// How the trace browser writes numbers, money, times and durations: one place, in the user's
// locale, so the list, the detail pane and the timeline agree.
namespace DisplayFormat {

QString durationMs(double ms); // "840 ms", "2.4 s", "3 min 12 s"
QString durationMs(const std::optional<double> &ms); // "—" when unknown
QString usd(double usd); // "$0.0123", "$12.40"
QString usd(const std::optional<double> &usd);
QString tokens(const std::optional<qint64> &count); // "1,234", "—" when unknown
// Local time; the date is added when the call was not today.
QString startTime(qint64 unixNs);
QString startDateTime(qint64 unixNs); // always with the date, for tooltips

// Colours that read on both light and dark palettes.
bool isDark(const QPalette &palette);
QColor errorText(const QPalette &palette);
QColor cacheHitBackground(const QPalette &palette);

} // namespace DisplayFormat
