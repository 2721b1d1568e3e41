#pragma once

#include "llm/pricetable.h"
#include "tracefilter.h"

#include <QSqlDatabase>

// Recomputes stored costs from stored token counts after prices change (`tokentap reprice`).
// Costs a provider reported itself (OpenRouter's usage.cost) are left as they are.
namespace TraceRepricer {

struct Result
{
    qint64 examined = 0;
    qint64 changed = 0;
};

Result run(QSqlDatabase &db, const PriceTable &prices, const TraceFilter &filter, QString *error);

} // namespace TraceRepricer
