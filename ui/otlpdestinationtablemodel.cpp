#include "otlpdestinationtablemodel.h"

#include <QLocale>

#include <algorithm>

OtlpDestinationTableModel::OtlpDestinationTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void OtlpDestinationTableModel::setDestinations(const QList<OtlpDestination> &destinations)
{
    beginResetModel();
    m_destinations = destinations;
    endResetModel();
}

void OtlpDestinationTableModel::setDestination(int row, const OtlpDestination &destination)
{
    if (row < 0 || row >= m_destinations.size() || m_destinations.at(row) == destination)
        return;
    m_destinations[row] = destination;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int OtlpDestinationTableModel::appendDestination(const OtlpDestination &destination)
{
    const int row = int(m_destinations.size());
    beginInsertRows({}, row, row);
    m_destinations.append(destination);
    endInsertRows();
    return row;
}

bool OtlpDestinationTableModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count < 1 || row + count > m_destinations.size())
        return false;
    beginRemoveRows({}, row, row + count - 1);
    m_destinations.remove(row, count);
    endRemoveRows();
    return true;
}

QString OtlpDestinationTableModel::uniqueId(const QString &base) const
{
    return unique(base, u'-', &OtlpDestination::id);
}

QString OtlpDestinationTableModel::uniqueName(const QString &base) const
{
    return unique(base, u' ', &OtlpDestination::name);
}

QString OtlpDestinationTableModel::unique(const QString &base, QChar separator,
                                          QString OtlpDestination::*field) const
{
    auto taken = [&](const QString &value) {
        return std::any_of(m_destinations.cbegin(), m_destinations.cend(),
                           [&](const OtlpDestination &d) { return d.*field == value; });
    };
    QString value = base;
    for (int n = 2; taken(value); ++n)
        value = base + separator + QString::number(n);
    return value;
}

void OtlpDestinationTableModel::setStatuses(const QHash<QString, OtlpDestinationStatus> &statuses)
{
    m_statuses = statuses;
    if (!m_destinations.isEmpty())
        Q_EMIT dataChanged(index(0, StatusColumn), index(rowCount() - 1, StatusColumn));
}

void OtlpDestinationTableModel::setStatus(const QString &id, const OtlpDestinationStatus &status)
{
    m_statuses.insert(id, status);
    for (int row = 0; row < m_destinations.size(); ++row) {
        if (m_destinations.at(row).id == id)
            Q_EMIT dataChanged(index(row, StatusColumn), index(row, StatusColumn));
    }
}

QString OtlpDestinationTableModel::statusSummary(const OtlpDestinationStatus &status)
{
    const QLocale locale;
    QString text = tr("%1 queued · %2 sent · %3 failed")
                           .arg(locale.toString(status.queued), locale.toString(status.sent),
                                locale.toString(status.failed));
    if (status.retrying)
        text += tr(" · retrying");
    return text;
}

int OtlpDestinationTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_destinations.size());
}

int OtlpDestinationTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OtlpDestinationTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OtlpDestination &d = m_destinations.at(index.row());
    if (role == IdRole)
        return d.id;
    if (role == Qt::CheckStateRole && index.column() == EnabledColumn)
        return d.enabled ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::ToolTipRole && index.column() == StatusColumn) {
        const OtlpDestinationStatus status = m_statuses.value(d.id);
        return status.lastError.isEmpty() ? QVariant() : QVariant(status.lastError);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case EnabledColumn:
        return {};
    case NameColumn:
        return d.name;
    case PresetColumn:
        return OtlpDestination::presetName(d.preset);
    case EndpointColumn:
        return d.endpoint.toString(QUrl::RemoveUserInfo);
    case EncodingColumn:
        return OtlpDestination::encodingName(d.encoding);
    case StatusColumn:
        if (!d.enabled)
            return tr("off");
        if (!m_statuses.contains(d.id))
            return tr("nothing sent yet");
        return statusSummary(m_statuses.value(d.id));
    case ColumnCount:
        break;
    }
    return {};
}

bool OtlpDestinationTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || index.column() != EnabledColumn || role != Qt::CheckStateRole)
        return false;
    const bool enabled = value.toInt() == Qt::Checked;
    OtlpDestination &d = m_destinations[index.row()];
    if (d.enabled == enabled)
        return true;
    d.enabled = enabled;
    Q_EMIT dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    Q_EMIT edited(index.row());
    return true;
}

Qt::ItemFlags OtlpDestinationTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == EnabledColumn)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

QVariant OtlpDestinationTableModel::headerData(int section, Qt::Orientation orientation,
                                               int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case EnabledColumn:
        return tr("Enabled");
    case NameColumn:
        return tr("Name");
    case PresetColumn:
        return tr("Preset");
    case EndpointColumn:
        return tr("Endpoint");
    case EncodingColumn:
        return tr("Encoding");
    case StatusColumn:
        return tr("Status");
    case ColumnCount:
        break;
    }
    return {};
}
