#include "connectclientpanel.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace {

constexpr QStringView kBaseUrlId = u"base-url";

} // namespace

ConnectClientPanel::ConnectClientPanel(QWidget *parent)
    : QWidget(parent)
    , m_baseUrl(ClientSnippets::defaultBaseUrl())
    , m_urlEdit(new QLineEdit(this))
    , m_urlCopy(makeCopyButton(this))
    , m_tokenNote(new QLabel(this))
    , m_tabs(new QTabWidget(this))
{
    auto *title = new QLabel(tr("Point your tool at TokenTap"), this);
    title->setObjectName(QStringLiteral("connectTitle"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    title->setFont(titleFont);

    auto *intro = new QLabel(tr("Use this base URL instead of your provider's. TokenTap forwards "
                                "each call to the upstream, records it, and lists it here as "
                                "soon as it is made."),
                             this);
    intro->setWordWrap(true);

    auto *urlLabel = new QLabel(tr("Base URL:"), this);
    m_urlEdit->setObjectName(QStringLiteral("baseUrlEdit"));
    m_urlEdit->setReadOnly(true);
    m_urlEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_urlEdit->setText(m_baseUrl);
    urlLabel->setBuddy(m_urlEdit);
    m_urlCopy->setObjectName(QStringLiteral("copyBaseUrl"));
    m_urlCopy->setToolTip(tr("Copy the base URL"));
    connect(m_urlCopy, &QPushButton::clicked, this, [this] { copy(m_baseUrl, m_urlCopy); });

    auto *urlRow = new QHBoxLayout;
    urlRow->addWidget(urlLabel);
    urlRow->addWidget(m_urlEdit, 1);
    urlRow->addWidget(m_urlCopy);

    m_tokenNote->setObjectName(QStringLiteral("tokenNote"));
    m_tokenNote->setWordWrap(true);
    m_tokenNote->setText(tr("TokenTap accepts calls from other computers, so every client must "
                            "send its access token in the %1 header, as the snippets do.")
                                 .arg(ClientSnippets::accessTokenHeader()));
    m_tokenNote->setVisible(false);

    m_tabs->setObjectName(QStringLiteral("snippetTabs"));
    m_tabs->setDocumentMode(true);
    const QList<ClientSnippet> snippets = ClientSnippets::all(m_baseUrl);
    for (const ClientSnippet &snippet : snippets)
        m_tabs->addTab(buildPage(snippet), snippet.title);

    // Kept to a readable width when the panel fills the main window's central area.
    auto *content = new QWidget(this);
    content->setMaximumWidth(960);
    auto *column = new QVBoxLayout(content);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(title);
    column->addWidget(intro);
    column->addSpacing(6);
    column->addLayout(urlRow);
    column->addWidget(m_tokenNote);
    column->addSpacing(6);
    column->addWidget(m_tabs, 1);
    // As a first-run page the panel is much taller than the snippets: space goes below them,
    // not into empty text boxes that push the Copy buttons away from their code.
    column->addStretch(0);

    auto *layout = new QHBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(content, 100);
    layout->addStretch(1);

    fitSnippetHeight();
}

void ConnectClientPanel::setBaseUrl(const QString &baseUrl)
{
    const QString url = ClientSnippets::clientBaseUrl(baseUrl);
    if (url == m_baseUrl)
        return;
    m_baseUrl = url;
    refresh();
}

void ConnectClientPanel::setHeaders(const ClientSnippets::Headers &headers)
{
    m_headers = headers;
    refresh();
}

void ConnectClientPanel::setAccessToken(const QString &token)
{
    m_accessToken = token;
    m_tokenNote->setVisible(!token.trimmed().isEmpty());
    refresh();
}

QStringList ConnectClientPanel::snippetIds() const
{
    QStringList ids;
    for (const Page &page : m_pages)
        ids << page.id;
    return ids;
}

QString ConnectClientPanel::snippetText(const QString &id) const
{
    for (const Page &page : m_pages) {
        if (page.id == id)
            return page.view->toPlainText();
    }
    return {};
}

void ConnectClientPanel::showSnippet(const QString &id)
{
    const qsizetype index = snippetIds().indexOf(id);
    if (index >= 0)
        m_tabs->setCurrentIndex(int(index));
}

QAbstractButton *ConnectClientPanel::copyButton(const QString &id) const
{
    if (id == kBaseUrlId)
        return m_urlCopy;
    for (const Page &page : m_pages) {
        if (page.id == id)
            return page.copy;
    }
    return nullptr;
}

void ConnectClientPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // The snippet height is counted in lines of the current font and style.
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        fitSnippetHeight();
}

QWidget *ConnectClientPanel::buildPage(const ClientSnippet &snippet)
{
    auto *page = new QWidget(m_tabs);
    auto *view = new QPlainTextEdit(page);
    view->setObjectName(snippet.id);
    view->setReadOnly(true);
    // Snippets are code: wrapping would break lines a shell or an editor reads as one.
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    view->setPlainText(snippet.text);

    QPushButton *copyButton = makeCopyButton(page);
    copyButton->setToolTip(tr("Copy this snippet"));
    connect(copyButton, &QPushButton::clicked, this,
            [this, view, copyButton] { copy(view->toPlainText(), copyButton); });

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(copyButton);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(view, 1);
    layout->addLayout(buttons);

    m_pages.append({snippet.id, view, copyButton});
    return page;
}

QPushButton *ConnectClientPanel::makeCopyButton(QWidget *parent)
{
    return new QPushButton(QIcon(QStringLiteral(":/icons/copy.svg")), tr("Copy"), parent);
}

void ConnectClientPanel::copy(const QString &text, QPushButton *button)
{
    QApplication::clipboard()->setText(text);
    // Brief feedback on the button itself: the clipboard gives none.
    button->setText(tr("Copied"));
    QTimer::singleShot(1500, button, [button] { button->setText(tr("Copy")); });
    Q_EMIT copied(text);
}

void ConnectClientPanel::refresh()
{
    m_urlEdit->setText(m_baseUrl);
    const QList<ClientSnippet> snippets = ClientSnippets::all(m_baseUrl, m_headers, m_accessToken);
    for (const ClientSnippet &snippet : snippets) {
        for (const Page &page : std::as_const(m_pages)) {
            if (page.id == snippet.id)
                page.view->setPlainText(snippet.text);
        }
    }
    fitSnippetHeight();
}

void ConnectClientPanel::fitSnippetHeight()
{
    qsizetype lines = 0;
    for (const Page &page : std::as_const(m_pages))
        lines = std::max(lines, qsizetype(page.view->document()->lineCount()));
    for (const Page &page : std::as_const(m_pages)) {
        QPlainTextEdit *view = page.view;
        const auto heightFor = [view](qsizetype count) {
            const int margins = 2 * view->frameWidth()
                    + 2 * int(view->document()->documentMargin())
                    // Unwrapped lines may need the horizontal scroll bar.
                    + view->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, view);
            return int(count) * view->fontMetrics().lineSpacing() + margins;
        };
        view->setMinimumHeight(heightFor(std::min<qsizetype>(lines, 6)));
        view->setMaximumHeight(heightFor(lines));
    }
    if (!m_pages.isEmpty()) {
        const Page &page = m_pages.first();
        const QLayout *pageLayout = page.view->parentWidget()->layout();
        m_tabs->setMaximumHeight(m_tabs->tabBar()->sizeHint().height()
                                 + pageLayout->contentsMargins().top() + page.view->maximumHeight()
                                 + pageLayout->spacing() + page.copy->sizeHint().height());
    }
}
