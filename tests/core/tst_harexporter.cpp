// HAR 1.2 from recorded calls: every field the format requires, timings that add up to the
// call's time, bodies (a stream as its SSE text), credentials as stored (cut), TokenTap's own
// facts under "_tokentap".

#include "llmfixtures.h"

#include "export/harexporter.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {

// The HAR 1.2 required members (http://www.softwareishard.com/blog/har-12-spec/) and their
// types; what is wrong, or nothing.
QStringList harProblems(const QJsonObject &document)
{
    QStringList problems;
    auto need = [&](const QJsonObject &o, const char *path, const char *key,
                    QJsonValue::Type type) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.type() != type)
            problems.append(QLatin1String(path) + u'.' + QLatin1String(key));
    };
    const QJsonObject log = document.value(QLatin1String("log")).toObject();
    need(document, "", "log", QJsonValue::Object);
    need(log, "log", "version", QJsonValue::String);
    need(log, "log", "creator", QJsonValue::Object);
    need(log, "log", "entries", QJsonValue::Array);
    const QJsonObject creator = log.value(QLatin1String("creator")).toObject();
    need(creator, "creator", "name", QJsonValue::String);
    need(creator, "creator", "version", QJsonValue::String);
    const QJsonArray entries = log.value(QLatin1String("entries")).toArray();
    for (const QJsonValue &value : entries) {
        const QJsonObject e = value.toObject();
        need(e, "entry", "startedDateTime", QJsonValue::String);
        need(e, "entry", "time", QJsonValue::Double);
        need(e, "entry", "request", QJsonValue::Object);
        need(e, "entry", "response", QJsonValue::Object);
        need(e, "entry", "cache", QJsonValue::Object);
        need(e, "entry", "timings", QJsonValue::Object);
        const QJsonObject rq = e.value(QLatin1String("request")).toObject();
        for (const char *k : {"method", "url", "httpVersion"})
            need(rq, "request", k, QJsonValue::String);
        for (const char *k : {"cookies", "headers", "queryString"})
            need(rq, "request", k, QJsonValue::Array);
        for (const char *k : {"headersSize", "bodySize"})
            need(rq, "request", k, QJsonValue::Double);
        const QJsonObject rs = e.value(QLatin1String("response")).toObject();
        for (const char *k : {"statusText", "httpVersion", "redirectURL"})
            need(rs, "response", k, QJsonValue::String);
        for (const char *k : {"cookies", "headers"})
            need(rs, "response", k, QJsonValue::Array);
        for (const char *k : {"status", "headersSize", "bodySize"})
            need(rs, "response", k, QJsonValue::Double);
        need(rs, "response", "content", QJsonValue::Object);
        const QJsonObject content = rs.value(QLatin1String("content")).toObject();
        need(content, "content", "size", QJsonValue::Double);
        need(content, "content", "mimeType", QJsonValue::String);
        const QJsonObject t = e.value(QLatin1String("timings")).toObject();
        double sum = 0;
        for (const char *k : {"send", "wait", "receive"}) {
            need(t, "timings", k, QJsonValue::Double);
            sum += std::max(0.0, t.value(QLatin1String(k)).toDouble());
        }
        for (const char *k : {"blocked", "dns", "connect"})
            sum += std::max(0.0, t.value(QLatin1String(k)).toDouble());
        if (std::abs(sum - e.value(QLatin1String("time")).toDouble()) > 0.001)
            problems.append(QStringLiteral("timings do not add up to time"));
        if (!QDateTime::fromString(e.value(QLatin1String("startedDateTime")).toString(),
                                   Qt::ISODateWithMs)
                     .isValid())
            problems.append(QStringLiteral("startedDateTime"));
    }
    return problems;
}

QByteArray joined(const QList<QByteArray> &events)
{
    QByteArray out;
    for (const QByteArray &e : events)
        out += e;
    return out;
}

} // namespace

