#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QWidget>

class JsonTreeModel;
class QModelIndex;
class QLabel;
class QPlainTextEdit;
class QStackedWidget;
class QToolButton;
class QTreeView;

// A request or response body: as a foldable tree when it is JSON, and as text (JSON indented,
// in its own member order and number spelling). A toggle switches between the two; the choice
// is kept from one body to the next.
class JsonView : public QWidget
{
    Q_OBJECT
public:
    enum class Mode { Tree, Raw };

    // The raw view shows at most this much text: a plain text edit holding tens of MB is slow
    // to lay out and nobody reads that far.
    static constexpr qsizetype RawLimit = 2 * 1024 * 1024;
    // Longer lines are shortened in the raw view: laying out one line costs about 1 µs per
    // character, and a base64 image in a request is one line of megabytes.
    static constexpr qsizetype LineLimit = 10000;

    explicit JsonView(QWidget *parent = nullptr);

    // `note` is shown above the body (e.g. that it was truncated when recorded).
    void setBody(const QByteArray &body, const QString &note = {});
    void clear();

    // The mode shown: Raw whatever was chosen when the body is not JSON.
    Mode mode() const;
    void setMode(Mode mode);
    bool isJson() const { return m_isJson; }

    QString rawText() const;
    QString noteText() const;
    QTreeView *treeView() const { return m_tree; }
    JsonTreeModel *model() const { return m_model; }

    // JSON text re-indented by two spaces without being parsed: member order, numbers and
    // escapes stay as written. Whitespace outside strings is replaced; anything else is copied,
    // so text that is not JSON comes out mangled but whole. Stops once the output reaches
    // `limit` bytes (when >= 0), setting *cut.
    static QByteArray indented(QByteArrayView json, qsizetype limit = -1, bool *cut = nullptr);
    // What Copy Value puts on the clipboard for a row of the tree: a string as its text, an
    // object or array as indented JSON in the body's order, anything else as the cell shows it.
    static QString copiedValue(const QModelIndex &index);
    // A body as text to read or edit: JSON indented, in its own order; anything else as it is.
    static QByteArray readable(const QByteArray &body);

private:
    QString shortenedLines(const QString &text, bool *shortened) const;
    void showMode();
    void expandSensibly();
    void showContextMenu(const QPoint &position);

    JsonTreeModel *m_model;
    QTreeView *m_tree;
    QPlainTextEdit *m_raw;
    QStackedWidget *m_stack;
    QToolButton *m_treeButton;
    QToolButton *m_rawButton;
    QLabel *m_note;
    Mode m_preferred = Mode::Tree;
    bool m_isJson = false;
};
