// StreamEventsView: a recorded stream's events with their arrival times, and the text they
// assemble into.

#include "llmfixtures.h"
#include "streameventsview.h"

#include "trace/tracerecord.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Piece
{
    double offsetMs;
    QByteArray bytes;
};

TraceRecord streamedCall(const QString &endpoint, const QList<Piece> &pieces)
{
    TraceRecord record;
    record.endpoint = endpoint;
    record.stream = true;
    QJsonArray index;
    for (const Piece &piece : pieces) {
        record.responseBody += piece.bytes;
        index.append(QJsonArray {piece.offsetMs, double(piece.bytes.size())});
    }
    record.streamEventsJson = QJsonDocument(index).toJson(QJsonDocument::Compact);
    return record;
}

QString cell(const QAbstractItemModel *model, int row, int column)
{
    return model->index(row, column).data().toString();
}

} // namespace

class TestStreamEventsView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Each frame arrives in two pieces, 5 ms apart: an event takes the time of its second
    // half, when it was complete.
    void eventsWithTheirTimes()
    {
        const QList<QByteArray> frames = LlmFixtures::chatCompletionEvents(true);
        QList<Piece> pieces;
        for (qsizetype i = 0; i < frames.size(); ++i) {
            const QByteArray &frame = frames.at(i);
            const qsizetype half = frame.size() / 2;
            pieces.append({10.0 * double(i), frame.left(half)});
            pieces.append({10.0 * double(i) + 5.25, frame.mid(half)});
        }
        StreamEventsView view;
        view.resize(900, 600);
        view.setCall(streamedCall(u"chat"_s, pieces));
        QAbstractItemModelTester tester(view.eventModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);

        const QAbstractItemModel *model = view.eventModel();
        QCOMPARE(model->rowCount(), frames.size());
        const QLocale locale;
        for (int row = 0; row < model->rowCount(); ++row) {
            QCOMPARE(cell(model, row, StreamEventsView::TimeColumn),
                     locale.toString(10.0 * row + 5.25, 'f', 1));
            QCOMPARE(cell(model, row, StreamEventsView::TypeColumn), u"message"_s);
        }
        // The fields every chunk repeats are left out of the one-line data.
        const QString first = cell(model, 1, StreamEventsView::DataColumn);
        // In the event's own order.
        QVERIFY2(first.startsWith("{\"choices\":[{\"index\":0,\"delta\":{\"content\":\"The\"}"_L1),
                 qPrintable(first));
        QVERIFY(!first.contains("chatcmpl"_L1));
        QCOMPARE(cell(model, model->rowCount() - 1, StreamEventsView::DataColumn), u"[DONE]"_s);
        QVERIFY2(view.noteText().contains(QString::number(frames.size())),
                 qPrintable(view.noteText()));

        const QString assembled = view.assembledText();
        QVERIFY2(assembled.contains(QString::fromUtf8(LlmFixtures::Chat.text)),
                 qPrintable(assembled));
        QVERIFY(assembled.contains("Finish reason: stop"_L1));

        QVERIFY(view.detailText().isEmpty());
        view.selectEvent(1);
        QVERIFY2(view.detailText().contains("\"delta\": {\n"_L1), qPrintable(view.detailText()));

        // A click on a row shows that event.
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTableView *table = view.eventTable();
        const QModelIndex last = model->index(model->rowCount() - 1, 0);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                          table->visualRect(model->index(0, 1)).center());
        QVERIFY2(view.detailText().contains("\"role\": \"assistant\""_L1),
                 qPrintable(view.detailText()));
        table->scrollTo(last);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(last).center());
        QCOMPARE(view.detailText(), u"[DONE]"_s);
    }

    // Several whole events in one piece share its time; Anthropic names its events.
    void namedEventsInOnePiece()
    {
        const QByteArray body = LlmFixtures::anthropicMessageEvents().join();
        StreamEventsView view;
        view.setCall(streamedCall(u"messages"_s, {{42.0, body}}));
        const QAbstractItemModel *model = view.eventModel();
        QCOMPARE(model->rowCount(), LlmFixtures::anthropicMessageEvents().size());
        QCOMPARE(cell(model, 0, StreamEventsView::TypeColumn), u"message_start"_s);
        QCOMPARE(cell(model, 2, StreamEventsView::TypeColumn), u"ping"_s);
        for (int row = 0; row < model->rowCount(); ++row)
            QCOMPARE(cell(model, row, StreamEventsView::TimeColumn),
                     QLocale().toString(42.0, 'f', 1));
        QVERIFY(view.assembledText().contains(
                QString::fromUtf8(LlmFixtures::AnthropicMessage.text)));
        QVERIFY(view.assembledText().contains("end_turn"_L1));
    }

    void withoutTimes()
    {
        TraceRecord record;
        record.endpoint = u"responses"_s;
        record.stream = true;
        record.responseBody = LlmFixtures::responseEvents().join();
        StreamEventsView view;
        view.setCall(record);
        QCOMPARE(view.eventModel()->rowCount(), LlmFixtures::responseEvents().size());
        QCOMPARE(cell(view.eventModel(), 0, StreamEventsView::TimeColumn), QString());
        QCOMPARE(cell(view.eventModel(), 0, StreamEventsView::TypeColumn), u"response.created"_s);
        QVERIFY(view.noteText().contains("not recorded"_L1));
        QVERIFY(view.assembledText().contains(QString::fromUtf8(LlmFixtures::Response.text)));
    }

    void notAStream()
    {
        TraceRecord record;
        record.endpoint = u"chat"_s;
        record.responseBody = LlmFixtures::chatCompletion();
        StreamEventsView view;
        view.setCall(streamedCall(u"chat"_s, {{1.0, "data: {}\n\n"}}));
        QCOMPARE(view.eventModel()->rowCount(), 1);
        view.setCall(record);
        QCOMPARE(view.eventModel()->rowCount(), 0);
        QVERIFY(view.noteText().contains("not streamed"_L1));
        QVERIFY(view.assembledText().isEmpty());
    }
};

QTEST_MAIN(TestStreamEventsView)
#include "tst_streameventsview.moc"
