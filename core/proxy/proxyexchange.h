#pragma once

#include "cache/cachepolicy.h"
#include "cache/responsecache.h"
#include "http/httpmessagehead.h"
#include "proxyerror.h"
#include "trace/capturedcall.h"
#include "trace/tracingpolicy.h"
#include "upstreamconnection.h"

#include <QByteArray>
#include <QJsonObject>

#include <memory>
#include <optional>

class ClientConnection;
struct ProxyConfig;
struct ProxyContext;
struct Upstream;

// One call relayed from a client connection to an upstream and back. Reused for every request
// of its client connection. Response bytes go to the client as each socket read is parsed: an
// SSE event is forwarded in the same event-loop turn in which it arrived.
class ProxyExchange : private UpstreamConnection::Listener, private ResponseCache::Waiter
{
public:
    ProxyExchange(ProxyContext &context, ClientConnection &client);
    ~ProxyExchange() override;
    ProxyExchange(const ProxyExchange &) = delete;
    ProxyExchange &operator=(const ProxyExchange &) = delete;

    // Forwards `request` (its body already complete) to `upstream` at `upstreamTarget`.
    void start(const HttpMessageHead &request, const QByteArray &body, const Upstream &upstream,
               const QByteArray &upstreamTarget, const QHostAddress &clientAddress);
    bool isActive() const { return m_active; }
    // Records a call refused before it could start (`request` without its body) as ending in
    // `error`, when it is to be recorded; the x-tokentap-* headers naming its trace, if so.
    HttpHeaders recordRefused(const HttpMessageHead &request, const Upstream &upstream,
                              const QByteArray &upstreamTarget, const QHostAddress &clientAddress,
                              const ProxyError &error);
    // Connect and first-byte deadlines; answers 504 when one has passed.
    void checkTimeouts(qint64 nowMs);
    // The client went away: drop the upstream request at once.
    void abort();
    // The client's socket drained (or filled): resume (or pause) reading from upstream.
    void setClientBackedUp(bool backedUp);

private:
    enum class Framing { None, Length, Chunked, UntilClose };

    void onUpstreamConnected() override;
    void onUpstreamHead(HttpMessageHead &head) override;
    void onUpstreamBody(const char *data, qsizetype size) override;
    void onUpstreamReadDone() override;
    void onUpstreamComplete() override;
    void onUpstreamFailed(const QByteArray &reason, bool beforeResponse) override;

    void dispatch(UpstreamConnection *connection);
    // Connection: close / keep-alive as the client and a stop in progress require.
    void appendConnectionFields(HttpHeaders &headers);
    void rejectRequest(const ProxyError &error);

    // The per-user policy's decision (ProxyConfig::userPolicy) for the user the trace will
    // name: the x-tokentap-user header, else the body's. The body is read only when per-user
    // policies exist.
    TracingPolicy::Decision userDecision(const HttpMessageHead &request, const QByteArray &body,
                                         const QByteArray &upstreamTarget) const;
    // The response cache (proxyexchangecache.cpp). Returns true when the call was answered
    // from the cache or waits for an identical call in flight; false: go upstream.
    bool consultCache(const HttpMessageHead &request, const QByteArray &body,
                      const QByteArray &upstreamTarget, const HttpHeaders &forwardedHeaders);
    // Upstream, as the flight's leader when the response is to be stored.
    bool joinOrLeadFlight();
    void serveFromCache(const ResponseCache::EntryPtr &entry);
    void replayNextPiece();
    void flightEnded(const ResponseCache::EntryPtr &entry) override;
    void captureForCache(const HttpMessageHead &head, const HttpHeaders &relayedHeaders);
    void endFlight(bool stored);
    void failWith(const ProxyError &error);
    void flush();
    void finish(bool keepClientAlive);
    void releaseConnection(bool reusable);
    // Recording: the call so far, handed to the trace queue when it ends.
    void beginCapture(const HttpMessageHead &request, const QByteArray &body,
                      const QByteArray &upstreamTarget, const QHostAddress &clientAddress,
                      HttpHeaders &forwardedHeaders);
    void captureBody(const char *data, qsizetype size, qint64 offsetNs);
    void endCapture(const QByteArray &errorKind = {}, const QByteArray &errorMessage = {},
                    int status = 0);
    qint64 sinceStartNs() const;

    ProxyContext &m_context;
    ClientConnection &m_client;
    const Upstream *m_upstream = nullptr;
    std::shared_ptr<const ProxyConfig> m_upstreamOwner; // keeps *m_upstream alive
    UpstreamConnection *m_connection = nullptr;
    QByteArray m_requestBytes; // kept for one retry on a stale keep-alive connection
    QByteArray m_out; // response bytes parsed from the current read, not yet written
    Framing m_framing = Framing::None;
    bool m_active = false;
    bool m_headRequest = false;
    bool m_clientKeepAlive = true;
    bool m_clientHttp11 = true;
    bool m_responseHeadSent = false;
    bool m_retried = false;
    qint64 m_connectDeadlineMs = 0;
    qint64 m_firstByteDeadlineMs = 0;
    qint64 m_lastUpstreamByteMs = 0; // for the stalled-stream limit once the head was relayed
    qint64 m_startMonotonicNs = 0;
    std::optional<CapturedCall> m_call; // while recording
    TracingPolicy::Decision m_userDecision; // for the current call, decided when it starts
    HttpHeaders m_traceHeaders; // x-tokentap-trace-id / -span-id, added to the response
    qint64 m_recordedBytes = 0;

    // Cache state of the current call.
    CachePolicy::Decision m_cacheDecision;
    QByteArray m_cacheKey;
    QByteArray m_cacheUrl; // redacted upstream URL
    QString m_cacheModel;
    QByteArray m_credentialHash;
    QByteArray m_canonicalRequest;
    HttpHeaders m_clientRequestHeaders; // Accept-Encoding and x-tokentap-replay for hits
    bool m_leadingFlight = false;
    bool m_waitingForFlight = false;
    std::optional<CacheEntry> m_cacheCapture; // the response being stored, while it arrives
    // A hit replayed at the original pace: the entry and the next event to send.
    ResponseCache::EntryPtr m_replay;
    qsizetype m_replayIndex = 0;
    qint64 m_replayOffset = 0;
    qint64 m_replayStartNs = 0;
    class QTimer *m_replayTimer = nullptr;
};
