#include "spanbuilder.h"

#include "genaimessages.h"
#include "llm/conversation.h"
#include "llm/endpointkind.h"
#include "trace/tracecontext.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

QString jsonText(const QJsonValue &value)
{
    const QJsonDocument document =
            value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    return QString::fromUtf8(document.toJson(QJsonDocument::Compact));
}

QByteArray idBytes(const QByteArray &recorded, qsizetype bytes)
{
    const QByteArray lower = recorded.toLower();
    if (TraceContext::isHex(lower, bytes * 2))
        return QByteArray::fromHex(lower);
    return QCryptographicHash::hash(recorded, QCryptographicHash::Sha256).left(bytes);
}

// The request parameters the conventions name, read from the stored request body. Also the
// keys of Braintrust's metadata, which shows them next to the model.
struct RequestParameters
{
    std::optional<double> temperature;
    std::optional<double> topP;
    std::optional<qint64> topK;
    std::optional<qint64> maxTokens;
    std::optional<qint64> seed;
    std::optional<qint64> choiceCount;
    std::optional<double> frequencyPenalty;
    std::optional<double> presencePenalty;
    QStringList stopSequences;
    QString outputType;
    QString reasoningLevel;
    QString previousResponseId;
    QString serviceTier;
    QJsonValue embeddingsInput;

    static RequestParameters read(const QJsonObject &body)
    {
        RequestParameters p;
        auto number = [&](QLatin1StringView key) -> std::optional<double> {
            const QJsonValue v = body.value(key);
            return v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
        };
        auto integer = [&](QLatin1StringView key) -> std::optional<qint64> {
            const QJsonValue v = body.value(key);
            return v.isDouble() ? std::optional<qint64>(v.toInteger()) : std::nullopt;
        };
        p.temperature = number("temperature"_L1);
        p.topP = number("top_p"_L1);
        p.topK = integer("top_k"_L1);
        p.maxTokens = integer("max_completion_tokens"_L1);
        if (!p.maxTokens)
            p.maxTokens = integer("max_tokens"_L1);
        if (!p.maxTokens)
            p.maxTokens = integer("max_output_tokens"_L1);
        p.seed = integer("seed"_L1);
        p.choiceCount = integer("n"_L1);
        p.frequencyPenalty = number("frequency_penalty"_L1);
        p.presencePenalty = number("presence_penalty"_L1);
        const QJsonValue stop = body.value("stop"_L1).isUndefined()
                ? body.value("stop_sequences"_L1)
                : body.value("stop"_L1);
        if (stop.isString())
            p.stopSequences.append(stop.toString());
        for (const QJsonValue &s : stop.toArray())
            p.stopSequences.append(s.toString());
        // response_format (chat) or text.format (Responses): json_object/json_schema → json.
        QString format = body.value("response_format"_L1).toObject().value("type"_L1).toString();
        if (format.isEmpty())
            format = body.value("text"_L1)
                             .toObject()
                             .value("format"_L1)
                             .toObject()
                             .value("type"_L1)
                             .toString();
        if (format.startsWith("json"_L1))
            p.outputType = u"json"_s;
        else if (format == "text"_L1)
            p.outputType = u"text"_s;
        p.reasoningLevel = body.value("reasoning_effort"_L1).toString();
        if (p.reasoningLevel.isEmpty())
            p.reasoningLevel = body.value("reasoning"_L1).toObject().value("effort"_L1).toString();
        p.previousResponseId = body.value("previous_response_id"_L1).toString();
        p.serviceTier = body.value("service_tier"_L1).toString();
        p.embeddingsInput = body.value("input"_L1);
        return p;
    }
};

// "http_503" → "503" (the conventions' error.type for an HTTP status); other kinds as they are.
QString errorType(const TraceRecord &r)
{
    if (r.errorKind.startsWith("http_"_L1))
        return r.errorKind.mid(5);
    if (!r.errorKind.isEmpty())
        return r.errorKind;
    return r.status >= 400 ? QString::number(r.status) : u"_OTHER"_s;
}

