#include "cpuplacement.h"

#include <atomic>
#include <cstdint>
#include <fstream>
#include <mutex>
#include <sched.h>
#include <string>
#include <unistd.h>

namespace CpuPlacement {

namespace {

// What background threads keep off while the proxy is busy: the network thread's CPU and the
// other hardware threads of its core (they share its L1 and L2). Written when a network thread
// binds, read when a background thread changes its set (rarely), hence a plain mutex.
std::mutex reservedMutex;
cpu_set_t reserved;
int boundThreads = 0;
// Set while `reserved` is non-empty: the cheap test background threads make before each unit.
std::atomic<bool> anyReserved {false};
// Requests seen by the network thread; only it writes, so no read-modify-write is needed.
std::atomic<std::uint64_t> requests {0};

// The CPUs the process may use: the main thread's set, which TokenTap never narrows (a thread's
// own set may be narrowed already, and threads inherit their creator's).
bool processCpus(cpu_set_t *set)
{
    CPU_ZERO(set);
    return ::sched_getaffinity(::getpid(), sizeof *set, set) == 0;
}

long readNumber(const std::string &path, long fallback)
{
    std::ifstream in(path);
    long value = fallback;
    if (!(in >> value))
        return fallback;
    return value;
}

// "0-1,4" as in sysfs' thread_siblings_list, into `set`.
void addCpuList(const std::string &path, cpu_set_t *set)
{
    std::ifstream in(path);
    std::string list;
    if (!(in >> list))
        return;
    size_t at = 0;
    while (at < list.size()) {
        size_t end = list.find(',', at);
        if (end == std::string::npos)
            end = list.size();
        const std::string range = list.substr(at, end - at);
        const size_t dash = range.find('-');
        try {
            const int first = std::stoi(range.substr(0, dash));
            const int last = dash == std::string::npos ? first : std::stoi(range.substr(dash + 1));
            for (int cpu = first; cpu <= last && cpu < CPU_SETSIZE; ++cpu)
                CPU_SET(cpu, set);
        } catch (...) {
            return; // not the format documented: keep what was read
        }
        at = end + 1;
    }
}

cpu_set_t onlyCpu(int cpu)
{
    cpu_set_t set;
    CPU_ZERO(&set);
    CPU_SET(cpu, &set);
    return set;
}

std::string cpuPath(int cpu, const char *file)
{
    return "/sys/devices/system/cpu/cpu" + std::to_string(cpu) + '/' + file;
}

struct BackgroundState
{
    std::uint64_t requestsSeen = 0;
    std::chrono::steady_clock::time_point lastBusy {};
    bool busyOnce = false;
    int narrowed = -1; // 1: kept off the reserved CPUs, 0: every CPU, -1: not set yet
};

thread_local cpu_set_t networkThreadOwnSet;
thread_local int networkThreadCpu = -1; // set while this thread is the bound network thread

} // namespace

int bindNetworkThread()
{
    cpu_set_t all;
    if (!processCpus(&all) || CPU_COUNT(&all) < 2)
        return -1;
    // The last of the fastest CPUs: on hybrid processors (performance and efficiency cores)
    // sysfs gives each CPU's capacity, and the efficiency cores come last.
    int chosen = -1;
    long best = -1;
    for (int cpu = 0; cpu < CPU_SETSIZE; ++cpu) {
        if (!CPU_ISSET(cpu, &all))
            continue;
        const long capacity = readNumber(cpuPath(cpu, "cpu_capacity"), 1024);
        if (capacity >= best) {
            best = capacity;
            chosen = cpu;
        }
    }
    cpu_set_t core = onlyCpu(chosen);
    addCpuList(cpuPath(chosen, "topology/thread_siblings_list"), &core);
    CPU_AND(&core, &core, &all);
    cpu_set_t rest;
    CPU_XOR(&rest, &all, &core);
    if (CPU_COUNT(&rest) == 0) {
        // One core with several hardware threads: keep only the network thread's own off.
        core = onlyCpu(chosen);
    }

    const cpu_set_t one = onlyCpu(chosen);
    CPU_ZERO(&networkThreadOwnSet);
    ::sched_getaffinity(0, sizeof networkThreadOwnSet, &networkThreadOwnSet);
    if (::sched_setaffinity(0, sizeof one, &one) != 0)
        return -1;
    networkThreadCpu = chosen;
    std::lock_guard lock(reservedMutex);
    reserved = core;
    ++boundThreads;
    anyReserved.store(true, std::memory_order_relaxed);
    return chosen;
}

void releaseNetworkThread()
{
    {
        std::lock_guard lock(reservedMutex);
        if (boundThreads <= 0)
            return;
        if (--boundThreads == 0) {
            CPU_ZERO(&reserved);
            anyReserved.store(false, std::memory_order_relaxed);
        }
    }
    // The set this thread had before it was bound (when called on the bound thread).
    if (CPU_COUNT(&networkThreadOwnSet) > 0)
        ::sched_setaffinity(0, sizeof networkThreadOwnSet, &networkThreadOwnSet);
    networkThreadCpu = -1;
}

ThreadsStartedHereUseEveryCpu::ThreadsStartedHereUseEveryCpu()
{
    if (networkThreadCpu < 0)
        return;
    // The set the thread had before it was bound, which includes its CPU: no migration.
    m_widened = ::sched_setaffinity(0, sizeof networkThreadOwnSet, &networkThreadOwnSet) == 0;
}

ThreadsStartedHereUseEveryCpu::~ThreadsStartedHereUseEveryCpu()
{
    if (!m_widened)
        return;
    const cpu_set_t one = onlyCpu(networkThreadCpu);
    ::sched_setaffinity(0, sizeof one, &one);
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
    const bool busy = state.busyOnce && now - state.lastBusy < BusyFor
            && anyReserved.load(std::memory_order_relaxed);
    const int narrow = busy ? 1 : 0;
    if (narrow == state.narrowed)
        return;
    cpu_set_t set;
    if (!processCpus(&set))
        return;
    if (busy) {
        cpu_set_t off;
        {
            std::lock_guard lock(reservedMutex);
            off = reserved;
        }
        cpu_set_t rest;
        CPU_XOR(&rest, &set, &off);
        CPU_AND(&rest, &rest, &set);
        if (CPU_COUNT(&rest) == 0)
            return;
        set = rest;
    }
    if (::sched_setaffinity(0, sizeof set, &set) == 0)
        state.narrowed = narrow;
}

} // namespace CpuPlacement
