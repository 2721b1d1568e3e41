#include "cpuplacement.h"

#include <atomic>
#include <cstdint>
#include <sched.h>
#include <unistd.h>

namespace CpuPlacement {

namespace {

std::atomic<int> networkCpu {-1};
std::atomic<int> boundThreads {0};
// Requests seen by the network thread; only it writes, so no read-modify-write is needed.
std::atomic<std::uint64_t> requests {0};

// The CPUs the process may use: the main thread's set, which TokenTap never narrows (a thread's
// own set may be narrowed already, and threads inherit their creator's).
bool processCpus(cpu_set_t *set)
{
    CPU_ZERO(set);
    return ::sched_getaffinity(::getpid(), sizeof *set, set) == 0;
}

struct BackgroundState
{
    std::uint64_t requestsSeen = 0;
    std::chrono::steady_clock::time_point lastBusy {};
    bool busyOnce = false;
    int avoiding = -2; // the CPU this thread is kept off; -1 none; -2 never set
};

} // namespace

int bindNetworkThread()
{
    cpu_set_t all;
    if (!processCpus(&all) || CPU_COUNT(&all) < 2)
        return -1;
    int last = -1;
    for (int cpu = 0; cpu < CPU_SETSIZE; ++cpu) {
        if (CPU_ISSET(cpu, &all))
            last = cpu;
    }
    cpu_set_t one;
    CPU_ZERO(&one);
    CPU_SET(last, &one);
    if (::sched_setaffinity(0, sizeof one, &one) != 0)
        return -1;
    networkCpu.store(last, std::memory_order_relaxed);
    boundThreads.fetch_add(1, std::memory_order_relaxed);
    return last;
}

void releaseNetworkThread()
{
    if (boundThreads.load(std::memory_order_relaxed) <= 0)
        return;
    if (boundThreads.fetch_sub(1, std::memory_order_relaxed) == 1)
        networkCpu.store(-1, std::memory_order_relaxed);
    cpu_set_t all;
    if (processCpus(&all))
        ::sched_setaffinity(0, sizeof all, &all);
}

void noteProxyActivity()
{
    requests.store(requests.load(std::memory_order_relaxed) + 1, std::memory_order_relaxed);
}

void placeBackgroundThread()
{
    placeBackgroundThread(std::chrono::steady_clock::now());
}

void placeBackgroundThread(std::chrono::steady_clock::time_point now)
{
    thread_local BackgroundState state;
    const std::uint64_t seen = requests.load(std::memory_order_relaxed);
    if (seen != state.requestsSeen) {
        state.requestsSeen = seen;
        state.lastBusy = now;
        state.busyOnce = true;
    }
    const int network = networkCpu.load(std::memory_order_relaxed);
    const bool busy = state.busyOnce && now - state.lastBusy < BusyFor;
    const int avoid = busy ? network : -1;
    if (avoid == state.avoiding)
        return;
    cpu_set_t set;
    if (!processCpus(&set))
        return;
    if (avoid >= 0) {
        CPU_CLR(avoid, &set);
        if (CPU_COUNT(&set) == 0)
            return;
    }
    if (::sched_setaffinity(0, sizeof set, &set) == 0)
        state.avoiding = avoid;
}

} // namespace CpuPlacement
