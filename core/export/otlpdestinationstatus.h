#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

// How export to one destination is going, for the settings page and the status bar. Counts
// are spans since the exporter started; `queued` is what the outbox holds for it.
struct OtlpDestinationStatus
{
    qint64 queued = 0;
    qint64 sent = 0; // accepted by the collector
    qint64 failed = 0; // dropped: refused (4xx other than 429, partial success) or deleted
    qint64 retries = 0; // attempts that will be repeated (429, 502, 503, 504, no answer)
    bool retrying = false; // waiting to send a batch again
    int lastHttpStatus = 0; // 0: none yet, or no HTTP answer
    QString lastError;
    QDateTime lastErrorAt;
    QDateTime lastSuccessAt;

    friend bool operator==(const OtlpDestinationStatus &, const OtlpDestinationStatus &) = default;
};

Q_DECLARE_METATYPE(OtlpDestinationStatus)