QString btParentOf(const TraceRecord &r)
{
    return r.metadata.value("bt_parent"_L1).toString();
}

void addUsage(SpanData &span, const TokenUsage &u)
{
    auto add = [&](const QString &key, const std::optional<qint64> &value) {
        if (value)
            span.set(key, *value);
    };
    add(u"gen_ai.usage.input_tokens"_s, u.input);
    add(u"gen_ai.usage.output_tokens"_s, u.output);
    add(u"gen_ai.usage.cache_read.input_tokens"_s, u.cachedInput);
    add(u"gen_ai.usage.cache_write.input_tokens"_s, u.cacheWrite);
    // The v1.40–1.41 name of the same count, for readers of those versions.
    add(u"gen_ai.usage.cache_creation.input_tokens"_s, u.cacheWrite);
    add(u"gen_ai.usage.reasoning.output_tokens"_s, u.reasoning);
}

void addRequestParameters(SpanData &span, const RequestParameters &p)
{
    if (p.temperature)
        span.set(u"gen_ai.request.temperature"_s, *p.temperature);
    if (p.topP)
        span.set(u"gen_ai.request.top_p"_s, *p.topP);
    if (p.topK)
        span.set(u"gen_ai.request.top_k"_s, *p.topK);
    if (p.maxTokens)
        span.set(u"gen_ai.request.max_tokens"_s, *p.maxTokens);
    if (p.seed)
        span.set(u"gen_ai.request.seed"_s, *p.seed);
    if (p.choiceCount && *p.choiceCount != 1)
        span.set(u"gen_ai.request.choice.count"_s, *p.choiceCount);
    if (p.frequencyPenalty)
        span.set(u"gen_ai.request.frequency_penalty"_s, *p.frequencyPenalty);
    if (p.presencePenalty)
        span.set(u"gen_ai.request.presence_penalty"_s, *p.presencePenalty);
    if (!p.stopSequences.isEmpty())
        span.set(u"gen_ai.request.stop_sequences"_s, p.stopSequences);
    if (!p.outputType.isEmpty())
        span.set(u"gen_ai.output.type"_s, p.outputType);
    if (!p.reasoningLevel.isEmpty())
        span.set(u"gen_ai.request.reasoning.level"_s, p.reasoningLevel);
    if (!p.previousResponseId.isEmpty())
        span.set(u"gen_ai.request.previous_response.id"_s, p.previousResponseId);
    if (!p.serviceTier.isEmpty())
        span.set(u"openai.request.service_tier"_s, p.serviceTier);
}

QJsonObject braintrustMetadata(const TraceRecord &r, const QString &provider,
                               const RequestParameters &p)
{
    QJsonObject m;
    // Custom metadata first, so that TokenTap's own keys win a clash.
    for (auto it = r.metadata.begin(); it != r.metadata.end(); ++it) {
        if (it.key() != "bt_parent"_L1)
            m.insert(it.key(), it.value());
    }
    auto text = [&](QLatin1StringView key, const QString &value) {
        if (!value.isEmpty())
            m.insert(key, value);
    };
    text("model"_L1, r.responseModel.isEmpty() ? r.model : r.responseModel);
    text("provider"_L1, provider);
    text("user"_L1, r.user);
    text("session_id"_L1, r.sessionId);
    text("cache"_L1, r.cache);
    text("upstream"_L1, r.upstream);
    text("endpoint"_L1, r.endpoint);
    text("finish_reason"_L1, r.finishReason);
    text("trace_name"_L1, r.traceName);
    text("generation_name"_L1, r.generationName);
    if (!r.tags.isEmpty())
        m.insert("tags"_L1, QJsonArray::fromStringList(r.tags));
    if (r.status)
        m.insert("status"_L1, r.status);
    if (p.temperature)
        m.insert("temperature"_L1, *p.temperature);
    if (p.maxTokens)
        m.insert("max_tokens"_L1, *p.maxTokens);
    if (p.topP)
        m.insert("top_p"_L1, *p.topP);
    if (p.seed)
        m.insert("seed"_L1, *p.seed);
    return m;
}

