#include "tracesort.h"

#include <QString>

QLatin1StringView TraceSort::column(Key key)
{
    switch (key) {
    case Time:
        return QLatin1StringView("t.id");
    case Endpoint:
        return QLatin1StringView("t.endpoint");
    case Model:
        return QLatin1StringView("t.model");
    case Status:
        return QLatin1StringView("t.status");
    case Stream:
        return QLatin1StringView("t.stream");
    case Cache:
        return QLatin1StringView("t.cache");
    case InputTokens:
        return QLatin1StringView("t.input_tokens");
    case OutputTokens:
        return QLatin1StringView("t.output_tokens");
    case Cost:
        return QLatin1StringView("t.cost_usd");
    case TimeToFirstToken:
        return QLatin1StringView("t.ttft_ms");
    case Duration:
        return QLatin1StringView("t.duration_ms");
    case User:
        return QLatin1StringView("t.user");
    case Project:
        return QLatin1StringView("t.project");
    case Session:
        return QLatin1StringView("t.session_id");
    case Upstream:
        return QLatin1StringView("t.upstream");
    case FinishReason:
        return QLatin1StringView("t.finish_reason");
    }
    return QLatin1StringView("t.id");
}

bool TraceSort::isNumeric(Key key)
{
    switch (key) {
    case InputTokens:
    case OutputTokens:
    case Cost:
    case TimeToFirstToken:
    case Duration:
        return true;
    default:
        return false;
    }
}

QString TraceSort::orderBy() const
{
    const QLatin1StringView direction =
            descending ? QLatin1StringView(" DESC") : QLatin1StringView(" ASC");
    if (key == Time)
        return QStringLiteral("t.id") + direction;
    return column(key) + direction + QStringLiteral(", t.id") + direction;
}
