#pragma once

#include "llm/pricetable.h"

#include <QDateTime>
#include <QObject>

class QFileSystemWatcher;

// Follows the user's price overrides (<dataDir>/pricing.json) while TokenTap runs, so that what
// another process writes there (`tokentap prices import`, a second window's settings) prices the
// next calls too, not only the stored ones `tokentap reprice` updates.
class PriceFileWatcher : public QObject
{
    Q_OBJECT
public:
    explicit PriceFileWatcher(const QString &dataDir, QObject *parent = nullptr);

Q_SIGNALS:
    // The built-in table with the file's overrides, after the file changed. An unreadable file
    // changes nothing: `failed` says why.
    void changed(const PriceTable &prices);
    void failed(const QString &error);

private:
    void check();

    QString m_dataDir;
    QString m_path;
    QFileSystemWatcher *m_watcher;
    // What the file was when last read: a change of the folder (a store's log coming and
    // going) is not one of the file.
    QDateTime m_modified;
    qint64 m_size = -1;
};
