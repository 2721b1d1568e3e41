#pragma once

#include <QColor>

class QChart;
class QPalette;
struct UsageReport;

// The usage dashboard's charts, built from a report with Qt Charts. Each call returns a new
// chart for a QChartView to own. Colours come from the palette, so a dark theme reads as well
// as a light one; the charts are rebuilt when the palette changes.
namespace UsageCharts {

// Stacked bars, one a day from the report's first to its last day (days without calls
// included), one stack per model, most expensive model first.
QChart *costPerDay(const UsageReport &report, const QPalette &palette);
// Stacked bars a day: uncached input, cached input, output.
QChart *tokensPerDay(const UsageReport &report, const QPalette &palette);
// p50 and p95 duration per model, as horizontal bars.
QChart *latency(const UsageReport &report, const QPalette &palette);
// Hits, misses and bypassed calls as a donut; the title carries the hit rate and the saving.
QChart *cache(const UsageReport &report, const QPalette &palette);

// The i-th colour of a series: hues spread around the palette's highlight colour, lighter on a
// dark background.
QColor seriesColor(int i, const QPalette &palette);

} // namespace UsageCharts
