#pragma once

#include "trace/tracefilter.h"
#include "trace/tracerecord.h"
#include "trace/tracesort.h"

#include <QAbstractTableModel>
#include <QCache>
#include <QHash>
#include <QList>
#include <QTimer>

class TraceLoader;

// The trace browser's list over the whole store (HOUSE_STYLE "The big table"). The model holds
// the ids of every matching call in list order (8 bytes a call) and a bounded cache of their
// summaries; rows whose summary has not arrived show a placeholder while the page of 500 around
// them loads on the loader thread. Filtering and sorting run in SQL. New calls are picked up on
// a timer tick and inserted with one beginInsertRows per run of adjacent rows.
class TraceTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // One per TraceSort::Key, in its order.
    enum Column {
        Time,
        Endpoint,
        Model,
        Status,
        Stream,
        Cache,
        InputTokens,
        OutputTokens,
        Cost,
        TimeToFirstToken,
        Duration,
        User,
        Project,
        Session,
        Upstream,
        FinishReason,
        ColumnCount
    };
    enum Role {
        TraceRowIdRole = Qt::UserRole, // qint64 row id of the call
        LoadedRole, // whether the summary is here (false: placeholder)
        ErrorRole, // the call failed (HTTP status >= 400 or no response)
        CacheHitRole,
        // A filter term selecting calls with this cell's value ("model:gpt-4o"), or empty.
        FilterTermRole,
        TraceIdRole, // trace id (hex) of the call
        SessionIdRole,
    };
    static constexpr int PageSize = 500;
    static constexpr int CachedRows = 20'000;
    // Pages read for one paint at most: a view asks for the rows it shows, but a search over
    // every row (QAbstractItemModel::match) must not read the whole store.
    static constexpr int MaxPagesPerRequest = 4;

    explicit TraceTableModel(TraceLoader *loader, QObject *parent = nullptr);
    ~TraceTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setFilter(const TraceFilter &filter);
    const TraceFilter &filter() const { return m_filter; }
    TraceSort sortOrder() const { return m_sort; }
    static TraceSort::Key sortKey(Column column);

    // Hides every call listed so far ("clear view"); nothing is deleted.
    void clearView();
    // Lists everything again (after calls were deleted, or to undo clearView()).
    void reload();
    // New calls were recorded (their ids, as TraceService::recorded gives them): those the
    // filter matches are listed on the next tick. Without ids, calls with ids above the newest
    // listed are looked for.
    void notifyRecorded(const QList<qint64> &ids = {});
    // Removes rows of calls that were deleted.
    void removeCalls(const QList<qint64> &ids);

    qint64 rowIdAt(int row) const;
    int rowOf(qint64 id) const; // -1 when not listed
    // The summary of a row when it has arrived.
    const TraceRecord *summaryAt(int row) const;
    bool isLoading() const { return m_listLoading; }
    // Whether the list is current: no list, page or new-call query outstanding.
    bool isIdle() const;

Q_SIGNALS:
    // A new list (after a filter, sort or reload) replaced the rows.
    void listLoaded(int rows);
    // Summaries arrived for rows that showed placeholders.
    void summariesLoaded();
    void loadFailed(const QString &message);
    // New calls were appended or inserted; `rows` of them.
    void callsArrived(int rows);

private:
    void loadList();
    void pollNewCalls();
    void requestMissing() const;
    void applyNewCalls(const QList<qint64> &finalIds, qint64 previousNewest);
    void appendCalls(const QList<qint64> &ids);
    QVariant display(const TraceRecord &r, int column) const;
    QVariant filterTerm(const TraceRecord &r, int column) const;

    TraceLoader *m_loader;
    TraceFilter m_filter;
    TraceSort m_sort;
    qint64 m_hiddenUpTo = 0; // clearView(): calls with ids up to this are not listed
    quint64 m_generation = 0; // bumped by every new list; stale answers are dropped
    QList<qint64> m_ids;
    qint64 m_newestId = 0;
    bool m_listLoading = false;
    bool m_pollRunning = false;
    bool m_newCallsPending = false;
    qint64 m_lastFullReloadMs = 0;
    qint64 m_lastListMs = 0; // how long the last whole list took to read
    QList<qint64> m_recordedIds; // announced, not yet looked at
    QTimer m_tick;

    // Filled lazily from data() (const): the cache of summaries and the pages asked for.
    mutable QCache<qint64, TraceRecord> m_summaries;
    mutable QList<int> m_wantedRows;
    mutable QHash<qint64, quint64> m_pendingIds; // id -> request serial
    mutable quint64 m_requestSerial = 0;
    mutable bool m_requestScheduled = false;
    mutable int m_pagesInFlight = 0;
};
