#pragma once

#include "clientsnippets.h"

#include <QList>
#include <QWidget>

class QAbstractButton;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;

// "Point your tool at TokenTap": the base URL to copy and one tab per ready-made snippet
// (environment, SDKs, curl, Roo Code / Cline). A plain widget so that it serves both as the
// Help → Connect a client dialog's content and as the main window's first-run page. Every
// setter rewrites all snippets at once: the port can change while the panel is shown.
class ConnectClientPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ConnectClientPanel(QWidget *parent = nullptr);

    // The client base URL ("http://127.0.0.1:8484/v1"); the proxy's root is accepted too.
    void setBaseUrl(const QString &baseUrl);
    QString baseUrl() const { return m_baseUrl; }
    // Headers every snippet sends, such as {"x-bt-use-cache", "auto"}.
    void setHeaders(const ClientSnippets::Headers &headers);
    // Set when the proxy listens beyond loopback: snippets then send x-tokentap-key.
    void setAccessToken(const QString &token);

    // Snippet ids in tab order, and the text a tab shows (for tests and screenshots).
    QStringList snippetIds() const;
    QString snippetText(const QString &id) const;
    void showSnippet(const QString &id);
    // "base-url" for the URL's button, otherwise a snippet id; null when unknown.
    QAbstractButton *copyButton(const QString &id) const;

Q_SIGNALS:
    // After a Copy button put `text` on the clipboard (the main window may say so).
    void copied(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Page
    {
        QString id;
        QPlainTextEdit *view;
        QPushButton *copy;
    };

    QWidget *buildPage(const ClientSnippet &snippet);
    static QPushButton *makeCopyButton(QWidget *parent);
    void copy(const QString &text, QPushButton *button);
    void refresh();
    void fitSnippetHeight();

    QString m_baseUrl;
    ClientSnippets::Headers m_headers;
    QString m_accessToken;

    QLineEdit *m_urlEdit;
    QPushButton *m_urlCopy;
    QLabel *m_tokenNote;
    QTabWidget *m_tabs;
    QList<Page> m_pages;
};
