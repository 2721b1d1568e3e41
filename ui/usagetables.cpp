#include "usagetables.h"

#include "usagetablemodel.h"

#include "trace/usagereport.h"

#include <QCoreApplication>

namespace {

using Kind = UsageTableModel::Kind;

QString translate(const char *text)
{
    return QCoreApplication::translate("UsageTables", text);
}

// A cost no call of which was known is unknown, not $0.
QVariant cost(double usd, qint64 calls, qint64 unknownCalls)
{
    return calls > 0 && unknownCalls == calls ? QVariant() : QVariant(usd);
}

QVariant modelName(const QString &model)
{
    return model.isEmpty() ? translate("(no model)") : model;
}

void fillGroups(UsageTableModel *model, const QString &title,
                const QList<UsageReport::Group> &groups)
{
    model->setColumns({{title, Kind::Text},
                       {translate("Calls"), Kind::Count},
                       {translate("Cost"), Kind::Usd},
                       {translate("Calls of unknown cost"), Kind::Count},
                       {translate("Tokens"), Kind::Count}});
    QList<QVariantList> rows;
    for (const UsageReport::Group &g : groups)
        rows.append({g.name, g.calls, cost(g.costUsd, g.calls, g.unknownCostCalls),
                     g.unknownCostCalls, g.tokens});
    model->setRows(rows);
}

} // namespace

namespace UsageTables {

void fillCost(UsageTableModel *model, const UsageReport &report)
{
    model->setColumns({{translate("Day"), Kind::Date},
                       {translate("Model"), Kind::Text},
                       {translate("Calls"), Kind::Count},
                       {translate("Cost"), Kind::Usd},
                       {translate("Calls of unknown cost"), Kind::Count}});
    QList<QVariantList> rows;
    for (const UsageReport::DayModelCost &c : report.costPerDay)
        rows.append({c.day, modelName(c.model), c.calls,
                     cost(c.costUsd, c.calls, c.unknownCostCalls), c.unknownCostCalls});
    model->setRows(rows);
}

void fillTokens(UsageTableModel *model, const UsageReport &report)
{
    model->setColumns({{translate("Day"), Kind::Date},
                       {translate("Calls"), Kind::Count},
                       {translate("Input (cached included)"), Kind::Count},
                       {translate("Cached input"), Kind::Count},
                       {translate("Output"), Kind::Count}});
    QList<QVariantList> rows;
    // Input as the API counts it: cached tokens included (the chart stacks them apart).
    for (const UsageReport::DayTokens &t : report.tokensPerDay)
        rows.append({t.day, t.calls, t.inputTokens, t.cachedInputTokens, t.outputTokens});
    model->setRows(rows);
}

void fillLatency(UsageTableModel *model, const UsageReport &report)
{
    model->setColumns({{translate("Model"), Kind::Text},
                       {translate("Calls"), Kind::Count},
                       {translate("p50"), Kind::DurationMs},
                       {translate("p95"), Kind::DurationMs}});
    QList<QVariantList> rows;
    for (const UsageReport::ModelLatency &l : report.latency)
        rows.append({modelName(l.model), l.calls, l.p50Ms, l.p95Ms});
    model->setRows(rows);
}

void fillCache(UsageTableModel *model, const UsageReport &report)
{
    const UsageReport::Cache &c = report.cache;
    model->setColumns({{translate("Calls answered from the cache"), Kind::Count},
                       {translate("Calls sent upstream (misses)"), Kind::Count},
                       {translate("Calls bypassing the cache"), Kind::Count},
                       {translate("Hit rate"), Kind::Percent},
                       {translate("Saved"), Kind::Usd}});
    model->setRows({{c.hits, c.misses, c.bypassed,
                     c.hits + c.misses ? QVariant(c.hitRate()) : QVariant(), c.savedUsd}});
}

void fillUsers(UsageTableModel *model, const UsageReport &report)
{
    fillGroups(model, translate("User"), report.topUsers);
}

void fillSessions(UsageTableModel *model, const UsageReport &report)
{
    fillGroups(model, translate("Session"), report.topSessions);
}

void fillRepeated(UsageTableModel *model, const UsageReport &report)
{
    model->setColumns({{translate("Model"), Kind::Text},
                       {translate("Endpoint"), Kind::Text},
                       {translate("Times sent"), Kind::Count},
                       {translate("Cost"), Kind::Usd},
                       {translate("Calls of unknown cost"), Kind::Count},
                       {translate("Answered from the cache"), Kind::Count},
                       {translate("Request hash"), Kind::Text},
                       {translate("Newest call"), Kind::Text}});
    QList<QVariantList> rows;
    for (const UsageReport::Repeated &r : report.repeated)
        rows.append({modelName(r.model), r.endpoint, r.count,
                     cost(r.costUsd, r.count, r.unknownCostCalls), r.unknownCostCalls, r.cacheHits,
                     QString::fromLatin1(r.requestHash), r.lastId});
    model->setRows(rows);
}

} // namespace UsageTables
