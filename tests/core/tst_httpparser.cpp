#include "http/httpparser.h"

#include <QTest>

Q_DECLARE_METATYPE(HttpParser::Error)

namespace {

struct Collected
{
    QList<HttpMessageHead> heads;
    QList<QByteArray> bodies;
    int completed = 0;
};

class Collector : public HttpParser::Listener
{
public:
    Collected c;
    bool onMessageHead(HttpMessageHead &head) override
    {
        c.heads.append(head);
        c.bodies.append(QByteArray());
        return true;
    }
    bool onMessageBody(const char *data, qsizetype size) override
    {
        c.bodies.last().append(data, size);
        return true;
    }
    void onMessageComplete() override { ++c.completed; }
};

// Feeds `pieces` one after another, resuming after each complete message as an owner would.
HttpParser::Error feedPieces(HttpParser &parser, const QList<QByteArray> &pieces, bool eof)
{
    QByteArray pending;
    for (const QByteArray &piece : pieces) {
        pending += piece;
        while (!pending.isEmpty()) {
            const qsizetype n = parser.feed(pending.constData(), pending.size());
            pending.remove(0, n);
            if (parser.hasError())
                return parser.error();
            if (!parser.isPaused())
                break;
            parser.resume();
        }
    }
    if (eof)
        parser.finish();
    return parser.error();
}

} // namespace

class TestHttpParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void requestAtEverySplit_data();
    void requestAtEverySplit();
    void requestErrors_data();
    void requestErrors();
    void responseAtEverySplit_data();
    void responseAtEverySplit();
    void prematureEndOfResponse();
    void headResponseHasNoBody();
    void pausesBetweenPipelinedRequests();
};

void TestHttpParser::requestAtEverySplit_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("headerCount");
    QTest::addColumn<bool>("keepAlive");

    QTest::newRow("get") << QByteArray("GET /v1/models HTTP/1.1\r\nHost: x\r\n\r\n")
                         << QByteArray("GET") << QByteArray("/v1/models") << QByteArray() << 1
                         << true;
    QTest::newRow("post-content-length")
            << QByteArray("POST /v1/chat/completions?x=1 HTTP/1.1\r\nHost: x\r\n"
                          "Content-Type: application/json\r\nContent-Length: 13\r\n\r\n"
                          "{\"model\":\"m\"}")
            << QByteArray("POST") << QByteArray("/v1/chat/completions?x=1")
            << QByteArray("{\"model\":\"m\"}") << 3 << true;
    QTest::newRow("post-chunked") << QByteArray(
            "POST /v1/embeddings HTTP/1.1\r\nHost: x\r\n"
            "Transfer-Encoding: chunked\r\n\r\n"
            "5\r\n{\"a\":\r\n3\r\n\"b\"\r\n1;ext=1\r\n}\r\n0\r\n\r\n")
                                  << QByteArray("POST") << QByteArray("/v1/embeddings")
                                  << QByteArray("{\"a\":\"b\"}") << 2 << true;
    QTest::newRow("http10-close") << QByteArray("GET /v1/models HTTP/1.0\r\n\r\n")
                                  << QByteArray("GET") << QByteArray("/v1/models") << QByteArray()
                                  << 0 << false;
    QTest::newRow("utf8-body") << QByteArray(
            "POST /v1/x HTTP/1.1\r\nContent-Length: 5\r\n\r\n\xc3\xa9t\xc3\xa9")
                               << QByteArray("POST") << QByteArray("/v1/x")
                               << QByteArray("\xc3\xa9t\xc3\xa9") << 1 << true;
}

void TestHttpParser::requestAtEverySplit()
{
    QFETCH(QByteArray, wire);
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, target);
    QFETCH(QByteArray, body);
    QFETCH(int, headerCount);
    QFETCH(bool, keepAlive);

    for (qsizetype split = 0; split <= wire.size(); ++split) {
        Collector collector;
        HttpParser parser(HttpParser::Mode::Request, &collector);
        const auto error = feedPieces(parser, {wire.left(split), wire.mid(split)}, false);
        QCOMPARE(error, HttpParser::Error::None);
        QCOMPARE(collector.c.completed, 1);
        QCOMPARE(collector.c.heads.size(), 1);
        const HttpMessageHead &head = collector.c.heads.first();
        QCOMPARE(head.method, method);
        QCOMPARE(head.target, target);
        QCOMPARE(head.headers.size(), headerCount);
        QCOMPARE(head.keepAlive, keepAlive);
        QCOMPARE(collector.c.bodies.first(), body);
    }
    // And one byte at a time.
    Collector collector;
    HttpParser parser(HttpParser::Mode::Request, &collector);
    QList<QByteArray> bytes;
    for (char ch : wire)
        bytes.append(QByteArray(1, ch));
    QCOMPARE(feedPieces(parser, bytes, false), HttpParser::Error::None);
    QCOMPARE(collector.c.completed, 1);
    QCOMPARE(collector.c.bodies.first(), body);
}

