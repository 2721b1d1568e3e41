#pragma once

#include "proxy/proxyconfig.h"

#include <QObject>

class CacheWriter;
class ProxyService;
class TraceQueue;

// Runs the proxy without a window: prints the ready line, stops gracefully on SIGINT/SIGTERM.
class HeadlessRunner : public QObject
{
    Q_OBJECT
public:
    HeadlessRunner(const ProxyConfig &config, TraceQueue *traceQueue, CacheWriter *cacheWriter,
                   QObject *parent = nullptr);
    // Starts the proxy and the event loop; returns the process exit code.
    int exec();
    // For LiveSettings to keep in step (new prices while running).
    ProxyService *proxy() const { return m_proxy; }

private:
    ProxyConfig m_config;
    TraceQueue *m_traceQueue;
    CacheWriter *m_cacheWriter;
    ProxyService *m_proxy;
};
