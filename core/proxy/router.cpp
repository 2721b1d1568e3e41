#include "router.h"

namespace {

// "/v1", "/v1/…" or "/v1?…" at `pos`: returns the index just past "/v1", or -1.
qsizetype matchVersionSegment(const QByteArray &path, qsizetype pos)
{
    if (path.size() < pos + 3 || path[pos] != '/' || path[pos + 1] != 'v' || path[pos + 2] != '1')
        return -1;
    const qsizetype end = pos + 3;
    if (end == path.size() || path[end] == '/' || path[end] == '?')
        return end;
    return -1;
}

} // namespace

Router::Router(const ProxyConfig &config)
    : m_default(config.defaultTarget())
{
    for (const Upstream &up : config.upstreams)
        m_byName.insert(up.name.toUtf8(), &up);
}

Router::Route Router::route(const QByteArray &requestTarget) const
{
    Route result;
    QByteArray target = requestTarget;
    // Clients that treat TokenTap as an HTTP proxy send the absolute form; use its path.
    if (target.startsWith("http://") || target.startsWith("https://")) {
        const qsizetype authority = target.indexOf("//") + 2;
        const qsizetype pathStart = target.indexOf('/', authority);
        target = pathStart < 0 ? QByteArrayLiteral("/") : target.mid(pathStart);
    }
    if (!target.startsWith('/')) {
        result.error = {ProxyError::Kind::BadRequest, "request target must be a path"};
        return result;
    }

    const Upstream *upstream = nullptr;
    qsizetype restStart = matchVersionSegment(target, 0);
    if (restStart >= 0) {
        upstream = m_default;
        if (!upstream) {
            result.error = {ProxyError::Kind::UnknownUpstream, "no default upstream is configured"};
            return result;
        }
    } else {
        qsizetype nameEnd = target.indexOf('/', 1);
        const qsizetype queryAt = target.indexOf('?');
        if (queryAt >= 0 && (nameEnd < 0 || queryAt < nameEnd))
            nameEnd = -1;
        restStart = nameEnd > 1 ? matchVersionSegment(target, nameEnd) : -1;
        if (restStart < 0) {
            result.error = {ProxyError::Kind::UnknownRoute,
                            "unknown route " + target.left(200)
                                    + "; use /v1/... or /<upstream>/v1/..."};
            return result;
        }
        const QByteArray name = target.mid(1, nameEnd - 1);
        upstream = m_byName.value(name);
        if (!upstream) {
            result.error = {ProxyError::Kind::UnknownUpstream,
                            "no upstream is named '" + name.left(64) + "'"};
            return result;
        }
    }

    result.upstream = upstream;
    result.upstreamTarget.reserve(upstream->basePath.size() + target.size() - restStart + 1);
    result.upstreamTarget.append(upstream->basePath);
    result.upstreamTarget.append(target.constData() + restStart, target.size() - restStart);
    if (result.upstreamTarget.isEmpty())
        result.upstreamTarget = QByteArrayLiteral("/");
    return result;
}
