// ProxyExchange's part in the response cache (PRODUCT.md §4): deciding, serving hits, single
// flight and capturing responses to store.
#include "proxyexchange.h"

#include "cache/cachekey.h"
#include "cache/canonicaljson.h"
#include "clientconnection.h"
#include "http/contentdecoding.h"
#include "http/httpwriter.h"
#include "monotonicclock.h"
#include "proxyconfig.h"
#include "proxycontext.h"
#include "trace/redaction.h"
#include "upstreampool.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace {

qint64 unixNowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// Whether the client's Accept-Encoding takes `encoding` (a stored body is served as stored when
// it does, decoded otherwise).
bool accepts(const HttpHeaders &requestHeaders, const QByteArray &encoding)
{
    const QByteArray accepted = requestHeaders.value("Accept-Encoding").toLower();
    for (const QByteArray &part : accepted.split(',')) {
        const QByteArray coding = part.split(';').first().trimmed();
        if (coding == encoding.trimmed().toLower() || coding == "*")
            return !part.contains("q=0") || part.contains("q=0.");
    }
    return false;
}

} // namespace

bool ProxyExchange::consultCache(const HttpMessageHead &request, const QByteArray &body,
                                 const QByteArray &upstreamTarget,
                                 const HttpHeaders &forwardedHeaders)
{
    ResponseCache &cache = *m_context.cache;
    const EndpointKind kind = Endpoint::classify(request.method, upstreamTarget);
    if (!CachePolicy::isCacheable(request.method, kind))
        return false;
    QByteArray error;
    const std::optional<CachePolicy::Directives> directives = CachePolicy::parseHeaders(
            request.headers, cache.config().defaultMode, cache.config().defaultTtlSeconds, &error);
    if (!directives) {
        rejectRequest({ProxyError::Kind::BadRequest, error});
        return true;
    }
    // The body is parsed only when the cache may take part: `never` is decided without it.
    QJsonDocument document;
    if (directives->mode != CacheMode::Never)
        document = QJsonDocument::fromJson(body);
    const QJsonObject object = document.object();
    m_cacheDecision =
            CachePolicy::decide(request.method, kind, *directives, object,
                                directives->mode == CacheMode::Never || document.isObject());
    if ((m_cacheDecision.read || m_cacheDecision.write) && !m_userDecision.cacheAllowed) {
        m_cacheDecision.read = false;
        m_cacheDecision.write = false;
    }
    if (m_call)
        m_call->cacheStatus = m_cacheDecision.statusWhenNotHit();
    if (!m_cacheDecision.read && !m_cacheDecision.write)
        return false;

    const QByteArray upstreamUrl = m_upstream->originKey + upstreamTarget;
    m_canonicalRequest = CanonicalJson::fromObject(object);
    m_credentialHash = CacheKey::credentialHash(forwardedHeaders);
    m_cacheKey = CacheKey::compute(upstreamUrl, m_canonicalRequest, m_credentialHash);
    m_cacheUrl = Redaction::redactedUrl(upstreamUrl);
    m_cacheModel = object.value(QLatin1String("model")).toString();
    m_clientRequestHeaders = request.headers;

    if (m_cacheDecision.read) {
        if (const ResponseCache::EntryPtr entry =
                    cache.lookup(m_cacheKey, unixNowMs(), m_cacheDecision.maxAgeSeconds)) {
            serveFromCache(entry);
            return true;
        }
    } else {
        cache.countMiss();
    }
    return joinOrLeadFlight();
}

bool ProxyExchange::joinOrLeadFlight()
{
    ResponseCache &cache = *m_context.cache;
    if (!m_cacheDecision.write)
        return false;
    if (m_cacheDecision.read && cache.isInFlight(m_cacheKey)) {
        // An identical call is on its way upstream: its answer will be ours.
        m_waitingForFlight = true;
        cache.wait(m_cacheKey, this);
        return true;
    }
    cache.beginFlight(m_cacheKey);
    m_leadingFlight = true;
    return false;
}

void ProxyExchange::flightEnded(const ResponseCache::EntryPtr &entry)
{
    m_waitingForFlight = false;
    if (!m_active)
        return;
    if (entry) {
        // Counted as the hit it is, and marked used.
        if (const ResponseCache::EntryPtr fresh = m_context.cache->lookup(
                    m_cacheKey, unixNowMs(), m_cacheDecision.maxAgeSeconds)) {
            serveFromCache(fresh);
            return;
        }
    }
    // Nothing stored (an error, too large, the leader's client left): go upstream ourselves,
    // leading a new flight the others may wait for.
    if (joinOrLeadFlight())
        return;
    dispatch(m_context.pool->acquire(*m_upstream));
}

