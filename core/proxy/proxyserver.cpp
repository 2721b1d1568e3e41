#include "proxyserver.h"

#include "cache/cachewriter.h"
#include "cache/responsecache.h"
#include "common/cpuplacement.h"

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
    , m_config(std::make_shared<const ProxyConfig>(config))
    , m_stats(stats)
    , m_router(*m_config)
    , m_cacheWriter(cacheWriter)
{
    m_context.config = m_config.get();
    m_context.configOwner = m_config;
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
    releaseCpu();
    TOKENTAP_TSAN_RELEASE(m_stats); // the network thread's last write; see ProxyService
}

void ProxyServer::releaseCpu()
{
    if (std::exchange(m_boundToCpu, false))
        CpuPlacement::releaseNetworkThread();
}

void ProxyServer::start()
{
    m_pool = new UpstreamPool;
    m_context.pool = m_pool;
    QString caError;
    if (!m_pool->setExtraCaFile(m_config->extraCaFile, &caError)) {
        Q_EMIT startFailed(caError);
        return;
    }
    if (m_config->cache.enabled && m_cacheWriter) {
        // Opened here: the read connection belongs to the network thread.
        m_cache = new ResponseCache(m_config->cache, m_cacheWriter);
        QString cacheError;
        if (!m_cache->open(&cacheError)) {
            qWarning("tokentap: the cache is off: %s", qPrintable(cacheError));
            delete m_cache;
            m_cache = nullptr;
        }
        m_context.cache = m_cache;
    }
    QString error;
    m_server = listen(*m_config, &error);
    if (!m_server) {
        Q_EMIT startFailed(error);
        return;
    }
    m_ticker = new QTimer(this);
    m_ticker->setInterval(TickMs);
    connect(m_ticker, &QTimer::timeout, this, &ProxyServer::onTick);
    m_ticker->start();
    // A core of its own while recording is kept off it (CpuPlacement); without recording there
    // is nothing to keep apart, and the scheduler stays free to move the thread.
    if (m_context.traceQueue)
        m_boundToCpu = CpuPlacement::bindNetworkThread() >= 0;
    Q_EMIT started(m_server->serverAddress(), m_server->serverPort());
}

QTcpServer *ProxyServer::listen(const ProxyConfig &config, QString *error)
{
    const QHostAddress &address = config.listenAddress;
    const quint16 port = config.listenPort;
    // The proxy injects API keys: an open port would lend them to anyone who can reach it.
    if (!address.isLoopback() && config.accessToken.isEmpty()) {
        *error = QCoreApplication::translate("ProxyServer",
                                             "cannot listen on %1: listening beyond this "
                                             "computer needs an access token")
                         .arg(address.toString());
        return nullptr;
    }
    auto *server = new QTcpServer(this);
    // Qt's defaults (a listen backlog of 50, 30 pending connections) overflow under bursts of
    // new connections from agent fan-out or load tools while the network thread is busy: the
    // kernel then drops SYNs and clients wait a full second to retry. The kernel clamps the
    // backlog to somaxconn.
    server->setListenBacklogSize(1024);
    server->setMaxPendingConnections(1024);
    connect(server, &QTcpServer::pendingConnectionAvailable, this, &ProxyServer::onNewConnection);
    if (!server->listen(address, port)) {
        *error = QCoreApplication::translate("ProxyServer", "cannot listen on %1:%2: %3")
                         .arg(address.toString())
                         .arg(port)
                         .arg(server->errorString());
        delete server;
        return nullptr;
    }
    return server;
}

void ProxyServer::reconfigure(const ProxyConfig &config)
{
    if (m_stopping || !m_server) {
        Q_EMIT reconfigureFailed(QCoreApplication::translate(
                "ProxyServer", "the proxy is not running; the settings apply when it starts"));
        return;
    }
    auto next = std::make_shared<ProxyConfig>(config);
    // What was opened at start stays: the cache file and whether there is one at all.
    next->cache.enabled = m_config->cache.enabled;
    next->cache.path = m_config->cache.path;
    next->extraCaFile = m_config->extraCaFile;
    const QHostAddress oldAddress = m_server->serverAddress();
    const quint16 oldPort = m_server->serverPort();
    const bool rebind = next->listenAddress != m_config->listenAddress
            || (next->listenPort != m_config->listenPort && next->listenPort != 0);
    QString bindError;
    QTcpServer *replacement = nullptr;
    if (rebind) {
        replacement = listen(*next, &bindError);
        // The same port on an overlapping address (127.0.0.1 → 0.0.0.0): the kernel refuses a
        // second listener while ours holds the port. Let go of ours, and take it back when the
        // new one still cannot bind.
        if (!replacement && next->listenPort == oldPort
            && (next->accessToken.size() > 0 || next->listenAddress.isLoopback())) {
            m_server->close();
            replacement = listen(*next, &bindError);
            if (!replacement && !m_server->listen(oldAddress, oldPort))
                qWarning("tokentap: cannot listen on %s:%u again: %s",
                         qPrintable(oldAddress.toString()), oldPort,
                         qPrintable(m_server->errorString()));
        }
        if (!replacement) {
            // Everything else applies; the listener stays where it is.
            next->listenAddress = m_config->listenAddress;
            next->listenPort = m_config->listenPort;
        }
    }
    // Beyond loopback the token stays required, whatever the new settings say.
    if (!replacement && !oldAddress.isLoopback() && next->accessToken.isEmpty()) {
        Q_EMIT reconfigureFailed(QCoreApplication::translate(
                "ProxyServer", "listening beyond this computer needs an access token"));
        return;
    }
    if (m_cache)
        m_cache->updateSettings(next->cache);
    if (m_cacheWriter && next->cache.maxBytes != m_config->cache.maxBytes)
        m_cacheWriter->setMaxBytes(next->cache.maxBytes);
    m_config = std::move(next);
    m_context.config = m_config.get();
    m_context.configOwner = m_config;
    m_router = Router(*m_config);
    if (replacement) {
        // Connections already accepted are separate sockets: they go on until they close.
        // Their requests are checked against the new token (ClientConnection::hasAccess).
        m_server->close();
        m_server->deleteLater();
        m_server = replacement;
    }
    if (rebind && !replacement)
        Q_EMIT reconfigureFailed(bindError);
    else
        Q_EMIT reconfigured(m_server->serverAddress(), m_server->serverPort());
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
    m_pool->expireIdle(now, m_config->upstreamIdleTimeoutMs);
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
    m_stopDeadlineMs = MonotonicClock::nowMs() + m_config->shutdownGraceMs;
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
    releaseCpu();
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
