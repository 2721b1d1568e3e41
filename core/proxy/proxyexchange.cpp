#include "proxyexchange.h"

#include "clientconnection.h"
#include "headerrules.h"
#include "http/httpwriter.h"
#include "llm/requestanalysis.h"
#include "monotonicclock.h"
#include "proxyconfig.h"
#include "proxycontext.h"
#include "proxystats.h"
#include "trace/tracecontext.h"
#include "trace/tracequeue.h"
#include "upstream.h"
#include "upstreampool.h"

#include <QDateTime>
#include <QTimer>

#include <chrono>
#include <utility>

namespace {

qint64 unixNowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
                   std::chrono::system_clock::now().time_since_epoch())
            .count();
}

QByteArray errorKindName(ProxyError::Kind kind)
{
    switch (kind) {
    case ProxyError::Kind::UpstreamTimeout:
        return QByteArrayLiteral("upstream_timeout");
    case ProxyError::Kind::UpstreamBadResponse:
        return QByteArrayLiteral("upstream_bad_response");
    case ProxyError::Kind::ShuttingDown:
        return QByteArrayLiteral("shutting_down");
    case ProxyError::Kind::BadRequest:
        return QByteArrayLiteral("bad_request");
    case ProxyError::Kind::BodyTooLarge:
        return QByteArrayLiteral("body_too_large");
    default:
        break;
    }
    return QByteArrayLiteral("upstream_unreachable");
}

} // namespace

ProxyExchange::ProxyExchange(ProxyContext &context, ClientConnection &client)
    : m_context(context)
    , m_client(client)
{ }

ProxyExchange::~ProxyExchange()
{
    abort();
    delete m_replayTimer;
}

void ProxyExchange::start(const HttpMessageHead &request, const QByteArray &body,
                          const Upstream &upstream, const QByteArray &upstreamTarget,
                          const QHostAddress &clientAddress)
{
    m_active = true;
    m_upstream = &upstream;
    m_upstreamOwner = m_context.configOwner;
    m_headRequest = request.method == "HEAD";
    m_clientKeepAlive = request.keepAlive;
    m_clientHttp11 = request.isHttp11();
    m_responseHeadSent = false;
    m_retried = false;
    m_framing = Framing::None;
    m_out.clear();
    m_startMonotonicNs = MonotonicClock::nowNs();
    m_cacheDecision = {};
    m_leadingFlight = false;
    m_waitingForFlight = false;
    m_cacheCapture.reset();
    ProxyStats::add(m_context.stats->requestsInFlight);

    HttpHeaders headers = HeaderRules::forwardedRequestHeaders(request.headers, upstream,
                                                               *m_context.config, body.size());
    m_call.reset();
    m_traceHeaders.clear();
    m_userDecision = userDecision(request, body, upstreamTarget);
    if (m_context.traceQueue && m_context.config->tracing && m_userDecision.record)
        beginCapture(request, body, upstreamTarget, clientAddress, headers);
    m_requestBytes.clear();
    // A call answered from the cache (or rejected by it) never needs its upstream bytes.
    const bool answered = m_context.cache && consultCache(request, body, upstreamTarget, headers)
            && !m_waitingForFlight;
    if (answered)
        return;
    m_requestBytes.reserve(512 + body.size());
    HttpWriter::appendRequestHead(m_requestBytes, request.method, upstreamTarget, headers);
    m_requestBytes.append(body);
    if (!m_waitingForFlight)
        dispatch(m_context.pool->acquire(upstream));
}

HttpHeaders ProxyExchange::recordRefused(const HttpMessageHead &request, const Upstream &upstream,
                                         const QByteArray &upstreamTarget,
                                         const QHostAddress &clientAddress, const ProxyError &error)
{
    m_call.reset();
    m_traceHeaders.clear();
    if (!m_context.traceQueue || !m_context.config->tracing
        || !userDecision(request, {}, upstreamTarget).record)
        return {};
    // For this one synchronous capture only: the exchange stays idle.
    m_upstream = &upstream;
    m_startMonotonicNs = MonotonicClock::nowNs();
    HttpHeaders notForwarded;
    beginCapture(request, {}, upstreamTarget, clientAddress, notForwarded);
    m_call->requestTruncated = true; // none of the body was kept
    endCapture(errorKindName(error.kind), error.message, error.httpStatus());
    m_upstream = nullptr;
    return std::exchange(m_traceHeaders, {});
}

