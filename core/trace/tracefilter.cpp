#include "tracefilter.h"

#include "searchtext.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>

namespace {

// The catalogues file these messages under TraceFilter.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TraceFilter)
};

enum class Kind { Text, Number, Duration, Status, Bool, Time, Cache, Special };

struct Field
{
    const char *name;
    Kind kind;
    const char *column; // SQL over traces t
};

const Field Fields[] = {
        {"model", Kind::Text, "t.model"},
        {"response_model", Kind::Text, "t.response_model"},
        {"status", Kind::Status, "t.status"},
        {"cache", Kind::Cache, "t.cache"},
        {"stream", Kind::Bool, "t.stream"},
        {"user", Kind::Text, "t.user"},
        {"session", Kind::Text, "t.session_id"},
        {"project", Kind::Text, "t.project"},
        {"tag", Kind::Special, nullptr},
        {"endpoint", Kind::Text, "t.endpoint"},
        {"upstream", Kind::Text, "t.upstream"},
        {"cost", Kind::Number, "t.cost_usd"},
        {"tokens", Kind::Number, "t.total_tokens"},
        {"input", Kind::Number, "t.input_tokens"},
        {"output", Kind::Number, "t.output_tokens"},
        {"cached", Kind::Number, "t.cached_tokens"},
        {"reasoning", Kind::Number, "t.reasoning_tokens"},
        {"duration", Kind::Duration, "t.duration_ms"},
        {"ttft", Kind::Duration, "t.ttft_ms"},
        {"ttfb", Kind::Duration, "t.ttfb_ms"},
        {"finish", Kind::Text, "t.finish_reason"},
        {"tool", Kind::Special, nullptr},
        {"trace", Kind::Text, "t.trace_id"},
        {"span", Kind::Text, "t.span_id"},
        {"error", Kind::Text, "t.error_kind"},
        {"method", Kind::Text, "t.method"},
        {"since", Kind::Time, "t.start_ns"},
        {"until", Kind::Time, "t.start_ns"},
};

const Field *findField(const QString &name)
{
    for (const Field &f : Fields) {
        if (name == QLatin1String(f.name))
            return &f;
    }
    return nullptr;
}

QString aliasFor(const QString &token)
{
    static const QList<std::pair<QString, QString>> aliases = {
            {QStringLiteral("~m"), QStringLiteral("model")},
            {QStringLiteral("~c"), QStringLiteral("status")},
            {QStringLiteral("~u"), QStringLiteral("upstream")},
            {QStringLiteral("~b"), QString()},
    };
    for (const auto &[alias, field] : aliases) {
        if (token == alias)
            return field;
    }
    return QStringLiteral("?");
}

// One white-space separated piece of a filter, its quotes removed. `quoteAt` is where in `text`
// the first quoted part began (-1 when nothing was quoted): a quoted value is taken literally.
struct Token
{
    QString text;
    qsizetype quoteAt = -1;
};

// Splits on white space, keeping "quoted phrases" (with \" escapes) together.
QList<Token> tokenize(const QString &text, QString *error)
{
    QList<Token> tokens;
    Token current;
    bool quoted = false;
    bool any = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'\\' && i + 1 < text.size()) {
                current.text += text.at(++i);
            } else if (c == u'"') {
                quoted = false;
            } else {
                current.text += c;
            }
        } else if (c == u'"') {
            quoted = true;
            any = true;
            if (current.quoteAt < 0)
                current.quoteAt = current.text.size();
        } else if (c.isSpace()) {
            if (any)
                tokens.append(current);
            current = {};
            any = false;
        } else {
            current.text += c;
            any = true;
        }
    }
    if (quoted) {
        *error = Text::tr("a quoted phrase is not closed");
        return {};
    }
    if (any)
        tokens.append(current);
    return tokens;
}

std::optional<double> parseDurationMs(QString value)
{
    double scale = 1;
    if (value.endsWith(QLatin1String("ms"))) {
        value.chop(2);
    } else if (value.endsWith(u's')) {
        value.chop(1);
        scale = 1000;
    } else if (value.endsWith(u'm')) {
        value.chop(1);
        scale = 60'000;
    } else {
        scale = 1000; // bare numbers are seconds, as people say "over 2"
    }
    bool ok = false;
    const double number = value.toDouble(&ok);
    return ok ? std::optional<double>(number * scale) : std::nullopt;
}

