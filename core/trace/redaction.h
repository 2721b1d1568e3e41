#pragma once

#include "http/httpheaders.h"

#include <QByteArray>

// Credentials never reach the disk in full: a trace keeps their last 4 characters.
namespace Redaction {

// Cookie, Set-Cookie, apikey, any field whose name contains "authorization" (Authorization,
// Proxy-Authorization, cf-aig-authorization) or ends in "-key", "_key", "-token", "_token",
// "-secret", "_secret" or "-auth" (x-api-key, api-key, Helicone-Auth).
bool isSecretHeader(const QByteArray &name);
// "Bearer sk-proj-abcdef…wxyz" → "Bearer …wxyz" (a known scheme is kept); a value of 8
// characters or fewer → "…".
QByteArray redactValue(const QByteArray &value);
// Stored headers: secret fields redacted; in a Cookie every cookie's value, in a Set-Cookie the
// cookie's value (its name and attributes stay readable).
HttpHeaders redacted(const HttpHeaders &headers);
// [["name","value"],…] with secrets redacted.
QByteArray headersToJson(const HttpHeaders &headers);
// The inverse, for readers of stored calls (values as stored: secrets stay redacted).
HttpHeaders headersFromJson(const QByteArray &json);
// A URL with the values of credential-like query parameters (key, api_key, *_key, *token*,
// *secret*, sig) redacted: Gemini's `?key=AIza…` must not reach the disk either.
QByteArray redactedUrl(const QByteArray &url);

} // namespace Redaction
