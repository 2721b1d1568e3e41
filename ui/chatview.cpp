#include "chatview.h"

#include "jsonview.h"

#include "llm/endpointkind.h"
#include "trace/tracerecord.h"

#include <QDesktopServices>
#include <QEvent>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QScrollBar>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

const QString FoldScheme = u"tokentap-fold"_s;
const QString ImageScheme = u"tokentap-image"_s;
// A folded reasoning shows this much of its first line.
constexpr qsizetype PreviewLength = 120;
// Qt's line breaking takes time quadratic in the length of a run without a break opportunity
// (a 400 KB minified JSON tool result: some 20 s); runs get a zero-width space this often.
constexpr qsizetype RunLimit = 200;

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// Arguments are JSON text; indented without reparsing, so that keys keep the model's order.
QString prettyArguments(const QString &arguments)
{
    const QByteArray utf8 = arguments.toUtf8();
    QJsonParseError error;
    QJsonDocument::fromJson(utf8, &error);
    if (error.error != QJsonParseError::NoError)
        return arguments;
    return QString::fromUtf8(JsonView::indented(utf8));
}

QString toolDefinitionName(const QJsonObject &tool)
{
    for (const QString &name :
         {tool.value("function"_L1).toObject().value("name"_L1).toString(),
          tool.value("name"_L1).toString(), tool.value("type"_L1).toString()}) {
        if (!name.isEmpty())
            return name;
    }
    return {};
}

// Rich text takes opaque colours; the palette's placeholder colour is often the text colour at
// half alpha (Qt's default), which name() would turn back into the text colour.
QString colourName(const QColor &colour, const QColor &background)
{
    const float a = colour.alphaF();
    if (a >= 1.0f)
        return colour.name();
    auto mix = [a](float over, float under) {
        return over * a + under * (1.0f - a);
    };
    return QColor::fromRgbF(mix(colour.redF(), background.redF()),
                            mix(colour.greenF(), background.greenF()),
                            mix(colour.blueF(), background.blueF()))
            .name();
}

bool isWebUrl(const QUrl &url)
{
    return url.isValid() && (url.scheme() == "https"_L1 || url.scheme() == "http"_L1);
}

} // namespace

ChatView::ChatView(QWidget *parent)
    : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("chatView"));
    // Links open in the desktop browser; folds are handled here. Navigating the view itself
    // away from the transcript would lose it.
    setOpenLinks(false);
    connect(this, &QTextBrowser::anchorClicked, this, &ChatView::onAnchorClicked);
    clear();
}

QString ChatView::failureText(const TraceRecord &record)
{
    if (record.errorMessage.isEmpty())
        return record.errorKind;
    return record.errorKind.isEmpty() ? record.errorMessage
                                      : tr("%1 (%2)").arg(record.errorMessage, record.errorKind);
}

void ChatView::setCall(const TraceRecord &record)
{
    m_unfolded.clear();
    m_failure = failureText(record);
    const QByteArray endpointName = record.endpoint.toLatin1();
    const EndpointKind kind = Endpoint::fromName(QLatin1StringView(endpointName));
    if (record.privacy) {
        showMessage(tr("This call was recorded in privacy mode: its messages were not stored."));
        return;
    }
    if (!Conversation::supports(kind)) {
        showMessage(tr("This is not a chat call (endpoint: %1), so there is no conversation to "
                       "show. The request and response bodies are shown as they are.")
                            .arg(record.endpoint.isEmpty() ? tr("unknown") : record.endpoint));
        return;
    }
    if (record.requestTruncated) {
        showMessage(tr("The request body was truncated when it was recorded, so its messages "
                       "cannot be read. The part that was kept is shown with the request body."));
        return;
    }
    if (record.requestBody.isEmpty()) {
        showMessage(tr("No request body was recorded for this call."));
        return;
    }
    QStringList notes;
    if (record.responseTruncated) {
        notes.append(record.stream ? tr("The response was truncated when it was recorded: the "
                                        "reply below is incomplete.")
                                   : tr("The response body was truncated when it was recorded, "
                                        "so the reply cannot be shown."));
    }
    setConversation(
            Conversation::fromCall(kind, record.requestBody, record.responseBody, record.stream),
            notes);
}

void ChatView::setConversation(const Conversation &conversation, const QStringList &notes)
{
    m_conversation = conversation;
    m_notes = notes;
    m_message.clear();
    render();
    verticalScrollBar()->setValue(0);
}

void ChatView::clear()
{
    m_unfolded.clear();
    showMessage(tr("Select a call to see its conversation."));
}

QString ChatView::transcriptText() const
{
    return document()->toPlainText();
}

void ChatView::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    // The colours are written into the document: a theme change needs a new one.
    if ((event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        && !m_rendering)
        render();
}

