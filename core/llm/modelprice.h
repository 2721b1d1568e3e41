#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <optional>

// Rates that replace a row's own once a call's total input reaches minInputTokens (long-context
// pricing). A rate left empty keeps the row's rate: price lists name only what changes.
struct PriceTier
{
    qint64 minInputTokens = 0;
    std::optional<double> input;
    std::optional<double> cacheRead;
    std::optional<double> cacheWrite;
    std::optional<double> cacheWrite1h;
    std::optional<double> output;

    friend bool operator==(const PriceTier &, const PriceTier &) = default;
};

// One row of a price table, rates in USD per million tokens. An empty rate is unknown, which is
// not the same as free: a call priced with it gets no cost rather than a wrong one.
struct ModelPrice
{
    QString provider;
    QString id;
    QStringList aliases;
    bool prefix = false; // id matches every model name starting with it
    QString mode; // "chat", "embedding", … as the source names it
    std::optional<double> input;
    std::optional<double> cacheRead;
    std::optional<double> cacheWrite; // 5-minute cache write (Anthropic's default)
    std::optional<double> cacheWrite1h; // 1-hour cache write; unknown: the 5-minute rate
    std::optional<double> output;
    std::optional<double> reasoningOutput; // only when reasoning is billed apart from output
    QList<PriceTier> tiers; // ascending minInputTokens
    QString source; // where the rates come from, shown next to every cost
    QString deprecated; // deprecation date or note, empty while current
    bool disabled = false; // a user override hiding the row from lookups

    friend bool operator==(const ModelPrice &, const ModelPrice &) = default;
};
