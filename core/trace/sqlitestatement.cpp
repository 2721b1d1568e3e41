#include "sqlitestatement.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

sqlite3 *SqliteStatement::handleOf(const QSqlDatabase &db)
{
    // Documented way to reach the native handle; the QSQLITE driver hands out a sqlite3*.
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

bool SqliteStatement::prepare(sqlite3 *db, const char *sql, QString *error)
{
    sqlite3_finalize(m_statement);
    m_statement = nullptr;
    m_db = db;
    if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr)
        != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(db));
        return false;
    }
    return true;
}

void SqliteStatement::bindText(int index, const QByteArray &utf8)
{
    if (utf8.isEmpty()) {
        sqlite3_bind_null(m_statement, index);
        return;
    }
    m_held.append(utf8);
    sqlite3_bind_text(m_statement, index, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
}

void SqliteStatement::bindText(int index, const QString &text)
{
    bindText(index, text.toUtf8());
}

void SqliteStatement::bindBlob(int index, const QByteArray &data)
{
    if (data.isNull()) {
        sqlite3_bind_null(m_statement, index);
        return;
    }
    m_held.append(data);
    sqlite3_bind_blob(m_statement, index, data.constData(), int(data.size()), SQLITE_STATIC);
}

void SqliteStatement::bindInt(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
}

void SqliteStatement::bindDouble(int index, double value)
{
    sqlite3_bind_double(m_statement, index, value);
}

void SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index);
}

void SqliteStatement::bind(int index, const std::optional<qint64> &value)
{
    value ? bindInt(index, *value) : bindNull(index);
}

void SqliteStatement::bind(int index, const std::optional<double> &value)
{
    value ? bindDouble(index, *value) : bindNull(index);
}

bool SqliteStatement::run(QString *error)
{
    const int status = sqlite3_step(m_statement);
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    m_held.clear();
    if (status != SQLITE_DONE && status != SQLITE_ROW) {
        *error = QString::fromUtf8(sqlite3_errmsg(m_db));
        return false;
    }
    return true;
}

qint64 SqliteStatement::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

SqliteStatement::Step SqliteStatement::step(QString *error)
{
    switch (sqlite3_step(m_statement)) {
    case SQLITE_ROW:
        return Step::Row;
    case SQLITE_DONE:
        return Step::Done;
    default:
        *error = QString::fromUtf8(sqlite3_errmsg(m_db));
        return Step::Error;
    }
}

qint64 SqliteStatement::columnInt(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

double SqliteStatement::columnDouble(int column) const
{
    return sqlite3_column_double(m_statement, column);
}

QByteArray SqliteStatement::columnBytes(int column) const
{
    // The blob accessor gives text as its UTF-8 bytes too; the pointer is read before the size,
    // as SQLite asks.
    const char *data = static_cast<const char *>(sqlite3_column_blob(m_statement, column));
    return data ? QByteArray(data, sqlite3_column_bytes(m_statement, column)) : QByteArray();
}

bool SqliteStatement::columnIsNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    m_held.clear();
}

void SqliteStatement::bindVariant(int index, const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Bool:
        bindInt(index, value.toLongLong());
        break;
    case QMetaType::Double:
    case QMetaType::Float:
        bindDouble(index, value.toDouble());
        break;
    default:
        if (value.isNull())
            bindNull(index);
        else
            bindText(index, value.toString());
    }
}

QString SqliteStatement::integerList(const QList<qint64> &values)
{
    QString list;
    list.reserve(values.size() * 8);
    for (qint64 value : values) {
        if (!list.isEmpty())
            list += u',';
        list += QString::number(value);
    }
    return list;
}