void TestHttpParser::requestErrors_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<HttpParser::Error>("error");

    QTest::newRow("garbage") << QByteArray("HELLO WORLD\r\n\r\n") << HttpParser::Error::Malformed;
    QTest::newRow("bad-version") << QByteArray("GET / HTTP/x.y\r\n\r\n")
                                 << HttpParser::Error::Malformed;
    QTest::newRow("space-in-header-name") << QByteArray("GET / HTTP/1.1\r\nBad\x01Name: x\r\n\r\n")
                                          << HttpParser::Error::Malformed;
    QTest::newRow("content-length-letters")
            << QByteArray("POST / HTTP/1.1\r\nContent-Length: 12a\r\n\r\n")
            << HttpParser::Error::BadContentLength;
    QTest::newRow("content-length-twice")
            << QByteArray("POST / HTTP/1.1\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\nabcd")
            << HttpParser::Error::BadContentLength;
    QTest::newRow("content-length-and-chunked")
            << QByteArray("POST / HTTP/1.1\r\nContent-Length: 3\r\n"
                          "Transfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n")
            << HttpParser::Error::BadContentLength;
    QTest::newRow("headers-too-large")
            << QByteArray("GET / HTTP/1.1\r\nX-Big: " + QByteArray(70 * 1024, 'a') + "\r\n\r\n")
            << HttpParser::Error::HeadersTooLarge;
    QTest::newRow("bad-chunk-size")
            << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n")
            << HttpParser::Error::Malformed;
}

void TestHttpParser::requestErrors()
{
    QFETCH(QByteArray, wire);
    QFETCH(HttpParser::Error, error);
    Collector collector;
    HttpParser parser(HttpParser::Mode::Request, &collector);
    QCOMPARE(feedPieces(parser, {wire}, false), error);
    QVERIFY(!parser.errorDescription().isEmpty());
    QCOMPARE(collector.c.completed, 0);
}

void TestHttpParser::responseAtEverySplit_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("needsEof");

    QTest::newRow("content-length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}")
                                    << 200 << QByteArray("{}") << false;
    QTest::newRow("sse-chunked") << QByteArray(
            "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\n"
            "Transfer-Encoding: chunked\r\n\r\n"
            "f\r\ndata: {\"a\":1}\n\n\r\ne\r\ndata: [DONE]\n\n\r\n0\r\n\r\n")
                                 << 200 << QByteArray("data: {\"a\":1}\n\ndata: [DONE]\n\n")
                                 << false;
    QTest::newRow("interim-100") << QByteArray(
            "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 429 Too Many Requests\r\n"
            "Retry-After: 7\r\nContent-Length: 3\r\n\r\nslo")
                                 << 429 << QByteArray("slo") << false;
    QTest::newRow("until-eof") << QByteArray("HTTP/1.1 200 OK\r\n\r\nstreamed until close") << 200
                               << QByteArray("streamed until close") << true;
}

void TestHttpParser::responseAtEverySplit()
{
    QFETCH(QByteArray, wire);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(bool, needsEof);
    for (qsizetype split = 0; split <= wire.size(); ++split) {
        Collector collector;
        HttpParser parser(HttpParser::Mode::Response, &collector);
        QCOMPARE(feedPieces(parser, {wire.left(split), wire.mid(split)}, needsEof),
                 HttpParser::Error::None);
        QCOMPARE(collector.c.completed, 1);
        QCOMPARE(collector.c.heads.size(), 1);
        QCOMPARE(collector.c.heads.first().status, status);
        QCOMPARE(collector.c.bodies.first(), body);
    }
}

void TestHttpParser::prematureEndOfResponse()
{
    Collector collector;
    HttpParser parser(HttpParser::Mode::Response, &collector);
    const QByteArray wire("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n");
    QCOMPARE(feedPieces(parser, {wire}, true), HttpParser::Error::PrematureEnd);
    QCOMPARE(collector.c.completed, 0);
    QCOMPARE(collector.c.bodies.first(), QByteArray("hello"));

    Collector shortBody;
    HttpParser lengthParser(HttpParser::Mode::Response, &shortBody);
    QCOMPARE(feedPieces(lengthParser, {"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc"}, true),
             HttpParser::Error::PrematureEnd);
}

void TestHttpParser::headResponseHasNoBody()
{
    Collector collector;
    HttpParser parser(HttpParser::Mode::Response, &collector);
    parser.setExpectNoBody(true);
    QCOMPARE(feedPieces(parser, {"HTTP/1.1 200 OK\r\nContent-Length: 1234\r\n\r\n"}, false),
             HttpParser::Error::None);
    QCOMPARE(collector.c.completed, 1);
    QCOMPARE(collector.c.heads.first().contentLength, 1234);
}

void TestHttpParser::pausesBetweenPipelinedRequests()
{
    Collector collector;
    HttpParser parser(HttpParser::Mode::Request, &collector);
    const QByteArray first("GET /a HTTP/1.1\r\n\r\n");
    const QByteArray wire = first + "GET /b HTTP/1.1\r\n\r\n";
    const qsizetype consumed = parser.feed(wire.constData(), wire.size());
    QCOMPARE(consumed, first.size());
    QVERIFY(parser.isPaused());
    QCOMPARE(collector.c.completed, 1);
    QCOMPARE(parser.feed(wire.constData() + consumed, wire.size() - consumed), 0);
    parser.resume();
    QCOMPARE(parser.feed(wire.constData() + consumed, wire.size() - consumed),
             wire.size() - consumed);
    QCOMPARE(collector.c.completed, 2);
    QCOMPARE(collector.c.heads.at(1).target, QByteArray("/b"));
}

QTEST_GUILESS_MAIN(TestHttpParser)
#include "tst_httpparser.moc"
