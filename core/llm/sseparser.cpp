#include "sseparser.h"

#include <utility>

namespace {

// A UTF-8 byte order mark may start the stream and is not part of the first line.
constexpr char Bom[] = "\xEF\xBB\xBF";
constexpr qsizetype BomSize = 3;

} // namespace

void SseParser::feed(const char *data, qsizetype size, QList<SseEvent> &events)
{
    qsizetype i = 0;
    if (!m_bomChecked) {
        // The mark itself may arrive split; its bytes wait in m_line until decided.
        while (i < size && m_line.size() < BomSize && data[i] == Bom[m_line.size()])
            m_line.append(data[i++]);
        if (m_line.size() == BomSize) {
            m_line.clear();
            m_bomChecked = true;
        } else if (i < size) {
            m_bomChecked = true; // not a mark: the bytes kept are the start of the first line
        } else {
            return;
        }
    }

    while (i < size) {
        if (m_afterCr) {
            m_afterCr = false;
            if (data[i] == '\n') {
                ++i;
                continue;
            }
        }
        qsizetype end = i;
        while (end < size && data[end] != '\n' && data[end] != '\r')
            ++end;
        if (end == size) {
            m_line.append(data + i, size - i);
            break;
        }
        if (m_line.isEmpty()) {
            processLine(QByteArrayView(data + i, end - i), events);
        } else {
            m_line.append(data + i, end - i);
            processLine(m_line, events);
            m_line.truncate(0);
        }
        m_afterCr = data[end] == '\r';
        i = end + 1;
    }
}

QList<SseEvent> SseParser::feed(const char *data, qsizetype size)
{
    QList<SseEvent> events;
    feed(data, size, events);
    return events;
}

bool SseParser::finish()
{
    const bool discarded = m_pendingFields || !m_line.isEmpty();
    *this = SseParser();
    return discarded;
}

void SseParser::processLine(QByteArrayView line, QList<SseEvent> &events)
{
    if (line.isEmpty()) {
        dispatch(events);
        return;
    }
    if (line.front() == ':')
        return; // a comment, often a keep-alive
    m_pendingFields = true;
    QByteArrayView field = line;
    QByteArrayView value;
    if (const qsizetype colon = line.indexOf(':'); colon >= 0) {
        field = line.first(colon);
        value = line.sliced(colon + 1);
        if (value.startsWith(' '))
            value = value.sliced(1);
    }
    if (field == "data") {
        m_data.append(value);
        m_data.append('\n');
    } else if (field == "event") {
        m_type = value.toByteArray();
    } else if (field == "id") {
        if (!value.contains('\0'))
            m_lastId = value.toByteArray();
    }
    // `retry` and unknown fields are ignored: reconnecting is the client's business.
}

void SseParser::dispatch(QList<SseEvent> &events)
{
    m_pendingFields = false;
    if (m_data.isEmpty()) {
        // No data line: nothing is dispatched and the type does not leak into the next event.
        m_type.clear();
        return;
    }
    m_data.chop(1);
    events.append(SseEvent {std::exchange(m_type, {}), std::exchange(m_data, {}), m_lastId});
}
