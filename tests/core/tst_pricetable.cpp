#include "llm/pricetable.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>

namespace {

// Test tables use -1 for "empty" in numeric columns.
constexpr double None = -1;
constexpr qint64 NoCount = -1;

std::optional<double> opt(double value)
{
    return value < 0 ? std::nullopt : std::optional<double>(value);
}

std::optional<qint64> count(qint64 value)
{
    return value < 0 ? std::nullopt : std::optional<qint64>(value);
}

bool sameAmount(const std::optional<double> &actual, double expected)
{
    if (expected < 0)
        return !actual.has_value();
    return actual.has_value() && std::abs(*actual - expected) < 1e-12;
}

QString describe(const std::optional<double> &value)
{
    return value ? QString::number(*value, 'g', 17) : QStringLiteral("empty");
}

PriceTable tableFrom(const char *json)
{
    PriceTable table(QStringLiteral("test"));
    QString error;
    if (!table.loadJson(QByteArray(json), &error))
        qFatal("test table rejected: %s", qPrintable(error));
    return table;
}

} // namespace

class TestPriceTable : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void resourceIsLinked()
    {
        QFile file(QStringLiteral(":/pricing.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(root.value(QLatin1StringView("format")).toInt(), 1);
        QCOMPARE(root.value(QLatin1StringView("unit")).toString(), QStringLiteral("per_1m_tokens"));
    }

    void builtinTable()
    {
        const PriceTable table = PriceTable::builtin();
        QCOMPARE(table.rows().size(), 42);
        QCOMPARE(table.updated(), QStringLiteral("2026-11-23"));
        QCOMPARE(table.version(), QStringLiteral("builtin 2026-11-23"));
        const QList<ModelPrice> rows = table.rows();
        for (const ModelPrice &row : rows) {
            QVERIFY2(!row.source.isEmpty(), qPrintable(row.id));
            QVERIFY2(!row.provider.isEmpty(), qPrintable(row.id));
            QVERIFY2(!row.prefix && !row.disabled, qPrintable(row.id));
            // Unknown is null in the table; a 0 would price a call as free.
            for (const auto &rate : {row.input, row.cacheRead, row.cacheWrite, row.cacheWrite1h,
                                     row.output, row.reasoningOutput})
                QVERIFY2(!rate || *rate > 0, qPrintable(row.id));
        }
    }

    // Every row of the reference price list, looked up by the id the list gives.
    void priceList_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("priceId");
        QTest::addColumn<double>("input");
        QTest::addColumn<double>("cacheRead");
        QTest::addColumn<double>("cacheWrite");
        QTest::addColumn<double>("output");
        const auto row = [](const char *model, const char *priceId, double input, double read,
                            double write, double output) {
            QTest::newRow(model) << QString::fromLatin1(model) << QString::fromLatin1(priceId)
                                 << input << read << write << output;
        };
        row("gpt-4o", "openai/gpt-4o", 2.50, 1.25, None, 10.00);
        row("gpt-4o-2024-05-13", "openai/gpt-4o-2024-05-13", 5.00, None, None, 15.00);
        row("gpt-4o-mini", "openai/gpt-4o-mini", 0.15, 0.075, None, 0.60);
        row("gpt-4.1", "openai/gpt-4.1", 2.00, 0.50, None, 8.00);
        row("gpt-4.1-mini", "openai/gpt-4.1-mini", 0.40, 0.10, None, 1.60);
        row("gpt-4.1-nano", "openai/gpt-4.1-nano", 0.10, 0.025, None, 0.40);
        row("o1", "openai/o1", 15.00, 7.50, None, 60.00);
        row("o3", "openai/o3", 2.00, 0.50, None, 8.00);
        row("o3-mini", "openai/o3-mini", 1.10, 0.55, None, 4.40);
        row("o4-mini", "openai/o4-mini", 1.10, 0.275, None, 4.40);
        row("gpt-5", "openai/gpt-5", 1.25, 0.125, None, 10.00);
        row("gpt-5-mini", "openai/gpt-5-mini", 0.25, 0.025, None, 2.00);
        row("gpt-5-nano", "openai/gpt-5-nano", 0.05, 0.005, None, 0.40);
        row("gpt-5.4", "openai/gpt-5.4", 2.50, 0.25, None, 15.00);
        row("gpt-5.5", "openai/gpt-5.5", 5.00, 0.50, None, 30.00);
        row("text-embedding-3-small", "openai/text-embedding-3-small", 0.02, None, None, None);
        row("text-embedding-3-large", "openai/text-embedding-3-large", 0.13, None, None, None);
        row("claude-3-5-sonnet-20241022", "anthropic/claude-3-5-sonnet", 3.00, 0.30, 3.75, 15.00);
        row("claude-3-5-haiku-20241022", "anthropic/claude-3-5-haiku", 0.80, 0.08, 1.00, 4.00);
        row("claude-3-7-sonnet-20250219", "anthropic/claude-3-7-sonnet", 3.00, 0.30, 3.75, 15.00);
        row("claude-sonnet-4-20250514", "anthropic/claude-sonnet-4", 3.00, 0.30, 3.75, 15.00);
        row("claude-opus-4-1", "anthropic/claude-opus-4-1", 15.00, 1.50, 18.75, 75.00);
        row("claude-opus-4-1-20250805", "anthropic/claude-opus-4-1", 15.00, 1.50, 18.75, 75.00);
        row("claude-opus-4", "anthropic/claude-opus-4", 15.00, 1.50, 18.75, 75.00);
        row("claude-sonnet-4-5", "anthropic/claude-sonnet-4-5", 3.00, 0.30, 3.75, 15.00);
        row("claude-sonnet-4-6", "anthropic/claude-sonnet-4-6", 3.00, 0.30, 3.75, 15.00);
        row("claude-haiku-4-5", "anthropic/claude-haiku-4-5", 1.00, 0.10, 1.25, 5.00);
        row("claude-haiku-4-5-20251001", "anthropic/claude-haiku-4-5", 1.00, 0.10, 1.25, 5.00);
        row("claude-opus-4-5", "anthropic/claude-opus-4-5", 5.00, 0.50, 6.25, 25.00);
        row("claude-opus-4-6", "anthropic/claude-opus-4-6", 5.00, 0.50, 6.25, 25.00);
        row("claude-opus-4-7", "anthropic/claude-opus-4-7", 5.00, 0.50, 6.25, 25.00);
        row("gemini-2.5-pro", "google/gemini-2.5-pro", 1.25, 0.125, None, 10.00);
        row("gemini-2.5-flash", "google/gemini-2.5-flash", 0.30, 0.03, None, 2.50);
        row("gemini-2.5-flash-lite", "google/gemini-2.5-flash-lite", 0.10, 0.01, None, 0.40);
        row("gemini-2.0-flash", "google/gemini-2.0-flash", 0.10, 0.025, None, 0.40);
        row("gemini-1.5-pro", "google/gemini-1.5-pro", 1.25, None, None, 5.00);
        row("gemini-1.5-flash", "google/gemini-1.5-flash", 0.075, None, None, 0.30);
        row("mistral-large-latest", "mistral/mistral-large-latest", 0.50, 0.05, None, 1.50);
        row("mistral-large-2512", "mistral/mistral-large-latest", 0.50, 0.05, None, 1.50);
        row("mistral-medium-latest", "mistral/mistral-medium-latest", 1.50, None, None, 7.50);
        row("mistral-small-latest", "mistral/mistral-small-latest", 0.15, 0.015, None, 0.60);
        row("meta-llama/llama-3.3-70b-instruct", "meta-llama/meta-llama/llama-3.3-70b-instruct",
            0.13, None, None, 0.40);
        row("meta-llama/llama-4-maverick", "meta-llama/meta-llama/llama-4-maverick", 0.20, None,
            None, 0.80);
        row("meta-llama/llama-3.1-8b-instruct", "meta-llama/meta-llama/llama-3.1-8b-instruct", 0.05,
            0.025, None, 0.08);
    }
    void priceList()
    {
        QFETCH(QString, model);
        QFETCH(QString, priceId);
        QFETCH(double, input);
        QFETCH(double, cacheRead);
        QFETCH(double, cacheWrite);
        QFETCH(double, output);
        const PriceTable table = PriceTable::builtin();
        const ModelPrice *row = table.lookup(model);
        QVERIFY(row);
        QCOMPARE(row->provider + u'/' + row->id, priceId);
        QCOMPARE(row->input, opt(input));
        QCOMPARE(row->cacheRead, opt(cacheRead));
        QCOMPARE(row->cacheWrite, opt(cacheWrite));
        QCOMPARE(row->output, opt(output));
    }

    void tiersAndExtras()
    {
        const PriceTable table = PriceTable::builtin();
        const ModelPrice *sonnet4 = table.lookup(QStringLiteral("claude-sonnet-4"));
        QVERIFY(sonnet4);
        QCOMPARE(sonnet4->tiers.size(), 1);
        QCOMPARE(sonnet4->tiers.first(), (PriceTier {200001, 6.00, 0.60, 7.50, 12.00, 22.50}));
        // Sonnet 4.5 and 4.6 bill past 200k input tokens as Sonnet 4 does.
        for (const char *model : {"claude-sonnet-4-5", "claude-sonnet-4-6-20260217"}) {
            const ModelPrice *sonnet = table.lookup(QLatin1String(model));
            QVERIFY(sonnet);
            QCOMPARE(sonnet->tiers, sonnet4->tiers);
        }
        const ModelPrice *gpt54 = table.lookup(QStringLiteral("gpt-5.4"));
        QCOMPARE(gpt54->tiers, (QList<PriceTier> {{272001, 5.00, {}, {}, {}, 22.50}}));
        const ModelPrice *gpt55 = table.lookup(QStringLiteral("gpt-5.5"));
        QCOMPARE(gpt55->tiers, (QList<PriceTier> {{272001, 10.00, {}, {}, {}, {}}}));
        const ModelPrice *gemini = table.lookup(QStringLiteral("gemini-2.5-pro"));
        QCOMPARE(gemini->tiers, (QList<PriceTier> {{200001, 2.50, 0.25, {}, {}, 15.00}}));
        const ModelPrice *gemini15 = table.lookup(QStringLiteral("gemini-1.5-pro"));
        QCOMPARE(gemini15->tiers, (QList<PriceTier> {{128001, 2.50, {}, {}, {}, 10.00}}));
        QCOMPARE(table.lookup(QStringLiteral("claude-sonnet-4-5"))->cacheWrite1h, 6.00);
        QCOMPARE(table.lookup(QStringLiteral("claude-haiku-4-5"))->cacheWrite1h, 2.00);
        QCOMPARE(table.lookup(QStringLiteral("claude-opus-4-7"))->cacheWrite1h, 10.00);
        QCOMPARE(table.lookup(QStringLiteral("claude-sonnet-4"))->cacheWrite1h, 6.00);
        QCOMPARE(table.lookup(QStringLiteral("gpt-4o"))->deprecated, QStringLiteral("2026-10-23"));
        QCOMPARE(table.lookup(QStringLiteral("text-embedding-3-large"))->mode,
                 QStringLiteral("embedding"));
        QCOMPARE(table.lookup(QStringLiteral("gpt-4o"))->mode, QStringLiteral("chat"));
    }

    void lookup_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("hint");
        QTest::addColumn<QString>("priceId");
        const auto row = [](const char *name, const char *model, const char *priceId,
                            const char *hint = "") {
            QTest::newRow(name) << QString::fromUtf8(model) << QString::fromUtf8(hint)
                                << QString::fromUtf8(priceId);
        };
        row("exact", "gpt-4o", "openai/gpt-4o");
        row("case", "GPT-4o", "openai/gpt-4o");
        row("spaces", " gpt-4o ", "openai/gpt-4o");
        row("alias", "claude-sonnet-4-5-20250929", "anthropic/claude-sonnet-4-5");
        row("dash date", "gpt-5.4-2026-03-05", "openai/gpt-5.4");
        row("compact date", "claude-opus-4-5-20251101", "anthropic/claude-opus-4-5");
        row("vertex date", "claude-sonnet-4-5@20250929", "anthropic/claude-sonnet-4-5");
        row("date then alias", "claude-3-5-sonnet-20240620", "anthropic/claude-3-5-sonnet");
        // A snapshot priced apart from its model is found before the date is stripped.
        row("older snapshot", "gpt-4o-2024-05-13", "openai/gpt-4o-2024-05-13");
        row("vendor and older snapshot", "openai/gpt-4o-2024-05-13", "openai/gpt-4o-2024-05-13");
        row("newer snapshot", "gpt-4o-2024-11-20", "openai/gpt-4o");
        row("vendor", "openai/gpt-4o", "openai/gpt-4o");
        row("vendor anthropic", "anthropic/claude-sonnet-4-5", "anthropic/claude-sonnet-4-5");
        row("vendor google", "google/gemini-2.5-pro", "google/gemini-2.5-pro");
        row("vendor alias", "mistralai/mistral-large-2512", "mistral/mistral-large-latest");
        row("vendor and date", "anthropic/claude-haiku-4-5-20251001", "anthropic/claude-haiku-4-5");
        row("two vendors", "openrouter/openai/gpt-4o-mini", "openai/gpt-4o-mini");
        row("llama keeps vendor", "meta-llama/llama-3.3-70b-instruct",
            "meta-llama/meta-llama/llama-3.3-70b-instruct");
        row("hint for another provider", "gpt-4o", "openai/gpt-4o", "openrouter");
        row("unknown", "mystery-model", "");
        row("unknown sibling", "o1-mini", "");
        row("free variant", "meta-llama/llama-3.3-70b-instruct:free", "");
        row("local", "llama3.2:3b", "");
        row("empty", "", "");
        row("slash only", "openai/", "");
    }
    void lookup()
    {
        QFETCH(QString, model);
        QFETCH(QString, hint);
        QFETCH(QString, priceId);
        const ModelPrice *row = PriceTable::builtin().lookup(model, hint);
        QCOMPARE(row ? row->provider + u'/' + row->id : QString(), priceId);
    }

    void prefixAndCollisions_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("hint");
        QTest::addColumn<QString>("priceId");
        const auto row = [](const char *name, const char *model, const char *priceId,
                            const char *hint = "") {
            QTest::newRow(name) << QString::fromUtf8(model) << QString::fromUtf8(hint)
                                << QString::fromUtf8(priceId);
        };
        row("longest prefix", "llama3.2:3b", "local/llama3.2");
        row("shorter prefix", "llama3.1:8b", "local/llama");
        row("prefix after vendor", "ollama/llama3.2:1b", "local/llama3.2");
        row("exact beats prefix", "gpt-4o", "azure/gpt-4o");
        row("prefix", "gpt-4-turbo", "openai/gpt-4");
        row("hint openai", "gpt-4o", "openai/gpt-4o", "openai");
        row("hint azure", "gpt-4o", "azure/gpt-4o", "Azure");
        row("hint unknown: latest row", "gpt-4o", "azure/gpt-4o", "other");
        row("hint on prefix", "llama3.2:1b", "other/llama3.2", "other");
        row("no match", "mistral", "");
        row("disabled prefix", "qwen3:8b", "");
    }
    void prefixAndCollisions()
    {
        QFETCH(QString, model);
        QFETCH(QString, hint);
        QFETCH(QString, priceId);
        const PriceTable table = tableFrom(R"({"format":1,"models":[
            {"provider":"local","id":"llama","prefix":true,"input":0,"output":0},
            {"provider":"other","id":"llama3.2","prefix":true,"input":1,"output":1},
            {"provider":"local","id":"llama3.2","prefix":true,"input":0,"output":0},
            {"provider":"local","id":"qwen","prefix":true,"input":0,"output":0,"disabled":true},
            {"provider":"openai","id":"gpt-4","prefix":true,"input":30,"output":60},
            {"provider":"openai","id":"gpt-4o","input":2.5,"output":10},
            {"provider":"azure","id":"gpt-4o","input":2.75,"output":11}]})");
        const ModelPrice *row = table.lookup(model, hint);
        QCOMPARE(row ? row->provider + u'/' + row->id : QString(), priceId);
    }

    void cost_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<qint64>("input");
        QTest::addColumn<qint64>("cached");
        QTest::addColumn<qint64>("written");
        QTest::addColumn<qint64>("output");
        QTest::addColumn<qint64>("reasoning");
        QTest::addColumn<double>("providerCost");
        QTest::addColumn<double>("inputUsd");
        QTest::addColumn<double>("outputUsd");
        QTest::addColumn<double>("totalUsd");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("priceId");
        const QString table = QStringLiteral("table");
        const QString provider = QStringLiteral("provider");

        QTest::newRow("openai plain")
                << QStringLiteral("gpt-4o") << 1000LL << NoCount << NoCount << 500LL << NoCount
                << None << 1000 * 2.5 / 1e6 << 500 * 10.0 / 1e6 << 0.0075 << table
                << QStringLiteral("openai/gpt-4o");
        QTest::newRow("openai cached")
                << QStringLiteral("gpt-4o-mini-2024-07-18") << 10000LL << 4000LL << NoCount
                << 1000LL << 0LL << None << 6000 * 0.15 / 1e6 + 4000 * 0.075 / 1e6
                << 1000 * 0.6 / 1e6 << 0.0018 << table << QStringLiteral("openai/gpt-4o-mini");
        QTest::newRow("anthropic read and write")
                << QStringLiteral("claude-sonnet-4-5-20250929") << 25LL + 2048 + 1800 << 2048LL
                << 1800LL << 312LL << NoCount << None
                << 25 * 3.0 / 1e6 + 2048 * 0.3 / 1e6 + 1800 * 3.75 / 1e6 << 312 * 15.0 / 1e6
                << 0.0121194 << table << QStringLiteral("anthropic/claude-sonnet-4-5");
        QTest::newRow("tier not yet at 200k")
                << QStringLiteral("claude-sonnet-4-20250514") << 200000LL << NoCount << NoCount
                << 1000LL << NoCount << None << 0.6 << 0.015 << 0.615 << table
                << QStringLiteral("anthropic/claude-sonnet-4");
        QTest::newRow("tier above 200k")
                << QStringLiteral("claude-sonnet-4-20250514") << 200001LL << NoCount << NoCount
                << 1000LL << NoCount << None << 1.200006 << 0.0225 << 1.222506 << table
                << QStringLiteral("anthropic/claude-sonnet-4");
        QTest::newRow("tier with cache")
                << QStringLiteral("claude-sonnet-4") << 250000LL << 50000LL << 10000LL << 0LL
                << NoCount << None << 190000 * 6.0 / 1e6 + 50000 * 0.6 / 1e6 + 10000 * 7.5 / 1e6
                << 0.0 << 1.245 << table << QStringLiteral("anthropic/claude-sonnet-4");
        QTest::newRow("tier keeps unnamed rates")
                << QStringLiteral("gpt-5.5") << 300000LL << 100000LL << NoCount << 1000LL << NoCount
                << None << 200000 * 10.0 / 1e6 + 100000 * 0.5 / 1e6 << 0.03 << 2.08 << table
                << QStringLiteral("openai/gpt-5.5");
        QTest::newRow("cache rate falls back to input")
                << QStringLiteral("gemini-1.5-pro") << 2000LL << 1000LL << NoCount << 100LL
                << NoCount << None << 0.0025 << 0.0005 << 0.003 << table
                << QStringLiteral("google/gemini-1.5-pro");
        QTest::newRow("reasoning inside output")
                << QStringLiteral("o3") << 1000LL << NoCount << NoCount << 600LL << 500LL << None
                << 0.002 << 0.0048 << 0.0068 << table << QStringLiteral("openai/o3");
        QTest::newRow("reasoning rate set")
                << QStringLiteral("reasoner") << 1000LL << NoCount << NoCount << 600LL << 200LL
                << None << 0.001 << 200 * 8.0 / 1e6 + 400 * 4.0 / 1e6 << 0.0042 << table
                << QStringLiteral("test/reasoner");
        QTest::newRow("embedding without output")
                << QStringLiteral("text-embedding-3-small") << 8LL << NoCount << NoCount << NoCount
                << NoCount << None << 8 * 0.02 / 1e6 << 0.0 << 8 * 0.02 / 1e6 << table
                << QStringLiteral("openai/text-embedding-3-small");
        QTest::newRow("output at unknown rate")
                << QStringLiteral("text-embedding-3-small") << 8LL << NoCount << NoCount << 5LL
                << NoCount << None << 8 * 0.02 / 1e6 << None << None << table
                << QStringLiteral("openai/text-embedding-3-small");
        QTest::newRow("output count unknown")
                << QStringLiteral("gpt-4o") << 100LL << NoCount << NoCount << NoCount << NoCount
                << None << 0.00025 << None << None << table << QStringLiteral("openai/gpt-4o");
        QTest::newRow("unknown usage")
                << QStringLiteral("gpt-4o") << NoCount << NoCount << NoCount << NoCount << NoCount
                << None << None << None << None << table << QStringLiteral("openai/gpt-4o");
        QTest::newRow("unknown model")
                << QStringLiteral("mystery-model") << 1000LL << NoCount << NoCount << 10LL
                << NoCount << None << None << None << None << QString() << QString();
        // The table would split $0.00053 into 0.00013 + 0.0004; the provider's 0.0006 has no
        // split, and the table's would not add up to it.
        QTest::newRow("provider cost, known model")
                << QStringLiteral("meta-llama/llama-3.3-70b-instruct") << 1000LL << NoCount
                << NoCount << 1000LL << NoCount << 0.0006 << None << None << 0.0006 << provider
                << QStringLiteral("meta-llama/meta-llama/llama-3.3-70b-instruct");
        QTest::newRow("provider cost, unknown model")
                << QStringLiteral("openrouter/auto") << 1000LL << NoCount << NoCount << 10LL
                << NoCount << 0.01 << None << None << 0.01 << provider << QString();
        QTest::newRow("provider cost, free")
                << QStringLiteral("mystery:free") << 1000LL << NoCount << NoCount << 10LL << NoCount
                << 0.0 << None << None << 0.0 << provider << QString();
    }
    void cost()
    {
        QFETCH(QString, model);
        QFETCH(qint64, input);
        QFETCH(qint64, cached);
        QFETCH(qint64, written);
        QFETCH(qint64, output);
        QFETCH(qint64, reasoning);
        QFETCH(double, providerCost);
        QFETCH(double, inputUsd);
        QFETCH(double, outputUsd);
        QFETCH(double, totalUsd);
        QFETCH(QString, source);
        QFETCH(QString, priceId);

        PriceTable table = PriceTable::builtin();
        table.mergeOverrides(tableFrom(R"({"format":1,"models":[
            {"provider":"test","id":"reasoner","input":1,"output":4,"reasoning_output":8}]})"));
        TokenUsage usage;
        usage.input = count(input);
        usage.cachedInput = count(cached);
        usage.cacheWrite = count(written);
        usage.output = count(output);
        usage.reasoning = count(reasoning);
        if (providerCost >= 0)
            usage.providerCostUsd = providerCost;

        const CostBreakdown result = table.cost(model, usage);
        QVERIFY2(sameAmount(result.inputUsd, inputUsd), qPrintable(describe(result.inputUsd)));
        QVERIFY2(sameAmount(result.outputUsd, outputUsd), qPrintable(describe(result.outputUsd)));
        QVERIFY2(sameAmount(result.totalUsd, totalUsd), qPrintable(describe(result.totalUsd)));
        QCOMPARE(result.isKnown(), totalUsd >= 0);
        QCOMPARE(result.source, source);
        QCOMPARE(result.priceId, priceId);
        QCOMPARE(result.tableVersion,
                 priceId.isEmpty() ? QString() : QStringLiteral("builtin 2026-11-23 + test"));
    }

    // Sums of decimal rates carry binary noise; costs are the double nearest their decimal
    // value, so exports and headers show 0.008755, not 0.008754999999999999.
    void costsAreDecimal()
    {
        const PriceTable table = PriceTable::builtin();
        auto total = [&](const char *model, qint64 input, qint64 output) {
            TokenUsage usage;
            usage.input = input;
            usage.output = output;
            const std::optional<double> usd = table.cost(QLatin1String(model), usage).totalUsd;
            return usd ? QString::number(*usd, 'g', QLocale::FloatingPointShortest) : QString();
        };
        QCOMPARE(total("gpt-4o", 1234, 567), u"0.008755"_qs);
        QCOMPARE(total("claude-sonnet-4-5", 1, 7), u"0.000108"_qs);
        QCOMPARE(total("gpt-4o-mini", 3, 0), u"4.5e-07"_qs);
    }

    // Anthropic bills a write kept for an hour at its own rate (twice the input's); a row or
    // tier without one bills it as a 5-minute write.
    void oneHourCacheWrites()
    {
        PriceTable table = PriceTable::builtin();
        table.mergeOverrides(tableFrom(R"({"format":1,"models":[
            {"provider":"test","id":"writer","input":1,"cache_write":2,"output":4}]})"));
        auto inputCost = [&](const char *model, qint64 input, qint64 written, qint64 hour) {
            TokenUsage usage;
            usage.input = input;
            usage.cachedInput = 2000;
            usage.cacheWrite = written;
            usage.cacheWrite1h = hour;
            usage.output = 0;
            return table.cost(QLatin1String(model), usage).inputUsd.value_or(-1);
        };
        // 100 fresh, 2000 read, 200 written for 5 minutes and 300 for an hour.
        QVERIFY(sameAmount(inputCost("claude-sonnet-4-5", 2600, 500, 300),
                           (100 * 3.0 + 2000 * 0.3 + 200 * 3.75 + 300 * 6.0) / 1e6));
        // Past 200k input tokens, the long-context tier's own hour rate.
        QVERIFY(sameAmount(inputCost("claude-sonnet-4", 250000, 10000, 4000),
                           (238000 * 6.0 + 2000 * 0.6 + 6000 * 7.5 + 4000 * 12.0) / 1e6));
        QVERIFY(sameAmount(inputCost("writer", 2600, 500, 300),
                           (100 * 1.0 + 2000 * 1.0 + 500 * 2.0) / 1e6));
    }

    void overrides()
    {
        PriceTable table = PriceTable::builtin();
        PriceTable user(QStringLiteral("user"));
        QString error;
        QVERIFY2(user.loadJson(R"({"format":1,"updated":"2026-11-20","models":[
            {"provider":"openai","id":"gpt-4o","input":2.0,"aliases":["my-4o"]},
            {"provider":"OpenAI","id":"GPT-4o-mini","source":"my contract"},
            {"provider":"anthropic","id":"claude-3-5-haiku","disabled":true},
            {"provider":"anthropic","id":"claude-sonnet-4","tiers":[
                {"min_input_tokens":100001,"input":9}]},
            {"provider":"local","id":"llama3.2","prefix":true,"input":0,"output":0,
             "source":"runs on my machine"}]})",
                               &error),
                 qPrintable(error));
        QCOMPARE(user.version(), QStringLiteral("user 2026-11-20"));
        table.mergeOverrides(user);
        QCOMPARE(table.version(), QStringLiteral("builtin 2026-11-23 + user 2026-11-20"));
        QCOMPARE(table.rows().size(), 43);

        const ModelPrice *gpt4o = table.lookup(QStringLiteral("my-4o"));
        QVERIFY(gpt4o);
        QCOMPARE(gpt4o->id, QStringLiteral("gpt-4o"));
        QCOMPARE(gpt4o->input, 2.0);
        QCOMPARE(gpt4o->cacheRead, 1.25); // not named by the user: kept
        QCOMPARE(gpt4o->output, 10.0);
        QCOMPARE(gpt4o->aliases,
                 (QStringList {QStringLiteral("gpt-4o-2024-08-06"),
                               QStringLiteral("gpt-4o-2024-11-20"), QStringLiteral("my-4o")}));
        QCOMPARE(gpt4o->source, QStringLiteral("user 2026-11-20"));
        QCOMPARE(gpt4o->deprecated, QStringLiteral("2026-10-23"));

        const ModelPrice *mini = table.lookup(QStringLiteral("gpt-4o-mini"));
        QCOMPARE(mini->input, 0.15);
        QCOMPARE(mini->source, QStringLiteral("my contract"));

        QVERIFY(!table.lookup(QStringLiteral("claude-3-5-haiku-20241022")));
        QVERIFY(!table.lookup(QStringLiteral("claude-3-5-haiku")));
        const QList<ModelPrice> rows = table.rows();
        QVERIFY(std::any_of(rows.cbegin(), rows.cend(), [](const ModelPrice &row) {
            return row.id == QLatin1StringView("claude-3-5-haiku") && row.disabled;
        }));

        const ModelPrice *sonnet4 = table.lookup(QStringLiteral("claude-sonnet-4"));
        QCOMPARE(sonnet4->tiers, (QList<PriceTier> {{100001, 9.0, {}, {}, {}, {}}}));

        // Free because the user says so.
        TokenUsage usage;
        usage.input = 5000;
        usage.output = 300;
        const CostBreakdown local = table.cost(QStringLiteral("llama3.2:3b"), usage);
        QCOMPARE(local.totalUsd, 0.0);
        QCOMPARE(local.priceId, QStringLiteral("local/llama3.2"));
        QCOMPARE(local.tableVersion, QStringLiteral("builtin 2026-11-23 + user 2026-11-20"));

        const CostBreakdown gpt = table.cost(QStringLiteral("gpt-4o"), usage);
        QVERIFY(sameAmount(gpt.totalUsd, 5000 * 2.0 / 1e6 + 300 * 10.0 / 1e6));

        // The built-in table itself is untouched.
        QCOMPARE(PriceTable::builtin().lookup(QStringLiteral("gpt-4o"))->input, 2.5);
        QVERIFY(PriceTable::builtin().lookup(QStringLiteral("claude-3-5-haiku")));
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QStringList>("mentions");
        const auto row = [](const char *name, const char *json, QStringList mentions) {
            QTest::newRow(name) << QByteArray(json) << mentions;
        };
        const auto s = [](const char *text) {
            return QString::fromUtf8(text);
        };
        row("not json", "{\"format\":1,", {s("not valid JSON")});
        row("array", "[]", {s("JSON object")});
        row("no format", R"({"models":[]})", {s("\"format\"")});
        row("format 2", R"({"format":2,"models":[]})", {s("format 2")});
        row("no models", R"({"format":1})", {s("\"models\"")});
        row("currency", R"({"format":1,"currency":"EUR","models":[]})", {s("EUR")});
        row("unit", R"({"format":1,"unit":"per_token","models":[]})", {s("per_token")});
        row("row not object", R"({"format":1,"models":[1]})", {s("models[0]")});
        row("no id", R"({"format":1,"models":[{"provider":"openai"}]})",
            {s("models[0]"), s("\"id\"")});
        row("no provider", R"({"format":1,"models":[{"id":"x"}]})",
            {s("models[0] (x)"), s("\"provider\"")});
        row("rate as string",
            R"({"format":1,"models":[{"provider":"a","id":"ok"},
                {"provider":"openai","id":"gpt-x","input":"2.5"}]})",
            {s("models[1] (gpt-x)"), s("\"input\"")});
        row("negative rate", R"({"format":1,"models":[{"provider":"a","id":"b","output":-1}]})",
            {s("models[0] (b)"), s("\"output\"")});
        row("aliases", R"({"format":1,"models":[{"provider":"a","id":"b","aliases":"c"}]})",
            {s("\"aliases\"")});
        row("prefix", R"({"format":1,"models":[{"provider":"a","id":"b","prefix":"yes"}]})",
            {s("\"prefix\"")});
        row("tier threshold",
            R"({"format":1,"models":[{"provider":"a","id":"b","tiers":[{"input":1}]}]})",
            {s("models[0] (b) tiers[0]"), s("\"min_input_tokens\"")});
        row("tier threshold fraction",
            R"({"format":1,"models":[{"provider":"a","id":"b",
                "tiers":[{"min_input_tokens":10.5}]}]})",
            {s("tiers[0]"), s("\"min_input_tokens\"")});
        row("duplicate",
            R"({"format":1,"models":[{"provider":"a","id":"b"},{"provider":"A","id":"B"}]})",
            {s("models[1] (B)"), s("models[0]")});
    }
    void malformed()
    {
        QFETCH(QByteArray, json);
        QFETCH(QStringList, mentions);
        PriceTable table = tableFrom(R"({"format":1,"updated":"2026-01-01","models":[
            {"provider":"openai","id":"gpt-4o","input":2.5,"output":10}]})");
        QString error;
        QVERIFY(!table.loadJson(json, &error));
        for (const QString &mention : std::as_const(mentions))
            QVERIFY2(error.contains(mention), qPrintable(error));
        // A failed load leaves the table as it was.
        QCOMPARE(table.rows().size(), 1);
        QCOMPARE(table.updated(), QStringLiteral("2026-01-01"));
        QVERIFY(table.lookup(QStringLiteral("gpt-4o")));
    }
};

QTEST_GUILESS_MAIN(TestPriceTable)
#include "tst_pricetable.moc"
