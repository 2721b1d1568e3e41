#include "pricetable.h"

#include <QCoreApplication>
#include <QDebug>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace {

// The catalogues file these messages under PriceTable.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PriceTable)
};

// Doubles hold integers exactly up to 2^53; larger token thresholds are typos.
constexpr double MaxExactInteger = 9007199254740992.0;

// Parses one row (or tier) field by field, remembering the first error with its place.
class RowReader
{
public:
    RowReader(const QJsonObject &object, const QString &place)
        : m_object(object)
        , m_place(place)
    { }

    bool failed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }

    std::optional<double> rate(const char *key)
    {
        const QJsonValue value = m_object.value(QLatin1StringView(key));
        if (value.isUndefined() || value.isNull())
            return std::nullopt;
        if (!value.isDouble() || !std::isfinite(value.toDouble()) || value.toDouble() < 0) {
            fail(key, Text::tr("expected a number of USD per million tokens, 0 or more, or null"));
            return std::nullopt;
        }
        return value.toDouble();
    }

    QString text(const char *key, bool required = false)
    {
        const QJsonValue value = m_object.value(QLatin1StringView(key));
        if (!required && (value.isUndefined() || value.isNull()))
            return {};
        if (!value.isString() || (required && value.toString().trimmed().isEmpty())) {
            fail(key,
                 required ? Text::tr("expected a non-empty string")
                          : Text::tr("expected a string or null"));
            return {};
        }
        return value.toString().trimmed();
    }

    bool flag(const char *key)
    {
        const QJsonValue value = m_object.value(QLatin1StringView(key));
        if (value.isUndefined() || value.isNull())
            return false;
        if (!value.isBool()) {
            fail(key, Text::tr("expected true or false"));
            return false;
        }
        return value.toBool();
    }

    QStringList strings(const char *key)
    {
        const QJsonValue value = m_object.value(QLatin1StringView(key));
        if (value.isUndefined() || value.isNull())
            return {};
        QStringList result;
        if (!value.isArray()) {
            fail(key, Text::tr("expected an array of non-empty strings"));
            return {};
        }
        const QJsonArray array = value.toArray();
        for (const QJsonValue &item : array) {
            if (!item.isString() || item.toString().trimmed().isEmpty()) {
                fail(key, Text::tr("expected an array of non-empty strings"));
                return {};
            }
            result.append(item.toString().trimmed());
        }
        return result;
    }

    qint64 tokenCount(const char *key)
    {
        const QJsonValue value = m_object.value(QLatin1StringView(key));
        const double number = value.toDouble(-1);
        if (!value.isDouble() || number < 0 || number > MaxExactInteger
            || number != std::floor(number)) {
            fail(key, Text::tr("expected a whole number of tokens, 0 or more"));
            return 0;
        }
        return qint64(number);
    }

    void fail(const char *key, const QString &problem)
    {
        if (m_error.isEmpty()) {
            m_error = Text::tr("Price table %1, field \"%2\": %3")
                              .arg(m_place, QLatin1StringView(key), problem);
        }
    }

private:
    QJsonObject m_object;
    QString m_place;
    QString m_error;
};

QString rowPlace(qsizetype index, const QJsonObject &row)
{
    const QString id = row.value(QLatin1StringView("id")).toString();
    const QString place = QStringLiteral("models[%1]").arg(index);
    return id.isEmpty() ? place : place + QStringLiteral(" (") + id + u')';
}

