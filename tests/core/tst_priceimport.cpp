#include "llm/priceimport.h"

#include <QDateTime>
#include <QTest>

Q_DECLARE_METATYPE(PriceTable)

namespace {

QString today()
{
    return QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate);
}

const char LiteLlmJson[] = R"({
  "sample_spec": {"input_cost_per_token": 0.0, "litellm_provider": "one of the LiteLLM providers", "mode": "one of: chat, embedding"},
  "gpt-4o": {"litellm_provider": "openai", "mode": "chat", "max_input_tokens": 128000,
             "input_cost_per_token": 2.5e-06, "output_cost_per_token": 1e-05,
             "cache_read_input_token_cost": 1.25e-06, "deprecation_date": "2026-10-23"},
  "claude-sonnet-4-5": {"litellm_provider": "anthropic", "mode": "chat",
             "input_cost_per_token": 3e-06, "output_cost_per_token": 1.5e-05,
             "cache_read_input_token_cost": 3e-07, "cache_creation_input_token_cost": 3.75e-06,
             "cache_creation_input_token_cost_above_1hr": 6e-06,
             "input_cost_per_token_above_200k_tokens": 6e-06,
             "output_cost_per_token_above_200k_tokens": 2.25e-05,
             "cache_read_input_token_cost_above_200k_tokens": 6e-07,
             "cache_creation_input_token_cost_above_200k_tokens": 7.5e-06},
  "gpt-5.4": {"litellm_provider": "openai", "mode": "responses",
             "input_cost_per_token": 2.5e-06, "output_cost_per_token": 1.5e-05,
             "input_cost_per_token_above_272k_tokens": 5e-06,
             "output_cost_per_token_above_272k_tokens": 2.25e-05},
  "gemini/gemini-1.5-pro": {"litellm_provider": "gemini", "mode": "chat",
             "input_cost_per_token": 3.5e-06, "output_cost_per_token": 1.05e-05,
             "input_cost_per_token_above_128k_tokens": 7e-06,
             "output_cost_per_token_above_128k_tokens": 2.1e-05},
  "reasoner-x": {"litellm_provider": "example", "mode": "chat",
             "input_cost_per_token": 1e-06, "output_cost_per_token": 4e-06,
             "output_cost_per_reasoning_token": 8e-06},
  "text-embedding-3-small": {"litellm_provider": "openai", "mode": "embedding",
             "input_cost_per_token": 2e-08, "output_cost_per_token": 0.0},
  "dall-e-3": {"litellm_provider": "openai", "mode": "image_generation",
             "output_cost_per_image": 0.04},
  "broken": "not an entry"
})";

const char OpenRouterJson[] = R"({"data": [
  {"id": "openai/gpt-4o", "name": "OpenAI: GPT-4o", "context_length": 128000,
   "pricing": {"prompt": "0.0000025", "completion": "0.00001", "input_cache_read": "0.00000125",
               "request": "0", "image": "0.003613"}},
  {"id": "anthropic/claude-sonnet-4", "pricing": {"prompt": "0.000003", "completion": "0.000015",
   "input_cache_read": "0.0000003", "input_cache_write": "0.00000375",
   "input_cache_write_1h": "0.000006", "internal_reasoning": "0",
   "overrides": [{"min_prompt_tokens": 200001, "prompt": "0.000006", "completion": "0.0000225"}]}},
  {"id": "openai/o3", "pricing": {"prompt": "0.000002", "completion": "0.000008",
   "internal_reasoning": "0.000008"}},
  {"id": "~anthropic/claude-sonnet-latest",
   "pricing": {"prompt": "0.000003", "completion": "0.000015"}},
  {"id": "meta-llama/llama-3.3-70b-instruct:free", "pricing": {"prompt": "0", "completion": "0"}},
  {"id": "openrouter/auto", "pricing": {"prompt": "-1", "completion": "-1"}},
  {"id": "broken", "pricing": {"prompt": "abc", "completion": "0.1"}},
  {"name": "no id", "pricing": {"prompt": "0.000001", "completion": "0.000001"}},
  "not an object"
]})";

ModelPrice rowOf(const PriceTable &table, const char *model)
{
    const ModelPrice *row = table.lookup(QString::fromUtf8(model));
    return row ? *row : ModelPrice();
}

} // namespace

