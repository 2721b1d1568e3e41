#include "usagecharts.h"

#include "displayformat.h"

#include "trace/usagereport.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QCursor>
#include <QHash>
#include <QHorizontalBarSeries>
#include <QLocale>
#include <QPalette>
#include <QPieSeries>
#include <QPieSlice>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <functional>

namespace {

// More models than this share one "Other" stack: a legend of twenty names helps nobody.
constexpr int MaxStacks = 8;

// The catalogues file these messages under UsageCharts.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(UsageCharts)
};

QList<QDate> daysOf(const UsageReport &report)
{
    QList<QDate> days;
    if (!report.firstDay.isValid())
        return days;
    for (QDate d = report.firstDay; d <= report.lastDay; d = d.addDays(1))
        days.append(d);
    return days;
}

QStringList dayLabels(const QList<QDate> &days)
{
    QStringList labels;
    const bool withYear = !days.isEmpty() && days.constFirst().year() != days.constLast().year();
    // A format per language: "5 Nov", "5. Nov.", "5 nov.".
    const QString format = withYear ? Text::tr("d MMM yyyy", "date on the charts' axis")
                                    : Text::tr("d MMM", "date on the charts' axis");
    for (QDate d : days)
        labels.append(QLocale().toString(d, format));
    return labels;
}

QChart *newChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

void applyPalette(QChart *chart, const QPalette &palette)
{
    const QColor text = palette.color(QPalette::Text);
    QColor grid = text;
    grid.setAlpha(40);
    QColor line = text;
    line.setAlpha(120);
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setBackgroundPen(Qt::NoPen);
    chart->setBackgroundRoundness(0);
    chart->setTitleBrush(text);
    QFont title = chart->titleFont();
    title.setBold(true);
    chart->setTitleFont(title);
    chart->legend()->setLabelColor(text);
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setLinePenColor(line);
        axis->setGridLineColor(grid);
        axis->setShadesVisible(false);
    }
}

QValueAxis *valueAxis(double max, const QString &format, const QString &title)
{
    auto *axis = new QValueAxis;
    axis->setRange(0, max > 0 ? max : 1);
    axis->applyNiceNumbers();
    axis->setLabelFormat(format);
    axis->setTitleText(title);
    return axis;
}

QString usdFormat(double max)
{
    if (max >= 10)
        return QStringLiteral("$%.0f");
    if (max >= 0.1)
        return QStringLiteral("$%.2f");
    if (max >= 0.01)
        return QStringLiteral("$%.3f");
    return max >= 0.001 ? QStringLiteral("$%.4f") : QStringLiteral("$%.6f");
}

// Bars say their exact value when the pointer rests on them.
void addToolTips(QAbstractBarSeries *series, QChart *chart, const QStringList &categories,
                 const std::function<QString(double)> &format)
{
    QObject::connect(series, &QAbstractBarSeries::hovered, chart,
                     [categories, format](bool on, int index, QBarSet *set) {
                         if (!on) {
                             QToolTip::hideText();
                             return;
                         }
                         QToolTip::showText(QCursor::pos(),
                                            categories.value(index) + u'\n' + set->label()
                                                    + QStringLiteral(": ")
                                                    + format(set->at(index)));
                     });
}

QBarSet *newSet(const QString &label, int i, int size, const QPalette &palette)
{
    auto *set = new QBarSet(label);
    const QColor color = UsageCharts::seriesColor(i, palette);
    set->setColor(color);
    set->setBorderColor(color);
    for (int d = 0; d < size; ++d)
        set->append(0.0);
    return set;
}

void addCategoryAxis(QChart *chart, QAbstractSeries *series, const QStringList &categories,
                     Qt::Alignment alignment)
{
    auto *axis = new QBarCategoryAxis;
    axis->append(categories);
    if (alignment == Qt::AlignBottom && categories.size() > 10)
        axis->setLabelsAngle(-90);
    chart->addAxis(axis, alignment);
    series->attachAxis(axis);
}

} // namespace

