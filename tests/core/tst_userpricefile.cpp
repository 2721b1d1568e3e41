#include "llm/userpricefile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

namespace {

int fileMode(const QString &path)
{
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 0777);
}

PriceTable overrides()
{
    PriceTable table(QStringLiteral("user"));
    QString error;
    const bool ok = table.loadJson(R"({"format":1,"updated":"2026-11-20","models":[
        {"provider":"openai","id":"gpt-4o","input":2.0},
        {"provider":"anthropic","id":"claude-3-5-haiku","disabled":true},
        {"provider":"local","id":"llama3.2","prefix":true,"input":0,"output":0,
         "source":"runs here"}]})",
                                   &error);
    if (!ok)
        qFatal("%s", qPrintable(error));
    return table;
}

} // namespace

class TestUserPriceFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void missingFileIsEmpty()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const UserPriceFile file(dir.filePath(QStringLiteral("data")));
        QCOMPARE(file.path(), dir.filePath(QStringLiteral("data/pricing.json")));
        QString error;
        const std::optional<PriceTable> table = file.load(&error);
        QVERIFY(table);
        QVERIFY(table->isEmpty());
        QVERIFY(error.isEmpty());

        const PriceTable effective =
                UserPriceFile::effective(dir.filePath(QStringLiteral("data")), &error);
        QVERIFY(error.isEmpty());
        QCOMPARE(effective.version(), QStringLiteral("builtin 2026-11-23"));
        QCOMPARE(effective.rows(), PriceTable::builtin().rows());
    }

    void saveAndLoad()
    {
        QTemporaryDir dir;
        const QString dataDir = dir.filePath(QStringLiteral("not/yet/there"));
        const UserPriceFile file(dataDir);
        QString error;
        QVERIFY2(file.save(overrides(), &error), qPrintable(error));
        QCOMPARE(fileMode(file.path()), 0600);
        // No temporary file is left next to it.
        QCOMPARE(QDir(dataDir).entryList(QDir::Files),
                 QStringList {QStringLiteral("pricing.json")});

        const std::optional<PriceTable> loaded = file.load(&error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(loaded->rows(), overrides().rows());
        QCOMPARE(loaded->version(), QStringLiteral("user ") + loaded->updated());
    }

    void saveTightensExistingMode()
    {
        QTemporaryDir dir;
        const UserPriceFile file(dir.path());
        {
            QFile existing(file.path());
            QVERIFY(existing.open(QIODevice::WriteOnly));
            existing.write("{}");
        }
        QVERIFY(QFile::setPermissions(file.path(),
                                      QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                              | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        QCOMPARE(fileMode(file.path()), 0644);
        QString error;
        QVERIFY2(file.save(overrides(), &error), qPrintable(error));
        QCOMPARE(fileMode(file.path()), 0600);
    }

    // Every save is stamped with its time, so two versions saved on one day price calls under
    // two labels.
    void saveStampsTime()
    {
        QTemporaryDir dir;
        const UserPriceFile file(dir.path());
        PriceTable table = overrides();
        table.setUpdated(QStringLiteral("2026-01-01"));
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        QString error;
        QVERIFY2(file.save(table, &error), qPrintable(error));
        const std::optional<PriceTable> loaded = file.load(&error);
        QVERIFY(loaded);
        const QDateTime stamped = QDateTime::fromString(loaded->updated(), Qt::ISODate);
        QVERIFY2(stamped.isValid() && stamped >= before.addSecs(-1)
                         && stamped <= QDateTime::currentDateTimeUtc().addSecs(1),
                 qPrintable(loaded->updated()));
        QVERIFY(loaded->updated().endsWith(u'Z'));
    }

    void effective()
    {
        QTemporaryDir dir;
        QString error;
        QVERIFY(UserPriceFile(dir.path()).save(overrides(), &error));
        const PriceTable table = UserPriceFile::effective(dir.path(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const std::optional<PriceTable> saved = UserPriceFile(dir.path()).load(&error);
        QVERIFY(saved);
        QCOMPARE(table.version(), QStringLiteral("builtin 2026-11-23 + user ") + saved->updated());
        QCOMPARE(table.lookup(QStringLiteral("gpt-4o"))->input, 2.0);
        QCOMPARE(table.lookup(QStringLiteral("gpt-4o"))->output, 10.0);
        QVERIFY(!table.lookup(QStringLiteral("claude-3-5-haiku-20241022")));
        QCOMPARE(table.lookup(QStringLiteral("llama3.2:1b"))->source, QStringLiteral("runs here"));
        QCOMPARE(table.rows().size(), PriceTable::builtin().rows().size() + 1);
    }

    void unreadableFile()
    {
        QTemporaryDir dir;
        const UserPriceFile file(dir.path());
        {
            QFile broken(file.path());
            QVERIFY(broken.open(QIODevice::WriteOnly));
            broken.write(
                    R"({"format":1,"models":[{"provider":"openai","id":"gpt-4o","input":"x"}]})");
        }
        QString error;
        QVERIFY(!file.load(&error));
        QVERIFY2(error.contains(file.path()), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("models[0] (gpt-4o)")), qPrintable(error));

        // The built-in prices still apply; the error says why the user's do not.
        error.clear();
        const PriceTable table = UserPriceFile::effective(dir.path(), &error);
        QVERIFY(!error.isEmpty());
        QCOMPARE(table.version(), QStringLiteral("builtin 2026-11-23"));
        QCOMPARE(table.lookup(QStringLiteral("gpt-4o"))->input, 2.5);
    }

    void unwritableFolder()
    {
        QTemporaryDir dir;
        // A file where the folder should be.
        const QString blocker = dir.filePath(QStringLiteral("file"));
        {
            QFile file(blocker);
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
        QString error;
        QVERIFY(!UserPriceFile(blocker).save(overrides(), &error));
        QVERIFY2(error.contains(blocker), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestUserPriceFile)
#include "tst_userpricefile.moc"
