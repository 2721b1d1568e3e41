#include "export/otlpjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// One span with every kind of value the encoders handle.
SpanData sampleSpan()
{
    SpanData span;
    span.traceId = QByteArray::fromHex("0af7651916cd43dd8448eb211c80319c");
    span.spanId = QByteArray::fromHex("b7ad6b7169203331");
    span.parentSpanId = QByteArray::fromHex("00f067aa0ba902b7");
    span.traceState = u"vendor=1"_s;
    span.name = u"chat gpt-4o-mini"_s;
    span.kind = SpanData::Kind::Client;
    span.startUnixNs = 1'767'225'600'000'000'000LL;
    span.endUnixNs = 1'767'225'601'250'000'000LL;
    span.flags = 1;
    span.set(u"gen_ai.operation.name"_s, u"chat"_s);
    span.set(u"gen_ai.usage.input_tokens"_s, qint64(1200));
    span.set(u"gen_ai.request.temperature"_s, 0.2);
    span.set(u"gen_ai.request.stream"_s, true);
    span.set(u"gen_ai.response.finish_reasons"_s, QStringList {u"stop"_s});
    span.events.append({1'767'225'600'310'000'000LL,
                        u"first_token"_s,
                        {{u"gen_ai.response.time_to_first_chunk"_s, 0.31}}});
    span.status = SpanData::StatusCode::Error;
    span.statusMessage = u"overloaded"_s;
    return span;
}

const char ExpectedRequest[] = R"({"resourceSpans":[{
  "resource":{"attributes":[
    {"key":"service.name","value":{"stringValue":"tokentap"}},
    {"key":"service.version","value":{"stringValue":"@VERSION@"}}]},
  "scopeSpans":[{
    "scope":{"name":"tokentap","version":"@VERSION@"},
    "spans":[{
      "traceId":"0af7651916cd43dd8448eb211c80319c",
      "spanId":"b7ad6b7169203331",
      "parentSpanId":"00f067aa0ba902b7",
      "traceState":"vendor=1",
      "name":"chat gpt-4o-mini",
      "kind":3,
      "startTimeUnixNano":"1767225600000000000",
      "endTimeUnixNano":"1767225601250000000",
      "flags":1,
      "attributes":[
        {"key":"gen_ai.operation.name","value":{"stringValue":"chat"}},
        {"key":"gen_ai.usage.input_tokens","value":{"intValue":"1200"}},
        {"key":"gen_ai.request.temperature","value":{"doubleValue":0.2}},
        {"key":"gen_ai.request.stream","value":{"boolValue":true}},
        {"key":"gen_ai.response.finish_reasons",
         "value":{"arrayValue":{"values":[{"stringValue":"stop"}]}}}],
      "events":[{"timeUnixNano":"1767225600310000000","name":"first_token","attributes":[
        {"key":"gen_ai.response.time_to_first_chunk","value":{"doubleValue":0.31}}]}],
      "status":{"code":2,"message":"overloaded"}}]}]}]})";

QJsonObject expected(const char *text)
{
    QByteArray document(text);
    document.replace("@VERSION@", TOKENTAP_VERSION);
    QJsonParseError error;
    const QJsonDocument d = QJsonDocument::fromJson(document, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad expected document: %s", qPrintable(error.errorString()));
    return d.object();
}

} // namespace

class TestOtlpJson : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void requestAsTheMappingSaysIt()
    {
        const QJsonDocument actual =
                QJsonDocument::fromJson(OtlpJson::encodeRequest({sampleSpan()}));
        QCOMPARE(actual.object(), expected(ExpectedRequest));
    }

    void rootSpanWithoutOptionalFields()
    {
        SpanData span;
        span.traceId = QByteArray::fromHex("0102030405060708090a0b0c0d0e0f10");
        span.spanId = QByteArray::fromHex("0102030405060708");
        span.name = u"embeddings text-embedding-3-small"_s;
        span.startUnixNs = 1;
        span.endUnixNs = 2;
        QCOMPARE(OtlpJson::span(span), expected(R"({"traceId":"0102030405060708090a0b0c0d0e0f10",
                              "spanId":"0102030405060708",
                              "name":"embeddings text-embedding-3-small","kind":3,
                              "startTimeUnixNano":"1","endTimeUnixNano":"2",
                              "attributes":[],"flags":0})"));
    }

    void writtenPieceByPieceIsTheSameRequest()
    {
        SpanData second = sampleSpan();
        second.spanId = QByteArray::fromHex("1111111111111111");
        const QByteArray pieces = OtlpJson::prefix()
                + QJsonDocument(OtlpJson::span(sampleSpan())).toJson(QJsonDocument::Compact) + ','
                + QJsonDocument(OtlpJson::span(second)).toJson(QJsonDocument::Compact)
                + OtlpJson::suffix();
        QCOMPARE(QJsonDocument::fromJson(pieces).object(),
                 QJsonDocument::fromJson(OtlpJson::encodeRequest({sampleSpan(), second})).object());
        // No spans at all is still a valid request.
        QVERIFY(QJsonDocument::fromJson(OtlpJson::prefix() + OtlpJson::suffix()).isObject());
    }

    void partialSuccess_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("present");
        QTest::addColumn<qint64>("rejected");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty body") << QByteArray() << false << qint64(0) << QString();
        QTest::newRow("empty object") << QByteArray("{}") << false << qint64(0) << QString();
        QTest::newRow("string count") << QByteArray(
                R"({"partialSuccess":{"rejectedSpans":"3","errorMessage":"too old"}})")
                                      << true << qint64(3) << u"too old"_s;
        QTest::newRow("number count") << QByteArray(R"({"partialSuccess":{"rejectedSpans":2}})")
                                      << true << qint64(2) << QString();
        QTest::newRow("warning only")
                << QByteArray(R"({"partialSuccess":{"errorMessage":"slow down"}})") << true
                << qint64(0) << u"slow down"_s;
    }
    void partialSuccess()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, present);
        QFETCH(qint64, rejected);
        QFETCH(QString, message);
        OtlpPartialSuccess result;
        QVERIFY(OtlpJson::decodeResponse(body, &result));
        QCOMPARE(result.present, present);
        QCOMPARE(result.rejectedSpans, rejected);
        QCOMPARE(result.errorMessage, message);
    }

    void errorStatusMessage()
    {
        QCOMPARE(OtlpJson::statusMessage(R"({"code":3,"message":"bad span id"})"),
                 u"bad span id"_s);
        OtlpPartialSuccess ignored;
        QVERIFY(!OtlpJson::decodeResponse("not json", &ignored));
    }
};

QTEST_GUILESS_MAIN(TestOtlpJson)
#include "tst_otlpjson.moc"