void ChatView::showMessage(const QString &text)
{
    m_conversation.reset();
    m_notes.clear();
    m_message = text;
    render();
}

void ChatView::render()
{
    m_rendering = true;
    const int scroll = verticalScrollBar()->value();
    const QPalette colours = palette();
    m_dim = colourName(colours.color(QPalette::PlaceholderText), colours.color(QPalette::Base));
    document()->clear(); // drops the previous call's images too
    document()->setDefaultStyleSheet(
            u".role { font-weight: 600; margin-top: 14px; margin-bottom: 2px; }"
            ".text { white-space: pre-wrap; margin-top: 2px; margin-bottom: 2px; }"
            ".dim { color: %1; }"
            "a { color: %2; }"_s.arg(m_dim, colours.color(QPalette::Link).name()));
    m_imageCount = 0;

    QString html;
    if (!m_conversation) {
        html = "<p class=\"dim\">"_L1 + escaped(m_message) + "</p>"_L1;
    } else {
        const Conversation &c = *m_conversation;
        QStringList notes = m_notes;
        if (!c.valid)
            notes.append(tr("Part of this call could not be read: %1.").arg(c.error));
        QStringList tools;
        for (const QJsonValue &tool : c.tools) {
            if (const QString name = toolDefinitionName(tool.toObject()); !name.isEmpty())
                tools.append(name);
        }
        if (!tools.isEmpty())
            notes.append(tr("Tools declared: %1").arg(tools.join(", "_L1)));
        for (const QString &note : std::as_const(notes))
            html += "<p class=\"dim\">"_L1 + escaped(note) + "</p>"_L1;
        if (c.messages.isEmpty())
            html += "<p class=\"dim\">"_L1 + escaped(tr("The request has no messages."))
                    + "</p>"_L1;
        for (qsizetype i = 0; i < c.messages.size(); ++i)
            html += messageHtml(c.messages.at(i), int(i), false);

        html += "<hr/>"_L1;
        if (c.reply)
            html += messageHtml(*c.reply, int(c.messages.size()), true);
        else if (c.responseError.isEmpty() && !m_failure.isEmpty())
            html += "<p><b>"_L1 + escaped(tr("No reply: %1").arg(m_failure)) + "</b></p>"_L1;
        else if (c.responseError.isEmpty())
            html += "<p class=\"dim\">"_L1 + escaped(tr("No reply was recorded.")) + "</p>"_L1;
        if (!c.responseError.isEmpty()) {
            html += "<p><b>"_L1 + escaped(tr("Upstream error: %1").arg(c.responseError))
                    + "</b></p>"_L1;
        }
        if (!c.finishReason.isEmpty()) {
            html += "<p class=\"dim\">"_L1 + escaped(tr("Finish reason: %1").arg(c.finishReason))
                    + "</p>"_L1;
        }
    }
    setHtml(html);
    verticalScrollBar()->setValue(scroll);
    m_rendering = false;
}

QString ChatView::shown(const QString &text) const
{
    const QStringView kept = QStringView(text).left(TextLimit);
    QString out;
    out.reserve(kept.size() + kept.size() / RunLimit);
    qsizetype run = 0;
    for (QChar c : kept) {
        if (c.isSpace()) {
            run = 0;
        } else if (++run > RunLimit) {
            out += u'\u200b';
            run = 1;
        }
        out += c;
    }
    if (text.size() > TextLimit) {
        out += u"\n\u2026 "_s
                + tr("[%L1 more characters, see the body]").arg(text.size() - TextLimit);
    }
    return out;
}

QString ChatView::roleTitle(const ConversationMessage &message, bool reply) const
{
    const QString &role = message.role;
    if (reply)
        return tr("Assistant (reply)");
    if (role == "system"_L1)
        return tr("System");
    if (role == "developer"_L1)
        return tr("Developer");
    if (role == "user"_L1)
        return tr("User");
    if (role == "assistant"_L1)
        return tr("Assistant");
    if (role == "tool"_L1) {
        return message.toolName.isEmpty() ? tr("Tool result")
                                          : tr("Tool result: %1").arg(message.toolName);
    }
    return role; // a role some server made up: shown as it came
}

