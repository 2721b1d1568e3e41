#include "proxyservice.h"

#include "proxyserver.h"
#include "threadsanitizer.h"

#include <QEventLoop>
#include <QTimer>

ProxyService::ProxyService(QObject *parent)
    : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("tokentap-network"));
}

ProxyService::~ProxyService()
{
    if (m_server && m_running) {
        QEventLoop loop;
        connect(this, &ProxyService::stopped, &loop, &QEventLoop::quit);
        stop();
        if (m_running)
            loop.exec();
    }
    joinThread();
}

void ProxyService::start(const ProxyConfig &config, TraceQueue *traceQueue,
                         CacheWriter *cacheWriter)
{
    joinThread();
    m_config = config;
    m_traceQueue = traceQueue;
    m_cacheWriter = cacheWriter;
    m_server = new ProxyServer(config, &m_stats, traceQueue, cacheWriter);
    m_server->moveToThread(&m_thread);
    connect(m_server, &ProxyServer::started, this, &ProxyService::onServerStarted);
    connect(m_server, &ProxyServer::startFailed, this, [this](const QString &message) {
        joinThread();
        Q_EMIT startFailed(message);
    });
    connect(m_server, &ProxyServer::stopped, this, &ProxyService::onServerStopped);
    connect(m_server, &ProxyServer::reconfigured, this,
            [this](const QHostAddress &address, quint16 port) {
                m_address = address;
                m_port = port;
                Q_EMIT reconfigured(baseUrl());
            });
    connect(m_server, &ProxyServer::reconfigureFailed, this, &ProxyService::reconfigureFailed);
    // The server is destroyed on its own thread, after the event loop there has ended.
    connect(&m_thread, &QThread::finished, m_server, &QObject::deleteLater);
    m_thread.start();
    QMetaObject::invokeMethod(m_server, &ProxyServer::start, Qt::QueuedConnection);
}

void ProxyService::reconfigure(const ProxyConfig &config)
{
    ProxyConfig next = config;
    if (m_config) {
        // What was opened at start stays what it is: the cache file, the trusted CAs.
        next.cache.enabled = m_config->cache.enabled;
        next.cache.path = m_config->cache.path;
        next.extraCaFile = m_config->extraCaFile;
    }
    // Kept as what the proxy should run with: a resume (or a restart after a failure) uses it.
    if (m_config)
        m_config = next;
    if (!m_running || !m_server)
        return;
    QMetaObject::invokeMethod(
            m_server, [server = m_server, next] { server->reconfigure(next); },
            Qt::QueuedConnection);
}

void ProxyService::clearCache()
{
    if (m_server)
        QMetaObject::invokeMethod(m_server, &ProxyServer::clearCache, Qt::QueuedConnection);
}

void ProxyService::stop()
{
    if (!m_server)
        return;
    if (!m_running) {
        joinThread();
        Q_EMIT stopped();
        return;
    }
    QMetaObject::invokeMethod(m_server, &ProxyServer::stop, Qt::QueuedConnection);
}

void ProxyService::resume()
{
    if (m_running || !m_config)
        return;
    const ProxyConfig config = *m_config; // start() stores it again
    start(config, m_traceQueue, m_cacheWriter);
}

QString ProxyService::baseUrl() const
{
    const QString host = m_address.protocol() == QAbstractSocket::IPv6Protocol
            ? u'[' + m_address.toString() + u']'
            : m_address.toString();
    return QStringLiteral("http://") + host + u':' + QString::number(m_port);
}

void ProxyService::onServerStarted(const QHostAddress &address, quint16 port)
{
    m_address = address;
    m_port = port;
    m_running = true;
    Q_EMIT started(baseUrl());
}

void ProxyService::onServerStopped()
{
    m_running = false;
    joinThread();
    Q_EMIT stopped();
}

void ProxyService::joinThread()
{
    if (!m_thread.isRunning()) {
        m_server = nullptr;
        return;
    }
    m_thread.quit();
    m_thread.wait();
    TOKENTAP_TSAN_ACQUIRE(&m_stats);
    m_server = nullptr; // deleted by deleteLater on QThread::finished
}
