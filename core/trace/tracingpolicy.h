#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// Who is traced and how (PRODUCT.md §5): global switches, and per-user policies that override
// them until they expire, after which the global default applies again.
struct TracingPolicy
{
    struct UserPolicy
    {
        QString user;
        std::optional<bool> tracing; // record this user's calls at all
        std::optional<bool> privacy; // metrics only: no bodies, no message text
        std::optional<bool> cacheAllowed; // may this user's calls be served from the cache
        QDateTime expires; // invalid: never
        bool isActive(const QDateTime &now) const { return !expires.isValid() || now < expires; }
        friend bool operator==(const UserPolicy &, const UserPolicy &) = default;
    };

    struct Decision
    {
        bool record = true;
        bool privacy = false;
        bool cacheAllowed = true;
    };

    bool tracing = true;
    bool privacy = false;
    QList<UserPolicy> users;

    // `requestPrivacy`: the call asked for it (x-tokentap-privacy: on); it can only add privacy.
    Decision decide(const QString &user, bool requestPrivacy, const QDateTime &now) const;

    friend bool operator==(const TracingPolicy &, const TracingPolicy &) = default;
};
