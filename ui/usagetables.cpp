#include "usagetables.h"

#include "usagetablemodel.h"

#include "trace/usagereport.h"

#include <QCoreApplication>

namespace {

using Kind = UsageTableModel::Kind;

// The catalogues file these messages under UsageTables.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(UsageTables)
};

// A cost no call of which was known is unknown, not $0.
QVariant cost(double usd, qint64 calls, qint64 unknownCalls)
{
    return calls > 0 && unknownCalls == calls ? QVariant() : QVariant(usd);
}

QVariant modelName(const QString &model)
{
    return model.isEmpty() ? Text::tr("(no model)") : model;
}

void fillGroups(UsageTableModel *model, const QString &title,
                const QList<UsageReport::Group> &groups)
{
    model->setColumns({{title, Kind::Text},
                       {Text::tr("Calls"), Kind::Count},
                       {Text::tr("Cost"), Kind::Usd},
                       {Text::tr("Calls of unknown cost"), Kind::Count},
                       {Text::tr("Tokens"), Kind::Count}});
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
    model->setColumns({{Text::tr("Day"), Kind::Date},
                       {Text::tr("Model"), Kind::Text},
                       {Text::tr("Calls"), Kind::Count},
                       {Text::tr("Cost"), Kind::Usd},
                       {Text::tr("Calls of unknown cost"), Kind::Count}});
    QList<QVariantList> rows;
    for (const UsageReport::DayModelCost &c : report.costPerDay)
        rows.append({c.day, modelName(c.model), c.calls,
                     cost(c.costUsd, c.calls, c.unknownCostCalls), c.unknownCostCalls});
    model->setRows(rows);
}

void fillTokens(UsageTableModel *model, const UsageReport &report)
{
    model->setColumns({{Text::tr("Day"), Kind::Date},
                       {Text::tr("Calls"), Kind::Count},
                       {Text::tr("Input (cached included)"), Kind::Count},
                       {Text::tr("Cached input"), Kind::Count},
                       {Text::tr("Output"), Kind::Count}});
    QList<QVariantList> rows;
    // Input as the API counts it: cached tokens included (the chart stacks them apart).
    for (const UsageReport::DayTokens &t : report.tokensPerDay)
        rows.append({t.day, t.calls, t.inputTokens, t.cachedInputTokens, t.outputTokens});
    model->setRows(rows);
}

void fillLatency(UsageTableModel *model, const UsageReport &report)
{
    model->setColumns({{Text::tr("Model"), Kind::Text},
                       {Text::tr("Calls"), Kind::Count},
                       {Text::tr("p50"), Kind::DurationMs},
                       {Text::tr("p95"), Kind::DurationMs}});
    QList<QVariantList> rows;
    for (const UsageReport::ModelLatency &l : report.latency)
        rows.append({modelName(l.model), l.calls, l.p50Ms, l.p95Ms});
    model->setRows(rows);
}

void fillCache(UsageTableModel *model, const UsageReport &report)
{
    const UsageReport::Cache &c = report.cache;
    model->setColumns({{Text::tr("Calls answered from the cache"), Kind::Count},
                       {Text::tr("Calls sent upstream (misses)"), Kind::Count},
                       {Text::tr("Calls bypassing the cache"), Kind::Count},
                       {Text::tr("Hit rate"), Kind::Percent},
                       {Text::tr("Saved"), Kind::Usd}});
    model->setRows({{c.hits, c.misses, c.bypassed,
                     c.hits + c.misses ? QVariant(c.hitRate()) : QVariant(), c.savedUsd}});
}

void fillUsers(UsageTableModel *model, const UsageReport &report)
{
    fillGroups(model, Text::tr("User"), report.topUsers);
}

void fillSessions(UsageTableModel *model, const UsageReport &report)
{
    fillGroups(model, Text::tr("Session"), report.topSessions);
}

void fillRepeated(UsageTableModel *model, const UsageReport &report)
{
    model->setColumns({{Text::tr("Model"), Kind::Text},
                       {Text::tr("Endpoint"), Kind::Text},
                       {Text::tr("Times sent"), Kind::Count},
                       {Text::tr("Cost"), Kind::Usd},
                       {Text::tr("Calls of unknown cost"), Kind::Count},
                       {Text::tr("Answered from the cache"), Kind::Count},
                       {Text::tr("Request hash"), Kind::Text},
                       {Text::tr("Newest call"), Kind::Text}});
    QList<QVariantList> rows;
    for (const UsageReport::Repeated &r : report.repeated)
        rows.append({modelName(r.model), r.endpoint, r.count,
                     cost(r.costUsd, r.count, r.unknownCostCalls), r.unknownCostCalls, r.cacheHits,
                     QString::fromLatin1(r.requestHash), r.lastId});
    model->setRows(rows);
}

} // namespace UsageTables
