#include "clientconnection.h"

#include "common/cpuplacement.h"
#include "monotonicclock.h"
#include "proxyconfig.h"
#include "proxycontext.h"
#include "proxystats.h"
#include "router.h"

#include <QTcpSocket>

#include <utility>

#include <openssl/crypto.h>

#include <sys/socket.h>

namespace {

constexpr qint64 BackedUpBytes = 1024 * 1024;
constexpr qint64 DrainedBytes = 256 * 1024;
// After our last byte, how long a closing connection may take to be closed by the peer.
constexpr qint64 CloseLingerMs = 5'000;

ProxyError errorForParser(const HttpParser &parser)
{
    switch (parser.error()) {
    case HttpParser::Error::HeadersTooLarge:
        return {ProxyError::Kind::HeadersTooLarge, parser.errorDescription()};
    case HttpParser::Error::BadContentLength:
        return {ProxyError::Kind::BadContentLength, parser.errorDescription()};
    default:
        return {ProxyError::Kind::BadRequest, "malformed request: " + parser.errorDescription()};
    }
}

} // namespace

ClientConnection::ClientConnection(QTcpSocket *socket, ProxyContext &context, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_context(context)
    , m_parser(HttpParser::Mode::Request, this)
    , m_exchange(context, *this)
    , m_lastActivityMs(MonotonicClock::nowMs())
{
    m_socket->setParent(this);
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    connect(m_socket, &QTcpSocket::readyRead, this, &ClientConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &ClientConnection::onBytesWritten);
    connect(m_socket, &QTcpSocket::disconnected, this, &ClientConnection::onDisconnected);
    ProxyStats::add(m_context.stats->openClientConnections);
}

ClientConnection::~ClientConnection()
{
    m_exchange.abort();
    m_socket->disconnect(this);
    ProxyStats::sub(m_context.stats->openClientConnections);
}

void ClientConnection::checkTimeouts(qint64 nowMs)
{
    if (m_closing) {
        if (m_closingSinceMs && nowMs - m_closingSinceMs > CloseLingerMs)
            m_socket->abort();
        return;
    }
    if (m_exchange.isActive()) {
        m_exchange.checkTimeouts(nowMs);
        return;
    }
    const ProxyConfig &config = *m_context.config;
    if (m_headStartedMs && nowMs - m_headStartedMs > config.headerTimeoutMs) {
        rejectRequest({ProxyError::Kind::BadRequest, "request head not received in time"}, true);
        return;
    }
    const qint64 limit =
            m_parser.messageStarted() ? config.headerTimeoutMs : config.clientIdleTimeoutMs;
    if (nowMs - m_lastActivityMs > limit)
        closeAfterWrite();
}

void ClientConnection::beginShutdown()
{
    if (!m_exchange.isActive() && !m_closing)
        closeAfterWrite();
}

void ClientConnection::abortNow()
{
    m_exchange.abort();
    m_closing = true;
    m_socket->abort();
}

void ClientConnection::writeResponseBytes(const QByteArray &bytes)
{
    m_socket->write(bytes);
    // Hand the bytes to the kernel now rather than on the next event-loop turn: an SSE event
    // must not wait for anything.
    m_socket->flush();
    if (!m_backedUp && m_socket->bytesToWrite() > BackedUpBytes) {
        m_backedUp = true;
        m_exchange.setClientBackedUp(true);
    }
}

void ClientConnection::responseFinished(bool keepAlive)
{
    m_lastActivityMs = MonotonicClock::nowMs();
    if (!keepAlive || m_context.shuttingDown) {
        closeAfterWrite();
        return;
    }
    m_parser.resume();
    if (!m_input.isEmpty()) {
        // Not from here: the exchange that called us is still on the stack.
        QMetaObject::invokeMethod(this, &ClientConnection::processInput, Qt::QueuedConnection);
    }
}

void ClientConnection::abortResponse(bool reset)
{
    if (reset) {
        // The body was delimited by the connection's end: a FIN would say "complete". A reset
        // says "broken", which is the truth.
        m_closing = true;
        m_socket->flush();
        m_socket->abort();
        return;
    }
    closeAfterWrite();
}

void ClientConnection::onReadyRead()
{
    m_lastActivityMs = MonotonicClock::nowMs();
    if (m_input.isEmpty())
        m_input = m_socket->readAll();
    else
        m_input.append(m_socket->readAll());
    if (m_closing) {
        m_input.clear();
        return;
    }
    if (m_exchange.isActive()) {
        // A pipelined request; bounded so that a client cannot make us buffer without end.
        if (m_input.size() > m_context.config->maxRequestBodyBytes + HttpParser::MaxHeaderBytes)
            m_socket->abort();
        return;
    }
    processInput();
}

void ClientConnection::processInput()
{
    while (!m_input.isEmpty() && !m_exchange.isActive() && !m_closing) {
        if (!m_parser.messageStarted() && !m_headStartedMs)
            m_headStartedMs = MonotonicClock::nowMs();
        const qsizetype consumed = m_parser.feed(m_input.constData(), m_input.size());
        if (consumed >= m_input.size())
            m_input.clear();
        else
            m_input.remove(0, consumed);
        if (m_pendingError) {
            const ProxyError error = *m_pendingError;
            m_pendingError.reset();
            rejectRequest(error, true);
            return;
        }
        if (m_parser.hasError()) {
            rejectRequest(errorForParser(m_parser), true);
            return;
        }
        if (!m_requestComplete)
            return; // wait for more bytes
        m_requestComplete = false;
        dispatchRequest();
    }
}

bool ClientConnection::onMessageHead(HttpMessageHead &head)
{
    m_headStartedMs = 0;
    // Before anything of the body is read or buffered: a peer without the token gets nothing.
    if (!hasAccess(head.headers)) {
        m_pendingError = ProxyError {ProxyError::Kind::Unauthorized,
                                     "this TokenTap requires its access token in the "
                                     "x-tokentap-key header (and without one it answers this "
                                     "computer only)"};
        return false;
    }
    const qint64 limit = m_context.config->maxRequestBodyBytes;
    if (head.contentLength > limit) {
        refuseRecorded(head,
                       {ProxyError::Kind::BodyTooLarge,
                        "request body of " + QByteArray::number(head.contentLength)
                                + " bytes exceeds the limit of " + QByteArray::number(limit)
                                + " bytes"});
        return false;
    }
    if (head.isHttp11()
        && head.headers.value("Expect").compare("100-continue", Qt::CaseInsensitive) == 0)
        m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
    m_request = std::move(head);
    m_body.clear();
    if (m_request.contentLength > 0)
        m_body.reserve(m_request.contentLength);
    return true;
}

bool ClientConnection::onMessageBody(const char *data, qsizetype size)
{
    const qint64 limit = m_context.config->maxRequestBodyBytes;
    if (m_body.size() + size > limit) {
        m_body.clear();
        refuseRecorded(
                m_request,
                {ProxyError::Kind::BodyTooLarge,
                 "request body exceeds the limit of " + QByteArray::number(limit) + " bytes"});
        return false;
    }
    m_body.append(data, size);
    return true;
}

void ClientConnection::onMessageComplete()
{
    m_requestComplete = true;
}

void ClientConnection::dispatchRequest()
{
    ProxyStats::add(m_context.stats->requestsTotal);
    CpuPlacement::noteProxyActivity();
    if (m_context.shuttingDown) {
        rejectRequest({ProxyError::Kind::ShuttingDown, "TokenTap is shutting down"}, true);
        return;
    }
    const Router::Route route = m_context.router->route(m_request.target);
    if (!route.ok()) {
        rejectRequest(route.error, false);
        return;
    }
    m_exchange.start(m_request, m_body, *route.upstream, route.upstreamTarget,
                     m_socket->peerAddress());
}

bool ClientConnection::hasAccess(const HttpHeaders &headers) const
{
    const QByteArray &token = m_context.config->accessToken;
    if (token.isEmpty()) {
        // No token: this computer only, also for a connection accepted while the proxy still
        // listened beyond it with a token.
        const QHostAddress peer = m_socket->peerAddress();
        bool mapped = false;
        const quint32 ipv4 = peer.toIPv4Address(&mapped);
        return peer.isLoopback() || (mapped && QHostAddress(ipv4).isLoopback());
    }
    const QByteArray given = headers.value("x-tokentap-key");
    // Compared in constant time: response timing must not reveal how much of a guess matched.
    return given.size() == token.size()
            && CRYPTO_memcmp(given.constData(), token.constData(), size_t(token.size())) == 0;
}

void ClientConnection::refuseRecorded(const HttpMessageHead &head, const ProxyError &error)
{
    m_pendingError = error;
    m_pendingTraceHeaders.clear();
    const Router::Route route = m_context.router->route(head.target);
    if (route.ok() && !m_exchange.isActive()) {
        m_pendingTraceHeaders = m_exchange.recordRefused(
                head, *route.upstream, route.upstreamTarget, m_socket->peerAddress(), error);
    }
}

void ClientConnection::rejectRequest(const ProxyError &error, bool close)
{
    ProxyStats::add(m_context.stats->clientErrors);
    const bool closeIt = close || !m_request.keepAlive || m_context.shuttingDown;
    m_socket->write(error.toHttpResponse(closeIt, std::exchange(m_pendingTraceHeaders, {})));
    m_socket->flush();
    m_lastActivityMs = MonotonicClock::nowMs();
    if (closeIt) {
        closeAfterWrite();
        return;
    }
    m_parser.resume();
}

void ClientConnection::closeAfterWrite()
{
    if (m_closing)
        return;
    m_closing = true;
    m_closingSinceMs = MonotonicClock::nowMs();
    m_input.clear();
    if (m_socket->bytesToWrite() == 0)
        shutdownWrite();
}

// A lingering close: send FIN once everything is written, then read and discard until the peer
// closes. Closing outright while request bytes are still arriving (a body we refused) would
// make the kernel answer with a reset, and the client could lose the error response itself.
void ClientConnection::shutdownWrite()
{
    if (m_writeShut || m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    m_writeShut = true;
    m_closingSinceMs = MonotonicClock::nowMs();
    ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
}

void ClientConnection::onBytesWritten()
{
    if (m_closing) {
        // The linger deadline measures a lack of progress, not how long a slow reader takes.
        m_closingSinceMs = MonotonicClock::nowMs();
        if (m_socket->bytesToWrite() == 0)
            shutdownWrite();
        return;
    }
    if (m_backedUp && m_socket->bytesToWrite() < DrainedBytes) {
        m_backedUp = false;
        m_exchange.setClientBackedUp(false);
    }
}

void ClientConnection::onDisconnected()
{
    m_closing = true; // no pipelined request is dispatched for a client that is gone
    m_input.clear();
    m_exchange.abort();
    if (m_closedSignalled)
        return;
    m_closedSignalled = true;
    Q_EMIT closed(this);
}
