#pragma once

#include "trace/tracefilter.h"

#include <QHash>
#include <QStringList>
#include <QTimer>
#include <QWidget>

#include <optional>

class QCompleter;
class QLabel;
class QLineEdit;
class QStringListModel;

// The filter line above the trace list: the language of docs/FILTERS.md, checked as it is
// typed (invalid input turns red and says why), completing field names and values already
// seen, applied after a short pause. Esc clears it.
class FilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit FilterBar(QWidget *parent = nullptr);

    QString text() const;
    void setText(const QString &text); // applied at once
    // Adds a term ("model:gpt-4o"), replacing one on the same field, and applies at once.
    void addTerm(const QString &term);
    // Values offered after "field:" (model names, users, …).
    void setSeenValues(const QString &field, const QStringList &values);
    void focusFilter(); // focus and select all
    bool isValid() const { return m_parsed.has_value(); }
    QString message() const;
    QLineEdit *lineEdit() const { return m_edit; }

Q_SIGNALS:
    void filterChanged(const TraceFilter &filter);
    void focusedIn();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onTextEdited();
    bool validate(); // updates the look; true when the text parses
    void apply();
    void updateCompletions();
    void insertCompletion(const QString &completion);
    QString currentToken(int *start) const;

    QLineEdit *m_edit;
    QLabel *m_message;
    QCompleter *m_completer;
    QStringListModel *m_completions;
    QTimer m_debounce;
    QHash<QString, QStringList> m_seen;
    std::optional<TraceFilter> m_parsed = TraceFilter(); // the text's filter, if it parses
    QString m_applied;
};