// `dayEnds`: a date without a time means the end of that day (until:2026-11-22 keeps the 22nd)
// rather than its start.
std::optional<qint64> parseTimeNs(const QString &value, bool dayEnds = false)
{
    QDateTime when;
    // A date alone (QDate would also take the date part of a date and time).
    if (const QDate day = QDate::fromString(value, u"yyyy-MM-dd"); day.isValid())
        when = dayEnds ? day.addDays(1).startOfDay() : day.startOfDay();
    else
        when = QDateTime::fromString(value, Qt::ISODate);
    if (!when.isValid())
        return std::nullopt;
    return when.toMSecsSinceEpoch() * 1'000'000;
}

// For SQLite's GLOB, which (unlike LIKE) is case-sensitive like the exact terms and can use the
// BINARY indexes for a literal prefix.
QString sqlGlob(const QString &glob)
{
    QString out = glob;
    out.replace(QLatin1String("["), QLatin1String("[[]"));
    return out;
}

// A literal value inside a GLOB pattern: its wildcards match only themselves.
QString sqlGlobLiteral(const QString &value)
{
    QString out = sqlGlob(value);
    out.replace(QLatin1String("*"), QLatin1String("[*]"));
    out.replace(QLatin1String("?"), QLatin1String("[?]"));
    return out;
}

} // namespace

QStringList TraceFilter::fieldNames()
{
    QStringList names;
    for (const Field &f : Fields)
        names.append(QLatin1String(f.name));
    return names;
}

QString TraceFilter::quoteValue(const QString &value)
{
    bool plain = !value.isEmpty();
    for (QChar c : value) {
        // A wildcard in a value quoted is itself; unquoted it would be a wildcard.
        if (c.isSpace() || c == u'"' || c == u'\\' || c == u'*' || c == u'?')
            plain = false;
    }
    // A leading operator or negation would change the meaning.
    if (plain && !value.startsWith(u'>') && !value.startsWith(u'<') && !value.startsWith(u'!')
        && !value.startsWith(u'=') && !value.startsWith(u'-'))
        return value;
    QString escaped = value;
    escaped.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
    return u'"' + escaped + u'"';
}

QString TraceFilter::term(const QString &field, const QString &value)
{
    return field + u':' + quoteValue(value);
}

QStringList TraceFilter::splitTerms(const QString &text)
{
    QStringList terms;
    QString current;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted && c == u'\\' && i + 1 < text.size()) {
            current += c;
            current += text.at(++i);
            continue;
        }
        if (c == u'"')
            quoted = !quoted;
        if (c.isSpace() && !quoted) {
            if (!current.isEmpty())
                terms.append(current);
            current.clear();
        } else {
            current += c;
        }
    }
    if (!current.isEmpty())
        terms.append(current);
    return terms;
}

namespace {

// Checks a field term's value against its field's kind and settles its operator: "!=" becomes a
// negation for every kind (so that it also matches calls where the field is unknown, as "-" does),
// and an unquoted value with a wildcard becomes a glob.
bool settleFieldTerm(TraceFilter::Term *term, QString *error)
{
    const Field *field = findField(term->field);
    if (!field) {
        *error = Text::tr("unknown field '%1'; known fields: %2")
                         .arg(term->field, TraceFilter::fieldNames().join(QLatin1String(", ")));
        return false;
    }
    if (term->op == QLatin1String("!=")) {
        term->negated = !term->negated;
        term->op = QStringLiteral("=");
    }
    const bool ordered = term->op != QLatin1String("=");
    bool ok = true;
    switch (field->kind) {
    case Kind::Number:
        term->value.toDouble(&ok);
        break;
    case Kind::Duration:
        ok = parseDurationMs(term->value).has_value();
        break;
    case Kind::Status: {
        static const QRegularExpression status(QStringLiteral("^[1-5]([0-9]{2}|xx)$"));
        ok = status.match(term->value.toLower()).hasMatch()
                && !(ordered && term->value.endsWith(QLatin1String("xx")));
        break;
    }
    case Kind::Bool:
        ok = !ordered
                && QStringList {QStringLiteral("yes"),  QStringLiteral("no"),
                                QStringLiteral("true"), QStringLiteral("false"),
                                QStringLiteral("1"),    QStringLiteral("0")}
                           .contains(term->value.toLower());
        break;
    case Kind::Cache:
        ok = !ordered
                && QStringList {QStringLiteral("hit"), QStringLiteral("miss"),
                                QStringLiteral("bypass"), QStringLiteral("none")}
                           .contains(term->value.toLower());
        break;
    case Kind::Time:
        ok = !ordered && parseTimeNs(term->value).has_value();
        break;
    case Kind::Text:
    case Kind::Special:
        ok = !ordered;
        if (!term->literal && (term->value.contains(u'*') || term->value.contains(u'?')))
            term->op = QStringLiteral("~");
        break;
    }
    if (!ok)
        *error = Text::tr("'%1' is not a valid value for %2").arg(term->value, term->field);
    return ok;
}

} // namespace

