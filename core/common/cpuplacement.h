#pragma once

#include <chrono>

// Keeps the proxy's network thread and the background work (recording, checkpoints, export) on
// different cores while calls are being proxied.
//
// Recording a call costs more CPU than proxying it (parsing, zstd, SQLite). Run at idle priority
// on the network thread's core, it still cost every request its cache: on two cores the network
// thread spent 56 → 77 µs per request with recording on, and the median latency rose 15%. With
// the network thread on a core of its own and recording kept off it, within 10% of recording off
// at one connection (docs/PERFORMANCE.md; not with both cores saturated, where the recording's
// own CPU has nowhere else to run). While the proxy is idle the background work may use every core,
// so a backlog drains at full speed.
namespace CpuPlacement {

// How long after the last request the network thread's core stays reserved.
constexpr std::chrono::milliseconds BusyFor {1000};

// On the network thread when the proxy starts, if it records: binds the calling thread to the
// last of the fastest CPUs the process may use, when it may use two or more, and reserves that
// CPU's core (its other hardware threads share the caches). Returns the CPU, or -1.
int bindNetworkThread();
// On the network thread when the proxy stops: background work may use its core again, and the
// thread gets back the CPU set it had.
void releaseNetworkThread();
// On the network thread, per request: cheap (one relaxed store, no clock).
void noteProxyActivity();

// Around a call that may start threads from the network thread (a connect whose host name
// Qt's lookup pool resolves): threads inherit their creator's CPU set, and a thread started
// by the bound network thread would otherwise run on its one CPU for good. Within the scope
// the network thread may use every CPU of the process; its binding is back at the end. Does
// nothing on a thread that is not bound.
class ThreadsStartedHereUseEveryCpu
{
public:
    ThreadsStartedHereUseEveryCpu();
    ~ThreadsStartedHereUseEveryCpu();
    ThreadsStartedHereUseEveryCpu(const ThreadsStartedHereUseEveryCpu &) = delete;
    ThreadsStartedHereUseEveryCpu &operator=(const ThreadsStartedHereUseEveryCpu &) = delete;

private:
    bool m_widened = false;
};

// On a background thread before each unit of work: off the network thread's core while the
// proxy has been busy within BusyFor, on every core otherwise. A system call only when that
// changes.
void placeBackgroundThread();
void placeBackgroundThread(std::chrono::steady_clock::time_point now); // for tests

} // namespace CpuPlacement
