#pragma once

#include "llm/pricetable.h"

#include <QByteArray>
#include <QString>

#include <optional>

// Price tables from the public price lists, and price tables as JSON (the format of
// resources/pricing.json and of the user's override file).
namespace PriceImport {

// LiteLLM's model_prices_and_context_window.json: one object keyed by model id, rates in USD per
// token. Entries without an input rate (images, audio, sample_spec) are skipped.
std::optional<PriceTable> fromLiteLlm(const QByteArray &json, QString *error);

// OpenRouter's GET /api/v1/models: {"data":[{"id":"openai/gpt-4o","pricing":{…}}]}, rates as
// decimal strings in USD per token. Rows keep OpenRouter's ids; the provider is the id's vendor.
std::optional<PriceTable> fromOpenRouter(const QByteArray &json, QString *error);

// The table in the format PriceTable::loadJson() reads back unchanged.
QByteArray toJson(const PriceTable &table);

} // namespace PriceImport
