#include "sqlitefile.h"

#include "trace/sqlitestatement.h"
#include "trace/transactionguard.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

namespace {

// The catalogues file these messages under SqliteFile.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SqliteFile)
};

bool exec(QSqlQuery &query, const QString &sql, QString *error)
{
    if (query.exec(sql))
        return true;
    *error = query.lastError().text();
    return false;
}

} // namespace

namespace SqliteFile {

bool openPrivateWal(const QString &path, const QString &connectionName,
                    const QList<QByteArray> &pragmas, QString *error)
{
    // Created with its mode rather than chmod'ed after: no window in which others may read.
    if (!QFileInfo::exists(path)) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly, QFile::ReadOwner | QFile::WriteOwner)) {
            *error = Text::tr("cannot create %1: %2").arg(path, file.errorString());
            return false;
        }
    }
    // An existing file may have been created by other means.
    if (!QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner)) {
        *error = Text::tr("cannot make %1 private to the user").arg(path);
        return false;
    }

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(path);
    // One writer thread, readers on others: each waits out the others' locks.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        *error = db.lastError().text();
        return false;
    }
    QSqlQuery pragma(db);
    // Must precede the first table: lets deletions hand freed pages back to the file system.
    pragma.exec(QStringLiteral("PRAGMA auto_vacuum=INCREMENTAL"));
    QList<QByteArray> all = {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL",
                             "PRAGMA temp_store=MEMORY"};
    all.append(pragmas);
    for (const QByteArray &statement : std::as_const(all)) {
        if (!exec(pragma, QString::fromUtf8(statement), error))
            return false;
    }
    if (!exec(pragma, QStringLiteral("PRAGMA journal_mode"), error))
        return false;
    if (!pragma.next() || pragma.value(0).toString() != QLatin1String("wal")) {
        *error = Text::tr("%1 cannot use write-ahead logging on this file system").arg(path);
        return false;
    }
    pragma.finish();
    return true;
}

int userVersion(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

bool refuseNewer(int version, int latest, const QString &what, QString *error)
{
    if (version <= latest)
        return true;
    *error = Text::tr("the %1 has schema version %2, newer than this TokenTap understands (%3); "
                      "use a newer TokenTap")
                     .arg(what)
                     .arg(version)
                     .arg(latest);
    return false;
}

bool migrate(QSqlDatabase &db, const char *const *migrations, int latest, int target,
             const QString &what, QString *error)
{
    const int current = userVersion(db);
    if (current < 0) {
        *error = Text::tr("cannot read the schema version of the %1").arg(what);
        return false;
    }
    if (!refuseNewer(current, latest, what, error))
        return false;
    sqlite3 *handle = SqliteStatement::handleOf(db);
    if (!handle) {
        *error = Text::tr("no SQLite handle behind the %1").arg(what);
        return false;
    }
    for (int next = current + 1; next <= target; ++next) {
        TransactionGuard transaction(db);
        if (!transaction.isActive()) {
            *error = db.lastError().text();
            return false;
        }
        // sqlite3_exec runs a whole script; QSqlQuery runs one statement at a time.
        const QByteArray script = QByteArray(migrations[next - 1])
                + QByteArrayLiteral("\nPRAGMA user_version = ") + QByteArray::number(next);
        char *message = nullptr;
        if (sqlite3_exec(handle, script.constData(), nullptr, nullptr, &message) != SQLITE_OK) {
            *error = QString::fromUtf8(message ? message : sqlite3_errmsg(handle));
            sqlite3_free(message);
            return false;
        }
        if (!transaction.commit()) {
            *error = db.lastError().text();
            return false;
        }
    }
    return true;
}

} // namespace SqliteFile
