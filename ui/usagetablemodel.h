#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QVariant>

// One table of the usage dashboard: a few dozen rows of aggregates, replaced whole when a report
// arrives. Cells hold raw values (ValueRole: numbers for sorting and CSV) and show them
// formatted by their column's kind; a null value is unknown and shows as "—".
class UsageTableModel : public QAbstractTableModel
{
public:
    enum Role { ValueRole = Qt::UserRole };
    enum class Kind { Text, Count, Usd, DurationMs, Percent, Date };
    struct Column
    {
        QString title;
        Kind kind = Kind::Text;
    };

    explicit UsageTableModel(QObject *parent = nullptr);

    void setColumns(const QList<Column> &columns);
    void setRows(const QList<QVariantList> &rows);
    const QList<QVariantList> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The rows of `model` (this one or a sorting proxy over it) as CSV, RFC 4180, UTF-8, with a
    // header line: raw values, unknown ones as empty fields.
    static QByteArray toCsv(const QAbstractItemModel *model);

private:
    QList<Column> m_columns;
    QList<QVariantList> m_rows;
};
