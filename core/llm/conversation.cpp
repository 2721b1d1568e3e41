#include "conversation.h"

#include "responseanalysis.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

// The catalogues file these messages under Conversation.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Conversation)
};

// --- JSON helpers --------------------------------------------------------------------------

QString stringAt(const QJsonObject &object, QLatin1StringView key)
{
    return object.value(key).toString();
}

QJsonObject parseObject(const QByteArray &body, bool *ok)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    *ok = error.error == QJsonParseError::NoError && document.isObject();
    return document.object();
}

// Arguments and tool outputs are JSON text: strings are taken as they are, structured values
// are written compactly, nothing (absent, null) is empty.
QString jsonText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isDouble() || value.isBool()) {
        const QByteArray array = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
        return QString::fromUtf8(array.mid(1, array.size() - 2));
    }
    return {};
}

void appendText(QString &text, const QString &piece)
{
    if (piece.isEmpty())
        return;
    if (!text.isEmpty())
        text += u'\n';
    text += piece;
}

// An image_url / input_image reference: a data: URI carries the image itself.
ConversationImage imageFromUrl(const QString &url)
{
    ConversationImage image;
    if (!url.startsWith("data:"_L1, Qt::CaseInsensitive)) {
        image.url = url;
        return image;
    }
    const qsizetype comma = url.indexOf(u',');
    if (comma < 0)
        return image; // no payload: nothing to show
    const QStringView header = QStringView(url).mid(5, comma - 5);
    const QStringView payload = QStringView(url).mid(comma + 1);
    const qsizetype semicolon = header.indexOf(u';');
    image.mediaType = header.left(semicolon < 0 ? header.size() : semicolon).toString();
    if (header.endsWith(";base64"_L1, Qt::CaseInsensitive))
        image.data = QByteArray::fromBase64(payload.toLatin1());
    else
        image.data = QByteArray::fromPercentEncoding(payload.toUtf8());
    return image;
}

// Anthropic's image source: base64 data, or a URL.
ConversationImage imageFromSource(const QJsonObject &source)
{
    ConversationImage image;
    const QString type = stringAt(source, "type"_L1);
    if (type == "base64"_L1) {
        image.mediaType = stringAt(source, "media_type"_L1);
        image.data = QByteArray::fromBase64(stringAt(source, "data"_L1).toLatin1());
    } else if (type == "url"_L1) {
        image.url = stringAt(source, "url"_L1);
    }
    return image;
}

void addImage(ConversationMessage &message, const ConversationImage &image)
{
    if (!image.url.isEmpty() || !image.data.isEmpty())
        message.images.append(image);
}

// Content given as a string or as parts (OpenAI Chat Completions and Responses). Parts other
// than text, refusals and images (audio, files) have nothing to show in a transcript.
void readParts(const QJsonValue &content, ConversationMessage &message)
{
    if (content.isString()) {
        appendText(message.text, content.toString());
        return;
    }
    const QJsonArray parts = content.toArray();
    for (const QJsonValue &value : parts) {
        if (value.isString()) {
            appendText(message.text, value.toString());
            continue;
        }
        const QJsonObject part = value.toObject();
        const QString type = stringAt(part, "type"_L1);
        if (type == "image_url"_L1) {
            const QJsonValue url = part.value("image_url"_L1);
            addImage(message,
                     imageFromUrl(url.isObject() ? stringAt(url.toObject(), "url"_L1)
                                                 : url.toString()));
        } else if (type == "input_image"_L1) {
            addImage(message, imageFromUrl(stringAt(part, "image_url"_L1)));
        } else if (type == "refusal"_L1) {
            appendText(message.text, stringAt(part, "refusal"_L1));
        } else {
            appendText(message.text, stringAt(part, "text"_L1));
        }
    }
}

