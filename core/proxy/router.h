#pragma once

#include "proxyconfig.h"
#include "proxyerror.h"

#include <QByteArray>
#include <QHash>

// Maps a request-target to an upstream and the path to request there (PRODUCT.md §2):
// /v1/<rest> → default upstream, /<name>/v1/<rest> → the upstream called <name>.
class Router
{
public:
    struct Route
    {
        const Upstream *upstream = nullptr; // null on error
        QByteArray upstreamTarget; // base path + rest + query, ready for the request line
        ProxyError error; // meaningful when upstream is null
        bool ok() const { return upstream != nullptr; }
    };

    // `config` must outlive the router.
    explicit Router(const ProxyConfig &config);
    Router() = default;

    Route route(const QByteArray &requestTarget) const;

private:
    const Upstream *m_default = nullptr;
    QHash<QByteArray, const Upstream *> m_byName;
};
