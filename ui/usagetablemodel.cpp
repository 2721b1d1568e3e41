#include "usagetablemodel.h"

#include "displayformat.h"

#include <QDate>
#include <QLocale>

namespace {

QString formatted(const QVariant &value, UsageTableModel::Kind kind)
{
    if (value.isNull())
        return QStringLiteral("—");
    const QLocale locale;
    switch (kind) {
    case UsageTableModel::Kind::Text:
        return value.toString();
    case UsageTableModel::Kind::Count:
        return locale.toString(value.toLongLong());
    case UsageTableModel::Kind::Usd:
        return DisplayFormat::usd(value.toDouble());
    case UsageTableModel::Kind::DurationMs:
        return DisplayFormat::durationMs(value.toDouble());
    case UsageTableModel::Kind::Percent:
        return locale.toString(value.toDouble() * 100, 'f', 1) + u'%';
    case UsageTableModel::Kind::Date:
        return locale.toString(value.toDate(), QLocale::ShortFormat);
    }
    return value.toString();
}

QByteArray csvField(const QVariant &value)
{
    if (value.isNull())
        return {};
    QString text;
    if (value.typeId() == QMetaType::Double)
        text = QString::number(value.toDouble(), 'g', 15); // 0.012, not 0.012000000000000002
    else if (value.typeId() == QMetaType::QDate)
        text = value.toDate().toString(Qt::ISODate);
    else
        text = value.toString();
    QByteArray utf8 = text.toUtf8();
    if (utf8.contains(',') || utf8.contains('"') || utf8.contains('\n') || utf8.contains('\r'))
        utf8 = '"' + utf8.replace('"', "\"\"") + '"';
    return utf8;
}

} // namespace

UsageTableModel::UsageTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void UsageTableModel::setColumns(const QList<Column> &columns)
{
    beginResetModel();
    m_columns = columns;
    m_rows.clear();
    endResetModel();
}

void UsageTableModel::setRows(const QList<QVariantList> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int UsageTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int UsageTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant UsageTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QVariantList &row = m_rows.at(index.row());
    const QVariant value = index.column() < row.size() ? row.at(index.column()) : QVariant();
    const Kind kind = m_columns.at(index.column()).kind;
    switch (role) {
    case Qt::DisplayRole:
        return formatted(value, kind);
    case Qt::ToolTipRole:
        return kind == Kind::Text ? value : QVariant();
    case ValueRole:
        return value;
    case Qt::TextAlignmentRole:
        return kind == Kind::Text || kind == Kind::Date
                ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant UsageTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return m_columns.at(section).title;
    return {};
}

QByteArray UsageTableModel::toCsv(const QAbstractItemModel *model)
{
    QByteArray csv;
    const int columns = model->columnCount();
    for (int c = 0; c < columns; ++c) {
        if (c)
            csv += ',';
        csv += csvField(model->headerData(c, Qt::Horizontal));
    }
    csv += "\r\n";
    for (int r = 0; r < model->rowCount(); ++r) {
        for (int c = 0; c < columns; ++c) {
            if (c)
                csv += ',';
            csv += csvField(model->index(r, c).data(ValueRole));
        }
        csv += "\r\n";
    }
    return csv;
}