// DeepSeek and vLLM call it reasoning_content, OpenRouter reasoning.
QString chatReasoning(const QJsonObject &message)
{
    const QString content = stringAt(message, "reasoning_content"_L1);
    return content.isEmpty() ? stringAt(message, "reasoning"_L1) : content;
}

// A Chat Completions tool call: a function, or a custom tool with free-form input.
ToolCall chatToolCall(const QJsonObject &call)
{
    const QJsonObject function = call.value("function"_L1).toObject();
    if (!function.isEmpty())
        return {stringAt(call, "id"_L1), stringAt(function, "name"_L1),
                jsonText(function.value("arguments"_L1))};
    const QJsonObject custom = call.value("custom"_L1).toObject();
    return {stringAt(call, "id"_L1), stringAt(custom, "name"_L1),
            jsonText(custom.value("input"_L1))};
}

bool isCallItem(const QString &type)
{
    return type.endsWith("_call"_L1);
}

bool isCallOutputItem(const QString &type)
{
    return type.endsWith("_call_output"_L1);
}

// A Responses API call item: function_call and custom_tool_call are named; a built-in tool's
// call (web_search_call …) is named after its type and its `action` is what it was asked.
ToolCall itemToolCall(const QJsonObject &item)
{
    ToolCall call;
    call.id = stringAt(item, "call_id"_L1);
    if (call.id.isEmpty())
        call.id = stringAt(item, "id"_L1);
    call.name = stringAt(item, "name"_L1);
    if (call.name.isEmpty()) {
        call.name = stringAt(item, "type"_L1);
        call.name.chop(5); // "_call"
    }
    for (QLatin1StringView key : {"arguments"_L1, "input"_L1, "action"_L1}) {
        if (item.contains(key)) {
            call.arguments = jsonText(item.value(key));
            break;
        }
    }
    return call;
}

// Where content goes within one assistant turn: reasoning, then text, then tool calls.
int stage(const ConversationMessage &message)
{
    if (!message.toolCalls.isEmpty())
        return 2;
    if (!message.text.isEmpty())
        return 1;
    return message.reasoning.isEmpty() ? -1 : 0;
}

// Responses input lists an assistant turn as separate items (reasoning, message, function
// calls); they read as one message as long as they come in that order.
ConversationMessage &assistantTurn(QList<ConversationMessage> &messages, int contentStage)
{
    if (messages.isEmpty() || messages.last().role != "assistant"_L1
        || stage(messages.last()) > contentStage) {
        messages.append(ConversationMessage {});
        messages.last().role = u"assistant"_s;
    }
    return messages.last();
}

// Results name the call, rarely the tool: the name comes from the call.
void resolveToolNames(QList<ConversationMessage> &messages)
{
    QHash<QString, QString> names;
    for (ConversationMessage &message : messages) {
        for (const ToolCall &call : std::as_const(message.toolCalls)) {
            if (!call.id.isEmpty())
                names.insert(call.id, call.name);
        }
        if (message.role == "tool"_L1 && message.toolName.isEmpty())
            message.toolName = names.value(message.toolCallId);
    }
}

// --- requests ------------------------------------------------------------------------------

void readChatRequest(const QJsonObject &body, Conversation &c)
{
    const QJsonArray messages = body.value("messages"_L1).toArray();
    for (const QJsonValue &value : messages) {
        const QJsonObject object = value.toObject();
        ConversationMessage m;
        m.role = stringAt(object, "role"_L1);
        if (m.role.isEmpty())
            continue;
        readParts(object.value("content"_L1), m);
        if (m.text.isEmpty())
            m.text = stringAt(object, "refusal"_L1);
        m.reasoning = chatReasoning(object);
        const QJsonArray calls = object.value("tool_calls"_L1).toArray();
        for (const QJsonValue &call : calls)
            m.toolCalls.append(chatToolCall(call.toObject()));
        if (const QJsonObject function = object.value("function_call"_L1).toObject();
            !function.isEmpty()) // the deprecated single function call
            m.toolCalls.append(
                    {{}, stringAt(function, "name"_L1), jsonText(function.value("arguments"_L1))});
        if (m.role == "tool"_L1 || m.role == "function"_L1) {
            m.role = u"tool"_s;
            m.toolCallId = stringAt(object, "tool_call_id"_L1);
            m.toolName = stringAt(object, "name"_L1);
        }
        c.messages.append(m);
    }
    c.tools = body.value("tools"_L1).toArray();
    if (c.tools.isEmpty())
        c.tools = body.value("functions"_L1).toArray();
}

