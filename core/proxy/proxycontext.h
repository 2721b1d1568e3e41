#pragma once

struct ProxyConfig;
struct ProxyStats;
class ResponseCache;
class Router;
class TraceQueue;
class UpstreamPool;

// What every connection on the network thread shares; owned by ProxyServer.
struct ProxyContext
{
    const ProxyConfig *config = nullptr;
    const Router *router = nullptr;
    UpstreamPool *pool = nullptr;
    ProxyStats *stats = nullptr;
    TraceQueue *traceQueue = nullptr; // where finished calls go; null when not tracing
    ResponseCache *cache = nullptr; // null when the cache is off
    bool shuttingDown = false;
};
