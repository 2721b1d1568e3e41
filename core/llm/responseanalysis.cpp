#include "responseanalysis.h"

#include "jsonview.h"

#include <QMap>
#include <QSet>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

// --- JSON helpers --------------------------------------------------------------------------

QString stringAt(const JsonValue &object, std::string_view key)
{
    return object[key].toString();
}

// Absent or null is not reported, which is not 0.
std::optional<qint64> count(const JsonValue &value)
{
    return value.toInteger();
}

// The message of an error object (`{"error":{"message":…}}`, OpenAI, Anthropic, OpenRouter), an
// error string, or a Responses API `error` event, which has the message at the top.
QString errorText(const JsonValue &object)
{
    const JsonValue error = object["error"];
    if (error.isObject()) {
        for (const char *key : {"message", "code", "type"}) {
            if (QString text = stringAt(error, key); !text.isEmpty())
                return text;
        }
        return {};
    }
    if (error.isString())
        return error.toString();
    if (object["type"].stringEquals("error"))
        return stringAt(object, "message");
    return {};
}

// --- usage ---------------------------------------------------------------------------------

// OpenRouter reports what the call cost, in USD.
std::optional<double> reportedCost(const JsonValue &reported)
{
    const JsonValue cost = reported["cost"];
    return cost.isNumber() ? std::optional<double>(cost.toDouble()) : std::nullopt;
}

void completeUsage(TokenUsage &usage, std::optional<double> cost)
{
    if (!usage.total && usage.input && usage.output)
        usage.total = *usage.input + *usage.output;
    if (cost)
        usage.providerCostUsd = *cost;
}

// OpenAI Responses API: input includes cached tokens, output includes reasoning.
TokenUsage responsesUsage(const JsonValue &reported)
{
    TokenUsage usage;
    usage.input = count(reported["input_tokens"]);
    usage.output = count(reported["output_tokens"]);
    usage.total = count(reported["total_tokens"]);
    usage.cachedInput = count(reported["input_tokens_details"]["cached_tokens"]);
    usage.reasoning = count(reported["output_tokens_details"]["reasoning_tokens"]);
    completeUsage(usage, reportedCost(reported));
    return usage;
}

// OpenAI Chat Completions, legacy Completions, Embeddings and every server copying them.
TokenUsage chatUsage(const JsonValue &reported)
{
    if (!reported.contains("prompt_tokens") && reported.contains("input_tokens"))
        return responsesUsage(reported); // a compatible server using the newer names
    TokenUsage usage;
    usage.input = count(reported["prompt_tokens"]);
    usage.output = count(reported["completion_tokens"]);
    usage.total = count(reported["total_tokens"]);
    usage.cachedInput = count(reported["prompt_tokens_details"]["cached_tokens"]);
    if (!usage.cachedInput) // DeepSeek reports cache hits in its own field
        usage.cachedInput = count(reported["prompt_cache_hit_tokens"]);
    // OpenRouter passes on what a cache-writing provider (Anthropic, Gemini) wrote.
    usage.cacheWrite = count(reported["prompt_tokens_details"]["cache_write_tokens"]);
    usage.reasoning = count(reported["completion_tokens_details"]["reasoning_tokens"]);
    // Gemini behind OpenAI compatibility may leave its thinking out of completion_tokens but
    // count it in total_tokens; thinking is billed as output.
    if (usage.total && usage.input && usage.output && *usage.total > *usage.input + *usage.output) {
        const qint64 output = *usage.total - *usage.input;
        usage.reasoning = std::max(output - *usage.output, usage.reasoning.value_or(0));
        usage.output = output;
    }
    completeUsage(usage, reportedCost(reported));
    return usage;
}

// Anthropic's raw counts. Its input_tokens excludes cache reads and writes; a stream reports
// them in message_start and again, cumulatively and authoritatively, in message_delta.
struct AnthropicCounts
{
    std::optional<qint64> input;
    std::optional<qint64> cacheRead;
    std::optional<qint64> cacheWrite;
    std::optional<qint64> cacheWrite1h;
    std::optional<qint64> output;
    std::optional<qint64> thinking;
    std::optional<double> cost; // from the latest usage object
    bool seen = false;

