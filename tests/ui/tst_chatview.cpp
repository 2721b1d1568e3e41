// ChatView: a recorded call read as a transcript, offscreen.

#include "chatview.h"
#include "llmfixtures.h"

#include "trace/tracerecord.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QImage>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QByteArray j(const QByteArray &text)
{
    QByteArray json = text;
    json.replace('\'', '"');
    return json;
}

// A 400×200 PNG as a data: URI: big enough that the view must shrink it to a thumbnail.
QByteArray pngDataUri()
{
    QImage image(400, 200, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return "data:image/png;base64," + png.toBase64();
}

TraceRecord chatCall()
{
    TraceRecord record;
    record.endpoint = u"chat"_s;
    record.requestBody = j("{'model':'gpt-4o','messages':["
                           "{'role':'system','content':'Be brief.'},"
                           "{'role':'user','content':[{'type':'text','text':'What is in this "
                           "picture?\\nAnd  the weather <b>there</b>?'},"
                           "{'type':'image_url','image_url':{'url':'")
            + pngDataUri()
            + j("'}},{'type':'image_url','image_url':{'url':'https://example.com/cat.jpg'}}]},"
                "{'role':'assistant','content':null,'tool_calls':[{'id':'call_1','type':"
                "'function','function':{'name':'get_weather','arguments':"
                "'{\\'city\\':\\'Paris\\'}'}}]},"
                "{'role':'tool','tool_call_id':'call_1','content':'18 C, sunny'}],"
                "'tools':[{'type':'function','function':{'name':'get_weather'}}]}");
    record.responseBody =
            j("{'object':'chat.completion','choices':[{'index':0,'message':{'role':'assistant',"
              "'content':'A cat. Let me check more.','tool_calls':[{'id':'call_2','type':"
              "'function','function':{'name':'get_time','arguments':'{\\'zone\\':\\'CET\\'}'}}]},"
              "'finish_reason':'tool_calls'}]}");
    return record;
}

} // namespace

