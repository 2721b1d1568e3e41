#pragma once

#include "llm/conversation.h"

#include <QSet>
#include <QStringList>
#include <QTextBrowser>

#include <optional>

struct TraceRecord;

// A call read as a chat transcript: every message of the request under its role, tool calls
// with their arguments, tool results, images as thumbnails, then the assistant's reply and why
// it stopped. Reasoning starts folded to one line; clicking its heading unfolds it. Colours
// come from the palette, so light and dark themes both read.
class ChatView : public QTextBrowser
{
    Q_OBJECT
public:
    // Thumbnails fit in a square of this many pixels.
    static constexpr int ThumbnailSize = 160;
    // A text shows this many characters at most; the bodies have the rest.
    static constexpr qsizetype TextLimit = 20000;

    explicit ChatView(QWidget *parent = nullptr);

    // Privacy-mode calls, calls without a conversation (embeddings …) and truncated requests
    // show a sentence saying so instead.
    void setCall(const TraceRecord &record);
    // Why a call failed, as recorded: "message (error kind)"; empty when it did not.
    static QString failureText(const TraceRecord &record);
    void setConversation(const Conversation &conversation, const QStringList &notes = {});
    void clear();

    // What the view shows, as plain text (images as U+FFFC).
    QString transcriptText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void showMessage(const QString &text);
    void render();
    QString messageHtml(const ConversationMessage &message, int number, bool reply);
    QString imageHtml(const ConversationImage &image);
    QString reasoningHtml(const QString &reasoning, int number) const;
    QString shown(const QString &text) const;
    QString roleTitle(const ConversationMessage &message, bool reply) const;
    void onAnchorClicked(const QUrl &url);

    std::optional<Conversation> m_conversation;
    QStringList m_notes;
    QString m_failure; // failureText of the call shown
    QString m_message; // shown instead of a conversation
    QString m_dim; // the colour of secondary text, from the palette
    QSet<int> m_unfolded; // messages whose reasoning is shown whole
    int m_imageCount = 0;
    bool m_rendering = false;
};
