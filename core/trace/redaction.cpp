#include "redaction.h"

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
    QJsonArray array;
    for (const auto &[name, value] : headers.fields()) {
        const QByteArray shown = isSecretHeader(name) ? redactValue(value) : value;
        array.append(QJsonArray {QString::fromLatin1(name), QString::fromUtf8(shown)});
    }
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

} // namespace Redaction
