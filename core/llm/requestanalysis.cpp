#include "requestanalysis.h"

#include "jsonview.h"

#include <QJsonDocument>
#include <QStringList>

#include <utility>

using namespace Qt::StringLiterals;

namespace {

std::optional<double> number(const JsonValue &value)
{
    if (!value.isNumber())
        return std::nullopt;
    return value.toDouble();
}

void appendString(QStringList &texts, const JsonValue &value)
{
    if (value.isString() && !value.stringView().empty())
        texts.append(value.toString());
}

void appendContent(QStringList &texts, const JsonValue &content);

// One content part, message or input item. Only text a person or a tool wrote is kept: images,
// audio, files, the model's own tool calls and reasoning are not searchable text.
void appendPart(QStringList &texts, const JsonValue &part)
{
    const std::string_view type = part["type"].stringView();
    if (type == "text" || type == "input_text" || type == "output_text") {
        appendString(texts, part["text"]);
    } else if (type == "tool_result") { // Anthropic
        appendContent(texts, part["content"]);
    } else if (type == "function_call_output" || type == "custom_tool_call_output") {
        appendContent(texts, part["output"]); // Responses API tool results
    } else if (type == "message" || (type.empty() && part.contains("role"))) {
        appendContent(texts, part["content"]); // a chat message or Responses item
    }
}

// A string, a list of strings (legacy prompt, embeddings input) or of parts / messages / items.
// Token-id arrays are numbers and are skipped.
void appendContent(QStringList &texts, const JsonValue &content)
{
    if (content.isString()) {
        appendString(texts, content);
    } else if (content.isArray()) {
        content.forEach([&texts](const JsonValue &item) {
            if (item.isString())
                appendString(texts, item);
            else if (item.isObject())
                appendPart(texts, item);
        });
    } else if (content.isObject()) {
        appendPart(texts, content);
    }
}

QStringList toolNames(const JsonValue &body)
{
    QStringList names;
    body["tools"].forEach([&names](const JsonValue &tool) {
        // Anthropic and Responses functions carry the name at the top, Chat Completions inside
        // `function`; built-in tools (web_search, file_search …) may have only a type.
        std::string_view name = tool["name"].stringView();
        if (name.empty())
            name = tool["function"]["name"].stringView();
        if (name.empty())
            name = tool["type"].stringView();
        if (!name.empty())
            names.append(QString::fromUtf8(name.data(), qsizetype(name.size())));
    });
    body["functions"].forEach([&names](const JsonValue &function) { // deprecated Chat form
        if (QString name = function["name"].toString(); !name.isEmpty())
            names.append(std::move(name));
    });
    return names;
}

// The text after the last assistant message, or nothing when the conversation has none yet.
std::optional<QString> newestTurn(const JsonValue &body)
{
    JsonValue list = body["messages"];
    if (!list.isArray())
        list = body["input"]; // Responses API items
    if (!list.isArray())
        return std::nullopt;
    // One pass: the items after the latest assistant message seen so far.
    bool sawAssistant = false;
    QStringList texts;
    list.forEach([&](const JsonValue &item) {
        if (item["role"].stringEquals("assistant")) {
            sawAssistant = true;
            texts.clear();
        } else if (item.isObject()) {
            appendPart(texts, item);
        }
    });
    if (!sawAssistant)
        return std::nullopt;
    return texts.join(u'\n');
}

QString userOf(EndpointKind kind, const JsonValue &object)
{
    QString user = object["user"].toString();
    if (user.isEmpty() && kind == EndpointKind::AnthropicMessages)
        user = object["metadata"]["user_id"].toString();
    if (user.isEmpty())
        user = object["safety_identifier"].toString();
    return user;
}

} // namespace

QString requestUser(EndpointKind kind, const QByteArray &body)
{
    const JsonDocument document(body);
    return document.isObject() ? userOf(kind, document.root()) : QString();
}

RequestAnalysis analyzeRequest(EndpointKind kind, const QByteArray &body)
{
    RequestAnalysis analysis;
    const JsonDocument document(body);
    if (!document.isObject())
        return analysis;
    const JsonValue &object = document.root();
    analysis.validJson = true;

    analysis.model = object["model"].toString();
    analysis.stream = object["stream"].toBool();
    analysis.temperature = number(object["temperature"]);
    analysis.seed = object["seed"].toInteger();
    analysis.topP = number(object["top_p"]);
    // The newest name first: OpenAI deprecated max_tokens for max_completion_tokens, and a client
    // sending both means the newer one.
    for (const char *key : {"max_completion_tokens", "max_tokens", "max_output_tokens"}) {
        if ((analysis.maxTokens = object[key].toInteger()))
            break;
    }

    analysis.user = userOf(kind, object);
    analysis.sessionId = object["session_id"].toString();
    if (const JsonValue trace = object["trace"]; trace.isObject())
        analysis.traceObject = QJsonDocument::fromJson(trace.toJson()).object(); // rare
    analysis.includeUsage = object["stream_options"]["include_usage"].toBool();

    // Without an assistant message, every field that can hold prompt text is read whatever the
    // endpoint: compatible servers reached through an unusual path are classified Other but send
    // the same bodies, and no provider gives these names another meaning. System prompts first.
    if (std::optional<QString> turn = newestTurn(object)) {
        analysis.turnText = std::move(*turn);
    } else {
        QStringList texts;
        appendContent(texts, object["system"]); // Anthropic
        appendContent(texts, object["instructions"]); // Responses API
        appendContent(texts, object["messages"]);
        appendContent(texts, object["input"]); // Responses, embeddings, moderations
        appendContent(texts, object["prompt"]); // legacy completions
        analysis.turnText = texts.join(u'\n');
    }
    analysis.toolNames = toolNames(object);
    return analysis;
}
