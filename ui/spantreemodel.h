#pragma once

#include "callphases.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>

#include <utility>
#include <vector>

// The calls of one trace (or one session) as a tree: a call hangs under the call whose span id
// is its parent span id within the same trace. A call whose parent is not among the calls is a
// root. Siblings run in start order. Links that would form a cycle are cut at the earliest
// call of the cycle, and a duplicated span id adopts children under its earliest call, so
// that bad trace context from a client never hangs or breaks the view.
class SpanTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, DurationColumn, TimelineColumn, ColumnCount };
    enum Role {
        TraceRowIdRole = Qt::UserRole, // qint64 row id of the call
        PhasesRole, // CallPhases
    };

    explicit SpanTreeModel(QObject *parent = nullptr);
    ~SpanTreeModel() override;

    // Payloads are not kept; records without them are enough.
    void setCalls(const QList<TraceRecord> &calls);
    void clear();

    // Column NameColumn of the call's row, or invalid.
    QModelIndex indexForRowId(qint64 rowId) const;
    // Earliest start and latest end over all calls; {0, 0} when there are none.
    std::pair<qint64, qint64> timeRange() const;
    int callCount() const { return int(m_nodes.size()); }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Node
    {
        qint64 rowId = 0;
        QString name;
        double durationMs = 0;
        int status = 0;
        QString errorKind;
        QString cache;
        CallPhases phases;
        int parent = -1; // index into m_nodes
        int row = 0; // among its siblings
        QList<int> children;
    };

    void build(const QList<TraceRecord> &calls);
    QString toolTip(const Node &node) const;
    const Node *nodeFor(const QModelIndex &index) const;

    std::vector<Node> m_nodes; // in start order
    QList<int> m_roots;
    QHash<qint64, int> m_byRowId;
    std::pair<qint64, qint64> m_range {0, 0};
};
