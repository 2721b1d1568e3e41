#include "httpparser.h"

namespace {

HttpParser *self(http_parser *p)
{
    return static_cast<HttpParser *>(p->data);
}

// Interim 1xx responses (other than 101) precede the real one on the same connection.
bool isInterimResponse(const http_parser *p)
{
    return p->type == HTTP_RESPONSE && p->status_code >= 100 && p->status_code < 200
            && p->status_code != 101;
}

} // namespace

HttpParser::HttpParser(Mode mode, Listener *listener)
    : m_mode(mode)
    , m_listener(listener)
{
    reset();
}

void HttpParser::reset()
{
    http_parser_init(&m_parser, m_mode == Mode::Request ? HTTP_REQUEST : HTTP_RESPONSE);
    m_parser.data = this;
    m_head = {};
    m_field.clear();
    m_value.clear();
    m_lastWasValue = false;
    m_inMessage = false;
    m_paused = false;
    m_expectNoBody = false;
    m_headerBytes = 0;
    m_error = Error::None;
}

qsizetype HttpParser::feed(const char *data, qsizetype size)
{
    if (m_error != Error::None || m_paused || size <= 0)
        return 0;
    const size_t parsed = http_parser_execute(&m_parser, &parserSettings(), data, size_t(size));
    if (HTTP_PARSER_ERRNO(&m_parser) == HPE_PAUSED)
        return qsizetype(parsed);
    if (HTTP_PARSER_ERRNO(&m_parser) != HPE_OK) {
        setErrorFromParser();
        return qsizetype(parsed);
    }
    if (m_parser.upgrade) {
        // Protocol upgrades (WebSocket, h2c) are not proxied; treat as malformed for our purpose.
        m_error = Error::Malformed;
    }
    return qsizetype(parsed);
}

void HttpParser::finish()
{
    if (m_error != Error::None || m_paused)
        return;
    http_parser_execute(&m_parser, &parserSettings(), nullptr, 0);
    const auto err = HTTP_PARSER_ERRNO(&m_parser);
    if (err != HPE_OK && err != HPE_PAUSED)
        setErrorFromParser();
    else if (m_inMessage && err == HPE_OK)
        m_error = Error::PrematureEnd;
}

void HttpParser::resume()
{
    if (!m_paused)
        return;
    m_paused = false;
    http_parser_pause(&m_parser, 0);
}

QByteArray HttpParser::errorDescription() const
{
    switch (m_error) {
    case Error::None:
        return {};
    case Error::HeadersTooLarge:
        return QByteArrayLiteral("header section exceeds 64 KiB");
    case Error::BadContentLength:
        return QByteArrayLiteral("invalid or conflicting Content-Length");
    case Error::PrematureEnd:
        return QByteArrayLiteral("connection closed before the message was complete");
    case Error::Callback:
        return QByteArrayLiteral("message rejected");
    case Error::Malformed:
        break;
    }
    return QByteArray(http_errno_description(HTTP_PARSER_ERRNO(&m_parser)));
}

void HttpParser::setErrorFromParser()
{
    if (m_error != Error::None)
        return; // a callback already said why
    switch (HTTP_PARSER_ERRNO(&m_parser)) {
    case HPE_HEADER_OVERFLOW:
        m_error = Error::HeadersTooLarge;
        break;
    case HPE_INVALID_CONTENT_LENGTH:
    case HPE_UNEXPECTED_CONTENT_LENGTH:
        m_error = Error::BadContentLength;
        break;
    case HPE_INVALID_EOF_STATE:
        m_error = Error::PrematureEnd;
        break;
    case HPE_CB_message_begin:
    case HPE_CB_url:
    case HPE_CB_status:
    case HPE_CB_header_field:
    case HPE_CB_header_value:
    case HPE_CB_headers_complete:
    case HPE_CB_body:
    case HPE_CB_message_complete:
        m_error = Error::Callback;
        break;
    default:
        m_error = Error::Malformed;
        break;
    }
}

