#pragma once

#include "otlpdestination.h"
#include "otlpdestinationstatus.h"
#include "otlpexporter.h"

#include <QHash>
#include <QList>
#include <QMetaObject>
#include <QObject>
#include <QThread>

class TraceService;

// OTLP export as the rest of the application sees it: owns the export thread
// ("tokentap-export") and the OtlpExporter on it, tells the store's writer which destinations
// recorded calls are queued for, and keeps the destinations' status for the UI. Needs a
// running TraceService: the outbox lives in its database.
class OtlpExportService : public QObject
{
    Q_OBJECT
public:
    explicit OtlpExportService(QObject *parent = nullptr);
    // stop(0): undelivered spans stay in the outbox for the next run.
    ~OtlpExportService() override;

    // Starts exporting to the enabled destinations among `destinations` (all of them are
    // "known": a disabled one keeps its queued spans). False with a message when `traces` is not
    // recording or the database cannot be read.
    bool start(TraceService *traces, const QList<OtlpDestination> &destinations, QString *error,
               const OtlpExporter::Timing &timing = {});
    void setDestinations(const QList<OtlpDestination> &destinations);
    // Sends what is queued and waits up to `graceMs` for it to be delivered, then stops the
    // thread. What was not delivered stays in the outbox for the next run.
    void stop(int graceMs = 0);
    bool isRunning() const { return m_exporter != nullptr; }
    // Sends recorded calls to one destination now ("Send to destination" on a selection),
    // whether or not its filter and sampling would have taken them. False with a message when
    // the destination is unknown, disabled or export is not running.
    bool sendCalls(const QList<qint64> &ids, const QString &destinationId, QString *error);

    QList<OtlpDestination> destinations() const { return m_destinations; }
    // The latest status of each destination (by id), as reported by the export thread.
    QHash<QString, OtlpDestinationStatus> statuses() const { return m_statuses; }

    // The destinations that can be exported to: enabled and valid. `problems` gets one line per
    // enabled destination that is not valid.
    static QList<OtlpDestination> usable(const QList<OtlpDestination> &destinations,
                                         QStringList *problems = nullptr);

Q_SIGNALS:
    void statusChanged(const QString &destinationId, const OtlpDestinationStatus &status);

private:
    void applyRoutes();

    QThread m_thread;
    OtlpExporter *m_exporter = nullptr;
    TraceService *m_traces = nullptr;
    QList<OtlpDestination> m_destinations;
    QHash<QString, OtlpDestinationStatus> m_statuses;
    QMetaObject::Connection m_recorded;
    QMetaObject::Connection m_queued;
};
