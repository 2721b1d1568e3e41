#include "responseanalysis.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

// --- JSON helpers --------------------------------------------------------------------------

QJsonObject objectAt(const QJsonObject &object, QLatin1StringView key)
{
    return object.value(key).toObject();
}

QString stringAt(const QJsonObject &object, QLatin1StringView key)
{
    return object.value(key).toString();
}

std::optional<qint64> count(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt; // absent or null: not reported, which is not 0
    constexpr qint64 NotIntegral = std::numeric_limits<qint64>::min();
    if (const qint64 n = value.toInteger(NotIntegral); n != NotIntegral)
        return n;
    return std::nullopt;
}

// The message of an error object (`{"error":{"message":…}}`, OpenAI, Anthropic, OpenRouter), an
// error string, or a Responses API `error` event, which has the message at the top.
QString errorText(const QJsonObject &object)
{
    const QJsonValue error = object.value("error"_L1);
    if (error.isObject()) {
        const QJsonObject details = error.toObject();
        for (QLatin1StringView key : {"message"_L1, "code"_L1, "type"_L1}) {
            if (QString text = stringAt(details, key); !text.isEmpty())
                return text;
        }
        return {};
    }
    if (error.isString())
        return error.toString();
    if (stringAt(object, "type"_L1) == "error"_L1)
        return stringAt(object, "message"_L1);
    return {};
}

// --- usage ---------------------------------------------------------------------------------

void completeUsage(TokenUsage &usage, const QJsonObject &reported)
{
    if (!usage.total && usage.input && usage.output)
        usage.total = *usage.input + *usage.output;
    if (const QJsonValue cost = reported.value("cost"_L1); cost.isDouble())
        usage.providerCostUsd = cost.toDouble(); // OpenRouter, in USD
}

// OpenAI Responses API: input includes cached tokens, output includes reasoning.
TokenUsage responsesUsage(const QJsonObject &reported)
{
    TokenUsage usage;
    usage.input = count(reported.value("input_tokens"_L1));
    usage.output = count(reported.value("output_tokens"_L1));
    usage.total = count(reported.value("total_tokens"_L1));
    usage.cachedInput =
            count(objectAt(reported, "input_tokens_details"_L1).value("cached_tokens"_L1));
    usage.reasoning =
            count(objectAt(reported, "output_tokens_details"_L1).value("reasoning_tokens"_L1));
    completeUsage(usage, reported);
    return usage;
}

// OpenAI Chat Completions, legacy Completions, Embeddings and every server copying them.
TokenUsage chatUsage(const QJsonObject &reported)
{
    if (!reported.contains("prompt_tokens"_L1) && reported.contains("input_tokens"_L1))
        return responsesUsage(reported); // a compatible server using the newer names
    TokenUsage usage;
    usage.input = count(reported.value("prompt_tokens"_L1));
    usage.output = count(reported.value("completion_tokens"_L1));
    usage.total = count(reported.value("total_tokens"_L1));
    usage.cachedInput =
            count(objectAt(reported, "prompt_tokens_details"_L1).value("cached_tokens"_L1));
    if (!usage.cachedInput) // DeepSeek reports cache hits in its own field
        usage.cachedInput = count(reported.value("prompt_cache_hit_tokens"_L1));
    usage.reasoning =
            count(objectAt(reported, "completion_tokens_details"_L1).value("reasoning_tokens"_L1));
    // Gemini behind OpenAI compatibility may leave its thinking out of completion_tokens but
    // count it in total_tokens; thinking is billed as output.
    if (usage.total && usage.input && usage.output && *usage.total > *usage.input + *usage.output) {
        const qint64 output = *usage.total - *usage.input;
        usage.reasoning = std::max(output - *usage.output, usage.reasoning.value_or(0));
        usage.output = output;
    }
    completeUsage(usage, reported);
    return usage;
}

// Anthropic's raw counts. Its input_tokens excludes cache reads and writes; a stream reports
// them in message_start and again, cumulatively and authoritatively, in message_delta.
struct AnthropicCounts
{
    std::optional<qint64> input;
    std::optional<qint64> cacheRead;
    std::optional<qint64> cacheWrite;
    std::optional<qint64> output;
    std::optional<qint64> thinking;
    QJsonObject last; // the latest usage object, for fields read as they are (cost)
    bool seen = false;

