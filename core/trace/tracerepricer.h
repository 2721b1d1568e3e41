#pragma once

#include "llm/pricetable.h"
#include "tracefilter.h"

#include <QSqlDatabase>

// Recomputes stored costs from stored token counts after prices change (`tokentap reprice`).
// Costs a provider reported itself (OpenRouter's usage.cost) are left as they are. A call the
// cache answered stays free; what it saved follows the new prices (CallCost).
namespace TraceRepricer {

struct Result
{
    qint64 examined = 0;
    qint64 changed = 0;
};

Result run(QSqlDatabase &db, const PriceTable &prices, const TraceFilter &filter, QString *error);

} // namespace TraceRepricer
