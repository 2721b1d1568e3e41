#include "tracetablemodel.h"

#include "displayformat.h"
#include "traceloader.h"

#include "trace/tracereader.h"

#include <QDateTime>
#include <QGuiApplication>
#include <QPalette>
#include <QSet>

#include <algorithm>
#include <utility>

namespace {

// More separate runs of new rows than this in one tick: a reset is cheaper for the view.
constexpr int MaxInsertRuns = 64;
// Lists sorted on anything but time are re-read whole to place new calls: at most this often,
// and never more than a tenth of the time (a sort over a million unindexed values takes a while).
constexpr qint64 FullReloadIntervalMs = 2000;
constexpr int FullReloadTimeShare = 10;

bool isError(const TraceRecord &r)
{
    return r.status >= 400 || (r.status == 0 && !r.errorKind.isEmpty());
}

} // namespace

TraceTableModel::TraceTableModel(TraceLoader *loader, QObject *parent)
    : QAbstractTableModel(parent)
    , m_loader(loader)
    , m_summaries(CachedRows)
{
    // Calls arrive in bursts: one look per tick, however many were recorded.
    m_tick.setInterval(250);
    connect(&m_tick, &QTimer::timeout, this, &TraceTableModel::pollNewCalls);
    m_tick.start();
    loadList();
}

TraceTableModel::~TraceTableModel() = default;

int TraceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int TraceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

TraceSort::Key TraceTableModel::sortKey(Column column)
{
    // The columns are the sort keys, in the same order.
    static_assert(int(Time) == TraceSort::Time && int(Session) == TraceSort::Session
                  && int(FinishReason) == TraceSort::FinishReason);
    return column >= 0 && column < ColumnCount ? TraceSort::Key(column) : TraceSort::Time;
}

QVariant TraceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole) {
        switch (Column(section)) {
        case Time:
            return tr("Time");
        case Endpoint:
            return tr("Endpoint");
        case Model:
            return tr("Model");
        case Status:
            return tr("Status");
        case Stream:
            return tr("Stream");
        case Cache:
            return tr("Cache");
        case InputTokens:
            return tr("Input");
        case OutputTokens:
            return tr("Output");
        case Cost:
            return tr("Cost");
        case TimeToFirstToken:
            return tr("TTFT");
        case Duration:
            return tr("Duration");
        case User:
            return tr("User");
        case Project:
            return tr("Project");
        case Session:
            return tr("Session");
        case Upstream:
            return tr("Upstream");
        case FinishReason:
            return tr("Finish");
        case ColumnCount:
            break;
        }
    } else if (role == Qt::ToolTipRole) {
        switch (Column(section)) {
        case Time:
            return tr("When the call started. Calls are listed in the order they were recorded.");
        case InputTokens:
            return tr("Input tokens, cached ones included");
        case OutputTokens:
            return tr("Output tokens, reasoning included");
        case TimeToFirstToken:
            return tr("Time to the first generated token");
        case Cache:
            return tr("Response cache: HIT, MISS or BYPASS");
        default:
            break;
        }
    }
    return {};
}

QVariant TraceTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const qint64 id = m_ids.at(row);
    if (role == TraceRowIdRole)
        return id;
    const TraceRecord *r = m_summaries.object(id);
    if (!r) {
        switch (role) {
        case LoadedRole:
            return false;
        case Qt::DisplayRole:
            m_wantedRows.append(row);
            if (!m_requestScheduled) {
                m_requestScheduled = true;
                // After the view's paint has asked for every visible row: one query for all.
                QMetaObject::invokeMethod(
                        const_cast<TraceTableModel *>(this), [this] { requestMissing(); },
                        Qt::QueuedConnection);
            }
            return index.column() == Time ? tr("Loading…") : QVariant();
        case Qt::ForegroundRole:
            return QGuiApplication::palette().color(QPalette::PlaceholderText);
        default:
            return {};
        }
    }
    switch (role) {
    case Qt::DisplayRole:
        return display(*r, index.column());
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Time:
            return DisplayFormat::startDateTime(r->startUnixNs);
        case Model:
            if (!r->responseModel.isEmpty() && r->responseModel != r->model)
                return tr("Requested %1, answered by %2").arg(r->model, r->responseModel);
            return r->model;
        case Status:
            return r->errorMessage.isEmpty() ? QVariant() : QVariant(r->errorMessage);
        case Cost:
            if (r->savedUsd && *r->savedUsd > 0)
                return tr("Answered from the cache; saved %1").arg(DisplayFormat::usd(r->savedUsd));
            return r->priceId.isEmpty() ? QVariant() : QVariant(tr("Priced as %1").arg(r->priceId));
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case Status:
        case InputTokens:
        case OutputTokens:
        case Cost:
        case TimeToFirstToken:
        case Duration:
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
        }
    case Qt::ForegroundRole:
        if (isError(*r))
            return DisplayFormat::errorText(QGuiApplication::palette());
        return {};
    case Qt::BackgroundRole:
        if (r->cache == QLatin1String("HIT"))
            return DisplayFormat::cacheHitBackground(QGuiApplication::palette());
        return {};
    case LoadedRole:
        return true;
    case ErrorRole:
        return isError(*r);
    case CacheHitRole:
        return r->cache == QLatin1String("HIT");
    case FilterTermRole:
        return filterTerm(*r, index.column());
    case TraceIdRole:
        return QString::fromLatin1(r->traceId);
    case SessionIdRole:
        return r->sessionId;
    default:
        return {};
    }
}

