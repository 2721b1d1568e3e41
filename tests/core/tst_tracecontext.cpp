#include "trace/tracecontext.h"

#include <QDateTime>
#include <QSet>
#include <QTest>

namespace {

HttpHeaders headers(std::initializer_list<std::pair<const char *, const char *>> fields)
{
    HttpHeaders h;
    for (const auto &[name, value] : fields)
        h.append(name, value);
    return h;
}

} // namespace

class TestTraceContext : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void newRootTrace()
    {
        const TraceContext c = TraceContext::fromRequest({}, "{}");
        QVERIFY(TraceContext::isHex(c.traceId, 32));
        QVERIFY(TraceContext::isHex(c.spanId, 16));
        QVERIFY(c.parentSpanId.isEmpty());
        QCOMPARE(c.traceparent(), "00-" + c.traceId + '-' + c.spanId + "-01");
        QVERIFY(TraceContext::fromRequest({}, "{}").traceId != c.traceId);
    }

    void newTraceIdsFollowTime()
    {
        // Time first (milliseconds, as a UUIDv7), then 80 random bits.
        const QByteArray first = TraceContext::newTraceId();
        QTest::qWait(3);
        const QByteArray second = TraceContext::newTraceId();
        QVERIFY(TraceContext::isHex(first, 32));
        QVERIFY(first < second);
        const qint64 ms = first.left(12).toLongLong(nullptr, 16);
        QVERIFY(qAbs(ms - QDateTime::currentMSecsSinceEpoch()) < 60'000);
        // The random part varies within one millisecond too.
        QSet<QByteArray> tails;
        QSet<QByteArray> lastBytes;
        for (int i = 0; i < 1000; ++i) {
            const QByteArray id = TraceContext::newTraceId();
            tails.insert(id.mid(12));
            lastBytes.insert(id.right(4));
        }
        QCOMPARE(tails.size(), 1000);
        QVERIFY(lastBytes.size() > 900); // of 65,536: every byte is random
    }

    void joinsW3cTrace()
    {
        const TraceContext c = TraceContext::fromRequest(
                headers({{"traceparent", "00-0AF7651916CD43DD8448EB211C80319C-B7AD6B7169203331-01"},
                         {"tracestate", "vendor=x"}}),
                {});
        QCOMPARE(c.traceId, QByteArray("0af7651916cd43dd8448eb211c80319c"));
        QCOMPARE(c.parentSpanId, QByteArray("b7ad6b7169203331"));
        QCOMPARE(c.traceState, QByteArray("vendor=x"));
        QVERIFY(c.spanId != c.parentSpanId);
        QVERIFY(c.traceparent().startsWith(
                QByteArray("00-0af7651916cd43dd8448eb211c80319c-" + c.spanId)));
    }

    void invalidTraceparentIgnored_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::newRow("zero trace")
                << QByteArray("00-00000000000000000000000000000000-b7ad6b7169203331-01");
        QTest::newRow("short span") << QByteArray("00-0af7651916cd43dd8448eb211c80319c-b7ad-01");
        QTest::newRow("version ff")
                << QByteArray("ff-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01");
        QTest::newRow("junk") << QByteArray("hello");
    }
    void invalidTraceparentIgnored()
    {
        QFETCH(QByteArray, value);
        const TraceContext c =
                TraceContext::fromRequest(headers({{"traceparent", value.constData()}}), {});
        QVERIFY(c.parentSpanId.isEmpty());
        QVERIFY(c.traceId != "0af7651916cd43dd8448eb211c80319c");
    }

    void tokentapHeadersWin()
    {
        const TraceContext c = TraceContext::fromRequest(
                headers({{"traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"},
                         {"x-tokentap-trace-id", "agent-run-42"},
                         {"x-tokentap-parent-span-id", "step-3"}}),
                {});
        QCOMPARE(c.traceId, QByteArray("agent-run-42"));
        QCOMPARE(c.parentSpanId, QByteArray("step-3"));
        // A caller's own id still maps to one stable W3C trace id.
        QVERIFY(TraceContext::isHex(c.w3cTraceId(), 32));
        QCOMPARE(c.w3cTraceId(),
                 TraceContext::fromRequest(headers({{"x-tokentap-trace-id", "agent-run-42"}}), {})
                         .w3cTraceId());
    }

    void bodyTraceObject()
    {
        const TraceContext c = TraceContext::fromRequest(
                {},
                R"({"model":"m","trace":{"trace_id":"run-7","parent_span_id":"p1",)"
                R"("trace_name":"Nightly"}})");
        QCOMPARE(c.traceId, QByteArray("run-7"));
        QCOMPARE(c.parentSpanId, QByteArray("p1"));
        const TraceContext header =
                TraceContext::fromRequest(headers({{"x-tokentap-trace-id", "from-header"}}),
                                          R"({"trace":{"trace_id":"from-body"}})");
        QCOMPARE(header.traceId, QByteArray("from-header"));
    }

    void idsAreSanitised()
    {
        const TraceContext c =
                TraceContext::fromRequest(headers({{"x-tokentap-trace-id", "a b\tc"}}), {});
        QCOMPARE(c.traceId, QByteArray("a_b_c"));
    }
};

QTEST_GUILESS_MAIN(TestTraceContext)
#include "tst_tracecontext.moc"
