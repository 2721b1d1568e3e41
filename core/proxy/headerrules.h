#pragma once

#include "http/httpheaders.h"
#include "upstream.h"

#include <utility>

struct ProxyConfig;

// Which header fields cross the proxy, in each direction (PRODUCT.md §2 and §3).
namespace HeaderRules {

// Fields for the upstream request: hop-by-hop fields and x-tokentap-* dropped, x-bt-* dropped
// unless forwarded, the upstream's key injected in place of the client's credential, configured
// headers set, Host and Content-Length set for the upstream.
HttpHeaders forwardedRequestHeaders(const HttpHeaders &clientHeaders, const Upstream &upstream,
                                    const ProxyConfig &config, qint64 bodyLength);

// Fields for the client response: hop-by-hop and framing fields dropped (the proxy frames
// the body itself).
HttpHeaders relayedResponseHeaders(const HttpHeaders &upstreamHeaders);

// The header that presents `key` the way `style` says ("Authorization: Bearer KEY", …).
std::pair<QByteArray, QByteArray> credentialHeader(AuthStyle style, const QByteArray &key);

// Connection, Keep-Alive, TE, Trailer, Transfer-Encoding, Upgrade, Proxy-*.
bool isHopByHop(const QByteArray &name);
// Authorization, x-api-key, api-key.
bool isCredential(const QByteArray &name);
// Whether x-bt-* headers go upstream for this upstream.
bool forwardsBraintrustHeaders(const Upstream &upstream, const ProxyConfig &config);

} // namespace HeaderRules
