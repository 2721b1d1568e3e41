#pragma once

#include "http/httpheaders.h"

#include <QByteArray>

// The cache key (PRODUCT.md §4): SHA-256 over the upstream URL, the canonical request body and
// a hash of the credential in use, so that two API keys never share an entry.
namespace CacheKey {

// The credential the upstream will see: Authorization, x-api-key and api-key of the forwarded
// request (after key injection), hashed; empty when there is none.
QByteArray credentialHash(const HttpHeaders &forwardedHeaders);
// 32 bytes.
QByteArray compute(const QByteArray &upstreamUrl, const QByteArray &canonicalBody,
                   const QByteArray &credentialHash);

} // namespace CacheKey
