#pragma once

#include <QList>
#include <QString>
#include <QVariantList>

#include <optional>

// The filter language of the trace browser and of `tokentap export --filter`, in the
// field:value style of Langfuse and HTTP Toolkit (docs/FILTERS.md):
//
//   model:gpt-4o*  status:>=400  cache:hit  stream:yes  user:alice  session:s1  project:p
//   tag:eval  endpoint:embeddings  cost:>0.01  tokens:>1000  duration:>2s  ttft:<500ms
//   finish:length  tool:get_weather  upstream:openai  trace:ID  since:2026-11-01
//   until:2026-11-22T12:00  "free text"  -model:gpt-4o (negation)
//
// Terms are ANDed. A bare word or quoted phrase is a full-text search over message content;
// a value quoted after its field's colon is taken literally (user:"=x", model:"a*b").
// mitmproxy-style aliases: ~m model, ~c status, ~u upstream, ~b free text, ~e errors.
class TraceFilter
{
public:
    struct Term
    {
        QString field; // empty for free text
        QString op; // "=", "!=", ">", ">=", "<", "<=", or "~" (glob)
        QString value;
        bool negated = false;
        bool literal = false; // quoted: no operator or wildcard inside the value
    };

    // Nothing (and a message naming the offending term) when `text` is not valid.
    static std::optional<TraceFilter> parse(const QString &text, QString *error);

    bool isEmpty() const { return m_terms.isEmpty(); }
    const QList<Term> &terms() const { return m_terms; }

    // A WHERE clause over `traces` (aliased `t`) with positional parameters; "1" when empty.
    QString sqlWhere(QVariantList *parameters) const;

    // Field names, for autocompletion and the help text.
    static QStringList fieldNames();

    // A value as the language writes it: as is when it is one plain word, otherwise quoted with
    // " and \ escaped ("claude haiku" → "\"claude haiku\"").
    static QString quoteValue(const QString &value);
    // "field:value" with the value quoted as needed.
    static QString term(const QString &field, const QString &value);
    // The terms of `text` as written (quotes kept), split on white space outside quotes.
    static QStringList splitTerms(const QString &text);

private:
    QList<Term> m_terms;
};