std::optional<ModelPrice> parseRow(const QJsonObject &object, const QString &place, QString *error)
{
    RowReader reader(object, place);
    ModelPrice row;
    row.provider = reader.text("provider", true);
    row.id = reader.text("id", true);
    row.aliases = reader.strings("aliases");
    row.prefix = reader.flag("prefix");
    row.mode = reader.text("mode");
    row.input = reader.rate("input");
    row.cacheRead = reader.rate("cache_read");
    row.cacheWrite = reader.rate("cache_write");
    row.cacheWrite1h = reader.rate("cache_write_1h");
    row.output = reader.rate("output");
    row.reasoningOutput = reader.rate("reasoning_output");
    row.source = reader.text("source");
    row.deprecated = reader.text("deprecated");
    row.disabled = reader.flag("disabled");

    const QJsonValue tiers = object.value(QLatin1StringView("tiers"));
    if (!tiers.isUndefined() && !tiers.isNull() && !tiers.isArray())
        reader.fail("tiers", Text::tr("expected an array of objects"));
    const QJsonArray tierArray = tiers.toArray();
    for (qsizetype i = 0; i < tierArray.size() && !reader.failed(); ++i) {
        if (!tierArray.at(i).isObject()) {
            reader.fail("tiers", Text::tr("expected an array of objects"));
            break;
        }
        RowReader tierReader(tierArray.at(i).toObject(),
                             place + QStringLiteral(" tiers[%1]").arg(i));
        PriceTier tier;
        tier.minInputTokens = tierReader.tokenCount("min_input_tokens");
        tier.input = tierReader.rate("input");
        tier.cacheRead = tierReader.rate("cache_read");
        tier.cacheWrite = tierReader.rate("cache_write");
        tier.cacheWrite1h = tierReader.rate("cache_write_1h");
        tier.output = tierReader.rate("output");
        if (tierReader.failed()) {
            *error = tierReader.error();
            return std::nullopt;
        }
        row.tiers.append(tier);
    }
    if (reader.failed()) {
        *error = reader.error();
        return std::nullopt;
    }
    std::stable_sort(row.tiers.begin(), row.tiers.end(),
                     [](const PriceTier &a, const PriceTier &b) {
                         return a.minInputTokens < b.minInputTokens;
                     });
    return row;
}

bool sameRow(const ModelPrice &a, const ModelPrice &b)
{
    return a.provider.compare(b.provider, Qt::CaseInsensitive) == 0
            && a.id.compare(b.id, Qt::CaseInsensitive) == 0;
}

// Dated snapshots share their model's price: gpt-4.1-2025-04-14, claude-sonnet-4-5-20250929,
// and Vertex's claude-sonnet-4-5@20250929.
QString withoutDateSuffix(const QString &name)
{
    static const QRegularExpression date(
            QStringLiteral("(?:-\\d{4}-\\d{2}-\\d{2}|-\\d{8}|@\\d{8})$"));
    QString result = name;
    result.remove(date);
    return result;
}

// tokens × rate per million; zero tokens cost nothing even at an unknown rate.
std::optional<double> amount(qint64 tokens, std::optional<double> ratePerMillion)
{
    if (tokens <= 0)
        return 0.0;
    if (!ratePerMillion)
        return std::nullopt;
    return double(tokens) * *ratePerMillion / 1e6;
}

std::optional<double> sum(std::initializer_list<std::optional<double>> parts)
{
    double total = 0;
    for (const std::optional<double> &part : parts) {
        if (!part)
            return std::nullopt;
        total += *part;
    }
    return PriceTable::roundToPicodollar(total);
}