void ProxyExchange::rejectRequest(const ProxyError &error)
{
    endCapture(errorKindName(error.kind), error.message, error.httpStatus());
    m_out = error.toHttpResponse(!m_clientKeepAlive, m_traceHeaders);
    flush();
    finish(m_clientKeepAlive);
}

void ProxyExchange::dispatch(UpstreamConnection *connection)
{
    m_connection = connection;
    const qint64 now = MonotonicClock::nowMs();
    m_connectDeadlineMs = connection->isConnected() ? 0 : now + m_context.config->connectTimeoutMs;
    m_firstByteDeadlineMs =
            now + m_context.config->connectTimeoutMs + m_context.config->firstByteTimeoutMs;
    connection->send(m_requestBytes, m_headRequest, this);
}

void ProxyExchange::checkTimeouts(qint64 nowMs)
{
    // A call waiting for an identical one in flight ends when that one does (which has its
    // own deadlines); a replay ends on its own timer.
    if (!m_active || m_waitingForFlight || m_replay)
        return;
    if (m_responseHeadSent) {
        // An upstream that stalls without closing (a network partition) would hold the client,
        // the connection and the call for hours of TCP keep-alive.
        const int idle = m_context.config->streamIdleTimeoutMs;
        if (m_connection && nowMs - m_lastUpstreamByteMs >= idle)
            onUpstreamFailed("upstream sent nothing for " + QByteArray::number(idle) + " ms",
                             false);
        return;
    }
    if (m_connectDeadlineMs && nowMs >= m_connectDeadlineMs) {
        failWith({ProxyError::Kind::UpstreamTimeout,
                  "upstream " + m_upstream->originKey + " did not accept the connection within "
                          + QByteArray::number(m_context.config->connectTimeoutMs) + " ms"});
    } else if (nowMs >= m_firstByteDeadlineMs) {
        failWith({ProxyError::Kind::UpstreamTimeout,
                  "upstream " + m_upstream->originKey + " sent no response within "
                          + QByteArray::number(m_context.config->firstByteTimeoutMs) + " ms"});
    }
}

void ProxyExchange::abort()
{
    if (!m_active)
        return;
    endCapture("client_aborted", "the client closed the connection before the response ended");
    releaseConnection(false);
    if (m_waitingForFlight) {
        m_context.cache->stopWaiting(m_cacheKey, this);
        m_waitingForFlight = false;
    }
    m_replay.reset();
    endFlight(false);
    m_active = false;
    ProxyStats::sub(m_context.stats->requestsInFlight);
}

void ProxyExchange::setClientBackedUp(bool backedUp)
{
    if (m_active && m_connection)
        m_connection->setPaused(backedUp);
}

void ProxyExchange::onUpstreamConnected()
{
    m_connectDeadlineMs = 0;
    m_firstByteDeadlineMs = MonotonicClock::nowMs() + m_context.config->firstByteTimeoutMs;
}

void ProxyExchange::onUpstreamHead(HttpMessageHead &head)
{
    m_lastUpstreamByteMs = MonotonicClock::nowMs();
    HttpHeaders headers = HeaderRules::relayedResponseHeaders(head.headers);
    if (m_leadingFlight)
        captureForCache(head, headers);
    if (m_cacheDecision.read || m_cacheDecision.write)
        headers.append("x-bt-cached", "MISS");
    if (m_call) {
        m_call->firstByteNs = sinceStartNs();
        m_call->status = head.status;
        m_call->responseHeaders = head.headers;
        m_call->isStream = head.headers.value("Content-Type")
                                   .trimmed()
                                   .toLower()
                                   .startsWith("text/event-stream");
        headers.fields().append(m_traceHeaders.fields());
    }
    const bool bodyless = m_headRequest || head.status == 204 || head.status == 304
            || (head.status >= 100 && head.status < 200);
    if (bodyless) {
        m_framing = Framing::None;
        if (m_headRequest && head.contentLength >= 0)
            headers.append("Content-Length", QByteArray::number(head.contentLength));
    } else if (head.contentLength >= 0 && !head.chunked) {
        m_framing = Framing::Length;
        headers.append("Content-Length", QByteArray::number(head.contentLength));
    } else if (m_clientHttp11) {
        m_framing = Framing::Chunked;
        headers.append("Transfer-Encoding", "chunked");
    } else {
        m_framing = Framing::UntilClose;
        m_clientKeepAlive = false;
    }
    appendConnectionFields(headers);
    HttpWriter::appendResponseHead(m_out, head.status, head.reason, headers);
    m_responseHeadSent = true;
}

