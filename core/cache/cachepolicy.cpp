#include "cachepolicy.h"

#include <QJsonValue>

namespace CachePolicy {

QByteArray Decision::statusWhenNotHit() const
{
    if (!cacheable)
        return {};
    return read || write ? QByteArrayLiteral("MISS") : QByteArrayLiteral("BYPASS");
}

bool isCacheable(const QByteArray &method, EndpointKind kind)
{
    if (method != "POST")
        return false;
    switch (kind) {
    case EndpointKind::ChatCompletions:
    case EndpointKind::Completions:
    case EndpointKind::Responses:
    case EndpointKind::Embeddings:
    case EndpointKind::Moderations:
    case EndpointKind::AnthropicMessages:
        return true;
    case EndpointKind::Models:
    case EndpointKind::Other:
        break;
    }
    return false;
}

std::optional<Directives> parseHeaders(const HttpHeaders &headers, CacheMode defaultMode,
                                       qint64 defaultTtlSeconds, QByteArray *error)
{
    Directives d;
    d.mode = defaultMode;
    d.ttlSeconds = std::clamp(defaultTtlSeconds, MinTtlSeconds, MaxTtlSeconds);
    const QByteArray mode = headers.value("x-bt-use-cache");
    if (!mode.isNull()) {
        const std::optional<CacheMode> parsed = CacheModes::parse(mode);
        if (!parsed) {
            *error = "x-bt-use-cache must be auto, always or never, not '" + mode.trimmed() + "'";
            return std::nullopt;
        }
        d.mode = *parsed;
    }
    const QByteArray ttl = headers.value("x-bt-cache-ttl");
    if (!ttl.isNull()) {
        bool ok = false;
        const qint64 seconds = ttl.trimmed().toLongLong(&ok);
        if (!ok) {
            *error =
                    "x-bt-cache-ttl must be a whole number of seconds, not '" + ttl.trimmed() + "'";
            return std::nullopt;
        }
        d.ttlSeconds = std::clamp(seconds, MinTtlSeconds, MaxTtlSeconds);
    }
    for (const QByteArray &value : headers.values("Cache-Control")) {
        for (const QByteArray &part : value.split(',')) {
            const QByteArray directive = part.trimmed().toLower();
            if (directive == "no-cache") {
                d.skipRead = true;
            } else if (directive == "no-store") {
                d.skipWrite = true;
            } else if (directive.startsWith("max-age=")) {
                bool ok = false;
                const qint64 age = directive.mid(8).toLongLong(&ok);
                if (!ok || age < 0)
                    continue; // malformed directives are ignored, as HTTP caches do
                if (age == 0)
                    d.skipRead = true;
                else
                    d.maxAgeSeconds = age;
            }
        }
    }
    return d;
}

bool autoAllows(EndpointKind kind, const QJsonObject &body)
{
    if (kind == EndpointKind::Embeddings || kind == EndpointKind::Moderations)
        return true;
    const QJsonValue temperature = body.value(QLatin1String("temperature"));
    if (temperature.isDouble() && temperature.toDouble() == 0.0)
        return true;
    const QJsonValue seed = body.value(QLatin1String("seed"));
    return !seed.isUndefined() && !seed.isNull();
}

Decision decide(const QByteArray &method, EndpointKind kind, const Directives &directives,
                const QJsonObject &body, bool bodyIsJsonObject)
{
    Decision decision;
    decision.cacheable = isCacheable(method, kind);
    decision.ttlSeconds = directives.ttlSeconds;
    decision.maxAgeSeconds = directives.maxAgeSeconds;
    if (!decision.cacheable || !bodyIsJsonObject)
        return decision;
    bool applies = false;
    switch (directives.mode) {
    case CacheMode::Never:
        break;
    case CacheMode::Always:
        applies = true;
        break;
    case CacheMode::Auto:
        applies = autoAllows(kind, body);
        break;
    }
    decision.read = applies && !directives.skipRead;
    decision.write = applies && !directives.skipWrite;
    return decision;
}

} // namespace CachePolicy
