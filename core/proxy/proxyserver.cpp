#include "proxyserver.h"

#include "cache/responsecache.h"

#include "clientconnection.h"
#include "monotonicclock.h"
#include "proxystats.h"
#include "threadsanitizer.h"
#include "upstreampool.h"

#include <QCoreApplication>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace {
constexpr int TickMs = 100;
}

ProxyServer::ProxyServer(const ProxyConfig &config, ProxyStats *stats, TraceQueue *traceQueue,
                         CacheWriter *cacheWriter, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_stats(stats)
    , m_router(m_config)
    , m_cacheWriter(cacheWriter)
{
    m_context.config = &m_config;
    m_context.router = &m_router;
    m_context.stats = m_stats;
    m_context.traceQueue = traceQueue;
}

ProxyServer::~ProxyServer()
{
    // Connections (including closed ones awaiting deleteLater) reference the pool and the
    // context: destroy them first.
    m_clients.clear();
    qDeleteAll(findChildren<ClientConnection *>(Qt::FindDirectChildrenOnly));
    delete m_cache;
    delete m_pool;
    TOKENTAP_TSAN_RELEASE(m_stats); // the network thread's last write; see ProxyService
}

void ProxyServer::start()
{
    m_pool = new UpstreamPool;
    m_context.pool = m_pool;
    QString caError;
    if (!m_pool->setExtraCaFile(m_config.extraCaFile, &caError)) {
        Q_EMIT startFailed(caError);
        return;
    }
    if (m_config.cache.enabled && m_cacheWriter) {
        // Opened here: the read connection belongs to the network thread.
        m_cache = new ResponseCache(m_config.cache, m_cacheWriter);
        QString cacheError;
        if (!m_cache->open(&cacheError)) {
            qWarning("tokentap: the cache is off: %s", qPrintable(cacheError));
            delete m_cache;
            m_cache = nullptr;
        }
        m_context.cache = m_cache;
    }
    m_server = new QTcpServer(this);
    // Qt's defaults (a listen backlog of 50, 30 pending connections) overflow under bursts of
    // new connections from agent fan-out or load tools while the network thread is busy: the
    // kernel then drops SYNs and clients wait a full second to retry. The kernel clamps the
    // backlog to somaxconn.
    m_server->setListenBacklogSize(1024);
    m_server->setMaxPendingConnections(1024);
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, &ProxyServer::onNewConnection);
    if (!m_server->listen(m_config.listenAddress, m_config.listenPort)) {
        const QString message =
                QCoreApplication::translate("ProxyServer", "cannot listen on %1:%2: %3")
                        .arg(m_config.listenAddress.toString())
                        .arg(m_config.listenPort)
                        .arg(m_server->errorString());
        delete m_server;
        m_server = nullptr;
        Q_EMIT startFailed(message);
        return;
    }
    m_ticker = new QTimer(this);
    m_ticker->setInterval(TickMs);
    connect(m_ticker, &QTimer::timeout, this, &ProxyServer::onTick);
    m_ticker->start();
    Q_EMIT started(m_server->serverAddress(), m_server->serverPort());
}

void ProxyServer::clearCache()
{
    if (m_cache)
        m_cache->clear();
}

quint16 ProxyServer::serverPort() const
{
    return m_server ? m_server->serverPort() : 0;
}

void ProxyServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        if (m_stopping) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        auto *client = new ClientConnection(socket, m_context, this);
        connect(client, &ClientConnection::closed, this, &ProxyServer::onClientClosed);
        m_clients.insert(client);
    }
}

void ProxyServer::onClientClosed(ClientConnection *client)
{
    m_clients.remove(client);
    client->deleteLater();
    if (m_stopping && m_clients.isEmpty())
        finishStop();
}

void ProxyServer::onTick()
{
    const qint64 now = MonotonicClock::nowMs();
    // Copy: a timeout may close a client, which removes it from the set.
    const QList<ClientConnection *> clients = m_clients.values();
    for (ClientConnection *client : clients) {
        if (m_clients.contains(client))
            client->checkTimeouts(now);
    }
    m_pool->expireIdle(now, m_config.upstreamIdleTimeoutMs);
    if (m_cache)
        m_cache->flushUse();
    if (m_stopping && now >= m_stopDeadlineMs)
        finishStop();
}

void ProxyServer::stop()
{
    if (m_stopping)
        return;
    m_stopping = true;
    m_context.shuttingDown = true;
    if (!m_server) {
        Q_EMIT stopped();
        return;
    }
    m_server->close();
    m_stopDeadlineMs = MonotonicClock::nowMs() + m_config.shutdownGraceMs;
    const QList<ClientConnection *> clients = m_clients.values();
    for (ClientConnection *client : clients)
        client->beginShutdown();
    if (m_clients.isEmpty())
        finishStop();
}

void ProxyServer::finishStop()
{
    if (!m_ticker)
        return; // already finished
    m_ticker->stop();
    delete m_ticker;
    m_ticker = nullptr;
    // Calls still running after the grace period are cut off here. Deleted later, not now: this
    // may run inside a socket signal of a connection that is being closed.
    const QSet<ClientConnection *> clients = std::exchange(m_clients, {});
    for (ClientConnection *client : clients) {
        client->abortNow();
        client->deleteLater();
    }
    m_pool->clear();
    Q_EMIT stopped();
}