void readResponsesItem(const QJsonObject &item, QList<ConversationMessage> &messages)
{
    QString type = stringAt(item, "type"_L1);
    if (type.isEmpty() && item.contains("role"_L1))
        type = u"message"_s; // the easy input message form
    if (type == "message"_L1) {
        const QString role = stringAt(item, "role"_L1);
        ConversationMessage m;
        readParts(item.value("content"_L1), m);
        if (role == "assistant"_L1) {
            ConversationMessage &turn = assistantTurn(messages, 1);
            appendText(turn.text, m.text);
            return;
        }
        m.role = role;
        messages.append(m);
    } else if (type == "reasoning"_L1) {
        ConversationMessage &turn = assistantTurn(messages, 0);
        for (QLatin1StringView key : {"summary"_L1, "content"_L1}) {
            const QJsonArray parts = item.value(key).toArray();
            for (const QJsonValue &part : parts)
                appendText(turn.reasoning, stringAt(part.toObject(), "text"_L1));
        }
    } else if (isCallOutputItem(type)) {
        ConversationMessage m;
        m.role = u"tool"_s;
        m.toolCallId = stringAt(item, "call_id"_L1);
        const QJsonValue output = item.value("output"_L1);
        if (output.isArray())
            readParts(output, m);
        else
            m.text = jsonText(output);
        messages.append(m);
    } else if (isCallItem(type)) {
        assistantTurn(messages, 2).toolCalls.append(itemToolCall(item));
    }
}

void readResponsesRequest(const QJsonObject &body, Conversation &c)
{
    const QJsonValue instructions = body.value("instructions"_L1);
    if (instructions.isString() && !instructions.toString().isEmpty()) {
        ConversationMessage m;
        m.role = u"system"_s;
        m.text = instructions.toString();
        c.messages.append(m);
    } else if (instructions.isArray()) {
        const QJsonArray items = instructions.toArray();
        for (const QJsonValue &item : items)
            readResponsesItem(item.toObject(), c.messages);
    }
    const QJsonValue input = body.value("input"_L1);
    if (input.isString()) {
        ConversationMessage m;
        m.role = u"user"_s;
        m.text = input.toString();
        c.messages.append(m);
    } else {
        const QJsonArray items = input.toArray();
        for (const QJsonValue &item : items)
            readResponsesItem(item.toObject(), c.messages);
    }
    c.tools = body.value("tools"_L1).toArray();
}

// Tool results travel inside Anthropic user messages; the transcript shows each as a tool
// message of its own, in its place among the message's other blocks.
ConversationMessage anthropicToolResult(const QJsonObject &block)
{
    ConversationMessage m;
    m.role = u"tool"_s;
    m.toolCallId = stringAt(block, "tool_use_id"_L1);
    const QJsonValue content = block.value("content"_L1);
    if (!content.isArray()) {
        m.text = jsonText(content);
        return m;
    }
    const QJsonArray blocks = content.toArray();
    for (const QJsonValue &value : blocks) {
        const QJsonObject inner = value.toObject();
        const QString type = stringAt(inner, "type"_L1);
        if (type == "text"_L1)
            appendText(m.text, stringAt(inner, "text"_L1));
        else if (type == "image"_L1)
            addImage(m, imageFromSource(inner.value("source"_L1).toObject()));
        else // server tool results (search results …) have no text of their own
            appendText(m.text, jsonText(inner));
    }
    return m;
}