std::optional<TraceFilter> TraceFilter::parse(const QString &text, QString *error)
{
    TraceFilter filter;
    const QList<Token> tokens = tokenize(text, error);
    if (!error->isEmpty())
        return std::nullopt;
    static const QRegularExpression fieldTerm(
            QStringLiteral("^(-)?([a-z_]+|~[a-z]):(>=|<=|!=|>|<|=)?(.*)$"));
    static const QRegularExpression aliasTerm(QStringLiteral("^(-|!)?(~[a-z])$"));
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const Token &token = tokens.at(i);
        Term term;
        // Quoted from its start (after a '-' that negates it) is words to search for, whatever
        // they look like: "error: context length", "https://example.com".
        const bool quotedWords =
                token.quoteAt == 0 || (token.quoteAt == 1 && token.text.startsWith(u'-'));
        // mitmproxy's and search engines' operators: silently searched for as words they
        // would match nothing, and the filter would look broken.
        if (token.quoteAt < 0) {
            static const QRegularExpression operators(
                    QStringLiteral("^(&&?|\\|\\|?|!|\\(.*|.*\\))$"));
            if (operators.match(token.text).hasMatch()) {
                *error = Text::tr("'%1': terms are all required and cannot be grouped; there is "
                                  "no OR (quote it to search for it)")
                                 .arg(token.text);
                return std::nullopt;
            }
        }
        const QRegularExpressionMatch m =
                quotedWords ? QRegularExpressionMatch() : fieldTerm.match(token.text);
        if (!m.hasMatch()) {
            if (const QRegularExpressionMatch a =
                        quotedWords ? QRegularExpressionMatch() : aliasTerm.match(token.text);
                a.hasMatch()) {
                // mitmproxy style: "~m gpt-4o" (value is the next token) or "~e".
                term.negated = !a.captured(1).isEmpty();
                const QString alias = a.captured(2);
                if (alias == QLatin1String("~e")) {
                    term.field = QStringLiteral("status");
                    term.op = QStringLiteral(">=");
                    term.value = QStringLiteral("400");
                    filter.m_terms.append(term);
                    continue;
                }
                term.field = aliasFor(alias);
                if (term.field == QLatin1String("?")) {
                    *error = Text::tr("unknown alias '%1'").arg(alias);
                    return std::nullopt;
                }
                if (i + 1 >= tokens.size()) {
                    *error = Text::tr("'%1' needs a value").arg(alias);
                    return std::nullopt;
                }
                const Token &value = tokens.at(++i);
                term.op = QStringLiteral("=");
                term.value = value.text;
                term.literal = value.quoteAt == 0;
                if (!term.field.isEmpty() && !settleFieldTerm(&term, error))
                    return std::nullopt;
                filter.m_terms.append(term);
                continue;
            }
            // "cost>0.01" is a comparison missing its colon, not words to search for.
            static const QRegularExpression missingColon(
                    QStringLiteral("^(-)?([a-z_]+)(>=|<=|!=|>|<|=)(.+)$"));
            if (const QRegularExpressionMatch c = missingColon.match(token.text);
                !quotedWords && c.hasMatch() && findField(c.captured(2))) {
                const QString op = c.captured(3) == QLatin1String("=") ? QString() : c.captured(3);
                *error = Text::tr("'%1' is not a filter term; did you mean '%2'?")
                                 .arg(token.text,
                                      c.captured(1) + c.captured(2) + u':' + op + c.captured(4));
                return std::nullopt;
            }
            // Free text; a '-' before it, outside quotes, negates it. A lone '-' or "" (a term
            // being typed) searches for nothing.
            term.negated = token.text.startsWith(u'-') && token.quoteAt != 0;
            term.value = term.negated ? token.text.mid(1) : token.text;
            if (term.value.isEmpty())
                continue;
            filter.m_terms.append(term);
            continue;
        }
        term.negated = !m.captured(1).isEmpty();
        term.field = m.captured(2);
        if (term.field.startsWith(u'~')) {
            term.field = aliasFor(term.field);
            if (term.field == QLatin1String("?")) {
                *error = Text::tr("unknown alias '%1'").arg(m.captured(2));
                return std::nullopt;
            }
        }
        // A value quoted after the colon is literal: an operator inside the quotes is part of
        // it (user:">admin"), and so are wildcards.
        const qsizetype valueStart = m.capturedEnd(2) + 1;
        term.literal = token.quoteAt >= valueStart;
        if (term.literal && token.quoteAt < m.capturedStart(4)) {
            term.op = QStringLiteral("=");
            term.value = token.text.mid(valueStart);
        } else {
            term.op = m.captured(3).isEmpty() ? QStringLiteral("=") : m.captured(3);
            term.value = m.captured(4);
        }
        if (term.value.isEmpty()) {
            *error = Text::tr("'%1' needs a value").arg(token.text);
            return std::nullopt;
        }
        if (!term.field.isEmpty() && !settleFieldTerm(&term, error)) // ~b: free text
            return std::nullopt;
        filter.m_terms.append(term);
    }
    return filter;
}

