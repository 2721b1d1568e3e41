#pragma once

#include <atomic>
#include <cstdint>

// Counters written by the network thread and read by any thread (status bar, tests). Relaxed
// atomics: each is an independent tally, nobody derives ordering from them.
struct ProxyStats
{
    std::atomic<std::uint64_t> requestsTotal {0};
    std::atomic<std::uint64_t> requestsInFlight {0};
    std::atomic<std::uint64_t> upstreamErrors {0}; // 502 / 504 / broken streams
    std::atomic<std::uint64_t> clientErrors {0}; // 4xx answered by TokenTap itself
    std::atomic<std::uint64_t> openClientConnections {0};

    static void add(std::atomic<std::uint64_t> &counter, std::uint64_t n = 1)
    {
        counter.fetch_add(n, std::memory_order_relaxed);
    }
    static void sub(std::atomic<std::uint64_t> &counter, std::uint64_t n = 1)
    {
        counter.fetch_sub(n, std::memory_order_relaxed);
    }
    static std::uint64_t get(const std::atomic<std::uint64_t> &counter)
    {
        return counter.load(std::memory_order_relaxed);
    }
};
