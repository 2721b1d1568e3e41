#include "curlcommand.h"

#include "trace/redaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

namespace {

// Not worth repeating by hand: curl sets them from the body and the connection.
bool skipped(const QByteArray &lowerName)
{
    return lowerName == "content-length" || lowerName == "host" || lowerName == "connection"
            || lowerName == "transfer-encoding" || lowerName == "accept-encoding"
            || lowerName == "keep-alive" || lowerName.startsWith("x-tokentap-");
}

} // namespace

namespace CurlCommand {

QString shellQuoted(const QString &text)
{
    QString quoted = text;
    quoted.replace(u'\'', QStringLiteral("'\\''"));
    return u'\'' + quoted + u'\'';
}

QString credentialVariable(const TraceRecord &call)
{
    const QString host = QUrl(call.url).host();
    if (host.contains(QLatin1String("anthropic")) || call.endpoint == QLatin1String("messages"))
        return QStringLiteral("ANTHROPIC_API_KEY");
    if (host.contains(QLatin1String("openrouter")))
        return QStringLiteral("OPENROUTER_API_KEY");
    if (host.contains(QLatin1String("openai")))
        return QStringLiteral("OPENAI_API_KEY");
    return QStringLiteral("API_KEY");
}

QString format(const TraceRecord &call)
{
    QStringList parts;
    parts << QStringLiteral("curl");
    const QString method = call.method.isEmpty() ? QStringLiteral("GET") : call.method;
    if (method != QLatin1String("GET")
        && !(method == QLatin1String("POST") && !call.requestBody.isEmpty()))
        parts << QStringLiteral("-X ") + method;
    if (call.stream)
        parts << QStringLiteral("-N"); // show events as they arrive
    parts << shellQuoted(QString::fromUtf8(Redaction::redactedUrl(call.url.toUtf8())));
    const QString variable = credentialVariable(call);
    const QJsonArray headers = QJsonDocument::fromJson(call.requestHeadersJson).array();
    for (const QJsonValue &header : headers) {
        const QJsonArray pair = header.toArray();
        const QString name = pair.at(0).toString();
        const QByteArray lower = name.toLatin1().toLower();
        if (skipped(lower))
            continue;
        if (Redaction::isSecretHeader(lower)) {
            // The name and any scheme single-quoted (header names are the client's: nothing in
            // them may reach the shell), the variable double-quoted so that the shell expands it.
            QString prefix = name + QStringLiteral(": ");
            const QString stored = pair.at(1).toString();
            const qsizetype space = stored.indexOf(u' ');
            if (space > 0 && (lower == "authorization" || lower == "proxy-authorization"))
                prefix += stored.left(space + 1); // "Bearer ", "Basic "
            const QString value = lower == "cookie" ? QStringLiteral("COOKIE") : variable;
            parts << QStringLiteral("-H ") + shellQuoted(prefix) + QStringLiteral("\"$") + value
                            + u'"';
            continue;
        }
        parts << QStringLiteral("-H ")
                        + shellQuoted(name + QStringLiteral(": ") + pair.at(1).toString());
    }
    if (!call.requestBody.isEmpty())
        parts << QStringLiteral("--data-raw ") + shellQuoted(QString::fromUtf8(call.requestBody));
    return parts.join(QStringLiteral(" \\\n  "));
}

} // namespace CurlCommand
