#pragma once

#include "http/httpheaders.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

// One stored response (PRODUCT.md §4): what a hit replays, plus what "why did it miss" compares.
// A value passed from the network thread to the cache's store thread and back.
struct CacheEntry
{
    struct Event
    {
        qint64 offsetNs = 0; // since the request started
        qint64 length = 0; // bytes of `body` this event covers, in order
    };

    QByteArray key; // 32-byte SHA-256 (CacheKey)
    QByteArray url; // upstream URL, credentials in its query redacted
    QString model; // requested model, "" when none
    QByteArray credentialHash; // hex SHA-256 of the credential in use, "" when none
    QByteArray canonicalRequest; // the request body in canonical JSON (CanonicalJson)

    int status = 200;
    HttpHeaders headers; // response headers as relayed, without framing or hop-by-hop fields
    QByteArray body; // as the upstream sent it (may be content-encoded)
    bool stream = false; // text/event-stream: `events` holds its pieces with their times
    QList<Event> events;

    qint64 createdMs = 0; // Unix ms
    qint64 expiresMs = 0; // Unix ms; expired entries are never served
    qint64 lastUsedMs = 0; // Unix ms; least recently used entries go first beyond the size cap
    std::optional<double> costUsd; // what the call cost upstream: saved by each hit

    // Bytes an entry counts against the size cap.
    qint64 sizeBytes() const { return body.size() + canonicalRequest.size() + url.size() + 256; }
};

// Cache-wide figures for the settings page and the dashboard.
struct CacheStats
{
    qint64 entries = 0;
    qint64 bytes = 0;
    qint64 hits = 0;
    qint64 misses = 0;
    double savedUsd = 0;
};

// Why a cacheable call missed: the nearest stored entry for the same URL and model, and the
// JSON paths in which the requests differ ("temperature", "messages[2].content"). Empty paths
// with a nearest entry: the requests are equal and the entry expired or used another key.
struct CacheMissExplanation
{
    QByteArray nearestKey;
    qint64 nearestCreatedMs = 0;
    bool sameCredential = true;
    QStringList differingPaths;
};
