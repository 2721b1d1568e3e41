#pragma once

#include "cachemode.h"
#include "http/httpheaders.h"
#include "llm/endpointkind.h"

#include <QByteArray>
#include <QJsonObject>

#include <optional>

// What the cache does with one call (PRODUCT.md §3 and §4), decided from the endpoint, the
// request's cache headers and, under `auto`, whether the body asks for a deterministic answer.
namespace CachePolicy {

constexpr qint64 MinTtlSeconds = 1;
constexpr qint64 MaxTtlSeconds = 7LL * 24 * 3600;

// The cache-related request headers, parsed.
struct Directives
{
    CacheMode mode = CacheMode::Auto;
    qint64 ttlSeconds = MaxTtlSeconds; // x-bt-cache-ttl, clamped to 1 s .. 7 days
    bool skipRead = false; // Cache-Control: no-cache or max-age=0
    bool skipWrite = false; // Cache-Control: no-store
    std::optional<qint64> maxAgeSeconds; // Cache-Control: max-age=N: entries at most N s old
};

struct Decision
{
    bool cacheable = false; // the endpoint can be cached at all (else no cache status)
    bool read = false;
    bool write = false;
    qint64 ttlSeconds = MaxTtlSeconds;
    std::optional<qint64> maxAgeSeconds;
    // What the trace records when the call is not a hit: "MISS" when the cache took part,
    // "BYPASS" when a cacheable call was left out, "" for endpoints the cache never handles.
    QByteArray statusWhenNotHit() const;
};

// POST to chat completions, completions, responses, embeddings, moderations, messages.
bool isCacheable(const QByteArray &method, EndpointKind kind);

// Reads x-bt-use-cache, x-bt-cache-ttl and Cache-Control. An unknown mode or a TTL that is not
// a whole number gives nullopt and a message for the 400 response.
std::optional<Directives> parseHeaders(const HttpHeaders &headers, CacheMode defaultMode,
                                       qint64 defaultTtlSeconds, QByteArray *error);

// `auto`: generative endpoints need temperature exactly 0 (a missing temperature is not 0) or
// a non-null seed; embeddings and moderations always qualify.
bool autoAllows(EndpointKind kind, const QJsonObject &body);

// `body` is the parsed request (empty when it was not a JSON object: such calls are bypassed).
Decision decide(const QByteArray &method, EndpointKind kind, const Directives &directives,
                const QJsonObject &body, bool bodyIsJsonObject);

} // namespace CachePolicy
