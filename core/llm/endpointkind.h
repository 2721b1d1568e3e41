#pragma once

#include <QByteArray>
#include <QLatin1StringView>

// What kind of API call a request is, from its method and upstream path.
enum class EndpointKind {
    ChatCompletions, // POST …/chat/completions
    Completions, // POST …/completions (legacy text completions)
    Embeddings, // POST …/embeddings
    Responses, // POST …/responses (OpenAI Responses API)
    Moderations, // POST …/moderations
    AnthropicMessages, // POST …/messages
    Models, // GET …/models[/id]
    Other,
};

namespace Endpoint {

// `path` is the upstream request-target; a query string is ignored.
EndpointKind classify(const QByteArray &method, const QByteArray &path);
// The same from a whole upstream URL ("https://host:443/v1/chat/completions?x"), as traces and
// cache entries keep it.
EndpointKind classifyUrl(const QByteArray &method, const QByteArray &url);
// Stable short name stored in traces and used in filters: "chat", "completions", "embeddings",
// "responses", "moderations", "messages", "models", "other".
QLatin1StringView name(EndpointKind kind);
// The inverse of name(); Other for anything unknown.
EndpointKind fromName(QLatin1StringView name);
// gen_ai.operation.name: "chat", "text_completion", "embeddings", or empty when none applies.
QLatin1StringView operationName(EndpointKind kind);
// Whether responses carry generated tokens (chat, completions, responses, messages).
bool isGenerative(EndpointKind kind);

} // namespace Endpoint
