#include "tracequeue.h"

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
    bool wake = false;
    {
        QMutexLocker lock(&m_mutex);
        if (m_calls.size() >= m_maxCalls || m_bytes + bytes > m_maxBytes) {
            m_dropped.fetch_add(1, std::memory_order_relaxed);
            return false;
        }
        wake = m_calls.isEmpty();
        m_calls.append(std::move(call));
        m_bytes += bytes;
    }
    if (wake && m_wakeUp)
        m_wakeUp();
    return true;
}

QList<CapturedCall> TraceQueue::takeAll()
{
    QMutexLocker lock(&m_mutex);
    m_bytes = 0;
    return std::exchange(m_calls, {});
}

QList<CapturedCall> TraceQueue::take(qsizetype max)
{
    QMutexLocker lock(&m_mutex);
    if (m_calls.size() <= max) {
        m_bytes = 0;
        return std::exchange(m_calls, {});
    }
    QList<CapturedCall> taken;
    taken.reserve(max);
    for (qsizetype i = 0; i < max; ++i) {
        m_bytes -= weight(m_calls.at(i));
        taken.append(std::move(m_calls[i]));
    }
    m_calls.remove(0, max);
    return taken;
}

void TraceQueue::setWakeUp(std::function<void()> wakeUp)
{
    QMutexLocker lock(&m_mutex);
    m_wakeUp = std::move(wakeUp);
}

qsizetype TraceQueue::size() const
{
    QMutexLocker lock(&m_mutex);
    return m_calls.size();
}
