#include "displayformat.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QPalette>

#include <algorithm>
#include <cmath>

namespace DisplayFormat {

QString durationMs(double ms)
{
    const QLocale locale;
    if (ms < 1000)
        return QCoreApplication::translate("DisplayFormat", "%1 ms")
                .arg(locale.toString(ms, 'f', ms < 10 ? 1 : 0));
    if (ms < 60'000)
        return QCoreApplication::translate("DisplayFormat", "%1 s")
                .arg(locale.toString(ms / 1000, 'f', ms < 10'000 ? 2 : 1));
    const qint64 seconds = qint64(std::llround(ms / 1000));
    return QCoreApplication::translate("DisplayFormat", "%1 min %2 s")
            .arg(seconds / 60)
            .arg(seconds % 60);
}

QString durationMs(const std::optional<double> &ms)
{
    return ms ? durationMs(*ms) : QStringLiteral("—");
}

QString usd(double usd)
{
    // The "C" locale (LANG unset) would write "0.02$"; it reads as US English.
    const QLocale locale = QLocale().language() == QLocale::C
            ? QLocale(QLocale::English, QLocale::UnitedStates)
            : QLocale();
    // Amounts under a dollar keep up to four significant digits (a call often costs a
    // fraction of a cent; $0.02225 is not $0.0222, and $0.00000016 is not $0.000000), without
    // zeros past the cents that would only pad them.
    int decimals = 2;
    const double size = std::abs(usd);
    if (size > 0 && size < 1) {
        decimals = std::clamp(3 - int(std::floor(std::log10(size))), 2, 12);
        auto scaled = [size](int places) {
            return std::round(size * std::pow(10.0, places));
        };
        while (decimals > 2 && std::fmod(scaled(decimals), 10.0) == 0)
            --decimals;
    }
    // Amounts are always US dollars; where the symbol goes and the decimal mark follow the locale.
    return locale.toCurrencyString(usd, QStringLiteral("$"), decimals);
}

QString usd(const std::optional<double> &value)
{
    return value ? usd(*value) : QStringLiteral("—");
}

QString tokens(const std::optional<qint64> &count)
{
    return count ? QLocale().toString(*count) : QStringLiteral("—");
}

QString startTime(qint64 unixNs)
{
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(unixNs / 1'000'000);
    if (when.date() == QDate::currentDate())
        return when.toString(QStringLiteral("HH:mm:ss.zzz"));
    return QLocale().toString(when.date(), QLocale::ShortFormat) + u' '
            + when.toString(QStringLiteral("HH:mm:ss"));
}

QString startDateTime(qint64 unixNs)
{
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(unixNs / 1'000'000);
    return QLocale().toString(when.date(), QLocale::ShortFormat) + u' '
            + when.toString(QStringLiteral("HH:mm:ss.zzz"));
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor errorText(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xc6, 0x28, 0x28);
}

QColor cacheHitBackground(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x2e, 0x7d, 0x32, 90) : QColor(0x66, 0xbb, 0x6a, 60);
}

} // namespace DisplayFormat
