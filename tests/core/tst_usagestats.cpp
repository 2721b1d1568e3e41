// The usage dashboard's aggregates over a hand-seeded store: every expected number below was
// worked out by hand from the table of calls, not by the code under test.

#include "trace/tracereader.h"
#include "trace/tracestore.h"
#include "trace/usagerange.h"
#include "trace/usagestats.h"

#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

namespace {

constexpr qint64 Second = 1'000'000'000LL;
constexpr qint64 Hour = 3600 * Second;
// 2025-11-20T00:00:00Z. The tests read days in UTC+2 unless they say otherwise.
constexpr qint64 Nov20 = 1'763'596'800LL * Second;
const QTimeZone Plus2(2 * 3600);

const QString Gpt = QStringLiteral("gpt-4o");
const QString Haiku = QStringLiteral("claude-haiku-4-5");
const QString Mystery = QStringLiteral("mystery-model");

struct Seed
{
    qint64 startNs;
    QString model;
    QString user;
    QString session;
    QString cache;
    int status;
    double durationMs;
    qint64 input;
    std::optional<qint64> cached;
    qint64 output;
    std::optional<double> cost;
    std::optional<double> saved;
    QByteArray hash;
};

// Call n is row id n.
// clang-format off
//  n  UTC             local (+2)   model    user   session cache   status    ms    in  cached  out  cost   saved  hash
//  1  Nov19 22:00     Nov20 00:00  gpt-4o   alice  s1      MISS    200     1000  1000     0  100  0.010  -      h1
//  2  Nov20 09:00     Nov20 11:00  gpt-4o   alice  s1      HIT     200        5  1000     0  100  0      0.010  h1
//  3  Nov20 21:30     Nov20 23:30  haiku    bob    s2      MISS    200      400  2000   500  200  0.003  -      h2
//  4  Nov20 22:30     Nov21 00:30  haiku    bob    s2      BYPASS  200      600  1500     0   50  0.002  -      h3
//  5  Nov21 10:00     Nov21 12:00  gpt-4o   alice  s3      MISS    200     2000  3000  1000  300  0.030  -      h1
//  6  Nov21 11:00     Nov21 13:00  gpt-4o   carol  -       MISS    429       50     0     0    0  -      -      -
//  7  Nov21 12:00     Nov21 14:00  mystery  carol  s4      -       200      300   800     -   80  NULL   -      h5
//  8  Nov22 08:00     Nov22 10:00  haiku    bob    s2      MISS    200      800  1000     0  100  0.004  -      h2
//  9  Nov22 09:00     Nov22 11:00  haiku    dave   s5      HIT     200        3  2000   500  200  0      0.003  h2
// 10  Nov22 10:00     Nov22 12:00  gpt-4o   alice  s3      MISS    200     1500   500     0   50  0.005  -      h6
// 11  Nov22 21:59:59  Nov22 23:59:59 haiku  bob    s2      MISS    200      200   100     0   10  0.001  -      h3
// 12  Nov22 22:00     Nov23 00:00  gpt-4o   alice  s1      MISS    200      700   100     0   10  0.002  -      h7
// clang-format on
QList<Seed> seeds()
{
    const QString hit = QStringLiteral("HIT");
    const QString miss = QStringLiteral("MISS");
    const QString alice = QStringLiteral("alice");
    const QString bob = QStringLiteral("bob");
    const QString carol = QStringLiteral("carol");
    return {
            {Nov20 - 2 * Hour, Gpt, alice, QStringLiteral("s1"), miss, 200, 1000, 1000, 0, 100,
             0.010, std::nullopt, "h1"},
            {Nov20 + 9 * Hour, Gpt, alice, QStringLiteral("s1"), hit, 200, 5, 1000, 0, 100, 0.0,
             0.010, "h1"},
            {Nov20 + 21 * Hour + 1800 * Second, Haiku, bob, QStringLiteral("s2"), miss, 200, 400,
             2000, 500, 200, 0.003, std::nullopt, "h2"},
            {Nov20 + 22 * Hour + 1800 * Second, Haiku, bob, QStringLiteral("s2"),
             QStringLiteral("BYPASS"), 200, 600, 1500, 0, 50, 0.002, std::nullopt, "h3"},
            {Nov20 + 34 * Hour, Gpt, alice, QStringLiteral("s3"), miss, 200, 2000, 3000, 1000, 300,
             0.030, std::nullopt, "h1"},
            // Refused (429): no usage, so no cost, which is not an unknown cost: nothing billed.
            {Nov20 + 35 * Hour, Gpt, carol, QString(), miss, 429, 50, 0, 0, 0, std::nullopt,
             std::nullopt, QByteArray()},
            {Nov20 + 36 * Hour, Mystery, carol, QStringLiteral("s4"), QString(), 200, 300, 800,
             std::nullopt, 80, std::nullopt, std::nullopt, "h5"},
            {Nov20 + 56 * Hour, Haiku, bob, QStringLiteral("s2"), miss, 200, 800, 1000, 0, 100,
             0.004, std::nullopt, "h2"},
            {Nov20 + 57 * Hour, Haiku, QStringLiteral("dave"), QStringLiteral("s5"), hit, 200, 3,
             2000, 500, 200, 0.0, 0.003, "h2"},
            {Nov20 + 58 * Hour, Gpt, alice, QStringLiteral("s3"), miss, 200, 1500, 500, 0, 50,
             0.005, std::nullopt, "h6"},
            {Nov20 + 70 * Hour - Second, Haiku, bob, QStringLiteral("s2"), miss, 200, 200, 100, 0,
             10, 0.001, std::nullopt, "h3"},
            {Nov20 + 70 * Hour, Gpt, alice, QStringLiteral("s1"), miss, 200, 700, 100, 0, 10, 0.002,
             std::nullopt, "h7"},
    };
}

TraceRecord record(const Seed &s, int n)
{
    TraceRecord r;
    r.traceId = "0af7651916cd43dd8448eb211c80319c";
    r.spanId = QByteArray::number(0x1000 + n, 16).rightJustified(16, '0');
    r.startUnixNs = s.startNs;
    r.endUnixNs = s.startNs + qint64(s.durationMs * 1e6);
    r.durationMs = s.durationMs;
    r.method = QStringLiteral("POST");
    r.endpoint = QStringLiteral("chat");
    r.model = s.model;
    r.status = s.status;
    r.cache = s.cache;
    r.usage.input = s.input;
    r.usage.cachedInput = s.cached;
    r.usage.output = s.output;
    r.usage.total = s.input + s.output;
    r.costUsd = s.cost;
    r.savedUsd = s.saved;
    r.user = s.user;
    r.sessionId = s.session;
    r.requestHash = s.hash;
    r.requestBody = "{}";
    return r;
}

bool seed(const QString &path, const QList<Seed> &calls, QString *error)
{
    TraceStore store(path, QStringLiteral("seed-") + path);
    if (!store.open(error))
        return false;
    QList<TraceRecord> batch;
    for (int i = 0; i < calls.size(); ++i)
        batch.append(record(calls.at(i), i + 1));
    return store.insert(batch, error);
}

#define COMPARE_USD(actual, expected) \
    QVERIFY2(qAbs((actual) - (expected)) < 1e-12, \
             qPrintable(QString::number(actual, 'g', 17) + QStringLiteral(" != ") \
                        + QString::number(expected, 'g', 17)))

} // namespace

