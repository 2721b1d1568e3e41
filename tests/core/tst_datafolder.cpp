#include "config/datafolder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestDataFolder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // ~/.local/share/TokenTap (PRODUCT.md §1), not AppDataLocation's TokenTap/TokenTap.
    void defaultPathIsTheApplicationsName()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("TokenTap"));
        QCoreApplication::setApplicationName(QStringLiteral("TokenTap"));
        const QString path = DataFolder::defaultPath();
        QVERIFY2(path.endsWith(QStringLiteral("/TokenTap")), qPrintable(path));
        QVERIFY2(!path.endsWith(QStringLiteral("/TokenTap/TokenTap")), qPrintable(path));
        QCOMPARE(QFileInfo(path).dir().absolutePath(),
                 QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation));
        QStandardPaths::setTestModeEnabled(false);
    }

    // The doubled folder of earlier versions moves into place whole, the store with its log.
    void adoptsTheDoubledFolder()
    {
        QTemporaryDir root;
        const QString path = root.filePath(QStringLiteral("TokenTap"));
        QVERIFY(QDir().mkpath(path + QStringLiteral("/TokenTap")));
        for (const char *name : {"traces.sqlite", "traces.sqlite-wal", "pricing.json"}) {
            QFile file(path + QStringLiteral("/TokenTap/") + QLatin1String(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(name);
        }
        QString error;
        QVERIFY2(DataFolder::adoptDoubledFolder(path, &error), qPrintable(error));
        for (const char *name : {"traces.sqlite", "traces.sqlite-wal", "pricing.json"}) {
            QFile file(path + u'/' + QLatin1String(name));
            QVERIFY2(file.open(QIODevice::ReadOnly), name);
            QCOMPARE(file.readAll(), QByteArray(name));
        }
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("/TokenTap")));
        QVERIFY(!QFileInfo::exists(path + QStringLiteral(".moving")));
        // Done once: a folder in use (its own store beside anything) is left as it is.
        QVERIFY(QDir().mkpath(path + QStringLiteral("/TokenTap")));
        QVERIFY(DataFolder::adoptDoubledFolder(path, &error));
        QVERIFY(QFileInfo::exists(path + QStringLiteral("/traces.sqlite")));
        QVERIFY(QFileInfo(path + QStringLiteral("/TokenTap")).isDir());
        // Nothing there yet: nothing to do.
        QVERIFY(DataFolder::adoptDoubledFolder(root.filePath(QStringLiteral("none")), &error));
        QVERIFY(!QFileInfo::exists(root.filePath(QStringLiteral("none"))));
    }
};

QTEST_GUILESS_MAIN(TestDataFolder)
#include "tst_datafolder.moc"
