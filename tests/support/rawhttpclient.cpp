#include "rawhttpclient.h"

#include "proxy/monotonicclock.h"

#include <QTcpSocket>
#include <QTest>

RawHttpClient::RawHttpClient(QObject *parent)
    : QObject(parent)
    , m_socket(new QTcpSocket(this))
    , m_parser(HttpParser::Mode::Response, this)
{
    connect(m_socket, &QTcpSocket::readyRead, this, &RawHttpClient::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, [this] {
        if (m_socket->bytesAvailable() > 0)
            onReadyRead();
        m_disconnected = true;
        m_parser.finish();
        if (m_complete) {
            m_responses.append(m_current);
            m_current = {};
            m_complete = false;
        }
        if (m_parser.hasError())
            m_broken = true;
    });
}

RawHttpClient::~RawHttpClient() = default;

bool RawHttpClient::connectTo(quint16 port, int timeoutMs)
{
    m_socket->connectToHost(QHostAddress(QHostAddress::LocalHost), port);
    return m_socket->waitForConnected(timeoutMs);
}

void RawHttpClient::send(const QByteArray &bytes)
{
    m_socket->write(bytes);
    m_socket->flush();
}

void RawHttpClient::close()
{
    m_socket->abort();
}

bool RawHttpClient::waitForResponses(int count, int timeoutMs)
{
    return QTest::qWaitFor([&] { return m_responses.size() >= count || m_disconnected; }, timeoutMs)
            && m_responses.size() >= count;
}

bool RawHttpClient::waitForDisconnected(int timeoutMs)
{
    return QTest::qWaitFor([&] { return m_disconnected; }, timeoutMs);
}

bool RawHttpClient::waitForRaw(const QByteArray &needle, int timeoutMs)
{
    return QTest::qWaitFor([&] { return m_raw.contains(needle) || m_disconnected; }, timeoutMs)
            && m_raw.contains(needle);
}

QByteArray RawHttpClient::request(const QByteArray &method, const QByteArray &target,
                                  const QByteArray &body, const QList<QByteArray> &extraHeaderLines)
{
    QByteArray out = method + ' ' + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    for (const QByteArray &line : extraHeaderLines)
        out += line + "\r\n";
    if (!body.isEmpty() || method == "POST") {
        out += "Content-Type: application/json\r\n";
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    }
    out += "\r\n" + body;
    return out;
}

bool RawHttpClient::onMessageHead(HttpMessageHead &head)
{
    m_current = {};
    m_current.head = head;
    m_current.headAtNs = MonotonicClock::nowNs();
    return true;
}

bool RawHttpClient::onMessageBody(const char *data, qsizetype size)
{
    if (m_current.body.isEmpty())
        m_current.firstBodyAtNs = MonotonicClock::nowNs();
    m_current.body.append(data, size);
    return true;
}

void RawHttpClient::onMessageComplete()
{
    m_complete = true;
}

void RawHttpClient::onReadyRead()
{
    const QByteArray data = m_socket->readAll();
    m_raw.append(data);
    m_pending.append(data);
    while (!m_pending.isEmpty()) {
        const qsizetype n = m_parser.feed(m_pending.constData(), m_pending.size());
        m_pending.remove(0, n);
        if (m_parser.hasError()) {
            m_broken = true;
            m_pending.clear();
            return;
        }
        if (!m_complete)
            return;
        m_complete = false;
        m_responses.append(m_current);
        m_current = {};
        m_parser.resume();
    }
}
