#include "redaction.h"

#include "common/jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Redaction {

namespace {

const QByteArray Ellipsis = "\xe2\x80\xa6";

// What a credential keeps: its last 4 characters, or nothing when that would be half of it.
QByteArray lastFour(const QByteArray &secret)
{
    return secret.size() <= 8 ? Ellipsis : Ellipsis + secret.right(4);
}

// The schemes of RFC 9110 credentials and the ones APIs use in their place ("Token", "Key").
bool isAuthScheme(const QByteArray &word)
{
    static const QByteArrayList schemes = {
            "bearer",    "basic", "digest", "token",           "key", "apikey", "ntlm",
            "negotiate", "hoba",  "mutual", "aws4-hmac-sha256"};
    return schemes.contains(word.toLower());
}

// Cookie: every cookie's value cut, names kept ("sid=…1234; theme=…mode").
QByteArray redactedCookies(const QByteArray &value)
{
    QByteArrayList cookies = value.split(';');
    for (QByteArray &cookie : cookies) {
        const QByteArray pair = cookie.trimmed();
        const qsizetype eq = pair.indexOf('=');
        cookie = eq < 0 ? lastFour(pair) : pair.left(eq + 1) + lastFour(pair.mid(eq + 1).trimmed());
    }
    return cookies.join("; ");
}

// Set-Cookie: the one cookie's value cut; its attributes (Path, Expires, HttpOnly) kept.
QByteArray redactedSetCookie(const QByteArray &value)
{
    const qsizetype end = value.indexOf(';');
    const QByteArray pair = end < 0 ? value : value.left(end);
    return redactedCookies(pair) + (end < 0 ? QByteArray() : value.mid(end));
}

QByteArray redactedField(const QByteArray &name, const QByteArray &value)
{
    if (!isSecretHeader(name))
        return value;
    const QByteArray n = name.toLower();
    if (n == "cookie")
        return redactedCookies(value);
    if (n == "set-cookie")
        return redactedSetCookie(value);
    return redactValue(value);
}

} // namespace

bool isSecretHeader(const QByteArray &name)
{
    const QByteArray n = name.toLower();
    return n == "cookie" || n == "set-cookie" || n == "apikey" || n.contains("authorization")
            || n.endsWith("-key") || n.endsWith("_key") || n.endsWith("-token")
            || n.endsWith("_token") || n.endsWith("-secret") || n.endsWith("_secret")
            || n.endsWith("-auth");
}

QByteArray redactValue(const QByteArray &value)
{
    const QByteArray trimmed = value.trimmed();
    // Keep an auth scheme ("Bearer", "Basic"): it says what kind of credential it was. Only a
    // known one: the first word of anything else may be the secret itself.
    if (const qsizetype space = trimmed.indexOf(' ');
        space > 0 && isAuthScheme(trimmed.left(space)))
        return trimmed.left(space + 1) + lastFour(trimmed.mid(space + 1).trimmed());
    return lastFour(trimmed);
}

HttpHeaders redacted(const HttpHeaders &headers)
{
    HttpHeaders out;
    for (const auto &[name, value] : headers.fields())
        out.append(name, redactedField(name, value));
    return out;
}

QByteArray headersToJson(const HttpHeaders &headers)
{
    // Written as text: this runs twice for every recorded call. JSON text must be UTF-8, and
    // header bytes need not be: anything else is read as Latin-1 (HttpHeaders::text).
    auto utf8 = [](const QByteArray &bytes) {
        return QUtf8StringView(bytes).isValidUtf8() ? bytes : HttpHeaders::text(bytes).toUtf8();
    };
    QByteArray json;
    json.reserve(64 * (headers.fields().size() + 1));
    json += '[';
    for (const auto &[name, value] : headers.fields()) {
        if (json.size() > 1)
            json += ',';
        json += '[';
        // Names as Latin-1, as headersFromJson reads them back (they are ASCII when valid).
        JsonWriter::appendString(json, QString::fromLatin1(name).toUtf8());
        json += ',';
        JsonWriter::appendString(json, utf8(redactedField(name, value)));
        json += ']';
    }
    json += ']';
    return json;
}

HttpHeaders headersFromJson(const QByteArray &json)
{
    HttpHeaders headers;
    const QJsonArray array = QJsonDocument::fromJson(json).array();
    for (const QJsonValue &value : array) {
        const QJsonArray pair = value.toArray();
        headers.append(pair.at(0).toString().toLatin1(), pair.at(1).toString().toUtf8());
    }
    return headers;
}

QByteArray redactedUrl(const QByteArray &url)
{
    const qsizetype query = url.indexOf('?');
    if (query < 0)
        return url;
    QByteArrayList parameters = url.mid(query + 1).split('&');
    for (QByteArray &parameter : parameters) {
        const qsizetype eq = parameter.indexOf('=');
        if (eq <= 0)
            continue;
        const QByteArray name = parameter.left(eq).toLower();
        if (name == "key" || name == "sig" || name.endsWith("_key") || name.endsWith("-key")
            || name.contains("token") || name.contains("secret") || name == "apikey") {
            // Percent-encoded on purpose: the result is still a URL.
            parameter = parameter.left(eq + 1)
                    + QByteArray(
                              redactValue(QByteArray::fromPercentEncoding(parameter.mid(eq + 1))))
                              .toPercentEncoding();
        }
    }
    return url.left(query + 1) + parameters.join('&');
}

} // namespace Redaction
