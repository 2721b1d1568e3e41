#include "llmfixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <QtEndian>

#include <utility>

namespace LlmFixtures {

// The em dash and the accented letter make sure multi-byte UTF-8 survives every hop.
const Answer Chat {"gpt-4o-mini-2024-07-18",
                   "The capital of France is Paris \xe2\x80\x94 home to about 2.1 million people.",
                   {1234, 17, 1024, 0, 0}};
const Answer TextCompletion {"gpt-3.5-turbo-instruct:20230824-v2",
                             " Paris is the capital and largest city of France.",
                             {6, 11, 0, 0, 0}};
const Answer Response {
        "gpt-5-mini-2025-08-07", "Paris is the capital of France.", {812, 150, 512, 0, 64}};
const Answer AnthropicMessage {
        "claude-haiku-4-5-20251001",
        "Paris is the capital of France, on the Seine in \xc3\x8ele-de-France.",
        {25, 19, 0, 1800, 0}};
const char EmbeddingModel[] = "text-embedding-3-small";
const char OpenAiRequestId[] = "req_7f3c2b1a9e8d4c6b5a4f3e2d1c0b9a8f";
const char AnthropicRequestId[] = "req_011CVx7Jm2Qp4Rt6Yw8Za1Bc";

namespace {

const QByteArray Created = "1767225600";
const QByteArray ChatId = "chatcmpl-CbX2kM9pQ7rT4vW1yZ3aB5cD6eF8g";
const QByteArray ChatFingerprint = "fp_560af6e559";
const QByteArray CompletionId = "cmpl-CbX3nP0qR8sU5wX2zA4bC6dE7fG9h";
const QByteArray ResponseId = "resp_68c1f0a2b3d4e5f60718293a4b5c6d7e0f1a2b3c4d5e6f70";
const QByteArray ReasoningItemId = "rs_68c1f0a3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f7";
const QByteArray MessageItemId = "msg_68c1f0a4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708";
const QByteArray AnthropicMessageId = "msg_01XFDUDYJgAACzvnptvVoYEL";

QByteArray str(const QByteArray &utf8)
{
    // QJsonDocument writes only arrays and objects; strip the array around the one string.
    const QByteArray array =
            QJsonDocument(QJsonArray {QString::fromUtf8(utf8)}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

QByteArray num(int n)
{
    return QByteArray::number(n);
}

QByteArray dataFrame(const QByteArray &json)
{
    return "data: " + json + "\n\n";
}

QByteArray namedFrame(const QByteArray &type, const QByteArray &json)
{
    return "event: " + type + "\ndata: " + json + "\n\n";
}

QByteArray joined(const QList<QByteArray> &parts)
{
    return parts.join(',');
}

// --- OpenAI Chat Completions -------------------------------------------------------------

QByteArray chatUsage()
{
    const Usage &u = Chat.usage;
    return "{\"prompt_tokens\":" + num(u.input) + ",\"completion_tokens\":" + num(u.output)
            + ",\"total_tokens\":" + num(u.input + u.output)
            + ",\"prompt_tokens_details\":{\"cached_tokens\":" + num(u.cachedInput)
            + ",\"audio_tokens\":0},\"completion_tokens_details\":{\"reasoning_tokens\":"
            + num(u.reasoning)
            + ",\"audio_tokens\":0,\"accepted_prediction_tokens\":0,"
              "\"rejected_prediction_tokens\":0}}";
}

QByteArray chatChunk(const QByteArray &choices, bool includeUsage, const QByteArray &usage)
{
    QByteArray chunk = "{\"id\":\"" + ChatId
            + "\",\"object\":\"chat.completion.chunk\",\"created\":" + Created + ",\"model\":\""
            + Chat.model + "\",\"service_tier\":\"default\",\"system_fingerprint\":\""
            + ChatFingerprint + "\",\"choices\":[" + choices + "]";
    if (includeUsage)
        chunk += ",\"usage\":" + usage;
    return chunk + "}";
}

QByteArray chatChoice(const QByteArray &delta, const QByteArray &finishReason)
{
    return "{\"index\":0,\"delta\":" + delta
            + ",\"logprobs\":null,\"finish_reason\":" + finishReason + "}";
}

// --- OpenAI legacy Completions -----------------------------------------------------------

QByteArray completionUsage()
{
    const Usage &u = TextCompletion.usage;
    return "{\"prompt_tokens\":" + num(u.input) + ",\"completion_tokens\":" + num(u.output)
            + ",\"total_tokens\":" + num(u.input + u.output) + "}";
}

QByteArray completionChunk(const QByteArray &choices, bool includeUsage, const QByteArray &usage)
{
    QByteArray chunk = "{\"id\":\"" + CompletionId
            + "\",\"object\":\"text_completion\",\"created\":" + Created + ",\"choices\":["
            + choices + "],\"model\":\"" + TextCompletion.model + "\"";
    if (includeUsage)
        chunk += ",\"usage\":" + usage;
    return chunk + "}";
}

QByteArray completionChoice(const QByteArray &text, const QByteArray &finishReason)
{
    return "{\"text\":" + str(text)
            + ",\"index\":0,\"logprobs\":null,\"finish_reason\":" + finishReason + "}";
}

// --- OpenAI Responses --------------------------------------------------------------------

QByteArray responseUsage()
{
    const Usage &u = Response.usage;
    return "{\"input_tokens\":" + num(u.input) + ",\"input_tokens_details\":{\"cached_tokens\":"
            + num(u.cachedInput) + "},\"output_tokens\":" + num(u.output)
            + ",\"output_tokens_details\":{\"reasoning_tokens\":" + num(u.reasoning)
            + "},\"total_tokens\":" + num(u.input + u.output) + "}";
}

QByteArray reasoningItem()
{
    return "{\"id\":\"" + ReasoningItemId + "\",\"type\":\"reasoning\",\"summary\":[]}";
}

QByteArray outputTextPart(const QByteArray &text)
{
    return "{\"type\":\"output_text\",\"annotations\":[],\"logprobs\":[],\"text\":" + str(text)
            + "}";
}

QByteArray messageItem(bool completed)
{
    return "{\"id\":\"" + MessageItemId + "\",\"type\":\"message\",\"status\":\""
            + (completed ? "completed" : "in_progress") + "\",\"content\":["
            + (completed ? outputTextPart(Response.text) : QByteArray())
            + "],\"role\":\"assistant\"}";
}

QByteArray responseObject(bool completed)
{
    const QByteArray output = completed ? reasoningItem() + "," + messageItem(true) : QByteArray();
    return "{\"id\":\"" + ResponseId + "\",\"object\":\"response\",\"created_at\":" + Created
            + ",\"status\":\"" + (completed ? "completed" : "in_progress")
            + "\",\"background\":false,\"error\":null,\"incomplete_details\":null,"
              "\"instructions\":null,\"max_output_tokens\":null,\"max_tool_calls\":null,"
              "\"model\":\""
            + Response.model + "\",\"output\":[" + output
            + "],\"parallel_tool_calls\":true,\"previous_response_id\":null,"
              "\"prompt_cache_key\":null,\"reasoning\":{\"effort\":\"medium\",\"summary\":null},"
              "\"safety_identifier\":null,\"service_tier\":\"default\",\"store\":true,"
              "\"temperature\":1.0,\"text\":{\"format\":{\"type\":\"text\"},"
              "\"verbosity\":\"medium\"},\"tool_choice\":\"auto\",\"tools\":[],"
              "\"top_logprobs\":0,\"top_p\":1.0,\"truncation\":\"disabled\",\"usage\":"
            + (completed ? responseUsage() : QByteArray("null"))
            + ",\"user\":null,\"metadata\":{}}";
}

// --- Anthropic Messages ------------------------------------------------------------------

QByteArray anthropicUsage(int outputTokens)
{
    const Usage &u = AnthropicMessage.usage;
    return "{\"input_tokens\":" + num(u.input) + ",\"cache_creation_input_tokens\":"
            + num(u.cacheWrite) + ",\"cache_read_input_tokens\":" + num(u.cachedInput)
            + ",\"cache_creation\":{\"ephemeral_5m_input_tokens\":" + num(u.cacheWrite)
            + ",\"ephemeral_1h_input_tokens\":0},\"output_tokens\":" + num(outputTokens)
            + ",\"service_tier\":\"standard\"}";
}

QByteArray anthropicMessageObject(bool complete)
{
    const QByteArray content = complete
            ? "{\"type\":\"text\",\"text\":" + str(AnthropicMessage.text) + "}"
            : QByteArray();
    return "{\"id\":\"" + AnthropicMessageId
            + "\",\"type\":\"message\",\"role\":\"assistant\",\"model\":\"" + AnthropicMessage.model
            + "\",\"content\":[" + content + "],\"stop_reason\":"
            + (complete ? "\"end_turn\"" : "null") + ",\"stop_sequence\":null,\"usage\":"
            + anthropicUsage(complete ? AnthropicMessage.usage.output : 1) + "}";
}

// --- Serving -----------------------------------------------------------------------------

// Writes a stream's frames one per chunk, the first at once and the rest `intervalMs` apart.
class EventPacer : public QObject
{
public:
    EventPacer(const FakeUpstream::Reply &reply, QList<QByteArray> events, int intervalMs,
               QObject *parent)
        : QObject(parent)
        , m_reply(reply)
        , m_events(std::move(events))
    {
        connect(&m_timer, &QTimer::timeout, this, &EventPacer::writeNext);
        m_timer.start(intervalMs);
        writeNext();
    }

private:
    void writeNext()
    {
        if (!m_reply.isConnected()) {
            m_timer.stop();
            deleteLater();
        } else if (m_next < m_events.size()) {
            m_reply.streamChunk(m_events.at(m_next++));
        } else {
            m_reply.endStream();
            m_timer.stop();
            deleteLater();
        }
    }

    FakeUpstream::Reply m_reply;
    QList<QByteArray> m_events;
    qsizetype m_next = 0;
    QTimer m_timer;
};

void stream(FakeUpstream::Reply &reply, const HttpHeaders &headers, QList<QByteArray> events,
            FakeUpstream *upstream, int intervalMs)
{
    reply.beginStream(200, headers);
    if (intervalMs > 0) {
        new EventPacer(reply, std::move(events), intervalMs, upstream);
        return;
    }
    for (const QByteArray &event : std::as_const(events))
        reply.streamChunk(event);
    reply.endStream();
}

HttpHeaders openAiHeaders()
{
    HttpHeaders headers;
    headers.append("x-request-id", OpenAiRequestId);
    headers.append("openai-version", "2020-10-01");
    headers.append("openai-processing-ms", "412");
    return headers;
}

HttpHeaders anthropicHeaders()
{
    HttpHeaders headers;
    headers.append("request-id", AnthropicRequestId);
    headers.append("anthropic-organization-id", "0f6d2f7e-8c4b-4a3e-9d1c-5b7a2e4f6c80");
    return headers;
}

} // namespace

QList<QByteArray> deltas(const char *text)
{
    QList<QByteArray> pieces;
    const QByteArray all(text);
    qsizetype start = 0;
    while (start < all.size()) {
        qsizetype end = all.indexOf(' ', start + 1);
        if (end < 0)
            end = all.size();
        pieces.append(all.mid(start, end - start));
        start = end;
    }
    return pieces;
}

QByteArray chatCompletion()
{
    return "{\"id\":\"" + ChatId + "\",\"object\":\"chat.completion\",\"created\":" + Created
            + ",\"model\":\"" + Chat.model
            + "\",\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":"
            + str(Chat.text)
            + ",\"refusal\":null,\"annotations\":[]},\"logprobs\":null,\"finish_reason\":"
              "\"stop\"}],\"usage\":"
            + chatUsage() + ",\"service_tier\":\"default\",\"system_fingerprint\":\""
            + ChatFingerprint + "\"}";
}

QList<QByteArray> chatCompletionEvents(bool includeUsage)
{
    const QByteArray noUsage = "null";
    QList<QByteArray> events;
    events.append(dataFrame(chatChunk(
            chatChoice("{\"role\":\"assistant\",\"content\":\"\",\"refusal\":null}", "null"),
            includeUsage, noUsage)));
    const QList<QByteArray> pieces = deltas(Chat.text);
    for (const QByteArray &piece : pieces) {
        events.append(dataFrame(chatChunk(chatChoice("{\"content\":" + str(piece) + "}", "null"),
                                          includeUsage, noUsage)));
    }
    events.append(dataFrame(chatChunk(chatChoice("{}", "\"stop\""), includeUsage, noUsage)));
    if (includeUsage)
        events.append(dataFrame(chatChunk({}, true, chatUsage())));
    events.append(dataFrame("[DONE]"));
    return events;
}

QByteArray textCompletion()
{
    return "{\"id\":\"" + CompletionId + "\",\"object\":\"text_completion\",\"created\":" + Created
            + ",\"model\":\"" + TextCompletion.model + "\",\"choices\":["
            + completionChoice(TextCompletion.text, "\"stop\"") + "],\"usage\":" + completionUsage()
            + "}";
}

QList<QByteArray> textCompletionEvents(bool includeUsage)
{
    const QByteArray noUsage = "null";
    QList<QByteArray> events;
    const QList<QByteArray> pieces = deltas(TextCompletion.text);
    for (const QByteArray &piece : pieces) {
        events.append(
                dataFrame(completionChunk(completionChoice(piece, "null"), includeUsage, noUsage)));
    }
    events.append(
            dataFrame(completionChunk(completionChoice({}, "\"stop\""), includeUsage, noUsage)));
    if (includeUsage)
        events.append(dataFrame(completionChunk({}, true, completionUsage())));
    events.append(dataFrame("[DONE]"));
    return events;
}

float embeddingValue(int i, int j)
{
    return float((i * 31 + j * 7) % 97 - 48) / 128.0f;
}

QByteArray embeddings(int count, int dimensions, bool base64)
{
    QList<QByteArray> items;
    for (int i = 0; i < count; ++i) {
        QByteArray vector;
        if (base64) {
            QByteArray raw(qsizetype(dimensions) * 4, Qt::Uninitialized);
            for (int j = 0; j < dimensions; ++j)
                qToLittleEndian(embeddingValue(i, j), raw.data() + j * 4);
            vector = '"' + raw.toBase64() + '"';
        } else {
            QList<QByteArray> values;
            values.reserve(dimensions);
            for (int j = 0; j < dimensions; ++j)
                values.append(QByteArray::number(double(embeddingValue(i, j)), 'g', 9));
            vector = '[' + values.join(',') + ']';
        }
        items.append("{\"object\":\"embedding\",\"index\":" + num(i) + ",\"embedding\":" + vector
                     + "}");
    }
    const int tokens = count * EmbeddingTokensPerInput;
    return "{\"object\":\"list\",\"data\":[" + joined(items) + "],\"model\":\"" + EmbeddingModel
            + "\",\"usage\":{\"prompt_tokens\":" + num(tokens) + ",\"total_tokens\":" + num(tokens)
            + "}}";
}

QByteArray response()
{
    return responseObject(true);
}

QList<QByteArray> responseEvents()
{
    QList<QByteArray> events;
    auto add = [&events](const QByteArray &type, const QByteArray &fields) {
        events.append(namedFrame(type,
                                 "{\"type\":\"" + type + "\",\"sequence_number\":"
                                         + num(int(events.size())) + "," + fields + "}"));
    };
    const QByteArray messageAt =
            "\"item_id\":\"" + MessageItemId + "\",\"output_index\":1,\"content_index\":0";
    add("response.created", "\"response\":" + responseObject(false));
    add("response.in_progress", "\"response\":" + responseObject(false));
    add("response.output_item.added", "\"output_index\":0,\"item\":" + reasoningItem());
    add("response.output_item.done", "\"output_index\":0,\"item\":" + reasoningItem());
    add("response.output_item.added", "\"output_index\":1,\"item\":" + messageItem(false));
    add("response.content_part.added", messageAt + ",\"part\":" + outputTextPart({}));
    const QList<QByteArray> pieces = deltas(Response.text);
    for (const QByteArray &piece : pieces)
        add("response.output_text.delta",
            messageAt + ",\"delta\":" + str(piece) + ",\"logprobs\":[]");
    add("response.output_text.done",
        messageAt + ",\"text\":" + str(Response.text) + ",\"logprobs\":[]");
    add("response.content_part.done", messageAt + ",\"part\":" + outputTextPart(Response.text));
    add("response.output_item.done", "\"output_index\":1,\"item\":" + messageItem(true));
    add("response.completed", "\"response\":" + responseObject(true));
    return events;
}

QByteArray modelList()
{
    return "{\"object\":\"list\",\"data\":["
           "{\"id\":\"gpt-4o-mini\",\"object\":\"model\",\"created\":1721172741,"
           "\"owned_by\":\"system\"},"
           "{\"id\":\"gpt-5-mini\",\"object\":\"model\",\"created\":1754425928,"
           "\"owned_by\":\"system\"},"
           "{\"id\":\"gpt-3.5-turbo-instruct\",\"object\":\"model\",\"created\":1692901427,"
           "\"owned_by\":\"system\"},"
           "{\"id\":\"text-embedding-3-small\",\"object\":\"model\",\"created\":1705948997,"
           "\"owned_by\":\"system\"}]}";
}

QByteArray anthropicMessage()
{
    return anthropicMessageObject(true);
}

QList<QByteArray> anthropicMessageEvents()
{
    QList<QByteArray> events;
    events.append(namedFrame(
            "message_start",
            "{\"type\":\"message_start\",\"message\":" + anthropicMessageObject(false) + "}"));
    events.append(namedFrame("content_block_start",
                             "{\"type\":\"content_block_start\",\"index\":0,"
                             "\"content_block\":{\"type\":\"text\",\"text\":\"\"}}"));
    events.append(namedFrame("ping", "{\"type\": \"ping\"}"));
    const QList<QByteArray> pieces = deltas(AnthropicMessage.text);
    for (const QByteArray &piece : pieces) {
        events.append(namedFrame("content_block_delta",
                                 "{\"type\":\"content_block_delta\",\"index\":0,"
                                 "\"delta\":{\"type\":\"text_delta\",\"text\":"
                                         + str(piece) + "}}"));
    }
    events.append(
            namedFrame("content_block_stop", "{\"type\":\"content_block_stop\",\"index\":0}"));
    const Usage &u = AnthropicMessage.usage;
    // Counts here are cumulative and, in current API versions, repeat the input side too.
    events.append(namedFrame("message_delta",
                             "{\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"end_turn\","
                             "\"stop_sequence\":null},\"usage\":{\"input_tokens\":"
                                     + num(u.input)
                                     + ",\"cache_creation_input_tokens\":" + num(u.cacheWrite)
                                     + ",\"cache_read_input_tokens\":" + num(u.cachedInput)
                                     + ",\"output_tokens\":" + num(u.output) + "}}"));
    events.append(namedFrame("message_stop", "{\"type\":\"message_stop\"}"));
    return events;
}

QByteArray anthropicModelList()
{
    return "{\"data\":["
           "{\"type\":\"model\",\"id\":\"claude-sonnet-4-5-20250929\","
           "\"display_name\":\"Claude Sonnet 4.5\",\"created_at\":\"2025-09-29T00:00:00Z\"},"
           "{\"type\":\"model\",\"id\":\"claude-haiku-4-5-20251001\","
           "\"display_name\":\"Claude Haiku 4.5\",\"created_at\":\"2025-10-01T00:00:00Z\"}],"
           "\"has_more\":false,\"first_id\":\"claude-sonnet-4-5-20250929\","
           "\"last_id\":\"claude-haiku-4-5-20251001\"}";
}

QByteArray openAiError(const QByteArray &message, const QByteArray &type)
{
    return "{\"error\":{\"message\":" + str(message) + ",\"type\":\"" + type
            + "\",\"param\":null,\"code\":null}}";
}

FakeUpstream::Handler handler(FakeUpstream *upstream, int eventIntervalMs)
{
    return [upstream, eventIntervalMs](const FakeUpstream::Request &request,
                                       FakeUpstream::Reply &reply) {
        const QByteArray &method = request.head.method;
        QByteArray path = request.head.target;
        if (const qsizetype query = path.indexOf('?'); query >= 0)
            path.truncate(query);
        const bool anthropic = request.head.headers.contains("anthropic-version");

        if (method == "GET" && path.endsWith("/models")) {
            if (anthropic)
                reply.send(200, anthropicModelList(), "application/json", anthropicHeaders());
            else
                reply.send(200, modelList(), "application/json", openAiHeaders());
            return;
        }

        QJsonParseError error;
        const QJsonObject body = QJsonDocument::fromJson(request.body, &error).object();
        if (method != "POST") {
            reply.send(404,
                       openAiError(method + ' ' + path + ": not served by the fixture upstream",
                                   "invalid_request_error"),
                       "application/json", openAiHeaders());
            return;
        }
        if (error.error != QJsonParseError::NoError) {
            reply.send(400, openAiError("the body is not JSON", "invalid_request_error"),
                       "application/json", openAiHeaders());
            return;
        }
        const bool streamed = body.value(QLatin1String("stream")).toBool();
        const bool includeUsage = body.value(QLatin1String("stream_options"))
                                          .toObject()
                                          .value(QLatin1String("include_usage"))
                                          .toBool();

        if (path.endsWith("/chat/completions")) {
            if (streamed)
                stream(reply, openAiHeaders(), chatCompletionEvents(includeUsage), upstream,
                       eventIntervalMs);
            else
                reply.send(200, chatCompletion(), "application/json", openAiHeaders());
        } else if (path.endsWith("/completions")) {
            if (streamed)
                stream(reply, openAiHeaders(), textCompletionEvents(includeUsage), upstream,
                       eventIntervalMs);
            else
                reply.send(200, textCompletion(), "application/json", openAiHeaders());
        } else if (path.endsWith("/responses")) {
            if (streamed)
                stream(reply, openAiHeaders(), responseEvents(), upstream, eventIntervalMs);
            else
                reply.send(200, response(), "application/json", openAiHeaders());
        } else if (path.endsWith("/embeddings")) {
            // One string or token list is one input; a list of strings or lists is several.
            const QJsonArray inputs = body.value(QLatin1String("input")).toArray();
            const int count =
                    inputs.isEmpty() || inputs.first().isDouble() ? 1 : int(inputs.size());
            const int dimensions =
                    body.value(QLatin1String("dimensions")).toInt(EmbeddingDimensions);
            const bool base64 = body.value(QLatin1String("encoding_format")).toString()
                    == QLatin1String("base64");
            reply.send(200, embeddings(count, dimensions, base64), "application/json",
                       openAiHeaders());
        } else if (path.endsWith("/messages")) {
            if (streamed)
                stream(reply, anthropicHeaders(), anthropicMessageEvents(), upstream,
                       eventIntervalMs);
            else
                reply.send(200, anthropicMessage(), "application/json", anthropicHeaders());
        } else {
            reply.send(404,
                       openAiError("POST " + path + ": not served by the fixture upstream",
                                   "invalid_request_error"),
                       "application/json", openAiHeaders());
        }
    };
}

} // namespace LlmFixtures