class TestHarExporter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void writesAValidHar12Document()
    {
        TraceRecord chat;
        chat.id = 7;
        chat.method = QStringLiteral("POST");
        chat.url =
                QStringLiteral("https://api.openai.com/v1/chat/completions?key=sk-secret-123456");
        chat.endpoint = QStringLiteral("chat");
        chat.model = QStringLiteral("gpt-4o-mini");
        chat.status = 200;
        chat.startUnixNs = 1'767'225'600'123'000'000LL;
        chat.ttfbMs = 420.5;
        chat.durationMs = 1250;
        chat.requestHeadersJson =
                "[[\"Authorization\",\"Bearer …wxyz\"],[\"Content-Type\",\"application/json\"]]";
        chat.responseHeadersJson = "[[\"Content-Type\",\"application/json\"]]";
        chat.requestBody = "{\"model\":\"gpt-4o-mini\",\"messages\":[]}";
        chat.responseBody = LlmFixtures::chatCompletion();
        chat.usage.input = 1234;
        chat.costUsd = 0.00012;

        TraceRecord stream = chat;
        stream.id = 8;
        stream.stream = true;
        stream.responseHeadersJson = "[[\"Content-Type\",\"text/event-stream\"]]";
        stream.responseBody = joined(LlmFixtures::chatCompletionEvents(true));

        TraceRecord failed = chat;
        failed.id = 9;
        failed.status = 0;
        failed.ttfbMs.reset();
        failed.errorKind = QStringLiteral("upstream_unreachable");
        failed.responseBody.clear();
        failed.responseHeadersJson.clear();

        const QByteArray har = HarExporter::prefix()
                + QJsonDocument(HarExporter::entry(chat)).toJson(QJsonDocument::Compact) + ','
                + QJsonDocument(HarExporter::entry(stream)).toJson(QJsonDocument::Compact) + ','
                + QJsonDocument(HarExporter::entry(failed)).toJson(QJsonDocument::Compact)
                + HarExporter::suffix();
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(har, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QStringList problems = harProblems(document.object());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u", ")));

        const QJsonArray entries = document.object()
                                           .value(QLatin1String("log"))
                                           .toObject()
                                           .value(QLatin1String("entries"))
                                           .toArray();
        QCOMPARE(entries.size(), 3);
        const QJsonObject first = entries.at(0).toObject();
        QCOMPARE(first.value(QLatin1String("startedDateTime")).toString(),
                 QStringLiteral("2026-01-01T00:00:00.123Z"));
        QCOMPARE(first.value(QLatin1String("timings")).toObject().value(QLatin1String("wait")),
                 QJsonValue(420.5));
        const QJsonObject request = first.value(QLatin1String("request")).toObject();
        QVERIFY(!request.value(QLatin1String("url")).toString().contains(QStringLiteral("secret")));
        QCOMPARE(request.value(QLatin1String("postData"))
                         .toObject()
                         .value(QLatin1String("text"))
                         .toString()
                         .toUtf8(),
                 chat.requestBody);
        QCOMPARE(request.value(QLatin1String("headers"))
                         .toArray()
                         .first()
                         .toObject()
                         .value(QLatin1String("value")),
                 QJsonValue(QStringLiteral("Bearer …wxyz")));
        QCOMPARE(first.value(QLatin1String("_tokentap")).toObject().value(QLatin1String("model")),
                 QJsonValue(QStringLiteral("gpt-4o-mini")));
        // A stream keeps its SSE text.
        const QJsonObject content = entries.at(1)
                                            .toObject()
                                            .value(QLatin1String("response"))
                                            .toObject()
                                            .value(QLatin1String("content"))
                                            .toObject();
        QCOMPARE(content.value(QLatin1String("mimeType")).toString(),
                 QStringLiteral("text/event-stream"));
        QCOMPARE(content.value(QLatin1String("text")).toString().toUtf8(), stream.responseBody);
        // No response: status 0 and bodySize -1, as HAR has it for aborted requests.
        const QJsonObject response =
                entries.at(2).toObject().value(QLatin1String("response")).toObject();
        QCOMPARE(response.value(QLatin1String("status")).toInt(), 0);
        QCOMPARE(response.value(QLatin1String("bodySize")).toInt(), -1);
    }

    void binaryBodiesGoBase64()
    {
        TraceRecord r;
        r.method = QStringLiteral("POST");
        r.url = QStringLiteral("https://example.com/v1/x");
        r.status = 200;
        r.requestBody = QByteArray("\xff\xfe\x00\x01", 4);
        const QJsonObject post = HarExporter::entry(r)
                                         .value(QLatin1String("request"))
                                         .toObject()
                                         .value(QLatin1String("postData"))
                                         .toObject();
        QCOMPARE(post.value(QLatin1String("encoding")).toString(), QStringLiteral("base64"));
        QCOMPARE(QByteArray::fromBase64(post.value(QLatin1String("text")).toString().toLatin1()),
                 r.requestBody);
    }
};

QTEST_GUILESS_MAIN(TestHarExporter)
#include "tst_harexporter.moc"