    // message_start's output_tokens is a placeholder (1) before anything was generated, so
    // output is taken only from the final counts: a stream cut before message_delta has an
    // unknown output rather than a wrong one.
    void merge(const JsonValue &usage, bool final)
    {
        seen = true;
        cost = reportedCost(usage);
        auto take = [&usage](std::optional<qint64> &field, std::string_view key) {
            if (const std::optional<qint64> n = count(usage[key]))
                field = n;
        };
        take(input, "input_tokens");
        take(cacheRead, "cache_read_input_tokens");
        take(cacheWrite, "cache_creation_input_tokens");
        // The 5-minute / 1-hour split: the hour's writes cost more. Its sum is the same number
        // as cache_creation_input_tokens, which it stands in for when that is missing.
        const JsonValue split = usage["cache_creation"];
        if (split.isObject() && split.size() > 0) {
            if (const std::optional<qint64> n = count(split["ephemeral_1h_input_tokens"]))
                cacheWrite1h = n;
            if (!usage.contains("cache_creation_input_tokens")) {
                qint64 sum = 0;
                split.forEachMember([&sum](std::string_view, const JsonValue &n) {
                    sum += count(n).value_or(0);
                });
                cacheWrite = sum;
            }
        }
        if (final) {
            take(output, "output_tokens");
            if (const std::optional<qint64> n =
                        count(usage["output_tokens_details"]["thinking_tokens"]))
                thinking = n;
        }
    }

    TokenUsage normalised() const
    {
        TokenUsage usage;
        if (input)
            usage.input = *input + cacheRead.value_or(0) + cacheWrite.value_or(0);
        usage.output = output;
        usage.cachedInput = cacheRead;
        usage.cacheWrite = cacheWrite;
        usage.cacheWrite1h = cacheWrite1h;
        usage.reasoning = thinking;
        completeUsage(usage, cost);
        return usage;
    }
};

// --- text assembly -------------------------------------------------------------------------

// Text arriving in pieces that belong to blocks (Anthropic content blocks, Responses output
// parts): pieces of one block are concatenated, blocks are separated by a newline. Whole bodies
// use the same block keys, so a stream and its non-streamed twin give the same text.
class BlockText
{
public:
    bool append(const QString &block, const QString &piece)
    {
        if (piece.isEmpty())
            return false;
        if (!text.isEmpty() && block != m_block)
            text += u'\n';
        m_block = block;
        text += piece;
        return true;
    }

    QString text;

private:
    QString m_block;
};

// A tool call of a Chat Completions choice; streams send its name once and its arguments in
// pieces, identified by `index` (or, from some compatible servers, only by `id`).
struct ToolSlot
{
    qint64 index = -1;
    QString id;
    QString name;
};

struct Choice
{
    QString text;
    QString reasoning;
    QString finishReason;
    QList<ToolSlot> tools;
};

bool appendString(QString &text, const JsonValue &piece)
{
    const std::string_view s = piece.stringView();
    if (s.empty())
        return false;
    text += QString::fromUtf8(s.data(), qsizetype(s.size()));
    return true;
}

// DeepSeek and vLLM call it reasoning_content, OpenRouter reasoning; some send both, the same.
JsonValue chatReasoning(const JsonValue &message)
{
    const JsonValue content = message["reasoning_content"];
    return !content.stringView().empty() ? content : message["reasoning"];
}

bool isToolCallItem(std::string_view type)
{
    return type.ends_with("_call");
}

// Functions, custom tools and MCP calls are named; a built-in tool call (web_search_call …) is
// named after the tool type it belongs to, as the request declared it.
QString toolCallItemName(const JsonValue &item)
{
    if (QString name = stringAt(item, "name"); !name.isEmpty())
        return name;
    QString type = stringAt(item, "type");
    type.chop(5); // "_call"
    return type;
}

// --- the assembler -------------------------------------------------------------------------

