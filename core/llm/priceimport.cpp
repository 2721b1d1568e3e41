#include "priceimport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace {

// The catalogues file these messages under PriceImport.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PriceImport)
};

QString today()
{
    return QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate);
}

// Per-token prices are not exact in binary (2.5e-06 × 1e6 = 2.4999999999999996); twelve
// significant digits give back the decimal the list meant.
double perMillion(double perToken)
{
    return QString::number(perToken * 1e6, 'g', 12).toDouble();
}

// A per-token rate given as a number (LiteLLM) or a decimal string (OpenRouter). Negative
// values are OpenRouter's "-1" for prices that vary per request: unknown.
std::optional<double> rateOf(const QJsonValue &value)
{
    double perToken = 0;
    if (value.isDouble()) {
        perToken = value.toDouble();
    } else if (value.isString()) {
        bool ok = false;
        perToken = value.toString().trimmed().toDouble(&ok);
        if (!ok)
            return std::nullopt;
    } else {
        return std::nullopt;
    }
    if (!std::isfinite(perToken) || perToken < 0)
        return std::nullopt;
    return perMillion(perToken);
}

std::optional<double> rateOf(const QJsonObject &object, const QString &key)
{
    return rateOf(object.value(key));
}

std::optional<QJsonObject> parseObject(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = Text::tr("Price list is not valid JSON: %1 (at offset %2)")
                         .arg(parseError.errorString())
                         .arg(parseError.offset);
        return std::nullopt;
    }
    if (!document.isObject()) {
        *error = Text::tr("Price list must be a JSON object");
        return std::nullopt;
    }
    return document.object();
}

// PriceTable matches (provider, id) case-insensitively and rejects repeats; price lists do
// repeat ids in different case, and the first one stands.
bool isNew(QSet<QString> &seen, const ModelPrice &row)
{
    const QString key = row.provider.toLower() + u'\n' + row.id.toLower();
    if (seen.contains(key))
        return false;
    seen.insert(key);
    return true;
}

QString nonEmpty(const QString &text, const QString &fallback)
{
    return text.isEmpty() ? fallback : text;
}

QByteArray jsonValue(const QJsonValue &value)
{
    // QJsonDocument only serialises containers; the brackets are cut off again.
    const QByteArray array = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

QByteArray jsonRate(const std::optional<double> &rate)
{
    return rate ? jsonValue(*rate) : QByteArrayLiteral("null");
}

QByteArray jsonText(const QString &text)
{
    return text.isEmpty() ? QByteArrayLiteral("null") : jsonValue(text);
}

// Fields in the order of the format's documentation, which QJsonObject would sort
// alphabetically; values are JSON already.
QByteArray jsonObject(const QList<std::pair<const char *, QByteArray>> &fields)
{
    QByteArray result = "{";
    for (const auto &[key, value] : fields) {
        if (result.size() > 1)
            result += ", ";
        result += '"' + QByteArray(key) + "\": " + value;
    }
    return result + '}';
}

} // namespace

