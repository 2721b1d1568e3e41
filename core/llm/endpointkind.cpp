#include "endpointkind.h"

namespace Endpoint {

EndpointKind classify(const QByteArray &method, const QByteArray &path)
{
    QByteArrayView p(path);
    if (const qsizetype q = p.indexOf('?'); q >= 0)
        p = p.first(q);
    while (p.endsWith('/'))
        p.chop(1);
    if (method == "GET") {
        if (p.endsWith("/models") || p.contains("/models/"))
            return EndpointKind::Models;
        return EndpointKind::Other;
    }
    if (method != "POST")
        return EndpointKind::Other;
    if (p.endsWith("/chat/completions"))
        return EndpointKind::ChatCompletions;
    if (p.endsWith("/completions"))
        return EndpointKind::Completions;
    if (p.endsWith("/embeddings"))
        return EndpointKind::Embeddings;
    if (p.endsWith("/responses"))
        return EndpointKind::Responses;
    if (p.endsWith("/moderations"))
        return EndpointKind::Moderations;
    if (p.endsWith("/messages"))
        return EndpointKind::AnthropicMessages;
    return EndpointKind::Other;
}

EndpointKind classifyUrl(const QByteArray &method, const QByteArray &url)
{
    const qsizetype authority = url.indexOf("//");
    const qsizetype slash = url.indexOf('/', authority < 0 ? 0 : authority + 2);
    return classify(method, slash < 0 ? QByteArrayLiteral("/") : url.mid(slash));
}

QLatin1StringView name(EndpointKind kind)
{
    switch (kind) {
    case EndpointKind::ChatCompletions:
        return QLatin1StringView("chat");
    case EndpointKind::Completions:
        return QLatin1StringView("completions");
    case EndpointKind::Embeddings:
        return QLatin1StringView("embeddings");
    case EndpointKind::Responses:
        return QLatin1StringView("responses");
    case EndpointKind::Moderations:
        return QLatin1StringView("moderations");
    case EndpointKind::AnthropicMessages:
        return QLatin1StringView("messages");
    case EndpointKind::Models:
        return QLatin1StringView("models");
    case EndpointKind::Other:
        break;
    }
    return QLatin1StringView("other");
}

EndpointKind fromName(QLatin1StringView text)
{
    for (EndpointKind kind :
         {EndpointKind::ChatCompletions, EndpointKind::Completions, EndpointKind::Embeddings,
          EndpointKind::Responses, EndpointKind::Moderations, EndpointKind::AnthropicMessages,
          EndpointKind::Models}) {
        if (name(kind) == text)
            return kind;
    }
    return EndpointKind::Other;
}

QLatin1StringView operationName(EndpointKind kind)
{
    switch (kind) {
    case EndpointKind::ChatCompletions:
    case EndpointKind::Responses:
    case EndpointKind::AnthropicMessages:
        return QLatin1StringView("chat");
    case EndpointKind::Completions:
        return QLatin1StringView("text_completion");
    case EndpointKind::Embeddings:
        return QLatin1StringView("embeddings");
    default:
        break;
    }
    return {};
}

bool isGenerative(EndpointKind kind)
{
    return kind == EndpointKind::ChatCompletions || kind == EndpointKind::Completions
            || kind == EndpointKind::Responses || kind == EndpointKind::AnthropicMessages;
}

} // namespace Endpoint