void readAnthropicRequest(const QJsonObject &body, Conversation &c)
{
    const QJsonValue system = body.value("system"_L1);
    ConversationMessage systemMessage;
    systemMessage.role = u"system"_s;
    if (system.isArray()) {
        const QJsonArray blocks = system.toArray();
        for (const QJsonValue &block : blocks)
            appendText(systemMessage.text, stringAt(block.toObject(), "text"_L1));
    } else {
        systemMessage.text = system.toString();
    }
    if (!systemMessage.text.isEmpty())
        c.messages.append(systemMessage);

    const QJsonArray messages = body.value("messages"_L1).toArray();
    for (const QJsonValue &value : messages) {
        const QJsonObject object = value.toObject();
        ConversationMessage m;
        m.role = stringAt(object, "role"_L1);
        if (m.role.isEmpty())
            continue;
        const QJsonValue content = object.value("content"_L1);
        if (content.isString()) {
            m.text = content.toString();
            c.messages.append(m);
            continue;
        }
        bool emitted = false;
        auto flush = [&] {
            if (!m.text.isEmpty() || !m.reasoning.isEmpty() || !m.toolCalls.isEmpty()
                || !m.images.isEmpty()) {
                c.messages.append(m);
                emitted = true;
            }
            const QString role = m.role;
            m = {};
            m.role = role;
        };
        const QJsonArray blocks = content.toArray();
        for (const QJsonValue &blockValue : blocks) {
            const QJsonObject block = blockValue.toObject();
            const QString type = stringAt(block, "type"_L1);
            if (type == "text"_L1) {
                appendText(m.text, stringAt(block, "text"_L1));
            } else if (type == "image"_L1) {
                addImage(m, imageFromSource(block.value("source"_L1).toObject()));
            } else if (type == "thinking"_L1) {
                appendText(m.reasoning, stringAt(block, "thinking"_L1));
            } else if (type.endsWith("tool_use"_L1)) { // tool_use, server_tool_use, mcp_tool_use
                m.toolCalls.append({stringAt(block, "id"_L1), stringAt(block, "name"_L1),
                                    jsonText(block.value("input"_L1))});
            } else if (type.endsWith("tool_result"_L1)) {
                flush();
                c.messages.append(anthropicToolResult(block));
                emitted = true;
            }
        }
        flush();
        if (!emitted)
            c.messages.append(m); // an empty turn still took its place in the conversation
    }
    c.tools = body.value("tools"_L1).toArray();
}

void readCompletionsRequest(const QJsonObject &body, Conversation &c)
{
    const QJsonValue prompt = body.value("prompt"_L1);
    QStringList prompts;
    if (prompt.isString()) {
        prompts.append(prompt.toString());
    } else {
        const QJsonArray array = prompt.toArray();
        for (const QJsonValue &value : array) {
            if (value.isString())
                prompts.append(value.toString());
        }
        if (prompts.isEmpty() && !array.isEmpty()) // token ids
            prompts.append(jsonText(array));
    }
    for (const QString &text : std::as_const(prompts)) {
        ConversationMessage m;
        m.role = u"user"_s;
        m.text = text;
        c.messages.append(m);
    }
}

// --- tool calls of a response --------------------------------------------------------------

