#include "displayformat.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QPalette>

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
    // Small amounts keep four significant digits: a call often costs a fraction of a cent.
    const int decimals = usd == 0 ? 2 : usd < 0.01 ? 6 : usd < 1 ? 4 : 2;
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
