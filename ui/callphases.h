#pragma once

#include "trace/tracerecord.h"

#include <QCoreApplication>
#include <QList>
#include <QMetaType>

#include <algorithm>
#include <cmath>
#include <optional>

// The phases of one call on the wall clock, as the timeline and the timing tab draw them:
//   waiting for upstream: start → first byte (→ end when no byte ever came),
//   until first token:    first byte → first token (streams),
//   streaming/receiving:  first token, else first byte → end.
// Instants are absolute Unix nanoseconds, clamped into [start, end] and into order, so that
// painting code never meets a phase that runs backwards.
struct CallPhases
{
    Q_DECLARE_TR_FUNCTIONS(CallPhases)
public:
    enum class Phase { Waiting, UntilFirstToken, Receiving };

    struct Segment
    {
        Phase phase;
        qint64 startNs;
        qint64 endNs;
        qint64 durationNs() const { return endNs - startNs; }
        friend bool operator==(const Segment &, const Segment &) = default;
    };

    qint64 startNs = 0;
    qint64 endNs = 0;
    std::optional<qint64> firstByteNs;
    std::optional<qint64> firstTokenNs;
    bool error = false;
    bool cacheHit = false;
    bool stream = false;

    static CallPhases fromRecord(const TraceRecord &call)
    {
        CallPhases p;
        p.startNs = call.startUnixNs;
        // A record whose end was not stamped still knows its duration.
        p.endNs = call.endUnixNs >= call.startUnixNs && call.endUnixNs != 0
                ? call.endUnixNs
                : call.startUnixNs + msToNs(call.durationMs);
        if (p.endNs < p.startNs)
            p.endNs = p.startNs;
        if (call.ttfbMs)
            p.firstByteNs = std::clamp(p.startNs + msToNs(*call.ttfbMs), p.startNs, p.endNs);
        if (call.ttftMs)
            p.firstTokenNs = std::clamp(p.startNs + msToNs(*call.ttftMs),
                                        p.firstByteNs.value_or(p.startNs), p.endNs);
        p.error = call.status == 0 || call.status >= 400 || !call.errorKind.isEmpty();
        p.cacheHit = call.cache == QLatin1String("HIT");
        p.stream = call.stream;
        return p;
    }

    qint64 durationNs() const { return endNs - startNs; }

    // The phases that apply to this call, in order; a phase may last 0 ns.
    QList<Segment> segments() const
    {
        QList<Segment> result;
        // A first token without a recorded first byte still ends the wait.
        const std::optional<qint64> waitEnd = firstByteNs ? firstByteNs : firstTokenNs;
        result.append({Phase::Waiting, startNs, waitEnd.value_or(endNs)});
        if (firstByteNs && firstTokenNs)
            result.append({Phase::UntilFirstToken, *firstByteNs, *firstTokenNs});
        if (waitEnd)
            result.append({Phase::Receiving, firstTokenNs.value_or(*waitEnd), endNs});
        return result;
    }

    QString phaseName(Phase phase) const
    {
        switch (phase) {
        case Phase::Waiting:
            return tr("Waiting for upstream");
        case Phase::UntilFirstToken:
            return tr("Until first token");
        case Phase::Receiving:
            return stream ? tr("Streaming") : tr("Receiving");
        }
        return {};
    }

    static qint64 msToNs(double ms) { return std::isfinite(ms) ? std::llround(ms * 1e6) : 0; }

    friend bool operator==(const CallPhases &, const CallPhases &) = default;
};

Q_DECLARE_METATYPE(CallPhases)
