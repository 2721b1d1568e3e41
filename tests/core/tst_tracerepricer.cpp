#include "trace/tracerepricer.h"
#include "trace/tracestore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

// `count` chat completions through api.openai.com, each with this usage, as the store keeps them.
QList<TraceRecord> openAiCalls(int count, const QString &model, qint64 input, qint64 output)
{
    QList<TraceRecord> calls(count);
    for (int i = 0; i < count; ++i) {
        calls[i].traceId = "t";
        calls[i].spanId = QByteArray::number(i);
        calls[i].url = QStringLiteral("https://api.openai.com:443/v1/chat/completions");
        calls[i].model = model;
        calls[i].usage.input = input;
        calls[i].usage.output = output;
    }
    return calls;
}

} // namespace

class TestTraceRepricer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void recomputesTableCostsOnly()
    {
        QTemporaryDir dir;
        TraceStore store(dir.filePath(QStringLiteral("t.sqlite")), QStringLiteral("reprice"));
        QString error;
        QVERIFY(store.open(&error));
        QList<TraceRecord> batch =
                openAiCalls(4, QStringLiteral("my-fine-tune"), 1'000'000, 1'000'000);
        batch[1].costUsd = 42; // reported by the provider: stays
        batch[1].costSource = QStringLiteral("provider");
        batch[2].usage = {}; // unknown usage: nothing to price
        batch[3].model = QStringLiteral("gpt-4o-mini");
        QVERIFY(store.insert(batch, &error));

        // The user prices the fine-tune after the fact.
        PriceTable prices = PriceTable::builtin();
        PriceTable user(QStringLiteral("user"));
        QVERIFY2(user.loadJson(R"({"format":1,"updated":"2026-11-22","currency":"USD",
            "unit":"per_1m_tokens","models":[{"provider":"openai","id":"my-fine-tune",
            "input":1.5,"output":6.0,"source":"my invoice"}]})",
                               &error),
                 qPrintable(error));
        prices.mergeOverrides(user);

        QSqlDatabase db = store.database();
        const auto result = TraceRepricer::run(db, prices, {}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(result.examined, 2); // provider cost and unknown usage are not examined
        QCOMPARE(result.changed, 2);
        QSqlQuery q(db);
        q.exec(QStringLiteral(
                "SELECT cost_usd, cost_source, price_version FROM traces ORDER BY id"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toDouble(), 7.5);
        QCOMPARE(q.value(1).toString(), QStringLiteral("table"));
        QVERIFY(q.value(2).toString().contains(QLatin1String("user 2026-11-22")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toDouble(), 42.0);
        QVERIFY(q.next());
        QVERIFY(q.value(0).isNull());
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toDouble(), 0.15 + 0.60);

        // The usage rollup follows re-pricing.
        QSqlQuery rollup(db);
        QVERIFY(rollup.exec(QStringLiteral("SELECT sum(cost_usd) FROM usage_quarter"))
                && rollup.next());
        QVERIFY(qAbs(rollup.value(0).toDouble() - (7.5 + 42.0 + 0.75)) < 1e-9);

        // Nothing changes the second time.
        QCOMPARE(TraceRepricer::run(db, prices, {}, &error).changed, 0);
    }

    void cacheHitStaysFreeAndItsSavingFollowsPrices()
    {
        QTemporaryDir dir;
        TraceStore store(dir.filePath(QStringLiteral("t.sqlite")), QStringLiteral("reprice-hit"));
        QString error;
        QVERIFY(store.open(&error));
        // As recording stores them: a miss at full price, then the same call from the cache,
        // free, having saved that price.
        const double price = (1'000 * 0.15 + 500 * 0.60) / 1e6; // gpt-4o-mini
        QList<TraceRecord> batch = openAiCalls(2, QStringLiteral("gpt-4o-mini"), 1'000, 500);
        for (TraceRecord &call : batch) {
            call.priceId = QStringLiteral("openai/gpt-4o-mini");
            call.costSource = QStringLiteral("table");
        }
        batch[0].cache = QStringLiteral("MISS");
        batch[0].costUsd = price;
        batch[1].cache = QStringLiteral("HIT");
        batch[1].costUsd = 0.0;
        batch[1].savedUsd = price;
        QVERIFY(store.insert(batch, &error));
        QSqlDatabase db = store.database();

        // Prices unchanged: nothing to change, the hit included.
        PriceTable prices = PriceTable::builtin();
        const auto unchanged = TraceRepricer::run(db, prices, {}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(unchanged.examined, 2);
        QCOMPARE(unchanged.changed, 0);

        // Prices doubled: the miss costs twice as much, the hit is still free and saved twice as
        // much; the per-day rollup follows.
        PriceTable user(QStringLiteral("user"));
        QVERIFY2(user.loadJson(R"({"format":1,"updated":"2026-11-22","models":[
            {"provider":"openai","id":"gpt-4o-mini","input":0.30,"output":1.20}]})",
                               &error),
                 qPrintable(error));
        prices.mergeOverrides(user);
        QCOMPARE(TraceRepricer::run(db, prices, {}, &error).changed, 2);
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT cost_usd, saved_usd, cost_input, cost_output "
                                      "FROM traces ORDER BY id")));
        QVERIFY(q.next());
        QVERIFY(qAbs(q.value(0).toDouble() - 2 * price) < 1e-12);
        QVERIFY(q.value(1).isNull());
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toDouble(), 0.0);
        QVERIFY(qAbs(q.value(1).toDouble() - 2 * price) < 1e-12);
        QCOMPARE(q.value(2).toDouble(), 0.0);
        QCOMPARE(q.value(3).toDouble(), 0.0);
        QSqlQuery rollup(db);
        QVERIFY(rollup.exec(
                        QStringLiteral("SELECT sum(cost_usd), sum(saved_usd) FROM usage_quarter"))
                && rollup.next());
        QVERIFY(qAbs(rollup.value(0).toDouble() - 2 * price) < 1e-12);
        QVERIFY(qAbs(rollup.value(1).toDouble() - 2 * price) < 1e-12);
        QCOMPARE(TraceRepricer::run(db, prices, {}, &error).changed, 0);
    }

    // The store keeps how many writes were kept for an hour: re-pricing bills them at the
    // hour's rate, not as the 5-minute writes they are part of.
    void oneHourCacheWritesKeepTheirRate()
    {
        QTemporaryDir dir;
        TraceStore store(dir.filePath(QStringLiteral("t.sqlite")), QStringLiteral("reprice-1h"));
        QString error;
        QVERIFY(store.open(&error));
        QList<TraceRecord> batch = openAiCalls(1, QStringLiteral("claude-sonnet-4-5"), 100'000, 0);
        batch[0].url = QStringLiteral("https://api.anthropic.com:443/v1/messages");
        batch[0].usage.cacheWrite = 100'000;
        batch[0].usage.cacheWrite1h = 60'000;
        QVERIFY(store.insert(batch, &error));
        QSqlDatabase db = store.database();
        TraceRepricer::run(db, PriceTable::builtin(), {}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT cost_usd, cache_write_1h_tokens FROM traces"))
                && q.next());
        QVERIFY(qAbs(q.value(0).toDouble() - (0.04 * 3.75 + 0.06 * 6.0)) < 1e-9);
        QCOMPARE(q.value(1).toLongLong(), 60'000);
    }
};

QTEST_GUILESS_MAIN(TestTraceRepricer)
#include "tst_tracerepricer.moc"
