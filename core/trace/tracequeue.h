#pragma once

#include "capturedcall.h"

#include <QList>

#include <atomic>
#include <functional>
#include <mutex>

// The hand-over from the network thread to the store thread: bounded, never blocking the
// proxy. When full, a call is not recorded (and counted) — proxying goes on regardless.
//
// The lock is held for O(1) work only: the store thread runs at idle priority, and a lock it held
// while preempted by busier threads would stall the network thread until a core fell idle (tens
// of milliseconds at saturation). So the consumer swaps the list of pushed calls out whole and
// counts off what it took afterwards.
// One consumer thread: take() and takeAll() are not to be called concurrently.
class TraceQueue
{
public:
    // The defaults hold about a minute of heavy agent traffic; the proxy's memory stays bounded
    // when the store cannot keep up for longer.
    explicit TraceQueue(qsizetype maxCalls = 100'000, qint64 maxBytes = 256LL * 1024 * 1024);

    // Network thread. False when the queue is full; the call is then dropped and counted.
    bool push(CapturedCall &&call);
    // Store thread: everything queued so far, oldest first.
    QList<CapturedCall> takeAll();
    // Store thread: up to `max` of the oldest calls.
    QList<CapturedCall> take(qsizetype max);

    // Called (on the pushing thread, under the queue's lock: it must not block) when the queue
    // goes from empty to non-empty: one wake-up per batch, not per call.
    void setWakeUp(std::function<void()> wakeUp);

    quint64 dropped() const { return m_dropped.load(std::memory_order_relaxed); }
    qsizetype size() const;

private:
    static qint64 weight(const CapturedCall &call);
    static constexpr qsizetype KeepCapacity = 4096; // calls
    // Consumer side: refills m_taken from m_incoming when it is empty.
    void refill();
    // Consumer side: the calls handed out leave the bound.
    void release(qsizetype calls, qint64 bytes);

    // A std::mutex rather than QMutex: ThreadSanitizer sees its ordering on every path (Debian's
    // Qt is not built for it, so a contended QMutex hands over unseen).
    mutable std::mutex m_mutex;
    QList<CapturedCall> m_incoming; // under m_mutex
    qsizetype m_count = 0; // queued in either list, under m_mutex
    qint64 m_bytes = 0; // their weight, under m_mutex
    QList<CapturedCall> m_taken; // the consumer's, no lock: calls from m_next on are queued
    qsizetype m_next = 0;
    const qsizetype m_maxCalls;
    const qint64 m_maxBytes;
    std::function<void()> m_wakeUp;
    std::atomic<quint64> m_dropped {0};
};
