#include "jsonview.h"

#include "common/jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <limits>
#include <vector>

namespace {

// Documents above this size are parsed by a parser of their own and its buffers freed after:
// simdjson keeps buffers of several times the largest document it parsed.
constexpr qsizetype KeepBuffersUpTo = 1024 * 1024;

struct ThreadParser
{
    simdjson::dom::parser parser;
    // The input with the zeroed padding simdjson reads past the end; reused like the parser.
    std::vector<char> padded;
    bool busy = false;
};

ThreadParser &threadParser()
{
    thread_local ThreadParser state;
    return state;
}

simdjson::dom::element parseOnce(simdjson::dom::parser &parser, std::vector<char> &padded,
                                 QByteArrayView json, simdjson::error_code *error)
{
    const size_t size = size_t(json.size());
    if (padded.size() < size + simdjson::SIMDJSON_PADDING)
        padded.resize(size + simdjson::SIMDJSON_PADDING);
    if (size > 0)
        std::memcpy(padded.data(), json.data(), size);
    std::memset(padded.data() + size, 0, simdjson::SIMDJSON_PADDING);
    simdjson::dom::element root;
    *error = parser.parse(padded.data(), size, false).get(root);
    return root;
}

// Qt's reading of a document as JSON text simdjson takes: numbers that are no 64-bit integer
// written with an exponent (simdjson refuses integer digits beyond 64 bits; Qt reads them as
// doubles), strings re-encoded as valid UTF-8.
void writeForSimdjson(QByteArray &out, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        out += value.toBool() ? "true" : "false";
        return;
    case QJsonValue::Double: {
        constexpr qint64 NotIntegral = std::numeric_limits<qint64>::min();
        if (const qint64 n = value.toInteger(NotIntegral); n != NotIntegral)
            out += QByteArray::number(n);
        else if (const double d = value.toDouble(); std::isfinite(d))
            out += QByteArray::number(d, 'e', 16);
        else
            out += "null";
        return;
    }
    case QJsonValue::String:
        JsonWriter::appendString(out, value.toString().toUtf8());
        return;
    case QJsonValue::Array: {
        out += '[';
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (i > 0)
                out += ',';
            writeForSimdjson(out, array.at(i));
        }
        out += ']';
        return;
    }
    case QJsonValue::Object: {
        out += '{';
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it != object.begin())
                out += ',';
            JsonWriter::appendString(out, it.key().toUtf8());
            out += ':';
            writeForSimdjson(out, it.value());
        }
        out += '}';
        return;
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out += "null";
        return;
    }
}

simdjson::dom::element parsePadded(simdjson::dom::parser &parser, std::vector<char> &padded,
                                   QByteArrayView json, bool *ok)
{
    if (json.startsWith("\xef\xbb\xbf"))
        json = json.sliced(3); // a byte order mark, which Qt's parser skips too
    simdjson::error_code error = simdjson::SUCCESS;
    simdjson::dom::element root = parseOnce(parser, padded, json, &error);
    if (error != simdjson::SUCCESS) {
        // Valid JSON simdjson does not take: integers beyond 64 bits, escapes of a lone UTF-16
        // surrogate (text cut in the middle of an emoji). Qt reads both; what it read is
        // parsed again. Bodies that are no JSON at all pay for the second try, which is rare.
        const QJsonDocument document = QJsonDocument::fromJson(json.toByteArray());
        if (!document.isNull()) {
            QByteArray text;
            writeForSimdjson(text,
                             document.isObject() ? QJsonValue(document.object())
                                                 : QJsonValue(document.array()));
            root = parseOnce(parser, padded, text, &error);
        }
    }
    *ok = error == simdjson::SUCCESS;
    return root;
}

} // namespace

JsonValue JsonValue::operator[](std::string_view key) const
{
    simdjson::dom::object object;
    if (!m_defined || m_element.get_object().get(object) != simdjson::SUCCESS)
        return {};
    simdjson::dom::element member;
    if (object.at_key(key).get(member) != simdjson::SUCCESS)
        return {};
    return JsonValue(member);
}

std::string_view JsonValue::stringView() const
{
    std::string_view text;
    if (!m_defined || m_element.get_string().get(text) != simdjson::SUCCESS)
        return {};
    return text;
}

QString JsonValue::toString() const
{
    const std::string_view text = stringView();
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

double JsonValue::toDouble(double otherwise) const
{
    double value = 0;
    if (!m_defined || m_element.get_double().get(value) != simdjson::SUCCESS)
        return otherwise;
    return value;
}

std::optional<qint64> JsonValue::toInteger() const
{
    if (!m_defined)
        return std::nullopt;
    int64_t n = 0;
    if (m_element.get_int64().get(n) == simdjson::SUCCESS)
        return qint64(n);
    double d = 0;
    if (!m_element.is_double() || m_element.get_double().get(d) != simdjson::SUCCESS)
        return std::nullopt; // not a number, or an unsigned value beyond qint64
    // Written with a fraction or an exponent: integral values count, as they do in Qt's JSON.
    if (!std::isfinite(d) || std::trunc(d) != d || d < -9.2233720368547758e18
        || d >= 9.2233720368547758e18)
        return std::nullopt;
    return qint64(d);
}

QByteArray JsonValue::toJson() const
{
    if (!m_defined)
        return {};
    const std::string text = simdjson::minify(m_element);
    return QByteArray(text.data(), qsizetype(text.size()));
}

qsizetype JsonValue::size() const
{
    if (!m_defined)
        return 0;
    simdjson::dom::array array;
    if (m_element.get_array().get(array) == simdjson::SUCCESS)
        return qsizetype(array.size());
    simdjson::dom::object object;
    if (m_element.get_object().get(object) == simdjson::SUCCESS)
        return qsizetype(object.size());
    return 0;
}

JsonDocument::JsonDocument(QByteArrayView json, Lifetime lifetime)
{
    ThreadParser &state = threadParser();
    bool ok = false;
    simdjson::dom::element root;
    if (!state.busy && json.size() <= KeepBuffersUpTo && lifetime == Lifetime::Brief) {
        state.busy = true;
        m_usesThreadParser = true;
        root = parsePadded(state.parser, state.padded, json, &ok);
    } else {
        m_ownParser = std::make_unique<simdjson::dom::parser>();
        std::vector<char> padded;
        root = parsePadded(*m_ownParser, padded, json, &ok);
    }
    if (ok)
        m_root = JsonValue(root);
}

JsonDocument::~JsonDocument()
{
    if (m_usesThreadParser)
        threadParser().busy = false;
}
