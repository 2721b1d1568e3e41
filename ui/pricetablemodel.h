#pragma once

#include "llm/modelprice.h"

#include <QAbstractTableModel>
#include <QList>

// Rows of a price table (USD per million tokens) for the pricing settings page: the built-in
// table read-only, the user's overrides editable. A rate left empty is unknown (for an override:
// the built-in rate stays) and shows as "—". Rows keep what the table does not show (aliases,
// tiers, the 1-hour cache write rate …) as they are.
class PriceTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        ModelColumn,
        ProviderColumn,
        InputColumn,
        CacheReadColumn,
        CacheWriteColumn,
        OutputColumn,
        ReasoningColumn,
        ColumnCount
    };
    enum Role {
        // Model id, aliases and provider, for a filter proxy.
        SearchTextRole = Qt::UserRole,
        // Rates as numbers (unknown: -1) and text as it is, for a sorting proxy.
        SortRole,
    };

    explicit PriceTableModel(QObject *parent = nullptr);

    void setEditable(bool editable) { m_editable = editable; }
    bool isEditable() const { return m_editable; }

    void setRows(const QList<ModelPrice> &rows);
    const QList<ModelPrice> &rows() const { return m_rows; }
    ModelPrice row(int row) const { return m_rows.value(row); }
    // Returns the new row.
    int appendRow(const ModelPrice &price);

    // "3.00", "0.075", "1.25": at least two decimals, no trailing zeros beyond them.
    static QString formatRate(double rate);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

private:
    QString toolTip(const ModelPrice &price) const;

    QList<ModelPrice> m_rows;
    bool m_editable = false;
};
