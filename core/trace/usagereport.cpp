#include "usagereport.h"

#include <QHash>

#include <algorithm>

QStringList UsageReport::models() const
{
    QHash<QString, double> cost;
    for (const DayModelCost &row : costPerDay)
        cost[row.model] += row.costUsd;
    QStringList result = cost.keys();
    std::sort(result.begin(), result.end(), [&](const QString &a, const QString &b) {
        const double ca = cost.value(a);
        const double cb = cost.value(b);
        return ca != cb ? ca > cb : a < b;
    });
    return result;
}
