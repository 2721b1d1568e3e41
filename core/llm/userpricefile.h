#pragma once

#include "llm/pricetable.h"

#include <QString>

#include <optional>

// The user's price overrides, <dataDir>/pricing.json, in the format of the built-in table. Rows
// there win field by field over the built-in ones (see PriceTable::mergeOverrides()).
class UserPriceFile
{
public:
    explicit UserPriceFile(const QString &dataDir);

    QString path() const;

    // The overrides; a missing file is an empty table, not an error.
    std::optional<PriceTable> load(QString *error) const;
    // Replaces the file atomically, readable by the user only (it may name private models).
    // The table is stamped "updated" with the time of saving (UTC, to the second).
    bool save(const PriceTable &table, QString *error) const;

    // The built-in table with the user's overrides applied. When the user file is unreadable the
    // built-in table is returned and `error` says why.
    static PriceTable effective(const QString &dataDir, QString *error);

private:
    QString m_dataDir;
};