// Collects the facts of one response from a whole body or from its stream events. Which API
// shape an object has is decided by its own markers (an event's "type", a body's "object" or
// "type"), the endpoint kind only breaks ties: OpenRouter and compatible servers answer in
// another provider's shape on any path.
class Assembler
{
public:
    explicit Assembler(EndpointKind kind)
        : m_kind(kind)
    { }

    void readBody(const JsonValue &body)
    {
        noteError(body);
        const std::string_view type = body["type"].stringView();
        const std::string_view object = body["object"].stringView();
        if (type == "message"
            || (m_kind == EndpointKind::AnthropicMessages && object.empty()
                && !body.contains("choices"))) {
            readAnthropicBody(body);
        } else if (object == "response"
                   || (m_kind == EndpointKind::Responses && !body.contains("choices"))) {
            readResponse(body, true);
            body["output"].forEach([this](const JsonValue &item) { readOutputItem(item); });
        } else {
            readChatBody(body);
        }
    }

    // Returns whether the event carried generated content (for the time to first token).
    bool readEvent(const QByteArray &sseType, const JsonValue &event)
    {
        std::string_view type = event["type"].stringView();
        if (type.empty())
            type = std::string_view(sseType.constData(), size_t(sseType.size()));
        if (type.starts_with("response."))
            return readResponsesEvent(type, event);
        if (type.starts_with("message_") || type.starts_with("content_block_") || type == "ping")
            return readAnthropicEvent(type, event);
        if (type == "error") {
            noteError(event);
            if (m_error.isEmpty()) // `event: error` with a bare {"message": …}
                m_error = stringAt(event, "message");
            return false;
        }
        return readChunk(event);
    }

    void finish(ResponseAnalysis &analysis) const
    {
        analysis.responseModel = m_model;
        analysis.responseId = m_id;
        analysis.errorMessage = m_error;
        analysis.finishReason = m_finishReason;
        QStringList texts;
        QStringList reasoning;
        for (const Choice &choice : m_choices) {
            if (!choice.text.isEmpty())
                texts.append(choice.text);
            if (!choice.reasoning.isEmpty())
                reasoning.append(choice.reasoning);
            if (analysis.finishReason.isEmpty())
                analysis.finishReason = choice.finishReason;
            for (const ToolSlot &tool : choice.tools) {
                if (!tool.name.isEmpty())
                    analysis.toolCalls.append(tool.name);
            }
        }
        if (!m_output.text.isEmpty())
            texts.append(m_output.text);
        if (!m_reasoning.text.isEmpty())
            reasoning.append(m_reasoning.text);
        analysis.outputText = texts.join(u'\n');
        analysis.reasoningText = reasoning.join(u'\n');
        analysis.toolCalls += m_toolCalls;
        if (m_anthropic.seen)
            analysis.usage = m_anthropic.normalised();
        else if (m_usage)
            analysis.usage = *m_usage;
    }

private:
    void noteIdentity(const JsonValue &object)
    {
        if (m_id.isEmpty())
            m_id = stringAt(object, "id");
        if (m_model.isEmpty())
            m_model = stringAt(object, "model");
    }

    void noteError(const JsonValue &object)
    {
        if (m_error.isEmpty())
            m_error = errorText(object);
    }

    // Responses and Anthropic tool calls, once per output item or content block.
    void noteToolCall(const QString &key, const QString &name)
    {
        if (!name.isEmpty() && !m_toolKeys.contains(key)) {
            m_toolKeys.insert(key);
            m_toolCalls.append(name);
        }
    }

    // --- OpenAI Chat Completions and legacy Completions

