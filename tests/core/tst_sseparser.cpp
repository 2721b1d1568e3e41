#include "llm/sseparser.h"
#include "llmfixtures.h"

#include <QTest>

namespace {

using Events = QList<SseEvent>;

SseEvent sse(const QByteArray &data, const QByteArray &type = {}, const QByteArray &id = {})
{
    return SseEvent {type, data, id};
}

Events parseWhole(const QByteArray &bytes)
{
    SseParser parser;
    return parser.feed(bytes);
}

Events parseSplit(const QByteArray &bytes, qsizetype at)
{
    SseParser parser;
    Events events;
    parser.feed(bytes.constData(), at, events);
    parser.feed(bytes.constData() + at, bytes.size() - at, events);
    return events;
}

Events parseBytewise(const QByteArray &bytes)
{
    SseParser parser;
    Events events;
    for (qsizetype i = 0; i < bytes.size(); ++i)
        parser.feed(bytes.constData() + i, 1, events);
    return events;
}

// Every way of delivering `bytes` must give `expected`: whole, in two pieces split at every
// offset (inside UTF-8 characters and between '\r' and '\n' included) and one byte at a time.
void verifyAllSplits(const QByteArray &bytes, const Events &expected)
{
    QCOMPARE(parseWhole(bytes), expected);
    for (qsizetype at = 0; at <= bytes.size(); ++at) {
        if (parseSplit(bytes, at) != expected)
            QFAIL(qPrintable(QStringLiteral("differs when split at byte %1").arg(at)));
    }
    QCOMPARE(parseBytewise(bytes), expected);
}

} // namespace

namespace QTest {
template<> char *toString(const SseEvent &e)
{
    const QByteArray text = "{type=" + e.type + " data=" + e.data + " id=" + e.id + "}";
    return qstrdup(text.constData());
}
} // namespace QTest

class TestSseParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rules_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<Events>("expected");
        QTest::newRow("one data line")
                << QByteArray("data: {\"a\":1}\n\n") << Events {sse("{\"a\":1}")};
        QTest::newRow("named") << QByteArray("event: message_start\ndata: {}\n\n")
                               << Events {sse("{}", "message_start")};
        QTest::newRow("data lines joined") << QByteArray("data: first\ndata: second\ndata\n\n")
                                           << Events {sse("first\nsecond\n")};
        QTest::newRow("crlf") << QByteArray("event: e\r\ndata: x\r\n\r\ndata: y\r\n\r\n")
                              << Events {sse("x", "e"), sse("y")};
        QTest::newRow("cr only") << QByteArray("data: x\r\rdata: y\r\r")
                                 << Events {sse("x"), sse("y")};
        QTest::newRow("mixed endings")
                << QByteArray("data: a\r\ndata: b\rdata: c\n\r\n") << Events {sse("a\nb\nc")};
        QTest::newRow("comments ignored")
                << QByteArray(": OPENROUTER PROCESSING\n\n:keep-alive\ndata: x\n: mid\n\n")
                << Events {sse("x")};
        QTest::newRow("only one space stripped")
                << QByteArray("data:no space\n\ndata:  two spaces\n\n")
                << Events {sse("no space"), sse(" two spaces")};
        QTest::newRow("colon in value") << QByteArray("data: a: b\n\n") << Events {sse("a: b")};
        QTest::newRow("empty data dispatches") << QByteArray("data:\n\n") << Events {sse("")};
        QTest::newRow("no data, no event")
                << QByteArray("event: ping\n\ndata: x\n\n") << Events {sse("x")};
        QTest::newRow("id carries over")
                << QByteArray("id: 7\ndata: a\n\ndata: b\n\nid\ndata: c\n\n")
                << Events {sse("a", {}, "7"), sse("b", {}, "7"), sse("c")};
        QTest::newRow("id with NUL ignored")
                << QByteArray("id: 1\ndata: a\n\nid: x\0y\ndata: b\n\n", 32)
                << Events {sse("a", {}, "1"), sse("b", {}, "1")};
        QTest::newRow("unknown fields and retry ignored")
                << QByteArray("retry: 3000\nfoo: bar\ndata: x\n\n") << Events {sse("x")};
        QTest::newRow("field names are case-sensitive")
                << QByteArray("Data: x\nEVENT: y\ndata: z\n\n") << Events {sse("z")};
        QTest::newRow("bom stripped") << QByteArray("\xEF\xBB\xBF"
                                                    "data: x\n\n")
                                      << Events {sse("x")};
        QTest::newRow("bom only at start") << QByteArray("data: x\n\n\xEF\xBB\xBF"
                                                         "data: y\n\n")
                                           << Events {sse("x")};
        QTest::newRow("half a bom is data") << QByteArray("\xEF\xBB"
                                                          "data: x\n\ndata: y\n\n")
                                            << Events {sse("y")};
        QTest::newRow("utf-8 kept as bytes")
                << QByteArray("data: Paris \xe2\x80\x94 \xc3\x8ele\n\n")
                << Events {sse("Paris \xe2\x80\x94 \xc3\x8ele")};
        QTest::newRow("invalid utf-8 passed through")
                << QByteArray("data: \xff\xfe\n\n") << Events {sse("\xff\xfe")};
        QTest::newRow("partial last event dropped")
                << QByteArray("data: a\n\ndata: b\n") << Events {sse("a")};
        QTest::newRow("unterminated last line dropped")
                << QByteArray("data: a\n\ndata: b") << Events {sse("a")};
        QTest::newRow("blank lines only") << QByteArray("\n\n\r\n\r") << Events {};
        QTest::newRow("empty") << QByteArray() << Events {};
    }
    void rules()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(Events, expected);
        verifyAllSplits(bytes, expected);
    }

    void fixtureStreams_data()
    {
        QTest::addColumn<QList<QByteArray>>("frames");
        QTest::newRow("chat") << LlmFixtures::chatCompletionEvents(false);
        QTest::newRow("chat with usage") << LlmFixtures::chatCompletionEvents(true);
        QTest::newRow("text completion") << LlmFixtures::textCompletionEvents(false);
        QTest::newRow("text completion with usage") << LlmFixtures::textCompletionEvents(true);
        QTest::newRow("responses") << LlmFixtures::responseEvents();
        QTest::newRow("anthropic") << LlmFixtures::anthropicMessageEvents();
    }
    void fixtureStreams()
    {
        QFETCH(QList<QByteArray>, frames);
        // Each fixture frame is one whole event; read alone it gives the expected event.
        Events expected;
        for (const QByteArray &frame : std::as_const(frames)) {
            const Events one = parseWhole(frame);
            QCOMPARE(one.size(), 1);
            const qsizetype dataAt = frame.indexOf("data: ") + 6;
            QCOMPARE(one.first().data, frame.mid(dataAt, frame.size() - dataAt - 2));
            if (frame.startsWith("event: "))
                QCOMPARE(one.first().type, frame.mid(7, frame.indexOf('\n') - 7));
            expected += one;
        }
        const QByteArray all = frames.join();
        verifyAllSplits(all, expected);
        // The same stream with CRLF line endings gives the same events.
        QByteArray crlf = all;
        crlf.replace("\n", "\r\n");
        verifyAllSplits(crlf, expected);
    }

    void finishDiscardsPartial()
    {
        SseParser parser;
        QCOMPARE(parser.feed(QByteArray("data: a\n\ndata: b\n")), Events {sse("a")});
        QVERIFY(parser.finish());
        QVERIFY(!parser.finish()); // nothing left
        // A new stream: state (including the id and the BOM check) starts over.
        QCOMPARE(parser.feed(QByteArray("\xEF\xBB\xBF"
                                        "data: c\n\n")),
                 Events {sse("c")});
        QVERIFY(!parser.finish());
        QCOMPARE(parser.feed(QByteArray("data: d")), Events {});
        QVERIFY(parser.finish());
    }

    void feedAppends()
    {
        SseParser parser;
        Events events {sse("earlier")};
        const QByteArray bytes = "data: x\n\n";
        parser.feed(bytes.constData(), bytes.size(), events);
        QCOMPARE(events, (Events {sse("earlier"), sse("x")}));
    }
};

QTEST_GUILESS_MAIN(TestSseParser)
#include "tst_sseparser.moc"
