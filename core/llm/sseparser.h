#pragma once

#include <QByteArray>
#include <QList>

// One dispatched server-sent event. Kept as bytes: the data is usually JSON that is parsed once
// later, and a recorded stream must be replayable byte for byte.
struct SseEvent
{
    // The `event:` field; empty when the stream named none (a browser would report "message";
    // keeping it empty lets a replay reproduce the original frames).
    QByteArray type;
    // The `data:` lines joined with '\n', without the final newline.
    QByteArray data;
    // The last event ID at dispatch time: per WHATWG it carries over to later events.
    QByteArray id;

    friend bool operator==(const SseEvent &, const SseEvent &) = default;
};

// Incremental text/event-stream parser following the WHATWG "event stream interpretation" rules.
// Bytes may be split anywhere (inside a UTF-8 character, between '\r' and '\n'): only the
// ASCII line terminators and field names are interpreted, the rest is carried through as is.
class SseParser
{
public:
    // Appends the events completed by these bytes to `events`.
    void feed(const char *data, qsizetype size, QList<SseEvent> &events);
    QList<SseEvent> feed(const char *data, qsizetype size);
    QList<SseEvent> feed(const QByteArray &bytes) { return feed(bytes.constData(), bytes.size()); }

    // Ends the stream. An event without its terminating blank line is discarded, never
    // dispatched (a cut stream must not produce a half event); returns whether there was one.
    // The parser is then ready for a new stream.
    bool finish();

private:
    void processLine(QByteArrayView line, QList<SseEvent> &events);
    void dispatch(QList<SseEvent> &events);

    QByteArray m_line; // an unterminated line carried over to the next feed
    QByteArray m_type;
    QByteArray m_data; // each data line followed by '\n', as the specification builds it
    QByteArray m_lastId;
    bool m_pendingFields = false; // a field line arrived since the last dispatch
    bool m_afterCr = false; // the last byte was '\r': a following '\n' belongs to it
    bool m_bomChecked = false;
};
