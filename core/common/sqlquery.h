#pragma once

#include <QSqlQuery>
#include <QString>
#include <QVariantList>

// The read queries of the trace reader and the usage report: prepared, bound, run forward-only
// (results are read once, front to back, so SQLite keeps no copy of the rows read).
namespace SqlQuery {

// False with SQLite's message in `error` when the statement does not prepare or run.
bool run(QSqlQuery &query, const QString &sql, const QVariantList &parameters, QString *error);

// After `query.next()` returned false: false with SQLite's message when reading stopped at an
// error (a damaged page, an I/O error) rather than at the last row, so that a partial result
// is not taken for the whole one.
bool readToEnd(const QSqlQuery &query, QString *error);

} // namespace SqlQuery