class TestChatView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void chatWithToolCallsAndImages()
    {
        ChatView view;
        view.resize(700, 900);
        view.setCall(chatCall());
        const QString text = view.transcriptText();
        for (const QString &expected :
             {u"System"_s, u"Be brief."_s, u"User"_s,
              // escaped, whitespace kept
              u"What is in this picture?\nAnd  the weather <b>there</b>?"_s,
              u"https://example.com/cat.jpg"_s, u"image/png \u00b7 400\u00d7200 px"_s,
              u"Assistant"_s, u"Tool call get_weather call_1"_s, u"{\n  \"city\": \"Paris\"\n}"_s,
              u"Tool result: get_weather call_1"_s, u"18 C, sunny"_s, u"Assistant (reply)"_s,
              u"A cat. Let me check more."_s, u"Tool call get_time call_2"_s,
              u"\"zone\": \"CET\""_s, u"Finish reason: tool_calls"_s,
              u"Tools declared: get_weather"_s}) {
            QVERIFY2(text.contains(expected), qPrintable(expected + u"\n---\n"_s + text));
        }
        QVERIFY(text.indexOf("Be brief."_L1) < text.indexOf("What is in"_L1));
        QVERIFY(text.indexOf("18 C"_L1) < text.indexOf("A cat."_L1));

        const QVariant thumbnail = view.document()->resource(QTextDocument::ImageResource,
                                                             QUrl(u"tokentap-image:1"_s));
        QCOMPARE(thumbnail.value<QImage>().size(), QSize(160, 80));
        QVERIFY(!view.grab().isNull());
    }

    void streamedReply()
    {
        TraceRecord record;
        record.endpoint = u"chat"_s;
        record.stream = true;
        record.requestBody = j("{'messages':[{'role':'user','content':'Capital of France?'}]}");
        record.responseBody = LlmFixtures::chatCompletionEvents(true).join();
        ChatView view;
        view.setCall(record);
        const QString text = view.transcriptText();
        QVERIFY2(text.contains(QString::fromUtf8(LlmFixtures::Chat.text)), qPrintable(text));
        QVERIFY(text.contains("Finish reason: stop"_L1));
    }

    void messagesInsteadOfATranscript_data()
    {
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<bool>("privacy");
        QTest::addColumn<bool>("requestTruncated");
        QTest::addColumn<QString>("expected");
        QTest::newRow("privacy") << u"chat"_s << true << false << u"privacy mode"_s;
        QTest::newRow("embeddings") << u"embeddings"_s << false << false << u"not a chat call"_s;
        QTest::newRow("truncated request") << u"messages"_s << false << true << u"truncated"_s;
    }

    void messagesInsteadOfATranscript()
    {
        QFETCH(QString, endpoint);
        QFETCH(bool, privacy);
        QFETCH(bool, requestTruncated);
        QFETCH(QString, expected);
        TraceRecord record = chatCall();
        record.endpoint = endpoint;
        record.privacy = privacy;
        record.requestTruncated = requestTruncated;
        ChatView view;
        view.setCall(record);
        QVERIFY2(view.transcriptText().contains(expected), qPrintable(view.transcriptText()));
        QVERIFY(!view.transcriptText().contains("Be brief."_L1));
    }

    void truncatedResponse()
    {
        TraceRecord record = chatCall();
        record.responseBody.chop(20);
        record.responseTruncated = true;
        ChatView view;
        view.setCall(record);
        const QString text = view.transcriptText();
        QVERIFY(text.contains("18 C, sunny"_L1)); // the request still reads
        QVERIFY(text.contains("truncated"_L1));
        QVERIFY(!text.contains("A cat."_L1));
    }

    // A call that failed before any answer (here refused by TokenTap itself) says why.
    void failureWithoutAReply()
    {
        TraceRecord record = chatCall();
        record.responseBody.clear();
        record.status = 400;
        record.errorKind = u"bad_request"_s;
        record.errorMessage = u"x-bt-use-cache must be auto, always or never"_s;
        ChatView view;
        view.setCall(record);
        const QString text = view.transcriptText();
        QVERIFY2(text.contains(u"No reply: x-bt-use-cache must be auto, always or never "
                               "(bad_request)"_s),
                 qPrintable(text));
        QVERIFY(!text.contains("No reply was recorded."_L1));
    }

    void reasoningFolds()
    {
        TraceRecord record;
        record.endpoint = u"messages"_s;
        record.requestBody = j("{'messages':[{'role':'user','content':'Why?'}]}");
        record.responseBody =
                j("{'type':'message','content':[{'type':'thinking','thinking':'First line.\\n"
                  "Second line.'},{'type':'text','text':'Because.'}],'stop_reason':'end_turn'}");
        ChatView view;
        view.setCall(record);
        QString text = view.transcriptText();
        QVERIFY2(text.contains(u"Reasoning First line.\u2026"_s), qPrintable(text));
        QVERIFY(!text.contains("Second line."_L1));
        QVERIFY(text.contains("Because."_L1));

        Q_EMIT view.anchorClicked(QUrl(u"tokentap-fold:1"_s)); // the reply: message 1
        text = view.transcriptText();
        QVERIFY2(text.contains("First line.\nSecond line."_L1), qPrintable(text));
        Q_EMIT view.anchorClicked(QUrl(u"tokentap-fold:1"_s));
        QVERIFY(!view.transcriptText().contains("Second line."_L1));
    }

    void coloursFollowThePalette()
    {
        ChatView view;
        view.setCall(chatCall());
        QPalette dark = view.palette();
        dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
        dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
        dark.setColor(QPalette::PlaceholderText, QColor(0x12, 0x34, 0x56));
        dark.setColor(QPalette::AlternateBase, QColor(0x2a, 0x2b, 0x2c));
        view.setPalette(dark);
        QVERIFY(view.document()->defaultStyleSheet().contains("#123456"_L1));
        const QString html = view.toHtml();
        QVERIFY(html.contains("#2a2b2c"_L1)); // tool arguments panel
        QVERIFY(!html.contains("#000000"_L1));
        QVERIFY(view.transcriptText().contains("get_weather"_L1));
    }

    // A long tool result without a single space (minified JSON) lays out in reasonable time
    // and is cut; without that, Qt's line breaking would take seconds.
    void longUnbrokenTextIsCut()
    {
        QByteArray result = "[";
        while (result.size() < 400000)
            result += "{\\\"id\\\":12345,\\\"ok\\\":true},";
        result += "1]";
        TraceRecord record;
        record.endpoint = u"chat"_s;
        record.requestBody = "{\"messages\":[{\"role\":\"tool\",\"tool_call_id\":\"c\","
                             "\"content\":\""
                + result + "\"}]}";
        ChatView view;
        view.resize(600, 400);
        QElapsedTimer timer;
        timer.start();
        view.setCall(record);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        qDebug() << "laid out in" << timer.elapsed() << "ms";
        const QString text = view.transcriptText();
        QVERIFY(text.contains("more characters"_L1));
        QVERIFY(text.size() < ChatView::TextLimit + 1000);
        QVERIFY(text.contains("{\"id\":12345,"_L1));
    }

    void clearShowsAHint()
    {
        ChatView view;
        view.setCall(chatCall());
        view.clear();
        QVERIFY(!view.transcriptText().contains("Be brief."_L1));
        QVERIFY(view.document()
                        ->resource(QTextDocument::ImageResource, QUrl(u"tokentap-image:1"_s))
                        .isNull());
    }
};

QTEST_MAIN(TestChatView)
#include "tst_chatview.moc"
