#pragma once

#include "http/httpparser.h"

#include <QByteArray>
#include <QList>
#include <QObject>

class QTcpSocket;

// A test client that writes exact bytes and parses whatever comes back, so that tests control
// splitting, pipelining and framing and can see broken responses.
class RawHttpClient : public QObject, private HttpParser::Listener
{
    Q_OBJECT
public:
    struct Response
    {
        HttpMessageHead head;
        QByteArray body;
        qint64 headAtNs = 0;
        qint64 firstBodyAtNs = 0;
    };

    explicit RawHttpClient(QObject *parent = nullptr);
    ~RawHttpClient() override;

    bool connectTo(quint16 port, int timeoutMs = 5000);
    void send(const QByteArray &bytes);
    void close();

    // Completed responses, in order, and the one being received.
    const QList<Response> &responses() const { return m_responses; }
    const Response &current() const { return m_current; }
    // Bytes received in total, raw (interim 100 Continue included).
    const QByteArray &raw() const { return m_raw; }
    bool isDisconnected() const { return m_disconnected; }
    // The connection ended in the middle of a response.
    bool sawBrokenResponse() const { return m_broken; }

    bool waitForResponses(int count, int timeoutMs = 10000);
    bool waitForDisconnected(int timeoutMs = 10000);
    bool waitForRaw(const QByteArray &needle, int timeoutMs = 10000);

    // "POST /v1/chat/completions HTTP/1.1" with Host, Content-Type and Content-Length.
    static QByteArray request(const QByteArray &method, const QByteArray &target,
                              const QByteArray &body = {},
                              const QList<QByteArray> &extraHeaderLines = {});

private:
    bool onMessageHead(HttpMessageHead &head) override;
    bool onMessageBody(const char *data, qsizetype size) override;
    void onMessageComplete() override;
    void onReadyRead();

    QTcpSocket *m_socket;
    HttpParser m_parser;
    QList<Response> m_responses;
    Response m_current;
    QByteArray m_raw;
    QByteArray m_pending;
    bool m_complete = false;
    bool m_disconnected = false;
    bool m_broken = false;
};
