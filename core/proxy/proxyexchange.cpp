#include "proxyexchange.h"

#include "clientconnection.h"
#include "headerrules.h"
#include "http/httpwriter.h"
#include "monotonicclock.h"
#include "proxyconfig.h"
#include "proxycontext.h"
#include "proxystats.h"
#include "upstream.h"
#include "upstreampool.h"

ProxyExchange::ProxyExchange(ProxyContext &context, ClientConnection &client)
    : m_context(context)
    , m_client(client)
{ }

ProxyExchange::~ProxyExchange()
{
    abort();
}

void ProxyExchange::start(const HttpMessageHead &request, const QByteArray &body,
                          const Upstream &upstream, const QByteArray &upstreamTarget)
{
    m_active = true;
    m_upstream = &upstream;
    m_headRequest = request.method == "HEAD";
    m_clientKeepAlive = request.keepAlive;
    m_clientHttp11 = request.isHttp11();
    m_responseHeadSent = false;
    m_retried = false;
    m_framing = Framing::None;
    m_out.clear();
    ProxyStats::add(m_context.stats->requestsInFlight);

    const HttpHeaders headers = HeaderRules::forwardedRequestHeaders(
            request.headers, upstream, *m_context.config, body.size());
    m_requestBytes.clear();
    m_requestBytes.reserve(512 + body.size());
    HttpWriter::appendRequestHead(m_requestBytes, request.method, upstreamTarget, headers);
    m_requestBytes.append(body);

    dispatch(m_context.pool->acquire(upstream));
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
    if (!m_active || m_responseHeadSent)
        return;
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
    releaseConnection(false);
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
    HttpHeaders headers = HeaderRules::relayedResponseHeaders(head.headers);
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
    if (m_context.shuttingDown)
        m_clientKeepAlive = false;
    if (!m_clientKeepAlive)
        headers.append("Connection", "close");
    else if (!m_clientHttp11)
        headers.append("Connection", "keep-alive");
    HttpWriter::appendResponseHead(m_out, head.status, head.reason, headers);
    m_responseHeadSent = true;
}

void ProxyExchange::onUpstreamBody(const char *data, qsizetype size)
{
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
    flush();
    releaseConnection(true);
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
        flush();
        ProxyStats::add(m_context.stats->upstreamErrors);
        m_active = false;
        ProxyStats::sub(m_context.stats->requestsInFlight);
        m_client.abortResponse();
        return;
    }
    failWith({ProxyError::Kind::UpstreamUnreachable,
              "upstream " + m_upstream->originKey + " failed: " + reason});
}

void ProxyExchange::failWith(const ProxyError &error)
{
    releaseConnection(false);
    ProxyStats::add(m_context.stats->upstreamErrors);
    m_out = error.toHttpResponse(!m_clientKeepAlive);
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
