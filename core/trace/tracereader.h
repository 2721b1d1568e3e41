#pragma once

#include "tracefilter.h"
#include "tracerecord.h"
#include "tracesort.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>

// Read-only queries over the trace store for the UI, the exporters and the command line. Each
// reader has its own connection, so it belongs to the thread that opened it; run it off the GUI
// thread. Lists are keyset-paged newest first (`WHERE id < cursor ORDER BY id DESC`), so a page
// costs the same at row 10 and at row 1,000,000.
class TraceReader
{
public:
    // The calls a filter matches, in a list order: what the trace browser's model positions its
    // rows by.
    struct IdList
    {
        QList<qint64> ids;
        // The newest call the list could hold: later calls have larger ids.
        qint64 newestId = 0;
    };

    TraceReader(const QString &path, const QString &connectionName);
    ~TraceReader();
    TraceReader(const TraceReader &) = delete;
    TraceReader &operator=(const TraceReader &) = delete;

    // Refuses a store written by a newer TokenTap. An older one opens; schemaVersion() tells,
    // and TraceStore::open (the writer) brings it up to date.
    bool open(QString *error);
    int schemaVersion() const { return m_schemaVersion; }

    // Up to `limit` calls older than `beforeId` (0: from the newest), newest first, without
    // payloads (headers, bodies).
    QList<TraceRecord> page(const TraceFilter &filter, qint64 beforeId, int limit,
                            QString *error) const;
    // One call with its payload (bodies decompressed).
    std::optional<TraceRecord> load(qint64 id, QString *error) const;
    qint64 count(const TraceFilter &filter, QString *error) const;
    // Ids of the matching calls with an id above `afterId`, in `sort` order.
    IdList ids(const TraceFilter &filter, const TraceSort &sort, qint64 afterId,
               QString *error) const;
    // Which of these calls (just recorded) the filter matches, in `sort` order.
    QList<qint64> idsAmong(const TraceFilter &filter, const TraceSort &sort,
                           const QList<qint64> &candidates, QString *error) const;
    // The calls with these ids, without payloads, in the order given; ids of calls no longer in
    // the store are left out.
    QList<TraceRecord> summaries(const QList<qint64> &ids, QString *error) const;
    // The calls with these ids with their payloads, in the order given (the OTLP exporter's
    // batch, one query); ids of calls no longer in the store are left out.
    QList<TraceRecord> loadMany(const QList<qint64> &ids, QString *error) const;
    // Every matching call, oldest first, with payloads; `visit` returns false to stop.
    bool forEach(const TraceFilter &filter, const std::function<bool(const TraceRecord &)> &visit,
                 QString *error) const;

    // Values seen for a filter field (model, user, session, project, tag, endpoint), for
    // autocompletion: at most `limit`, sorted; empty for other fields.
    QStringList distinctValues(const QString &field, int limit, QString *error) const;

    // Aggregates (per day, latency, cache, repeated requests) are UsageStats' work.

    QSqlDatabase database() const;

private:
    QList<TraceRecord> byIds(const QList<qint64> &ids, bool withPayload, QString *error) const;

    QString m_path;
    QString m_connectionName;
    int m_schemaVersion = 0;
};
