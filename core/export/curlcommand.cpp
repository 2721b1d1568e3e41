#include "curlcommand.h"

#include "proxy/headerrules.h"
#include "trace/redaction.h"

#include <QUrl>

namespace CurlCommand {

bool repeats(const QByteArray &name)
{
    const QByteArray lower = name.toLower();
    return !HeaderRules::isHopByHop(name) && lower != "host" && lower != "content-length"
            && lower != "expect" && lower != "accept-encoding" && !lower.startsWith("x-tokentap-");
}

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
    const HttpHeaders headers = Redaction::headersFromJson(call.requestHeadersJson);
    for (const auto &[rawName, rawValue] : headers.fields()) {
        if (!repeats(rawName))
            continue;
        const QString name = QString::fromLatin1(rawName);
        const QByteArray lower = rawName.toLower();
        if (Redaction::isSecretHeader(lower)) {
            // The name and any scheme single-quoted (header names are the client's: nothing in
            // them may reach the shell), the variable double-quoted so that the shell expands it.
            QString prefix = name + QStringLiteral(": ");
            const QString stored = QString::fromUtf8(rawValue);
            const qsizetype space = stored.indexOf(u' ');
            if (space > 0 && lower == "authorization")
                prefix += stored.left(space + 1); // "Bearer ", "Basic "
            const QString value = lower == "cookie" ? QStringLiteral("COOKIE") : variable;
            parts << QStringLiteral("-H ") + shellQuoted(prefix) + QStringLiteral("\"$") + value
                            + u'"';
            continue;
        }
        parts << QStringLiteral("-H ")
                        + shellQuoted(name + QStringLiteral(": ") + QString::fromUtf8(rawValue));
    }
    if (!call.requestBody.isEmpty())
        parts << QStringLiteral("--data-raw ") + shellQuoted(QString::fromUtf8(call.requestBody));
    return parts.join(QStringLiteral(" \\\n  "));
}

} // namespace CurlCommand
