// JsonTreeModel: rows, keys, values and paths of nested JSON, checked by
// QAbstractItemModelTester on every change.

#include "jsontreemodel.h"

#include "llm/jsonview.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QByteArray json(const char *text)
{
    QByteArray json(text);
    json.replace('\'', '"');
    return json;
}

// Every row below `parent`, depth first: "path = key | value".
QStringList dump(const QAbstractItemModel &model, const QModelIndex &parent = {})
{
    QStringList rows;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex key = model.index(row, JsonTreeModel::KeyColumn, parent);
        const QModelIndex value = model.index(row, JsonTreeModel::ValueColumn, parent);
        rows.append(key.data(JsonTreeModel::PathRole).toString() + " = "_L1 + key.data().toString()
                    + " | "_L1 + value.data().toString());
        rows += dump(model, key);
    }
    return rows;
}

} // namespace

class TestJsonTreeModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void nestedObjectsAndArrays()
    {
        JsonTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.setJsonText(
                json("{'model':'gpt-4o','stream':true,'temperature':0.25,'n':3,"
                     "'stop':null,'messages':[{'role':'system','content':'Be brief.'},"
                     "{'role':'user','content':[{'type':'text','text':'Hi\\nthere'}]}],"
                     "'metadata':{},'tags':[],'my key':{'a-b':1}}")));
        QCOMPARE(model.columnCount(), 2);
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), u"Key"_s);
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), u"Value"_s);
        // Members in the body's order, as the caller wrote them.
        const QStringList expected {
                u"model = model | \"gpt-4o\""_s,
                u"stream = stream | true"_s,
                u"temperature = temperature | 0.25"_s,
                u"n = n | 3"_s,
                u"stop = stop | null"_s,
                u"messages = messages | [2]"_s,
                u"messages[0] = 0 | {2}"_s,
                u"messages[0].role = role | \"system\""_s,
                u"messages[0].content = content | \"Be brief.\""_s,
                u"messages[1] = 1 | {2}"_s,
                u"messages[1].role = role | \"user\""_s,
                u"messages[1].content = content | [1]"_s,
                u"messages[1].content[0] = 0 | {2}"_s,
                u"messages[1].content[0].type = type | \"text\""_s,
                u"messages[1].content[0].text = text | \"Hi\u21b5there\""_s,
                u"metadata = metadata | {0}"_s,
                u"tags = tags | [0]"_s,
                u"[\"my key\"] = my key | {1}"_s,
                u"[\"my key\"][\"a-b\"] = a-b | 1"_s,
        };
        QCOMPARE(dump(model), expected);

        const QModelIndex messages = model.index(5, 0);
        QVERIFY(model.hasChildren(messages));
        QVERIFY(!model.hasChildren(model.index(5, 1))); // only the first column has children
        const QModelIndex second = model.index(1, 0, messages);
        const QModelIndex part = model.index(0, 0, model.index(1, 0, second)); // content[0]
        const QModelIndex text = model.index(1, 0, part);
        QCOMPARE(text.data(JsonTreeModel::PathRole).toString(), u"messages[1].content[0].text"_s);
        QCOMPARE(text.data(JsonTreeModel::StringRole).toString(), u"Hi\nthere"_s);
        QCOMPARE(text.data(JsonTreeModel::JsonTextRole).toByteArray(), "\"Hi\\nthere\"");
        // A container's JSON keeps the body's order too (Copy Value).
        QCOMPARE(second.data(JsonTreeModel::JsonTextRole).toByteArray(),
                 json("{'role':'user','content':[{'type':'text','text':'Hi\\nthere'}]}"));
        QVERIFY(!second.data(JsonTreeModel::StringRole).isValid());
        QCOMPARE(text.siblingAtColumn(1).data(Qt::ToolTipRole).toString(), u"Hi\nthere"_s);
        QCOMPARE(text.data(Qt::ToolTipRole).toString(), u"messages[1].content[0].text"_s);
        QCOMPARE(model.parent(text), part);
        QCOMPARE(model.parent(part).parent(), second);
        QCOMPARE(second.parent(), messages);
        QCOMPARE(model.index(6, 0).data().toString(), u"metadata"_s);
        QVERIFY(!model.hasChildren(model.index(6, 0))); // metadata: {}
        QVERIFY(!model.index(99, 0).isValid());
    }

    void topLevelArray()
    {
        JsonTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.setJsonText(json("[1,[2,[]],{'x':-1.5e300}]")));
        QCOMPARE(dump(model),
                 (QStringList {u"[0] = 0 | 1"_s, u"[1] = 1 | [2]"_s, u"[1][0] = 0 | 2"_s,
                               u"[1][1] = 1 | [0]"_s, u"[2] = 2 | {1}"_s,
                               u"[2].x = x | -1.5e+300"_s}));
    }

    void scalarsAtTopLevel_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("text");
        QTest::newRow("string") << QByteArray("\"plain\"") << u"\"plain\""_s;
        QTest::newRow("number") << QByteArray("42") << u"42"_s;
        QTest::newRow("large integer") << QByteArray("9007199254740993") << u"9007199254740993"_s;
        QTest::newRow("fraction") << QByteArray(" 0.1 ") << u"0.1"_s;
        QTest::newRow("bool") << QByteArray("false") << u"false"_s;
        QTest::newRow("null") << QByteArray("null") << u"null"_s;
    }

    void scalarsAtTopLevel()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, text);
        JsonTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.setJsonText(json));
        QCOMPARE(dump(model), QStringList {" =  | "_L1 + text});
        QCOMPARE(model.index(0, 0).data(JsonTreeModel::JsonTextRole).toByteArray(), json.trimmed());
    }

    void emptyContainersAndClear()
    {
        JsonTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.setJsonText("{}"));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.setJsonText("[]"));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.setJsonText(json("{'a':{'b':[1,2,3]}}")));
        QCOMPARE(model.rowCount(), 1);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.setJsonText(json("{'a':{'b':[1,2,3]}}")));
        // Not JSON: the model empties and says so.
        QVERIFY(!model.setJsonText("{\"a\":"));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.setJsonText(""));
        QVERIFY(!model.setJsonText("\xff\xfe"));
        QCOMPARE(model.rowCount(), 0);
    }

    void longStringsAreOneLineCut()
    {
        JsonTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString text = QString(600, u'x') + u'\n';
        const QByteArray body = "{\"long\":\"" + QByteArray(600, 'x') + "\\n\"}";
        QVERIFY(model.setJsonText(body));
        const QString shown = model.index(0, 1).data().toString();
        QCOMPARE(shown, u'"' + QString(500, u'x') + u'\u2026');
        QCOMPARE(model.index(0, 0).data(JsonTreeModel::StringRole).toString(), text);
    }

    // The tree's document stays as it was while other bodies are parsed on the same thread.
    void keepsItsDocumentWhileOthersAreParsed()
    {
        JsonTreeModel model;
        QVERIFY(model.setJsonText(json("{'b':[1,2],'a':'x'}")));
        const QStringList before = dump(model);
        for (int i = 0; i < 50; ++i) {
            const QByteArray text = "{\"c\":" + QByteArray::number(i) + ",\"d\":[3,4,5]}";
            const JsonDocument other(text);
            QCOMPARE(other.root()["c"].toInteger(), qint64(i));
        }
        QCOMPARE(dump(model), before);
        QCOMPARE(before.first(), u"b = b | [2]"_s);
    }

    // Keys and strings are UTF-8 in the body; the tree shows them as text.
    void unicodeKeysAndValues()
    {
        JsonTreeModel model;
        QVERIFY(model.setJsonText(
                QStringLiteral("{\"clé\":\"naïve 🙂\",\"b\":\"\\u00e9\"}").toUtf8()));
        QCOMPARE(dump(model),
                 (QStringList {QStringLiteral("[\"clé\"] = clé | \"naïve 🙂\""),
                               u"b = b | \"\u00e9\""_s}));
    }
};

QTEST_MAIN(TestJsonTreeModel)
#include "tst_jsontreemodel.moc"