// Tool calls of a whole body, recognised by its shape rather than the endpoint: compatible
// servers answer in another provider's shape on any path.
QList<ToolCall> bodyToolCalls(const QJsonObject &body)
{
    QList<ToolCall> calls;
    if (body.contains("choices"_L1)) {
        const QJsonArray choices = body.value("choices"_L1).toArray();
        for (const QJsonValue &value : choices) {
            const QJsonObject choice = value.toObject();
            if (choice.value("index"_L1).toInteger(0) != 0)
                continue; // the transcript follows the first choice
            const QJsonObject message = choice.value("message"_L1).toObject();
            const QJsonArray toolCalls = message.value("tool_calls"_L1).toArray();
            for (const QJsonValue &call : toolCalls)
                calls.append(chatToolCall(call.toObject()));
            if (const QJsonObject function = message.value("function_call"_L1).toObject();
                !function.isEmpty())
                calls.append({{},
                              stringAt(function, "name"_L1),
                              jsonText(function.value("arguments"_L1))});
            break;
        }
    } else if (body.value("output"_L1).isArray()) {
        const QJsonArray output = body.value("output"_L1).toArray();
        for (const QJsonValue &value : output) {
            const QJsonObject item = value.toObject();
            if (isCallItem(stringAt(item, "type"_L1)))
                calls.append(itemToolCall(item));
        }
    } else {
        const QJsonArray content = body.value("content"_L1).toArray();
        for (const QJsonValue &value : content) {
            const QJsonObject block = value.toObject();
            if (stringAt(block, "type"_L1).endsWith("tool_use"_L1))
                calls.append({stringAt(block, "id"_L1), stringAt(block, "name"_L1),
                              jsonText(block.value("input"_L1))});
        }
    }
    return calls;
}

// Tool calls assembled from stream events. Each API sends a call's identity once and its
// arguments in pieces that name the call: Chat Completions by `index`, Responses by item,
// Anthropic by content block.
class StreamToolCalls
{
public:
    void read(const QByteArray &sseType, const QJsonObject &event)
    {
        QString type = stringAt(event, "type"_L1);
        if (type.isEmpty())
            type = QString::fromUtf8(sseType);
        if (type.startsWith("response."_L1))
            readResponsesEvent(type, event);
        else if (type.startsWith("content_block_"_L1))
            readAnthropicEvent(type, event);
        else if (!type.startsWith("message_"_L1))
            readChunk(event);
    }

    QList<ToolCall> calls() const
    {
        QList<ToolCall> calls;
        for (const Slot &slot : m_slots) {
            ToolCall call = slot.call;
            if (call.arguments.isEmpty()) // a tool without parameters streams no input
                call.arguments = slot.initialArguments;
            calls.append(call);
        }
        return calls;
    }

    // The terminal response of a Responses stream (response.completed …), when it came.
    std::optional<QJsonObject> finalResponse;

private:
    struct Slot
    {
        QString key;
        ToolCall call;
        QString initialArguments; // Anthropic: the `input` of content_block_start
    };

    Slot &slot(const QString &key)
    {
        for (Slot &s : m_slots) {
            if (s.key == key)
                return s;
        }
        m_slots.append(Slot {});
        m_slots.last().key = key;
        return m_slots.last();
    }

    void readChunk(const QJsonObject &chunk)
    {
        const QJsonArray choices = chunk.value("choices"_L1).toArray();
        for (qsizetype i = 0; i < choices.size(); ++i) {
            const QJsonObject choice = choices.at(i).toObject();
            if (choice.value("index"_L1).toInteger(i) != 0)
                continue;
            const QJsonObject delta = choice.value("delta"_L1).toObject();
            const QJsonArray calls = delta.value("tool_calls"_L1).toArray();
            for (const QJsonValue &value : calls)
                readToolDelta(value.toObject());
            if (const QJsonObject function = delta.value("function_call"_L1).toObject();
                !function.isEmpty())
                appendDelta(slot(u"function_call"_s), {}, function);
        }
    }

    // Pieces name their call by index; some compatible servers only by id, or not at all when
    // they continue the last one.
    void readToolDelta(const QJsonObject &call)
    {
        const QString id = stringAt(call, "id"_L1);
        const QJsonObject function = call.value("function"_L1).toObject();
        QString key;
        if (call.value("index"_L1).isDouble())
            key = u'#' + QString::number(call.value("index"_L1).toInteger());
        else if (!id.isEmpty())
            key = u'@' + id;
        else if (!m_slots.isEmpty())
            key = m_slots.last().key;
        else
            key = u"#0"_s;
        appendDelta(slot(key), id, function);
    }

