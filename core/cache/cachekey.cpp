#include "cachekey.h"

#include "common/sha256.h"

namespace CacheKey {

QByteArray credentialHash(const HttpHeaders &forwardedHeaders)
{
    QByteArray credential;
    for (const char *name : {"Authorization", "x-api-key", "api-key"}) {
        const QByteArray value = forwardedHeaders.value(name).trimmed();
        if (!value.isEmpty())
            credential += QByteArray(name) + ':' + value + '\n';
    }
    // Only the hash is kept anywhere: the credential never reaches the cache file.
    return credential.isEmpty() ? QByteArray() : Sha256::digest({credential}).toHex();
}

QByteArray compute(const QByteArray &upstreamUrl, const QByteArray &canonicalBody,
                   const QByteArray &credentialHash)
{
    return Sha256::digest({upstreamUrl, QByteArrayView("\n", 1), canonicalBody,
                           QByteArrayView("\n", 1), credentialHash});
}

} // namespace CacheKey
