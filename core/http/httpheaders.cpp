#include "httpheaders.h"

namespace {

bool sameName(const QByteArray &a, const QByteArray &b)
{
    return a.size() == b.size() && a.compare(b, Qt::CaseInsensitive) == 0;
}

} // namespace

void HttpHeaders::set(const QByteArray &name, const QByteArray &value)
{
    remove(name);
    append(name, value);
}

qsizetype HttpHeaders::remove(const QByteArray &name)
{
    return m_fields.removeIf([&](const Field &f) { return sameName(f.first, name); });
}

bool HttpHeaders::contains(const QByteArray &name) const
{
    for (const Field &f : m_fields) {
        if (sameName(f.first, name))
            return true;
    }
    return false;
}

QByteArray HttpHeaders::value(const QByteArray &name) const
{
    for (const Field &f : m_fields) {
        if (sameName(f.first, name))
            return f.second;
    }
    return {};
}

QList<QByteArray> HttpHeaders::values(const QByteArray &name) const
{
    QList<QByteArray> result;
    for (const Field &f : m_fields) {
        if (sameName(f.first, name))
            result.append(f.second);
    }
    return result;
}

bool HttpHeaders::listContains(const QByteArray &list, const QByteArray &token)
{
    for (const QByteArray &part : list.split(',')) {
        if (sameName(part.trimmed(), token))
            return true;
    }
    return false;
}

QString HttpHeaders::text(const QByteArray &value)
{
    return QUtf8StringView(value).isValidUtf8() ? QString::fromUtf8(value)
                                                : QString::fromLatin1(value);
}
