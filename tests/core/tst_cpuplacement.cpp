// The network thread gets a core of its own; background threads keep off it while the proxy is
// busy and use every core again once it has been idle for CpuPlacement::BusyFor.

#include "common/cpuplacement.h"

#include <QTest>

#include <functional>
#include <sched.h>
#include <thread>
#include <unistd.h>

namespace {

QList<int> cpus(pid_t who)
{
    cpu_set_t set;
    CPU_ZERO(&set);
    QList<int> result;
    if (::sched_getaffinity(who, sizeof set, &set) != 0)
        return result;
    for (int cpu = 0; cpu < CPU_SETSIZE; ++cpu) {
        if (CPU_ISSET(cpu, &set))
            result.append(cpu);
    }
    return result;
}

QList<int> ownCpus()
{
    return cpus(0);
}

// Runs `body` on a thread of its own: affinity and CpuPlacement's per-thread state stay there.
void onThread(const std::function<void()> &body)
{
    std::thread thread(body);
    thread.join();
}

} // namespace

class TestCpuPlacement : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void networkThreadAndBackgroundKeepApart()
    {
        const QList<int> all = cpus(::getpid());
        QVERIFY(!all.isEmpty());
        int network = -2;
        QList<int> networkCpus;
        onThread([&] {
            network = CpuPlacement::bindNetworkThread();
            networkCpus = ownCpus();
        });
        if (all.size() < 2) {
            // One CPU: nothing to keep apart, nothing is bound.
            QCOMPARE(network, -1);
            QCOMPARE(networkCpus, all);
            QList<int> background;
            onThread([&] {
                CpuPlacement::noteProxyActivity();
                CpuPlacement::placeBackgroundThread();
                background = ownCpus();
            });
            QCOMPARE(background, all);
            return;
        }
        QVERIFY(all.contains(network));
        QCOMPARE(networkCpus, QList<int> {network});
        // Kept off: the network thread's CPU, and the other hardware threads of its core when
        // other cores remain.
        auto keptOff = [&](const QList<int> &set) {
            if (set.isEmpty() || set.contains(network))
                return false;
            for (int cpu : set) {
                if (!all.contains(cpu))
                    return false;
            }
            return true;
        };

        const auto t0 = std::chrono::steady_clock::now();
        QList<int> idle, busy, busyStill, idleAgain, busyAgain;
        onThread([&] {
            CpuPlacement::placeBackgroundThread(t0);
            idle = ownCpus();
            CpuPlacement::noteProxyActivity(); // a request
            CpuPlacement::placeBackgroundThread(t0);
            busy = ownCpus();
            CpuPlacement::placeBackgroundThread(t0 + CpuPlacement::BusyFor / 2);
            busyStill = ownCpus();
            CpuPlacement::placeBackgroundThread(t0 + CpuPlacement::BusyFor * 2);
            idleAgain = ownCpus();
            CpuPlacement::noteProxyActivity();
            CpuPlacement::placeBackgroundThread(t0 + CpuPlacement::BusyFor * 3);
            busyAgain = ownCpus();
        });
        QCOMPARE(idle, all);
        QVERIFY(keptOff(busy));
        QCOMPARE(busyStill, busy);
        QCOMPARE(idleAgain, all);
        QCOMPARE(busyAgain, busy);

        // Once the network thread lets its core go, a busy proxy keeps nobody off it.
        CpuPlacement::releaseNetworkThread();
        QCOMPARE(ownCpus(), all); // released on this thread: its set is the whole one again
        QList<int> afterRelease;
        onThread([&] {
            CpuPlacement::noteProxyActivity();
            CpuPlacement::placeBackgroundThread();
            afterRelease = ownCpus();
        });
        QCOMPARE(afterRelease, all);
    }

    void threadsStartedInScopeUseEveryCpu()
    {
        // Qt's host-lookup pool may start its threads from the network thread: within the scope
        // they get every CPU, outside they would inherit the network thread's one.
        const QList<int> all = cpus(::getpid());
        QList<int> unboundInScope, boundInScope, startedInScope, afterScope, startedAfter;
        int network = -2;
        onThread([&] {
            {
                const CpuPlacement::ThreadsStartedHereUseEveryCpu scope; // not bound: no change
                unboundInScope = ownCpus();
            }
            network = CpuPlacement::bindNetworkThread();
            {
                const CpuPlacement::ThreadsStartedHereUseEveryCpu scope;
                boundInScope = ownCpus();
                onThread([&] { startedInScope = ownCpus(); });
            }
            afterScope = ownCpus();
            onThread([&] { startedAfter = ownCpus(); });
            CpuPlacement::releaseNetworkThread();
        });
        QCOMPARE(unboundInScope, all);
        QCOMPARE(boundInScope, all);
        QCOMPARE(startedInScope, all);
        if (all.size() < 2) {
            QCOMPARE(network, -1);
            QCOMPARE(afterScope, all);
            return;
        }
        QCOMPARE(afterScope, QList<int> {network});
        QCOMPARE(startedAfter, QList<int> {network});
    }

    void threadStartedNarrowedIsWidened()
    {
        // Threads inherit their creator's set: a pool thread started by a background thread kept
        // off the network core starts narrowed, and is widened when the proxy is idle.
        const QList<int> all = cpus(::getpid());
        if (all.size() < 2) {
            QList<int> placed;
            onThread([&] {
                CpuPlacement::placeBackgroundThread();
                placed = ownCpus();
            });
            QCOMPARE(placed, all);
            return;
        }
        QList<int> inherited, placed;
        onThread([&] {
            cpu_set_t one;
            CPU_ZERO(&one);
            CPU_SET(all.first(), &one);
            QCOMPARE(::sched_setaffinity(0, sizeof one, &one), 0);
            onThread([&] {
                inherited = ownCpus();
                // Seen for the first time: the request count counts as activity just now.
                const auto t0 = std::chrono::steady_clock::now();
                CpuPlacement::placeBackgroundThread(t0 + CpuPlacement::BusyFor * 10);
                CpuPlacement::placeBackgroundThread(t0 + CpuPlacement::BusyFor * 20);
                placed = ownCpus();
            });
        });
        QCOMPARE(inherited, QList<int> {all.first()});
        QCOMPARE(placed, all);
    }
};

QTEST_GUILESS_MAIN(TestCpuPlacement)
#include "tst_cpuplacement.moc"
