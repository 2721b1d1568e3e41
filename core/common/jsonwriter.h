#pragma once

#include <QByteArray>
#include <QLatin1StringView>
#include <QString>

// Compact JSON written straight into bytes. The messages of a call go out as JSON text in
// several span attributes; building QJsonObjects only to serialize them costs several times
// more than the text itself (measured in docs/PERFORMANCE.md), and the exporter must keep up
// with the proxy. Commas are placed by the writer; the caller nests begin/end correctly.
class JsonWriter
{
public:
    void beginObject() { open('{'); }
    void endObject() { close('}'); }
    void beginArray() { open('['); }
    void endArray() { close(']'); }
    // An object member's name; the value follows with one of the calls below.
    void key(QLatin1StringView name);

    void value(const QString &text);
    void value(QLatin1StringView text);
    void value(qint64 number);
    // Text that is JSON already (validated by the caller), written as it is.
    void raw(const QByteArray &json);

    // key() and value() at once.
    template<typename T> void member(QLatin1StringView name, const T &v)
    {
        key(name);
        value(v);
    }

    const QByteArray &text() const { return m_out; }

    // `utf8` as a JSON string literal, quotes included.
    static void appendString(QByteArray &out, const QByteArray &utf8);

private:
    void open(char bracket);
    void close(char bracket);
    void separate();

    QByteArray m_out;
    bool m_first = true; // nothing written yet at this level: no comma before the next item
    bool m_afterKey = false;
};
