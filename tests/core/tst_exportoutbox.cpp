#include "trace/exportoutbox.h"
#include "trace/tracestore.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

TraceRecord call(int i, const QString &model)
{
    TraceRecord r;
    r.traceId = QByteArray::number(0xabc000 + i, 16).rightJustified(32, '0');
    r.spanId = QByteArray::number(0x1000 + i, 16).rightJustified(16, '0');
    r.startUnixNs = 1'767'225'600'000'000'000LL + i;
    r.endUnixNs = r.startUnixNs + 1000;
    r.endpoint = u"chat"_s;
    r.model = model;
    r.status = 200;
    return r;
}

QList<std::pair<QString, qint64>> rows(QSqlDatabase db)
{
    QList<std::pair<QString, qint64>> out;
    QSqlQuery q(db);
    q.exec(u"SELECT destination, trace_rowid FROM export_outbox ORDER BY id"_s);
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toLongLong()});
    return out;
}

} // namespace

class TestExportOutbox : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void queuedInTheBatchTransaction()
    {
        QTemporaryDir dir;
        TraceStore store(dir.filePath(u"traces.sqlite"_s), u"outbox-1"_s);
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        QList<TraceRecord> batch = {call(1, u"gpt-4o"_s)};
        QVERIFY(store.insert(batch, &error));
        QVERIFY(rows(store.database()).isEmpty()); // no routes: nothing queued

        QVERIFY2(store.setExportRoutes({{u"all"_s, {}, 1.0},
                                        {u"minis"_s, u"model:*mini"_s, 1.0},
                                        {u"none"_s, {}, 0.0}},
                                       {u"all"_s, u"minis"_s, u"none"_s}, &error),
                 qPrintable(error));
        batch = {call(2, u"gpt-4o"_s), call(3, u"gpt-4o-mini"_s)};
        QVERIFY2(store.insert(batch, &error), qPrintable(error));
        const qint64 a = batch.at(0).id;
        const qint64 b = batch.at(1).id;
        QCOMPARE(rows(store.database()),
                 (QList<std::pair<QString, qint64>> {
                         {u"all"_s, a}, {u"all"_s, b}, {u"minis"_s, b}}));

        const QList<ExportOutbox::Entry> pending =
                ExportOutbox::pending(store.database(), u"all"_s, 0, 10, &error);
        QCOMPARE(pending.size(), 2);
        QCOMPARE(pending.at(1).traceRowId, b);
        QCOMPARE(ExportOutbox::pending(store.database(), u"all"_s, pending.at(0).id, 10, &error)
                         .size(),
                 1);
        QCOMPARE(ExportOutbox::count(store.database(), u"minis"_s, 0, &error), 1);

        QVERIFY(store.removeExported({pending.at(0).id}, &error));
        QCOMPARE(ExportOutbox::count(store.database(), u"all"_s, 0, &error), 1);

        // A destination removed by the user takes its queued rows with it; a disabled one (known,
        // without a route) keeps them.
        QVERIFY(store.setExportRoutes({}, {u"minis"_s}, &error));
        QCOMPARE(rows(store.database()), (QList<std::pair<QString, qint64>> {{u"minis"_s, b}}));
    }

    // A destination may choose calls by their words: the batch's full-text rows are there by
    // the time its filter runs.
    void freeTextFilterSeesTheBatchsWords()
    {
        QTemporaryDir dir;
        TraceStore store(dir.filePath(u"traces.sqlite"_s), u"outbox-text"_s);
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        QVERIFY2(store.setExportRoutes({{u"refunds"_s, u"refund model:gpt-4o"_s, 1.0}},
                                       {u"refunds"_s}, &error),
                 qPrintable(error));
        QList<TraceRecord> batch = {call(1, u"gpt-4o"_s), call(2, u"gpt-4o"_s)};
        batch[0].searchInput = "what is your refund policy";
        batch[1].searchInput = "hello world";
        QVERIFY2(store.insert(batch, &error), qPrintable(error));
        QCOMPARE(rows(store.database()),
                 (QList<std::pair<QString, qint64>> {{u"refunds"_s, batch.at(0).id}}));
    }

    void samplingKeepsWholeTraces()
    {
        int kept = 0;
        for (int i = 0; i < 2000; ++i) {
            const QByteArray traceId =
                    QCryptographicHash::hash(QByteArray::number(i), QCryptographicHash::Sha256)
                            .left(16)
                            .toHex();
            const bool once = ExportOutbox::sampled(traceId, 0.25);
            QCOMPARE(ExportOutbox::sampled(traceId, 0.25), once); // decided by the id alone
            kept += once ? 1 : 0;
            QVERIFY(ExportOutbox::sampled(traceId, 1.0));
            QVERIFY(!ExportOutbox::sampled(traceId, 0.0));
        }
        QVERIFY2(kept > 350 && kept < 650, qPrintable(QString::number(kept)));
        // A caller's own (non-hex) trace id is sampled through its hash.
        QCOMPARE(ExportOutbox::sampled("run-7", 0.5), ExportOutbox::sampled("run-7", 0.5));
    }
};

QTEST_GUILESS_MAIN(TestExportOutbox)
#include "tst_exportoutbox.moc"
