#include "secretheaders.h"

#include "secretstore.h"
#include "trace/redaction.h"

#include <QSettings>

namespace SecretHeaders {

bool isSecret(const QByteArray &name, const QByteArray &value)
{
    return Redaction::isSecretHeader(name) && !value.contains("${");
}

void save(QSettings &settings, const QString &key, const HttpHeaders &headers, SecretStore &secrets,
          const QString &secretPrefix)
{
    QStringList lines;
    QStringList secret;
    for (const auto &[name, value] : headers.fields()) {
        const QString n = QString::fromLatin1(name);
        if (isSecret(name, value)) {
            secrets.setValue(secretPrefix + n.toLower(), value);
            secret.append(n);
            lines.append(n + QStringLiteral(": ")
                         + QString::fromUtf8(Redaction::redactValue(value)));
        } else {
            lines.append(n + QStringLiteral(": ") + QString::fromUtf8(value));
        }
    }
    settings.setValue(key, lines);
    settings.setValue(key + QStringLiteral("Secret"), secret);
}

HttpHeaders load(QSettings &settings, const QString &key, const SecretStore &secrets,
                 const QString &secretPrefix)
{
    HttpHeaders headers;
    QStringList secret = settings.value(key + QStringLiteral("Secret")).toStringList();
    // Version 0.1 wrote the export destinations' list as "secretHeaders".
    secret += settings.value(QStringLiteral("secret") + key.left(1).toUpper() + key.mid(1))
                      .toStringList();
    for (const QString &line : settings.value(key).toStringList()) {
        const qsizetype colon = line.indexOf(u':');
        if (colon <= 0)
            continue;
        const QString n = line.left(colon).trimmed();
        QByteArray value = line.mid(colon + 1).trimmed().toUtf8();
        if (secret.contains(n, Qt::CaseInsensitive)) {
            value = secrets.value(secretPrefix + n.toLower());
            if (value.isEmpty())
                continue;
        }
        headers.append(n.toLatin1(), value);
    }
    return headers;
}

} // namespace SecretHeaders
