#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

// One ready-to-paste way of pointing a client at TokenTap.
struct ClientSnippet
{
    QString id; // stable: "env", "openai-python", "openai-node", "anthropic-python", "curl", …
    QString title; // translated tab title
    QString language; // "shell", "python", "javascript" or "text"
    QString text;
};

// Builds the snippets of the "Connect a client" panel from the live base URL, so that what the
// user copies always names the port the proxy listens on right now. Pure functions, no widgets:
// the same texts serve the panel, the first-run page and the tests.
class ClientSnippets
{
    Q_DECLARE_TR_FUNCTIONS(ClientSnippets)
public:
    using Headers = QList<QPair<QString, QString>>;

    static QString defaultBaseUrl() { return QStringLiteral("http://127.0.0.1:8484/v1"); }
    // The header a client sends when the proxy listens beyond loopback.
    static QString accessTokenHeader() { return QStringLiteral("x-tokentap-key"); }

    // "http://127.0.0.1:8484/v1". Accepts the proxy's root ("http://127.0.0.1:8484") too,
    // because every TokenTap route ends in /v1 (/v1 or /<upstream>/v1).
    static QString clientBaseUrl(const QString &baseUrl);
    // The Anthropic SDKs append /v1/messages themselves: the client base URL without /v1, and
    // for the default route the "anthropic" upstream's (http://127.0.0.1:8484/anthropic).
    static QString anthropicBaseUrl(const QString &baseUrl);
    // `headers` plus the access token header when `accessToken` is set (replacing any
    // x-tokentap-key already there); entries without a name are dropped.
    static Headers effectiveHeaders(const Headers &headers, const QString &accessToken);

    // POSIX shell word: unchanged when it holds only safe characters, otherwise single-quoted
    // (a ' becomes '\'' ). Newlines survive inside single quotes.
    static QString shellQuote(const QString &value);
    // A double-quoted string literal valid in Python, JavaScript and JSON.
    static QString stringLiteral(const QString &value);

    static QList<ClientSnippet> all(const QString &baseUrl, const Headers &headers = {},
                                    const QString &accessToken = {});
};
