#pragma once

#include "proxy/proxyconfig.h"

#include <QObject>

class ProxyService;

// Runs the proxy without a window: prints the ready line, stops gracefully on SIGINT/SIGTERM.
class HeadlessRunner : public QObject
{
    Q_OBJECT
public:
    explicit HeadlessRunner(const ProxyConfig &config, QObject *parent = nullptr);
    // Starts the proxy and the event loop; returns the process exit code.
    int exec();

private:
    ProxyConfig m_config;
    ProxyService *m_proxy;
};