QString ChatView::messageHtml(const ConversationMessage &message, int number, bool reply)
{
    QString html = "<p class=\"role\">"_L1 + escaped(roleTitle(message, reply));
    if (!message.toolCallId.isEmpty())
        html += " <span class=\"dim\">"_L1 + escaped(message.toolCallId) + "</span>"_L1;
    html += "</p>"_L1;

    if (!message.reasoning.isEmpty())
        html += reasoningHtml(message.reasoning, number);
    if (!message.text.isEmpty())
        html += "<p class=\"text\">"_L1 + escaped(shown(message.text)) + "</p>"_L1;
    for (const ConversationImage &image : message.images)
        html += imageHtml(image);
    const QString panel = palette().color(QPalette::AlternateBase).name();
    for (const ToolCall &call : message.toolCalls) {
        html += "<p><span class=\"dim\">"_L1 + escaped(tr("Tool call")) + "</span> <b>"_L1
                + escaped(call.name) + "</b>"_L1;
        if (!call.id.isEmpty())
            html += " <span class=\"dim\">"_L1 + escaped(call.id) + "</span>"_L1;
        html += "</p>"_L1;
        if (!call.arguments.isEmpty()) {
            html += "<table border=\"0\" cellspacing=\"0\" cellpadding=\"6\" width=\"100%\" "
                    "bgcolor=\""_L1
                    + panel + "\"><tr><td><pre>"_L1
                    + escaped(shown(prettyArguments(call.arguments)))
                    + "</pre></td></tr></table>"_L1;
        }
    }
    if (message.text.isEmpty() && message.reasoning.isEmpty() && message.toolCalls.isEmpty()
        && message.images.isEmpty())
        html += "<p class=\"dim\">"_L1 + escaped(tr("(no content)")) + "</p>"_L1;
    return html;
}

// Folded: one dim line with the start of the reasoning; unfolded: all of it, dim and indented.
QString ChatView::reasoningHtml(const QString &reasoning, int number) const
{
    const bool unfolded = m_unfolded.contains(number);
    const QString link = FoldScheme + u':' + QString::number(number);
    QString html = "<p class=\"dim\"><a style=\"color: "_L1 + m_dim
            + "; text-decoration: none\" href=\""_L1 + link + "\">"_L1
            + (unfolded ? u"\u25be "_s : u"\u25b8 "_s) + escaped(tr("Reasoning")) + "</a>"_L1;
    if (!unfolded) {
        QString preview = reasoning.section(u'\n', 0, 0, QString::SectionSkipEmpty);
        if (preview.size() > PreviewLength || reasoning.trimmed() != preview.trimmed()) {
            preview.truncate(PreviewLength);
            preview += u'\u2026';
        }
        return html + " <i>"_L1 + escaped(preview) + "</i></p>"_L1;
    }
    return html + "</p><p class=\"text\" style=\"margin-left: 16px; font-style: italic; color: "_L1
            + m_dim + "\">"_L1 + escaped(shown(reasoning)) + "</p>"_L1;
}

QString ChatView::imageHtml(const ConversationImage &image)
{
    if (image.data.isEmpty()) {
        const QUrl url(image.url);
        if (isWebUrl(url)) {
            return "<p><a href=\""_L1 + escaped(url.toString(QUrl::FullyEncoded)) + "\">"_L1
                    + escaped(tr("Image: %1").arg(image.url)) + "</a></p>"_L1;
        }
        return "<p class=\"dim\">"_L1 + escaped(tr("Image: %1").arg(image.url)) + "</p>"_L1;
    }
    QImage decoded;
    if (!decoded.loadFromData(image.data)) {
        return "<p class=\"dim\">"_L1
                + escaped(tr("Image (%1, %2) that could not be decoded")
                                  .arg(image.mediaType.isEmpty() ? tr("unknown type")
                                                                 : image.mediaType,
                                       QLocale().formattedDataSize(image.data.size())))
                + "</p>"_L1;
    }
    const QSize original = decoded.size();
    if (decoded.width() > ThumbnailSize || decoded.height() > ThumbnailSize)
        decoded = decoded.scaled(ThumbnailSize, ThumbnailSize, Qt::KeepAspectRatio,
                                 Qt::SmoothTransformation);
    const QUrl name(ImageScheme + u':' + QString::number(++m_imageCount));
    document()->addResource(QTextDocument::ImageResource, name, decoded);
    return "<p><img src=\""_L1 + name.toString() + "\" width=\""_L1
            + QString::number(decoded.width()) + "\" height=\""_L1
            + QString::number(decoded.height()) + "\"/><br/><span class=\"dim\">"_L1
            + escaped(tr("%1 \u00b7 %2\u00d7%3 px")
                              .arg(image.mediaType.isEmpty() ? tr("image") : image.mediaType)
                              .arg(original.width())
                              .arg(original.height()))
            + "</span></p>"_L1;
}

void ChatView::onAnchorClicked(const QUrl &url)
{
    if (url.scheme() == FoldScheme) {
        bool ok = false;
        const int number = url.path().toInt(&ok);
        if (!ok)
            return;
        if (!m_unfolded.remove(number))
            m_unfolded.insert(number);
        render();
    } else if (isWebUrl(url)) {
        QDesktopServices::openUrl(url);
    }
}