void ProxyExchange::appendConnectionFields(HttpHeaders &headers)
{
    if (m_context.shuttingDown)
        m_clientKeepAlive = false;
    if (!m_clientKeepAlive)
        headers.append("Connection", "close");
    else if (!m_clientHttp11)
        headers.append("Connection", "keep-alive");
}

void ProxyExchange::onUpstreamBody(const char *data, qsizetype size)
{
    const qint64 nowNs = MonotonicClock::nowNs(); // one clock read per piece, for both uses
    m_lastUpstreamByteMs = nowNs / 1'000'000;
    if (m_call)
        captureBody(data, size, nowNs - m_startMonotonicNs);
    if (m_cacheCapture) {
        if (m_cacheCapture->body.size() + size > m_context.cache->config().maxEntryBytes) {
            m_cacheCapture.reset(); // too large to store; the client still gets all of it
        } else {
            m_cacheCapture->body.append(data, size);
            if (m_cacheCapture->stream)
                m_cacheCapture->events.append({nowNs - m_startMonotonicNs, size});
        }
    }
    if (m_framing == Framing::Chunked)
        HttpWriter::appendChunk(m_out, data, size);
    else if (m_framing != Framing::None)
        m_out.append(data, size);
}

void ProxyExchange::onUpstreamReadDone()
{
    flush();
}

void ProxyExchange::onUpstreamComplete()
{
    if (m_framing == Framing::Chunked)
        HttpWriter::appendLastChunk(m_out);
    // Recorded before the last bytes go out: whoever sees the response end can find its trace.
    endCapture();
    flush();
    releaseConnection(true);
    endFlight(true);
    finish(m_clientKeepAlive && m_framing != Framing::UntilClose);
}

void ProxyExchange::onUpstreamFailed(const QByteArray &reason, bool beforeResponse)
{
    UpstreamConnection *failed = m_connection;
    const bool wasReused = failed && failed->completedRequests() > 0;
    releaseConnection(false);
    if (beforeResponse && wasReused && !m_retried) {
        // A pooled connection the peer had closed while idle: try once on a new one.
        m_retried = true;
        dispatch(m_context.pool->acquireFresh(*m_upstream));
        return;
    }
    if (m_responseHeadSent) {
        // Too late for an error response: end the client's connection without a clean end of
        // body, so that it sees a broken response rather than a short one.
        endCapture("upstream_dropped", reason);
        endFlight(false);
        flush();
        ProxyStats::add(m_context.stats->upstreamErrors);
        if (!m_active)
            return; // the client went away while we flushed
        m_active = false;
        ProxyStats::sub(m_context.stats->requestsInFlight);
        m_client.abortResponse(m_framing == Framing::UntilClose);
        return;
    }
    failWith({ProxyError::Kind::UpstreamUnreachable,
              "upstream " + m_upstream->originKey + " failed: " + reason});
}

void ProxyExchange::failWith(const ProxyError &error)
{
    releaseConnection(false);
    ProxyStats::add(m_context.stats->upstreamErrors);
    endFlight(false);
    endCapture(errorKindName(error.kind), error.message, error.httpStatus());
    m_out = error.toHttpResponse(!m_clientKeepAlive, m_traceHeaders);
    flush();
    finish(m_clientKeepAlive);
}

