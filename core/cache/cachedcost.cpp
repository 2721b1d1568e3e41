#include "cachedcost.h"

#include "http/contentdecoding.h"
#include "llm/responseanalysis.h"

namespace {

// What the call cost upstream, from the stored response: each hit saves it.
std::optional<double> costOf(const CacheEntry &entry, EndpointKind kind, const PriceTable &prices)
{
    ResponseAnalysis analysis;
    if (entry.stream) {
        QList<StreamPiece> pieces;
        qint64 at = 0;
        for (const CacheEntry::Event &event : entry.events) {
            pieces.append({event.offsetNs, entry.body.mid(at, event.length)});
            at += event.length;
        }
        analysis = analyzeStream(kind, pieces);
    } else {
        const QByteArray encoding = entry.headers.value("Content-Encoding");
        const auto decoded = encoding.isEmpty()
                ? std::optional<QByteArray>(entry.body)
                : ContentDecoding::decode(encoding, entry.body, 64LL * 1024 * 1024);
        if (decoded)
            analysis = analyzeResponse(kind, *decoded, entry.headers.value("Content-Type"));
    }
    const QString model = analysis.responseModel.isEmpty() ? entry.model : analysis.responseModel;
    if (!analysis.usage.isKnown() || model.isEmpty())
        return std::nullopt;
    return prices.cost(model, analysis.usage, {}).totalUsd;
}

} // namespace

namespace CachedCost {

std::optional<double> of(const CacheEntry &entry, const PriceTable &prices)
{
    return costOf(entry, Endpoint::classifyUrl("POST", entry.url), prices);
}

} // namespace CachedCost
