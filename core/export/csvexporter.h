#pragma once

#include "trace/tracerecord.h"

#include <QByteArray>
#include <QIODevice>

// Usage as CSV, one row per call (RFC 4180; UTF-8; unknown values are empty fields), with the
// columns of `tokentap export --format csv`.
namespace CsvExporter {

QByteArray headerLine();
QByteArray row(const TraceRecord &record);

} // namespace CsvExporter
