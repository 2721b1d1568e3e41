#include "walcheckpointer.h"

#include "tracewriter.h"

#include <pthread.h>
#include <sqlite3.h>

WalCheckpointer::WalCheckpointer(QString path)
    : m_path(std::move(path))
{ }

WalCheckpointer::~WalCheckpointer()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
    if (m_db)
        sqlite3_close(m_db);
}

bool WalCheckpointer::start()
{
    // A connection takes up the log only once it has read the database: until then a
    // checkpoint through it would find no log and copy nothing.
    if (sqlite3_open_v2(m_path.toUtf8().constData(), &m_db, SQLITE_OPEN_READWRITE, nullptr)
                != SQLITE_OK
        || sqlite3_exec(m_db, "SELECT count(*) FROM sqlite_schema", nullptr, nullptr, nullptr)
                != SQLITE_OK) {
        sqlite3_close(m_db);
        m_db = nullptr;
        return false;
    }
    m_thread = std::thread([this] { run(); });
    return true;
}

void WalCheckpointer::watch(sqlite3 *writer)
{
    sqlite3_wal_hook(writer, &WalCheckpointer::onCommit, this);
}

int WalCheckpointer::checkpoints() const
{
    std::lock_guard lock(m_mutex);
    return m_checkpoints;
}

int WalCheckpointer::onCommit(void *self, sqlite3 *db, const char *schema, int pages)
{
    static_cast<WalCheckpointer *>(self)->committed(db, schema, pages);
    return SQLITE_OK;
}

void WalCheckpointer::committed(sqlite3 *writer, const char *schema, int pages)
{
    if (pages < m_requestedAt)
        m_requestedAt = 0; // the log started again
    if (pages >= LimitPages) {
        // A failure here (a reader still on old pages) only means the next commit tries again.
        std::lock_guard checkpointing(m_checkpointing);
        sqlite3_wal_checkpoint_v2(writer, schema, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
        return;
    }
    if (pages - m_requestedAt < StepPages)
        return;
    m_requestedAt = pages;
    {
        std::lock_guard lock(m_mutex);
        m_requested = true;
    }
    m_wake.notify_one();
}

void WalCheckpointer::run()
{
    pthread_setname_np(pthread_self(), "tokentap-wal"); // as `top -H` shows it
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_requested || m_stopping; });
        if (m_stopping)
            return;
        m_requested = false;
        lock.unlock();
        // Background work like the writer's: idle priority, off the network thread's core while
        // the proxy is busy (placed again before each checkpoint).
        TraceWriter::yieldToProxy();
        int copied = 0;
        {
            // Passive: copies what no reader still needs, waits for nobody.
            std::lock_guard checkpointing(m_checkpointing);
            int logPages = 0;
            if (sqlite3_wal_checkpoint_v2(m_db, "main", SQLITE_CHECKPOINT_PASSIVE, &logPages,
                                          &copied)
                != SQLITE_OK)
                copied = 0;
        }
        lock.lock();
        if (copied > 0)
            ++m_checkpoints;
    }
}