    static void appendDelta(Slot &s, const QString &id, const QJsonObject &function)
    {
        if (s.call.id.isEmpty())
            s.call.id = id;
        if (s.call.name.isEmpty()) // some servers repeat the name in every piece
            s.call.name = stringAt(function, "name"_L1);
        s.call.arguments += jsonText(function.value("arguments"_L1));
    }

    static QString itemKey(const QJsonObject &event, const QString &itemId)
    {
        return itemId.isEmpty() ? u'#' + QString::number(event.value("output_index"_L1).toInteger())
                                : itemId;
    }

    void readResponsesEvent(const QString &type, const QJsonObject &event)
    {
        if (type == "response.output_item.added"_L1 || type == "response.output_item.done"_L1) {
            const QJsonObject item = event.value("item"_L1).toObject();
            if (!isCallItem(stringAt(item, "type"_L1)))
                return;
            Slot &s = slot(itemKey(event, stringAt(item, "id"_L1)));
            const ToolCall call = itemToolCall(item);
            s.call.id = call.id;
            s.call.name = call.name;
            if (!call.arguments.isEmpty() || s.call.arguments.isEmpty())
                s.call.arguments = call.arguments;
        } else if (type == "response.function_call_arguments.delta"_L1
                   || type == "response.custom_tool_call_input.delta"_L1) {
            slot(itemKey(event, stringAt(event, "item_id"_L1))).call.arguments +=
                    stringAt(event, "delta"_L1);
        } else if (type == "response.function_call_arguments.done"_L1
                   || type == "response.custom_tool_call_input.done"_L1) {
            const QJsonValue whole = event.value(
                    type.startsWith("response.function"_L1) ? "arguments"_L1 : "input"_L1);
            if (whole.isString())
                slot(itemKey(event, stringAt(event, "item_id"_L1))).call.arguments =
                        whole.toString();
        } else if (type == "response.completed"_L1 || type == "response.incomplete"_L1
                   || type == "response.failed"_L1) {
            if (event.value("response"_L1).isObject())
                finalResponse = event.value("response"_L1).toObject();
        }
    }

    void readAnthropicEvent(const QString &type, const QJsonObject &event)
    {
        const QString key = QString::number(event.value("index"_L1).toInteger());
        if (type == "content_block_start"_L1) {
            const QJsonObject block = event.value("content_block"_L1).toObject();
            if (!stringAt(block, "type"_L1).endsWith("tool_use"_L1))
                return;
            Slot &s = slot(key);
            s.call.id = stringAt(block, "id"_L1);
            s.call.name = stringAt(block, "name"_L1);
            s.initialArguments = jsonText(block.value("input"_L1));
        } else if (type == "content_block_delta"_L1) {
            const QJsonObject delta = event.value("delta"_L1).toObject();
            if (stringAt(delta, "type"_L1) != "input_json_delta"_L1)
                return;
            slot(key).call.arguments += stringAt(delta, "partial_json"_L1);
        }
    }

    QList<Slot> m_slots;
};

// --- responses -----------------------------------------------------------------------------

// Whether a body is (the start of) an event stream: a stream cut before its first event
// ended is empty, not unreadable.
bool startsLikeEventStream(const QByteArray &body)
{
    const QByteArray start = body.trimmed().left(6);
    for (const char *field : {"data:", "event:", "id:", "retry:", ":"}) {
        const QByteArray name(field);
        if (start.startsWith(name) || name.startsWith(start))
            return true;
    }
    return false;
}

