#include "jsonview.h"

#include "jsontreemodel.h"

#include "llm/jsonview.h"

#include <QApplication>
#include <QButtonGroup>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

// Rows the default expansion may show, and how deep it goes: enough to see a request's shape
// (model, messages, each message's role) without unfolding a thousand-element array.
constexpr int ExpandBudget = 300;
constexpr int ExpandDepth = 3;
// Indentation stops growing here: pathological nesting must not square the output.
constexpr int MaxIndent = 64;

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

} // namespace

JsonView::JsonView(QWidget *parent)
    : QWidget(parent)
    , m_model(new JsonTreeModel(this))
    , m_tree(new QTreeView(this))
    , m_raw(new QPlainTextEdit(this))
    , m_stack(new QStackedWidget(this))
    , m_treeButton(new QToolButton(this))
    , m_rawButton(new QToolButton(this))
    , m_note(new QLabel(this))
{
    m_tree->setObjectName(QStringLiteral("jsonTree"));
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true); // long bodies scroll without measuring every row
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->resizeSection(JsonTreeModel::KeyColumn, 220);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tree, &QWidget::customContextMenuRequested, this, &JsonView::showContextMenu);

    m_raw->setObjectName(QStringLiteral("jsonRaw"));
    m_raw->setReadOnly(true);
    m_raw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_raw->setLineWrapMode(QPlainTextEdit::NoWrap);

    m_stack->addWidget(m_tree);
    m_stack->addWidget(m_raw);

    m_treeButton->setText(tr("Tree"));
    m_treeButton->setToolTip(tr("Show the body as a foldable tree"));
    m_rawButton->setText(tr("Raw"));
    m_rawButton->setToolTip(tr("Show the body as text"));
    auto *group = new QButtonGroup(this);
    for (QToolButton *button : {m_treeButton, m_rawButton}) {
        button->setCheckable(true);
        button->setAutoRaise(true);
        group->addButton(button);
    }
    group->setExclusive(true);
    connect(m_treeButton, &QToolButton::clicked, this, [this] { setMode(Mode::Tree); });
    connect(m_rawButton, &QToolButton::clicked, this, [this] { setMode(Mode::Raw); });

    m_note->setObjectName(QStringLiteral("jsonNote"));
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    m_note->setForegroundRole(QPalette::PlaceholderText);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_treeButton);
    bar->addWidget(m_rawButton);
    bar->addSpacing(8);
    bar->addWidget(m_note, 1);
    bar->addStretch(); // keeps the toggle at the left when there is no note
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(bar);
    layout->addWidget(m_stack, 1);

    clear();
}

void JsonView::setBody(const QByteArray &body, const QString &note)
{
    QStringList notes;
    if (!note.isEmpty())
        notes.append(note);

    m_isJson = m_model->setJsonText(body);

    bool cut = false;
    QByteArray text;
    if (m_isJson) {
        text = indented(body, RawLimit, &cut);
    } else {
        cut = body.size() > RawLimit;
        text = body.left(RawLimit);
    }
    bool shortened = false;
    m_raw->setPlainText(shortenedLines(QString::fromUtf8(text), &shortened));
    if (body.isEmpty()) {
        if (notes.isEmpty()) // a caller's note says why there is none
            notes.append(tr("No body."));
    } else if (cut) {
        const QLocale locale;
        notes.append(tr("The text shows the first %1 of this %2 body.")
                             .arg(locale.formattedDataSize(RawLimit),
                                  locale.formattedDataSize(body.size())));
    }
    if (shortened)
        notes.append(tr("Lines longer than %L1 characters are shortened.").arg(LineLimit));
    m_note->setText(notes.join(u' '));
    m_note->setVisible(!notes.isEmpty());

    m_treeButton->setEnabled(m_isJson);
    showMode();
    if (m_isJson)
        expandSensibly();
}

QString JsonView::shortenedLines(const QString &text, bool *shortened) const
{
    *shortened = false;
    QString out;
    for (qsizetype start = 0; start <= text.size();) {
        qsizetype end = text.indexOf(u'\n', start);
        if (end < 0)
            end = text.size();
        const qsizetype length = end - start;
        if (length > LineLimit && !*shortened) {
            *shortened = true; // the text so far is copied once, and only when needed
            out = text.left(start);
            out.reserve(text.size());
        }
        if (*shortened) {
            out += QStringView(text).mid(start, std::min(length, LineLimit));
            if (length > LineLimit)
                out += u" \u2026 "_s + tr("[%L1 more characters]").arg(length - LineLimit);
            if (end < text.size())
                out += u'\n';
        }
        start = end + 1;
    }
    return *shortened ? out : text;
}