int HttpParser::onMessageBegin(http_parser *p)
{
    HttpParser *that = self(p);
    that->m_inMessage = true;
    that->m_head = {};
    that->m_field.clear();
    that->m_value.clear();
    that->m_lastWasValue = false;
    that->m_headerBytes = 0;
    return 0;
}

int HttpParser::onUrl(http_parser *p, const char *at, size_t length)
{
    HttpParser *that = self(p);
    that->m_headerBytes += qsizetype(length);
    if (that->m_headerBytes > MaxHeaderBytes) {
        that->m_error = Error::HeadersTooLarge;
        return 1;
    }
    that->m_head.target.append(at, qsizetype(length));
    return 0;
}

int HttpParser::onStatus(http_parser *p, const char *at, size_t length)
{
    self(p)->m_head.reason.append(at, qsizetype(length));
    return 0;
}

int HttpParser::onHeaderField(http_parser *p, const char *at, size_t length)
{
    HttpParser *that = self(p);
    that->m_headerBytes += qsizetype(length) + 4;
    if (that->m_headerBytes > MaxHeaderBytes) {
        that->m_error = Error::HeadersTooLarge;
        return 1;
    }
    if (that->m_lastWasValue) {
        that->m_head.headers.append(that->m_field, that->m_value);
        that->m_field.clear();
        that->m_value.clear();
        that->m_lastWasValue = false;
    }
    that->m_field.append(at, qsizetype(length));
    return 0;
}

int HttpParser::onHeaderValue(http_parser *p, const char *at, size_t length)
{
    HttpParser *that = self(p);
    that->m_headerBytes += qsizetype(length);
    if (that->m_headerBytes > MaxHeaderBytes) {
        that->m_error = Error::HeadersTooLarge;
        return 1;
    }
    that->m_value.append(at, qsizetype(length));
    that->m_lastWasValue = true;
    return 0;
}

int HttpParser::onHeadersComplete(http_parser *p)
{
    HttpParser *that = self(p);
    if (!that->m_field.isEmpty() || that->m_lastWasValue) {
        that->m_head.headers.append(that->m_field, that->m_value);
        that->m_field.clear();
        that->m_value.clear();
        that->m_lastWasValue = false;
    }
    HttpMessageHead &head = that->m_head;
    head.versionMajor = p->http_major;
    head.versionMinor = p->http_minor;
    head.keepAlive = http_should_keep_alive(p) != 0;
    head.chunked = (p->flags & F_CHUNKED) != 0;
    head.contentLength = (p->flags & F_CONTENTLENGTH) ? qint64(p->content_length) : -1;
    if (isInterimResponse(p))
        return 0;
    if (that->m_mode == Mode::Request)
        head.method = QByteArray(http_method_str(http_method(p->method)));
    else
        head.status = int(p->status_code);
    if (!that->m_listener->onMessageHead(head))
        return -1;
    if (that->m_mode == Mode::Response && that->m_expectNoBody)
        return 1;
    return 0;
}

int HttpParser::onBody(http_parser *p, const char *at, size_t length)
{
    return self(p)->m_listener->onMessageBody(at, qsizetype(length)) ? 0 : 1;
}

int HttpParser::onMessageCompleteCb(http_parser *p)
{
    HttpParser *that = self(p);
    that->m_inMessage = false;
    if (isInterimResponse(p))
        return 0;
    that->m_paused = true;
    http_parser_pause(p, 1);
    that->m_listener->onMessageComplete();
    return 0;
}

const http_parser_settings &HttpParser::parserSettings()
{
    static const http_parser_settings settings = [] {
        http_parser_settings s;
        http_parser_settings_init(&s);
        s.on_message_begin = &HttpParser::onMessageBegin;
        s.on_url = &HttpParser::onUrl;
        s.on_status = &HttpParser::onStatus;
        s.on_header_field = &HttpParser::onHeaderField;
        s.on_header_value = &HttpParser::onHeaderValue;
        s.on_headers_complete = &HttpParser::onHeadersComplete;
        s.on_body = &HttpParser::onBody;
        s.on_message_complete = &HttpParser::onMessageCompleteCb;
        return s;
    }();
    return settings;
}
