#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

// What the full-text index receives for a call: each distinct word of its text once, in UTF-8.
//
// The index (FTS5, detail=none) records only which calls contain a word, so repeating a word
// adds nothing but work, and answers repeat their words a lot: indexing the distinct words
// halves the store thread's indexing time. Words are cut at ASCII characters other than letters
// and digits only; FTS5's unicode61 tokenizer, which cuts there too, splits any remaining
// non-ASCII separators itself, so the index ends up with exactly the terms the whole text
// would have given it.
namespace SearchText {

QByteArray distinctWords(QStringView text);

// An FTS5 query for calls containing every word of `text`, cut where the tokenizer cuts
// (at anything but letters, numbers and private-use characters: "gpt-4o mini" → "gpt" "4o"
// "mini", "don’t" → "don" "t"); a trailing '*' makes the last word a prefix. Empty when `text` has
// no words. Positions are not indexed: a quoted phrase matches calls with all its words.
QString matchQuery(QStringView text);

} // namespace SearchText
