#pragma once

#include <QString>

#include <functional>

// `tokentap export --format FORMAT [--data-dir DIR] [--filter EXPR] -o FILE` (PRODUCT.md §6).
struct ExportRequest
{
    QString format; // csv, otlp-json (jsonl and har arrive with their exporters)
    QString databasePath;
    QString filter;
    QString outputPath;
};

namespace ExportCommand {

struct Result
{
    int exitCode = 0; // 0 done, 1 failed while running, 2 bad request (format, filter, path)
    QString message; // what to tell the user
    qint64 written = 0;
};

QStringList formats();
// Writes atomically: on any failure the output file is left as it was.
Result run(const ExportRequest &request, const std::function<void(qint64 done)> &progress = {});

} // namespace ExportCommand