    void readChatBody(const JsonValue &body)
    {
        noteIdentity(body);
        qint64 i = 0;
        body["choices"].forEach([this, &i](const JsonValue &choice) {
            Choice &c = m_choices[count(choice["index"]).value_or(i++)];
            const JsonValue message = choice["message"];
            const JsonValue content = message["content"];
            if (content.isArray()) { // some compatible servers send content parts
                content.forEach(
                        [&c](const JsonValue &part) { appendString(c.text, part["text"]); });
            } else {
                appendString(c.text, content);
            }
            appendString(c.text, message["refusal"]);
            appendString(c.text, choice["text"]); // legacy completions
            appendString(c.reasoning, chatReasoning(message));
            message["tool_calls"].forEach([&c](const JsonValue &call) {
                QString name = stringAt(call["function"], "name");
                if (name.isEmpty())
                    name = stringAt(call["custom"], "name");
                c.tools.append({-1, stringAt(call, "id"), name});
            });
            if (const QString name = stringAt(message["function_call"], "name"); !name.isEmpty())
                c.tools.append({-1, {}, name});
            c.finishReason = stringAt(choice, "finish_reason");
        });
        if (const JsonValue usage = body["usage"]; usage.isObject())
            m_usage = chatUsage(usage);
    }

    static ToolSlot &toolSlot(QList<ToolSlot> &slots, std::optional<qint64> index,
                              const QString &id)
    {
        for (ToolSlot &slot : slots) {
            if (index ? slot.index == *index : (!id.isEmpty() && slot.id == id))
                return slot;
        }
        if (!index && id.isEmpty() && !slots.isEmpty())
            return slots.last(); // a continuation that does not say which call it continues
        slots.append({index.value_or(-1), id, {}});
        return slots.last();
    }

    static bool readToolDelta(Choice &choice, std::optional<qint64> index, const QString &id,
                              const JsonValue &function)
    {
        ToolSlot &slot = toolSlot(choice.tools, index, id);
        const QString name = stringAt(function, "name");
        if (slot.name.isEmpty())
            slot.name = name; // some servers repeat the name in every piece
        if (slot.id.isEmpty())
            slot.id = id;
        return !name.isEmpty() || !function["arguments"].stringView().empty();
    }

    bool readChunk(const JsonValue &chunk)
    {
        noteIdentity(chunk);
        noteError(chunk); // OpenRouter reports a mid-stream failure in a chunk
        bool content = false;
        qint64 i = 0;
        chunk["choices"].forEach([this, &i, &content](const JsonValue &choice) {
            Choice &c = m_choices[count(choice["index"]).value_or(i++)];
            const JsonValue delta = choice["delta"];
            content |= appendString(c.text, delta["content"]);
            content |= appendString(c.text, delta["refusal"]);
            content |= appendString(c.text, choice["text"]); // legacy completions
            content |= appendString(c.reasoning, chatReasoning(delta));
            delta["tool_calls"].forEach([&c, &content](const JsonValue &call) {
                content |= readToolDelta(c, count(call["index"]), stringAt(call, "id"),
                                         call["function"]);
            });
            if (const JsonValue function = delta["function_call"];
                function.isObject() && function.size() > 0)
                content |= readToolDelta(c, -2, {}, function); // deprecated single call
            if (const QString reason = stringAt(choice, "finish_reason"); !reason.isEmpty())
                c.finishReason = reason;
        });
        // OpenAI sends usage once, in a last chunk without choices, and "usage":null before;
        // Gemini and others put it on the finishing chunk, Groq under x_groq. Counts are
        // cumulative, so the last reported wins; a stream that never reports it stays unknown.
        JsonValue usage = chunk["usage"];
        if (!usage.isObject())
            usage = chunk["x_groq"]["usage"];
        if (usage.isObject())
            m_usage = chatUsage(usage);
        return content;
    }

    // --- OpenAI Responses API

    // The response object of a body or of a response.created / .completed / … event. Only a
    // terminal one says how it ended and what it used.
    void readResponse(const JsonValue &response, bool terminal)
    {
        if (!terminal) {
            noteIdentity(response);
            return;
        }
        if (QString id = stringAt(response, "id"); !id.isEmpty())
            m_id = std::move(id);
        if (QString model = stringAt(response, "model"); !model.isEmpty())
            m_model = std::move(model);
        noteError(response);
        m_finishReason = stringAt(response, "status");
        if (const QString reason = stringAt(response["incomplete_details"], "reason");
            !reason.isEmpty())
            m_finishReason = reason;
        if (const JsonValue usage = response["usage"]; usage.isObject())
            m_usage = responsesUsage(usage);
    }