void ProxyExchange::serveFromCache(const ResponseCache::EntryPtr &entry)
{
    const qint64 nowMs = unixNowMs();
    HttpHeaders headers = entry->headers;
    QByteArray body = entry->body;
    // The stored events index the stored bytes: a body decoded for this client is sent whole.
    bool decoded = false;
    const QByteArray encoding = headers.value("Content-Encoding");
    if (!encoding.isEmpty() && !accepts(m_clientRequestHeaders, encoding)) {
        // Stored as an earlier client accepted it; this one did not ask for that encoding.
        if (std::optional<QByteArray> plain = ContentDecoding::decode(
                    encoding, body, m_context.cache->config().maxEntryBytes * 4)) {
            body = *plain;
            decoded = true;
            headers.remove("Content-Encoding");
        }
    }
    const bool eventsApply = entry->stream && !entry->events.isEmpty() && !decoded;
    const bool paced = eventsApply
            && (m_context.cache->config().replayRealtime
                || m_clientRequestHeaders.value("x-tokentap-replay").trimmed().toLower()
                        == "realtime");
    headers.append("x-bt-cached", "HIT");
    headers.append("Age", QByteArray::number(std::max<qint64>(0, nowMs - entry->createdMs) / 1000));
    if (m_call) {
        m_call->cacheStatus = "HIT";
        m_call->status = entry->status;
        m_call->responseHeaders = headers;
        m_call->firstByteNs = MonotonicClock::nowNs() - m_startMonotonicNs;
        m_call->isStream = entry->stream;
        headers.fields().append(m_traceHeaders.fields());
    }
    if (paced) {
        m_framing = m_clientHttp11 ? Framing::Chunked : Framing::UntilClose;
        if (m_clientHttp11)
            headers.append("Transfer-Encoding", "chunked");
        else
            m_clientKeepAlive = false;
    } else {
        m_framing = Framing::Length;
        headers.append("Content-Length", QByteArray::number(body.size()));
    }
    appendConnectionFields(headers);
    HttpWriter::appendResponseHead(m_out, entry->status, {}, headers);
    m_responseHeadSent = true;

    if (paced) {
        m_replay = entry;
        m_replayIndex = 0;
        m_replayOffset = 0;
        m_replayStartNs = MonotonicClock::nowNs();
        flush();
        replayNextPiece();
        return;
    }
    if (m_call) {
        const qint64 offset = MonotonicClock::nowNs() - m_startMonotonicNs;
        if (eventsApply) {
            qint64 at = 0;
            for (const CacheEntry::Event &event : entry->events) {
                captureBody(body.constData() + at, qsizetype(event.length), offset);
                at += event.length;
            }
        } else {
            captureBody(body.constData(), body.size(), offset);
        }
    }
    m_out.append(body);
    endCapture();
    flush();
    finish(m_clientKeepAlive);
}

void ProxyExchange::replayNextPiece()
{
    if (!m_active || !m_replay)
        return;
    const CacheEntry &entry = *m_replay;
    const qint64 elapsedNs = MonotonicClock::nowNs() - m_replayStartNs;
    // Every event that is due goes out now, then a timer for the next one.
    while (m_replayIndex < entry.events.size()) {
        const CacheEntry::Event &event = entry.events.at(m_replayIndex);
        if (event.offsetNs > elapsedNs) {
            if (!m_replayTimer) {
                m_replayTimer = new QTimer;
                m_replayTimer->setSingleShot(true);
                m_replayTimer->setTimerType(Qt::PreciseTimer);
                QObject::connect(m_replayTimer, &QTimer::timeout, m_replayTimer,
                                 [this] { replayNextPiece(); });
            }
            flush();
            m_replayTimer->start(int((event.offsetNs - elapsedNs) / 1'000'000));
            return;
        }
        const char *data = entry.body.constData() + m_replayOffset;
        if (m_call)
            captureBody(data, qsizetype(event.length),
                        MonotonicClock::nowNs() - m_startMonotonicNs);
        if (m_framing == Framing::Chunked)
            HttpWriter::appendChunk(m_out, data, qsizetype(event.length));
        else
            m_out.append(data, qsizetype(event.length));
        m_replayOffset += event.length;
        ++m_replayIndex;
    }
    m_replay.reset();
    if (m_framing == Framing::Chunked)
        HttpWriter::appendLastChunk(m_out);
    endCapture();
    flush();
    finish(m_clientKeepAlive && m_framing != Framing::UntilClose);
}

void ProxyExchange::captureForCache(const HttpMessageHead &head, const HttpHeaders &relayedHeaders)
{
    // Only successful answers are stored (PRODUCT.md §4).
    if (head.status < 200 || head.status > 299)
        return;
    CacheEntry &entry = m_cacheCapture.emplace();
    entry.key = m_cacheKey;
    entry.url = m_cacheUrl;
    entry.model = m_cacheModel;
    entry.credentialHash = m_credentialHash;
    entry.canonicalRequest = m_canonicalRequest;
    entry.status = head.status;
    entry.headers = relayedHeaders;
    // A cookie is the state of the client it was set for: a shared cache neither keeps it on
    // disk nor hands it to whoever is served the entry next (RFC 9111 §3.1 leaves this to us).
    entry.headers.remove("Set-Cookie");
    entry.stream =
            head.headers.value("Content-Type").trimmed().toLower().startsWith("text/event-stream");
}

void ProxyExchange::endFlight(bool stored)
{
    if (!m_leadingFlight)
        return;
    m_leadingFlight = false;
    std::optional<CacheEntry> entry;
    if (stored && m_cacheCapture) {
        entry = std::move(m_cacheCapture);
        const qint64 nowMs = unixNowMs();
        entry->createdMs = nowMs;
        entry->lastUsedMs = nowMs;
        entry->expiresMs = nowMs + m_cacheDecision.ttlSeconds * 1000;
    }
    m_cacheCapture.reset();
    m_context.cache->endFlight(m_cacheKey, std::move(entry));
}
