#include "http/httpwriter.h"

#include <QTest>

class TestHttpWriter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void requestHead()
    {
        HttpHeaders headers;
        headers.append("Host", "api.openai.com");
        headers.append("Content-Length", "2");
        QByteArray out;
        HttpWriter::appendRequestHead(out, "POST", "/v1/chat/completions", headers);
        QCOMPARE(out,
                 QByteArray("POST /v1/chat/completions HTTP/1.1\r\nHost: api.openai.com\r\n"
                            "Content-Length: 2\r\n\r\n"));
    }
    void responseHeadTakesStandardReason()
    {
        QByteArray out;
        HttpWriter::appendResponseHead(out, 404, {}, {});
        QCOMPARE(out, QByteArray("HTTP/1.1 404 Not Found\r\n\r\n"));
        out.clear();
        HttpWriter::appendResponseHead(out, 299, {}, {});
        QCOMPARE(out, QByteArray("HTTP/1.1 299 Unknown\r\n\r\n"));
        out.clear();
        HttpWriter::appendResponseHead(out, 200, "Fine", {});
        QCOMPARE(out, QByteArray("HTTP/1.1 200 Fine\r\n\r\n"));
    }
    void chunks()
    {
        QByteArray out;
        const QByteArray data(26, 'x');
        HttpWriter::appendChunk(out, data.constData(), data.size());
        HttpWriter::appendChunk(out, data.constData(), 0); // must not end the body
        HttpWriter::appendLastChunk(out);
        QCOMPARE(out, QByteArray("1a\r\n") + data + QByteArray("\r\n0\r\n\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestHttpWriter)
#include "tst_httpwriter.moc"
