#pragma once

#include "cache/cacheconfig.h"
#include "http/httpheaders.h"
#include "trace/tracingpolicy.h"
#include "upstream.h"

#include <QHostAddress>
#include <QList>
#include <QString>

// Everything the network thread needs, as one value. The GUI or the command line builds it and
// hands a copy over; worker threads never read QSettings themselves.
struct ProxyConfig
{
    QHostAddress listenAddress = QHostAddress(QHostAddress::LocalHost);
    quint16 listenPort = 8484;
    // When set, every request must carry it as x-tokentap-key (401 otherwise). Required to listen
    // beyond loopback: the proxy injects API keys, so an open port would lend them to anyone.
    QByteArray accessToken;

    QList<Upstream> upstreams;
    QString defaultUpstream; // name of the upstream /v1/... goes to; empty: the first one

    HttpHeaders injectedHeaders; // --header: set on every forwarded call
    // Forward x-bt-* headers upstream. Unset: only when the upstream is the Braintrust proxy.
    std::optional<bool> forwardBraintrustHeaders;

    qint64 maxRequestBodyBytes = 64LL * 1024 * 1024;
    int connectTimeoutMs = 10'000; // TCP + TLS handshake
    int firstByteTimeoutMs = 300'000; // request sent → first response byte (reasoning models think)
    int streamIdleTimeoutMs = 600'000; // response started, then nothing from upstream for this long
    int clientIdleTimeoutMs = 60'000; // keep-alive connection with no request
    int headerTimeoutMs = 30'000; // a request's head must arrive within this
    int upstreamIdleTimeoutMs = 30'000;
    int shutdownGraceMs = 10'000; // calls in flight may finish within this on stop
    QString extraCaFile; // PEM file trusted in addition to the system store

    CacheConfig cache; // enabled once the cache file is open

    bool tracing = true; // --no-trace: capture nothing at all
    // Per-user policies, decided before the call goes upstream: a user whose calls are not
    // recorded has none captured (and gets no x-tokentap-trace-id, which would name a trace
    // that never exists); a user whose policy says no cache gets every call BYPASSed.
    TracingPolicy userPolicy;
    qint64 maxRecordedBodyBytes = 16LL * 1024 * 1024; // per body; the forwarded body is whole

    // The upstream called `name`, or nullptr.
    const Upstream *upstream(const QString &name) const;
    // The upstream for /v1/..., or nullptr when none is configured.
    const Upstream *defaultTarget() const;
};
