#pragma once

#include <QString>

// `tokentap reprice` and `tokentap prices import`: the command-line side of price changes.
namespace MaintenanceCommands {

struct Result
{
    int exitCode = 0; // 0 done, 1 failed while running, 2 bad request
    QString message;
};

// Recomputes stored costs with the current prices (built-in merged with the user's file).
Result reprice(const QString &dataDir, const QString &filter);
// Merges a LiteLLM or OpenRouter price file into the user's price overrides.
Result importPrices(const QString &dataDir, const QString &format, const QString &file);

} // namespace MaintenanceCommands
