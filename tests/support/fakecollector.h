#pragma once

#include "fakeupstream.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

// An OTLP/HTTP trace collector stand-in on 127.0.0.1:0 (a FakeUpstream underneath): decodes
// every POST (gzip, protobuf through libprotobuf, or OTLP/JSON) and answers from a script of
// responses, then 200 with an empty ExportTraceServiceResponse.
class FakeCollector : public QObject
{
    Q_OBJECT
public:
    struct Span
    {
        QByteArray traceId; // hex
        QByteArray spanId; // hex
        QByteArray parentSpanId; // hex, empty for a root
        QString name;
        int kind = 0;
        qint64 startUnixNs = 0;
        qint64 endUnixNs = 0;
        int statusCode = 0;
        // Attribute values as text: strings as they are, numbers and booleans as JSON writes
        // them, string arrays as a JSON array.
        QHash<QString, QString> attributes;
        QStringList eventNames;
    };
    struct Received
    {
        HttpMessageHead head;
        QByteArray rawBody; // as sent (gzip when Content-Encoding says so)
        QByteArray body; // decoded
        bool json = false;
        bool parsed = false;
        int answeredStatus = 0;
        QList<Span> spans;
        QHash<QString, QString> resource;
    };
    struct Answer
    {
        int status = 200;
        HttpHeaders headers;
        QByteArray body;
    };

    explicit FakeCollector(QObject *parent = nullptr);

    // On the thread the collector lives on (tests that block their own thread run it on
    // another one).
    bool listen();
    // Serve HTTPS with this PEM certificate and key; call before listen().
    bool enableTls(const QString &certificatePath, const QString &keyPath);
    QUrl url() const; // http://127.0.0.1:PORT/v1/traces
    // Answers for the next requests, in order; afterwards every request gets 200.
    void script(const QList<Answer> &answers) { m_script = answers; }
    // Answered 2xx with a partial_success of this many rejected spans and this message.
    static Answer partialSuccess(qint64 rejected, const QString &message, bool json);

    // For benchmarks: spans are only counted, and requests kept without bodies or spans.
    void setCountOnly(bool on) { m_countOnly = on; }

    const QList<Received> &received() const { return m_received; }
    // Span ids of every span in requests answered 2xx, in arrival order.
    QList<QByteArray> acceptedSpanIds() const;
    qint64 acceptedSpanCount() const { return m_accepted; }

Q_SIGNALS:
    void requestReceived(int index);

private:
    FakeUpstream *m_server; // a child, so that moveToThread() takes it along
    QList<Answer> m_script;
    QList<Received> m_received;
    qint64 m_accepted = 0;
    bool m_countOnly = false;
};
