#include "otlpretrypolicy.h"

#include <QLocale>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

OtlpRetryPolicy::Outcome OtlpRetryPolicy::outcome(int httpStatus)
{
    if (httpStatus >= 200 && httpStatus < 300)
        return Outcome::Delivered;
    switch (httpStatus) {
    case 0:
    case 429:
    case 502:
    case 503:
    case 504:
        return Outcome::Retry;
    case 413:
        return Outcome::Split;
    default:
        return Outcome::Drop;
    }
}

std::optional<qint64> OtlpRetryPolicy::retryAfterMs(const QByteArray &value,
                                                    const QDateTime &now) const
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const qint64 seconds = text.toLongLong(&isNumber);
    if (isNumber)
        return seconds < 0 ? std::nullopt
                           : std::optional<qint64>(
                                   std::min<qint64>(seconds * retryAfterUnitMs, maxRetryAfterMs));
    // IMF-fixdate, "Tue, 01 Sep 2026 10:00:00 GMT"; RFC 2822 parsing also takes the obsolete
    // forms HTTP allows readers to accept.
    QDateTime at = QLocale::c().toDateTime(QString::fromLatin1(text),
                                           QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (at.isValid())
        at.setTimeZone(QTimeZone::utc());
    else
        at = QDateTime::fromString(QString::fromLatin1(text), Qt::RFC2822Date);
    if (!at.isValid())
        return std::nullopt;
    return std::clamp<qint64>(now.msecsTo(at), 0, maxRetryAfterMs);
}

qint64 OtlpRetryPolicy::delayMs(int failures, const QByteArray &retryAfter, const QDateTime &now,
                                double random01) const
{
    if (const std::optional<qint64> asked = retryAfterMs(retryAfter, now))
        return *asked;
    const double exponential =
            std::min(double(maxBackoffMs),
                     double(initialBackoffMs) * std::pow(2.0, std::max(failures, 1) - 1));
    // Jitter keeps many TokenTaps (or destinations) that failed together from retrying together.
    return qint64(exponential * (0.5 + 0.5 * std::clamp(random01, 0.0, 1.0)));
}
