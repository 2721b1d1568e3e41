#pragma once

#include "httpmessagehead.h"

#include <http_parser.h>

#include <QByteArray>

// Incremental HTTP/1.x parser over libhttp-parser for both directions: requests arriving from
// clients and responses arriving from upstreams. Bodies are handed over de-chunked, piece by piece,
// as they are parsed. The parser pauses after every complete message so that the owner decides
// when the next pipelined message may start.
class HttpParser
{
public:
    enum class Mode { Request, Response };

    enum class Error {
        None,
        Malformed, // anything the grammar rejects
        HeadersTooLarge, // header section beyond the limit
        BadContentLength, // invalid, duplicated or conflicting with Transfer-Encoding
        PrematureEnd, // the peer closed before the message was complete
        Callback, // the listener asked to stop
    };

    class Listener
    {
    public:
        virtual ~Listener() = default;
        // Return false to stop parsing (the parser then reports Error::Callback).
        virtual bool onMessageHead(HttpMessageHead &head) = 0;
        virtual bool onMessageBody(const char *data, qsizetype size) = 0;
        virtual void onMessageComplete() = 0;
    };

    static constexpr qsizetype MaxHeaderBytes = 64 * 1024;

    HttpParser(Mode mode, Listener *listener);
    HttpParser(const HttpParser &) = delete;
    HttpParser &operator=(const HttpParser &) = delete;

    // Parses up to `size` bytes and returns how many were consumed. Fewer than `size` are consumed
    // when a message completed (the parser is then paused until resume()) or on error.
    qsizetype feed(const char *data, qsizetype size);
    // The peer closed the connection: completes a message delimited by EOF, or records
    // PrematureEnd.
    void finish();

    bool isPaused() const { return m_paused; }
    // Continue with the next message after onMessageComplete().
    void resume();
    // Back to the start state for a fresh message (e.g. a pooled connection's next response).
    void reset();

    // For responses: the request was HEAD, so the next response carries no body.
    void setExpectNoBody(bool noBody) { m_expectNoBody = noBody; }

    Error error() const { return m_error; }
    bool hasError() const { return m_error != Error::None; }
    QByteArray errorDescription() const;
    // Whether the current message has started (some bytes of it were parsed).
    bool messageStarted() const { return m_inMessage; }

private:
    static int onMessageBegin(http_parser *p);
    static int onUrl(http_parser *p, const char *at, size_t length);
    static int onStatus(http_parser *p, const char *at, size_t length);
    static int onHeaderField(http_parser *p, const char *at, size_t length);
    static int onHeaderValue(http_parser *p, const char *at, size_t length);
    static int onHeadersComplete(http_parser *p);
    static int onBody(http_parser *p, const char *at, size_t length);
    static int onMessageCompleteCb(http_parser *p);

    static const http_parser_settings &parserSettings();
    void setErrorFromParser();

    http_parser m_parser;
    Mode m_mode;
    Listener *m_listener;
    HttpMessageHead m_head;
    QByteArray m_field;
    QByteArray m_value;
    bool m_lastWasValue = false;
    bool m_inMessage = false;
    bool m_paused = false;
    bool m_expectNoBody = false;
    qsizetype m_headerBytes = 0;
    Error m_error = Error::None;
};
