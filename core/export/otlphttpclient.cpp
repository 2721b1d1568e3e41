#include "otlphttpclient.h"

#include "http/httpwriter.h"

#include <QSslSocket>
#include <QTimer>

namespace {

int defaultPort(const QUrl &url)
{
    return url.port(url.scheme() == QLatin1String("https") ? 443 : 80);
}

QString originOf(const QUrl &url)
{
    return url.scheme() + QStringLiteral("://") + url.host() + u':'
            + QString::number(defaultPort(url));
}

} // namespace

OtlpHttpClient::OtlpHttpClient(QObject *parent)
    : QObject(parent)
    , m_parser(HttpParser::Mode::Response, this)
    , m_timeout(new QTimer(this))
{
    m_timeout->setSingleShot(true);
    connect(m_timeout, &QTimer::timeout, this, [this] { fail(tr("timed out")); });
}

OtlpHttpClient::~OtlpHttpClient()
{
    abort();
}

void OtlpHttpClient::post(const QUrl &url, const HttpHeaders &headers, const QByteArray &body,
                          int timeoutMs)
{
    abort();
    m_busy = true;
    m_url = url;
    HttpHeaders fields = headers;
    QByteArray host = QUrl::toAce(url.host());
    if (host.contains(':'))
        host = '[' + host + ']';
    if (url.port() != -1)
        host += ':' + QByteArray::number(url.port());
    fields.set("Host", host);
    fields.set("Content-Length", QByteArray::number(body.size()));
    QByteArray target = url.path(QUrl::FullyEncoded).toLatin1();
    if (target.isEmpty())
        target = "/";
    if (url.hasQuery())
        target += '?' + url.query(QUrl::FullyEncoded).toLatin1();
    m_request.clear();
    m_request.reserve(body.size() + 512);
    HttpWriter::appendRequestHead(m_request, "POST", target, fields);
    m_request += body;
    m_timeout->start(timeoutMs);
    connectAndSend();
}

void OtlpHttpClient::connectAndSend()
{
    m_response = {};
    m_answered = false;
    m_complete = false;
    m_parser.reset();
    const QString origin = originOf(m_url);
    m_reused =
            m_socket && m_origin == origin && m_socket->state() == QAbstractSocket::ConnectedState;
    if (!m_reused) {
        dropConnection();
        const bool tls = m_url.scheme() == QLatin1String("https");
        QTcpSocket *socket = tls ? new QSslSocket(this) : new QTcpSocket(this);
        m_socket = socket;
        m_origin = origin;
        connect(socket, &QTcpSocket::readyRead, this, &OtlpHttpClient::onReadyRead);
        connect(socket, &QTcpSocket::disconnected, this, &OtlpHttpClient::onDisconnected);
        connect(socket, &QAbstractSocket::errorOccurred, this, [this, socket] {
            if (socket == m_socket && m_busy
                && socket->error() != QAbstractSocket::RemoteHostClosedError)
                fail(socket->errorString());
        });
        const quint16 port = quint16(defaultPort(m_url));
        if (tls) {
            auto *ssl = static_cast<QSslSocket *>(socket);
            connect(ssl, &QSslSocket::sslErrors, this, [this, ssl](const QList<QSslError> &errors) {
                if (ssl == m_socket && m_busy)
                    fail(errors.isEmpty() ? ssl->errorString() : errors.first().errorString());
            });
            ssl->connectToHostEncrypted(m_url.host(), port);
        } else {
            socket->connectToHost(m_url.host(), port);
        }
    }
    // Buffered until the connection (and TLS handshake) is up.
    m_socket->write(m_request);
}

void OtlpHttpClient::onReadyRead()
{
    if (!m_socket)
        return;
    const QByteArray data = m_socket->readAll();
    if (!m_busy || m_complete)
        return; // nothing asked: an idle connection's stray bytes
    m_answered = true;
    qsizetype offset = 0;
    while (offset < data.size() && !m_complete) {
        const qsizetype used = m_parser.feed(data.constData() + offset, data.size() - offset);
        offset += used;
        if (m_parser.hasError()) {
            fail(tr("bad HTTP answer: %1").arg(QString::fromLatin1(m_parser.errorDescription())));
            return;
        }
        if (m_parser.isPaused() && !m_complete)
            m_parser.resume(); // after an interim 1xx answer
        else if (used == 0)
            break;
    }
}

void OtlpHttpClient::onDisconnected()
{
    if (!m_busy || m_complete)
        return;
    if (m_reused && !m_answered) {
        // The kept-alive connection had been closed by the peer while idle: once more on a
        // fresh one.
        dropConnection();
        connectAndSend();
        return;
    }
    m_parser.finish();
    if (!m_complete)
        fail(tr("the connection closed before the answer was complete"));
}

bool OtlpHttpClient::onMessageHead(HttpMessageHead &head)
{
    if (head.status < 200)
        return true; // an interim answer; the real one follows
    m_response.status = head.status;
    m_response.headers = head.headers;
    m_keepAlive = head.keepAlive;
    return true;
}

bool OtlpHttpClient::onMessageBody(const char *data, qsizetype size)
{
    if (m_response.body.size() + size > MaxResponseBytes)
        return false; // a non-retryable error, as OTLP says
    m_response.body.append(data, size);
    return true;
}

void OtlpHttpClient::onMessageComplete()
{
    if (m_response.status == 0)
        return; // an interim 1xx answer

    m_complete = true;
    Response response = std::move(m_response);
    if (!m_keepAlive)
        dropConnection();
    finish(std::move(response));
}

void OtlpHttpClient::fail(const QString &error)
{
    if (!m_busy)
        return;
    dropConnection();
    Response response;
    response.error = error;
    finish(std::move(response));
}

void OtlpHttpClient::finish(Response response)
{
    m_timeout->stop();
    m_busy = false;
    m_request.clear();
    Q_EMIT finished(response);
}

void OtlpHttpClient::abort()
{
    m_timeout->stop();
    m_busy = false;
    m_request.clear();
    if (!m_complete)
        dropConnection(); // a half-sent request must not be followed by the next one
}

void OtlpHttpClient::dropConnection()
{
    if (!m_socket)
        return;
    QTcpSocket *socket = m_socket;
    m_socket = nullptr;
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
}
