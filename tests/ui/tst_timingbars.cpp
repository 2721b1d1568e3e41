// TimingBars: the phases and figures of one call, for a stream, a plain call and a failure.

#include "timingbars.h"

#include "trace/tracerecord.h"

#include <QLocale>
#include <QTest>

namespace {

constexpr qint64 Ms = 1'000'000;
constexpr qint64 T0 = 1'700'000'000'000'000'000LL;

TraceRecord call(double durationMs)
{
    TraceRecord r;
    r.id = 7;
    r.startUnixNs = T0;
    r.endUnixNs = T0 + qint64(durationMs * Ms);
    r.durationMs = durationMs;
    r.status = 200;
    return r;
}

struct ExpectedBar
{
    CallPhases::Phase phase;
    const char *name;
    double startMs;
    double durationMs;
};

} // namespace

class TestTimingBars : public QObject
{
    Q_OBJECT
private:
    static void compareBars(const TimingBars &widget, const QList<ExpectedBar> &expected)
    {
        const QList<TimingBars::Bar> bars = widget.bars();
        QCOMPARE(bars.size(), expected.size());
        for (qsizetype i = 0; i < bars.size(); ++i) {
            QCOMPARE(bars.at(i).phase, expected.at(i).phase);
            QCOMPARE(bars.at(i).name, QString::fromUtf8(expected.at(i).name));
            QCOMPARE(bars.at(i).startMs, expected.at(i).startMs);
            QCOMPARE(bars.at(i).durationMs, expected.at(i).durationMs);
        }
    }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void streamCall()
    {
        TimingBars widget;
        TraceRecord r = call(1500);
        r.stream = true;
        r.ttfbMs = 300;
        r.ttftMs = 320.4;
        r.outputTokensPerSecond = 45.26;
        widget.setCall(r);
        QVERIFY(widget.hasCall());
        QCOMPARE(widget.totalMs(), 1500.0);
        compareBars(widget,
                    {{CallPhases::Phase::Waiting, "Waiting for upstream", 0, 300},
                     {CallPhases::Phase::UntilFirstToken, "Until first token", 300, 20.4},
                     {CallPhases::Phase::Receiving, "Streaming", 320.4, 1179.6}});
        QCOMPARE(widget.lines(),
                 (QStringList {QStringLiteral("Total duration: 1500 ms"),
                               QStringLiteral("Time to first byte: 300 ms"),
                               QStringLiteral("Time to first token: 320 ms"),
                               QStringLiteral("Output tokens per second: 45.3")}));
        widget.resize(widget.sizeHint());
        QVERIFY(!widget.grab().isNull());
    }

    void nonStreamCall()
    {
        TimingBars widget;
        TraceRecord r = call(800);
        r.ttfbMs = 700;
        r.cache = QStringLiteral("MISS");
        widget.setCall(r);
        compareBars(widget,
                    {{CallPhases::Phase::Waiting, "Waiting for upstream", 0, 700},
                     {CallPhases::Phase::Receiving, "Receiving", 700, 100}});
        QCOMPARE(widget.lines(),
                 (QStringList {QStringLiteral("Total duration: 800 ms"),
                               QStringLiteral("Time to first byte: 700 ms"),
                               QStringLiteral("Time to first token: not streamed"),
                               QStringLiteral("Output tokens per second: unknown")}));
        widget.resize(200, 100); // smaller than it asks for: still paints
        QVERIFY(!widget.grab().isNull());
    }

    void failedCallWithoutFirstByte()
    {
        TimingBars widget;
        TraceRecord r = call(30000);
        r.stream = true;
        r.status = 0;
        r.errorKind = QStringLiteral("timeout");
        widget.setCall(r);
        compareBars(widget, {{CallPhases::Phase::Waiting, "Waiting for upstream", 0, 30000}});
        QCOMPARE(widget.lines(),
                 (QStringList {QStringLiteral("Total duration: 30000 ms"),
                               QStringLiteral("Time to first byte: unknown"),
                               QStringLiteral("Time to first token: unknown"),
                               QStringLiteral("Output tokens per second: unknown")}));
        widget.resize(widget.sizeHint());
        QVERIFY(!widget.grab().isNull());
    }

    void cacheHitUnderAMillisecond()
    {
        TimingBars widget;
        TraceRecord r = call(0.4);
        r.ttfbMs = 0.1;
        r.cache = QStringLiteral("HIT");
        widget.setCall(r);
        compareBars(widget,
                    {{CallPhases::Phase::Waiting, "Waiting for upstream", 0, 0.1},
                     {CallPhases::Phase::Receiving, "Receiving", 0.1, 0.3}});
        QCOMPARE(widget.lines().constFirst(), QStringLiteral("Total duration: 0.4 ms"));
        widget.resize(widget.sizeHint());
        QVERIFY(!widget.grab().isNull());
    }

    void clear()
    {
        TimingBars widget;
        QVERIFY(!widget.hasCall());
        widget.resize(300, 200);
        QVERIFY(!widget.grab().isNull());
        TraceRecord r = call(100);
        r.ttfbMs = 50;
        widget.setCall(r);
        QVERIFY(widget.hasCall());
        widget.clear();
        QVERIFY(!widget.hasCall());
        QVERIFY(widget.bars().isEmpty());
        QVERIFY(widget.lines().isEmpty());
        QCOMPARE(widget.totalMs(), 0.0);
        QVERIFY(!widget.grab().isNull());
    }
};

QTEST_MAIN(TestTimingBars)
#include "tst_timingbars.moc"
