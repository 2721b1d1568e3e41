#include "otlpexportservice.h"

#include "trace/traceservice.h"
#include "trace/tracewriter.h"

#include <QCoreApplication>
#include <QDeadlineTimer>

OtlpExportService::OtlpExportService(QObject *parent)
    : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("tokentap-export"));
    qRegisterMetaType<OtlpDestinationStatus>();
    qRegisterMetaType<QList<OtlpDestination>>();
}

OtlpExportService::~OtlpExportService()
{
    stop();
}

QList<OtlpDestination> OtlpExportService::usable(const QList<OtlpDestination> &destinations,
                                                 QStringList *problems)
{
    QList<OtlpDestination> result;
    for (const OtlpDestination &d : destinations) {
        if (!d.enabled)
            continue;
        QString error;
        if (!d.isValid(&error)) {
            if (problems)
                problems->append(d.name + QStringLiteral(": ") + error);
            continue;
        }
        result.append(d);
    }
    return result;
}

bool OtlpExportService::start(TraceService *traces, const QList<OtlpDestination> &destinations,
                              QString *error, const OtlpExporter::Timing &timing)
{
    stop();
    TraceWriter *writer = traces ? traces->writer() : nullptr;
    if (!writer) {
        *error = QCoreApplication::translate("OtlpExportService",
                                             "export needs calls to be recorded, and recording "
                                             "is off");
        return false;
    }
    m_traces = traces;
    m_destinations = destinations;
    // Deleting delivered rows is the writer's job, on the store thread: queued, never waited for.
    auto acknowledge = [writer](const QList<qint64> &ids) {
        QMetaObject::invokeMethod(writer, [writer, ids] { writer->removeExported(ids); });
    };
    m_exporter = new OtlpExporter(traces->databasePath(), acknowledge, timing);
    m_exporter->moveToThread(&m_thread);
    connect(m_exporter, &OtlpExporter::statusChanged, this,
            [this](const QString &id, const OtlpDestinationStatus &status) {
                m_statuses.insert(id, status);
                Q_EMIT statusChanged(id, status);
            });
    m_thread.start();
    bool ok = false;
    QMetaObject::invokeMethod(
            m_exporter,
            [&] {
                // Export is background work like recording: the proxy wins any contention.
                if (timing.background)
                    TraceWriter::yieldToProxy();
                ok = m_exporter->open(error);
            },
            Qt::BlockingQueuedConnection);
    if (!ok) {
        stop();
        return false;
    }
    // Straight from the store thread to the export thread: the GUI thread is not in the way.
    OtlpExporter *exporter = m_exporter;
    m_recorded =
            connect(writer, &TraceWriter::recorded, exporter, [exporter](const QList<qint64> &ids) {
                exporter->callsRecorded(int(ids.size()));
            });
    m_queued = connect(
            writer, &TraceWriter::queuedForExport, exporter,
            [exporter](const QString &, qint64 count) { exporter->callsRecorded(int(count)); });
    applyRoutes();
    return true;
}

bool OtlpExportService::sendCalls(const QList<qint64> &ids, const QString &destinationId,
                                  QString *error)
{
    const auto it = std::find_if(m_destinations.cbegin(), m_destinations.cend(),
                                 [&](const OtlpDestination &d) { return d.id == destinationId; });
    if (!m_exporter || !m_traces) {
        *error = tr("export is not running");
        return false;
    }
    if (it == m_destinations.cend() || !it->enabled) {
        *error = tr("no enabled destination '%1'").arg(destinationId);
        return false;
    }
    m_traces->queueForExport(ids, destinationId);
    return true;
}

void OtlpExportService::setDestinations(const QList<OtlpDestination> &destinations)
{
    m_destinations = destinations;
    if (m_exporter)
        applyRoutes();
}

void OtlpExportService::applyRoutes()
{
    const QList<OtlpDestination> active = usable(m_destinations);
    QList<ExportRoute> routes;
    QStringList known;
    for (const OtlpDestination &d : std::as_const(m_destinations))
        known.append(d.id);
    for (const OtlpDestination &d : active)
        routes.append({d.id, d.filter, d.samplingRate});
    m_traces->setExportRoutes(routes, known);
    QMetaObject::invokeMethod(m_exporter, [e = m_exporter, active] { e->setDestinations(active); });
}

void OtlpExportService::stop(int graceMs)
{
    if (!m_exporter)
        return;
    disconnect(m_recorded);
    disconnect(m_queued);
    if (graceMs > 0 && m_thread.isRunning()) {
        QMetaObject::invokeMethod(m_exporter, &OtlpExporter::flushAll, Qt::QueuedConnection);
        const QDeadlineTimer deadline(graceMs);
        for (;;) {
            bool idle = false;
            QMetaObject::invokeMethod(
                    m_exporter, [&] { idle = m_exporter->isIdle(); }, Qt::BlockingQueuedConnection);
            if (idle || deadline.hasExpired())
                break;
            QThread::msleep(10);
        }
    }
    // The exporter (its reader connection, its network manager) is destroyed on its thread.
    connect(&m_thread, &QThread::finished, m_exporter, &QObject::deleteLater);
    m_thread.quit();
    m_thread.wait();
    m_exporter = nullptr;
    m_traces = nullptr;
}
