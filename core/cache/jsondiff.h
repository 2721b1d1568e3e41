#pragma once

#include <QJsonValue>
#include <QStringList>

// Where two JSON documents differ, as paths a person can read: "why did this call miss the
// cache" shows them (CacheMissExplanation). Pure: no state, safe on any thread.
//
// Path syntax:
//   - object keys joined by '.': "tools[0].function.name"; a key that is empty, is "$" or holds
//     '.', '[', ']', '"' or white space is written bracketed and JSON-quoted: a["x.y"];
//   - array elements as [i]: "messages[2].content";
//   - "$" for the documents themselves, when they differ at the top (different types or
//     different scalars).
// Rules:
//   - a key present on one side only is reported as that key's path, not descended into;
//   - arrays of different lengths: the common elements are compared, and each index present on
//     one side only is reported ("messages[3]", "messages[4]");
//   - values of different types at a path report that path only (no descent);
//   - numbers compare by value (1 and 1.0 are equal).
// The result holds no duplicates and is sorted as the documents are walked: keys
// alphabetically, array indices numerically ("a[2]" before "a[10]").
class JsonDiff
{
public:
    JsonDiff() = delete;

    static QStringList differingPaths(const QJsonValue &a, const QJsonValue &b);
};
