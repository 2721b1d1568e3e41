// JsonView: a body as a tree or as indented text, and the indenter behind the text.

#include "jsontreemodel.h"
#include "jsonview.h"

#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;

class TestJsonView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void indented_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("order and numbers kept")
                << QByteArray("{\"b\":1.0,\"a\":[1,2e3],\"c\":{}}")
                << QByteArray(
                           "{\n  \"b\": 1.0,\n  \"a\": [\n    1,\n    2e3\n  ],\n  \"c\": {}\n}");
        QTest::newRow("whitespace replaced")
                << QByteArray(" [ \n\t{ } , [ ] ]\r\n") << QByteArray("[\n  {},\n  []\n]");
        QTest::newRow("strings untouched")
                << QByteArray("{\"k\":\"a, b: {c} [d] \\\" e\\\\\",\"l\":\"  \"}")
                << QByteArray("{\n  \"k\": \"a, b: {c} [d] \\\" e\\\\\",\n  \"l\": \"  \"\n}");
        QTest::newRow("scalar") << QByteArray(" true ") << QByteArray("true");
        QTest::newRow("unbalanced") << QByteArray("]]{") << QByteArray("\n]\n]{\n  ");
    }

    void indented()
    {
        QFETCH(QByteArray, json);
        QFETCH(QByteArray, expected);
        bool cut = true;
        QCOMPARE(JsonView::indented(json, -1, &cut), expected);
        QVERIFY(!cut);
    }

    void indentedStopsAtTheLimit()
    {
        bool cut = false;
        const QByteArray out = JsonView::indented("[1,2,3,4,5,6,7,8,9]", 10, &cut);
        QVERIFY(cut);
        QCOMPARE(out, QByteArray("[\n  1,\n  2"));
    }

    void jsonBody()
    {
        JsonView view;
        view.setBody("{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}]}");
        QVERIFY(view.isJson());
        QCOMPARE(view.mode(), JsonView::Mode::Tree);
        QCOMPARE(view.rawText(),
                 u"{\n  \"model\": \"m\",\n  \"messages\": [\n    {\n      \"role\": \"user\",\n"
                 "      \"content\": \"Hi\"\n    }\n  ]\n}"_s);
        QCOMPARE(view.noteText(), QString());
        // Small bodies open up to the messages' members.
        JsonTreeModel *model = view.model();
        QCOMPARE(model->index(0, 0).data().toString(), u"model"_s); // the body's order
        const QModelIndex messages = model->index(1, 0);
        QCOMPARE(messages.data().toString(), u"messages"_s);
        QVERIFY(view.treeView()->isExpanded(messages));
        QVERIFY(view.treeView()->isExpanded(model->index(0, 0, messages)));
        QVERIFY(view.treeView()->uniformRowHeights());
    }

    // Copy Value: strings as their text, containers as indented JSON in the body's order,
    // numbers as the cell writes them.
    void copiedValues()
    {
        JsonView view;
        view.setBody("\xef\xbb\xbf{\"z\":{\"b\":1,\"a\":[true]},\"s\":\"two\\nlines\",\"n\":1E2}");
        QVERIFY(view.isJson());
        const JsonTreeModel *model = view.model();
        QCOMPARE(JsonView::copiedValue(model->index(0, 0)),
                 u"{\n  \"b\": 1,\n  \"a\": [\n    true\n  ]\n}"_s);
        QCOMPARE(JsonView::copiedValue(model->index(1, 1)), u"two\nlines"_s);
        QCOMPARE(JsonView::copiedValue(model->index(2, 0)), u"100"_s);
        QCOMPARE(model->index(2, 1).data().toString(), u"100"_s);
    }

    void readableBodies()
    {
        QCOMPARE(JsonView::readable("{\"b\":1,\"a\":2}"),
                 QByteArray("{\n  \"b\": 1,\n  \"a\": 2\n}"));
        QCOMPARE(JsonView::readable("\xef\xbb\xbf[1]"), QByteArray("[\n  1\n]")); // no BOM
        QCOMPARE(JsonView::readable("data: {}\n\n"), QByteArray("data: {}\n\n")); // as it is
        QCOMPARE(JsonView::readable("{\"a\":"), QByteArray("{\"a\":"));
    }

    void textBodyAndTheChosenMode()
    {
        JsonView view;
        view.setBody("data: {\"a\":1}\n\n", u"Recorded as sent."_s);
        QVERIFY(!view.isJson());
        QCOMPARE(view.mode(), JsonView::Mode::Raw);
        QCOMPARE(view.rawText(), u"data: {\"a\":1}\n\n"_s);
        QCOMPARE(view.noteText(), u"Recorded as sent."_s);
        QCOMPARE(view.model()->rowCount(), 0);

        view.setBody("[1]");
        QCOMPARE(view.mode(), JsonView::Mode::Tree); // the preference came back
        view.setMode(JsonView::Mode::Raw);
        view.setBody("{\"a\":2}");
        QCOMPARE(view.mode(), JsonView::Mode::Raw); // and a new one is kept
        QCOMPARE(view.model()->rowCount(), 1);

        view.clear();
        QVERIFY(view.noteText().contains("No body"_L1));
    }

    void hugeBodyIsCapped()
    {
        QByteArray body = "[";
        const QByteArray item = '"' + QByteArray(1000, 'x') + "\",";
        while (body.size() < 3 * JsonView::RawLimit)
            body += item;
        body += "1]";
        JsonView view;
        view.setBody(body);
        QVERIFY(view.isJson());
        QVERIFY(view.rawText().size() <= JsonView::RawLimit);
        QVERIFY2(view.noteText().contains("first"_L1), qPrintable(view.noteText()));
        // Too many rows to open by default.
        QVERIFY(!view.treeView()->isExpanded(view.model()->index(0, 0)));

        JsonView text;
        text.setBody(QByteArray(JsonView::RawLimit + 10, 'y'));
        QVERIFY(text.rawText().startsWith(QString(JsonView::LineLimit, u'y') + u" \u2026 ["_s));
        QVERIFY(text.rawText().size() < JsonView::LineLimit + 100);
        QVERIFY(text.noteText().contains("first"_L1));
        QVERIFY(text.noteText().contains("shortened"_L1));
    }

    // A base64 image in a request is one line of megabytes: it is cut, its neighbours are not.
    void longLinesAreShortened()
    {
        const QByteArray image(3 * JsonView::LineLimit, 'A');
        JsonView view;
        view.setBody("{\"a\":1,\"url\":\"data:image/png;base64," + image + "\",\"z\":2}");
        const QStringList lines = view.rawText().split(u'\n');
        QCOMPARE(lines.size(), 5);
        QCOMPARE(lines.at(1), u"  \"a\": 1,"_s);
        QVERIFY(lines.at(2).startsWith(u"  \"url\": \"data:image/png;base64,AAAA"_s));
        QVERIFY(lines.at(2).size() < JsonView::LineLimit + 100);
        QVERIFY(lines.at(2).contains("more characters"_L1));
        QCOMPARE(lines.at(3), u"  \"z\": 2"_s);
        QVERIFY(view.noteText().contains("shortened"_L1));
    }
};

QTEST_MAIN(TestJsonView)
#include "tst_jsonview.moc"