    void readOutputItem(const JsonValue &item)
    {
        const std::string_view type = item["type"].stringView();
        const QString id = stringAt(item, "id");
        if (type == "message") {
            qsizetype j = 0;
            item["content"].forEach([this, &id, &j](const JsonValue &part) {
                const QString key = id % u':' % QString::number(j++);
                m_output.append(key, stringAt(part, "text"));
                m_output.append(key, stringAt(part, "refusal"));
            });
        } else if (type == "reasoning") {
            qsizetype j = 0;
            item["summary"].forEach([this, &id, &j](const JsonValue &part) {
                m_reasoning.append(id % ":s"_L1 % QString::number(j++), stringAt(part, "text"));
            });
            j = 0;
            item["content"].forEach([this, &id, &j](const JsonValue &part) {
                m_reasoning.append(id % ":c"_L1 % QString::number(j++), stringAt(part, "text"));
            });
        } else if (isToolCallItem(type)) {
            noteToolCall(id, toolCallItemName(item));
        }
    }

    bool readResponsesEvent(std::string_view type, const JsonValue &event)
    {
        const QString item = stringAt(event, "item_id");
        const QString delta = stringAt(event, "delta");
        auto at = [&event, &item](QLatin1StringView prefix, std::string_view indexKey) -> QString {
            return item % prefix % QString::number(count(event[indexKey]).value_or(0));
        };
        if (type == "response.output_text.delta" || type == "response.refusal.delta")
            return m_output.append(at(":"_L1, "content_index"), delta);
        if (type == "response.reasoning_summary_text.delta")
            return m_reasoning.append(at(":s"_L1, "summary_index"), delta);
        if (type == "response.reasoning_text.delta")
            return m_reasoning.append(at(":c"_L1, "content_index"), delta);
        if (type == "response.function_call_arguments.delta"
            || type == "response.custom_tool_call_input.delta")
            return !delta.isEmpty();
        if (type == "response.output_item.added" || type == "response.output_item.done") {
            const JsonValue outputItem = event["item"];
            if (isToolCallItem(outputItem["type"].stringView()))
                noteToolCall(stringAt(outputItem, "id"), toolCallItemName(outputItem));
            return false;
        }
        const bool terminal = type == "response.completed" || type == "response.incomplete"
                || type == "response.failed";
        if (const JsonValue response = event["response"]; response.isObject())
            readResponse(response, terminal);
        return false;
    }

    // --- Anthropic Messages

    void readContentBlock(const QString &key, const JsonValue &block)
    {
        const std::string_view type = block["type"].stringView();
        if (type == "text")
            m_output.append(key, stringAt(block, "text"));
        else if (type == "thinking")
            m_reasoning.append(key, stringAt(block, "thinking"));
        else if (type.ends_with("tool_use")) // tool_use, server_tool_use, mcp_tool_use
            noteToolCall(key, stringAt(block, "name"));
    }

    void readAnthropicBody(const JsonValue &body)
    {
        noteIdentity(body);
        m_finishReason = stringAt(body, "stop_reason");
        qsizetype i = 0;
        body["content"].forEach([this, &i](const JsonValue &block) {
            readContentBlock(QString::number(i++), block);
        });
        if (const JsonValue usage = body["usage"]; usage.isObject())
            m_anthropic.merge(usage, true);
    }

    bool readAnthropicEvent(std::string_view type, const JsonValue &event)
    {
        const QString block = QString::number(count(event["index"]).value_or(0));
        if (type == "content_block_delta") {
            const JsonValue delta = event["delta"];
            const std::string_view deltaType = delta["type"].stringView();
            if (deltaType == "text_delta")
                return m_output.append(block, stringAt(delta, "text"));
            if (deltaType == "thinking_delta")
                return m_reasoning.append(block, stringAt(delta, "thinking"));
            if (deltaType == "input_json_delta") // the first is usually empty
                return !delta["partial_json"].stringView().empty();
            return false; // signature_delta, citations_delta: not generated text
        }
        if (type == "content_block_start") {
            readContentBlock(block, event["content_block"]);
        } else if (type == "message_start") {
            const JsonValue message = event["message"];
            noteIdentity(message);
            if (const JsonValue usage = message["usage"]; usage.isObject())
                m_anthropic.merge(usage, false);
        } else if (type == "message_delta") {
            if (const QString reason = stringAt(event["delta"], "stop_reason"); !reason.isEmpty())
                m_finishReason = reason;
            if (const JsonValue usage = event["usage"]; usage.isObject())
                m_anthropic.merge(usage, true);
        }
        return false;
    }

