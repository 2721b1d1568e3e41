#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <simdjson.h>

#include <memory>
#include <optional>
#include <string_view>

// A read-only value of a parsed JSON document (simdjson's DOM), with the accessors the request
// and response analyses need. Reading never fails: a missing key or a value of another type
// reads as an empty value, as with QJsonValue. A JsonValue is a position in its document (two
// words, copied freely) and is valid while its JsonDocument lives.
//
// Why not QJsonDocument: every call through the proxy is analysed, and Qt's parser builds a tree
// of UTF-16 strings — 18 µs for a 4 KiB chat request, against under 2 µs here.
class JsonValue
{
public:
    JsonValue() = default; // undefined

    bool isUndefined() const { return !m_defined; }
    bool isObject() const { return m_defined && m_element.is_object(); }
    bool isArray() const { return m_defined && m_element.is_array(); }
    bool isString() const { return m_defined && m_element.is_string(); }
    bool isNumber() const { return m_defined && m_element.is_number(); }
    bool isBool() const { return m_defined && m_element.is_bool(); }
    bool isNull() const { return m_defined && m_element.is_null(); }

    // Object member; undefined when this is no object or has no such key.
    JsonValue operator[](std::string_view key) const;
    bool contains(std::string_view key) const { return !(*this)[key].isUndefined(); }

    // The string's UTF-8 bytes; empty for anything else.
    std::string_view stringView() const;
    QString toString() const;
    bool stringEquals(std::string_view text) const { return isString() && stringView() == text; }
    double toDouble(double otherwise = 0) const;
    // A number with an integral value (7 or 7.0) that fits 64 bits; nothing otherwise.
    std::optional<qint64> toInteger() const;
    bool toBool() const { return m_defined && m_element.is_bool() && bool(m_element.get_bool()); }
    // The value as compact JSON text.
    QByteArray toJson() const;

    // Array elements in order; nothing for anything else. `f(const JsonValue &)`.
    template<typename F> void forEach(F f) const
    {
        simdjson::dom::array array;
        if (!m_defined || m_element.get_array().get(array) != simdjson::SUCCESS)
            return;
        for (simdjson::dom::element element : array)
            f(JsonValue(element));
    }
    // Object members in order; `f(std::string_view key, const JsonValue &value)`.
    template<typename F> void forEachMember(F f) const
    {
        simdjson::dom::object object;
        if (!m_defined || m_element.get_object().get(object) != simdjson::SUCCESS)
            return;
        for (const simdjson::dom::key_value_pair &member : object)
            f(member.key, JsonValue(member.value));
    }
    // The number of array elements or object members; 0 for anything else.
    qsizetype size() const;

private:
    friend class JsonDocument;
    explicit JsonValue(simdjson::dom::element element)
        : m_element(element)
        , m_defined(true)
    { }

    simdjson::dom::element m_element;
    bool m_defined = false;
};

// A parsed document. Parsing reuses a per-thread parser's buffers; a document parsed while
// another is alive on the same thread gets a parser of its own, and so does a large one, whose
// buffers are not worth keeping, and one that is kept (a body on screen), so that it does not
// hold the thread's parser from the parses that follow.
//
// Members keep the text's order, except in the rare documents only Qt's parser reads (integers
// beyond 64 bits, escapes of a lone UTF-16 surrogate), which are read again from Qt's tree and
// come out sorted by key.
class JsonDocument
{
public:
    enum class Lifetime { Brief, Kept };
    explicit JsonDocument(QByteArrayView json, Lifetime lifetime = Lifetime::Brief);
    ~JsonDocument();
    JsonDocument(const JsonDocument &) = delete;
    JsonDocument &operator=(const JsonDocument &) = delete;

    bool isValid() const { return !m_root.isUndefined(); }
    bool isObject() const { return m_root.isObject(); }
    const JsonValue &root() const { return m_root; }

private:
    std::unique_ptr<simdjson::dom::parser> m_ownParser;
    bool m_usesThreadParser = false;
    JsonValue m_root;
};