void priceUsage(const ModelPrice &row, const TokenUsage &usage, CostBreakdown *result)
{
    if (!usage.isKnown())
        return;
    const qint64 totalInput = std::max<qint64>(0, usage.input.value_or(0));
    const PriceTier *tier = nullptr;
    for (const PriceTier &candidate : row.tiers) {
        if (totalInput >= candidate.minInputTokens)
            tier = &candidate;
    }
    const auto rate = [tier](std::optional<double> PriceTier::*tierField,
                             std::optional<double> rowRate) {
        return tier && (tier->*tierField).has_value() ? tier->*tierField : rowRate;
    };
    const std::optional<double> inputRate = rate(&PriceTier::input, row.input);
    // Providers that bill no separate cache rate bill cached tokens as ordinary input.
    std::optional<double> cacheReadRate = rate(&PriceTier::cacheRead, row.cacheRead);
    if (!cacheReadRate)
        cacheReadRate = inputRate;
    std::optional<double> cacheWriteRate = rate(&PriceTier::cacheWrite, row.cacheWrite);
    if (!cacheWriteRate)
        cacheWriteRate = inputRate;
    std::optional<double> cacheWrite1hRate = rate(&PriceTier::cacheWrite1h, row.cacheWrite1h);
    if (!cacheWrite1hRate)
        cacheWrite1hRate = cacheWriteRate;
    const std::optional<double> outputRate = rate(&PriceTier::output, row.output);

    if (usage.input) {
        const qint64 cached = std::max<qint64>(0, usage.cachedInput.value_or(0));
        const qint64 written = std::max<qint64>(0, usage.cacheWrite.value_or(0));
        const qint64 writtenForAnHour =
                std::clamp<qint64>(usage.cacheWrite1h.value_or(0), 0, written);
        const qint64 fresh = std::max<qint64>(0, totalInput - cached - written);
        result->inputUsd = sum({amount(fresh, inputRate), amount(cached, cacheReadRate),
                                amount(written - writtenForAnHour, cacheWriteRate),
                                amount(writtenForAnHour, cacheWrite1hRate)});
    }
    if (usage.output) {
        const qint64 output = std::max<qint64>(0, *usage.output);
        const qint64 reasoning = std::clamp<qint64>(usage.reasoning.value_or(0), 0, output);
        if (row.reasoningOutput && reasoning > 0) {
            result->outputUsd = sum({amount(reasoning, row.reasoningOutput),
                                     amount(output - reasoning, outputRate)});
        } else {
            result->outputUsd = amount(output, outputRate);
        }
    } else if (row.mode == QLatin1StringView("embedding")) {
        // Embedding responses report no output count because there is no output.
        result->outputUsd = 0.0;
    }
    if (result->inputUsd && result->outputUsd)
        result->totalUsd = PriceTable::roundToPicodollar(*result->inputUsd + *result->outputUsd);
}

} // namespace

PriceTable::PriceTable(const QString &name)
    : m_name(name)
{ }

PriceTable PriceTable::builtin()
{
    static const PriceTable table = [] {
        PriceTable result(QStringLiteral("builtin"));
        QFile file(QStringLiteral(":/pricing.json"));
        QString error;
        if (!file.open(QIODevice::ReadOnly))
            qWarning().noquote() << "built-in price table missing:" << file.errorString();
        else if (!result.loadJson(file.readAll(), &error))
            qWarning().noquote() << "built-in price table unusable:" << error;
        return result;
    }();
    return table;
}

