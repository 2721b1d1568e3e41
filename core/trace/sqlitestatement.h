#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

struct sqlite3;
struct sqlite3_stmt;

// A prepared statement on SQLite's own API, for the writer's hot path: binds UTF-8 and blobs
// without QVariant boxing or UTF-16 round trips (the insert of one call binds ~60 values).
// The connection itself stays a QSqlDatabase; this borrows its handle.
class SqliteStatement
{
public:
    SqliteStatement() = default;
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool prepare(sqlite3 *db, const char *sql, QString *error);

    // Bound without copying: the statement holds a reference to the bytes (or to their UTF-8
    // form) until run() returns. Empty text binds NULL.
    void bindText(int index, const QByteArray &utf8);
    void bindText(int index, const QString &text);
    void bindBlob(int index, const QByteArray &data); // null QByteArray binds NULL
    void bindInt(int index, qint64 value);
    void bindDouble(int index, double value);
    void bindNull(int index);
    void bind(int index, const std::optional<qint64> &value);
    void bind(int index, const std::optional<double> &value);

    // Runs the statement to completion and resets it for the next use.
    bool run(QString *error);

    // For queries: one row at a time, then reset() before the next use. Reading a large id list
    // this way costs a fraction of QSqlQuery's per-row QVariant boxing.
    enum class Step { Row, Done, Error };
    Step step(QString *error);
    qint64 columnInt(int column) const;
    double columnDouble(int column) const;
    // Text (as UTF-8) or a blob, copied; empty for NULL.
    QByteArray columnBytes(int column) const;
    bool columnIsNull(int column) const;
    void reset();
    // Binds a filter parameter (TraceFilter::sqlWhere): numbers as numbers, the rest as text.
    void bindVariant(int index, const class QVariant &value);
    qint64 lastInsertRowId() const;

    // "1,2,3" for an `IN (…)` of row ids: integers this process produced, inlined so that a
    // thousand ids do not need a thousand bound parameters.
    static QString integerList(const QList<qint64> &values);

    // The sqlite3 handle behind a Qt SQLite connection.
    static sqlite3 *handleOf(const class QSqlDatabase &db);

private:
    sqlite3_stmt *m_statement = nullptr;
    sqlite3 *m_db = nullptr;
    // What the bindings point into (implicitly shared: holding costs a reference count), so
    // SQLite reads the caller's bytes in place instead of copying each value.
    QList<QByteArray> m_held;
};