    EndpointKind m_kind;
    QString m_id;
    QString m_model;
    QString m_finishReason;
    QString m_error;
    QMap<qint64, Choice> m_choices; // Chat Completions, by choice index
    BlockText m_output; // Responses and Anthropic
    BlockText m_reasoning;
    QStringList m_toolCalls;
    QSet<QString> m_toolKeys;
    std::optional<TokenUsage> m_usage;
    AnthropicCounts m_anthropic;
};

// --- entry points --------------------------------------------------------------------------

ResponseAnalysis analyzeJson(EndpointKind kind, const QByteArray &body)
{
    ResponseAnalysis analysis;
    const JsonDocument document(body);
    if (!document.isObject())
        return analysis;
    analysis.validJson = true;
    Assembler assembler(kind);
    assembler.readBody(document.root());
    assembler.finish(analysis);
    return analysis;
}

char firstNonSpace(const QList<StreamPiece> &pieces)
{
    for (const StreamPiece &piece : pieces) {
        for (char c : piece.bytes) {
            if (c != ' ' && c != '\t' && c != '\r' && c != '\n')
                return c;
        }
    }
    return 0;
}

bool isEventStream(const QByteArray &contentType, const QByteArray &body)
{
    const QByteArray type = contentType.trimmed().toLower();
    if (!type.isEmpty())
        return type.startsWith("text/event-stream");
    // Without a content type, the first field of an event stream is recognisable.
    return body.startsWith("data:") || body.startsWith("event:") || body.startsWith(':')
            || body.startsWith("id:");
}

} // namespace

ResponseAnalysis analyzeStream(EndpointKind kind, const QList<StreamPiece> &pieces)
{
    // An upstream refusing a streaming request answers with a plain JSON error. No event stream
    // starts with '{' (it would be an unknown field name), so this cannot misread one.
    if (const char first = firstNonSpace(pieces); first == '{' || first == '[') {
        QByteArray body;
        for (const StreamPiece &piece : pieces)
            body += piece.bytes;
        return analyzeJson(kind, body);
    }

    ResponseAnalysis analysis;
    Assembler assembler(kind);
    SseParser parser;
    int jsonEvents = 0;
    int badEvents = 0;
    for (const StreamPiece &piece : pieces) {
        const qsizetype from = analysis.events.size();
        parser.feed(piece.bytes.constData(), piece.bytes.size(), analysis.events);
        for (qsizetype i = from; i < analysis.events.size(); ++i) {
            // An event is usable when its last byte arrived, in this piece.
            analysis.eventOffsetsNs.append(piece.offsetNs);
            const SseEvent &event = analysis.events.at(i);
            if (event.data.isEmpty() || event.data == "[DONE]")
                continue;
            const JsonDocument document(event.data);
            if (!document.isObject()) {
                ++badEvents;
                continue;
            }
            ++jsonEvents;
            if (assembler.readEvent(event.type, document.root()) && !analysis.firstTokenOffsetNs)
                analysis.firstTokenOffsetNs = piece.offsetNs;
        }
    }
    parser.finish(); // a cut-off last event is not an event
    analysis.validJson = jsonEvents > 0 && badEvents == 0;
    analysis.eventCount = int(analysis.events.size());
    assembler.finish(analysis);
    return analysis;
}

ResponseAnalysis analyzeResponse(EndpointKind kind, const QByteArray &body,
                                 const QByteArray &contentType)
{
    if (!isEventStream(contentType, body))
        return analyzeJson(kind, body);
    ResponseAnalysis analysis = analyzeStream(kind, {StreamPiece {0, body}});
    analysis.firstTokenOffsetNs.reset(); // a whole body has no arrival times
    return analysis;
}
