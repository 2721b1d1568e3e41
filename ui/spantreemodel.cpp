#include "spantreemodel.h"

#include "timescale.h"
#include "trace/tracerecord.h"

#include <algorithm>
#include <numeric>

namespace {

QString callName(const TraceRecord &call)
{
    if (!call.spanName.isEmpty())
        return call.spanName;
    if (!call.generationName.isEmpty())
        return call.generationName;
    QStringList parts;
    if (!call.endpoint.isEmpty())
        parts.append(call.endpoint);
    if (!call.model.isEmpty())
        parts.append(call.model);
    if (parts.isEmpty())
        return SpanTreeModel::tr("(unnamed call)");
    return parts.join(QLatin1Char(' '));
}

QByteArray spanKey(const QByteArray &traceId, const QByteArray &spanId)
{
    // Span ids are only unique within their trace; a session holds several traces.
    return traceId + '/' + spanId;
}

} // namespace

SpanTreeModel::SpanTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

SpanTreeModel::~SpanTreeModel() = default;

void SpanTreeModel::setCalls(const QList<TraceRecord> &calls)
{
    beginResetModel();
    build(calls);
    endResetModel();
}

void SpanTreeModel::clear()
{
    setCalls({});
}

void SpanTreeModel::build(const QList<TraceRecord> &calls)
{
    m_nodes.clear();
    m_roots.clear();
    m_byRowId.clear();
    m_range = {0, 0};

    QList<int> order(calls.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&calls](int a, int b) {
        const TraceRecord &x = calls.at(a);
        const TraceRecord &y = calls.at(b);
        return x.startUnixNs != y.startUnixNs ? x.startUnixNs < y.startUnixNs : x.id < y.id;
    });

    m_nodes.reserve(size_t(calls.size()));
    for (const int source : std::as_const(order)) {
        const TraceRecord &call = calls.at(source);
        Node node;
        node.rowId = call.id;
        node.name = callName(call);
        node.durationMs = call.durationMs;
        node.status = call.status;
        node.errorKind = call.errorKind;
        node.cache = call.cache;
        node.phases = CallPhases::fromRecord(call);
        const int index = int(m_nodes.size());
        if (!m_byRowId.contains(call.id))
            m_byRowId.insert(call.id, index);
        if (index == 0) {
            m_range = {node.phases.startNs, node.phases.endNs};
        } else {
            m_range.first = std::min(m_range.first, node.phases.startNs);
            m_range.second = std::max(m_range.second, node.phases.endNs);
        }
        m_nodes.push_back(std::move(node));
    }
    // The earliest call of each span id: QHash::insert replaces, so walk backwards.
    QHash<QByteArray, int> bySpan;
    for (int i = int(order.size()) - 1; i >= 0; --i) {
        const TraceRecord &call = calls.at(order.at(i));
        if (!call.spanId.isEmpty())
            bySpan.insert(spanKey(call.traceId, call.spanId), i);
    }

    for (int i = 0; i < int(order.size()); ++i) {
        const TraceRecord &call = calls.at(order.at(i));
        if (call.parentSpanId.isEmpty())
            continue;
        const int parent = bySpan.value(spanKey(call.traceId, call.parentSpanId), -1);
        if (parent != i)
            m_nodes[size_t(i)].parent = parent;
    }

    // Cut cycles: follow each chain of parents once; meeting a call of the chain being
    // followed means a cycle, which is cut above its earliest call.
    enum : char { Unseen, OnPath, Done };
    std::vector<char> state(m_nodes.size(), Unseen);
    QList<int> path;
    for (int i = 0; i < int(m_nodes.size()); ++i) {
        path.clear();
        int at = i;
        while (at >= 0 && state[size_t(at)] == Unseen) {
            state[size_t(at)] = OnPath;
            path.append(at);
            at = m_nodes[size_t(at)].parent;
        }
        if (at >= 0 && state[size_t(at)] == OnPath) {
            // Nodes are in start order, so the smallest index in the cycle starts first.
            const qsizetype from = path.indexOf(at);
            const int earliest = *std::min_element(path.cbegin() + from, path.cend());
            m_nodes[size_t(earliest)].parent = -1;
        }
        for (const int n : std::as_const(path))
            state[size_t(n)] = Done;
    }

    for (int i = 0; i < int(m_nodes.size()); ++i) {
        Node &node = m_nodes[size_t(i)];
        QList<int> &siblings = node.parent < 0 ? m_roots : m_nodes[size_t(node.parent)].children;
        node.row = int(siblings.size());
        siblings.append(i);
    }
}

QModelIndex SpanTreeModel::indexForRowId(qint64 rowId) const
{
    const auto it = m_byRowId.constFind(rowId);
    if (it == m_byRowId.cend())
        return {};
    return createIndex(m_nodes[size_t(*it)].row, NameColumn, quintptr(*it));
}

std::pair<qint64, qint64> SpanTreeModel::timeRange() const
{
    return m_range;
}

const SpanTreeModel::Node *SpanTreeModel::nodeFor(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() >= m_nodes.size())
        return nullptr;
    return &m_nodes[size_t(index.internalId())];
}

QModelIndex SpanTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    const QList<int> *siblings = &m_roots;
    if (parent.isValid()) {
        const Node *p = nodeFor(parent);
        if (!p || parent.column() != 0)
            return {};
        siblings = &p->children;
    }
    if (row >= siblings->size())
        return {};
    return createIndex(row, column, quintptr(siblings->at(row)));
}

QModelIndex SpanTreeModel::parent(const QModelIndex &child) const
{
    const Node *node = nodeFor(child);
    if (!node || node->parent < 0)
        return {};
    return createIndex(m_nodes[size_t(node->parent)].row, 0, quintptr(node->parent));
}

int SpanTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_roots.size());
    if (parent.column() != 0)
        return 0;
    const Node *node = nodeFor(parent);
    return node ? int(node->children.size()) : 0;
}

int SpanTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant SpanTreeModel::data(const QModelIndex &index, int role) const
{
    const Node *node = nodeFor(index);
    if (!node)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == NameColumn)
            return node->name;
        if (index.column() == DurationColumn)
            return TimeScale::durationText(CallPhases::msToNs(node->durationMs));
        return {};
    case Qt::ToolTipRole:
        if (index.column() == NameColumn)
            return node->name;
        return toolTip(*node);
    case Qt::TextAlignmentRole:
        if (index.column() == DurationColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case TraceRowIdRole:
        return node->rowId;
    case PhasesRole:
        return QVariant::fromValue(node->phases);
    default:
        return {};
    }
}

QString SpanTreeModel::toolTip(const Node &node) const
{
    const CallPhases &phases = node.phases;
    QStringList lines {node.name};
    lines.append(tr("Starts at +%1").arg(TimeScale::durationText(phases.startNs - m_range.first)));
    const QList<CallPhases::Segment> segments = phases.segments();
    for (const CallPhases::Segment &segment : segments) {
        lines.append(tr("%1: %2").arg(phases.phaseName(segment.phase),
                                      TimeScale::durationText(segment.durationNs())));
    }
    QString status = node.status == 0 ? tr("no response") : QString::number(node.status);
    if (!node.errorKind.isEmpty())
        status = tr("%1 (%2)").arg(status, node.errorKind);
    lines.append(tr("Status: %1").arg(status));
    if (!node.cache.isEmpty())
        lines.append(tr("Cache: %1").arg(node.cache));
    return lines.join(QLatin1Char('\n'));
}

QVariant SpanTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case DurationColumn:
        return tr("Duration");
    case TimelineColumn:
        return tr("Timeline");
    default:
        return {};
    }
}
