#include "upstreamconnection.h"

#include "common/cpuplacement.h"
#include "monotonicclock.h"
#include "upstream.h"

#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>

UpstreamConnection::UpstreamConnection(const Upstream &upstream, const QSslConfiguration *tls,
                                       QObject *parent)
    : QObject(parent)
    , m_parser(HttpParser::Mode::Response, this)
    , m_originKey(upstream.originKey)
    , m_host(upstream.host)
    , m_port(upstream.port)
    , m_tls(upstream.tls)
{
    if (m_tls) {
        auto *ssl = new QSslSocket(this);
        if (tls)
            ssl->setSslConfiguration(*tls);
        connect(ssl, &QSslSocket::encrypted, this, &UpstreamConnection::onConnected);
        connect(ssl, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
            QByteArray reason = "TLS: ";
            for (const QSslError &e : errors)
                reason += e.errorString().toUtf8() + "; ";
            reason.chop(2);
            fail(reason);
        });
        m_socket = ssl;
    } else {
        m_socket = new QTcpSocket(this);
        connect(m_socket, &QTcpSocket::connected, this, &UpstreamConnection::onConnected);
    }
    connect(m_socket, &QTcpSocket::readyRead, this, &UpstreamConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, &UpstreamConnection::onDisconnected);
    connect(m_socket, &QTcpSocket::errorOccurred, this, &UpstreamConnection::onError);
}

UpstreamConnection::~UpstreamConnection()
{
    m_listener = nullptr;
    m_socket->disconnect(this);
}

bool UpstreamConnection::isConnected() const
{
    return m_connected && m_socket->state() == QAbstractSocket::ConnectedState;
}

void UpstreamConnection::send(const QByteArray &requestBytes, bool headRequest, Listener *listener)
{
    m_listener = listener;
    m_responseStarted = false;
    m_reusable = false;
    // A connection paused for a slow client may come back from the pool: read freely again.
    if (m_paused) {
        m_paused = false;
        m_socket->setReadBufferSize(0);
    }
    m_parser.reset();
    m_parser.setExpectNoBody(headRequest);
    if (isConnected()) {
        m_socket->write(requestBytes);
        m_socket->flush(); // now, not when the event loop next polls for writability
        return;
    }
    m_pending = requestBytes;
    if (m_socket->state() != QAbstractSocket::UnconnectedState)
        return;
    m_connected = false;
    // A host name is resolved on Qt's lookup pool, whose threads may be started right here.
    const CpuPlacement::ThreadsStartedHereUseEveryCpu lookupThreadsUnbound;
    if (m_tls) {
        static_cast<QSslSocket *>(m_socket)->connectToHostEncrypted(QString::fromLatin1(m_host),
                                                                    m_port);
    } else {
        m_socket->connectToHost(QString::fromLatin1(m_host), m_port);
    }
}

void UpstreamConnection::abort()
{
    m_listener = nullptr;
    m_reusable = false;
    m_pending.clear();
    m_socket->abort();
}

void UpstreamConnection::setPaused(bool paused)
{
    if (m_paused == paused)
        return;
    m_paused = paused;
    // A bounded read buffer makes Qt stop reading the kernel socket, so TCP flow control pushes
    // back on the upstream instead of the proxy buffering an unbounded stream.
    m_socket->setReadBufferSize(paused ? 256 * 1024 : 0);
    if (!paused)
        QMetaObject::invokeMethod(this, &UpstreamConnection::onReadyRead, Qt::QueuedConnection);
}

void UpstreamConnection::onConnected()
{
    m_connected = true;
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_socket->setSocketOption(QAbstractSocket::KeepAliveOption, 1);
    if (m_listener)
        m_listener->onUpstreamConnected();
    if (!m_pending.isEmpty()) {
        m_socket->write(m_pending);
        m_socket->flush();
        m_pending.clear();
    }
}

void UpstreamConnection::onReadyRead()
{
    if (m_paused)
        return;
    const QByteArray data = m_socket->readAll();
    if (data.isEmpty())
        return;
    if (!m_listener) {
        // Bytes on an idle connection: the peer is not speaking HTTP/1.1 keep-alive correctly.
        m_reusable = false;
        m_socket->abort();
        return;
    }
    m_responseStarted = true;
    const qsizetype consumed = m_parser.feed(data.constData(), data.size());
    if (m_parser.hasError()) {
        if (m_listener)
            fail("invalid response from upstream: " + m_parser.errorDescription());
        return;
    }
    if (!m_listener)
        return; // aborted by the listener while parsing
    if (m_parser.isPaused()) {
        // Complete. Anything after the response on this connection is a protocol violation.
        if (consumed < data.size())
            m_reusable = false;
        Listener *listener = m_listener;
        m_listener = nullptr;
        ++m_completed;
        m_idleSinceMs = MonotonicClock::nowMs();
        listener->onUpstreamComplete();
        return;
    }
    m_listener->onUpstreamReadDone();
}

bool UpstreamConnection::onMessageHead(HttpMessageHead &head)
{
    m_reusable = head.keepAlive;
    if (!m_listener)
        return false;
    m_listener->onUpstreamHead(head);
    return m_listener != nullptr;
}

bool UpstreamConnection::onMessageBody(const char *data, qsizetype size)
{
    if (!m_listener)
        return false;
    m_listener->onUpstreamBody(data, size);
    return m_listener != nullptr;
}

void UpstreamConnection::onMessageComplete()
{
    // Reported from onReadyRead once the parser has returned, so that the listener may reuse or
    // destroy this connection safely.
}

void UpstreamConnection::onDisconnected()
{
    m_connected = false;
    m_reusable = false;
    if (!m_listener)
        return;
    // Bytes still buffered (read while paused for a slow client) come before the end.
    if (m_socket->bytesAvailable() > 0) {
        m_paused = false;
        onReadyRead();
        if (!m_listener)
            return;
    }
    // A body delimited by the connection's end completes here; anything else ends prematurely.
    m_parser.finish();
    if (m_parser.isPaused() && !m_parser.hasError()) {
        Listener *listener = m_listener;
        m_listener = nullptr;
        ++m_completed;
        listener->onUpstreamComplete();
        return;
    }
    fail(m_responseStarted ? QByteArrayLiteral("upstream closed the connection mid-response")
                           : QByteArrayLiteral("upstream closed the connection before answering"));
}

void UpstreamConnection::onError(QAbstractSocket::SocketError error)
{
    if (error == QAbstractSocket::RemoteHostClosedError)
        return; // onDisconnected decides whether the response was complete
    if (error == QAbstractSocket::SslHandshakeFailedError && !m_listener)
        return; // already reported through sslErrors
    fail(m_socket->errorString().toUtf8());
}

void UpstreamConnection::fail(const QByteArray &reason)
{
    m_connected = false;
    m_reusable = false;
    Listener *listener = m_listener;
    m_listener = nullptr;
    m_pending.clear();
    m_socket->abort();
    if (listener)
        listener->onUpstreamFailed(reason, !m_responseStarted);
}