namespace PriceImport {

// An imported table dated today, or an error when the file priced nothing.
static std::optional<PriceTable> tableOf(const QString &name, const QList<ModelPrice> &rows,
                                         const QString &emptyMessage, QString *error)
{
    if (rows.isEmpty()) {
        *error = emptyMessage;
        return std::nullopt;
    }
    PriceTable table(name);
    table.setUpdated(today());
    table.setRows(rows);
    return table;
}

std::optional<PriceTable> fromLiteLlm(const QByteArray &json, QString *error)
{
    QString ignored;
    if (!error)
        error = &ignored;
    const std::optional<QJsonObject> root = parseObject(json, error);
    if (!root)
        return std::nullopt;

    static const struct
    {
        const char *suffix;
        qint64 minInputTokens;
    } tierSuffixes[] = {{"_above_128k_tokens", 128001},
                        {"_above_200k_tokens", 200001},
                        {"_above_272k_tokens", 272001}};
    const QString source = QStringLiteral("litellm ") + today();
    QList<ModelPrice> rows;
    QSet<QString> seen;
    for (auto it = root->constBegin(); it != root->constEnd(); ++it) {
        const QJsonObject entry = it.value().toObject();
        const QString id = it.key().trimmed();
        if (id.isEmpty() || id == QLatin1StringView("sample_spec"))
            continue;
        ModelPrice row;
        row.input = rateOf(entry, QStringLiteral("input_cost_per_token"));
        if (!row.input)
            continue;
        row.id = id;
        const QString vendor = id.contains(u'/') ? id.section(u'/', 0, 0) : QString();
        row.provider =
                nonEmpty(entry.value(QLatin1StringView("litellm_provider")).toString().trimmed(),
                         nonEmpty(vendor, QStringLiteral("litellm")));
        // "groq/llama-3.3-70b-versatile" is what the provider's own API calls
        // "llama-3.3-70b-versatile": that name finds the row too. As an alias it never takes
        // a name another row has as its id (azure/gpt-4o does not price OpenAI's gpt-4o).
        if (!vendor.isEmpty() && vendor.compare(row.provider, Qt::CaseInsensitive) == 0)
            row.aliases.append(id.section(u'/', 1));
        row.mode = entry.value(QLatin1StringView("mode")).toString().trimmed();
        row.output = rateOf(entry, QStringLiteral("output_cost_per_token"));
        row.cacheRead = rateOf(entry, QStringLiteral("cache_read_input_token_cost"));
        row.cacheWrite = rateOf(entry, QStringLiteral("cache_creation_input_token_cost"));
        row.cacheWrite1h =
                rateOf(entry, QStringLiteral("cache_creation_input_token_cost_above_1hr"));
        row.reasoningOutput = rateOf(entry, QStringLiteral("output_cost_per_reasoning_token"));
        for (const auto &tierSuffix : tierSuffixes) {
            const QString suffix = QLatin1StringView(tierSuffix.suffix);
            PriceTier tier;
            tier.minInputTokens = tierSuffix.minInputTokens;
            tier.input = rateOf(entry, QStringLiteral("input_cost_per_token") + suffix);
            tier.output = rateOf(entry, QStringLiteral("output_cost_per_token") + suffix);
            tier.cacheRead = rateOf(entry, QStringLiteral("cache_read_input_token_cost") + suffix);
            tier.cacheWrite =
                    rateOf(entry, QStringLiteral("cache_creation_input_token_cost") + suffix);
            tier.cacheWrite1h = rateOf(
                    entry, QStringLiteral("cache_creation_input_token_cost_above_1hr") + suffix);
            if (tier.input || tier.output || tier.cacheRead || tier.cacheWrite || tier.cacheWrite1h)
                row.tiers.append(tier);
        }
        row.deprecated = entry.value(QLatin1StringView("deprecation_date")).toString().trimmed();
        row.source = source;
        if (isNew(seen, row))
            rows.append(row);
    }
    return tableOf(QStringLiteral("litellm"), rows,
                   Text::tr("LiteLLM price list has no model with \"input_cost_per_token\""),
                   error);
}

std::optional<PriceTable> fromOpenRouter(const QByteArray &json, QString *error)
{
    QString ignored;
    if (!error)
        error = &ignored;
    const std::optional<QJsonObject> root = parseObject(json, error);
    if (!root)
        return std::nullopt;
    const QJsonValue data = root->value(QLatin1StringView("data"));
    if (!data.isArray()) {
        *error = Text::tr("OpenRouter model list has no \"data\" array");
        return std::nullopt;
    }

    const QString source = QStringLiteral("openrouter ") + today();
    QList<ModelPrice> rows;
    QSet<QString> seen;
    const QJsonArray models = data.toArray();
    for (const QJsonValue &value : models) {
        const QJsonObject model = value.toObject();
        const QString id = model.value(QLatin1StringView("id")).toString().trimmed();
        const QJsonObject pricing = model.value(QLatin1StringView("pricing")).toObject();
        ModelPrice row;
        row.input = rateOf(pricing, QStringLiteral("prompt"));
        if (id.isEmpty() || !row.input)
            continue;
        row.id = id;
        // "~anthropic/claude-sonnet-latest" is a moving alias of an Anthropic model.
        QString vendor = id.section(u'/', 0, 0);
        if (vendor.startsWith(u'~'))
            vendor.remove(0, 1);
        row.provider =
                id.contains(u'/') && !vendor.isEmpty() ? vendor : QStringLiteral("openrouter");
        // Found by the name the vendor's own API uses too, as an alias (see fromLiteLlm).
        if (row.provider == vendor)
            row.aliases.append(id.section(u'/', 1));
        row.output = rateOf(pricing, QStringLiteral("completion"));
        row.cacheRead = rateOf(pricing, QStringLiteral("input_cache_read"));
        row.cacheWrite = rateOf(pricing, QStringLiteral("input_cache_write"));
        row.cacheWrite1h = rateOf(pricing, QStringLiteral("input_cache_write_1h"));
        // OpenRouter lists "0" where reasoning is billed as completion: that is not free.
        row.reasoningOutput = rateOf(pricing, QStringLiteral("internal_reasoning"));
        if (row.reasoningOutput == 0.0)
            row.reasoningOutput.reset();
        const QJsonArray overrides = pricing.value(QLatin1StringView("overrides")).toArray();
        for (const QJsonValue &overrideValue : overrides) {
            const QJsonObject tierObject = overrideValue.toObject();
            const double minPrompt =
                    tierObject.value(QLatin1StringView("min_prompt_tokens")).toDouble(-1);
            if (minPrompt < 0 || minPrompt != std::floor(minPrompt))
                continue;
            PriceTier tier;
            tier.minInputTokens = qint64(minPrompt);
            tier.input = rateOf(tierObject, QStringLiteral("prompt"));
            tier.output = rateOf(tierObject, QStringLiteral("completion"));
            tier.cacheRead = rateOf(tierObject, QStringLiteral("input_cache_read"));
            tier.cacheWrite = rateOf(tierObject, QStringLiteral("input_cache_write"));
            tier.cacheWrite1h = rateOf(tierObject, QStringLiteral("input_cache_write_1h"));
            if (tier.input || tier.output || tier.cacheRead || tier.cacheWrite || tier.cacheWrite1h)
                row.tiers.append(tier);
        }
        std::stable_sort(row.tiers.begin(), row.tiers.end(),
                         [](const PriceTier &a, const PriceTier &b) {
                             return a.minInputTokens < b.minInputTokens;
                         });
        row.deprecated = model.value(QLatin1StringView("expiration_date")).toString().trimmed();
        row.source = source;
        if (isNew(seen, row))
            rows.append(row);
    }
    return tableOf(QStringLiteral("openrouter"), rows,
                   Text::tr("OpenRouter model list has no model with a prompt price"), error);
}

QByteArray toJson(const PriceTable &table)
{
    // One row per line: a user editing the file or diffing two versions sees whole models.
    QByteArray out = "{\"format\": 1, \"updated\": " + jsonText(table.updated())
            + ", \"currency\": \"USD\", \"unit\": \"per_1m_tokens\", \"models\": [\n";
    const QList<ModelPrice> rows = table.rows();
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const ModelPrice &row = rows.at(i);
        QByteArrayList tiers;
        for (const PriceTier &tier : row.tiers) {
            tiers.append(jsonObject({{"min_input_tokens", QByteArray::number(tier.minInputTokens)},
                                     {"input", jsonRate(tier.input)},
                                     {"cache_read", jsonRate(tier.cacheRead)},
                                     {"cache_write", jsonRate(tier.cacheWrite)},
                                     {"cache_write_1h", jsonRate(tier.cacheWrite1h)},
                                     {"output", jsonRate(tier.output)}}));
        }
        QList<std::pair<const char *, QByteArray>> fields {
                {"provider", jsonValue(row.provider)},
                {"id", jsonValue(row.id)},
                {"aliases", jsonValue(QJsonArray::fromStringList(row.aliases))},
                {"prefix", jsonValue(row.prefix)},
                {"mode", jsonText(row.mode)},
                {"input", jsonRate(row.input)},
                {"cache_read", jsonRate(row.cacheRead)},
                {"cache_write", jsonRate(row.cacheWrite)},
                {"cache_write_1h", jsonRate(row.cacheWrite1h)},
                {"output", jsonRate(row.output)},
                {"reasoning_output", jsonRate(row.reasoningOutput)},
                {"tiers", '[' + tiers.join(", ") + ']'},
                {"deprecated", jsonText(row.deprecated)},
                {"source", jsonText(row.source)}};
        if (row.disabled)
            fields.append({"disabled", QByteArrayLiteral("true")});
        out += ' ' + jsonObject(fields) + (i + 1 < rows.size() ? ",\n" : "\n");
    }
    return out + "]}\n";
}

} // namespace PriceImport
