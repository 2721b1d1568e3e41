#pragma once

#include "proxyconfig.h"
#include "proxystats.h"

#include <QHostAddress>
#include <QObject>
#include <QThread>

#include <optional>

class CacheWriter;
class ProxyServer;
class TraceQueue;

// The proxy as the rest of the application sees it, on the GUI (or main) thread: owns the
// network thread and the ProxyServer living there, and reports its state with queued signals.
class ProxyService : public QObject
{
    Q_OBJECT
public:
    explicit ProxyService(QObject *parent = nullptr);
    // Stops the proxy (bounded by the grace time) and joins the network thread.
    ~ProxyService() override;

    // Starts the network thread and the listener with `config`. Finished calls go to
    // `traceQueue` (which must outlive this service) unless it is null or tracing is off.
    // Responses are stored through `cacheWriter` when config.cache.enabled (it must outlive
    // this service too).
    void start(const ProxyConfig &config, TraceQueue *traceQueue = nullptr,
               CacheWriter *cacheWriter = nullptr);
    // New settings without a restart (see ProxyServer::reconfigure): reconfigured() or
    // reconfigureFailed() follows while running; while paused they apply on resume().
    void reconfigure(const ProxyConfig &config);
    // The configuration the proxy should run with: the last one given (a listen address that
    // could not be bound included; resume() tries it again).
    std::optional<ProxyConfig> config() const { return m_config; }
    // Empties the response cache, memory and file.
    void clearCache();
    // Graceful stop; stopped() follows.
    void stop();
    // Starts again with what the last start() was given (the toolbar's pause and resume).
    void resume();
    bool canResume() const { return m_config.has_value(); }
    bool isRunning() const { return m_running; }

    const ProxyStats &stats() const { return m_stats; }
    QHostAddress listenAddress() const { return m_address; }
    quint16 listenPort() const { return m_port; }
    // "http://127.0.0.1:8484", brackets around IPv6 addresses.
    QString baseUrl() const;

Q_SIGNALS:
    void started(const QString &baseUrl);
    void startFailed(const QString &message);
    void reconfigured(const QString &baseUrl);
    void reconfigureFailed(const QString &message);
    void stopped();

private:
    void onServerStarted(const QHostAddress &address, quint16 port);
    void onServerStopped();
    void joinThread();

    QThread m_thread;
    ProxyServer *m_server = nullptr;
    std::optional<ProxyConfig> m_config;
    TraceQueue *m_traceQueue = nullptr;
    CacheWriter *m_cacheWriter = nullptr;
    ProxyStats m_stats;
    QHostAddress m_address;
    quint16 m_port = 0;
    bool m_running = false;
};
