#pragma once

#include "fakeupstream.h"
#include "proxy/proxyservice.h"
#include "rawhttpclient.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

// A fake upstream plus the real proxy (its own network thread) on 127.0.0.1:0, pointed at it.
class ProxyHarness
{
public:
    ProxyHarness() { upstream.listen(); }

    // The default config: every upstream at the fake one, short timeouts for tests.
    ProxyConfig defaultConfig() const
    {
        ProxyConfig config;
        config.listenPort = 0;
        config.upstreams.append(
                *Upstream::fromUrl(QStringLiteral("default"), upstream.baseUrl(), nullptr));
        config.defaultUpstream = QStringLiteral("default");
        config.shutdownGraceMs = 5000;
        return config;
    }

    // Starts the proxy; true once it listens. Finished calls go to `traceQueue` if given.
    bool start(const ProxyConfig &config, TraceQueue *traceQueue = nullptr)
    {
        QSignalSpy started(&proxy, &ProxyService::started);
        proxy.start(config, traceQueue);
        return started.wait(5000) && proxy.listenPort() != 0;
    }
    bool start() { return start(defaultConfig()); }

    quint16 port() const { return proxy.listenPort(); }

    std::unique_ptr<RawHttpClient> client()
    {
        auto c = std::make_unique<RawHttpClient>();
        if (!c->connectTo(port()))
            return nullptr;
        return c;
    }

    FakeUpstream upstream;
    ProxyService proxy;
};
