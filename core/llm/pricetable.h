#pragma once

#include "llm/costbreakdown.h"
#include "llm/modelprice.h"
#include "llm/tokenusage.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

// Model prices in USD per million tokens, and the cost of a call from its token usage.
//
// A table is a value: cheap to copy (implicitly shared) and safe to read from several threads
// once built, so the network and store threads each keep their own copy. The JSON format is the
// one of resources/pricing.json:
//   {"format":1,"updated":"2026-08-01","currency":"USD","unit":"per_1m_tokens","models":[
//     {"provider":"anthropic","id":"claude-sonnet-4-5","aliases":[…],"prefix":false,"mode":"chat",
//      "input":3.0,"cache_read":0.3,"cache_write":3.75,"cache_write_1h":6.0,"output":15.0,
//      "reasoning_output":null,"tiers":[{"min_input_tokens":200001,"input":6.0,…}],
//      "deprecated":null,"source":"litellm 2026-07-24","disabled":false}]}
// `null` (or a missing field) is an unknown rate, never a free one.
class PriceTable
{
public:
    PriceTable() = default;
    // `name` labels the table in version(): "builtin", "user", "litellm", …
    explicit PriceTable(const QString &name);

    // The table shipped as the resource :/pricing.json, parsed once.
    static PriceTable builtin();

    // Replaces the rows with those of `json`. On failure the table is left unchanged and
    // `error` names the row and field at fault.
    bool loadJson(const QByteArray &json, QString *error);

    // Applies the rows of `user` on top of this table, matched by (provider, id): every rate or
    // text the user row sets wins, the others stay; aliases are added; non-empty tiers replace
    // ours; "disabled" hides the row. Rows we lack are added.
    void mergeOverrides(const PriceTable &user);

    QString name() const { return m_name; }
    void setName(const QString &name) { m_name = name; }
    QString updated() const { return m_updated; }
    void setUpdated(const QString &updated) { m_updated = updated; }
    // "builtin 2026-08-01", "builtin 2026-08-01 + user 2026-11-20".
    QString version() const;

    // Every row, disabled ones included, in table order (the UI shows and edits them all).
    QList<ModelPrice> rows() const { return m_rows; }
    void setRows(const QList<ModelPrice> &rows);
    bool isEmpty() const { return m_rows.isEmpty(); }

    // The row pricing `model`, or nullptr. Tried in order, case-insensitively: the exact id,
    // an alias, both again without a date suffix (-2025-04-14, -20250929, @20250929), all of it
    // again without a leading "vendor/" segment (openai/gpt-4o), then the longest prefix row.
    // Among rows matching equally well, the one of `providerHint` wins, else the latest added
    // (an override over the built-in row). The pointer lives as long as this table is unchanged.
    const ModelPrice *lookup(const QString &model, const QString &providerHint = {}) const;

    // The cost of one call. The tier is chosen by total input; fresh input, cache reads, cache
    // writes and output are priced at their rates (cache rates fall back to the input rate;
    // reasoning is priced apart only where the row has a reasoning rate). A cost the provider
    // reported wins over the table's total.
    CostBreakdown cost(const QString &model, const TokenUsage &usage,
                       const QString &providerHint = {}) const;

    // Costs are kept to the picodollar. Rates are decimal fractions of a dollar, so sums of them
    // carry binary noise (0.007275 became 0.007274999999999999 in exports), and running sums
    // leave dust (3e-17 once the costs added are taken away again); a picodollar is far below
    // any billed amount, and rounding to it gives the double nearest the decimal result. Never
    // -0, which would show as "-$0.00".
    static double roundToPicodollar(double usd);

private:
    void rebuildIndex();
    const ModelPrice *pick(const QList<qsizetype> &candidates, const QString &providerHint) const;
    const ModelPrice *findByName(const QString &name, const QString &providerHint) const;

    QString m_name;
    QString m_updated;
    QStringList m_overrideVersions;
    QList<ModelPrice> m_rows;
    // Lower-case id / alias → indexes of enabled rows, in table order.
    QHash<QString, QList<qsizetype>> m_byId;
    QHash<QString, QList<qsizetype>> m_byAlias;
    QList<qsizetype> m_prefixRows;
};
