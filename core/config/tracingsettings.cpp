#include "tracingsettings.h"

#include <QSettings>

namespace {

std::optional<bool> optionalBool(const QVariant &value)
{
    return value.isValid() && !value.isNull() ? std::optional<bool>(value.toBool()) : std::nullopt;
}

QVariant toVariant(const std::optional<bool> &value)
{
    return value ? QVariant(*value) : QVariant();
}

} // namespace

TracingSettings TracingSettings::load(QSettings &settings)
{
    TracingSettings s;
    settings.beginGroup(QStringLiteral("tracing"));
    s.policy.tracing = settings.value(QStringLiteral("enabled"), true).toBool();
    s.policy.privacy = settings.value(QStringLiteral("privacy"), false).toBool();
    s.retention.maxAgeDays = settings.value(QStringLiteral("retentionDays"), 0).toInt();
    s.retention.maxBytes =
            settings.value(QStringLiteral("maxDatabaseMiB"), 0).toLongLong() * 1024 * 1024;
    s.maxRecordedBodyBytes =
            settings.value(QStringLiteral("maxBodyMiB"), 16).toLongLong() * 1024 * 1024;
    const int count = settings.beginReadArray(QStringLiteral("users"));
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        TracingPolicy::UserPolicy user;
        user.user = settings.value(QStringLiteral("user")).toString();
        user.tracing = optionalBool(settings.value(QStringLiteral("tracing")));
        user.privacy = optionalBool(settings.value(QStringLiteral("privacy")));
        user.cacheAllowed = optionalBool(settings.value(QStringLiteral("cacheAllowed")));
        user.expires = QDateTime::fromString(settings.value(QStringLiteral("expires")).toString(),
                                             Qt::ISODate);
        if (!user.user.isEmpty())
            s.policy.users.append(user);
    }
    settings.endArray();
    settings.endGroup();
    return s;
}

void TracingSettings::save(QSettings &settings) const
{
    settings.beginGroup(QStringLiteral("tracing"));
    settings.setValue(QStringLiteral("enabled"), policy.tracing);
    settings.setValue(QStringLiteral("privacy"), policy.privacy);
    settings.setValue(QStringLiteral("retentionDays"), retention.maxAgeDays);
    settings.setValue(QStringLiteral("maxDatabaseMiB"), retention.maxBytes / (1024 * 1024));
    settings.setValue(QStringLiteral("maxBodyMiB"), maxRecordedBodyBytes / (1024 * 1024));
    settings.remove(QStringLiteral("users"));
    settings.beginWriteArray(QStringLiteral("users"), int(policy.users.size()));
    for (int i = 0; i < policy.users.size(); ++i) {
        const TracingPolicy::UserPolicy &user = policy.users.at(i);
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("user"), user.user);
        settings.setValue(QStringLiteral("tracing"), toVariant(user.tracing));
        settings.setValue(QStringLiteral("privacy"), toVariant(user.privacy));
        settings.setValue(QStringLiteral("cacheAllowed"), toVariant(user.cacheAllowed));
        settings.setValue(QStringLiteral("expires"),
                          user.expires.isValid() ? user.expires.toUTC().toString(Qt::ISODate)
                                                 : QString());
    }
    settings.endArray();
    settings.endGroup();
}
