#pragma once

#include "capturedcall.h"
#include "llm/pricetable.h"
#include "tracerecord.h"
#include "tracingpolicy.h"

#include <QDateTime>

#include <optional>

// Turns what the network thread captured into what the store keeps: parses the bodies once,
// normalises usage, prices the call, applies the tracing and privacy policy and redacts
// credentials. Runs on the store thread.
class TraceRecordBuilder
{
public:
    TraceRecordBuilder(PriceTable prices, TracingPolicy policy);

    void setPrices(PriceTable prices) { m_prices = std::move(prices); }
    void setPolicy(TracingPolicy policy) { m_policy = std::move(policy); }
    const PriceTable &prices() const { return m_prices; }

    // Nothing when the policy says this call is not to be recorded.
    std::optional<TraceRecord> build(const CapturedCall &call, const QDateTime &now) const;

    // Best guess of the provider from the upstream host, to pick the right price row when
    // providers share a model id.
    static QString providerForHost(const QByteArray &host);

private:
    PriceTable m_prices;
    TracingPolicy m_policy;
};