void JsonView::clear()
{
    setBody({});
}

JsonView::Mode JsonView::mode() const
{
    return m_isJson ? m_preferred : Mode::Raw;
}

void JsonView::setMode(Mode mode)
{
    m_preferred = mode;
    showMode();
}

void JsonView::showMode()
{
    const Mode shown = mode();
    m_stack->setCurrentWidget(shown == Mode::Tree ? static_cast<QWidget *>(m_tree) : m_raw);
    m_treeButton->setChecked(shown == Mode::Tree);
    m_rawButton->setChecked(shown == Mode::Raw);
}

QString JsonView::rawText() const
{
    return m_raw->toPlainText();
}

QString JsonView::noteText() const
{
    return m_note->isVisibleTo(this) ? m_note->text() : QString();
}

// Breadth first, so that every message of a short conversation opens before any one of them
// opens its content parts.
void JsonView::expandSensibly()
{
    QModelIndexList level {QModelIndex()};
    int shown = m_model->rowCount();
    for (int depth = 0; depth < ExpandDepth && !level.isEmpty(); ++depth) {
        QModelIndexList next;
        for (const QModelIndex &parent : std::as_const(level)) {
            for (int row = 0; row < m_model->rowCount(parent); ++row) {
                const QModelIndex index = m_model->index(row, 0, parent);
                const int rows = m_model->rowCount(index);
                if (rows == 0 || shown + rows > ExpandBudget)
                    continue;
                m_tree->expand(index);
                shown += rows;
                next.append(index);
            }
        }
        level = next;
    }
}

void JsonView::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_tree->indexAt(position);
    if (!index.isValid())
        return;
    const QString path = index.data(JsonTreeModel::PathRole).toString();
    QMenu menu(this);
    QAction *copyValue = menu.addAction(tr("Copy Value"));
    QAction *copyPath = menu.addAction(tr("Copy Path"));
    copyPath->setEnabled(!path.isEmpty());
    QAction *chosen = menu.exec(m_tree->viewport()->mapToGlobal(position));
    if (chosen == copyPath) {
        QApplication::clipboard()->setText(path);
    } else if (chosen == copyValue) {
        QApplication::clipboard()->setText(copiedValue(index));
    }
}

QString JsonView::copiedValue(const QModelIndex &index)
{
    const QVariant string = index.data(JsonTreeModel::StringRole);
    if (string.isValid())
        return string.toString();
    const QByteArray json = index.data(JsonTreeModel::JsonTextRole).toByteArray();
    if (json.startsWith('{') || json.startsWith('['))
        return QString::fromUtf8(indented(json));
    return index.siblingAtColumn(JsonTreeModel::ValueColumn).data().toString();
}

QByteArray JsonView::readable(const QByteArray &body)
{
    if (!JsonDocument(body).isValid())
        return body;
    // A byte order mark is no part of the JSON (and would go along with the text to an editor).
    return indented(body.startsWith("\xef\xbb\xbf") ? QByteArrayView(body).sliced(3)
                                                    : QByteArrayView(body));
}

QByteArray JsonView::indented(QByteArrayView json, qsizetype limit, bool *cut)
{
    QByteArray out;
    out.reserve(limit >= 0 ? std::min(limit, json.size() * 2) : json.size() * 2);
    int depth = 0;
    auto newline = [&out, &depth] {
        out += '\n';
        out.append(qsizetype(std::min(depth, MaxIndent)) * 2, ' ');
    };
    bool inString = false;
    bool escaped = false;
    if (cut)
        *cut = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        if (limit >= 0 && out.size() >= limit) {
            if (cut)
                *cut = true;
            break;
        }
        const char c = json.at(i);
        if (inString) {
            out += c;
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            out += c;
            break;
        case '{':
        case '[': {
            out += c;
            qsizetype next = i + 1;
            while (next < json.size() && isSpace(json.at(next)))
                ++next;
            if (next < json.size() && json.at(next) == (c == '{' ? '}' : ']')) {
                out += json.at(next); // an empty container stays on its line
                i = next;
            } else {
                ++depth;
                newline();
            }
            break;
        }
        case '}':
        case ']':
            depth = std::max(0, depth - 1);
            newline();
            out += c;
            break;
        case ',':
            out += c;
            newline();
            break;
        case ':':
            out += ": ";
            break;
        default:
            if (!isSpace(c))
                out += c;
        }
    }
    if (limit >= 0 && out.size() > limit) {
        out.truncate(limit);
        if (cut)
            *cut = true;
    }
    return out;
}
