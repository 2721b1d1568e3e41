#include "jsonwriter.h"

void JsonWriter::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_first)
        m_out += ',';
    m_first = false;
}

void JsonWriter::open(char bracket)
{
    separate();
    m_out += bracket;
    m_first = true;
}

void JsonWriter::close(char bracket)
{
    m_out += bracket;
    m_first = false;
}

void JsonWriter::key(QLatin1StringView name)
{
    separate();
    appendString(m_out, QByteArray::fromRawData(name.data(), name.size()));
    m_out += ':';
    m_afterKey = true;
}

void JsonWriter::value(const QString &text)
{
    separate();
    appendString(m_out, text.toUtf8());
}

void JsonWriter::value(QLatin1StringView text)
{
    separate();
    appendString(m_out, QByteArray::fromRawData(text.data(), text.size()));
}

void JsonWriter::value(qint64 number)
{
    separate();
    m_out += QByteArray::number(number);
}

void JsonWriter::raw(const QByteArray &json)
{
    separate();
    m_out += json;
}

void JsonWriter::appendString(QByteArray &out, const QByteArray &utf8)
{
    static const char hex[] = "0123456789abcdef";
    out.reserve(out.size() + utf8.size() + 2);
    out += '"';
    qsizetype plain = 0; // start of the run of bytes that need no escape
    const char *data = utf8.constData();
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const uchar c = uchar(data[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue; // bytes of multi-byte characters included
        out.append(data + plain, i - plain);
        plain = i + 1;
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            out += "\\u00";
            out += hex[c >> 4];
            out += hex[c & 0xf];
        }
    }
    out.append(data + plain, utf8.size() - plain);
    out += '"';
}
