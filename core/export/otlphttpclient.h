#pragma once

#include "http/httpheaders.h"
#include "http/httpparser.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

class QTcpSocket;
class QTimer;

// The exporter's HTTP/1.1 client: one POST at a time over one keep-alive connection (TCP, or
// TLS verified against the system's CAs), the body written in one piece and the answer parsed
// by HttpParser. Not QNetworkAccessManager: measured, QNAM takes ~90 ms to upload a 7 MB batch
// of 512 spans over loopback that curl sends in 15 ms (docs/PERFORMANCE.md), which capped
// export below the proxy's own rate.
class OtlpHttpClient : public QObject, private HttpParser::Listener
{
    Q_OBJECT
public:
    struct Response
    {
        int status = 0; // 0: no HTTP answer
        HttpHeaders headers;
        QByteArray body;
        QString error; // why there is no answer
    };

    explicit OtlpHttpClient(QObject *parent = nullptr);
    ~OtlpHttpClient() override;

    // Host, Content-Length and Connection are set here; the rest comes from `headers`.
    // finished() follows, also on failure, unless abort() comes first.
    void post(const QUrl &url, const HttpHeaders &headers, const QByteArray &body, int timeoutMs);
    // Drops the request in progress (no finished()) and the connection.
    void abort();
    bool isBusy() const { return m_busy; }

    static constexpr qsizetype MaxResponseBytes = 4 * 1024 * 1024; // OTLP's cap on answers

Q_SIGNALS:
    void finished(const OtlpHttpClient::Response &response);

private:
    bool onMessageHead(HttpMessageHead &head) override;
    bool onMessageBody(const char *data, qsizetype size) override;
    void onMessageComplete() override;

    void connectAndSend();
    void onReadyRead();
    void onDisconnected();
    void fail(const QString &error);
    void finish(Response response);
    void dropConnection();

    QPointer<QTcpSocket> m_socket;
    QString m_origin; // scheme://host:port of m_socket
    HttpParser m_parser;
    QTimer *m_timeout;
    QByteArray m_request; // head and body, kept to send again on a fresh connection
    QUrl m_url;
    Response m_response;
    bool m_busy = false;
    bool m_reused = false; // the request went out on a kept-alive connection
    bool m_answered = false; // some byte of the answer arrived
    bool m_keepAlive = true;
    bool m_complete = false;
};
