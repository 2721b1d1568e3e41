#include "upstreampool.h"

#include "upstream.h"
#include "upstreamconnection.h"

#include <QCoreApplication>
#include <QFile>
#include <QSslCertificate>

namespace {

// The system CA store, certificates verified, and only HTTP/1.1 offered by ALPN.
QSslConfiguration baseTlsConfiguration()
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setAllowedNextProtocols({QByteArrayLiteral("http/1.1")});
    return configuration;
}

} // namespace

UpstreamPool::UpstreamPool(QObject *parent)
    : QObject(parent)
{ }

UpstreamPool::~UpstreamPool()
{
    clear();
}

bool UpstreamPool::setExtraCaFile(const QString &path, QString *error)
{
    if (path.isEmpty()) {
        m_tls.reset();
        return true;
    }
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(path, QSsl::Pem);
    if (certificates.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("UpstreamPool",
                                                 "no PEM certificate could be read from %1")
                             .arg(path);
        return false;
    }
    QSslConfiguration configuration = baseTlsConfiguration();
    configuration.addCaCertificates(certificates);
    m_tls = configuration;
    return true;
}

UpstreamConnection *UpstreamPool::acquire(const Upstream &upstream)
{
    auto it = m_idle.find(upstream.originKey);
    if (it != m_idle.end()) {
        // Most recently used first: it is the least likely to have been closed by the peer.
        while (!it->isEmpty()) {
            UpstreamConnection *connection = it->takeLast();
            if (connection->isConnected())
                return connection;
            discard(connection);
        }
    }
    return acquireFresh(upstream);
}

UpstreamConnection *UpstreamPool::acquireFresh(const Upstream &upstream)
{
    if (!m_tls && upstream.tls)
        m_tls = baseTlsConfiguration();
    return new UpstreamConnection(upstream, m_tls ? &*m_tls : nullptr, this);
}

void UpstreamPool::release(UpstreamConnection *connection)
{
    if (!connection->reusable() || !connection->isConnected()) {
        discard(connection);
        return;
    }
    m_idle[connection->originKey()].append(connection);
}

void UpstreamPool::discard(UpstreamConnection *connection)
{
    // Later, not now: the connection may be on the call stack (a socket signal being handled).
    connection->abort();
    connection->deleteLater();
}

void UpstreamPool::expireIdle(qint64 nowMs, int idleTimeoutMs)
{
    for (auto it = m_idle.begin(); it != m_idle.end();) {
        it->removeIf([&](UpstreamConnection *c) {
            if (c->isConnected() && nowMs - c->idleSinceMs() < idleTimeoutMs)
                return false;
            discard(c);
            return true;
        });
        it = it->isEmpty() ? m_idle.erase(it) : std::next(it);
    }
}

void UpstreamPool::clear()
{
    for (const QList<UpstreamConnection *> &list : std::as_const(m_idle)) {
        for (UpstreamConnection *c : list)
            discard(c);
    }
    m_idle.clear();
}

int UpstreamPool::idleCount() const
{
    int count = 0;
    for (const QList<UpstreamConnection *> &list : m_idle)
        count += int(list.size());
    return count;
}
