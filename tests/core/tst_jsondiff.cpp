#include "cache/jsondiff.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {

QJsonValue json(const char *text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(text), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", text);
    return document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
}

QStringList paths(std::initializer_list<const char *> list)
{
    QStringList result;
    for (const char *path : list)
        result.append(QString::fromUtf8(path));
    return result;
}

} // namespace

class TestJsonDiff : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void equalDocumentsHaveNoDifference()
    {
        const QJsonValue a = json(
                R"({"model":"gpt-4o","temperature":0.2,"messages":[{"role":"user","content":"hi"}],"stream":true,"stop":null})");
        QCOMPARE(JsonDiff::differingPaths(a, a), QStringList());
        // Key order is not a difference; 1 and 1.0 are the same number.
        QCOMPARE(JsonDiff::differingPaths(json(R"({"a":1,"b":2})"), json(R"({"b":2,"a":1.0})")),
                 QStringList());
        QCOMPARE(JsonDiff::differingPaths(json("[]"), json("[]")), QStringList());
    }

    void reportsScalarChangesAtTheirPath()
    {
        const QJsonValue a = json(
                R"({"model":"gpt-4o","temperature":0.2,"messages":[{"role":"system","content":"be brief"},{"role":"user","content":"hi"}]})");
        const QJsonValue b = json(
                R"({"model":"gpt-4o","temperature":0.7,"messages":[{"role":"system","content":"be brief"},{"role":"user","content":"hello"}]})");
        QCOMPARE(JsonDiff::differingPaths(a, b), paths({"messages[1].content", "temperature"}));
        // Symmetric.
        QCOMPARE(JsonDiff::differingPaths(b, a), paths({"messages[1].content", "temperature"}));
    }

    void descendsIntoNestedObjects()
    {
        const QJsonValue a = json(
                R"({"tools":[{"type":"function","function":{"name":"get_weather","parameters":{"type":"object","required":["city"]}}}]})");
        const QJsonValue b = json(
                R"({"tools":[{"type":"function","function":{"name":"get_time","parameters":{"type":"object","required":["zone"]}}}]})");
        QCOMPARE(JsonDiff::differingPaths(a, b),
                 paths({"tools[0].function.name", "tools[0].function.parameters.required[0]"}));
    }

    void reportsExtraArrayElementsByIndex()
    {
        const QJsonValue a = json(R"({"messages":[{"content":"a"},{"content":"b"}]})");
        const QJsonValue b = json(
                R"({"messages":[{"content":"a"},{"content":"B"},{"content":"c"},{"content":"d"}]})");
        QCOMPARE(JsonDiff::differingPaths(a, b),
                 paths({"messages[1].content", "messages[2]", "messages[3]"}));
        QCOMPARE(JsonDiff::differingPaths(b, a),
                 paths({"messages[1].content", "messages[2]", "messages[3]"}));
        QCOMPARE(JsonDiff::differingPaths(json(R"({"stop":[]})"), json(R"({"stop":["x"]})")),
                 paths({"stop[0]"}));
    }

    void typeChangeStopsTheDescent()
    {
        // An object turned string: the path itself, nothing below it.
        const QJsonValue a = json(R"({"response_format":{"type":"json_object"},"n":1})");
        const QJsonValue b = json(R"({"response_format":"text","n":"1"})");
        QCOMPARE(JsonDiff::differingPaths(a, b), paths({"n", "response_format"}));
        QCOMPARE(JsonDiff::differingPaths(json(R"({"stop":null})"), json(R"({"stop":["x"]})")),
                 paths({"stop"}));
        // Different documents at the top.
        QCOMPARE(JsonDiff::differingPaths(json("{}"), json("[]")), paths({"$"}));
        QCOMPARE(JsonDiff::differingPaths(QJsonValue(1), QJsonValue(2)), paths({"$"}));
    }

    void keyOnOneSideOnly()
    {
        const QJsonValue a = json(R"({"model":"m","user":"alice","metadata":{"run":1}})");
        const QJsonValue b = json(R"({"model":"m","seed":42,"metadata":{"run":1,"tag":"x"}})");
        QCOMPARE(JsonDiff::differingPaths(a, b), paths({"metadata.tag", "seed", "user"}));
        // A whole object on one side only is one path, not one per key inside it.
        QCOMPARE(JsonDiff::differingPaths(json(R"({"a":{"b":{"c":1,"d":2}}})"), json("{}")),
                 paths({"a"}));
    }

    void sortsIndicesNumericallyWithoutDuplicates()
    {
        QJsonArray a;
        QJsonArray b;
        for (int i = 0; i < 12; ++i) {
            a.append(i);
            b.append(i == 2 || i == 10 ? -i : i);
        }
        const QStringList result = JsonDiff::differingPaths(QJsonObject {{QStringLiteral("x"), a}},
                                                            QJsonObject {{QStringLiteral("x"), b}});
        QCOMPARE(result, paths({"x[2]", "x[10]"}));
    }

    void quotesKeysThatWouldReadAmbiguously()
    {
        const QJsonValue a = json(R"({"a.b":1,"":2,"c d":{"e":3}})");
        const QJsonValue b = json(R"({"a.b":9,"":8,"c d":{"e":7}})");
        QCOMPARE(JsonDiff::differingPaths(a, b), paths({R"([""])", R"(["a.b"])", R"(["c d"].e)"}));
    }
};

QTEST_GUILESS_MAIN(TestJsonDiff)
#include "tst_jsondiff.moc"
