#include "canonicaljson.h"

#include <QJsonDocument>

namespace CanonicalJson {

QByteArray fromObject(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace CanonicalJson
