#pragma once

#include "finetuneexporter.h"

#include <QList>
#include <QString>

#include <functional>

// `tokentap export --format FORMAT [--data-dir DIR] [--filter EXPR] -o FILE` (PRODUCT.md §6).
struct ExportRequest
{
    ExportRequest() = default;
    ExportRequest(QString format, QString databasePath, QString filter, QString outputPath)
        : format(std::move(format))
        , databasePath(std::move(databasePath))
        , filter(std::move(filter))
        , outputPath(std::move(outputPath))
    { }

    QString format; // csv, jsonl, har, otlp-json
    QString databasePath;
    QString filter;
    QString outputPath; // "-": standard output (isStandardOutput)

    static bool isStandardOutput(const QString &path) { return path == QLatin1String("-"); }
    FineTuneExporter::Options fineTune; // jsonl only
    QList<qint64> ids; // the browser's selection: only these calls (instead of the filter)
};

namespace ExportCommand {

struct Result
{
    int exitCode = 0; // 0 done, 1 failed while running, 2 bad request (format, filter, path)
    QString message; // what to tell the user
    qint64 written = 0;
    qint64 skipped = 0; // jsonl: calls that made no example (said why in `message`)
};

QStringList formats();
// Writes atomically: on any failure the output file is left as it was.
Result run(const ExportRequest &request, const std::function<void(qint64 done)> &progress = {});

} // namespace ExportCommand
