#pragma once

#include "http/httpparser.h"

#include <QAbstractSocket>
#include <QByteArray>
#include <QObject>

class QSslConfiguration;
class QTcpSocket;
struct Upstream;

// One keep-alive connection to an upstream origin, living on the network thread. Sends one
// request at a time and reports the response through a Listener as bytes arrive: no signal per
// chunk, no buffering beyond one socket read.
class UpstreamConnection : public QObject, private HttpParser::Listener
{
    Q_OBJECT
public:
    class Listener
    {
    public:
        virtual ~Listener() = default;
        virtual void onUpstreamConnected() = 0;
        virtual void onUpstreamHead(HttpMessageHead &head) = 0;
        virtual void onUpstreamBody(const char *data, qsizetype size) = 0;
        // All pieces parsed from one socket read have been delivered: a good moment to flush.
        virtual void onUpstreamReadDone() = 0;
        virtual void onUpstreamComplete() = 0;
        // `beforeResponse`: no byte of a response had arrived, so the request may be retried.
        virtual void onUpstreamFailed(const QByteArray &reason, bool beforeResponse) = 0;
    };

    UpstreamConnection(const Upstream &upstream, const QSslConfiguration *tls,
                       QObject *parent = nullptr);
    ~UpstreamConnection() override;

    const QByteArray &originKey() const { return m_originKey; }
    bool isConnected() const;
    bool isBusy() const { return m_listener != nullptr; }
    // Requests completed on this connection; a reused connection may have been closed by the
    // peer while idle, which makes a failure before any response byte safe to retry.
    int completedRequests() const { return m_completed; }
    // Whether the last response allows another request on this connection.
    bool reusable() const { return m_reusable; }
    qint64 idleSinceMs() const { return m_idleSinceMs; }

    // Starts a request: connects first if needed. `requestBytes` is the whole request.
    void send(const QByteArray &requestBytes, bool headRequest, Listener *listener);
    // Stops reporting to the listener and closes the socket now (client gone, timeout).
    void abort();
    // Stops reading the socket while the client cannot keep up; resumes with setPaused(false).
    void setPaused(bool paused);

private:
    bool onMessageHead(HttpMessageHead &head) override;
    bool onMessageBody(const char *data, qsizetype size) override;
    void onMessageComplete() override;

    void onConnected();
    void onReadyRead();
    void onDisconnected();
    void onError(QAbstractSocket::SocketError error);
    void fail(const QByteArray &reason);

    QTcpSocket *m_socket = nullptr;
    HttpParser m_parser;
    QByteArray m_originKey;
    QByteArray m_host;
    quint16 m_port = 0;
    bool m_tls = false;
    Listener *m_listener = nullptr;
    QByteArray m_pending; // request bytes waiting for the connection
    bool m_connected = false;
    bool m_responseStarted = false;
    bool m_reusable = false;
    bool m_paused = false;
    int m_completed = 0;
    qint64 m_idleSinceMs = 0;
};