QJsonObject braintrustMetrics(const TraceRecord &r)
{
    const TokenUsage &u = r.usage;
    // Through whole microseconds: nanoseconds since 1970 do not fit a double exactly.
    QJsonObject m {{"start"_L1, double(r.startUnixNs / 1000) / 1e6},
                   {"end"_L1, double(r.endUnixNs / 1000) / 1e6}};
    auto count = [&](QLatin1StringView key, const std::optional<qint64> &value) {
        if (value)
            m.insert(key, *value);
    };
    count("prompt_tokens"_L1, u.input);
    count("completion_tokens"_L1, u.output);
    std::optional<qint64> total = u.total;
    if (!total && u.isKnown())
        total = u.input.value_or(0) + u.output.value_or(0);
    count("tokens"_L1, total);
    count("prompt_cached_tokens"_L1, u.cachedInput);
    count("prompt_cache_creation_tokens"_L1, u.cacheWrite);
    count("completion_reasoning_tokens"_L1, u.reasoning);
    if (r.ttftMs)
        m.insert("time_to_first_token"_L1, *r.ttftMs / 1000);
    if (r.costUsd)
        m.insert("estimated_cost"_L1, *r.costUsd);
    return m;
}

} // namespace

namespace SpanBuilder {

QByteArray traceIdBytes(const QByteArray &recordedId)
{
    return idBytes(recordedId, 16);
}

QByteArray spanIdBytes(const QByteArray &recordedId)
{
    return idBytes(recordedId, 8);
}

QString providerName(const QString &url)
{
    const QString host = QUrl(url).host().toLower();
    const std::pair<QLatin1StringView, QLatin1StringView> byHost[] = {
            {"openai.azure.com"_L1, "azure.ai.openai"_L1},
            {"services.ai.azure.com"_L1, "azure.ai.inference"_L1},
            {"openai.com"_L1, "openai"_L1},
            {"anthropic.com"_L1, "anthropic"_L1},
            {"generativelanguage.googleapis.com"_L1, "gcp.gemini"_L1},
            {"aiplatform.googleapis.com"_L1, "gcp.vertex_ai"_L1},
            {"googleapis.com"_L1, "gcp.gen_ai"_L1},
            {"amazonaws.com"_L1, "aws.bedrock"_L1},
            {"mistral.ai"_L1, "mistral_ai"_L1},
            {"cohere.com"_L1, "cohere"_L1},
            {"cohere.ai"_L1, "cohere"_L1},
            {"deepseek.com"_L1, "deepseek"_L1},
            {"groq.com"_L1, "groq"_L1},
            {"perplexity.ai"_L1, "perplexity"_L1},
            {"x.ai"_L1, "x_ai"_L1},
            {"moonshot.ai"_L1, "moonshot_ai"_L1},
            {"moonshot.cn"_L1, "moonshot_ai"_L1},
            {"openrouter.ai"_L1, "openrouter"_L1},
    };
    for (const auto &[suffix, name] : byHost) {
        // Regional hosts prefix with a dot or a dash: us-central1-aiplatform.googleapis.com.
        if (host == suffix || host.endsWith(QString(QStringLiteral(".") + suffix))
            || host.endsWith(QString(QStringLiteral("-") + suffix)))
            return name;
    }
    return {};
}

SpanData build(const TraceRecord &r, bool privacy)
{
    const bool withContent = !privacy && !r.privacy;
    const EndpointKind kind = Endpoint::fromName(QLatin1StringView(r.endpoint.toLatin1()));
    SpanData span;
    span.traceId = traceIdBytes(r.traceId);
    span.spanId = spanIdBytes(r.spanId);
    if (!r.parentSpanId.isEmpty())
        span.parentSpanId = spanIdBytes(r.parentSpanId);
    span.traceState = QString::fromUtf8(r.traceState);
    span.kind = SpanData::Kind::Client;
    span.startUnixNs = r.startUnixNs;
    span.endUnixNs = std::max(r.endUnixNs, r.startUnixNs);
    // Sampled: TokenTap records every call it exports. A parent always comes from the caller's
    // request (traceparent, x-tokentap-parent-span-id or the body's trace object), so it is a
    // remote one; a root says so too.
    span.flags = SpanData::SampledFlag | SpanData::HasIsRemoteFlag;
    if (!span.parentSpanId.isEmpty())
        span.flags |= SpanData::IsRemoteFlag;
    span.btParent = btParentOf(r);

    QString operation = QString(Endpoint::operationName(kind));
    if (operation.isEmpty())
        operation = r.endpoint.isEmpty() ? r.method : r.endpoint;
    span.name = r.model.isEmpty() ? operation : operation + u' ' + r.model;

    // An unknown host (a local server, a company gateway): the upstream's name is the best guess
    // ("ollama"), as the conventions suggest, unless it is a generic label; then the API the call
    // speaks, which is what the provider name tells a collector (the flavour of attributes).
    QString provider = providerName(r.url);
    const bool genericName =
            r.upstream.isEmpty() || r.upstream == "default"_L1 || r.upstream == "custom"_L1;
    if (provider.isEmpty() && !genericName)
        provider = r.upstream;
    else if (provider.isEmpty() && kind == EndpointKind::AnthropicMessages)
        provider = u"anthropic"_s;
    else if (provider.isEmpty() && kind != EndpointKind::Other)
        provider = u"openai"_s;

    // Sampling-relevant attributes first, as the conventions ask.
    if (!Endpoint::operationName(kind).isEmpty() || kind == EndpointKind::Moderations)
        span.set(u"gen_ai.operation.name"_s, operation);
    if (!provider.isEmpty())
        span.set(u"gen_ai.provider.name"_s, provider);
    if (!r.model.isEmpty())
        span.set(u"gen_ai.request.model"_s, r.model);
    const QUrl url(r.url);
    if (!url.host().isEmpty()) {
        span.set(u"server.address"_s, url.host());
        span.set(u"server.port"_s, qint64(url.port(url.scheme() == "https"_L1 ? 443 : 80)));
    }
    if (kind == EndpointKind::Responses)
        span.set(u"openai.api.type"_s, u"responses"_s);
    else if (kind == EndpointKind::ChatCompletions && provider == "openai"_L1)
        span.set(u"openai.api.type"_s, u"chat_completions"_s);

    const QJsonObject body = r.requestBody.isEmpty()
            ? QJsonObject()
            : QJsonDocument::fromJson(r.requestBody).object();
    const RequestParameters parameters = RequestParameters::read(body);
    addRequestParameters(span, parameters);
    if (r.stream)
        span.set(u"gen_ai.request.stream"_s, true);
    if (!r.sessionId.isEmpty())
        span.set(u"gen_ai.conversation.id"_s, r.sessionId);
    if (!r.user.isEmpty())
        span.set(u"user.id"_s, r.user);

    if (!r.responseModel.isEmpty())
        span.set(u"gen_ai.response.model"_s, r.responseModel);
    if (!r.responseId.isEmpty())
        span.set(u"gen_ai.response.id"_s, r.responseId);
    const bool failed = !r.errorKind.isEmpty() || r.status >= 400;
    if (!r.finishReason.isEmpty())
        span.set(u"gen_ai.response.finish_reasons"_s, QStringList {r.finishReason});
    else if (failed && Endpoint::isGenerative(kind))
        span.set(u"gen_ai.response.finish_reasons"_s, QStringList {u"error"_s});
    if (r.ttftMs && r.stream)
        span.set(u"gen_ai.response.time_to_first_chunk"_s, *r.ttftMs / 1000);
    addUsage(span, r.usage);

    if (failed) {
        span.status = SpanData::StatusCode::Error;
        span.statusMessage = r.errorMessage;
        span.set(u"error.type"_s, errorType(r));
    }
    if (r.status)
        span.set(u"http.response.status_code"_s, qint64(r.status));

    // PRODUCT.md §7: numbers a backend charts without parsing JSON.
    if (r.costUsd)
        span.set(u"tokentap.cost_usd"_s, *r.costUsd);
    if (r.savedUsd && r.cache == "HIT"_L1)
        span.set(u"tokentap.saved_usd"_s, *r.savedUsd);
    if (!r.cache.isEmpty())
        span.set(u"tokentap.cache"_s, r.cache);
    if (r.ttftMs)
        span.set(u"tokentap.ttft_ms"_s, *r.ttftMs);
    if (!r.upstream.isEmpty())
        span.set(u"tokentap.upstream"_s, r.upstream);

    if (withContent && Conversation::supports(kind) && !r.requestBody.isEmpty()) {
        const Conversation c =
                Conversation::fromCall(kind, r.requestBody, r.responseBody, r.stream);
        span.set(u"gen_ai.input.messages"_s, QString::fromUtf8(GenAiMessages::inputMessages(c)));
        const QByteArray output = GenAiMessages::outputMessages(c);
        if (!output.isEmpty())
            span.set(u"gen_ai.output.messages"_s, QString::fromUtf8(output));
        if (!c.tools.isEmpty())
            span.set(u"gen_ai.tool.definitions"_s, jsonText(c.tools));
        span.set(u"braintrust.input_json"_s, QString::fromUtf8(GenAiMessages::braintrustInput(c)));
        const QByteArray choices = GenAiMessages::braintrustOutput(c);
        if (!choices.isEmpty())
            span.set(u"braintrust.output_json"_s, QString::fromUtf8(choices));
    } else if (withContent && kind == EndpointKind::Embeddings
               && !parameters.embeddingsInput.isUndefined()) {
        const QJsonValue input = parameters.embeddingsInput;
        span.set(u"braintrust.input_json"_s,
                 input.isString() ? jsonText(QJsonArray {input}) : jsonText(input));
    }
    span.set(u"braintrust.metadata"_s, jsonText(braintrustMetadata(r, provider, parameters)));
    span.set(u"braintrust.metrics"_s, jsonText(braintrustMetrics(r)));
    QJsonObject spanAttributes {{"type"_L1, "llm"_L1}};
    const QString customName = !r.spanName.isEmpty() ? r.spanName : r.generationName;
    if (!customName.isEmpty())
        spanAttributes.insert("name"_L1, customName);
    span.set(u"braintrust.span_attributes"_s, jsonText(spanAttributes));
    if (!r.tags.isEmpty())
        span.set(u"braintrust.tags"_s, r.tags);
    if (!span.btParent.isEmpty())
        span.set(u"braintrust.parent"_s, span.btParent);

    if (r.ttftMs) {
        const qint64 at = r.startUnixNs + qint64(*r.ttftMs * 1e6);
        span.events.append({at,
                            u"first_token"_s,
                            {{u"gen_ai.response.time_to_first_chunk"_s, *r.ttftMs / 1000}}});
    }
    return span;
}

SpanData testSpan(qint64 nowUnixNs)
{
    SpanData span;
    span.traceId = QByteArray::fromHex(TraceContext::newTraceId());
    span.spanId = QByteArray::fromHex(TraceContext::newSpanId());
    span.kind = SpanData::Kind::Client;
    span.name = u"tokentap test"_s;
    span.startUnixNs = nowUnixNs;
    span.endUnixNs = nowUnixNs + 1'000'000;
    span.flags = SpanData::SampledFlag | SpanData::HasIsRemoteFlag;
    span.set(u"tokentap.test"_s, true);
    span.set(u"braintrust.span_attributes"_s, u"{\"type\":\"task\",\"name\":\"tokentap test\"}"_s);
    span.set(u"braintrust.input_json"_s, u"\"connection test\""_s);
    span.set(u"braintrust.output_json"_s, u"\"ok\""_s);
    return span;
}

} // namespace SpanBuilder
