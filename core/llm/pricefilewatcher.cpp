#include "pricefilewatcher.h"

#include "userpricefile.h"

#include <QFileInfo>
#include <QFileSystemWatcher>

PriceFileWatcher::PriceFileWatcher(const QString &dataDir, QObject *parent)
    : QObject(parent)
    , m_dataDir(dataDir)
    , m_path(UserPriceFile(dataDir).path())
    , m_watcher(new QFileSystemWatcher(this))
{
    const QFileInfo file(m_path);
    m_modified = file.lastModified();
    m_size = file.exists() ? file.size() : -1;
    // The folder as well: the file is replaced by a rename (a new inode the file's own watch
    // does not follow), and it may not exist yet.
    m_watcher->addPath(m_dataDir);
    if (file.exists())
        m_watcher->addPath(m_path);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &PriceFileWatcher::check);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &PriceFileWatcher::check);
}

void PriceFileWatcher::check()
{
    const QFileInfo file(m_path);
    if (file.exists() && !m_watcher->files().contains(m_path))
        m_watcher->addPath(m_path);
    const qint64 size = file.exists() ? file.size() : -1;
    if (size == m_size && file.lastModified() == m_modified)
        return;
    m_size = size;
    m_modified = file.lastModified();
    QString error;
    const PriceTable prices = UserPriceFile::effective(m_dataDir, &error);
    if (!error.isEmpty()) {
        Q_EMIT failed(error);
        return;
    }
    Q_EMIT changed(prices);
}
