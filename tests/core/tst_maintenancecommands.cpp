#include "config/maintenancecommands.h"
#include "llm/userpricefile.h"
#include "trace/traceservice.h"
#include "trace/tracestore.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestMaintenanceCommands : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void importThenReprice()
    {
        QTemporaryDir dir;
        {
            TraceStore store(TraceService::databasePath(dir.path()), QStringLiteral("seed"));
            QString error;
            QVERIFY(store.open(&error));
            QList<TraceRecord> batch(1);
            batch[0].traceId = "t";
            batch[0].spanId = "s";
            batch[0].model = QStringLiteral("acme-large");
            batch[0].usage.input = 2'000'000;
            batch[0].usage.output = 1'000'000;
            QVERIFY(store.insert(batch, &error));
        }
        // A LiteLLM-format price list naming the model nobody priced yet (USD per token).
        const QString prices = dir.filePath(QStringLiteral("litellm.json"));
        QFile file(prices);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"acme-large":{"litellm_provider":"acme","mode":"chat",)"
                   R"("input_cost_per_token":1e-06,"output_cost_per_token":4e-06}})");
        file.close();

        auto result =
                MaintenanceCommands::importPrices(dir.path(), QStringLiteral("litellm"), prices);
        QCOMPARE(result.exitCode, 0);
        QVERIFY(QFile::exists(UserPriceFile(dir.path()).path()));

        result = MaintenanceCommands::reprice(dir.path(), QString());
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.message.contains(QLatin1String("1 costs changed")),
                 qPrintable(result.message));
        {
            QSqlDatabase db =
                    QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
            db.setDatabaseName(TraceService::databasePath(dir.path()));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT cost_usd FROM traces")) && q.next());
            QCOMPARE(q.value(0).toDouble(), 2.0 + 4.0);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
    }

    void badRequestsExitWithTwo()
    {
        QTemporaryDir dir;
        QCOMPARE(MaintenanceCommands::reprice(dir.path(), QString()).exitCode, 2); // no store
        QCOMPARE(MaintenanceCommands::importPrices(dir.path(), QStringLiteral("litellm"),
                                                   dir.filePath(QStringLiteral("missing.json")))
                         .exitCode,
                 2);
        const QString junk = dir.filePath(QStringLiteral("junk.json"));
        QFile file(junk);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{not json");
        file.close();
        const auto result =
                MaintenanceCommands::importPrices(dir.path(), QStringLiteral("openrouter"), junk);
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.message.contains(QLatin1String("junk.json")));
        QVERIFY(!QFile::exists(UserPriceFile(dir.path()).path()));
        QCOMPARE(
                MaintenanceCommands::importPrices(dir.path(), QStringLiteral("csv"), junk).exitCode,
                2);
    }
};

QTEST_GUILESS_MAIN(TestMaintenanceCommands)
#include "tst_maintenancecommands.moc"
