#include "searchtext.h"

#include <QSet>

namespace {

bool isWordCharacter(char16_t c)
{
    // Everything outside ASCII stays in the word: the tokenizer decides about it.
    return c >= 0x80 || (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'z')
            || (c >= u'A' && c <= u'Z');
}

bool hasUpperAscii(QStringView word)
{
    for (QChar c : word) {
        if (c.unicode() >= u'A' && c.unicode() <= u'Z')
            return true;
    }
    return false;
}

// Calls `onWord(word, next)` for each word of `text`; `next` indexes the character after it.
template<typename OnWord> void forEachWord(QStringView text, OnWord onWord)
{
    const qsizetype size = text.size();
    qsizetype i = 0;
    while (i < size) {
        while (i < size && !isWordCharacter(text[i].unicode()))
            ++i;
        const qsizetype start = i;
        while (i < size && isWordCharacter(text[i].unicode()))
            ++i;
        if (i > start)
            onWord(text.sliced(start, i - start), i);
    }
}

} // namespace

namespace SearchText {

QString distinctWords(QStringView text)
{
    QString out;
    out.reserve(text.size() / 2);
    // Views into `text` where a word is all lower case (the common case, no copy); folded copies
    // otherwise. The index folds case, so "The" and "the" are one term.
    QSet<QStringView> seen;
    QList<QString> folded;
    seen.reserve(256);
    forEachWord(text, [&](QStringView word, qsizetype) {
        if (hasUpperAscii(word)) {
            // ASCII only: folding the rest is the tokenizer's business (its rules differ from
            // QString::toLower for a few characters).
            QString lower = word.toString();
            for (QChar &c : lower) {
                if (c.unicode() >= u'A' && c.unicode() <= u'Z')
                    c = QChar(c.unicode() + (u'a' - u'A'));
            }
            folded.append(std::move(lower));
            word = folded.constLast();
        }
        if (seen.contains(word))
            return;
        seen.insert(word);
        if (!out.isEmpty())
            out += QLatin1Char(' ');
        out += word;
    });
    return out;
}

QString matchQuery(QStringView text)
{
    QString query;
    forEachWord(text, [&](QStringView word, qsizetype next) {
        if (!query.isEmpty())
            query += QLatin1Char(' ');
        // Word characters never include '"': nothing to escape inside the quotes.
        query += u'"' + word + u'"';
        if (next < text.size() && text[next] == u'*')
            query += QLatin1String(" *");
    });
    return query;
}

} // namespace SearchText
