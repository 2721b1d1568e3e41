#pragma once

#include "http/httpparser.h"
#include "proxyexchange.h"

#include <QByteArray>
#include <QObject>

#include <optional>

class QTcpSocket;
struct ProxyContext;

// One accepted client socket on the network thread: parses requests (keep-alive, pipelined
// ones queued), answers protocol errors itself and hands complete requests to its exchange.
class ClientConnection : public QObject, private HttpParser::Listener
{
    Q_OBJECT
public:
    ClientConnection(QTcpSocket *socket, ProxyContext &context, QObject *parent = nullptr);
    ~ClientConnection() override;

    // Idle, header and exchange deadlines; called periodically by the server.
    void checkTimeouts(qint64 nowMs);
    // Stop taking requests: close now when idle, else after the response in progress.
    void beginShutdown();
    bool isBusy() const { return m_exchange.isActive(); }
    // Cut the connection and any call in flight now.
    void abortNow();

    // Called by the exchange.
    void writeResponseBytes(const QByteArray &bytes);
    void responseFinished(bool keepAlive);
    // Ends a response that cannot be completed; `reset` for bodies delimited by the close.
    void abortResponse(bool reset);

Q_SIGNALS:
    void closed(ClientConnection *connection);

private:
    bool onMessageHead(HttpMessageHead &head) override;
    bool onMessageBody(const char *data, qsizetype size) override;
    void onMessageComplete() override;

    void onReadyRead();
    void processInput();
    void dispatchRequest();
    void rejectRequest(const ProxyError &error, bool close);
    // A request refused before it could start (its body too large): recorded all the same, so
    // that the store holds every call to an upstream; the response then names its trace.
    void refuseRecorded(const HttpMessageHead &head, const ProxyError &error);
    // The access token, when one is required; loopback peers only without one.
    bool hasAccess(const HttpHeaders &headers) const;
    void closeAfterWrite();
    void shutdownWrite();
    void onBytesWritten();
    void onDisconnected();

    QTcpSocket *m_socket;
    ProxyContext &m_context;
    HttpParser m_parser;
    ProxyExchange m_exchange;
    HttpMessageHead m_request;
    QByteArray m_body;
    QByteArray m_input; // bytes received but not parsed yet (a pipelined request waiting)
    std::optional<ProxyError> m_pendingError; // found by a parser callback, answered after it
    HttpHeaders m_pendingTraceHeaders; // where that refused call was recorded
    bool m_requestComplete = false;
    bool m_closing = false;
    bool m_writeShut = false;
    bool m_backedUp = false;
    bool m_closedSignalled = false;
    qint64 m_lastActivityMs = 0; // last byte read or response finished
    qint64 m_headStartedMs = 0; // first byte of the request head being read, 0 when none
    qint64 m_closingSinceMs = 0;
};