    // message_start's output_tokens is a placeholder (1) before anything was generated, so
    // output is taken only from the final counts: a stream cut before message_delta has an
    // unknown output rather than a wrong one.
    void merge(const QJsonObject &usage, bool final)
    {
        seen = true;
        last = usage;
        auto take = [&usage](std::optional<qint64> &field, QLatin1StringView key) {
            if (const std::optional<qint64> n = count(usage.value(key)))
                field = n;
        };
        take(input, "input_tokens"_L1);
        take(cacheRead, "cache_read_input_tokens"_L1);
        take(cacheWrite, "cache_creation_input_tokens"_L1);
        if (!usage.contains("cache_creation_input_tokens"_L1)) {
            // Only the 5-minute / 1-hour split: its sum is the same number.
            const QJsonObject split = objectAt(usage, "cache_creation"_L1);
            if (!split.isEmpty()) {
                qint64 sum = 0;
                for (const QJsonValue &n : split)
                    sum += count(n).value_or(0);
                cacheWrite = sum;
            }
        }
        if (final) {
            take(output, "output_tokens"_L1);
            if (const std::optional<qint64> n = count(
                        objectAt(usage, "output_tokens_details"_L1).value("thinking_tokens"_L1)))
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
        usage.reasoning = thinking;
        completeUsage(usage, last);
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

bool appendString(QString &text, const QJsonValue &piece)
{
    const QString s = piece.toString();
    text += s;
    return !s.isEmpty();
}

// DeepSeek and vLLM call it reasoning_content, OpenRouter reasoning; some send both, the same.
QJsonValue chatReasoning(const QJsonObject &message)
{
    const QJsonValue content = message.value("reasoning_content"_L1);
    return content.isString() && !content.toString().isEmpty() ? content
                                                               : message.value("reasoning"_L1);
}

bool isToolCallItem(const QString &type)
{
    return type.endsWith("_call"_L1);
}

// Functions, custom tools and MCP calls are named; a built-in tool call (web_search_call …) is
// named after the tool type it belongs to, as the request declared it.
QString toolCallItemName(const QJsonObject &item)
{
    if (QString name = stringAt(item, "name"_L1); !name.isEmpty())
        return name;
    QString type = stringAt(item, "type"_L1);
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

    void readBody(const QJsonObject &body)
    {
        noteError(body);
        const QString type = stringAt(body, "type"_L1);
        const QString object = stringAt(body, "object"_L1);
        if (type == "message"_L1
            || (m_kind == EndpointKind::AnthropicMessages && object.isEmpty()
                && !body.contains("choices"_L1))) {
            readAnthropicBody(body);
        } else if (object == "response"_L1
                   || (m_kind == EndpointKind::Responses && !body.contains("choices"_L1))) {
            readResponse(body, true);
            const QJsonArray output = body.value("output"_L1).toArray();
            for (const QJsonValue &item : output)
                readOutputItem(item.toObject());
        } else {
            readChatBody(body);
        }
    }

    // Returns whether the event carried generated content (for the time to first token).
    bool readEvent(const QByteArray &sseType, const QJsonObject &event)
    {
        QString type = stringAt(event, "type"_L1);
        if (type.isEmpty())
            type = QString::fromUtf8(sseType);
        if (type.startsWith("response."_L1))
            return readResponsesEvent(type, event);
        if (type.startsWith("message_"_L1) || type.startsWith("content_block_"_L1)
            || type == "ping"_L1)
            return readAnthropicEvent(type, event);
        if (type == "error"_L1) {
            noteError(event);
            if (m_error.isEmpty()) // `event: error` with a bare {"message": …}
                m_error = stringAt(event, "message"_L1);
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
    void noteIdentity(const QJsonObject &object)
    {
        if (m_id.isEmpty())
            m_id = stringAt(object, "id"_L1);
        if (m_model.isEmpty())
            m_model = stringAt(object, "model"_L1);
    }

    void noteError(const QJsonObject &object)
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

    void readChatBody(const QJsonObject &body)
    {
        noteIdentity(body);
        const QJsonArray choices = body.value("choices"_L1).toArray();
        for (qsizetype i = 0; i < choices.size(); ++i) {
            const QJsonObject choice = choices.at(i).toObject();
            Choice &c = m_choices[count(choice.value("index"_L1)).value_or(i)];
            const QJsonObject message = objectAt(choice, "message"_L1);
            const QJsonValue content = message.value("content"_L1);
            if (content.isArray()) { // some compatible servers send content parts
                const QJsonArray parts = content.toArray();
                for (const QJsonValue &part : parts)
                    appendString(c.text, part.toObject().value("text"_L1));
            } else {
                appendString(c.text, content);
            }
            appendString(c.text, message.value("refusal"_L1));
            appendString(c.text, choice.value("text"_L1)); // legacy completions
            appendString(c.reasoning, chatReasoning(message));
            const QJsonArray calls = message.value("tool_calls"_L1).toArray();
            for (const QJsonValue &value : calls) {
                const QJsonObject call = value.toObject();
                QString name = stringAt(objectAt(call, "function"_L1), "name"_L1);
                if (name.isEmpty())
                    name = stringAt(objectAt(call, "custom"_L1), "name"_L1);
                c.tools.append({-1, stringAt(call, "id"_L1), name});
            }
            if (const QString name = stringAt(objectAt(message, "function_call"_L1), "name"_L1);
                !name.isEmpty())
                c.tools.append({-1, {}, name});
            c.finishReason = stringAt(choice, "finish_reason"_L1);
        }
        if (const QJsonValue usage = body.value("usage"_L1); usage.isObject())
            m_usage = chatUsage(usage.toObject());
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
                              const QJsonObject &function)
    {
        ToolSlot &slot = toolSlot(choice.tools, index, id);
        const QString name = stringAt(function, "name"_L1);
        if (slot.name.isEmpty())
            slot.name = name; // some servers repeat the name in every piece
        if (slot.id.isEmpty())
            slot.id = id;
        return !name.isEmpty() || !stringAt(function, "arguments"_L1).isEmpty();
    }

    bool readChunk(const QJsonObject &chunk)
    {
        noteIdentity(chunk);
        noteError(chunk); // OpenRouter reports a mid-stream failure in a chunk
        bool content = false;
        const QJsonArray choices = chunk.value("choices"_L1).toArray();
        for (qsizetype i = 0; i < choices.size(); ++i) {
            const QJsonObject choice = choices.at(i).toObject();
            Choice &c = m_choices[count(choice.value("index"_L1)).value_or(i)];
            const QJsonObject delta = objectAt(choice, "delta"_L1);
            content |= appendString(c.text, delta.value("content"_L1));
            content |= appendString(c.text, delta.value("refusal"_L1));
            content |= appendString(c.text, choice.value("text"_L1)); // legacy completions
            content |= appendString(c.reasoning, chatReasoning(delta));
            const QJsonArray calls = delta.value("tool_calls"_L1).toArray();
            for (const QJsonValue &value : calls) {
                const QJsonObject call = value.toObject();
                content |= readToolDelta(c, count(call.value("index"_L1)), stringAt(call, "id"_L1),
                                         objectAt(call, "function"_L1));
            }
            if (const QJsonObject function = objectAt(delta, "function_call"_L1);
                !function.isEmpty())
                content |= readToolDelta(c, -2, {}, function); // deprecated single call
            if (const QString reason = stringAt(choice, "finish_reason"_L1); !reason.isEmpty())
                c.finishReason = reason;
        }
        // OpenAI sends usage once, in a last chunk without choices, and "usage":null before;
        // Gemini and others put it on the finishing chunk, Groq under x_groq. Counts are
        // cumulative, so the last reported wins; a stream that never reports it stays unknown.
        QJsonValue usage = chunk.value("usage"_L1);
        if (!usage.isObject())
            usage = objectAt(chunk, "x_groq"_L1).value("usage"_L1);
        if (usage.isObject())
            m_usage = chatUsage(usage.toObject());
        return content;
    }

    // --- OpenAI Responses API

    // The response object of a body or of a response.created / .completed / … event. Only a
    // terminal one says how it ended and what it used.
    void readResponse(const QJsonObject &response, bool terminal)
    {
        if (!terminal) {
            noteIdentity(response);
            return;
        }
        if (QString id = stringAt(response, "id"_L1); !id.isEmpty())
            m_id = std::move(id);
        if (QString model = stringAt(response, "model"_L1); !model.isEmpty())
            m_model = std::move(model);
        noteError(response);
        m_finishReason = stringAt(response, "status"_L1);
        if (const QString reason =
                    stringAt(objectAt(response, "incomplete_details"_L1), "reason"_L1);
            !reason.isEmpty())
            m_finishReason = reason;
        if (const QJsonValue usage = response.value("usage"_L1); usage.isObject())
            m_usage = responsesUsage(usage.toObject());
    }

    void readOutputItem(const QJsonObject &item)
    {
        const QString type = stringAt(item, "type"_L1);
        const QString id = stringAt(item, "id"_L1);
        if (type == "message"_L1) {
            const QJsonArray parts = item.value("content"_L1).toArray();
            for (qsizetype j = 0; j < parts.size(); ++j) {
                const QJsonObject part = parts.at(j).toObject();
                const QString key = id % u':' % QString::number(j);
                m_output.append(key, stringAt(part, "text"_L1));
                m_output.append(key, stringAt(part, "refusal"_L1));
            }
        } else if (type == "reasoning"_L1) {
            const QJsonArray summary = item.value("summary"_L1).toArray();
            for (qsizetype j = 0; j < summary.size(); ++j)
                m_reasoning.append(id % ":s"_L1 % QString::number(j),
                                   stringAt(summary.at(j).toObject(), "text"_L1));
            const QJsonArray content = item.value("content"_L1).toArray();
            for (qsizetype j = 0; j < content.size(); ++j)
                m_reasoning.append(id % ":c"_L1 % QString::number(j),
                                   stringAt(content.at(j).toObject(), "text"_L1));
        } else if (isToolCallItem(type)) {
            noteToolCall(id, toolCallItemName(item));
        }
    }

    bool readResponsesEvent(const QString &type, const QJsonObject &event)
    {
        const QString item = stringAt(event, "item_id"_L1);
        const QString delta = stringAt(event, "delta"_L1);
        auto at = [&event, &item](QLatin1StringView prefix, QLatin1StringView indexKey) -> QString {
            return item % prefix % QString::number(count(event.value(indexKey)).value_or(0));
        };
        if (type == "response.output_text.delta"_L1 || type == "response.refusal.delta"_L1)
            return m_output.append(at(":"_L1, "content_index"_L1), delta);
        if (type == "response.reasoning_summary_text.delta"_L1)
            return m_reasoning.append(at(":s"_L1, "summary_index"_L1), delta);
        if (type == "response.reasoning_text.delta"_L1)
            return m_reasoning.append(at(":c"_L1, "content_index"_L1), delta);
        if (type == "response.function_call_arguments.delta"_L1
            || type == "response.custom_tool_call_input.delta"_L1)
            return !delta.isEmpty();
        if (type == "response.output_item.added"_L1 || type == "response.output_item.done"_L1) {
            const QJsonObject outputItem = objectAt(event, "item"_L1);
            if (isToolCallItem(stringAt(outputItem, "type"_L1)))
                noteToolCall(stringAt(outputItem, "id"_L1), toolCallItemName(outputItem));
            return false;
        }
        const bool terminal = type == "response.completed"_L1 || type == "response.incomplete"_L1
                || type == "response.failed"_L1;
        if (event.value("response"_L1).isObject())
            readResponse(objectAt(event, "response"_L1), terminal);
        return false;
    }

    // --- Anthropic Messages

    void readContentBlock(const QString &key, const QJsonObject &block)
    {
        const QString type = stringAt(block, "type"_L1);
        if (type == "text"_L1)
            m_output.append(key, stringAt(block, "text"_L1));
        else if (type == "thinking"_L1)
            m_reasoning.append(key, stringAt(block, "thinking"_L1));
        else if (type.endsWith("tool_use"_L1)) // tool_use, server_tool_use, mcp_tool_use
            noteToolCall(key, stringAt(block, "name"_L1));
    }

    void readAnthropicBody(const QJsonObject &body)
    {
        noteIdentity(body);
        m_finishReason = stringAt(body, "stop_reason"_L1);
        const QJsonArray content = body.value("content"_L1).toArray();
        for (qsizetype i = 0; i < content.size(); ++i)
            readContentBlock(QString::number(i), content.at(i).toObject());
        if (const QJsonValue usage = body.value("usage"_L1); usage.isObject())
            m_anthropic.merge(usage.toObject(), true);
    }

    bool readAnthropicEvent(const QString &type, const QJsonObject &event)
    {
        const QString block = QString::number(count(event.value("index"_L1)).value_or(0));
        if (type == "content_block_delta"_L1) {
            const QJsonObject delta = objectAt(event, "delta"_L1);
            const QString deltaType = stringAt(delta, "type"_L1);
            if (deltaType == "text_delta"_L1)
                return m_output.append(block, stringAt(delta, "text"_L1));
            if (deltaType == "thinking_delta"_L1)
                return m_reasoning.append(block, stringAt(delta, "thinking"_L1));
            if (deltaType == "input_json_delta"_L1) // the first is usually empty
                return !stringAt(delta, "partial_json"_L1).isEmpty();
            return false; // signature_delta, citations_delta: not generated text
        }
        if (type == "content_block_start"_L1) {
            readContentBlock(block, objectAt(event, "content_block"_L1));
        } else if (type == "message_start"_L1) {
            const QJsonObject message = objectAt(event, "message"_L1);
            noteIdentity(message);
            if (const QJsonValue usage = message.value("usage"_L1); usage.isObject())
                m_anthropic.merge(usage.toObject(), false);
        } else if (type == "message_delta"_L1) {
            if (const QString reason = stringAt(objectAt(event, "delta"_L1), "stop_reason"_L1);
                !reason.isEmpty())
                m_finishReason = reason;
            if (const QJsonValue usage = event.value("usage"_L1); usage.isObject())
                m_anthropic.merge(usage.toObject(), true);
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
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return analysis;
    analysis.validJson = true;
    Assembler assembler(kind);
    assembler.readBody(document.object());
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
            QJsonParseError error;
            const QJsonDocument document = QJsonDocument::fromJson(event.data, &error);
            if (error.error != QJsonParseError::NoError || !document.isObject()) {
                ++badEvents;
                continue;
            }
            ++jsonEvents;
            if (assembler.readEvent(event.type, document.object()) && !analysis.firstTokenOffsetNs)
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
