#pragma once

#include "cacheentry.h"

#include <QObject>
#include <QThread>

class CacheWriter;

// The response cache's storage as the application sees it: owns the cache thread and the
// writer of <data folder>/cache.sqlite. The network thread reads the file through its own
// connection (ResponseCache) and hands writes to writer().
class CacheService : public QObject
{
    Q_OBJECT
public:
    explicit CacheService(QObject *parent = nullptr);
    ~CacheService() override; // writes what is pending, then joins the thread

    bool start(const QString &databasePath, qint64 maxBytes, QString *error);
    void stop();
    CacheWriter *writer() const { return m_writer; }
    // Blocks until the writer has answered (pending writes first).
    CacheStats stats();

    static QString databasePath(const QString &dataDir);

Q_SIGNALS:
    void writeFailed(const QString &message);

private:
    QThread m_thread;
    CacheWriter *m_writer = nullptr;
};
