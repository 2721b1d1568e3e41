#include "otlpexporter.h"

#include "otlphttp.h"
#include "otlphttpclient.h"
#include "spanbuilder.h"
#include "trace/exportoutbox.h"
#include "trace/tracereader.h"
#include "trace/tracewriter.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QThread>
#include <QTimer>

#include <algorithm>

// One POST: spans of one Braintrust parent, kept until the collector has answered for good.
struct OtlpExporter::Request
{
    QList<qint64> outboxIds;
    QList<SpanData> spans; // kept to split the request should the collector find it too large
    QString btParent;
    QByteArray body; // encoded once, sent again as it is on a retry
    int failures = 0;
};

struct OtlpExporter::Destination
{
    OtlpDestination config;
    OtlpDestinationStatus status;
    // Outbox rows up to this id are in a batch already (the deletes of those done are on their
    // way to the writer; a restart starts from 0 and sends what is left).
    qint64 cursor = 0;
    QList<Request> requests; // read and prepared, front first; the front one may be on the wire
    OtlpHttpClient *client = nullptr; // its connection, kept alive between requests
    QTimer *timer = nullptr; // the batch delay, or the wait before a retry
    int recordedSinceRead = 0; // an upper bound of rows added since the last read
    bool lastReadFull = false;
    int preparing = 0; // batches being built and encoded on the pool
    quint64 generation = 0; // tells a prepared batch for a destination since replaced

    bool sending() const { return client->isBusy(); }
    bool busy() const { return !requests.isEmpty() || sending() || preparing > 0; }
};

