#include "csvexporter.h"

#include <QDateTime>

namespace {

QByteArray field(const QString &text)
{
    QByteArray out = text.toUtf8();
    // A leading =, +, - or @ (or a tab or carriage return before one) makes spreadsheets run
    // the cell as a formula, quoted or not: the quote mark keeps it text. Decided on the value,
    // before quoting, which would hide the first character behind a '"'.
    if (!out.isEmpty() && QByteArrayView("=+-@\t\r").contains(out.front()) && out != "-")
        out.prepend('\'');
    if (out.contains(',') || out.contains('"') || out.contains('\n') || out.contains('\r')) {
        out.replace("\"", "\"\"");
        out = '"' + out + '"';
    }
    return out;
}

template<typename T> QByteArray number(const std::optional<T> &value)
{
    if (!value)
        return {};
    if constexpr (std::is_floating_point_v<T>) {
        // Plain decimals (spreadsheets misread 2.8e-05 as text in some locales), no noise zeros.
        QByteArray text = QByteArray::number(*value, 'f', 10);
        while (text.endsWith('0'))
            text.chop(1);
        if (text.endsWith('.'))
            text.chop(1);
        return text;
    } else
        return QByteArray::number(*value);
}

QByteArray milliseconds(const std::optional<double> &value)
{
    return value ? QByteArray::number(*value, 'f', 3) : QByteArray();
}

} // namespace

namespace CsvExporter {

QByteArray headerLine()
{
    return QByteArrayLiteral(
            "trace_id,span_id,parent_span_id,start_time,endpoint,model,status,stream,cache,"
            "input_tokens,output_tokens,cached_tokens,cache_write_tokens,reasoning_tokens,"
            "cost_usd,saved_usd,ttfb_ms,ttft_ms,duration_ms,user,session_id,project,tags\r\n");
}

QByteArray row(const TraceRecord &r)
{
    const QDateTime start = QDateTime::fromMSecsSinceEpoch(r.startUnixNs / 1'000'000, Qt::UTC);
    const QByteArrayList fields = {
            field(QString::fromLatin1(r.traceId)),
            field(QString::fromLatin1(r.spanId)),
            field(QString::fromLatin1(r.parentSpanId)),
            start.toString(Qt::ISODateWithMs).toLatin1(),
            field(r.endpoint),
            field(r.model),
            r.status ? QByteArray::number(r.status) : QByteArray(),
            r.stream ? QByteArrayLiteral("true") : QByteArrayLiteral("false"),
            field(r.cache),
            number(r.usage.input),
            number(r.usage.output),
            number(r.usage.cachedInput),
            number(r.usage.cacheWrite),
            number(r.usage.reasoning),
            number(r.costUsd),
            number(r.savedUsd),
            milliseconds(r.ttfbMs),
            milliseconds(r.ttftMs),
            QByteArray::number(r.durationMs, 'f', 3),
            field(r.user),
            field(r.sessionId),
            field(r.project),
            field(r.tags.join(QLatin1Char(','))),
    };
    return fields.join(',') + "\r\n";
}

} // namespace CsvExporter