void ProxyExchange::flush()
{
    if (m_out.isEmpty())
        return;
    m_client.writeResponseBytes(m_out);
    m_out.clear();
}

void ProxyExchange::finish(bool keepClientAlive)
{
    if (!m_active)
        return; // the client disconnected while the last bytes were written; abort() ran
    m_active = false;
    ProxyStats::sub(m_context.stats->requestsInFlight);
    m_client.responseFinished(keepClientAlive);
}

void ProxyExchange::releaseConnection(bool reusable)
{
    if (!m_connection)
        return;
    UpstreamConnection *connection = m_connection;
    m_connection = nullptr;
    if (reusable)
        m_context.pool->release(connection);
    else
        m_context.pool->discard(connection);
}

TracingPolicy::Decision ProxyExchange::userDecision(const HttpMessageHead &request,
                                                    const QByteArray &body,
                                                    const QByteArray &upstreamTarget) const
{
    const TracingPolicy &policy = m_context.config->userPolicy;
    // Without per-user policies the global switches decide, and no body is read for a user.
    if (policy.users.isEmpty())
        return {};
    QString user = HttpHeaders::text(request.headers.value("x-tokentap-user").trimmed());
    if (user.isEmpty())
        user = requestUser(Endpoint::classify(request.method, upstreamTarget), body);
    return policy.decide(user, false, QDateTime::currentDateTimeUtc());
}

qint64 ProxyExchange::sinceStartNs() const
{
    return MonotonicClock::nowNs() - m_startMonotonicNs;
}

void ProxyExchange::beginCapture(const HttpMessageHead &request, const QByteArray &body,
                                 const QByteArray &upstreamTarget,
                                 const QHostAddress &clientAddress, HttpHeaders &forwardedHeaders)
{
    m_recordedBytes = 0;
    const TraceContext context = TraceContext::fromRequest(request.headers, body);
    CapturedCall &call = m_call.emplace();
    call.traceId = context.traceId;
    call.spanId = context.spanId;
    call.parentSpanId = context.parentSpanId;
    call.traceState = context.traceState;
    call.startUnixNs = unixNowNs();
    call.method = request.method;
    call.clientTarget = request.target;
    call.upstreamName = m_upstream->name;
    call.upstreamUrl = m_upstream->originKey + upstreamTarget;
    call.upstreamHost = m_upstream->host;
    call.upstreamPort = m_upstream->port;
    call.clientAddress = clientAddress;
    call.requestHeaders = request.headers;
    const qint64 cap = m_context.config->maxRecordedBodyBytes;
    call.requestBody = body.size() > cap ? body.left(cap) : body;
    call.requestTruncated = body.size() > cap;

    // The upstream sees this call as the parent of whatever it does.
    forwardedHeaders.set("traceparent", context.traceparent());
    if (!context.traceState.isEmpty())
        forwardedHeaders.set("tracestate", context.traceState);
    m_traceHeaders.append("x-tokentap-trace-id", context.traceId);
    m_traceHeaders.append("x-tokentap-span-id", context.spanId);
}

void ProxyExchange::captureBody(const char *data, qsizetype size, qint64 offsetNs)
{
    CapturedCall &call = *m_call;
    const qint64 room = m_context.config->maxRecordedBodyBytes - m_recordedBytes;
    if (room <= 0) {
        call.responseTruncated = true;
        return;
    }
    const qsizetype kept = qsizetype(std::min<qint64>(room, size));
    call.responseTruncated = call.responseTruncated || kept < size;
    m_recordedBytes += kept;
    if (call.isStream)
        call.streamPieces.append({offsetNs, QByteArray(data, kept)});
    else
        call.responseBody.append(data, kept);
}

void ProxyExchange::endCapture(const QByteArray &errorKind, const QByteArray &errorMessage,
                               int status)
{
    if (!m_call)
        return;
    CapturedCall &call = *m_call;
    call.endNs = sinceStartNs();
    call.errorKind = errorKind;
    call.errorMessage = errorMessage;
    if (status)
        call.status = status;
    m_context.traceQueue->push(std::move(call));
    m_call.reset();
}
