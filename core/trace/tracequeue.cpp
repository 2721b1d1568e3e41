#include "tracequeue.h"

#include <limits>

TraceQueue::TraceQueue(qsizetype maxCalls, qint64 maxBytes)
    : m_maxCalls(maxCalls)
    , m_maxBytes(maxBytes)
{ }

qint64 TraceQueue::weight(const CapturedCall &call)
{
    // What the call holds in memory, roughly: bodies, pieces and header fields with their
    // per-allocation overhead.
    qint64 bytes = 512 + call.requestBody.size() + call.responseBody.size();
    for (const HttpHeaders *headers : {&call.requestHeaders, &call.responseHeaders}) {
        for (const auto &[name, value] : headers->fields())
            bytes += 64 + name.size() + value.size();
    }
    for (const CapturedCall::Piece &piece : call.streamPieces)
        bytes += 32 + piece.bytes.size();
    return bytes;
}

bool TraceQueue::push(CapturedCall &&call)
{
    const qint64 bytes = weight(call);
    std::lock_guard lock(m_mutex);
    if (m_count >= m_maxCalls || m_bytes + bytes > m_maxBytes) {
        m_dropped.fetch_add(1, std::memory_order_relaxed);
        return false;
    }
    const bool wake = m_count == 0;
    m_incoming.append(std::move(call));
    ++m_count;
    m_bytes += bytes;
    // Under the lock, so that once setWakeUp() has replaced it no call to the old one is still
    // under way; it must not block (TraceWriter's writes an eventfd).
    if (wake && m_wakeUp)
        m_wakeUp();
    return true;
}

void TraceQueue::refill()
{
    if (m_next < m_taken.size())
        return;
    // The moved-from calls go; so does the list's room once a burst made it large, rather than
    // staying reserved, twice over, after the burst.
    if (m_taken.capacity() > KeepCapacity)
        m_taken = {};
    else
        m_taken.clear();
    m_next = 0;
    std::lock_guard lock(m_mutex);
    m_taken.swap(m_incoming);
}

void TraceQueue::release(qsizetype calls, qint64 bytes)
{
    std::lock_guard lock(m_mutex);
    m_count -= calls;
    m_bytes -= bytes;
}

QList<CapturedCall> TraceQueue::takeAll()
{
    // Everything pushed so far, and perhaps a little more: take() stops once nothing is left.
    return take(std::numeric_limits<qsizetype>::max());
}

QList<CapturedCall> TraceQueue::take(qsizetype max)
{
    QList<CapturedCall> taken;
    qint64 bytes = 0;
    while (taken.size() < max) {
        refill();
        if (m_next == m_taken.size())
            break;
        const qsizetype n = std::min(max - taken.size(), m_taken.size() - m_next);
        taken.reserve(taken.size() + n);
        for (qsizetype i = 0; i < n; ++i) {
            CapturedCall &call = m_taken[m_next++];
            bytes += weight(call);
            taken.append(std::move(call));
        }
    }
    if (!taken.isEmpty())
        release(taken.size(), bytes);
    return taken;
}

void TraceQueue::setWakeUp(std::function<void()> wakeUp)
{
    std::lock_guard lock(m_mutex);
    m_wakeUp = std::move(wakeUp);
}

qsizetype TraceQueue::size() const
{
    std::lock_guard lock(m_mutex);
    return m_count;
}
