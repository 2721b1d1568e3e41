#include "proxyconfig.h"

const Upstream *ProxyConfig::upstream(const QString &name) const
{
    for (const Upstream &up : upstreams) {
        if (up.name == name)
            return &up;
    }
    return nullptr;
}

const Upstream *ProxyConfig::defaultTarget() const
{
    if (!defaultUpstream.isEmpty())
        return upstream(defaultUpstream);
    return upstreams.isEmpty() ? nullptr : &upstreams.constFirst();
}
