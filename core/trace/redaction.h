#pragma once

#include "http/httpheaders.h"

#include <QByteArray>

// Credentials never reach the disk in full: a trace keeps their last 4 characters.
namespace Redaction {

// Authorization, Proxy-Authorization, x-api-key, api-key, Cookie, Set-Cookie, and any field
// whose name ends in "-key", "-token" or "-secret".
bool isSecretHeader(const QByteArray &name);
// "Bearer sk-proj-abcdef…wxyz" → "Bearer …wxyz"; a value of 8 characters or fewer → "…".
QByteArray redactValue(const QByteArray &value);
HttpHeaders redacted(const HttpHeaders &headers);
// [["name","value"],…] with secrets redacted.
QByteArray headersToJson(const HttpHeaders &headers);
// The inverse, for readers of stored calls (values as stored: secrets stay redacted).
HttpHeaders headersFromJson(const QByteArray &json);
// A URL with the values of credential-like query parameters (key, api_key, *_key, *token*,
// *secret*, sig) redacted: Gemini's `?key=AIza…` must not reach the disk either.
QByteArray redactedUrl(const QByteArray &url);

} // namespace Redaction
