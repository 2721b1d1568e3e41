#include "httpwriter.h"

#include <http_parser.h>

namespace {

void appendFields(QByteArray &out, const HttpHeaders &headers)
{
    for (const auto &[name, value] : headers.fields()) {
        out.append(name);
        out.append(": ", 2);
        out.append(value);
        out.append("\r\n", 2);
    }
    out.append("\r\n", 2);
}

} // namespace

namespace HttpWriter {

void appendRequestHead(QByteArray &out, const QByteArray &method, const QByteArray &target,
                       const HttpHeaders &headers)
{
    out.append(method);
    out.append(' ');
    out.append(target);
    out.append(" HTTP/1.1\r\n", 11);
    appendFields(out, headers);
}

void appendResponseHead(QByteArray &out, int status, const QByteArray &reason,
                        const HttpHeaders &headers)
{
    out.append("HTTP/1.1 ", 9);
    out.append(QByteArray::number(status));
    out.append(' ');
    out.append(reason.isEmpty() ? reasonPhrase(status) : reason);
    out.append("\r\n", 2);
    appendFields(out, headers);
}

void appendChunk(QByteArray &out, const char *data, qsizetype size)
{
    if (size <= 0)
        return;
    out.append(QByteArray::number(size, 16));
    out.append("\r\n", 2);
    out.append(data, size);
    out.append("\r\n", 2);
}

void appendLastChunk(QByteArray &out)
{
    out.append("0\r\n\r\n", 5);
}

QByteArray reasonPhrase(int status)
{
    if (status < 100 || status > 599)
        return QByteArrayLiteral("Unknown");
    const char *phrase = http_status_str(http_status(status));
    if (!phrase || qstrcmp(phrase, "<unknown>") == 0)
        return QByteArrayLiteral("Unknown");
    return QByteArray(phrase);
}

} // namespace HttpWriter
