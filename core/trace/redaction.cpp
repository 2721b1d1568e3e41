#include "redaction.h"

#include "common/jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Redaction {

bool isSecretHeader(const QByteArray &name)
{
    const QByteArray n = name.toLower();
    return n == "authorization" || n == "proxy-authorization" || n == "x-api-key" || n == "api-key"
            || n == "cookie" || n == "set-cookie" || n == "x-tokentap-key" || n.endsWith("-key")
            || n.endsWith("-token") || n.endsWith("-secret");
}

QByteArray redactValue(const QByteArray &value)
{
    QByteArray scheme;
    QByteArray secret = value.trimmed();
    // Keep an auth scheme ("Bearer", "Basic"): it says what kind of credential it was.
    if (const qsizetype space = secret.indexOf(' '); space > 0 && space < 16) {
        scheme = secret.left(space + 1);
        secret = secret.mid(space + 1).trimmed();
    }
    if (secret.size() <= 8)
        return scheme + "\xe2\x80\xa6"; // too short to show any of it
    return scheme + "\xe2\x80\xa6" + secret.right(4);
}

HttpHeaders redacted(const HttpHeaders &headers)
{
    HttpHeaders out;
    for (const auto &[name, value] : headers.fields())
        out.append(name, isSecretHeader(name) ? redactValue(value) : value);
    return out;
}

QByteArray headersToJson(const HttpHeaders &headers)
{
    // Written as text: this runs twice for every recorded call. JSON text must be UTF-8, and
    // header bytes need not be: anything else is read as UTF-8 with U+FFFD for what is not.
    auto utf8 = [](const QByteArray &bytes) {
        return QUtf8StringView(bytes).isValidUtf8() ? bytes : QString::fromUtf8(bytes).toUtf8();
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
        JsonWriter::appendString(json, utf8(isSecretHeader(name) ? redactValue(value) : value));
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