OtlpExporter::OtlpExporter(QString databasePath, Acknowledge acknowledge, Timing timing,
                           QObject *parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
    , m_acknowledge(std::move(acknowledge))
    , m_timing(timing)
{
    m_pool.setMaxThreadCount(std::max(1, QThread::idealThreadCount()));
}

OtlpExporter::~OtlpExporter()
{
    // Batches being prepared finish first (their results are dropped with the queued events);
    // requests in flight are abandoned: their rows stay in the outbox for the next run.
    m_pool.waitForDone();
    for (auto &[id, d] : m_destinations)
        d->client->abort();
}

bool OtlpExporter::open(QString *error)
{
    const QString connection =
            QStringLiteral("tokentap-export-%1").arg(reinterpret_cast<quintptr>(this), 0, 16);
    m_reader = std::make_unique<TraceReader>(m_databasePath, connection);
    if (!m_reader->open(error)) {
        m_reader.reset();
        return false;
    }
    return true;
}

void OtlpExporter::setDestinations(const QList<OtlpDestination> &destinations)
{
    QStringList wanted;
    for (const OtlpDestination &config : destinations) {
        wanted.append(config.id);
        auto it = m_destinations.find(config.id);
        if (it != m_destinations.end()) {
            Destination &d = *it->second;
            if (d.config == config)
                continue;
            // Spans and bodies prepared under the old settings (privacy, encoding, headers) are
            // not sent: what is still in the outbox is read again from its start. At least
            // once: a batch whose delete is still on its way to the writer goes twice.
            d.config = config;
            d.client->abort();
            d.requests.clear();
            d.preparing = 0;
            d.generation = ++m_generations;
            d.cursor = 0;
            d.status.retrying = false;
            pumpSoon(d);
            continue;
        }
        auto d = std::make_unique<Destination>();
        d->config = config;
        d->generation = ++m_generations;
        d->timer = new QTimer(this);
        d->timer->setSingleShot(true);
        d->client = new OtlpHttpClient(this);
        Destination *raw = d.get();
        connect(d->timer, &QTimer::timeout, this, [this, raw] { pump(*raw); });
        connect(d->client, &OtlpHttpClient::finished, this,
                [this, raw](const OtlpHttpClient::Response &response) {
                    finished(*raw, response);
                });
        m_destinations.emplace(config.id, std::move(d));
        // Whatever an earlier run left in the outbox goes first.
        pumpSoon(*raw);
    }
    for (auto it = m_destinations.begin(); it != m_destinations.end();) {
        if (wanted.contains(it->first)) {
            ++it;
            continue;
        }
        Destination &d = *it->second;
        d.client->abort();
        delete d.client;
        delete d.timer;
        it = m_destinations.erase(it);
    }
}

void OtlpExporter::callsRecorded(int count)
{
    for (auto &[id, d] : m_destinations) {
        d->recordedSinceRead += count;
        if (d->busy())
            continue; // the batch in progress reads on when it is done
        if (d->recordedSinceRead >= m_timing.maxBatchSpans)
            pumpSoon(*d);
        else if (!d->timer->isActive())
            d->timer->start(m_timing.batchDelayMs);
    }
}

void OtlpExporter::flushAll()
{
    for (auto &[id, d] : m_destinations) {
        // A destination waiting out a retry keeps waiting: flushing must not hammer it.
        if (!d->busy())
            pumpSoon(*d);
    }
}

bool OtlpExporter::isIdle() const
{
    for (const auto &[id, d] : m_destinations) {
        if (d->busy() || d->status.queued > 0 || d->recordedSinceRead > 0)
            return false;
    }
    return true;
}

QHash<QString, OtlpDestinationStatus> OtlpExporter::statuses() const
{
    QHash<QString, OtlpDestinationStatus> result;
    for (const auto &[id, d] : m_destinations)
        result.insert(id, d->status);
    return result;
}

void OtlpExporter::pumpSoon(Destination &d)
{
    d.timer->start(0);
}

void OtlpExporter::pump(Destination &d)
{
    if (!d.sending() && !d.requests.isEmpty())
        send(d);
    // With a backlog, the next batches are read and prepared while this one is on the wire: as
    // many ahead as the pool has threads, so that building spans uses every core.
    const qsizetype ahead = d.requests.size() + d.preparing;
    const bool wantMore = ahead == 0 || (d.lastReadFull && ahead <= m_pool.maxThreadCount());
    if (wantMore && d.preparing < m_pool.maxThreadCount())
        readBatch(d);
}

void OtlpExporter::readBatch(Destination &d)
{
    if (!m_reader)
        return;
    // This thread's work is here (reading the batch's calls and their bodies): placed before
    // each batch, as the pool's jobs are (CpuPlacement).
    if (m_timing.background)
        TraceWriter::yieldToProxy();
    QString error;
    QSqlDatabase db = m_reader->database();
    const QList<ExportOutbox::Entry> entries =
            ExportOutbox::pending(db, d.config.id, d.cursor, m_timing.maxBatchSpans, &error);
    d.recordedSinceRead = 0;
    d.lastReadFull = entries.size() >= m_timing.maxBatchSpans;
    if (!error.isEmpty()) {
        d.status.lastError = error;
        d.status.lastErrorAt = QDateTime::currentDateTimeUtc();
        report(d);
        d.timer->start(m_timing.batchDelayMs);
        return;
    }
    if (entries.isEmpty()) {
        if (d.status.queued != 0 && d.requests.isEmpty()) {
            d.status.queued = 0;
            report(d);
        }
        return;
    }
    d.cursor = entries.last().id;
    // One query for the batch's calls (the reader's connection belongs to this thread); the
    // spans are built and encoded on the pool while this thread keeps the socket going.
    QList<qint64> rowIds;
    rowIds.reserve(entries.size());
    for (const ExportOutbox::Entry &entry : entries)
        rowIds.append(entry.traceRowId);
    QList<TraceRecord> records = m_reader->loadMany(rowIds, &error);
    const qint64 later = ExportOutbox::count(db, d.config.id, d.cursor, &error);
    qint64 waiting = std::max<qint64>(later, 0) + entries.size();
    for (const Request &r : std::as_const(d.requests))
        waiting += r.spans.size();
    d.status.queued = waiting;

    ++d.preparing;
    const QString id = d.config.id;
    const quint64 generation = d.generation;
    const OtlpDestination config = d.config;
    const bool background = m_timing.background;
    m_pool.start([this, id, generation, config, entries, records = std::move(records), background] {
        if (background)
            TraceWriter::yieldToProxy();
        QList<qint64> gone;
        QList<Request> requests = prepare(config, entries, records, &gone);
        QMetaObject::invokeMethod(
                this,
                [this, id, generation, requests = std::move(requests), gone = std::move(gone)] {
                    prepared(id, generation, requests, gone);
                },
                Qt::QueuedConnection);
    });
}

QList<OtlpExporter::Request> OtlpExporter::prepare(const OtlpDestination &config,
                                                   const QList<ExportOutbox::Entry> &entries,
                                                   const QList<TraceRecord> &records,
                                                   QList<qint64> *gone)
{
    QHash<qint64, const TraceRecord *> byRow;
    byRow.reserve(records.size());
    for (const TraceRecord &r : records)
        byRow.insert(r.id, &r);
    // Calls grouped by Braintrust parent, in order of first appearance: a request carries one
    // x-bt-parent header.
    QList<Request> requests;
    const bool byParent = config.routesByBtParent();
    for (const ExportOutbox::Entry &entry : entries) {
        const TraceRecord *record = byRow.value(entry.traceRowId);
        if (!record) {
            // Deleted (by the user or retention) before it could be sent.
            gone->append(entry.id);
            continue;
        }
        SpanData span = SpanBuilder::build(*record, config.privacy);
        const QString parent = byParent ? span.btParent : QString();
        auto it = std::find_if(requests.begin(), requests.end(),
                               [&](const Request &r) { return r.btParent == parent; });
        if (it == requests.end()) {
            requests.append(Request {});
            it = requests.end() - 1;
            it->btParent = parent;
        }
        it->outboxIds.append(entry.id);
        it->spans.append(std::move(span));
    }
    for (Request &r : requests)
        r.body = OtlpHttp::body(config, r.spans);
    return requests;
}

void OtlpExporter::prepared(const QString &id, quint64 generation, const QList<Request> &requests,
                            const QList<qint64> &gone)
{
    auto it = m_destinations.find(id);
    if (it == m_destinations.end() || it->second->generation != generation)
        return; // removed meanwhile: its rows are for a later run (or were deleted with it)
    Destination &d = *it->second;
    --d.preparing;
    d.requests.append(requests);
    if (!gone.isEmpty()) {
        d.status.failed += gone.size();
        d.status.queued = std::max<qint64>(d.status.queued - gone.size(), 0);
        d.status.lastError = QCoreApplication::translate(
                "OtlpExporter", "%n calls were deleted before they could be sent", nullptr,
                int(gone.size()));
        d.status.lastErrorAt = QDateTime::currentDateTimeUtc();
        m_acknowledge(gone);
    }
    report(d);
    // A retry being waited out is not cut short; otherwise on with sending.
    if (!d.timer->isActive() || !d.status.retrying)
        pump(d);
}

void OtlpExporter::send(Destination &d)
{
    Request &r = d.requests.front();
    if (r.body.isEmpty())
        r.body = OtlpHttp::body(d.config, r.spans);
    d.client->post(d.config.endpoint, OtlpHttp::requestHeaders(d.config, r.btParent), r.body,
                   m_timing.requestTimeoutMs);
}

void OtlpExporter::finished(Destination &d, const OtlpHttpClient::Response &response)
{
    if (d.requests.isEmpty())
        return;
    const OtlpHttp::Answer answer = OtlpHttp::read(d.config, response);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Request &r = d.requests.front();
    d.status.lastHttpStatus = answer.httpStatus;
    if (!answer.error.isEmpty()) {
        d.status.lastError = answer.error;
        d.status.lastErrorAt = now;
    }
    auto done = [&](qint64 sent) {
        const qint64 spans = r.spans.size();
        d.status.sent += sent;
        d.status.failed += spans - sent;
        d.status.queued = std::max<qint64>(d.status.queued - spans, 0);
        d.status.retrying = false;
        m_acknowledge(r.outboxIds);
        d.requests.removeFirst();
    };
    switch (OtlpRetryPolicy::outcome(answer.httpStatus)) {
    case OtlpRetryPolicy::Outcome::Delivered: {
        const qint64 rejected = answer.partialSuccess.present
                ? std::clamp<qint64>(answer.partialSuccess.rejectedSpans, 0, r.spans.size())
                : 0;
        d.status.lastSuccessAt = now;
        done(r.spans.size() - rejected);
        break;
    }
    case OtlpRetryPolicy::Outcome::Retry: {
        ++r.failures;
        ++d.status.retries;
        d.status.retrying = true;
        report(d);
        d.timer->start(int(m_timing.retry.delayMs(r.failures, answer.retryAfter, now,
                                                  QRandomGenerator::global()->generateDouble())));
        return;
    }
    case OtlpRetryPolicy::Outcome::Split:
        if (r.spans.size() > 1) {
            // Too large for the collector: the halves go as two requests.
            const qsizetype half = r.spans.size() / 2;
            Request second {r.outboxIds.mid(half), r.spans.mid(half), r.btParent, {}, 0};
            r.outboxIds = r.outboxIds.mid(0, half);
            r.spans = r.spans.mid(0, half);
            r.body.clear();
            d.requests.insert(1, std::move(second));
            break;
        }
        done(0);
        break;
    case OtlpRetryPolicy::Outcome::Drop:
        done(0);
        break;
    }
    report(d);
    if (!d.requests.isEmpty() || d.lastReadFull || d.recordedSinceRead >= m_timing.maxBatchSpans)
        pumpSoon(d);
    else if (d.recordedSinceRead > 0)
        d.timer->start(m_timing.batchDelayMs);
}

void OtlpExporter::report(Destination &d)
{
    Q_EMIT statusChanged(d.config.id, d.status);
}
