#include "trace/tracequeue.h"

#include <QTest>
#include <QThread>

class TestTraceQueue : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void boundedByCountAndBytes()
    {
        TraceQueue queue(3, 10'000);
        int wakeUps = 0;
        queue.setWakeUp([&] { ++wakeUps; });
        for (int i = 0; i < 3; ++i)
            QVERIFY(queue.push({}));
        QCOMPARE(wakeUps, 1); // only on empty → non-empty
        QVERIFY(!queue.push({}));
        QCOMPARE(queue.dropped(), 1u);
        QCOMPARE(queue.takeAll().size(), 3);
        QCOMPARE(queue.size(), 0);

        CapturedCall big;
        big.requestBody = QByteArray(20'000, 'x');
        QVERIFY(!queue.push(std::move(big)));
        QCOMPARE(queue.dropped(), 2u);
        QVERIFY(queue.push({}));
        QCOMPARE(wakeUps, 2);
    }

    void takesInBites()
    {
        TraceQueue queue(100, 1'000'000);
        for (int i = 0; i < 10; ++i) {
            CapturedCall call;
            call.status = 200 + i;
            QVERIFY(queue.push(std::move(call)));
        }
        const QList<CapturedCall> first = queue.take(4);
        QCOMPARE(first.size(), 4);
        QCOMPARE(first.first().status, 200);
        QCOMPARE(queue.size(), 6);
        const QList<CapturedCall> rest = queue.take(100);
        QCOMPARE(rest.size(), 6);
        QCOMPARE(rest.first().status, 204);
        QCOMPARE(queue.size(), 0);
    }

    void concurrentProducers()
    {
        TraceQueue queue(1'000'000);
        std::atomic<int> pushed {0};
        QList<QThread *> threads;
        for (int t = 0; t < 4; ++t) {
            threads.append(QThread::create([&] {
                for (int i = 0; i < 10'000; ++i) {
                    CapturedCall call;
                    call.status = 200;
                    if (queue.push(std::move(call)))
                        ++pushed;
                }
            }));
            threads.last()->start();
        }
        qsizetype taken = 0;
        while (std::any_of(threads.begin(), threads.end(),
                           [](QThread *t) { return t->isRunning(); }))
            taken += queue.takeAll().size();
        for (QThread *t : threads) {
            t->wait();
            delete t;
        }
        taken += queue.takeAll().size();
        QCOMPARE(taken, 40'000);
        QCOMPARE(pushed.load(), 40'000);
    }

    void keepsOrderAndBoundAcrossTakes()
    {
        TraceQueue queue(10);
        auto push = [&queue](int status) {
            CapturedCall call;
            call.status = status;
            return queue.push(std::move(call));
        };
        auto statuses = [](const QList<CapturedCall> &calls) {
            QList<int> out;
            for (const CapturedCall &call : calls)
                out.append(call.status);
            return out;
        };
        for (int i = 1; i <= 5; ++i)
            QVERIFY(push(i));
        QCOMPARE(statuses(queue.take(2)), (QList<int> {1, 2}));
        QVERIFY(push(6));
        // The consumer's share first, then what was pushed since, in one take.
        QCOMPARE(statuses(queue.take(10)), (QList<int> {3, 4, 5, 6}));
        QCOMPARE(queue.size(), 0);
        // Calls count against the bound until they are handed out.
        for (int i = 7; i <= 16; ++i)
            QVERIFY(push(i));
        QVERIFY(!push(17));
        QCOMPARE(statuses(queue.take(3)), (QList<int> {7, 8, 9}));
        QCOMPARE(queue.size(), 7);
        for (int i = 18; i <= 20; ++i)
            QVERIFY(push(i));
        QVERIFY(!push(21));
        QCOMPARE(statuses(queue.takeAll()), (QList<int> {10, 11, 12, 13, 14, 15, 16, 18, 19, 20}));
        QCOMPARE(queue.dropped(), quint64(2));
    }
};

QTEST_GUILESS_MAIN(TestTraceQueue)
#include "tst_tracequeue.moc"
