#pragma once

#include "otlpdestination.h"
#include "otlpdestinationstatus.h"
#include "otlphttpclient.h"
#include "otlpretrypolicy.h"
#include "spandata.h"
#include "trace/exportoutbox.h"
#include "trace/tracerecord.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QThreadPool>

#include <functional>
#include <map>
#include <memory>

class TraceReader;

// Sends queued spans to OTLP/HTTP destinations; lives on the export thread (OtlpExportService).
// Per destination: reads up to maxBatchSpans rows of the outbox (ExportOutbox) once that many
// calls were recorded or batchDelayMs after the first, builds and encodes their spans on a
// pool (one batch ahead, while the previous one is on the wire), posts them one request at a
// time, and hands the rows back to `acknowledge` once the collector took them or refused them
// for good. Retryable failures wait (OtlpRetryPolicy) and send the same
// request again, forever: the rows stay in the outbox until then, across restarts too. The
// proxy never waits for any of it: calls reach the outbox after they are stored.
class OtlpExporter : public QObject
{
    Q_OBJECT
public:
    struct Timing
    {
        int batchDelayMs = 1000;
        int maxBatchSpans = 512;
        int requestTimeoutMs = 10'000;
        OtlpRetryPolicy retry;
        // Export threads at idle priority (TraceWriter::yieldToProxy), so that the proxy wins
        // any contention; off only to measure the exporter's own capacity on a busy machine.
        bool background = true;
    };
    // Called on the export thread with outbox row ids to delete; must not block.
    using Acknowledge = std::function<void(const QList<qint64> &outboxIds)>;

    OtlpExporter(QString databasePath, Acknowledge acknowledge, Timing timing,
                 QObject *parent = nullptr);
    ~OtlpExporter() override;

    // On the export thread: opens a read-only connection to the trace database.
    Q_INVOKABLE bool open(QString *error);
    // The enabled destinations; a destination's undelivered rows are sent from the start, and
    // again from the start when its settings change.
    Q_INVOKABLE void setDestinations(const QList<OtlpDestination> &destinations);
    // `count` calls were just stored (and queued for the destinations whose routes took them).
    Q_INVOKABLE void callsRecorded(int count);
    // Sends what is queued now, without waiting for the batch delay (shutdown, backfill).
    Q_INVOKABLE void flushAll();
    // Nothing queued (as far as the last look at the outbox knows) and nothing being sent.
    Q_INVOKABLE bool isIdle() const;
    QHash<QString, OtlpDestinationStatus> statuses() const;

Q_SIGNALS:
    // After every request answered (not per span).
    void statusChanged(const QString &destinationId, const OtlpDestinationStatus &status);

private:
    struct Request;
    struct Destination;
    void pump(Destination &d);
    void readBatch(Destination &d);
    // On the pool: the spans of a batch, grouped into requests and encoded. `gone`: outbox
    // rows whose call was deleted before it could be sent.
    static QList<Request> prepare(const OtlpDestination &config,
                                  const QList<ExportOutbox::Entry> &entries,
                                  const QList<TraceRecord> &records, QList<qint64> *gone);
    void prepared(const QString &id, quint64 generation, const QList<Request> &requests,
                  const QList<qint64> &gone);
    void send(Destination &d);
    void finished(Destination &d, const OtlpHttpClient::Response &response);
    void pumpSoon(Destination &d);
    void report(Destination &d);

    QString m_databasePath;
    Acknowledge m_acknowledge;
    Timing m_timing;
    std::unique_ptr<TraceReader> m_reader;
    std::map<QString, std::unique_ptr<Destination>> m_destinations;
    QThreadPool m_pool; // builds and encodes spans
    quint64 m_generations = 0;
};
