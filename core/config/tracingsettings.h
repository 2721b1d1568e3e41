#pragma once

#include "trace/traceretention.h"
#include "trace/tracingpolicy.h"

class QSettings;

// The persisted tracing settings (settings file, group "tracing"): global switches, per-user
// policies with their expiry, retention and the recorded-body cap. The settings dialog edits
// them; headless runs read the same file (--data-dir isolates it).
struct TracingSettings
{
    TracingPolicy policy;
    TraceRetention retention;
    qint64 maxRecordedBodyBytes = 16LL * 1024 * 1024;

    static TracingSettings load(QSettings &settings);
    void save(QSettings &settings) const;

    friend bool operator==(const TracingSettings &a, const TracingSettings &b)
    {
        return a.policy == b.policy && a.retention.maxAgeDays == b.retention.maxAgeDays
                && a.retention.maxBytes == b.retention.maxBytes
                && a.maxRecordedBodyBytes == b.maxRecordedBodyBytes;
    }
};