void readResponse(EndpointKind kind, const QByteArray &body, bool stream, Conversation &c)
{
    if (body.trimmed().isEmpty())
        return; // no response (the call failed before one): nothing to read, nothing wrong
    const ResponseAnalysis analysis =
            analyzeResponse(kind, body, stream ? "text/event-stream"_ba : QByteArray());
    ConversationMessage reply;
    reply.role = u"assistant"_s;
    reply.text = analysis.outputText;
    reply.reasoning = analysis.reasoningText;
    c.finishReason = analysis.finishReason;
    c.responseError = analysis.errorMessage;

    bool readable = false;
    if (analysis.events.isEmpty()) {
        const QJsonObject object = parseObject(body, &readable);
        if (!readable) {
            if (!startsLikeEventStream(body)) {
                c.valid = false;
                c.error = Text::tr("the response body is neither JSON nor an event stream");
            }
            return;
        }
        reply.toolCalls = bodyToolCalls(object);
    } else {
        StreamToolCalls tools;
        int bad = 0;
        for (const SseEvent &event : analysis.events) {
            if (event.data.isEmpty() || event.data == "[DONE]")
                continue;
            bool ok = false;
            const QJsonObject object = parseObject(event.data, &ok);
            if (ok) {
                tools.read(event.type, object);
                readable = true;
            } else {
                ++bad;
            }
        }
        reply.toolCalls = tools.calls();
        // The final response of a Responses stream is the answer as the API settled it; the
        // deltas are what a cut stream leaves.
        if (tools.finalResponse && !tools.finalResponse->value("output"_L1).toArray().isEmpty()) {
            const QByteArray final = QJsonDocument(*tools.finalResponse).toJson();
            const ResponseAnalysis settled =
                    analyzeResponse(EndpointKind::Responses, final, "application/json"_ba);
            reply.text = settled.outputText;
            reply.reasoning = settled.reasoningText;
            reply.toolCalls = bodyToolCalls(*tools.finalResponse);
            if (!settled.finishReason.isEmpty())
                c.finishReason = settled.finishReason;
        }
        if (bad > 0) {
            c.valid = false;
            c.error = Text::tr("the response stream has events that are not JSON");
        }
    }
    const bool answered =
            !reply.text.isEmpty() || !reply.reasoning.isEmpty() || !reply.toolCalls.isEmpty();
    if (answered || (readable && analysis.errorMessage.isEmpty()))
        c.reply = reply;
}

} // namespace

bool Conversation::supports(EndpointKind kind)
{
    switch (kind) {
    case EndpointKind::ChatCompletions:
    case EndpointKind::Completions:
    case EndpointKind::Responses:
    case EndpointKind::AnthropicMessages:
        return true;
    default:
        return false;
    }
}

Conversation Conversation::fromCall(EndpointKind kind, const QByteArray &requestBody,
                                    const QByteArray &responseBody, bool stream)
{
    Conversation c;
    if (!supports(kind)) {
        c.error = Text::tr("this call is not a chat, completion, responses or messages call");
        return c;
    }
    bool ok = false;
    const QJsonObject request = parseObject(requestBody, &ok);
    if (!ok) {
        c.error = Text::tr("the request body is not a JSON object");
        return c;
    }
    c.valid = true;
    switch (kind) {
    case EndpointKind::ChatCompletions:
        readChatRequest(request, c);
        break;
    case EndpointKind::Completions:
        readCompletionsRequest(request, c);
        break;
    case EndpointKind::Responses:
        readResponsesRequest(request, c);
        break;
    case EndpointKind::AnthropicMessages:
        readAnthropicRequest(request, c);
        break;
    default:
        break;
    }
    readResponse(kind, responseBody, stream, c);
    resolveToolNames(c.messages);
    return c;
}

Conversation Conversation::fromResponse(EndpointKind kind, const QByteArray &responseBody,
                                        bool stream)
{
    Conversation c;
    if (!supports(kind)) {
        c.error = Text::tr("this call is not a chat, completion, responses or messages call");
        return c;
    }
    c.valid = true;
    readResponse(kind, responseBody, stream, c);
    return c;
}
