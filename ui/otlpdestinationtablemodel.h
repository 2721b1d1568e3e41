#pragma once

#include "export/otlpdestination.h"
#include "export/otlpdestinationstatus.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

// The export settings page's list of OTLP destinations: the copies being edited (the model is
// where the page keeps them) and, beside them, how export to each is going.
class OtlpDestinationTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        EnabledColumn,
        NameColumn,
        PresetColumn,
        EndpointColumn,
        EncodingColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole };

    explicit OtlpDestinationTableModel(QObject *parent = nullptr);

    void setDestinations(const QList<OtlpDestination> &destinations);
    const QList<OtlpDestination> &destinations() const { return m_destinations; }
    OtlpDestination destination(int row) const { return m_destinations.value(row); }
    void setDestination(int row, const OtlpDestination &destination);
    // Returns the new row.
    int appendDestination(const OtlpDestination &destination);
    // `base` when no destination has it as id, else "base-2", "base-3" …
    QString uniqueId(const QString &base) const;
    // `base` when no destination is called so, else "base 2", "base 3" …
    QString uniqueName(const QString &base) const;

    void setStatuses(const QHash<QString, OtlpDestinationStatus> &statuses);
    void setStatus(const QString &id, const OtlpDestinationStatus &status);
    bool hasStatus(const QString &id) const { return m_statuses.contains(id); }
    OtlpDestinationStatus status(const QString &id) const { return m_statuses.value(id); }
    // "3 queued · 120 sent · 1 failed", and "retrying" while a batch waits to be sent again.
    static QString statusSummary(const OtlpDestinationStatus &status);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

Q_SIGNALS:
    // The user changed a destination in the table itself (its Enabled box).
    void edited(int row);

private:
    QString unique(const QString &base, QChar separator, QString OtlpDestination::*field) const;

    QList<OtlpDestination> m_destinations;
    QHash<QString, OtlpDestinationStatus> m_statuses; // by destination id
};