class TestPriceImport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void liteLlm()
    {
        QString error;
        const std::optional<PriceTable> table = PriceImport::fromLiteLlm(LiteLlmJson, &error);
        QVERIFY2(table, qPrintable(error));
        QCOMPARE(table->rows().size(), 6);
        QCOMPARE(table->version(), QStringLiteral("litellm ") + today());
        QVERIFY(!table->lookup(QStringLiteral("sample_spec")));
        QVERIFY(!table->lookup(QStringLiteral("dall-e-3")));

        ModelPrice gpt4o;
        gpt4o.provider = QStringLiteral("openai");
        gpt4o.id = QStringLiteral("gpt-4o");
        gpt4o.mode = QStringLiteral("chat");
        gpt4o.input = 2.5;
        gpt4o.cacheRead = 1.25;
        gpt4o.output = 10.0;
        gpt4o.deprecated = QStringLiteral("2026-10-23");
        gpt4o.source = QStringLiteral("litellm ") + today();
        QCOMPARE(rowOf(*table, "gpt-4o"), gpt4o);

        ModelPrice sonnet;
        sonnet.provider = QStringLiteral("anthropic");
        sonnet.id = QStringLiteral("claude-sonnet-4-5");
        sonnet.mode = QStringLiteral("chat");
        sonnet.input = 3.0;
        sonnet.cacheRead = 0.3;
        sonnet.cacheWrite = 3.75;
        sonnet.cacheWrite1h = 6.0;
        sonnet.output = 15.0;
        sonnet.tiers = {{200001, 6.0, 0.6, 7.5, {}, 22.5}};
        sonnet.source = QStringLiteral("litellm ") + today();
        QCOMPARE(rowOf(*table, "claude-sonnet-4-5"), sonnet);

        QCOMPARE(rowOf(*table, "gpt-5.4").tiers,
                 (QList<PriceTier> {{272001, 5.0, {}, {}, {}, 22.5}}));
        QCOMPARE(rowOf(*table, "gpt-5.4").mode, QStringLiteral("responses"));
        const ModelPrice gemini = rowOf(*table, "gemini/gemini-1.5-pro");
        QCOMPARE(gemini.provider, QStringLiteral("gemini"));
        QCOMPARE(gemini.aliases, QStringList {QStringLiteral("gemini-1.5-pro")});
        QCOMPARE(gemini.input, 3.5);
        QCOMPARE(gemini.output, 10.5);
        QCOMPARE(gemini.tiers, (QList<PriceTier> {{128001, 7.0, {}, {}, {}, 21.0}}));
        QCOMPARE(rowOf(*table, "reasoner-x").reasoningOutput, 8.0);
        const ModelPrice embedding = rowOf(*table, "text-embedding-3-small");
        QCOMPARE(embedding.input, 0.02);
        QCOMPARE(embedding.output, 0.0);
        QCOMPARE(embedding.mode, QStringLiteral("embedding"));
        QCOMPARE(embedding.cacheRead, std::nullopt);
    }

    // A model LiteLLM lists only under its provider's prefix is found by the name that
    // provider's API uses; as an alias, it never shadows another row's id.
    void liteLlmProviderPrefixes()
    {
        const std::optional<PriceTable> imported = PriceImport::fromLiteLlm(
                R"({"groq/llama-3.3-70b-versatile": {"litellm_provider": "groq",
                        "input_cost_per_token": 5.9e-07, "output_cost_per_token": 7.9e-07},
                    "azure/gpt-4o": {"litellm_provider": "azure",
                        "input_cost_per_token": 5e-06, "output_cost_per_token": 1.5e-05},
                    "openrouter/openai/gpt-4o-mini": {"litellm_provider": "openrouter",
                        "input_cost_per_token": 1e-06}})",
                nullptr);
        QVERIFY(imported);
        PriceTable table = PriceTable::builtin();
        table.mergeOverrides(*imported);
        const ModelPrice *groq = table.lookup(QStringLiteral("llama-3.3-70b-versatile"));
        QVERIFY(groq);
        QCOMPARE(groq->provider, QStringLiteral("groq"));
        QCOMPARE(groq->input, 0.59);
        // OpenAI's own gpt-4o keeps OpenAI's price, whatever the upstream.
        QCOMPARE(table.lookup(QStringLiteral("gpt-4o"))->provider, QStringLiteral("openai"));
        QCOMPARE(table.lookup(QStringLiteral("gpt-4o"))->input, 2.5);
        QCOMPARE(table.lookup(QStringLiteral("azure/gpt-4o"))->input, 5.0);
        QCOMPARE(table.lookup(QStringLiteral("gpt-4o-mini"))->provider, QStringLiteral("openai"));
    }

    void liteLlmCaseRepeats()
    {
        // Lookups ignore case, so ids differing only in case are one model; the first stands
        // (JSON objects iterate in key order, "GPT-4O" before "gpt-4o").
        const std::optional<PriceTable> table = PriceImport::fromLiteLlm(
                R"({"gpt-4o": {"litellm_provider": "openai", "input_cost_per_token": 2.5e-06},
                    "GPT-4O": {"litellm_provider": "openai", "input_cost_per_token": 1e-06}})",
                nullptr);
        QVERIFY(table);
        QCOMPARE(table->rows().size(), 1);
        QCOMPARE(table->rows().first().id, QStringLiteral("GPT-4O"));
        QCOMPARE(table->rows().first().input, 1.0);
    }

    void openRouter()
    {
        QString error;
        const std::optional<PriceTable> table = PriceImport::fromOpenRouter(OpenRouterJson, &error);
        QVERIFY2(table, qPrintable(error));
        QCOMPARE(table->rows().size(), 5);
        QCOMPARE(table->version(), QStringLiteral("openrouter ") + today());

        ModelPrice gpt4o;
        gpt4o.provider = QStringLiteral("openai");
        gpt4o.id = QStringLiteral("openai/gpt-4o");
        gpt4o.aliases = {QStringLiteral("gpt-4o")};
        gpt4o.input = 2.5;
        gpt4o.cacheRead = 1.25;
        gpt4o.output = 10.0;
        gpt4o.source = QStringLiteral("openrouter ") + today();
        QCOMPARE(rowOf(*table, "openai/gpt-4o"), gpt4o);

        ModelPrice sonnet;
        sonnet.provider = QStringLiteral("anthropic");
        sonnet.id = QStringLiteral("anthropic/claude-sonnet-4");
        sonnet.aliases = {QStringLiteral("claude-sonnet-4")};
        sonnet.input = 3.0;
        sonnet.cacheRead = 0.3;
        sonnet.cacheWrite = 3.75;
        sonnet.cacheWrite1h = 6.0;
        sonnet.output = 15.0;
        sonnet.tiers = {{200001, 6.0, {}, {}, {}, 22.5}};
        sonnet.source = QStringLiteral("openrouter ") + today();
        // internal_reasoning "0" means "billed as completion", not "free".
        QCOMPARE(rowOf(*table, "anthropic/claude-sonnet-4"), sonnet);

        QCOMPARE(rowOf(*table, "openai/o3").reasoningOutput, 8.0);
        QCOMPARE(rowOf(*table, "~anthropic/claude-sonnet-latest").provider,
                 QStringLiteral("anthropic"));
        const ModelPrice free = rowOf(*table, "meta-llama/llama-3.3-70b-instruct:free");
        QCOMPARE(free.provider, QStringLiteral("meta-llama"));
        QCOMPARE(free.input, 0.0);
        QCOMPARE(free.output, 0.0);
        QVERIFY(!table->lookup(QStringLiteral("openrouter/auto")));
        QVERIFY(!table->lookup(QStringLiteral("broken")));
    }

    void roundTrip_data()
    {
        QTest::addColumn<PriceTable>("table");
        QTest::newRow("builtin") << PriceTable::builtin();
        QTest::newRow("litellm") << *PriceImport::fromLiteLlm(LiteLlmJson, nullptr);
        QTest::newRow("openrouter") << *PriceImport::fromOpenRouter(OpenRouterJson, nullptr);
        PriceTable edited(QStringLiteral("user"));
        ModelPrice row;
        row.provider = QStringLiteral("local");
        row.id = QStringLiteral("llama3.2");
        row.aliases = QStringList {QStringLiteral("my \"llama\"")};
        row.prefix = true;
        row.input = 0.0;
        row.output = 0.0;
        row.source = QStringLiteral("free, runs here");
        ModelPrice hidden;
        hidden.provider = QStringLiteral("openai");
        hidden.id = QStringLiteral("gpt-4o");
        hidden.disabled = true;
        edited.setRows({row, hidden});
        edited.setUpdated(QStringLiteral("2026-11-20"));
        QTest::newRow("edited") << edited;
    }
    void roundTrip()
    {
        QFETCH(PriceTable, table);
        const QByteArray json = PriceImport::toJson(table);
        PriceTable reread;
        QString error;
        QVERIFY2(reread.loadJson(json, &error), qPrintable(error));
        QCOMPARE(reread.updated(), table.updated());
        QCOMPARE(reread.rows().size(), table.rows().size());
        for (qsizetype i = 0; i < table.rows().size(); ++i)
            QVERIFY2(reread.rows().at(i) == table.rows().at(i), qPrintable(table.rows().at(i).id));
        // One model per line, so that a diff of two tables shows whole models.
        QCOMPARE(json.count("\n {\"provider\""), table.rows().size());
        QCOMPARE(PriceImport::toJson(reread), json);
    }

    void malformed_data()
    {
        QTest::addColumn<bool>("openRouter");
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("mention");
        QTest::newRow("litellm not json")
                << false << QByteArray("{\"gpt-4o\": ") << QStringLiteral("not valid JSON");
        QTest::newRow("litellm array") << false << QByteArray("[1]") << QStringLiteral("object");
        QTest::newRow("litellm nothing priced")
                << false << QByteArray(R"({"sample_spec": {"input_cost_per_token": 0}})")
                << QStringLiteral("input_cost_per_token");
        QTest::newRow("openrouter not json")
                << true << QByteArray("{\"data\": [") << QStringLiteral("not valid JSON");
        QTest::newRow("openrouter no data")
                << true << QByteArray(R"({"models": []})") << QStringLiteral("\"data\"");
        QTest::newRow("openrouter nothing priced")
                << true << QByteArray(R"({"data": [{"id": "x", "pricing": {}}]})")
                << QStringLiteral("prompt");
    }
    void malformed()
    {
        QFETCH(bool, openRouter);
        QFETCH(QByteArray, json);
        QFETCH(QString, mention);
        QString error;
        const std::optional<PriceTable> table = openRouter
                ? PriceImport::fromOpenRouter(json, &error)
                : PriceImport::fromLiteLlm(json, &error);
        QVERIFY(!table);
        QVERIFY2(error.contains(mention), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestPriceImport)
#include "tst_priceimport.moc"