namespace UsageCharts {

QColor seriesColor(int i, const QPalette &palette)
{
    int base = palette.color(QPalette::Highlight).hslHue();
    if (base < 0)
        base = 210;
    // The golden angle keeps neighbouring series apart however many there are.
    const int hue = int(base + i * 137.508) % 360;
    const bool dark = DisplayFormat::isDark(palette);
    return QColor::fromHsl(hue, dark ? 150 : 170, dark ? 165 : 115);
}

QChart *costPerDay(const UsageReport &report, const QPalette &palette)
{
    QString title = Text::tr("Cost per day by model");
    if (report.unknownCostCalls > 0)
        title += Text::tr(" (%n call(s) of unknown cost not counted)", nullptr,
                          int(report.unknownCostCalls));
    QChart *chart = newChart(title);
    const QList<QDate> days = daysOf(report);
    const QStringList labels = dayLabels(days);
    QHash<QDate, int> dayIndex;
    for (int d = 0; d < days.size(); ++d)
        dayIndex.insert(days.at(d), d);

    QStringList models = report.models();
    const bool other = models.size() > MaxStacks;
    if (other)
        models.resize(MaxStacks - 1);
    auto *series = new QStackedBarSeries;
    QHash<QString, QBarSet *> sets;
    for (int i = 0; i < models.size(); ++i) {
        const QString &model = models.at(i);
        QBarSet *set = newSet(model.isEmpty() ? Text::tr("(no model)") : model, i, int(days.size()),
                              palette);
        sets.insert(model, set);
        series->append(set);
    }
    QBarSet *rest = nullptr;
    if (other) {
        rest = newSet(Text::tr("Other models"), MaxStacks - 1, int(days.size()), palette);
        series->append(rest);
    }
    QList<double> totals(days.size(), 0.0);
    for (const UsageReport::DayModelCost &row : report.costPerDay) {
        const int d = dayIndex.value(row.day, -1);
        QBarSet *set = sets.value(row.model, rest);
        if (d < 0 || !set)
            continue;
        set->replace(d, set->at(d) + row.costUsd);
        totals[d] += row.costUsd;
    }
    chart->addSeries(series);
    addCategoryAxis(chart, series, labels, Qt::AlignBottom);
    const double max = totals.isEmpty() ? 0 : *std::max_element(totals.begin(), totals.end());
    QValueAxis *y = valueAxis(max, usdFormat(max), QString());
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    addToolTips(series, chart, labels, [](double v) { return DisplayFormat::usd(v); });
    applyPalette(chart, palette);
    return chart;
}

QChart *tokensPerDay(const UsageReport &report, const QPalette &palette)
{
    QChart *chart = newChart(Text::tr("Tokens per day"));
    const QList<QDate> days = daysOf(report);
    const QStringList labels = dayLabels(days);
    QHash<QDate, int> dayIndex;
    for (int d = 0; d < days.size(); ++d)
        dayIndex.insert(days.at(d), d);

    qint64 max = 0;
    for (const UsageReport::DayTokens &t : report.tokensPerDay)
        max = std::max(max, t.inputTokens + t.outputTokens);
    // Axis labels stay short: thousands or millions of tokens.
    const double scale = max >= 10'000'000 ? 1e6 : max >= 10'000 ? 1e3 : 1;
    const QString unit = scale == 1e6 ? Text::tr("million tokens")
            : scale == 1e3            ? Text::tr("thousand tokens")
                                      : Text::tr("tokens");

    const int size = int(days.size());
    QBarSet *uncached = newSet(Text::tr("Uncached input"), 0, size, palette);
    QBarSet *cached = newSet(Text::tr("Cached input"), 1, size, palette);
    QBarSet *output = newSet(Text::tr("Output"), 2, size, palette);
    for (const UsageReport::DayTokens &t : report.tokensPerDay) {
        const int d = dayIndex.value(t.day, -1);
        if (d < 0)
            continue;
        uncached->replace(d, double(t.uncachedInputTokens()) / scale);
        cached->replace(d, double(t.cachedInputTokens) / scale);
        output->replace(d, double(t.outputTokens) / scale);
    }
    auto *series = new QStackedBarSeries;
    series->append({uncached, cached, output});
    chart->addSeries(series);
    addCategoryAxis(chart, series, labels, Qt::AlignBottom);
    QValueAxis *y = valueAxis(double(max) / scale,
                              scale == 1 ? QStringLiteral("%.0f") : QStringLiteral("%.1f"), unit);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    addToolTips(series, chart, labels, [scale](double v) {
        return DisplayFormat::tokens(qint64(std::llround(v * scale)));
    });
    applyPalette(chart, palette);
    return chart;
}

QChart *latency(const UsageReport &report, const QPalette &palette)
{
    QChart *chart = newChart(Text::tr("Latency per model (successful calls answered upstream)"));
    // Horizontal bars list the categories bottom up: reversed, the first model is on top.
    QStringList models;
    double max = 0;
    for (const UsageReport::ModelLatency &l : report.latency) {
        models.prepend(l.model.isEmpty() ? Text::tr("(no model)") : l.model);
        max = std::max(max, l.p95Ms);
    }
    const bool seconds = max >= 10'000;
    const double scale = seconds ? 1000 : 1;
    QBarSet *p50 = newSet(Text::tr("p50"), 0, 0, palette);
    QBarSet *p95 = newSet(Text::tr("p95"), 1, 0, palette);
    for (auto l = report.latency.crbegin(); l != report.latency.crend(); ++l) {
        p50->append(l->p50Ms / scale);
        p95->append(l->p95Ms / scale);
    }
    auto *series = new QHorizontalBarSeries;
    series->append({p50, p95});
    chart->addSeries(series);
    addCategoryAxis(chart, series, models, Qt::AlignLeft);
    QValueAxis *x =
            valueAxis(max / scale, seconds ? QStringLiteral("%.1f s") : QStringLiteral("%.0f ms"),
                      Text::tr("duration"));
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    addToolTips(series, chart, models,
                [scale](double v) { return DisplayFormat::durationMs(v * scale); });
    applyPalette(chart, palette);
    return chart;
}

QChart *cache(const UsageReport &report, const QPalette &palette)
{
    const UsageReport::Cache &c = report.cache;
    QString title;
    if (c.hits + c.misses + c.bypassed == 0)
        title = Text::tr("No call went through the cache");
    else
        title = Text::tr("Cache: %1 hit rate, %2 saved")
                        .arg(QLocale().toString(c.hitRate() * 100, 'f', 1) + u'%',
                             DisplayFormat::usd(c.savedUsd));
    QChart *chart = newChart(title);
    auto *series = new QPieSeries;
    series->setHoleSize(0.45);
    auto add = [&](const QString &label, qint64 calls, int colour) {
        if (calls == 0)
            return;
        QPieSlice *slice = series->append(label + QStringLiteral(": ") + QLocale().toString(calls),
                                          double(calls));
        const QColor color = UsageCharts::seriesColor(colour, palette);
        slice->setColor(color);
        slice->setBorderColor(palette.color(QPalette::Base));
        // Named with their counts in the legend only: labels beside the slices repeated it and
        // overlapped each other when two slices were small or the window narrow.
    };
    add(Text::tr("Hits"), c.hits, 0);
    add(Text::tr("Misses"), c.misses, 1);
    add(Text::tr("Bypassed"), c.bypassed, 2);
    chart->addSeries(series);
    applyPalette(chart, palette);
    return chart;
}

} // namespace UsageCharts
