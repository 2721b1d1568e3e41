#include "searchtext.h"

#include <array>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace {

// ASCII word characters to their folded form (the index folds case); 0 for separators.
constexpr std::array<char, 128> Fold = [] {
    std::array<char, 128> fold {};
    for (int c = '0'; c <= '9'; ++c)
        fold[c] = char(c);
    for (int c = 'a'; c <= 'z'; ++c)
        fold[c] = char(c);
    for (int c = 'A'; c <= 'Z'; ++c)
        fold[c] = char(c - 'A' + 'a');
    return fold;
}();

bool isWordCharacter(char16_t c)
{
    // Everything outside ASCII stays in the word: the tokenizer decides about it.
    return c >= 0x80 || Fold[c] != 0;
}

// The code point at `i` and how many UTF-16 units it takes.
char32_t codePointAt(QStringView text, qsizetype i, int *units)
{
    const QChar c = text[i];
    if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
        *units = 2;
        return QChar::surrogateToUcs4(c, text[i + 1]);
    }
    *units = 1;
    return c.unicode();
}

// Whether FTS5's unicode61 tokenizer (categories "L* N* Co") keeps `c` in a token.
bool isTokenCharacter(char32_t c)
{
    if (c < 0x80)
        return Fold[c] != 0;
    return QChar::isLetterOrNumber(c) || QChar::category(c) == QChar::Other_PrivateUse;
}

// The Latin combining marks unicode61 folds away: they go on a token, never start one.
bool isFoldedDiacritic(char32_t c)
{
    return c >= 0x300 && c <= 0x331 && QChar::category(c) == QChar::Mark_NonSpacing;
}

// Calls `onWord(word, next)` for each token of `text` as the index's tokenizer cuts it; `next`
// indexes the character after it. A query word must be exactly one token: the index keeps no
// positions, so FTS5 refuses the phrase that a word it cuts in two ("don’t", "東京。大阪")
// would be.
template<typename OnWord> void forEachToken(QStringView text, OnWord onWord)
{
    const qsizetype size = text.size();
    qsizetype i = 0;
    int units = 1;
    while (i < size) {
        while (i < size && !isTokenCharacter(codePointAt(text, i, &units)))
            i += units;
        const qsizetype start = i;
        while (i < size) {
            const char32_t c = codePointAt(text, i, &units);
            if (!isTokenCharacter(c) && !isFoldedDiacritic(c))
                break;
            i += units;
        }
        if (i > start)
            onWord(text.sliced(start, i - start), i);
    }
}

// Open addressing over the words already written to the output: no allocation per word, and a
// word is compared as the bytes it is written as.
class WordSet
{
public:
    explicit WordSet(QByteArray *out, qsizetype expectedWords)
        : m_out(out)
    {
        qsizetype capacity = 64;
        while (capacity < 2 * expectedWords)
            capacity *= 2;
        m_slots.assign(size_t(capacity), Slot {});
    }

    // Appends `word` (UTF-8, folded) to the output unless it is there already. The 8 bytes after
    // `word` must be readable (see hashOf).
    void add(std::string_view word)
    {
        const quint64 hash = hashOf(word);
        size_t mask = m_slots.size() - 1;
        for (size_t i = size_t(hash) & mask;; i = (i + 1) & mask) {
            Slot &slot = m_slots[i];
            if (slot.length == 0) {
                if (!m_out->isEmpty())
                    m_out->append(' ');
                slot = {quint32(m_out->size()), quint32(word.size()), hash};
                m_out->append(word.data(), qsizetype(word.size()));
                if (++m_count * 2 > m_slots.size())
                    grow();
                return;
            }
            if (slot.hash == hash && slot.length == word.size()
                && std::memcmp(m_out->constData() + slot.offset, word.data(), word.size()) == 0)
                return;
        }
    }

private:
    struct Slot
    {
        quint32 offset = 0;
        quint32 length = 0; // 0: empty (words are never empty)
        quint64 hash = 0;
    };

    // Eight bytes at a time: words are short, and this runs for every word of every call. The
    // word's buffer has 8 readable bytes past its end (see distinctWords), so the tail is one
    // masked load rather than a byte-wise copy the CPU cannot forward.
    static quint64 hashOf(std::string_view word)
    {
        quint64 h = word.size() * 0x9E3779B97F4A7C15ULL;
        const char *p = word.data();
        size_t left = word.size();
        for (; left >= 8; p += 8, left -= 8) {
            quint64 chunk;
            std::memcpy(&chunk, p, 8);
            h = (h ^ chunk) * 0xFF51AFD7ED558CCDULL;
            h ^= h >> 32;
        }
        if (left > 0) {
            quint64 chunk;
            std::memcpy(&chunk, p, 8);
            chunk &= ~quint64(0) >> (64 - 8 * left);
            h = (h ^ chunk) * 0xC4CEB9FE1A85EC53ULL;
        }
        return h ^ (h >> 29);
    }

    void grow()
    {
        std::vector<Slot> old(m_slots.size() * 2);
        old.swap(m_slots);
        const size_t mask = m_slots.size() - 1;
        for (const Slot &slot : old) {
            if (slot.length == 0)
                continue;
            size_t i = size_t(slot.hash) & mask;
            while (m_slots[i].length != 0)
                i = (i + 1) & mask;
            m_slots[i] = slot;
        }
    }

    QByteArray *m_out;
    std::vector<Slot> m_slots;
    size_t m_count = 0;
};

} // namespace

namespace SearchText {

QByteArray distinctWords(QStringView text)
{
    QByteArray out;
    out.reserve(text.size() / 2);
    WordSet seen(&out, text.size() / 6);
    // The current word, folded: room for any, and 8 bytes more for WordSet::hashOf.
    std::string word(size_t(text.size()) + 8, '\0');
    const char16_t *chars = text.utf16();
    const qsizetype size = text.size();
    qsizetype i = 0;
    while (i < size) {
        while (i < size && !isWordCharacter(chars[i]))
            ++i;
        const qsizetype start = i;
        size_t length = 0;
        bool ascii = true;
        for (; i < size; ++i) {
            const char16_t c = chars[i];
            if (c >= 0x80) {
                ascii = false; // everything outside ASCII stays in the word
            } else if (const char folded = Fold[c]) {
                word[length++] = folded;
            } else {
                break;
            }
        }
        if (i == start)
            break;
        if (ascii) {
            seen.add(std::string_view(word.data(), length));
            continue;
        }
        // Folding beyond ASCII is the tokenizer's business (its rules differ from
        // QString::toLower for a few characters).
        QString folded = text.sliced(start, i - start).toString();
        for (QChar &c : folded) {
            if (c.unicode() < 0x80 && Fold[c.unicode()])
                c = QLatin1Char(Fold[c.unicode()]);
        }
        const QByteArray utf8 = folded.toUtf8();
        if (word.size() < size_t(utf8.size()) + 8)
            word.resize(size_t(utf8.size()) + 8);
        std::memcpy(word.data(), utf8.constData(), size_t(utf8.size()));
        seen.add(std::string_view(word.data(), size_t(utf8.size())));
    }
    return out;
}

QString matchQuery(QStringView text)
{
    QString query;
    forEachToken(text, [&](QStringView word, qsizetype next) {
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
