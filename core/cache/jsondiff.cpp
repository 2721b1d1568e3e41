#include "jsondiff.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace {

bool needsQuoting(const QString &key)
{
    if (key.isEmpty() || key == QLatin1String("$"))
        return true;
    return std::any_of(key.cbegin(), key.cend(), [](QChar c) {
        return c == QLatin1Char('.') || c == QLatin1Char('[') || c == QLatin1Char(']')
                || c == QLatin1Char('"') || c.isSpace() || c.category() == QChar::Other_Control;
    });
}

QString keyPath(const QString &parent, const QString &key)
{
    if (needsQuoting(key)) {
        // JSON's own quoting, so that any key reads back unambiguously.
        const QByteArray quoted = QJsonDocument(QJsonArray {key}).toJson(QJsonDocument::Compact);
        return parent + QString::fromUtf8(quoted); // ["key"]
    }
    return parent.isEmpty() ? key : parent + QLatin1Char('.') + key;
}

QString indexPath(const QString &parent, qsizetype index)
{
    return parent + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

// A path is only reported where the walk stops, and the walk visits keys in sorted order and
// indices in ascending order, so the result comes out sorted and without duplicates.
void walk(const QJsonValue &a, const QJsonValue &b, const QString &path, QStringList *out)
{
    const QString here = path.isEmpty() ? QStringLiteral("$") : path;
    if (a.type() != b.type()) {
        out->append(here);
        return;
    }
    if (a.isObject()) {
        const QJsonObject oa = a.toObject();
        const QJsonObject ob = b.toObject();
        QStringList keys = oa.keys() + ob.keys();
        keys.sort();
        keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
        for (const QString &key : std::as_const(keys)) {
            const auto ia = oa.constFind(key);
            const auto ib = ob.constFind(key);
            if (ia == oa.constEnd() || ib == ob.constEnd())
                out->append(keyPath(path, key));
            else
                walk(ia.value(), ib.value(), keyPath(path, key), out);
        }
        return;
    }
    if (a.isArray()) {
        const QJsonArray aa = a.toArray();
        const QJsonArray ab = b.toArray();
        const qsizetype common = std::min(aa.size(), ab.size());
        for (qsizetype i = 0; i < common; ++i)
            walk(aa.at(i), ab.at(i), indexPath(path, i), out);
        for (qsizetype i = common; i < std::max(aa.size(), ab.size()); ++i)
            out->append(indexPath(path, i));
        return;
    }
    if (a != b)
        out->append(here);
}

} // namespace

QStringList JsonDiff::differingPaths(const QJsonValue &a, const QJsonValue &b)
{
    QStringList paths;
    walk(a, b, QString(), &paths);
    return paths;
}
