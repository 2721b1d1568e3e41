#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QSslConfiguration>

#include <optional>

class UpstreamConnection;
struct Upstream;

// Keep-alive connections per upstream origin, on the network thread. No cap on connections
// per origin (64 concurrent streams get 64 connections); idle ones expire.
class UpstreamPool : public QObject
{
public:
    explicit UpstreamPool(QObject *parent = nullptr);
    ~UpstreamPool() override;

    // Trust this PEM file's certificates in addition to the system store; false if unreadable.
    bool setExtraCaFile(const QString &path, QString *error);

    // An idle connected connection to the upstream's origin, or a new one. The caller owns it
    // until release().
    UpstreamConnection *acquire(const Upstream &upstream);
    // A fresh connection, never a pooled one (used to retry after a stale keep-alive).
    UpstreamConnection *acquireFresh(const Upstream &upstream);
    // Back to the pool when reusable, else destroyed.
    void release(UpstreamConnection *connection);
    // Destroys a connection that failed or was aborted.
    void discard(UpstreamConnection *connection);
    // Closes connections idle for longer than `idleTimeoutMs`.
    void expireIdle(qint64 nowMs, int idleTimeoutMs);
    void clear();

    int idleCount() const;

private:
    QHash<QByteArray, QList<UpstreamConnection *>> m_idle;
    std::optional<QSslConfiguration> m_tls;
};
