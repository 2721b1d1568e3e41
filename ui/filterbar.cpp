#include "filterbar.h"

#include "displayformat.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QStringListModel>
#include <QVBoxLayout>

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_completer(new QCompleter(this))
    , m_completions(new QStringListModel(this))
{
    m_edit->setObjectName(QStringLiteral("filterEdit"));
    m_edit->setClearButtonEnabled(true);
    m_edit->setPlaceholderText(
            tr("Filter: model:gpt-4o*  status:>=400  cache:hit  cost:>0.01  duration:>2s  "
               "-user:bot  or words to search (Ctrl+F)"));
    m_edit->setToolTip(tr("Terms are combined with AND. Fields: %1. A bare word searches the "
                          "messages; a leading - negates a term.")
                               .arg(TraceFilter::fieldNames().join(QStringLiteral(", "))));
    m_message->setObjectName(QStringLiteral("filterMessage"));
    m_message->setVisible(false);
    m_message->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit);
    layout->addWidget(m_message);

    // The completer works on the token under the cursor, not the whole line: fed by hand.
    m_completer->setModel(m_completions);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setWidget(m_edit);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this,
            &FilterBar::insertCompletion);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(200);
    connect(&m_debounce, &QTimer::timeout, this, &FilterBar::apply);
    connect(m_edit, &QLineEdit::textEdited, this, &FilterBar::onTextEdited);
    // The clear button and setText() do not emit textEdited.
    connect(m_edit, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty()) {
            validate();
            apply();
        }
    });
    m_edit->installEventFilter(this);
}

QString FilterBar::text() const
{
    return m_edit->text();
}

void FilterBar::setText(const QString &text)
{
    m_edit->setText(text);
    validate();
    apply();
}

void FilterBar::addTerm(const QString &term)
{
    QString field = term.section(u':', 0, 0);
    if (field.startsWith(u'-'))
        field.remove(0, 1); // "-model:x" replaces "model:y" too
    QStringList kept;
    const QStringList words = TraceFilter::splitTerms(m_edit->text());
    for (const QString &word : words) {
        QString bare = word;
        if (bare.startsWith(u'-'))
            bare.remove(0, 1);
        if (!bare.startsWith(field + u':'))
            kept.append(word);
    }
    kept.append(term);
    setText(kept.join(u' '));
}

void FilterBar::setSeenValues(const QString &field, const QStringList &values)
{
    m_seen.insert(field, values);
}

void FilterBar::focusFilter()
{
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
}

QString FilterBar::message() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

bool FilterBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::FocusIn)
        Q_EMIT focusedIn();
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape && !m_completer->popup()->isVisible()) {
            if (!m_edit->text().isEmpty()) {
                m_edit->clear();
                return true;
            }
        } else if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
                   && !m_completer->popup()->isVisible()) {
            m_debounce.stop();
            apply();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FilterBar::onTextEdited()
{
    validate();
    updateCompletions();
    m_debounce.start();
}

bool FilterBar::validate()
{
    QString error;
    m_parsed = TraceFilter::parse(m_edit->text(), &error);
    const bool valid = m_parsed.has_value();
    // From the application each time, so a theme change is followed.
    QPalette palette = QPalette();
    if (!valid) {
        palette.setColor(QPalette::Text, DisplayFormat::errorText(palette));
        m_message->setText(error);
        QPalette messagePalette = m_message->palette();
        messagePalette.setColor(QPalette::WindowText, DisplayFormat::errorText(messagePalette));
        m_message->setPalette(messagePalette);
    }
    m_edit->setPalette(palette);
    m_edit->setProperty("invalid", !valid);
    m_message->setVisible(!valid);
    return valid;
}

void FilterBar::apply()
{
    // validate() has parsed the text of every change. While it does not parse, the list keeps
    // the last valid filter.
    if (!m_parsed || m_edit->text() == m_applied)
        return;
    m_applied = m_edit->text();
    Q_EMIT filterChanged(*m_parsed);
}

QString FilterBar::currentToken(int *start) const
{
    const QString text = m_edit->text();
    const int cursor = m_edit->cursorPosition();
    int begin = cursor;
    while (begin > 0 && !text.at(begin - 1).isSpace())
        --begin;
    *start = begin;
    return text.mid(begin, cursor - begin);
}

void FilterBar::updateCompletions()
{
    int start = 0;
    QString token = currentToken(&start);
    QString sign;
    if (token.startsWith(u'-')) {
        sign = QStringLiteral("-");
        token.remove(0, 1);
    }
    if (token.isEmpty()) {
        m_completer->popup()->hide();
        return;
    }
    QStringList candidates;
    const qsizetype colon = token.indexOf(u':');
    if (colon < 0) {
        const QStringList fields = TraceFilter::fieldNames();
        for (const QString &field : fields)
            candidates.append(sign + field + u':');
    } else {
        const QString field = token.left(colon);
        const QStringList values = m_seen.value(field);
        for (const QString &value : values) {
            candidates.append(sign + TraceFilter::term(field, value));
        }
        if (field == QLatin1String("cache"))
            candidates << sign + QStringLiteral("cache:hit") << sign + QStringLiteral("cache:miss")
                       << sign + QStringLiteral("cache:bypass");
        else if (field == QLatin1String("finish"))
            for (const char *reason :
                 {"stop", "length", "tool_calls", "content_filter", "end_turn", "max_tokens",
                  "tool_use", "stop_sequence", "completed", "incomplete"})
                candidates << sign + QStringLiteral("finish:") + QLatin1String(reason);
        else if (field == QLatin1String("stream"))
            candidates << sign + QStringLiteral("stream:yes") << sign + QStringLiteral("stream:no");
    }
    m_completions->setStringList(candidates);
    m_completer->setCompletionPrefix(sign + token);
    if (m_completer->completionCount() == 0
        || (m_completer->completionCount() == 1
            && m_completer->currentCompletion() == sign + token)) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->complete();
}

void FilterBar::insertCompletion(const QString &completion)
{
    int start = 0;
    const QString token = currentToken(&start);
    QString text = m_edit->text();
    text.replace(start, token.size(), completion);
    m_edit->setText(text);
    m_edit->setCursorPosition(int(start + completion.size()));
    validate();
    // A field name waits for its value; a whole term is applied at once.
    if (!completion.endsWith(u':')) {
        m_debounce.stop();
        apply();
    } else {
        updateCompletions();
    }
}
