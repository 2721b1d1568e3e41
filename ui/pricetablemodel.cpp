#include "pricetablemodel.h"

#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

using Rate = std::optional<double> ModelPrice::*;

Rate rateOf(int column)
{
    switch (column) {
    case PriceTableModel::InputColumn:
        return &ModelPrice::input;
    case PriceTableModel::CacheReadColumn:
        return &ModelPrice::cacheRead;
    case PriceTableModel::CacheWriteColumn:
        return &ModelPrice::cacheWrite;
    case PriceTableModel::OutputColumn:
        return &ModelPrice::output;
    case PriceTableModel::ReasoningColumn:
        return &ModelPrice::reasoningOutput;
    default:
        return nullptr;
    }
}

// A typed rate: a number, or text as the user writes it ("2.5", "$2.50", "2,5" in a German
// locale); empty is unknown. Nothing when it is neither.
std::optional<std::optional<double>> parseRate(const QVariant &value)
{
    if (value.typeId() == QMetaType::Double || value.typeId() == QMetaType::Int
        || value.typeId() == QMetaType::LongLong) {
        const double rate = value.toDouble();
        return std::isfinite(rate) ? std::optional(std::optional(rate)) : std::nullopt;
    }
    QString text = value.toString().trimmed();
    if (text.startsWith(u'$'))
        text = text.mid(1).trimmed();
    if (text.isEmpty())
        return std::optional<double>();
    bool ok = false;
    double rate = QLocale().toDouble(text, &ok);
    if (!ok)
        rate = text.toDouble(&ok);
    if (!ok || !std::isfinite(rate))
        return std::nullopt;
    return std::optional(rate);
}

} // namespace

PriceTableModel::PriceTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void PriceTableModel::setRows(const QList<ModelPrice> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int PriceTableModel::appendRow(const ModelPrice &price)
{
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append(price);
    endInsertRows();
    return row;
}

bool PriceTableModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count < 1 || row + count > m_rows.size())
        return false;
    beginRemoveRows({}, row, row + count - 1);
    m_rows.remove(row, count);
    endRemoveRows();
    return true;
}

QString PriceTableModel::formatRate(double rate)
{
    QString text = QLocale().toString(rate, 'f', 6);
    const QChar point = QLocale().decimalPoint().front();
    const qsizetype dot = text.indexOf(point);
    if (dot < 0)
        return text;
    qsizetype end = text.size();
    while (end > dot + 3 && text.at(end - 1) == u'0')
        --end;
    text.truncate(end);
    // Too small for six decimals: say so rather than show a free-looking 0.00.
    if (rate != 0 && QLocale().toDouble(text) == 0)
        return QLocale().toString(rate, 'g', 3);
    return text;
}

int PriceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PriceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PriceTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ModelPrice &price = m_rows.at(index.row());
    const Rate rate = rateOf(index.column());
    switch (role) {
    case SearchTextRole:
        return QStringList {price.id, price.aliases.join(u' '), price.provider}.join(u' ');
    case Qt::ToolTipRole:
        return toolTip(price);
    case Qt::TextAlignmentRole:
        return rate ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case SortRole:
        if (rate)
            return (price.*rate).value_or(-1.0);
        [[fallthrough]];
    case Qt::DisplayRole:
    case Qt::EditRole:
        if (index.column() == ModelColumn)
            return price.id;
        if (index.column() == ProviderColumn)
            return price.provider;
        if (!rate)
            return {};
        if (!(price.*rate))
            return role == Qt::EditRole ? QString() : tr("—");
        return role == Qt::EditRole ? QLocale().toString(*(price.*rate), 'g', 12)
                                    : formatRate(*(price.*rate));
    default:
        return {};
    }
}

bool PriceTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!m_editable || role != Qt::EditRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    ModelPrice price = m_rows.at(index.row());
    if (index.column() == ModelColumn) {
        price.id = value.toString().trimmed();
    } else if (index.column() == ProviderColumn) {
        price.provider = value.toString().trimmed();
    } else if (const Rate rate = rateOf(index.column())) {
        const std::optional<std::optional<double>> parsed = parseRate(value);
        if (!parsed)
            return false;
        price.*rate = *parsed;
    } else {
        return false;
    }
    if (price == m_rows.at(index.row()))
        return true;
    m_rows[index.row()] = price;
    Q_EMIT dataChanged(index, index);
    return true;
}

Qt::ItemFlags PriceTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (m_editable && index.isValid())
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant PriceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && rateOf(section))
        return tr("USD per million tokens");
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case ModelColumn:
        return tr("Model");
    case ProviderColumn:
        return tr("Provider");
    case InputColumn:
        return tr("Input");
    case CacheReadColumn:
        return tr("Cached input");
    case CacheWriteColumn:
        return tr("Cache write");
    case OutputColumn:
        return tr("Output");
    case ReasoningColumn:
        return tr("Reasoning");
    case ColumnCount:
        break;
    }
    return {};
}

QString PriceTableModel::toolTip(const ModelPrice &price) const
{
    QStringList lines;
    if (!price.aliases.isEmpty())
        lines.append(tr("Also: %1").arg(price.aliases.join(u", "_s)));
    if (price.prefix)
        lines.append(tr("Prices every model whose name starts with %1").arg(price.id));
    if (!price.mode.isEmpty())
        lines.append(tr("Mode: %1").arg(price.mode));
    if (price.cacheWrite1h)
        lines.append(tr("1-hour cache write: %1").arg(formatRate(*price.cacheWrite1h)));
    for (const PriceTier &tier : price.tiers) {
        QStringList rates;
        if (tier.input)
            rates.append(tr("input %1").arg(formatRate(*tier.input)));
        if (tier.output)
            rates.append(tr("output %1").arg(formatRate(*tier.output)));
        lines.append(tr("From %1 input tokens: %2")
                             .arg(QLocale().toString(tier.minInputTokens), rates.join(u", "_s)));
    }
    if (!price.deprecated.isEmpty())
        lines.append(tr("Deprecated: %1").arg(price.deprecated));
    if (price.disabled)
        lines.append(tr("Hidden from lookups"));
    if (!price.source.isEmpty())
        lines.append(tr("Source: %1").arg(price.source));
    return lines.join(u'\n');
}