bool PriceTable::loadJson(const QByteArray &json, QString *error)
{
    QString ignored;
    if (!error)
        error = &ignored;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = Text::tr("Price table is not valid JSON: %1 (at offset %2)")
                         .arg(parseError.errorString())
                         .arg(parseError.offset);
        return false;
    }
    if (!document.isObject()) {
        *error = Text::tr("Price table must be a JSON object");
        return false;
    }
    const QJsonObject root = document.object();
    const QJsonValue format = root.value(QLatin1StringView("format"));
    if (format.isUndefined()) {
        *error = Text::tr("Price table has no \"format\" field (expected 1)");
        return false;
    }
    if (format.toDouble() != 1) {
        *error = Text::tr("Price table format %1 is not supported (expected 1)")
                         .arg(format.toVariant().toString());
        return false;
    }
    const QJsonValue currency = root.value(QLatin1StringView("currency"));
    if (!currency.isUndefined() && currency.toString() != QLatin1StringView("USD")) {
        *error = Text::tr("Price table currency must be \"USD\", not \"%1\"")
                         .arg(currency.toString());
        return false;
    }
    const QJsonValue unit = root.value(QLatin1StringView("unit"));
    if (!unit.isUndefined() && unit.toString() != QLatin1StringView("per_1m_tokens")) {
        *error = Text::tr("Price table unit must be \"per_1m_tokens\", not \"%1\"")
                         .arg(unit.toString());
        return false;
    }
    const QJsonValue updated = root.value(QLatin1StringView("updated"));
    if (!updated.isUndefined() && !updated.isNull() && !updated.isString()) {
        *error = Text::tr("Price table field \"updated\" must be a date string");
        return false;
    }
    const QJsonValue models = root.value(QLatin1StringView("models"));
    if (!models.isArray()) {
        *error = Text::tr("Price table has no \"models\" array");
        return false;
    }

    QList<ModelPrice> rows;
    const QJsonArray array = models.toArray();
    rows.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject()) {
            *error = Text::tr("Price table models[%1]: expected an object").arg(i);
            return false;
        }
        const QJsonObject object = array.at(i).toObject();
        const QString place = rowPlace(i, object);
        std::optional<ModelPrice> row = parseRow(object, place, error);
        if (!row)
            return false;
        for (qsizetype j = 0; j < rows.size(); ++j) {
            if (sameRow(rows.at(j), *row)) {
                *error = Text::tr("Price table %1: provider \"%2\" and id \"%3\" repeat models[%4]")
                                 .arg(place, row->provider, row->id)
                                 .arg(j);
                return false;
            }
        }
        rows.append(*row);
    }

    m_updated = updated.toString();
    m_overrideVersions.clear();
    setRows(rows);
    return true;
}

void PriceTable::mergeOverrides(const PriceTable &user)
{
    const QString userVersion = user.version().isEmpty() ? QStringLiteral("user") : user.version();
    for (const ModelPrice &patch : user.m_rows) {
        const auto existing =
                std::find_if(m_rows.begin(), m_rows.end(),
                             [&](const ModelPrice &row) { return sameRow(row, patch); });
        if (existing == m_rows.end()) {
            m_rows.append(patch);
            continue;
        }
        ModelPrice &row = *existing;
        bool ratesChanged = !patch.tiers.isEmpty();
        for (auto field :
             {&ModelPrice::input, &ModelPrice::cacheRead, &ModelPrice::cacheWrite,
              &ModelPrice::cacheWrite1h, &ModelPrice::output, &ModelPrice::reasoningOutput}) {
            if ((patch.*field).has_value()) {
                row.*field = patch.*field;
                ratesChanged = true;
            }
        }
        for (const QString &alias : patch.aliases) {
            if (!row.aliases.contains(alias, Qt::CaseInsensitive))
                row.aliases.append(alias);
        }
        // A user row cannot tell "false" from "not said"; only an explicit true is taken.
        row.prefix = row.prefix || patch.prefix;
        row.disabled = row.disabled || patch.disabled;
        if (!patch.tiers.isEmpty())
            row.tiers = patch.tiers;
        if (!patch.mode.isEmpty())
            row.mode = patch.mode;
        if (!patch.deprecated.isEmpty())
            row.deprecated = patch.deprecated;
        if (!patch.source.isEmpty())
            row.source = patch.source;
        else if (ratesChanged)
            row.source = userVersion; // the built-in source no longer vouches for these rates
    }
    m_overrideVersions.append(userVersion);
    rebuildIndex();
}

QString PriceTable::version() const
{
    QStringList parts;
    QString own = m_name;
    if (!m_updated.isEmpty())
        own = own.isEmpty() ? m_updated : own + u' ' + m_updated;
    if (!own.isEmpty())
        parts.append(own);
    parts.append(m_overrideVersions);
    return parts.join(QStringLiteral(" + "));
}

void PriceTable::setRows(const QList<ModelPrice> &rows)
{
    m_rows = rows;
    rebuildIndex();
}

