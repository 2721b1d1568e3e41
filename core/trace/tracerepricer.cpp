#include "tracerepricer.h"

#include "callcost.h"
#include "common/sqlquery.h"
#include "tracerecordbuilder.h"
#include "transactionguard.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace {

std::optional<qint64> optionalInt(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}

QVariant orNull(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant();
}

struct Update
{
    qint64 id;
    CostBreakdown price;
    CallCost cost;
};

} // namespace

namespace TraceRepricer {

Result run(QSqlDatabase &db, const PriceTable &prices, const TraceFilter &filter, QString *error)
{
    Result result;
    QVariantList parameters;
    const QString where = filter.sqlWhere(&parameters);
    QSqlQuery select(db);
    select.setForwardOnly(true);
    select.prepare(QStringLiteral("SELECT t.id, coalesce(nullif(t.response_model, ''), t.model), "
                                  "t.url, t.input_tokens, t.output_tokens, t.cached_tokens, "
                                  "t.cache_write_tokens, t.reasoning_tokens, t.cost_usd, "
                                  "t.price_id, t.cache, t.saved_usd, t.cache_write_1h_tokens "
                                  "FROM traces t WHERE ")
                   + where
                   + QStringLiteral(" AND coalesce(t.cost_source, '') <> 'provider' AND "
                                    "(t.input_tokens IS NOT NULL OR t.output_tokens IS NOT NULL)"));
    for (int i = 0; i < parameters.size(); ++i)
        select.bindValue(i, parameters.at(i));
    if (!select.exec()) {
        *error = select.lastError().text();
        return result;
    }
    QList<Update> updates;
    while (select.next()) {
        ++result.examined;
        TokenUsage usage;
        usage.input = optionalInt(select.value(3));
        usage.output = optionalInt(select.value(4));
        usage.cachedInput = optionalInt(select.value(5));
        usage.cacheWrite = optionalInt(select.value(6));
        usage.cacheWrite1h = optionalInt(select.value(12));
        usage.reasoning = optionalInt(select.value(7));
        const QByteArray host = QUrl(select.value(2).toString()).host().toLatin1();
        const CostBreakdown price = prices.cost(select.value(1).toString(), usage,
                                                TraceRecordBuilder::providerForHost(host));
        const CallCost cost = CallCost::of(price, select.value(10).toString() == "HIT"_L1);
        auto same = [](const QVariant &stored, const std::optional<double> &now) {
            return stored.isNull() ? !now.has_value() : now && stored.toDouble() == *now;
        };
        if (!same(select.value(8), cost.totalUsd) || !same(select.value(11), cost.savedUsd)
            || select.value(9).toString() != price.priceId)
            updates.append({select.value(0).toLongLong(), price, cost});
    }
    if (!SqlQuery::readToEnd(select, error))
        return result;
    select.finish();

    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE traces SET cost_input = ?, cost_output = ?, "
                                  "cost_usd = ?, saved_usd = ?, cost_source = ?, price_id = ?, "
                                  "price_version = ? WHERE id = ?"));
    for (qsizetype start = 0; start < updates.size(); start += 5000) {
        TransactionGuard transaction(db);
        for (qsizetype i = start; i < std::min(updates.size(), start + 5000); ++i) {
            const Update &u = updates.at(i);
            update.bindValue(0, orNull(u.cost.inputUsd));
            update.bindValue(1, orNull(u.cost.outputUsd));
            update.bindValue(2, orNull(u.cost.totalUsd));
            update.bindValue(3, orNull(u.cost.savedUsd));
            update.bindValue(4, u.price.source.isEmpty() ? QVariant() : QVariant(u.price.source));
            update.bindValue(5, u.price.priceId.isEmpty() ? QVariant() : QVariant(u.price.priceId));
            update.bindValue(6, u.price.tableVersion);
            update.bindValue(7, u.id);
            if (!update.exec()) {
                *error = update.lastError().text();
                return result;
            }
        }
        if (!transaction.commit()) {
            *error = db.lastError().text();
            return result;
        }
        result.changed += std::min(updates.size(), start + 5000) - start;
    }
    return result;
}

} // namespace TraceRepricer