QString TraceFilter::sqlWhere(QVariantList *parameters) const
{
    QStringList clauses;
    for (const Term &term : m_terms) {
        QString clause;
        if (term.field.isEmpty()) {
            const QString query = SearchText::matchQuery(term.value);
            if (query.isEmpty()) {
                // Nothing a word index could find ("!!!"): no call matches.
                clause = QStringLiteral("0");
            } else {
                clause = QStringLiteral(
                        "t.id IN (SELECT rowid FROM traces_fts WHERE traces_fts MATCH ?)");
                parameters->append(query);
            }
        } else if (term.field == QLatin1String("tag")) {
            if (term.op == QLatin1String("~")) {
                clause = QStringLiteral(
                        "t.id IN (SELECT trace_rowid FROM trace_tags WHERE tag GLOB ?)");
                parameters->append(sqlGlob(term.value));
            } else {
                clause = QStringLiteral(
                        "t.id IN (SELECT trace_rowid FROM trace_tags WHERE tag = ?)");
                parameters->append(term.value);
            }
        } else if (term.field == QLatin1String("tool")) {
            // tool_names is a comma-separated list.
            clause = QStringLiteral("(',' || t.tool_names || ',') GLOB ?");
            parameters->append(
                    QString(QStringLiteral("*,")
                            + (term.op == QLatin1String("~") ? sqlGlob(term.value)
                                                             : sqlGlobLiteral(term.value))
                            + QStringLiteral(",*")));
        } else {
            const Field *field = findField(term.field);
            const QString column = QLatin1String(field->column);
            const QString op = term.op == QLatin1String("=") ? QStringLiteral("=") : term.op;
            switch (field->kind) {
            case Kind::Number:
                clause = column + u' ' + op + QStringLiteral(" ?");
                parameters->append(term.value.toDouble());
                break;
            case Kind::Duration:
                clause = column + u' ' + op + QStringLiteral(" ?");
                parameters->append(*parseDurationMs(term.value));
                break;
            case Kind::Status:
                if (term.value.toLower().endsWith(QLatin1String("xx"))) {
                    const int hundred = term.value.left(1).toInt() * 100;
                    clause = column + QStringLiteral(" BETWEEN ? AND ?");
                    parameters->append(hundred);
                    parameters->append(hundred + 99);
                } else {
                    clause = column + u' ' + op + QStringLiteral(" ?");
                    parameters->append(term.value.toInt());
                }
                break;
            case Kind::Bool: {
                const QString v = term.value.toLower();
                const bool yes = v == QLatin1String("yes") || v == QLatin1String("true")
                        || v == QLatin1String("1");
                clause = column + u' ' + op + QStringLiteral(" ?");
                parameters->append(yes ? 1 : 0);
                break;
            }
            case Kind::Cache: {
                const QString v = term.value.toUpper();
                if (v == QLatin1String("NONE")) {
                    clause = column + QStringLiteral(" IS NULL");
                } else {
                    clause = column + u' ' + op + QStringLiteral(" ?");
                    parameters->append(v);
                }
                break;
            }
            case Kind::Time: {
                const bool since = term.field == QLatin1String("since");
                clause = column + (since ? QStringLiteral(" >= ?") : QStringLiteral(" < ?"));
                parameters->append(*parseTimeNs(term.value, !since));
                break;
            }
            case Kind::Text:
            case Kind::Special:
                // Exact and case-sensitive, so that the (column, id) indexes serve the query.
                if (term.op == QLatin1String("~")) {
                    clause = column + QStringLiteral(" GLOB ?");
                    parameters->append(sqlGlob(term.value));
                } else {
                    clause = column + u' ' + op + QStringLiteral(" ?");
                    parameters->append(term.value);
                }
                break;
            }
        }
        // A negated term also matches rows where the column is NULL (unknown model, no user).
        clauses.append(term.negated ? QString(QStringLiteral("NOT coalesce((") + clause
                                              + QStringLiteral("), 0)"))
                                    : QString(QStringLiteral("(") + clause + u')'));
    }
    return clauses.isEmpty() ? QStringLiteral("1") : clauses.join(QLatin1String(" AND "));
}
