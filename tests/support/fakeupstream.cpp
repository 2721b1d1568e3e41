#include "fakeupstream.h"

#include "http/httpparser.h"
#include "http/httpwriter.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>

class FakeUpstream::Connection : public QObject, private HttpParser::Listener
{
public:
    Connection(FakeUpstream *owner, QTcpSocket *socket, int id)
        : QObject(owner)
        , m_owner(owner)
        , m_socket(socket)
        , m_parser(HttpParser::Mode::Request, this)
        , m_id(id)
    {
        socket->setParent(this);
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        connect(socket, &QTcpSocket::readyRead, this, &Connection::onReadyRead);
        connect(socket, &QTcpSocket::disconnected, this, [this] {
            if (m_busy)
                ++m_owner->m_disconnectsWhileBusy;
            Q_EMIT m_owner->clientDisconnected(m_id);
            m_owner->m_connections.removeOne(this);
            deleteLater();
        });
    }

    bool busy() const { return m_busy; }
    void markDone() { m_busy = false; }

private:
    bool onMessageHead(HttpMessageHead &head) override
    {
        m_current = {};
        m_current.head = head;
        m_current.connectionId = m_id;
        return true;
    }
    bool onMessageBody(const char *data, qsizetype size) override
    {
        m_current.body.append(data, size);
        return true;
    }
    void onMessageComplete() override { m_complete = true; }

    void onReadyRead()
    {
        m_buffer.append(m_socket->readAll());
        while (!m_buffer.isEmpty()) {
            const qsizetype n = m_parser.feed(m_buffer.constData(), m_buffer.size());
            m_buffer.remove(0, n);
            if (m_parser.hasError()) {
                m_socket->abort();
                return;
            }
            if (!m_complete)
                return;
            m_complete = false;
            m_parser.resume();
            m_busy = true;
            m_owner->m_requests.append(m_current);
            const int index = int(m_owner->m_requests.size()) - 1;
            Reply reply(m_owner, m_socket, m_id);
            m_owner->m_handler(m_owner->m_requests.at(index), reply);
            Q_EMIT m_owner->requestReceived(index);
        }
    }

    FakeUpstream *m_owner;
    QTcpSocket *m_socket;
    HttpParser m_parser;
    int m_id;
    Request m_current;
    QByteArray m_buffer;
    bool m_complete = false;
    bool m_busy = false;
};

FakeUpstream::Reply::Reply(FakeUpstream *owner, QTcpSocket *socket, int connectionId)
    : m_owner(owner)
    , m_socket(socket)
    , m_connectionId(connectionId)
{ }

void FakeUpstream::Reply::send(int status, const QByteArray &body, const QByteArray &contentType,
                               const HttpHeaders &extraHeaders)
{
    HttpHeaders headers = extraHeaders;
    headers.append("Content-Type", contentType);
    headers.append("Content-Length", QByteArray::number(body.size()));
    QByteArray out;
    HttpWriter::appendResponseHead(out, status, {}, headers);
    out.append(body);
    writeRaw(out);
    if (m_socket) {
        if (auto *c = dynamic_cast<Connection *>(m_socket->parent()))
            c->markDone();
    }
}

void FakeUpstream::Reply::beginStream(int status, const HttpHeaders &extraHeaders)
{
    HttpHeaders headers = extraHeaders;
    headers.append("Content-Type", "text/event-stream");
    headers.append("Cache-Control", "no-cache");
    headers.append("Transfer-Encoding", "chunked");
    QByteArray out;
    HttpWriter::appendResponseHead(out, status, {}, headers);
    writeRaw(out);
}

void FakeUpstream::Reply::streamChunk(const QByteArray &data)
{
    QByteArray out;
    HttpWriter::appendChunk(out, data.constData(), data.size());
    writeRaw(out);
}

void FakeUpstream::Reply::endStream()
{
    QByteArray out;
    HttpWriter::appendLastChunk(out);
    writeRaw(out);
    if (m_socket) {
        if (auto *c = dynamic_cast<Connection *>(m_socket->parent()))
            c->markDone();
    }
}

void FakeUpstream::Reply::writeRaw(const QByteArray &bytes)
{
    if (!m_socket)
        return;
    m_socket->write(bytes);
    m_socket->flush();
}

void FakeUpstream::Reply::drop()
{
    if (m_socket) {
        m_socket->flush();
        m_socket->disconnectFromHost();
    }
}

bool FakeUpstream::Reply::isConnected() const
{
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

FakeUpstream::FakeUpstream(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
    , m_handler([](const Request &, Reply &reply) { reply.send(200, chatCompletionJson()); })
{
    m_server->setListenBacklogSize(1024);
    m_server->setMaxPendingConnections(1024);
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this,
            &FakeUpstream::onNewConnection);
}

FakeUpstream::~FakeUpstream() = default;

bool FakeUpstream::enableTls(const QString &certificatePath, const QString &keyPath)
{
    const auto certificates = QSslCertificate::fromPath(certificatePath);
    QFile keyFile(keyPath);
    if (certificates.isEmpty() || !keyFile.open(QIODevice::ReadOnly))
        return false;
    const QSslKey key(&keyFile, QSsl::Rsa);
    if (key.isNull())
        return false;
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(certificates.first());
    configuration.setPrivateKey(key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    auto *server = new QSslServer(this);
    server->setSslConfiguration(configuration);
    server->setMaxPendingConnections(1024);
    connect(server, &QTcpServer::pendingConnectionAvailable, this, &FakeUpstream::onNewConnection);
    delete m_server;
    m_server = server;
    m_tls = true;
    return true;
}

bool FakeUpstream::listen()
{
    return m_server->listen(QHostAddress(QHostAddress::LocalHost), 0);
}

quint16 FakeUpstream::port() const
{
    return m_server->serverPort();
}

QString FakeUpstream::baseUrl() const
{
    return (m_tls ? QStringLiteral("https://127.0.0.1:%1/v1")
                  : QStringLiteral("http://127.0.0.1:%1/v1"))
            .arg(port());
}

int FakeUpstream::openConnections() const
{
    return int(m_connections.size());
}

void FakeUpstream::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        ++m_connectionsAccepted;
        m_connections.append(new Connection(this, socket, m_connectionsAccepted));
    }
}

QByteArray FakeUpstream::chatCompletionJson()
{
    return QByteArrayLiteral(
            R"({"id":"chatcmpl-9x8Yb2kQ1nZ7Lm3Pq4Rs5Tu6Vw","object":"chat.completion",)"
            R"("created":1767225600,"model":"gpt-4o-mini-2024-07-18","choices":[{"index":0,)"
            R"("message":{"role":"assistant","content":"The capital of France is Paris. It has )"
            R"(been the country's political and cultural centre for centuries, home to the )"
            R"(Louvre, the Eiffel Tower and about two million people in the city proper.",)"
            R"("refusal":null,"annotations":[]},"logprobs":null,"finish_reason":"stop"}],)"
            R"("usage":{"prompt_tokens":24,"completion_tokens":41,"total_tokens":65,)"
            R"("prompt_tokens_details":{"cached_tokens":0,"audio_tokens":0},)"
            R"("completion_tokens_details":{"reasoning_tokens":0,"audio_tokens":0,)"
            R"("accepted_prediction_tokens":0,"rejected_prediction_tokens":0}},)"
            R"("service_tier":"default","system_fingerprint":"fp_7c233bf9d1"})");
}