void PriceTable::rebuildIndex()
{
    m_byId.clear();
    m_byAlias.clear();
    m_prefixRows.clear();
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        const ModelPrice &row = m_rows.at(i);
        if (row.disabled)
            continue;
        if (row.prefix) {
            m_prefixRows.append(i);
            continue;
        }
        m_byId[row.id.toLower()].append(i);
        for (const QString &alias : row.aliases)
            m_byAlias[alias.toLower()].append(i);
    }
}

const ModelPrice *PriceTable::pick(const QList<qsizetype> &candidates,
                                   const QString &providerHint) const
{
    if (candidates.isEmpty())
        return nullptr;
    if (!providerHint.isEmpty()) {
        for (auto it = candidates.crbegin(); it != candidates.crend(); ++it) {
            const ModelPrice &row = m_rows.at(*it);
            if (row.provider.compare(providerHint, Qt::CaseInsensitive) == 0)
                return &row;
        }
    }
    return &m_rows.at(candidates.last());
}

const ModelPrice *PriceTable::findByName(const QString &name, const QString &providerHint) const
{
    if (const auto it = m_byId.constFind(name); it != m_byId.cend())
        return pick(*it, providerHint);
    if (const auto it = m_byAlias.constFind(name); it != m_byAlias.cend())
        return pick(*it, providerHint);
    return nullptr;
}

const ModelPrice *PriceTable::lookup(const QString &model, const QString &providerHint) const
{
    QString name = model.trimmed().toLower();
    if (name.isEmpty())
        return nullptr;
    // OpenRouter and LiteLLM name models "vendor/model"; the vendor's own price applies when the
    // table has no row for the full name (meta-llama/… rows keep theirs).
    QStringList names {name};
    for (qsizetype slash = name.indexOf(u'/'); slash >= 0 && slash + 1 < name.size();
         slash = name.indexOf(u'/')) {
        name = name.mid(slash + 1);
        names.append(name);
    }
    for (const QString &candidate : std::as_const(names)) {
        if (const ModelPrice *row = findByName(candidate, providerHint))
            return row;
        const QString undated = withoutDateSuffix(candidate);
        if (undated != candidate) {
            if (const ModelPrice *row = findByName(undated, providerHint))
                return row;
        }
    }

    const ModelPrice *best = nullptr;
    for (const qsizetype index : m_prefixRows) {
        const ModelPrice &row = m_rows.at(index);
        const bool matches = std::any_of(names.cbegin(), names.cend(), [&](const QString &n) {
            return n.startsWith(row.id, Qt::CaseInsensitive);
        });
        if (!matches)
            continue;
        const bool hinted = !providerHint.isEmpty()
                && row.provider.compare(providerHint, Qt::CaseInsensitive) == 0;
        const bool bestHinted = best && !providerHint.isEmpty()
                && best->provider.compare(providerHint, Qt::CaseInsensitive) == 0;
        if (!best || row.id.size() > best->id.size()
            || (row.id.size() == best->id.size() && (hinted || !bestHinted)))
            best = &row;
    }
    return best;
}

double PriceTable::roundToPicodollar(double usd)
{
    return std::round(usd * 1e12) / 1e12 + 0.0; // + 0.0: no -0
}

CostBreakdown PriceTable::cost(const QString &model, const TokenUsage &usage,
                               const QString &providerHint) const
{
    CostBreakdown result;
    if (const ModelPrice *row = lookup(model, providerHint)) {
        result.priceId = row->provider + u'/' + row->id;
        result.tableVersion = version();
        result.source = QStringLiteral("table");
        priceUsage(*row, usage, &result);
    }
    // The provider's own figure includes what no table knows (routing fees, discounts). It
    // comes without a split into input and output, and the table's split would not add up to
    // it: those parts are unknown. The price row found stays, for reference.
    if (usage.providerCostUsd) {
        result.inputUsd.reset();
        result.outputUsd.reset();
        result.totalUsd = *usage.providerCostUsd;
        result.source = QStringLiteral("provider");
    }
    return result;
}
