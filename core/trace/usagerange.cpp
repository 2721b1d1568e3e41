#include "usagerange.h"

namespace {

constexpr qint64 NsPerMs = 1'000'000;

qint64 nsOf(const QDateTime &time)
{
    return time.toMSecsSinceEpoch() * NsPerMs;
}

} // namespace

UsageRange UsageRange::preset(Preset preset, const QDateTime &now, const QTimeZone &zone)
{
    const QDate today = now.toTimeZone(zone).date();
    switch (preset) {
    case Preset::Last24Hours:
        // The moment of asking is the end: a call recorded later waits for the next refresh.
        return {nsOf(now.addSecs(-24 * 3600)), nsOf(now) + 1};
    case Preset::Last7Days:
        return days(today.addDays(-6), today, zone);
    case Preset::Last30Days:
        return days(today.addDays(-29), today, zone);
    case Preset::All:
        break;
    }
    return {};
}

UsageRange UsageRange::days(QDate from, QDate to, const QTimeZone &zone)
{
    if (to < from)
        std::swap(from, to);
    return {nsOf(from.startOfDay(zone)), nsOf(to.addDays(1).startOfDay(zone))};
}
