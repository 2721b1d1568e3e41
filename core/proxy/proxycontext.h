#pragma once

#include <memory>

struct ProxyConfig;
struct ProxyStats;
class ResponseCache;
class Router;
class TraceQueue;
class UpstreamPool;

// What every connection on the network thread shares; owned by ProxyServer.
struct ProxyContext
{
    const ProxyConfig *config = nullptr; // the current one
    // Owns *config. A call holds the configuration it started under (its upstream lives there)
    // until it ends, so applying new settings never pulls anything from under a running call.
    std::shared_ptr<const ProxyConfig> configOwner;
    const Router *router = nullptr;
    UpstreamPool *pool = nullptr;
    ProxyStats *stats = nullptr;
    TraceQueue *traceQueue = nullptr; // where finished calls go; null when not tracing
    ResponseCache *cache = nullptr; // null when the cache is off
    bool shuttingDown = false;
};
