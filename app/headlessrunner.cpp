#include "headlessrunner.h"

#include "proxy/proxyservice.h"
#include "unixsignalwatcher.h"

#include <QCoreApplication>

#include <cstdio>

HeadlessRunner::HeadlessRunner(const ProxyConfig &config, TraceQueue *traceQueue,
                               CacheWriter *cacheWriter, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_traceQueue(traceQueue)
    , m_cacheWriter(cacheWriter)
    , m_proxy(new ProxyService(this))
{ }

int HeadlessRunner::exec()
{
    UnixSignalWatcher watcher;
    connect(&watcher, &UnixSignalWatcher::terminationRequested, m_proxy, &ProxyService::stop);
    connect(m_proxy, &ProxyService::started, this, [](const QString &baseUrl) {
        // The one line scripts wait for (PRODUCT.md §6).
        std::fprintf(stdout, "listening on %s\n", baseUrl.toUtf8().constData());
        std::fflush(stdout);
    });
    connect(m_proxy, &ProxyService::startFailed, this, [](const QString &message) {
        std::fprintf(stderr, "tokentap: %s\n", message.toUtf8().constData());
        QCoreApplication::exit(1);
    });
    connect(m_proxy, &ProxyService::stopped, this, [] { QCoreApplication::exit(0); });
    m_proxy->start(m_config, m_traceQueue, m_cacheWriter);
    return QCoreApplication::exec();
}