class TestUsageStats : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(seed(path(), seeds(), &error), qPrintable(error));
        m_reader = std::make_unique<TraceReader>(path(), QStringLiteral("usage-reader"));
        QVERIFY2(m_reader->open(&error), qPrintable(error));
    }
    void cleanupTestCase() { m_reader.reset(); }

    void everything()
    {
        UsageStats::Query query;
        query.zone = Plus2;
        const UsageReport r = compute(query);

        QCOMPARE(r.firstDay, QDate(2025, 11, 20));
        QCOMPARE(r.lastDay, QDate(2025, 11, 23));
        QCOMPARE(r.calls, 12);
        COMPARE_USD(r.costUsd, 0.057);
        QCOMPARE(r.unknownCostCalls, 1); // call 7: counted apart, not as $0

        // Call 1 (22:00 UTC) and call 4 (22:30 UTC) belong to the next local day.
        QCOMPARE(r.costPerDay.size(), 8);
        checkCost(r.costPerDay.at(0), {2025, 11, 20}, Haiku, 1, 0.003, 0);
        checkCost(r.costPerDay.at(1), {2025, 11, 20}, Gpt, 2, 0.010, 0);
        checkCost(r.costPerDay.at(2), {2025, 11, 21}, Haiku, 1, 0.002, 0);
        checkCost(r.costPerDay.at(3), {2025, 11, 21}, Gpt, 2, 0.030, 0);
        checkCost(r.costPerDay.at(4), {2025, 11, 21}, Mystery, 1, 0.0, 1);
        checkCost(r.costPerDay.at(5), {2025, 11, 22}, Haiku, 3, 0.005, 0);
        checkCost(r.costPerDay.at(6), {2025, 11, 22}, Gpt, 1, 0.005, 0);
        checkCost(r.costPerDay.at(7), {2025, 11, 23}, Gpt, 1, 0.002, 0);
        QCOMPARE(r.models(), (QStringList {Gpt, Haiku, Mystery}));

        QCOMPARE(r.tokensPerDay.size(), 4);
        checkTokens(r.tokensPerDay.at(0), {2025, 11, 20}, 3, 4000, 500, 400);
        checkTokens(r.tokensPerDay.at(1), {2025, 11, 21}, 4, 5300, 1000, 430);
        checkTokens(r.tokensPerDay.at(2), {2025, 11, 22}, 4, 3600, 500, 360);
        checkTokens(r.tokensPerDay.at(3), {2025, 11, 23}, 1, 100, 0, 10);
        QCOMPARE(r.tokensPerDay.at(0).uncachedInputTokens(), 3500);

        // 2xx calls that went upstream (hits 2 and 9 and the 429 left out), nearest rank:
        // haiku 200 400 600 800 → p50 rank 2, p95 rank 4; gpt-4o 700 1000 1500 2000.
        QCOMPARE(r.latency.size(), 3);
        checkLatency(r.latency.at(0), Haiku, 4, 400, 800);
        checkLatency(r.latency.at(1), Gpt, 4, 1000, 2000);
        checkLatency(r.latency.at(2), Mystery, 1, 300, 300);

        QCOMPARE(r.cache.hits, 2);
        QCOMPARE(r.cache.misses, 8);
        QCOMPARE(r.cache.bypassed, 1);
        COMPARE_USD(r.cache.savedUsd, 0.013);
        COMPARE_USD(r.cache.hitRate(), 0.2);

        QCOMPARE(r.topUsers.size(), 4);
        checkGroup(r.topUsers.at(0), QStringLiteral("alice"), 5, 0.047, 0, 6160);
        checkGroup(r.topUsers.at(1), QStringLiteral("bob"), 4, 0.010, 0, 4960);
        checkGroup(r.topUsers.at(2), QStringLiteral("carol"), 2, 0.0, 1, 880);
        checkGroup(r.topUsers.at(3), QStringLiteral("dave"), 1, 0.0, 0, 2200);

        QCOMPARE(r.topSessions.size(), 5); // call 6 has no session
        checkGroup(r.topSessions.at(0), QStringLiteral("s3"), 2, 0.035, 0, 3850);
        checkGroup(r.topSessions.at(1), QStringLiteral("s1"), 3, 0.012, 0, 2310);
        checkGroup(r.topSessions.at(2), QStringLiteral("s2"), 4, 0.010, 0, 4960);
        checkGroup(r.topSessions.at(3), QStringLiteral("s4"), 1, 0.0, 1, 880);
        checkGroup(r.topSessions.at(4), QStringLiteral("s5"), 1, 0.0, 0, 2200);

        QCOMPARE(r.repeated.size(), 3);
        checkRepeated(r.repeated.at(0), "h1", Gpt, 3, 0.040, 1, 5);
        checkRepeated(r.repeated.at(1), "h2", Haiku, 3, 0.007, 1, 9);
        checkRepeated(r.repeated.at(2), "h3", Haiku, 2, 0.003, 0, 11);
        QCOMPARE(r.repeated.at(0).endpoint, QStringLiteral("chat"));
        QCOMPARE(r.repeated.at(0).unknownCostCalls, 0);
    }

    void wholeLocalDays()
    {
        // Nov20 00:00 to Nov22 23:59:59 local: calls 1–11, call 12 (Nov23 00:00) out.
        UsageStats::Query query;
        query.zone = Plus2;
        query.range = UsageRange::days({2025, 11, 20}, {2025, 11, 22}, Plus2);
        const UsageReport r = compute(query);
        QCOMPARE(r.firstDay, QDate(2025, 11, 20));
        QCOMPARE(r.lastDay, QDate(2025, 11, 22));
        QCOMPARE(r.calls, 11);
        COMPARE_USD(r.costUsd, 0.055);
        QCOMPARE(r.unknownCostCalls, 1);
        QCOMPARE(r.costPerDay.size(), 7);
        QCOMPARE(r.tokensPerDay.size(), 3);
        checkLatency(r.latency.at(1), Gpt, 3, 1500, 2000); // 1000 1500 2000
        checkGroup(r.topUsers.at(0), QStringLiteral("alice"), 4, 0.045, 0, 6050);
        QCOMPARE(r.cache.misses, 7);
    }

    void topLimit()
    {
        UsageStats::Query query;
        query.zone = Plus2;
        query.top = 2;
        const UsageReport r = compute(query);
        QCOMPARE(r.topUsers.size(), 2);
        QCOMPARE(r.topSessions.size(), 2);
        QCOMPARE(r.repeated.size(), 2);
        QCOMPARE(r.repeated.at(1).requestHash, QByteArray("h2"));
    }

    void emptyRange()
    {
        UsageStats::Query query;
        query.zone = Plus2;
        query.range = UsageRange::days({2025, 12, 1}, {2025, 12, 7}, Plus2);
        const UsageReport r = compute(query);
        QCOMPARE(r.calls, 0);
        QCOMPARE(r.firstDay, QDate(2025, 12, 1));
        QCOMPARE(r.lastDay, QDate(2025, 12, 7));
        QVERIFY(r.costPerDay.isEmpty());
        QVERIFY(r.latency.isEmpty());
        QVERIFY(r.topUsers.isEmpty());
        QCOMPARE(r.cache.hitRate(), 0.0);

        query.range = {};
        query.filter = *TraceFilter::parse(QStringLiteral("model:nothing"), &m_parseError);
        const UsageReport none = compute(query);
        QCOMPARE(none.calls, 0);
        QVERIFY(!none.firstDay.isValid());
    }

    void daysInUtc()
    {
        UsageStats::Query query;
        query.zone = QTimeZone::utc();
        const UsageReport r = compute(query);
        QCOMPARE(r.firstDay, QDate(2025, 11, 19));
        QCOMPARE(r.lastDay, QDate(2025, 11, 22));
        QCOMPARE(r.tokensPerDay.size(), 4);
        checkTokens(r.tokensPerDay.at(0), {2025, 11, 19}, 1, 1000, 0, 100);
        checkTokens(r.tokensPerDay.at(1), {2025, 11, 20}, 3, 4500, 500, 350);
        checkTokens(r.tokensPerDay.at(2), {2025, 11, 21}, 3, 3800, 1000, 380);
        checkTokens(r.tokensPerDay.at(3), {2025, 11, 22}, 5, 3700, 500, 370);
        checkCost(r.costPerDay.at(0), {2025, 11, 19}, Gpt, 1, 0.010, 0);
        checkCost(r.costPerDay.at(1), {2025, 11, 20}, Haiku, 2, 0.005, 0);
        checkCost(r.costPerDay.at(2), {2025, 11, 20}, Gpt, 1, 0.0, 0);
    }

    void filtered()
    {
        UsageStats::Query query;
        query.zone = Plus2;
        query.filter = *TraceFilter::parse(QStringLiteral("model:gpt-4o"), &m_parseError);
        const UsageReport r = compute(query);
        QCOMPARE(r.calls, 6); // 1 2 5 6 10 12
        COMPARE_USD(r.costUsd, 0.047);
        QCOMPARE(r.unknownCostCalls, 0);
        QCOMPARE(r.latency.size(), 1);
        QCOMPARE(r.repeated.size(), 1);
    }

    void daylightSavingChange()
    {
        // Europe/Berlin leaves summer time at 2025-10-26T01:00Z (+2 → +1).
        const QTimeZone berlin("Europe/Berlin");
        if (!berlin.isValid())
            QSKIP("no time zone data");
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("dst.sqlite"));
        QList<Seed> calls;
        const qint64 times[] = {
                1'761'427'800LL * Second, // Oct25 21:30Z = Oct25 23:30 CEST
                1'761'431'400LL * Second, // Oct25 22:30Z = Oct26 00:30 CEST
                1'761'517'800LL * Second, // Oct26 22:30Z = Oct26 23:30 CET
                1'761'521'400LL * Second, // Oct26 23:30Z = Oct27 00:30 CET
        };
        for (qint64 t : times)
            calls.append({t, Gpt, QString(), QString(), QString(), 200, 100, 10, 0, 1, 0.001,
                          std::nullopt, QByteArray()});
        QString error;
        QVERIFY2(seed(file, calls, &error), qPrintable(error));
        TraceReader reader(file, QStringLiteral("dst-reader"));
        QVERIFY2(reader.open(&error), qPrintable(error));
        UsageStats::Query query;
        query.zone = berlin;
        const UsageReport r = UsageStats::compute(reader, query, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(r.tokensPerDay.size(), 3);
        checkTokens(r.tokensPerDay.at(0), {2025, 10, 25}, 1, 10, 0, 1);
        checkTokens(r.tokensPerDay.at(1), {2025, 10, 26}, 2, 20, 0, 2);
        checkTokens(r.tokensPerDay.at(2), {2025, 10, 27}, 1, 10, 0, 1);

        // Whole local days across the change: Oct26 lasts 25 hours.
        const UsageRange oct26 = UsageRange::days({2025, 10, 26}, {2025, 10, 26}, berlin);
        QCOMPARE(*oct26.untilNs - *oct26.fromNs, 25 * Hour);
        query.range = oct26;
        QCOMPARE(UsageStats::compute(reader, query, &error).calls, 2);

        // The rollup's quarters (no filter) and the calls (a filter) agree across the change.
        for (const UsageRange &range :
             {UsageRange(), oct26, UsageRange::days({2025, 10, 25}, {2025, 10, 27}, berlin)}) {
            query.range = range;
            query.filter = {};
            const UsageReport rolled = UsageStats::summary(reader, query, &error);
            query.filter = *TraceFilter::parse(QStringLiteral("since:2000-01-01"), &error);
            QVERIFY(sameSummary(rolled, UsageStats::summary(reader, query, &error)));
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
    }

    void presets()
    {
        const QDateTime now = QDateTime::fromSecsSinceEpoch(1'763'805'600LL, QTimeZone::utc());
        QCOMPARE(now, QDateTime(QDate(2025, 11, 22), QTime(10, 0), QTimeZone::utc()));
        // Today (local) is Nov22.
        const UsageRange day = UsageRange::preset(UsageRange::Preset::Last24Hours, now, Plus2);
        QCOMPARE(*day.fromNs, 1'763'719'200LL * Second); // Nov21 10:00Z
        QCOMPARE(*day.untilNs, 1'763'805'600LL * Second + 1);
        const UsageRange week = UsageRange::preset(UsageRange::Preset::Last7Days, now, Plus2);
        QCOMPARE(*week.fromNs, 1'763'244'000LL * Second); // Nov16 00:00 local = Nov15 22:00Z
        QCOMPARE(*week.untilNs, 1'763'848'800LL * Second); // Nov23 00:00 local
        const UsageRange month = UsageRange::preset(UsageRange::Preset::Last30Days, now, Plus2);
        QCOMPARE(*month.fromNs, 1'761'256'800LL * Second); // Oct24 00:00 local
        QCOMPARE(*month.untilNs, 1'763'848'800LL * Second);
        QVERIFY(UsageRange::preset(UsageRange::Preset::All, now, Plus2).isOpen());
        // A reversed custom range is the same days.
        QCOMPARE(UsageRange::days({2025, 11, 22}, {2025, 11, 16}, Plus2), week);

        // Last 24 hours over the seeded calls: Nov21 10:00Z up to Nov22 10:00Z, calls 5–10.
        UsageStats::Query query;
        query.zone = Plus2;
        query.range = day;
        const UsageReport r = compute(query);
        QCOMPARE(r.calls, 6);
        QCOMPARE(r.firstDay, QDate(2025, 11, 21));
        QCOMPARE(r.lastDay, QDate(2025, 11, 22));
    }

    void summaryFromTheRollupMatchesTheCalls()
    {
        // 400 calls at random times over three days, several to a quarter-hour. With no filter
        // the summary adds up quarter-hours of the rollup and reads only the calls of the two
        // quarters the range's ends cut; a filter matching every call makes it read them all.
        // Both must give the same report for any range and any time zone.
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("random.sqlite"));
        QRandomGenerator random(20251120);
        const QString models[] = {Gpt, Haiku, QString()};
        const QString caches[] = {QStringLiteral("HIT"), QStringLiteral("MISS"),
                                  QStringLiteral("BYPASS"), QString()};
        QList<Seed> calls;
        for (int i = 0; i < 400; ++i) {
            const bool priced = random.bounded(5) != 0;
            calls.append({Nov20 + qint64(random.bounded(72 * 3600)) * Second
                                  + random.bounded(1'000'000'000),
                          models[random.bounded(3)], QString(), QString(),
                          caches[random.bounded(4)], random.bounded(4) == 0 ? 429 : 200, 100,
                          random.bounded(5000),
                          random.bounded(2) ? std::optional<qint64>(10) : std::nullopt,
                          random.bounded(500),
                          priced ? std::optional<double>(random.bounded(1000) / 1e5) : std::nullopt,
                          random.bounded(3) ? std::nullopt : std::optional<double>(0.001),
                          QByteArray()});
        }
        QString error;
        QVERIFY2(seed(file, calls, &error), qPrintable(error));
        TraceReader reader(file, QStringLiteral("random-reader"));
        QVERIFY2(reader.open(&error), qPrintable(error));

        const QTimeZone zones[] = {Plus2,
                                   QTimeZone::utc(),
                                   QTimeZone("Europe/Berlin"),
                                   QTimeZone(5 * 3600 + 45 * 60), // Nepal's
                                   QTimeZone(-(3 * 3600 + 30 * 60)), // Newfoundland's
                                   QTimeZone(5 * 3600 + 7 * 60)}; // an odd one: no rollup
        for (const QTimeZone &zone : zones) {
            QVERIFY(zone.isValid());
            for (int i = 0; i < 40; ++i) {
                UsageStats::Query query;
                query.zone = zone;
                // Ends anywhere from a day before the first call to a day after the last, to
                // the nanosecond; some open, some inside one quarter-hour.
                const qint64 a = Nov20 - 24 * Hour + qint64(random.bounded(120 * 3600)) * Second
                        + random.bounded(1'000'000'000);
                const qint64 b = i % 5 == 0
                        ? a + random.bounded(900) * Second
                        : Nov20 - 24 * Hour + qint64(random.bounded(120 * 3600)) * Second;
                if (i % 7 != 1)
                    query.range.fromNs = std::min(a, b);
                if (i % 7 != 2)
                    query.range.untilNs = std::max(a, b) + 1;
                const UsageReport rolled = UsageStats::summary(reader, query, &error);
                QVERIFY2(error.isEmpty(), qPrintable(error));
                query.filter = *TraceFilter::parse(QStringLiteral("since:2000-01-01"), &error);
                const UsageReport scanned = UsageStats::summary(reader, query, &error);
                QVERIFY2(error.isEmpty(), qPrintable(error));
                const QString where = QString::fromUtf8(zone.id()) + u' ' + QString::number(i);
                QVERIFY2(sameSummary(rolled, scanned), qPrintable(where));
            }
        }
        // The whole store, and a range with no call at all.
        UsageStats::Query everything;
        everything.zone = Plus2;
        const UsageReport all = UsageStats::summary(reader, everything, &error);
        QCOMPARE(all.calls, 400);
        everything.range = UsageRange::days({2025, 12, 1}, {2025, 12, 2}, Plus2);
        QCOMPARE(UsageStats::summary(reader, everything, &error).calls, 0);
    }

    void summaryReadsWholeQuartersFromTheRollup()
    {
        // Which path answered shows when the rollup says something the calls do not: a row for
        // a quarter-hour with no call in it counts (the rollup is trusted), unless the range cuts
        // that quarter or a filter asks for the calls.
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("rollup.sqlite"));
        QString error;
        QVERIFY2(seed(file, seeds(), &error), qPrintable(error));
        {
            QSqlDatabase db =
                    QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("poke"));
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QSqlQuery q(db);
            // Nov21 05:00–05:15 UTC, an hour without calls.
            QVERIFY2(q.exec(QStringLiteral("INSERT INTO usage_quarter VALUES (%1, 'ghost', 5, 0, "
                                           "0, 0, 1.5, 0, "
                                           "0, 0, 0, 0)")
                                    .arg((Nov20 + 29 * Hour) / (900 * Second))),
                     qPrintable(q.lastError().text()));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("poke"));
        TraceReader reader(file, QStringLiteral("rollup-reader"));
        QVERIFY2(reader.open(&error), qPrintable(error));
        UsageStats::Query query;
        query.zone = Plus2;
        QCOMPARE(UsageStats::summary(reader, query, &error).calls, 12 + 5);
        // From the ghost's quarter to after call 7: calls 5, 6 and 7, and the ghost's five.
        query.range.fromNs = Nov20 + 29 * Hour;
        query.range.untilNs = Nov20 + 36 * Hour + 1;
        QCOMPARE(UsageStats::summary(reader, query, &error).calls, 3 + 5);
        query.range.fromNs = Nov20 + 29 * Hour + 1;
        QCOMPARE(UsageStats::summary(reader, query, &error).calls, 3);
        query.range = {};
        query.filter = *TraceFilter::parse(QStringLiteral("since:2000-01-01"), &error);
        QCOMPARE(UsageStats::summary(reader, query, &error).calls, 12);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void noCostLeftOnceThePricedCallsAreGone()
    {
        // The rollup's cost is a running sum: 0.1 + 0.2 - 0.1 - 0.2 leaves 4e-17 in binary.
        // The report shows what is stored to the picodollar: nothing, and never a "-$0.00".
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("dust.sqlite"));
        QList<TraceRecord> batch;
        const double costs[] = {0.1, 0.2, 0.0};
        for (int i = 0; i < 3; ++i) {
            batch.append(record({Nov20 + i * Second, Gpt, QString(), QString(), QString(), 200, 100,
                                 10, 0, 1, costs[i], costs[i] / 3, QByteArray()},
                                i + 1));
        }
        QString error;
        {
            TraceStore store(file, QStringLiteral("dust-store"));
            QVERIFY2(store.open(&error), qPrintable(error));
            QVERIFY2(store.insert(batch, &error), qPrintable(error));
            QCOMPARE(store.remove({batch.at(0).id, batch.at(1).id}, &error), 2);
        }
        TraceReader reader(file, QStringLiteral("dust-reader"));
        QVERIFY2(reader.open(&error), qPrintable(error));
        UsageStats::Query query;
        query.zone = Plus2;
        const UsageReport r = UsageStats::summary(reader, query, &error);
        QCOMPARE(r.calls, 1);
        QVERIFY2(r.costUsd == 0.0 && !std::signbit(r.costUsd),
                 qPrintable(QString::number(r.costUsd, 'g', 17)));
        QVERIFY2(r.costPerDay.at(0).costUsd == 0.0,
                 qPrintable(QString::number(r.costPerDay.at(0).costUsd, 'g', 17)));
        QVERIFY2(r.cache.savedUsd == 0.0 && !std::signbit(r.cache.savedUsd),
                 qPrintable(QString::number(r.cache.savedUsd, 'g', 17)));
    }

    void summaryAndDetailsMakeTheReport()
    {
        UsageStats::Query query;
        query.zone = Plus2;
        QString error;
        UsageReport r = UsageStats::summary(*m_reader, query, &error);
        QCOMPARE(r.calls, 12);
        QCOMPARE(r.costPerDay.size(), 8);
        QVERIFY(r.latency.isEmpty());
        QVERIFY(r.topUsers.isEmpty());
        QVERIFY(UsageStats::addDetails(*m_reader, query, &r, &error));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const UsageReport whole = compute(query);
        QCOMPARE(r.latency.size(), whole.latency.size());
        QCOMPARE(r.topUsers.size(), whole.topUsers.size());
        QCOMPARE(r.topSessions.size(), whole.topSessions.size());
        QCOMPARE(r.repeated.size(), whole.repeated.size());
        QVERIFY(sameSummary(r, whole));
    }

private:
    UsageReport compute(const UsageStats::Query &query)
    {
        QString error;
        UsageReport r = UsageStats::compute(*m_reader, query, &error);
        [&] {
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }();
        return r;
    }

    // Everything summary() fills, costs to the picodollar.
    static bool sameSummary(const UsageReport &a, const UsageReport &b)
    {
        auto near = [](double x, double y) {
            return qAbs(x - y) < 1e-9;
        };
        bool same = a.firstDay == b.firstDay && a.lastDay == b.lastDay && a.calls == b.calls
                && near(a.costUsd, b.costUsd) && a.unknownCostCalls == b.unknownCostCalls
                && a.cache.hits == b.cache.hits && a.cache.misses == b.cache.misses
                && a.cache.bypassed == b.cache.bypassed && near(a.cache.savedUsd, b.cache.savedUsd)
                && a.costPerDay.size() == b.costPerDay.size()
                && a.tokensPerDay.size() == b.tokensPerDay.size();
        for (qsizetype i = 0; same && i < a.costPerDay.size(); ++i) {
            const auto &x = a.costPerDay.at(i);
            const auto &y = b.costPerDay.at(i);
            same = x.day == y.day && x.model == y.model && x.calls == y.calls
                    && near(x.costUsd, y.costUsd) && x.unknownCostCalls == y.unknownCostCalls;
        }
        for (qsizetype i = 0; same && i < a.tokensPerDay.size(); ++i) {
            const auto &x = a.tokensPerDay.at(i);
            const auto &y = b.tokensPerDay.at(i);
            same = x.day == y.day && x.calls == y.calls && x.inputTokens == y.inputTokens
                    && x.cachedInputTokens == y.cachedInputTokens
                    && x.outputTokens == y.outputTokens;
        }
        if (!same)
            qWarning() << "calls" << a.calls << b.calls << "days" << a.costPerDay.size()
                       << b.costPerDay.size() << a.firstDay << b.firstDay << a.lastDay << b.lastDay;
        return same;
    }
    static void checkCost(const UsageReport::DayModelCost &c, QDate day, const QString &model,
                          qint64 calls, double cost, qint64 unknown)
    {
        QCOMPARE(c.day, day);
        QCOMPARE(c.model, model);
        QCOMPARE(c.calls, calls);
        COMPARE_USD(c.costUsd, cost);
        QCOMPARE(c.unknownCostCalls, unknown);
    }
    static void checkTokens(const UsageReport::DayTokens &t, QDate day, qint64 calls, qint64 input,
                            qint64 cached, qint64 output)
    {
        QCOMPARE(t.day, day);
        QCOMPARE(t.calls, calls);
        QCOMPARE(t.inputTokens, input);
        QCOMPARE(t.cachedInputTokens, cached);
        QCOMPARE(t.outputTokens, output);
    }
    static void checkLatency(const UsageReport::ModelLatency &l, const QString &model, qint64 calls,
                             double p50, double p95)
    {
        QCOMPARE(l.model, model);
        QCOMPARE(l.calls, calls);
        QCOMPARE(l.p50Ms, p50);
        QCOMPARE(l.p95Ms, p95);
    }
    static void checkGroup(const UsageReport::Group &g, const QString &name, qint64 calls,
                           double cost, qint64 unknown, qint64 tokens)
    {
        QCOMPARE(g.name, name);
        QCOMPARE(g.calls, calls);
        COMPARE_USD(g.costUsd, cost);
        QCOMPARE(g.unknownCostCalls, unknown);
        QCOMPARE(g.tokens, tokens);
    }
    static void checkRepeated(const UsageReport::Repeated &r, const QByteArray &hash,
                              const QString &model, qint64 count, double cost, qint64 hits,
                              qint64 lastId)
    {
        QCOMPARE(r.requestHash, hash);
        QCOMPARE(r.model, model);
        QCOMPARE(r.count, count);
        COMPARE_USD(r.costUsd, cost);
        QCOMPARE(r.cacheHits, hits);
        QCOMPARE(r.lastId, lastId);
    }

    QString path() const { return m_dir.filePath(QStringLiteral("traces.sqlite")); }

    QTemporaryDir m_dir;
    std::unique_ptr<TraceReader> m_reader;
    QString m_parseError;
};

QTEST_GUILESS_MAIN(TestUsageStats)
#include "tst_usagestats.moc"
