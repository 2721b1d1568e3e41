#pragma once

#include <QSqlDatabase>
#include <QString>

// The trace database's schema and its migrations. The version lives in SQLite's user_version;
// each migration runs in its own transaction, so a database is always at one whole version.
namespace TraceSchema {

constexpr int CurrentVersion = 8;

// The span of one row of the usage rollup (usage_quarter.quarter = start_ns / UsageQuarterNs):
// a quarter-hour, the unit of every time zone's offset.
constexpr qint64 UsageQuarterNs = 900'000'000'000LL;

// Brings `db` from whatever version it has up to CurrentVersion. Refuses a database written by
// a newer TokenTap (its version is higher than ours) rather than guess at its layout.
bool migrate(QSqlDatabase &db, QString *error);
// Runs the migrations up to and including `version` only; for tests of every earlier version.
bool migrateTo(QSqlDatabase &db, int version, QString *error);
int version(QSqlDatabase &db);
// The version of `db` for reading as it is: false with the reason when it is newer than
// CurrentVersion (an older one reads after migrate()).
bool readableVersion(QSqlDatabase &db, int *version, QString *error);

} // namespace TraceSchema
