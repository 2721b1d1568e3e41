#include "headerlines.h"

#include "trace/redaction.h"

#include <QCoreApplication>
#include <QStringList>

namespace HeaderLines {

bool isMaskable(const QByteArray &name, const QByteArray &value)
{
    const QByteArray v = value.trimmed();
    // A preset's "Bearer " waiting for its key has nothing to hide, and "…" would only puzzle.
    const bool blank = v.isEmpty() || v.compare("Bearer", Qt::CaseInsensitive) == 0
            || v.compare("Basic", Qt::CaseInsensitive) == 0;
    return Redaction::isSecretHeader(name) && !blank && !v.startsWith("${");
}

QByteArray mask(const QByteArray &value)
{
    return Redaction::redactValue(value);
}

QString format(const HttpHeaders &headers, bool maskSecrets)
{
    QStringList lines;
    for (const auto &[name, value] : headers.fields()) {
        const QByteArray shown = maskSecrets && isMaskable(name, value) ? mask(value) : value;
        lines.append(QString::fromLatin1(name) + QStringLiteral(": ") + QString::fromUtf8(shown));
    }
    return lines.join(u'\n');
}

HttpHeaders parse(const QString &text, const HttpHeaders &shown, QString *error)
{
    HttpHeaders headers;
    QString firstError;
    // A real value restores one masked line only: two keys with the same mask stay two keys.
    QList<bool> used(shown.size(), false);
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(u':');
        if (colon <= 0) {
            if (firstError.isEmpty()) {
                firstError = QCoreApplication::translate("HeaderLines",
                                                         "Line %1 is not \"Name: value\".")
                                     .arg(i + 1);
            }
            continue;
        }
        const QByteArray name = line.left(colon).trimmed().toLatin1();
        QByteArray value = line.mid(colon + 1).trimmed().toUtf8();
        if (Redaction::isSecretHeader(name)) {
            for (qsizetype j = 0; j < shown.size(); ++j) {
                const auto &[shownName, real] = shown.fields().at(j);
                if (!used.at(j) && shownName.compare(name, Qt::CaseInsensitive) == 0
                    && isMaskable(shownName, real) && mask(real).trimmed() == value) {
                    value = real;
                    used[j] = true;
                    break;
                }
            }
        }
        headers.append(name, value);
    }
    if (error)
        *error = firstError;
    return headers;
}

} // namespace HeaderLines
