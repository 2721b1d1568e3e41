// TimeScale: time to pixel mapping, zoom around an anchor, panning, clamping, ticks and labels.

#include "timescale.h"

#include <QLocale>
#include <QTest>

#include <cmath>

namespace {

constexpr qint64 Us = 1'000;
constexpr qint64 Ms = 1'000'000;
constexpr qint64 S = 1'000'000'000;
constexpr qint64 Min = 60 * S;
constexpr qint64 H = 60 * Min;
constexpr qint64 UnixNow = 1'700'000'000 * S;

QStringList labelsOf(const TimeScale &scale)
{
    QStringList labels;
    const QList<qint64> ticks = scale.ticks();
    for (const qint64 tick : ticks)
        labels.append(scale.tickLabel(tick));
    return labels;
}

} // namespace

class TestTimeScale : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        // Labels use the default locale; C keeps the expected texts portable.
        QLocale::setDefault(QLocale::c());
    }

    void mapping_data()
    {
        QTest::addColumn<qint64>("start");
        QTest::addColumn<qint64>("end");
        QTest::addColumn<double>("width");
        QTest::addColumn<qint64>("time");
        QTest::addColumn<double>("x");

        QTest::newRow("start") << qint64(0) << S << 1000.0 << qint64(0) << 0.0;
        QTest::newRow("end") << qint64(0) << S << 1000.0 << S << 1000.0;
        QTest::newRow("quarter") << qint64(0) << S << 1000.0 << 250 * Ms << 250.0;
        QTest::newRow("1 ms over 100 px") << qint64(0) << Ms << 100.0 << 10 * Us << 1.0;
        QTest::newRow("unix time")
                << UnixNow << UnixNow + 3 * S << 600.0 << UnixNow + 1500 * Ms << 300.0;
        QTest::newRow("hours") << UnixNow << UnixNow + 5 * H << 500.0 << UnixNow + 2 * H << 200.0;
        QTest::newRow("before start") << qint64(0) << S << 1000.0 << -100 * Ms << -100.0;
        QTest::newRow("odd width") << qint64(0) << 3 * S << 7.0 << S << 7.0 / 3;
    }

    void mapping()
    {
        QFETCH(qint64, start);
        QFETCH(qint64, end);
        QFETCH(double, width);
        QFETCH(qint64, time);
        QFETCH(double, x);
        const TimeScale scale(start, end, width);
        QCOMPARE(scale.xForTime(time), x);
        QCOMPARE(scale.timeForX(scale.xForTime(time)), time);
    }

    void roundTrip_data()
    {
        QTest::addColumn<qint64>("start");
        QTest::addColumn<qint64>("end");
        QTest::addColumn<double>("width");

        QTest::newRow("1 ms") << qint64(0) << Ms << 800.0;
        QTest::newRow("3 s unix") << UnixNow << UnixNow + 3 * S << 613.0;
        QTest::newRow("2 h unix") << UnixNow << UnixNow + 2 * H << 1920.0;
        QTest::newRow("narrow") << UnixNow << UnixNow + 10 * S << 3.0;
    }

    void roundTrip()
    {
        QFETCH(qint64, start);
        QFETCH(qint64, end);
        QFETCH(double, width);
        const TimeScale scale(start, end, width);
        // Every pixel maps to a time that maps back to that pixel.
        for (int x = 0; x <= int(width); ++x)
            QVERIFY(qAbs(scale.xForTime(scale.timeForX(x)) - x) < 1e-3);
        for (qint64 t = start; t <= end; t += (end - start) / 97)
            QCOMPARE(scale.timeForX(scale.xForTime(t)), t);
    }

    void zoomKeepsAnchor_data()
    {
        QTest::addColumn<qint64>("start");
        QTest::addColumn<qint64>("end");
        QTest::addColumn<double>("width");
        QTest::addColumn<double>("factor");
        QTest::addColumn<double>("anchorX");

        QTest::newRow("in at centre") << qint64(0) << S << 1000.0 << 2.0 << 500.0;
        QTest::newRow("in at left edge") << qint64(0) << S << 1000.0 << 4.0 << 0.0;
        QTest::newRow("in at right edge") << qint64(0) << S << 1000.0 << 4.0 << 1000.0;
        QTest::newRow("in off centre") << UnixNow << UnixNow + 10 * S << 777.0 << 3.0 << 123.0;
        QTest::newRow("wheel notch") << UnixNow << UnixNow + 2 * H << 900.0 << 1.189207115 << 640.0;
        QTest::newRow("deep") << UnixNow << UnixNow + 2 * H << 900.0 << 1e6 << 17.5;
    }

    void zoomKeepsAnchor()
    {
        QFETCH(qint64, start);
        QFETCH(qint64, end);
        QFETCH(double, width);
        QFETCH(double, factor);
        QFETCH(double, anchorX);
        TimeScale scale(start, end, width);
        const qint64 anchored = scale.timeForX(anchorX);
        scale.zoom(factor, anchorX);
        QCOMPARE(scale.spanNs(), qint64(std::llround(double(end - start) / factor)));
        QCOMPARE(scale.timeForX(anchorX), anchored);
        QVERIFY(qAbs(scale.xForTime(anchored) - anchorX) < 0.01);
        QVERIFY(scale.isZoomed());

        // Zooming back out around the same point restores the view, give or take the
        // nanosecond a span divided and multiplied again may lose.
        scale.zoom(1 / factor, anchorX);
        QVERIFY(qAbs(scale.spanNs() - (end - start)) <= 1);
        QVERIFY(qAbs(scale.timeForX(anchorX) - anchored) <= 1);
    }

    void zoomClamps_data()
    {
        QTest::addColumn<double>("factor");
        QTest::addColumn<double>("anchorX");
        QTest::addColumn<qint64>("expectedStart");
        QTest::addColumn<qint64>("expectedEnd");

        // Data [0, 10 s] over 1000 px, first zoomed 10x at x 500: view [4.5 s, 5.5 s].
        QTest::newRow("minimum span") << 1e9 << 500.0 << 4'999'500'000LL << 5'000'500'000LL;
        QTest::newRow("out past the data") << 0.001 << 500.0 << qint64(0) << 10 * S;
        QTest::newRow("out at left edge") << 0.2 << 0.0 << 4500 * Ms << 9500 * Ms;
        QTest::newRow("out at left edge, stopped by the data end")
                << 0.125 << 0.0 << 2 * S << 10 * S;
        QTest::newRow("out at right edge, stopped by the data start")
                << 0.15 << 1000.0 << qint64(0) << 6'666'666'667LL;
        QTest::newRow("zero factor ignored") << 0.0 << 500.0 << 4500 * Ms << 5500 * Ms;
        QTest::newRow("negative factor ignored") << -2.0 << 500.0 << 4500 * Ms << 5500 * Ms;
    }

    void zoomClamps()
    {
        QFETCH(double, factor);
        QFETCH(double, anchorX);
        QFETCH(qint64, expectedStart);
        QFETCH(qint64, expectedEnd);
        TimeScale scale(0, 10 * S, 1000);
        scale.zoom(10, 500);
        QCOMPARE(scale.startNs(), 4500 * Ms);
        QCOMPARE(scale.endNs(), 5500 * Ms);
        scale.zoom(factor, anchorX);
        QCOMPARE(scale.startNs(), expectedStart);
        QCOMPARE(scale.endNs(), expectedEnd);
        QVERIFY(scale.spanNs() >= TimeScale::MinimumSpanNs);
        QVERIFY(scale.startNs() >= scale.dataStartNs());
        QVERIFY(scale.endNs() <= scale.dataEndNs());
    }

    void pan_data()
    {
        QTest::addColumn<double>("zoom");
        QTest::addColumn<double>("dx");
        QTest::addColumn<qint64>("expectedStart");
        QTest::addColumn<qint64>("expectedEnd");

        // Data [0, 1 s] over 1000 px; zoom 4x at the centre shows [375 ms, 625 ms].
        QTest::newRow("drag right shows earlier") << 4.0 << 100.0 << 350 * Ms << 600 * Ms;
        QTest::newRow("drag left shows later") << 4.0 << -100.0 << 400 * Ms << 650 * Ms;
        QTest::newRow("clamped at data start") << 4.0 << 10'000.0 << qint64(0) << 250 * Ms;
        QTest::newRow("clamped at data end") << 4.0 << -10'000.0 << 750 * Ms << S;
        QTest::newRow("not zoomed: nothing to pan") << 1.0 << 300.0 << qint64(0) << S;
        QTest::newRow("sub-pixel") << 4.0 << 0.5 << 374'875'000LL << 624'875'000LL;
    }

    void pan()
    {
        QFETCH(double, zoom);
        QFETCH(double, dx);
        QFETCH(qint64, expectedStart);
        QFETCH(qint64, expectedEnd);
        TimeScale scale(0, S, 1000);
        scale.zoom(zoom, 500);
        scale.pan(dx);
        QCOMPARE(scale.startNs(), expectedStart);
        QCOMPARE(scale.endNs(), expectedEnd);
    }

    void setVisibleRange_data()
    {
        QTest::addColumn<qint64>("start");
        QTest::addColumn<qint64>("end");
        QTest::addColumn<qint64>("expectedStart");
        QTest::addColumn<qint64>("expectedEnd");

        QTest::newRow("inside") << 2 * S << 3 * S << 2 * S << 3 * S;
        QTest::newRow("reversed") << 3 * S << 2 * S << 2 * S << 3 * S;
        QTest::newRow("before the data") << -5 * S << -4 * S << qint64(0) << S;
        QTest::newRow("past the data") << 9 * S << 12 * S << 7 * S << 10 * S;
        QTest::newRow("wider than the data") << -S << 20 * S << qint64(0) << 10 * S;
        QTest::newRow("shorter than the minimum")
                << 5 * S << 5 * S << 5 * S - Ms / 2 << 5 * S + Ms / 2;
    }

    void setVisibleRange()
    {
        QFETCH(qint64, start);
        QFETCH(qint64, end);
        QFETCH(qint64, expectedStart);
        QFETCH(qint64, expectedEnd);
        TimeScale scale(0, 10 * S, 1000);
        scale.setVisibleRange(start, end);
        QCOMPARE(scale.startNs(), expectedStart);
        QCOMPARE(scale.endNs(), expectedEnd);
        scale.fit();
        QCOMPARE(scale.startNs(), qint64(0));
        QCOMPARE(scale.endNs(), 10 * S);
        QVERIFY(!scale.isZoomed());
    }

    void niceStep_data()
    {
        QTest::addColumn<double>("atLeast");
        QTest::addColumn<qint64>("step");

        QTest::newRow("negative") << -5.0 << qint64(1);
        QTest::newRow("zero") << 0.0 << qint64(1);
        QTest::newRow("1 ns") << 1.0 << qint64(1);
        QTest::newRow("3 ns") << 3.0 << qint64(5);
        QTest::newRow("7 ns") << 7.0 << qint64(10);
        QTest::newRow("80 us") << 80.0 * Us << 100 * Us;
        QTest::newRow("150 us") << 150.0 * Us << 200 * Us;
        QTest::newRow("exactly 5 ms") << 5.0 * Ms << 5 * Ms;
        QTest::newRow("1.2 s") << 1.2 * S << 2 * S;
        QTest::newRow("6 s") << 6.0 * S << 10 * S;
        QTest::newRow("11 s") << 11.0 * S << 15 * S;
        QTest::newRow("40 s") << 40.0 * S << Min;
        QTest::newRow("3.1 min") << 3.1 * Min << 5 * Min;
        QTest::newRow("12 min") << 12.0 * Min << 15 * Min;
        QTest::newRow("40 min") << 40.0 * Min << H;
        QTest::newRow("2.5 h") << 2.5 * H << 3 * H;
        QTest::newRow("13 h") << 13.0 * H << 24 * H;
        QTest::newRow("3 days") << 72.0 * H << 5 * 24 * H;
        QTest::newRow("beyond the table") << 1e30 << 50'000 * 24 * H;
    }

    void niceStep()
    {
        QFETCH(double, atLeast);
        QFETCH(qint64, step);
        QCOMPARE(TimeScale::niceStepAtLeast(atLeast), step);
    }

    void ticks_data()
    {
        QTest::addColumn<qint64>("start");
        QTest::addColumn<qint64>("end");
        QTest::addColumn<qint64>("visibleStart"); // offsets from start; -1: all
        QTest::addColumn<qint64>("visibleEnd");
        QTest::addColumn<double>("width");
        QTest::addColumn<qint64>("step");
        QTest::addColumn<QStringList>("labels");

        QTest::newRow("1 ms") << qint64(0) << Ms << qint64(-1) << qint64(-1) << 1000.0 << 100 * Us
                              << QStringList {QStringLiteral("0 µs"),   QStringLiteral("100 µs"),
                                              QStringLiteral("200 µs"), QStringLiteral("300 µs"),
                                              QStringLiteral("400 µs"), QStringLiteral("500 µs"),
                                              QStringLiteral("600 µs"), QStringLiteral("700 µs"),
                                              QStringLiteral("800 µs"), QStringLiteral("900 µs"),
                                              QStringLiteral("1 ms")};
        QTest::newRow("1 s") << qint64(0) << S << qint64(-1) << qint64(-1) << 500.0 << 200 * Ms
                             << QStringList {QStringLiteral("0 ms"),   QStringLiteral("200 ms"),
                                             QStringLiteral("400 ms"), QStringLiteral("600 ms"),
                                             QStringLiteral("800 ms"), QStringLiteral("1 s")};
        const QStringList threeSeconds {QStringLiteral("0 ms"), QStringLiteral("500 ms"),
                                        QStringLiteral("1 s"),  QStringLiteral("1.5 s"),
                                        QStringLiteral("2 s"),  QStringLiteral("2.5 s"),
                                        QStringLiteral("3 s")};
        QTest::newRow("3 s") << qint64(0) << 3 * S << qint64(-1) << qint64(-1) << 600.0 << 500 * Ms
                             << threeSeconds;
        QTest::newRow("3 s in unix time, relative to the start")
                << UnixNow + 7 << UnixNow + 7 + 3 * S << qint64(-1) << qint64(-1) << 600.0
                << 500 * Ms << threeSeconds;
        QTest::newRow("250 ms steps of 50")
                << qint64(0) << 400 * Ms << 200 * Ms << 300 * Ms << 160.0 << 50 * Ms
                << QStringList {QStringLiteral("200 ms"), QStringLiteral("250 ms"),
                                QStringLiteral("300 ms")};
        QTest::newRow("zoomed between ticks")
                << qint64(0) << 10 * S << 1230 * Ms << 2230 * Ms << 1000.0 << 100 * Ms
                << QStringList {QStringLiteral("1.3 s"), QStringLiteral("1.4 s"),
                                QStringLiteral("1.5 s"), QStringLiteral("1.6 s"),
                                QStringLiteral("1.7 s"), QStringLiteral("1.8 s"),
                                QStringLiteral("1.9 s"), QStringLiteral("2 s"),
                                QStringLiteral("2.1 s"), QStringLiteral("2.2 s")};
        QTest::newRow("fine zoom far into a trace")
                << qint64(0) << 10 * S << 5 * S << 5 * S + Ms << 400.0 << 200 * Us
                << QStringList {QStringLiteral("5 s"),      QStringLiteral("5.0002 s"),
                                QStringLiteral("5.0004 s"), QStringLiteral("5.0006 s"),
                                QStringLiteral("5.0008 s"), QStringLiteral("5.001 s")};
        QTest::newRow("5 min") << qint64(0) << 5 * Min << qint64(-1) << qint64(-1) << 800.0
                               << 30
                        * S << QStringList {QStringLiteral("0 s"),   QStringLiteral("30 s"),
                                            QStringLiteral("1 min"), QStringLiteral("1 min 30 s"),
                                            QStringLiteral("2 min"), QStringLiteral("2 min 30 s"),
                                            QStringLiteral("3 min"), QStringLiteral("3 min 30 s"),
                                            QStringLiteral("4 min"), QStringLiteral("4 min 30 s"),
                                            QStringLiteral("5 min")};
        QTest::newRow("2 h") << qint64(0) << 2 * H << qint64(-1) << qint64(-1) << 800.0 << 15 * Min
                             << QStringList {
                                        QStringLiteral("0 min"),      QStringLiteral("15 min"),
                                        QStringLiteral("30 min"),     QStringLiteral("45 min"),
                                        QStringLiteral("1 h"),        QStringLiteral("1 h 15 min"),
                                        QStringLiteral("1 h 30 min"), QStringLiteral("1 h 45 min"),
                                        QStringLiteral("2 h")};
        QTest::newRow("30 h") << qint64(0) << 30 * H << qint64(-1) << qint64(-1) << 300.0 << 12 * H
                              << QStringList {QStringLiteral("0 h"), QStringLiteral("12 h"),
                                              QStringLiteral("24 h")};
    }

    void ticks()
    {
        QFETCH(qint64, start);
        QFETCH(qint64, end);
        QFETCH(qint64, visibleStart);
        QFETCH(qint64, visibleEnd);
        QFETCH(double, width);
        QFETCH(qint64, step);
        QFETCH(QStringList, labels);
        TimeScale scale(start, end, width);
        scale.setMinTickSpacing(80);
        if (visibleStart >= 0)
            scale.setVisibleRange(start + visibleStart, start + visibleEnd);
        QCOMPARE(scale.tickStepNs(), step);
        QCOMPARE(labelsOf(scale), labels);
        const QList<qint64> ticks = scale.ticks();
        for (qsizetype i = 0; i < ticks.size(); ++i) {
            QVERIFY(ticks.at(i) >= scale.startNs());
            QVERIFY(ticks.at(i) <= scale.endNs());
            QCOMPARE((ticks.at(i) - start) % step, 0);
            if (i > 0)
                QVERIFY(scale.xForTime(ticks.at(i)) - scale.xForTime(ticks.at(i - 1)) >= 80);
        }
    }

    void offsetLabel_data()
    {
        QTest::addColumn<qint64>("offset");
        QTest::addColumn<qint64>("step");
        QTest::addColumn<QString>("label");

        QTest::newRow("zero ms") << qint64(0) << 50 * Ms << QStringLiteral("0 ms");
        QTest::newRow("zero ns") << qint64(0) << qint64(5) << QStringLiteral("0 ns");
        QTest::newRow("zero s") << qint64(0) << 10 * S << QStringLiteral("0 s");
        QTest::newRow("zero h") << qint64(0) << 3 * H << QStringLiteral("0 h");
        QTest::newRow("ns") << qint64(500) << qint64(100) << QStringLiteral("500 ns");
        QTest::newRow("us") << qint64(1500) << qint64(500) << QStringLiteral("1.5 µs");
        QTest::newRow("ms") << 250 * Ms << 50 * Ms << QStringLiteral("250 ms");
        QTest::newRow("ms with decimals") << 2500 * Us << 500 * Us << QStringLiteral("2.5 ms");
        QTest::newRow("s") << 1500 * Ms << 500 * Ms << QStringLiteral("1.5 s");
        QTest::newRow("whole s, fine step") << 2 * S << 100 * Ms << QStringLiteral("2 s");
        QTest::newRow("min") << 2 * Min << Min << QStringLiteral("2 min");
        QTest::newRow("min and s") << 90 * S << 10 * S << QStringLiteral("1 min 30 s");
        QTest::newRow("min and fraction of s")
                << Min + 2500 * Ms << 500 * Ms << QStringLiteral("1 min 2.5 s");
        QTest::newRow("h and min") << 90 * Min << 15 * Min << QStringLiteral("1 h 30 min");
        QTest::newRow("h and s") << H + 5 * S << 5 * S << QStringLiteral("1 h 5 s");
        QTest::newRow("negative") << -250 * Ms << 50 * Ms << QStringLiteral("-250 ms");
        QTest::newRow("zero step") << 3 * Ms << qint64(0) << QStringLiteral("3 ms");
    }

    void offsetLabel()
    {
        QFETCH(qint64, offset);
        QFETCH(qint64, step);
        QFETCH(QString, label);
        QCOMPARE(TimeScale::offsetLabel(offset, step), label);
    }

    void durationText_data()
    {
        QTest::addColumn<qint64>("ns");
        QTest::addColumn<QString>("text");

        QTest::newRow("zero") << qint64(0) << QStringLiteral("0 ms");
        QTest::newRow("negative") << -5 * Ms << QStringLiteral("0 ms");
        QTest::newRow("sub-ms") << 420 * Us << QStringLiteral("0.42 ms");
        QTest::newRow("ms with a decimal") << 12'540 * Us << QStringLiteral("12.5 ms");
        QTest::newRow("whole ms") << 842 * Ms << QStringLiteral("842 ms");
        QTest::newRow("s") << 1234 * Ms << QStringLiteral("1.23 s");
        QTest::newRow("whole s") << 2 * S << QStringLiteral("2 s");
        QTest::newRow("tens of s") << 12'340 * Ms << QStringLiteral("12.3 s");
        QTest::newRow("min and s") << 125 * S << QStringLiteral("2 min 5 s");
        QTest::newRow("whole min") << 2 * Min << QStringLiteral("2 min");
        QTest::newRow("h") << H << QStringLiteral("1 h");
        QTest::newRow("h and min") << 90 * Min << QStringLiteral("1 h 30 min");
    }

    void durationText()
    {
        QFETCH(qint64, ns);
        QFETCH(QString, text);
        QCOMPARE(TimeScale::durationText(ns), text);
    }

    void msText_data()
    {
        QTest::addColumn<double>("ms");
        QTest::addColumn<QString>("text");

        QTest::newRow("zero") << 0.0 << QStringLiteral("0 ms");
        QTest::newRow("sub-ms") << 0.42 << QStringLiteral("0.42 ms");
        QTest::newRow("tenths") << 12.54 << QStringLiteral("12.5 ms");
        QTest::newRow("whole") << 842.4 << QStringLiteral("842 ms");
        QTest::newRow("thousands") << 1234.4 << QStringLiteral("1234 ms");
        QTest::newRow("not a number") << qQNaN() << QStringLiteral("unknown");
    }

    void msText()
    {
        QFETCH(double, ms);
        QFETCH(QString, text);
        QCOMPARE(TimeScale::msText(ms), text);
    }

    void zeroLengthRange()
    {
        TimeScale scale(UnixNow, UnixNow, 100);
        // Widened to the minimum span, so the axis and the mapping stay defined.
        QCOMPARE(scale.dataStartNs(), UnixNow);
        QCOMPARE(scale.dataEndNs(), UnixNow + TimeScale::MinimumSpanNs);
        QCOMPARE(scale.spanNs(), TimeScale::MinimumSpanNs);
        QCOMPARE(scale.xForTime(UnixNow), 0.0);
        QVERIFY(!scale.isZoomed());
        scale.zoom(10, 50);
        QCOMPARE(scale.startNs(), UnixNow);
        QCOMPARE(scale.spanNs(), TimeScale::MinimumSpanNs);
        scale.pan(50);
        QCOMPARE(scale.startNs(), UnixNow);
        QCOMPARE(labelsOf(scale), (QStringList {QStringLiteral("0 ms"), QStringLiteral("1 ms")}));

        TimeScale reversed(5 * S, 2 * S, 100);
        QCOMPARE(reversed.dataStartNs(), 2 * S);
        QCOMPARE(reversed.dataEndNs(), 5 * S);

        const TimeScale empty;
        QCOMPARE(empty.width(), 0.0);
        QCOMPARE(empty.spanNs(), TimeScale::MinimumSpanNs);
    }

    void zeroWidth()
    {
        TimeScale scale(0, S, 0);
        QCOMPARE(scale.xForTime(S / 2), 0.0);
        QCOMPARE(scale.timeForX(10), qint64(0));
        QVERIFY(scale.ticks().isEmpty());
        scale.zoom(2, 0);
        scale.pan(10);
        QCOMPARE(scale.startNs(), qint64(0));
        QCOMPARE(scale.endNs(), S);
        scale.setWidth(-5);
        QCOMPARE(scale.width(), 0.0);
        scale.setWidth(qInf());
        QCOMPARE(scale.width(), 0.0);
    }
};

QTEST_GUILESS_MAIN(TestTimeScale)
#include "tst_timescale.moc"
