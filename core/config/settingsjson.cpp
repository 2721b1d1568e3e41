#include "settingsjson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSettings>

namespace {

QJsonValue jsonValue(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return QJsonValue::Null;
    if (value.metaType().id() == QMetaType::QStringList)
        return QJsonArray::fromStringList(value.toStringList());
    const QString text = value.toString();
    if (text == QLatin1String("true"))
        return true;
    if (text == QLatin1String("false"))
        return false;
    static const QRegularExpression number(QStringLiteral("^-?(0|[1-9][0-9]{0,14})(\\.[0-9]+)?$"));
    // Only when the number reads back as the same text: "1.0" or "007" stay strings.
    if (number.match(text).hasMatch() && QString::number(text.toDouble()) == text)
        return text.toDouble();
    return text;
}

// A QSettings array ("size" plus "1".."size") as a JSON array.
bool isArray(const QJsonObject &object)
{
    if (!object.contains(QStringLiteral("size")))
        return false;
    const int size = object.value(QStringLiteral("size")).toInt(-1);
    if (size < 0 || object.size() != size + 1)
        return false;
    for (int i = 1; i <= size; ++i) {
        if (!object.value(QString::number(i)).isObject())
            return false;
    }
    return true;
}

QJsonValue compact(const QJsonObject &object)
{
    QJsonObject result;
    for (auto it = object.begin(); it != object.end(); ++it)
        result.insert(it.key(), it->isObject() ? compact(it->toObject()) : *it);
    if (!isArray(result))
        return result;
    QJsonArray array;
    const int size = result.value(QStringLiteral("size")).toInt();
    for (int i = 1; i <= size; ++i)
        array.append(result.value(QString::number(i)));
    return array;
}

void insertPath(QJsonObject &root, const QStringList &path, const QJsonValue &value)
{
    if (path.size() == 1) {
        root.insert(path.first(), value);
        return;
    }
    QJsonObject child = root.value(path.first()).toObject();
    insertPath(child, path.mid(1), value);
    root.insert(path.first(), child);
}

bool write(const QJsonObject &object, const QString &prefix, QSettings &settings, QString *error)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = prefix + it.key();
        if (it.key().isEmpty() || it.key().contains(u'/')) {
            *error = QCoreApplication::translate("SettingsJson", "invalid key '%1'").arg(key);
            return false;
        }
        const QJsonValue value = *it;
        if (value.isObject()) {
            if (!write(value.toObject(), key + u'/', settings, error))
                return false;
        } else if (value.isArray()) {
            const QJsonArray array = value.toArray();
            const bool ofObjects = !array.isEmpty() && array.first().isObject();
            if (ofObjects) {
                for (int i = 0; i < array.size(); ++i) {
                    if (!array.at(i).isObject()
                        || !write(array.at(i).toObject(),
                                  key + u'/' + QString::number(i + 1) + u'/', settings, error)) {
                        if (error->isEmpty())
                            *error = QCoreApplication::translate("SettingsJson",
                                                                 "'%1' mixes objects and values")
                                             .arg(key);
                        return false;
                    }
                }
                settings.setValue(key + QStringLiteral("/size"), array.size());
            } else {
                QStringList list;
                for (const QJsonValue &item : array)
                    list.append(item.toVariant().toString());
                settings.setValue(key, list);
            }
        } else if (value.isNull()) {
            settings.setValue(key, QVariant());
        } else {
            settings.setValue(key, value.toVariant());
        }
    }
    return true;
}

} // namespace

namespace SettingsJson {

QJsonObject fromSettings(QSettings &settings)
{
    QJsonObject root;
    const QStringList keys = settings.allKeys();
    for (const QString &key : keys)
        insertPath(root, key.split(u'/'), jsonValue(settings.value(key)));
    return compact(root).toObject();
}

bool toSettings(const QJsonObject &json, QSettings &settings, QString *error)
{
    error->clear();
    if (!write(json, QString(), settings, error))
        return false;
    settings.sync();
    return true;
}

} // namespace SettingsJson
