#pragma once

#include <QSqlDatabase>

// A write transaction as a scope: begun on construction, rolled back on destruction unless
// commit() succeeded, so that an early return or a failed statement never leaves half a batch.
class TransactionGuard
{
public:
    explicit TransactionGuard(QSqlDatabase &db)
        : m_db(db)
        , m_active(db.transaction())
    { }
    ~TransactionGuard()
    {
        if (m_active)
            m_db.rollback();
    }
    TransactionGuard(const TransactionGuard &) = delete;
    TransactionGuard &operator=(const TransactionGuard &) = delete;

    bool isActive() const { return m_active; }
    // A COMMIT that fails (SQLITE_BUSY) leaves the transaction open: it is then rolled back on
    // destruction, not left to block every later BEGIN.
    bool commit()
    {
        if (!m_active || !m_db.commit())
            return false;
        m_active = false;
        return true;
    }

private:
    QSqlDatabase &m_db;
    bool m_active;
};
