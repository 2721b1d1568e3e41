#pragma once

class UsageTableModel;
struct UsageReport;

// The usage dashboard's tables: what each tab lists of a report, one row per day, model, user,
// session or repeated request, with raw values for sorting and CSV.
namespace UsageTables {

void fillCost(UsageTableModel *model, const UsageReport &report);
void fillTokens(UsageTableModel *model, const UsageReport &report);
void fillLatency(UsageTableModel *model, const UsageReport &report);
void fillCache(UsageTableModel *model, const UsageReport &report);
void fillUsers(UsageTableModel *model, const UsageReport &report);
void fillSessions(UsageTableModel *model, const UsageReport &report);
void fillRepeated(UsageTableModel *model, const UsageReport &report);

} // namespace UsageTables
