#include "exportcommand.h"

#include "csvexporter.h"
#include "harexporter.h"
#include "otlpjson.h"
#include "spanbuilder.h"
#include "trace/tracefilter.h"
#include "trace/tracereader.h"
#include "trace/traceschema.h"
#include "trace/tracestore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

#include <algorithm>

namespace {

// The catalogues file these messages under ExportCommand.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)
};

// `path` with its folder resolved (symbolic links, "..") whether or not the file exists yet.
QString resolvedPath(const QString &path)
{
    const QFileInfo info(path);
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return folder.isEmpty() ? QDir::cleanPath(info.absoluteFilePath())
                            : folder + u'/' + info.fileName();
}

// Writing over the trace store or its log would destroy what is being exported.
bool isPartOfStore(const QString &output, const QString &databasePath)
{
    const QString target = resolvedPath(output);
    const QString database = resolvedPath(databasePath);
    return target == database || target == database + QLatin1String("-wal")
            || target == database + QLatin1String("-shm")
            || target == database + QLatin1String("-journal");
}

} // namespace

namespace ExportCommand {

QStringList formats()
{
    return {QStringLiteral("csv"), QStringLiteral("jsonl"), QStringLiteral("har"),
            QStringLiteral("otlp-json")};
}

Result run(const ExportRequest &request, const std::function<void(qint64)> &progress)
{
    Result result;
    if (!formats().contains(request.format)) {
        result.exitCode = 2;
        result.message = Text::tr("unknown export format '%1' (available: %2)")
                                 .arg(request.format, formats().join(QLatin1String(", ")));
        return result;
    }
    QString error;
    const std::optional<TraceFilter> filter = TraceFilter::parse(request.filter, &error);
    if (!filter) {
        result.exitCode = 2;
        result.message = Text::tr("invalid filter: %1").arg(error);
        return result;
    }
    if (request.outputPath.isEmpty()) {
        result.exitCode = 2;
        result.message = Text::tr("no output file given (-o FILE)");
        return result;
    }
    if (!ExportRequest::isStandardOutput(request.outputPath)
        && isPartOfStore(request.outputPath, request.databasePath)) {
        result.exitCode = 2;
        result.message = Text::tr("%1 is the trace database itself; choose another output file")
                                 .arg(request.outputPath);
        return result;
    }
    if (!QFileInfo::exists(request.databasePath)) {
        result.exitCode = 2;
        result.message = Text::tr("no trace database at %1").arg(request.databasePath);
        return result;
    }
    TraceReader reader(request.databasePath, QStringLiteral("tokentap-export"));
    // A store last written by an older TokenTap is brought up to date first, as starting
    // TokenTap would: the reader's queries name the current schema's columns. One already
    // current is only read, so a read-only copy exports too.
    if (!reader.open(&error)
        || (reader.schemaVersion() < TraceSchema::CurrentVersion
            && !TraceStore(request.databasePath, QStringLiteral("tokentap-export-upgrade"))
                        .open(&error))) {
        result.exitCode = 2;
        result.message = error;
        return result;
    }
    // "-o -": standard output, for a pipe. A file is replaced only once complete (QSaveFile).
    const bool toStdout = ExportRequest::isStandardOutput(request.outputPath);
    QSaveFile file(request.outputPath);
    QFile standardOutput;
    QFileDevice &out = toStdout ? static_cast<QFileDevice &>(standardOutput) : file;
    // Exports hold prompts and answers: a new file is the user's alone, as the store is. An
    // existing one keeps the mode it was given.
    const bool replacing = QFileInfo::exists(request.outputPath);
    const bool opened = toStdout ? standardOutput.open(stdout, QIODevice::WriteOnly)
                                 : file.open(QIODevice::WriteOnly)
                    && (replacing
                        || file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    if (!opened) {
        result.exitCode = 2;
        result.message = Text::tr("cannot write %1: %2").arg(request.outputPath, out.errorString());
        return result;
    }
    // otlp-json and har: one document, written entry by entry between its prefix and suffix.
    const bool otlp = request.format == QLatin1String("otlp-json");
    const bool har = request.format == QLatin1String("har");
    const bool jsonl = request.format == QLatin1String("jsonl");
    FineTuneExporter fineTune(request.fineTune);
    if (otlp)
        out.write(OtlpJson::prefix());
    else if (har)
        out.write(HarExporter::prefix());
    else if (!jsonl)
        out.write(CsvExporter::headerLine());
    qint64 visited = 0;
    auto write = [&](const TraceRecord &record) {
        ++visited;
        if (otlp || har) {
            if (result.written > 0)
                out.write(",", 1);
            out.write(QJsonDocument(otlp ? OtlpJson::span(SpanBuilder::build(record, false))
                                         : HarExporter::entry(record))
                              .toJson(QJsonDocument::Compact));
        } else if (jsonl) {
            const std::optional<QByteArray> line = fineTune.example(record);
            if (!line)
                return true;
            out.write(*line);
            out.write("\n", 1);
        } else {
            out.write(CsvExporter::row(record));
        }
        ++result.written;
        if (progress && visited % 200 == 0)
            progress(visited);
        return true;
    };
    bool ok = true;
    if (request.ids.isEmpty()) {
        ok = reader.forEach(*filter, write, &error);
    } else {
        // A selection: in pages, oldest first as forEach gives them.
        QList<qint64> ids = request.ids;
        std::sort(ids.begin(), ids.end());
        for (qsizetype i = 0; ok && i < ids.size(); i += 500) {
            const QList<TraceRecord> page = reader.loadMany(ids.mid(i, 500), &error);
            ok = error.isEmpty();
            for (const TraceRecord &record : page)
                write(record);
        }
    }
    if (!ok) {
        if (!toStdout)
            file.cancelWriting();
        result.exitCode = 1;
        result.message = error;
        return result;
    }
    if (otlp)
        out.write(OtlpJson::suffix());
    else if (har)
        out.write(HarExporter::suffix());
    // What is still buffered reaches the file here: a full disk shows now, and QSaveFile's
    // commit would not notice a failed final flush (a short export replaced the old file).
    const bool flushed = out.flush() && out.error() == QFileDevice::NoError;
    if (!flushed && !toStdout)
        file.cancelWriting();
    if (!flushed || (!toStdout && !file.commit())) {
        result.exitCode = 2;
        result.message = Text::tr("cannot write %1: %2").arg(request.outputPath, out.errorString());
        return result;
    }
    const int written = int(result.written);
    result.message = Text::tr("%n call(s) written to %1", nullptr, written).arg(request.outputPath);
    if (jsonl) {
        result.skipped = fineTune.skipped().total();
        result.message = Text::tr("%n example(s) written to %1; %2", nullptr, written)
                                 .arg(request.outputPath, fineTune.skippedSummary());
    }
    return result;
}

} // namespace ExportCommand
