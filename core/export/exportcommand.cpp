#include "exportcommand.h"

#include "csvexporter.h"
#include "otlpjson.h"
#include "spanbuilder.h"
#include "trace/tracefilter.h"
#include "trace/tracereader.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ExportCommand", text);
}

} // namespace

namespace ExportCommand {

QStringList formats()
{
    return {QStringLiteral("csv"), QStringLiteral("otlp-json")};
}

Result run(const ExportRequest &request, const std::function<void(qint64)> &progress)
{
    Result result;
    if (!formats().contains(request.format)) {
        result.exitCode = 2;
        result.message = tr("unknown export format '%1' (available: %2)")
                                 .arg(request.format, formats().join(QLatin1String(", ")));
        return result;
    }
    QString error;
    const std::optional<TraceFilter> filter = TraceFilter::parse(request.filter, &error);
    if (!filter) {
        result.exitCode = 2;
        result.message = tr("invalid filter: %1").arg(error);
        return result;
    }
    if (request.outputPath.isEmpty()) {
        result.exitCode = 2;
        result.message = tr("no output file given (-o FILE)");
        return result;
    }
    if (!QFileInfo::exists(request.databasePath)) {
        result.exitCode = 2;
        result.message = tr("no trace database at %1").arg(request.databasePath);
        return result;
    }
    TraceReader reader(request.databasePath, QStringLiteral("tokentap-export"));
    if (!reader.open(&error)) {
        result.exitCode = 2;
        result.message = error;
        return result;
    }
    QSaveFile out(request.outputPath);
    if (!out.open(QIODevice::WriteOnly)) {
        result.exitCode = 2;
        result.message = tr("cannot write %1: %2").arg(request.outputPath, out.errorString());
        return result;
    }
    // otlp-json: one ExportTraceServiceRequest, written span by span (OtlpJson::prefix()).
    const bool otlp = request.format == QLatin1String("otlp-json");
    out.write(otlp ? OtlpJson::prefix() : CsvExporter::headerLine());
    const bool ok = reader.forEach(
            *filter,
            [&](const TraceRecord &record) {
                if (otlp) {
                    if (result.written > 0)
                        out.write(",", 1);
                    out.write(QJsonDocument(OtlpJson::span(SpanBuilder::build(record, false)))
                                      .toJson(QJsonDocument::Compact));
                } else {
                    out.write(CsvExporter::row(record));
                }
                ++result.written;
                if (progress && result.written % 1000 == 0)
                    progress(result.written);
                return true;
            },
            &error);
    if (!ok) {
        out.cancelWriting();
        result.exitCode = 1;
        result.message = error;
        return result;
    }
    if (otlp)
        out.write(OtlpJson::suffix());
    if (!out.commit()) {
        result.exitCode = 2;
        result.message = tr("cannot write %1: %2").arg(request.outputPath, out.errorString());
        return result;
    }
    result.message = tr("%1 calls written to %2").arg(result.written).arg(request.outputPath);
    return result;
}

} // namespace ExportCommand
