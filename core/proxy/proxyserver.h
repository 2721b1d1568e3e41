#pragma once

#include "proxyconfig.h"
#include "proxycontext.h"
#include "router.h"

#include <QHostAddress>
#include <QObject>
#include <QSet>

#include <memory>

class CacheWriter;
class ClientConnection;
class ResponseCache;
class QTcpServer;
class QTimer;
class TraceQueue;
class UpstreamPool;
struct ProxyStats;

// The listening side of the proxy. Lives on the network thread: it is moved there before
// start(), and everything it creates (listener, sockets, upstream connections) is created there.
class ProxyServer : public QObject
{
    Q_OBJECT
public:
    // `traceQueue` receives every finished call when tracing; `cacheWriter` stores responses
    // when config.cache.enabled. Both must outlive the server.
    ProxyServer(const ProxyConfig &config, ProxyStats *stats, TraceQueue *traceQueue,
                CacheWriter *cacheWriter = nullptr, QObject *parent = nullptr);
    ~ProxyServer() override;

    // Binds the listener; emits started() or startFailed().
    Q_INVOKABLE void start();
    // Stops accepting, lets calls in flight finish for up to the configured grace time, then
    // closes everything and emits stopped().
    Q_INVOKABLE void stop();

    // Applies new settings on the network thread. A changed listen address or port binds the
    // new listener first: when that fails the old one keeps running with the old settings and
    // reconfigureFailed() says why. Calls in flight finish with the upstream they started with;
    // the next call sees everything new. The cache file, its writer and the trace queue stay.
    Q_INVOKABLE void reconfigure(const ProxyConfig &config);

    quint16 serverPort() const;
    // Empties the cache (memory and file); on the network thread.
    Q_INVOKABLE void clearCache();

Q_SIGNALS:
    void started(const QHostAddress &address, quint16 port);
    void startFailed(const QString &message);
    void reconfigured(const QHostAddress &address, quint16 port);
    void reconfigureFailed(const QString &message);
    void stopped();

private:
    void onNewConnection();
    void onClientClosed(ClientConnection *client);
    void onTick();
    void finishStop();
    void releaseCpu();
    // A listener for config's address and port; null with a message when it cannot be bound or
    // would listen beyond loopback without an access token.
    QTcpServer *listen(const ProxyConfig &config, QString *error);

    std::shared_ptr<const ProxyConfig> m_config;
    ProxyStats *m_stats;
    Router m_router;
    ProxyContext m_context;
    QTcpServer *m_server = nullptr;
    UpstreamPool *m_pool = nullptr;
    CacheWriter *m_cacheWriter = nullptr;
    ResponseCache *m_cache = nullptr;
    QTimer *m_ticker = nullptr;
    QSet<ClientConnection *> m_clients;
    qint64 m_stopDeadlineMs = 0;
    bool m_stopping = false;
    bool m_boundToCpu = false; // CpuPlacement::bindNetworkThread succeeded
};
