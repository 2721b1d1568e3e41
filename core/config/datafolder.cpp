#include "datafolder.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace DataFolder {

QString defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u'/'
            + QCoreApplication::applicationName();
}

bool adoptDoubledFolder(const QString &path, QString *error)
{
    const QDir folder(path);
    const QString name = QFileInfo(path).fileName();
    const QStringList entries =
            folder.entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    if (entries != QStringList {name} || !QFileInfo(folder.filePath(name)).isDir())
        return true;
    const QString aside = path + QStringLiteral(".moving");
    if (QFileInfo::exists(aside) || !QDir().rename(path, aside)) {
        *error = QCoreApplication::translate("DataFolder", "cannot move %1 aside to %2")
                         .arg(path, aside);
        return false;
    }
    if (!QDir().rename(aside + u'/' + name, path)) {
        QDir().rename(aside, path);
        *error = QCoreApplication::translate("DataFolder", "cannot move %1 to %2")
                         .arg(aside + u'/' + name, path);
        return false;
    }
    QDir().rmdir(aside);
    return true;
}

} // namespace DataFolder
