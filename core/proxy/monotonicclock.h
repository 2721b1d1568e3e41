#pragma once

#include <QtGlobal>

#include <chrono>

// Steady time for deadlines and phase timings; never jumps with the wall clock.
namespace MonotonicClock {

inline qint64 nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
                   std::chrono::steady_clock::now().time_since_epoch())
            .count();
}

inline qint64 nowMs()
{
    return nowNs() / 1'000'000;
}

} // namespace MonotonicClock
