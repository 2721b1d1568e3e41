#include "sqlquery.h"

#include <QSqlError>

namespace SqlQuery {

bool run(QSqlQuery &query, const QString &sql, const QVariantList &parameters, QString *error)
{
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        *error = query.lastError().text();
        return false;
    }
    for (int i = 0; i < parameters.size(); ++i)
        query.bindValue(i, parameters.at(i));
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}

bool readToEnd(const QSqlQuery &query, QString *error)
{
    if (!query.lastError().isValid())
        return true;
    *error = query.lastError().text();
    return false;
}

} // namespace SqlQuery
