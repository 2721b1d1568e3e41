#pragma once

#include <QString>

#include <condition_variable>
#include <mutex>
#include <thread>

struct sqlite3;

// Copies the pages a WAL database's writer committed back into the database file, on a thread
// and connection of its own.
//
// SQLite's automatic checkpoint runs inside the writer's commit: at a sustained load it took a
// quarter of the store thread's time, the one thread every call passes through. Here the writer
// only says how large the log has grown (from its commit hook) and goes on; every StepPages new
// pages, this thread copies them (a passive checkpoint, which blocks neither the writer nor
// readers). SQLite reuses the log from its start only when a write transaction begins with every
// page copied, which a busy writer never gives a background checkpoint the time for: at
// LimitPages the writer waits for this thread's checkpoint under way, copies the few pages left
// itself, and its next transaction starts the log again. The log stays bounded by LimitPages.
class WalCheckpointer
{
public:
    explicit WalCheckpointer(QString path);
    ~WalCheckpointer(); // stops the thread; a checkpoint under way completes first
    WalCheckpointer(const WalCheckpointer &) = delete;
    WalCheckpointer &operator=(const WalCheckpointer &) = delete;

    // Opens the connection and starts the thread; false when it cannot (the writer then keeps
    // SQLite's automatic checkpoint).
    bool start();
    // Installs the commit hook on the writer's connection `writer` (it replaces SQLite's
    // automatic checkpoint there).
    void watch(sqlite3 *writer);
    // How many checkpoints of this thread copied pages (tests).
    int checkpoints() const;

    static constexpr int StepPages = 512; // 2 MiB of log
    static constexpr int LimitPages = 16384; // 64 MiB

private:
    static int onCommit(void *self, sqlite3 *db, const char *schema, int pages);
    void committed(sqlite3 *writer, const char *schema, int pages); // on the writer's thread
    void run();

    QString m_path;
    sqlite3 *m_db = nullptr;
    std::thread m_thread;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_requested = false;
    bool m_stopping = false;
    int m_checkpoints = 0;
    int m_requestedAt = 0; // log size at the last request; the writer's thread only
    std::mutex m_checkpointing; // held while a checkpoint runs, by either thread
};