QVariant TraceTableModel::display(const TraceRecord &r, int column) const
{
    switch (Column(column)) {
    case Time:
        return DisplayFormat::startTime(r.startUnixNs);
    case Endpoint:
        return r.endpoint;
    case Model:
        return r.model.isEmpty() ? r.responseModel : r.model;
    case Status:
        if (r.status == 0)
            return r.errorKind.isEmpty() ? tr("—") : r.errorKind;
        return r.status;
    case Stream:
        return r.stream ? tr("yes") : QString();
    case Cache:
        return r.cache;
    case InputTokens:
        return DisplayFormat::tokens(r.usage.input);
    case OutputTokens:
        return DisplayFormat::tokens(r.usage.output);
    case Cost:
        return DisplayFormat::usd(r.costUsd);
    case TimeToFirstToken:
        return r.ttftMs ? DisplayFormat::durationMs(*r.ttftMs) : QString();
    case Duration:
        return DisplayFormat::durationMs(r.durationMs);
    case User:
        return r.user;
    case Project:
        return r.project;
    case Session:
        return r.sessionId;
    case Upstream:
        return r.upstream;
    case FinishReason:
        return r.finishReason;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant TraceTableModel::filterTerm(const TraceRecord &r, int column) const
{
    auto term = [](const char *field, const QString &value) -> QVariant {
        if (value.isEmpty())
            return {};
        return TraceFilter::term(QLatin1String(field), value);
    };
    switch (Column(column)) {
    case Endpoint:
        return term("endpoint", r.endpoint);
    case Model:
        return term("model", r.model);
    case Status:
        return r.status ? term("status", QString::number(r.status)) : QVariant();
    case Stream:
        return term("stream", r.stream ? QStringLiteral("yes") : QStringLiteral("no"));
    case Cache:
        return term("cache", r.cache.toLower());
    case User:
        return term("user", r.user);
    case Project:
        return term("project", r.project);
    case Session:
        return term("session", r.sessionId);
    case Upstream:
        return term("upstream", r.upstream);
    case FinishReason:
        return term("finish", r.finishReason);
    default:
        return {};
    }
}

void TraceTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    const TraceSort sort {sortKey(Column(column)), order == Qt::DescendingOrder};
    if (sort == m_sort && !m_ids.isEmpty())
        return;
    m_sort = sort;
    loadList();
}

void TraceTableModel::setFilter(const TraceFilter &filter)
{
    m_filter = filter;
    loadList();
}

void TraceTableModel::clearView()
{
    m_hiddenUpTo = std::max(m_hiddenUpTo, m_newestId);
    loadList();
}

void TraceTableModel::reload()
{
    m_hiddenUpTo = 0;
    m_summaries.clear();
    loadList();
}

void TraceTableModel::notifyRecorded(const QList<qint64> &ids)
{
    m_recordedIds += ids;
    m_newCallsPending = true;
}

void TraceTableModel::loadList()
{
    const quint64 generation = ++m_generation;
    m_listLoading = true;
    m_newCallsPending = false; // the new list includes them
    m_recordedIds.clear();
    const TraceFilter filter = m_filter;
    const TraceSort sort = m_sort;
    const qint64 hidden = m_hiddenUpTo;
    const qint64 askedMs = QDateTime::currentMSecsSinceEpoch();
    m_loader->run<TraceReader::IdList>(
            this, QStringLiteral("list"),
            [filter, sort, hidden](const TraceReader &reader, QString *error) {
                return reader.ids(filter, sort, hidden, error);
            },
            [this, generation, askedMs](const TraceReader::IdList &list, const QString &error) {
                if (generation != m_generation)
                    return;
                m_listLoading = false;
                m_lastListMs = QDateTime::currentMSecsSinceEpoch() - askedMs;
                beginResetModel();
                m_ids = list.ids;
                m_newestId = std::max(list.newestId, m_hiddenUpTo);
                m_pendingIds.clear();
                m_wantedRows.clear();
                endResetModel();
                m_lastFullReloadMs = QDateTime::currentMSecsSinceEpoch();
                if (!error.isEmpty())
                    Q_EMIT loadFailed(error);
                Q_EMIT listLoaded(int(m_ids.size()));
            });
}

void TraceTableModel::pollNewCalls()
{
    if (!m_newCallsPending || m_listLoading || m_pollRunning)
        return;
    const bool byTime = m_sort.key == TraceSort::Time;
    const qint64 interval = std::max(FullReloadIntervalMs, FullReloadTimeShare * m_lastListMs);
    if (!byTime && QDateTime::currentMSecsSinceEpoch() - m_lastFullReloadMs < interval)
        return; // still pending: looked at again on a later tick
    m_newCallsPending = false;
    m_pollRunning = true;
    const quint64 generation = m_generation;
    const TraceFilter filter = m_filter;
    const TraceSort sort = m_sort;
    if (byTime) {
        // The calls just recorded, by their ids: row ids of deleted calls can be given again,
        // so "above the newest listed" would miss a call recorded after the newest was deleted.
        const QList<qint64> recorded = std::exchange(m_recordedIds, {});
        const qint64 after = std::max(m_newestId, m_hiddenUpTo);
        m_loader->run<TraceReader::IdList>(
                this, QString(),
                [filter, sort, recorded, after](const TraceReader &reader, QString *error) {
                    if (recorded.isEmpty())
                        return reader.ids(filter, sort, after, error);
                    TraceReader::IdList list;
                    list.ids = reader.idsAmong(filter, sort, recorded, error);
                    list.newestId = *std::max_element(recorded.begin(), recorded.end());
                    return list;
                },
                [this, generation](const TraceReader::IdList &list, const QString &error) {
                    m_pollRunning = false;
                    if (generation != m_generation || !error.isEmpty())
                        return;
                    m_newestId = std::max(m_newestId, list.newestId);
                    appendCalls(list.ids);
                });
        return;
    }
    m_recordedIds.clear();
    const qint64 hidden = m_hiddenUpTo;
    m_loader->run<TraceReader::IdList>(
            this, QString(),
            [filter, sort, hidden](const TraceReader &reader, QString *error) {
                return reader.ids(filter, sort, hidden, error);
            },
            [this, generation](const TraceReader::IdList &list, const QString &error) {
                m_pollRunning = false;
                if (generation != m_generation || !error.isEmpty())
                    return;
                const qint64 previousNewest = m_newestId;
                m_newestId = std::max(m_newestId, list.newestId);
                m_lastFullReloadMs = QDateTime::currentMSecsSinceEpoch();
                applyNewCalls(list.ids, previousNewest);
            });
}

void TraceTableModel::appendCalls(const QList<qint64> &ids)
{
    // A call can be announced and also be in a list read meanwhile; list it once. Such a call
    // is among the newest listed, at the end new calls go to: only those are compared.
    const qsizetype window = std::min<qsizetype>(m_ids.size(), ids.size() + 1024);
    const auto first = m_sort.descending ? m_ids.cbegin() : m_ids.cend() - window;
    const QSet<qint64> recent(first, first + window);
    QList<qint64> fresh;
    for (qint64 id : ids) {
        if (!recent.contains(id))
            fresh.append(id);
    }
    if (fresh.isEmpty())
        return;
    const int count = int(fresh.size());
    const int at = m_sort.descending ? 0 : int(m_ids.size());
    beginInsertRows({}, at, at + count - 1);
    m_ids.insert(at, count, 0);
    std::copy(fresh.begin(), fresh.end(), m_ids.begin() + at);
    endInsertRows();
    Q_EMIT callsArrived(count);
}

void TraceTableModel::applyNewCalls(const QList<qint64> &finalIds, qint64 previousNewest)
{
    // The listed calls must keep their order in the new list; anything else (deleted calls, a
    // changed value) is a new list.
    qsizetype old = 0;
    int runs = 0;
    bool previousWasNew = false;
    bool consistent = true;
    for (qint64 id : finalIds) {
        const bool isNew = id > previousNewest;
        if (isNew) {
            if (!previousWasNew)
                ++runs;
        } else if (old >= m_ids.size() || m_ids.at(old++) != id) {
            consistent = false;
            break;
        }
        previousWasNew = isNew;
    }
    consistent = consistent && old == m_ids.size();
    const int added = int(finalIds.size() - m_ids.size());
    if (!consistent || runs > MaxInsertRuns) {
        beginResetModel();
        m_ids = finalIds;
        m_pendingIds.clear();
        m_wantedRows.clear();
        endResetModel();
        // As after any new list: the view restores its selection.
        Q_EMIT listLoaded(int(m_ids.size()));
        if (added > 0)
            Q_EMIT callsArrived(added);
        return;
    }
    if (runs == 0)
        return;
    // Forward: when a run is inserted at its final position, everything before it already
    // matches the final list.
    qsizetype j = 0;
    while (j < finalIds.size()) {
        if (finalIds.at(j) <= previousNewest) {
            ++j;
            continue;
        }
        qsizetype k = j;
        while (k < finalIds.size() && finalIds.at(k) > previousNewest)
            ++k;
        beginInsertRows({}, int(j), int(k - 1));
        m_ids.insert(j, k - j, 0);
        std::copy(finalIds.begin() + j, finalIds.begin() + k, m_ids.begin() + j);
        endInsertRows();
        j = k;
    }
    Q_EMIT callsArrived(added);
}

void TraceTableModel::removeCalls(const QList<qint64> &ids)
{
    const QSet<qint64> gone(ids.begin(), ids.end());
    for (qint64 id : ids)
        m_summaries.remove(id);
    // Backwards, so that each removal leaves the rows still to visit where they were.
    qsizetype row = m_ids.size() - 1;
    while (row >= 0) {
        if (!gone.contains(m_ids.at(row))) {
            --row;
            continue;
        }
        qsizetype first = row;
        while (first > 0 && gone.contains(m_ids.at(first - 1)))
            --first;
        beginRemoveRows({}, int(first), int(row));
        m_ids.remove(first, row - first + 1);
        endRemoveRows();
        row = first - 1;
    }
}

qint64 TraceTableModel::rowIdAt(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids.at(row) : 0;
}

int TraceTableModel::rowOf(qint64 id) const
{
    return int(m_ids.indexOf(id));
}

const TraceRecord *TraceTableModel::summaryAt(int row) const
{
    if (row < 0 || row >= m_ids.size())
        return nullptr;
    return m_summaries.object(m_ids.at(row));
}

bool TraceTableModel::isIdle() const
{
    return !m_listLoading && !m_pollRunning && m_pagesInFlight == 0 && !m_requestScheduled;
}

void TraceTableModel::requestMissing() const
{
    m_requestScheduled = false;
    QList<int> pages;
    for (int row : std::as_const(m_wantedRows)) {
        if (row < m_ids.size())
            pages.append(row / PageSize);
    }
    m_wantedRows.clear();
    // The pages asked for last are the ones in view.
    QList<int> newestFirst;
    for (auto it = pages.crbegin(); it != pages.crend() && newestFirst.size() < MaxPagesPerRequest;
         ++it) {
        if (!newestFirst.contains(*it))
            newestFirst.append(*it);
    }
    pages = newestFirst;
    std::sort(pages.begin(), pages.end());
    QList<qint64> ids;
    for (int page : std::as_const(pages)) {
        const qsizetype end = std::min<qsizetype>(m_ids.size(), qsizetype(page + 1) * PageSize);
        for (qsizetype row = qsizetype(page) * PageSize; row < end; ++row) {
            const qint64 id = m_ids.at(row);
            if (!m_pendingIds.contains(id) && !m_summaries.contains(id))
                ids.append(id);
        }
    }
    if (ids.isEmpty())
        return;
    const quint64 serial = ++m_requestSerial;
    for (qint64 id : std::as_const(ids))
        m_pendingIds.insert(id, serial);
    ++m_pagesInFlight;
    auto *self = const_cast<TraceTableModel *>(this);
    m_loader->run<QList<TraceRecord>>(
            self, QString(),
            [ids](const TraceReader &reader, QString *error) {
                return reader.summaries(ids, error);
            },
            [self, ids, serial](const QList<TraceRecord> &records, const QString &error) {
                --self->m_pagesInFlight;
                for (auto it = self->m_pendingIds.begin(); it != self->m_pendingIds.end();) {
                    if (it.value() <= serial)
                        it = self->m_pendingIds.erase(it);
                    else
                        ++it;
                }
                if (!error.isEmpty()) {
                    Q_EMIT self->loadFailed(error);
                    return;
                }
                QSet<qint64> missing(ids.begin(), ids.end());
                for (const TraceRecord &r : records) {
                    missing.remove(r.id);
                    self->m_summaries.insert(r.id, new TraceRecord(r));
                }
                if (!self->m_ids.isEmpty()) {
                    Q_EMIT self->dataChanged(self->index(0, 0),
                                             self->index(self->rowCount() - 1, ColumnCount - 1));
                }
                // Calls deleted since the list was read (retention, another window).
                if (!missing.isEmpty())
                    self->removeCalls(QList<qint64>(missing.begin(), missing.end()));
                Q_EMIT self->summariesLoaded();
            });
}
