#pragma once

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

#include <optional>

// The span of time the usage dashboard reports on, as recording times (start_ns) from `fromNs`
// inclusive to `untilNs` exclusive; an end left empty is open. Presets other than the last 24
// hours are whole calendar days in the given time zone, ending with today, so that every bar of
// a per-day chart is a full day.
struct UsageRange
{
    enum class Preset { Last24Hours, Last7Days, Last30Days, All };

    std::optional<qint64> fromNs;
    std::optional<qint64> untilNs;

    static UsageRange preset(Preset preset, const QDateTime &now, const QTimeZone &zone);
    // Whole local days, `from` and `to` included.
    static UsageRange days(QDate from, QDate to, const QTimeZone &zone);

    bool isOpen() const { return !fromNs && !untilNs; }
    friend bool operator==(const UsageRange &, const UsageRange &) = default;
};
