#include "llm/pricefilewatcher.h"
#include "llm/userpricefile.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

PriceTable overrides(double input)
{
    PriceTable table(QStringLiteral("user"));
    ModelPrice row;
    row.provider = QStringLiteral("openai");
    row.id = QStringLiteral("gpt-4o-mini");
    row.input = input;
    row.output = 2.0;
    table.setRows({row});
    return table;
}

} // namespace

class TestPriceFileWatcher : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Written by another process (as `tokentap prices import` does, through UserPriceFile):
    // the running TokenTap gets the merged table; a change elsewhere in the folder is none.
    void followsTheFile()
    {
        QTemporaryDir dir;
        PriceFileWatcher watcher(dir.path());
        QSignalSpy changed(&watcher, &PriceFileWatcher::changed);
        QSignalSpy failed(&watcher, &PriceFileWatcher::failed);
        QString error;
        QVERIFY2(UserPriceFile(dir.path()).save(overrides(1.0), &error), qPrintable(error));
        QTRY_VERIFY(!changed.isEmpty());
        auto inputOf = [&] {
            return changed.last().at(0).value<PriceTable>().lookup(u"gpt-4o-mini"_qs)->input;
        };
        QCOMPARE(inputOf(), 1.0);

        // Replaced again (a new file by a rename, as every save does).
        QTest::qWait(20); // a later modification time than the first save's
        const qsizetype before = changed.size();
        QVERIFY(UserPriceFile(dir.path()).save(overrides(1.5), &error));
        QTRY_VERIFY(changed.size() > before);
        QCOMPARE(inputOf(), 1.5);

        // Another file in the folder changes nothing.
        const qsizetype settled = changed.size();
        QFile other(dir.filePath(QStringLiteral("traces.sqlite-wal")));
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.close();
        QTest::qWait(200);
        QCOMPARE(changed.size(), settled);

        // A broken file keeps the prices in force and says why.
        QFile broken(UserPriceFile(dir.path()).path());
        QVERIFY(broken.open(QIODevice::WriteOnly | QIODevice::Truncate));
        broken.write("{not json");
        broken.close();
        QTRY_VERIFY(!failed.isEmpty());
        QCOMPARE(changed.size(), settled);
    }
};

QTEST_GUILESS_MAIN(TestPriceFileWatcher)
#include "tst_pricefilewatcher.moc"
