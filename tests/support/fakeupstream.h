#pragma once

#include "http/httpmessagehead.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

class QTcpServer;
class QTcpSocket;

// An LLM API stand-in on 127.0.0.1:0 for integration tests and benchmarks. Each request is
// handed to a handler that answers through a Reply: all at once, as timed SSE events, or badly
// (drop mid-body, close without answering, never answer).
class FakeUpstream : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        HttpMessageHead head;
        QByteArray body;
        int connectionId = 0;
    };

    class Reply
    {
    public:
        Reply(FakeUpstream *owner, QTcpSocket *socket, int connectionId);
        // A whole response with Content-Length.
        void send(int status, const QByteArray &body,
                  const QByteArray &contentType = QByteArrayLiteral("application/json"),
                  const HttpHeaders &extraHeaders = {});
        // Starts a chunked text/event-stream response.
        void beginStream(int status = 200, const HttpHeaders &extraHeaders = {});
        // One chunk; `data` is written as is (include "data: …\n\n").
        void streamChunk(const QByteArray &data);
        void endStream();
        // Writes raw bytes (for malformed or hand-framed responses).
        void writeRaw(const QByteArray &bytes);
        // Closes the connection now (mid-response or before answering).
        void drop();
        bool isConnected() const;
        int connectionId() const { return m_connectionId; }

    private:
        FakeUpstream *m_owner;
        QPointer<QTcpSocket> m_socket;
        int m_connectionId;
    };

    using Handler = std::function<void(const Request &, Reply &)>;

    explicit FakeUpstream(QObject *parent = nullptr);
    ~FakeUpstream() override;

    // Serve HTTPS with this PEM certificate and key; call before listen().
    bool enableTls(const QString &certificatePath, const QString &keyPath);
    bool listen();
    quint16 port() const;
    QString baseUrl() const; // http://127.0.0.1:PORT/v1 (https:// once TLS is on)

    // The default handler echoes a small chat completion.
    void setHandler(Handler handler) { m_handler = std::move(handler); }

    const QList<Request> &requests() const { return m_requests; }
    int connectionsAccepted() const { return m_connectionsAccepted; }
    int openConnections() const;
    int disconnectsWhileBusy() const { return m_disconnectsWhileBusy; }

    // A typical chat.completion JSON body of about 800 bytes.
    static QByteArray chatCompletionJson();

Q_SIGNALS:
    void requestReceived(int index);
    void clientDisconnected(int connectionId);

private:
    friend class Reply;
    class Connection;
    void onNewConnection();

    QTcpServer *m_server;
    bool m_tls = false;
    Handler m_handler;
    QList<Request> m_requests;
    QList<Connection *> m_connections;
    int m_connectionsAccepted = 0;
    int m_disconnectsWhileBusy = 0;
};
