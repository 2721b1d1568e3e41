#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <utility>

// An ordered list of HTTP header fields. Names keep the case they arrived with (relayed as is)
// and are compared case-insensitively. Kept as a flat list: messages carry a dozen fields, so a
// linear scan beats any hashing and preserves order and duplicates for faithful relaying.
class HttpHeaders
{
public:
    using Field = std::pair<QByteArray, QByteArray>;

    void append(const QByteArray &name, const QByteArray &value) { m_fields.append({name, value}); }
    // Replaces every field called `name` with a single one (appended if absent).
    void set(const QByteArray &name, const QByteArray &value);
    // Removes every field called `name`; returns how many were removed.
    qsizetype remove(const QByteArray &name);
    bool contains(const QByteArray &name) const;
    // The first value of `name`, or a null QByteArray.
    QByteArray value(const QByteArray &name) const;
    // Every value of `name`, in order.
    QList<QByteArray> values(const QByteArray &name) const;

    const QList<Field> &fields() const { return m_fields; }
    QList<Field> &fields() { return m_fields; }
    qsizetype size() const { return m_fields.size(); }
    bool isEmpty() const { return m_fields.isEmpty(); }
    void clear() { m_fields.clear(); }

    // Whether `list` (a comma-separated header value such as Connection's) holds `token`.
    static bool listContains(const QByteArray &list, const QByteArray &token);
    // A field value as text: UTF-8 when it is valid UTF-8, else ISO-8859-1, which HTTP/1.1
    // field values historically are (Python's http.client sends "jürgen" that way).
    static QString text(const QByteArray &value);

    friend bool operator==(const HttpHeaders &, const HttpHeaders &) = default;

private:
    QList<Field> m_fields;
};
