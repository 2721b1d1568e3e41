#include "tracingpolicy.h"

TracingPolicy::Decision TracingPolicy::decide(const QString &user, bool requestPrivacy,
                                              const QDateTime &now) const
{
    Decision decision;
    decision.record = tracing;
    decision.privacy = privacy;
    if (!user.isEmpty()) {
        for (const UserPolicy &policy : users) {
            if (policy.user != user || !policy.isActive(now))
                continue;
            if (policy.tracing)
                decision.record = *policy.tracing;
            if (policy.privacy)
                decision.privacy = *policy.privacy;
            if (policy.cacheAllowed)
                decision.cacheAllowed = *policy.cacheAllowed;
            break;
        }
    }
    decision.privacy = decision.privacy || requestPrivacy;
    return decision;
}
