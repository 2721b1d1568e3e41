#pragma once

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// What every TokenTap database file (traces.sqlite, cache.sqlite) is opened and versioned with,
// so that the stores differ only in their schema and their statements.
namespace SqliteFile {

// Adds and opens a QSQLITE connection `connectionName` on `path`: the file created readable by
// the user only (0600) before SQLite touches it (it holds prompts and answers; SQLite gives the
// -wal and -shm files the same mode), a busy timeout, incremental auto-vacuum, WAL (verified:
// journal_mode=WAL falls back silently where it cannot be had, and without it readers would
// block the writer), synchronous=NORMAL (safe with WAL against application crashes),
// temp_store=MEMORY, then `pragmas`.
bool openPrivateWal(const QString &path, const QString &connectionName,
                    const QList<QByteArray> &pragmas, QString *error);

// PRAGMA user_version, or -1 when it cannot be read.
int userVersion(QSqlDatabase &db);

// False, with the message, when a file at schema `version` is newer than `latest` (written by a
// newer TokenTap): its layout is unknown, so it is neither read nor changed.
bool refuseNewer(int version, int latest, const QString &what, QString *error);

// Brings `db` from its user_version up to `target` by running `migrations[n - 1]` (a script of
// any number of statements) for each version n, each in its own transaction with the new
// version, so a file is always at one whole version. Refuses a file newer than `latest` rather
// than guess at its layout. `what` names the database in messages ("trace database").
bool migrate(QSqlDatabase &db, const char *const *migrations, int latest, int target,
             const QString &what, QString *error);

} // namespace SqliteFile
