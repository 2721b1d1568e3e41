#include "requestanalysis.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <limits>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

std::optional<double> number(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    return value.toDouble();
}

std::optional<qint64> integer(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    // toInteger() keeps all 64 bits of a large seed; a value written as 7.0 still counts.
    constexpr qint64 NotIntegral = std::numeric_limits<qint64>::min();
    if (const qint64 n = value.toInteger(NotIntegral); n != NotIntegral)
        return n;
    return std::nullopt;
}

void appendString(QStringList &texts, const QJsonValue &value)
{
    if (value.isString()) {
        if (QString text = value.toString(); !text.isEmpty())
            texts.append(std::move(text));
    }
}

void appendContent(QStringList &texts, const QJsonValue &content);

// One content part, message or input item. Only text a person or a tool wrote is kept: images,
// audio, files, the model's own tool calls and reasoning are not searchable text.
void appendPart(QStringList &texts, const QJsonObject &part)
{
    const QString type = part.value("type"_L1).toString();
    if (type == "text"_L1 || type == "input_text"_L1 || type == "output_text"_L1) {
        appendString(texts, part.value("text"_L1));
    } else if (type == "tool_result"_L1) { // Anthropic
        appendContent(texts, part.value("content"_L1));
    } else if (type == "function_call_output"_L1 || type == "custom_tool_call_output"_L1) {
        appendContent(texts, part.value("output"_L1)); // Responses API tool results
    } else if (type == "message"_L1 || (type.isEmpty() && part.contains("role"_L1))) {
        appendContent(texts, part.value("content"_L1)); // a chat message or Responses item
    }
}

// A string, a list of strings (legacy prompt, embeddings input) or of parts / messages / items.
// Token-id arrays are numbers and are skipped.
void appendContent(QStringList &texts, const QJsonValue &content)
{
    if (content.isString()) {
        appendString(texts, content);
    } else if (content.isArray()) {
        const QJsonArray items = content.toArray();
        for (const QJsonValue &item : items) {
            if (item.isString())
                appendString(texts, item);
            else if (item.isObject())
                appendPart(texts, item.toObject());
        }
    } else if (content.isObject()) {
        appendPart(texts, content.toObject());
    }
}

QStringList toolNames(const QJsonObject &body)
{
    QStringList names;
    const QJsonArray tools = body.value("tools"_L1).toArray();
    for (const QJsonValue &value : tools) {
        const QJsonObject tool = value.toObject();
        // Anthropic and Responses functions carry the name at the top, Chat Completions inside
        // `function`; built-in tools (web_search, file_search …) may have only a type.
        QString name = tool.value("name"_L1).toString();
        if (name.isEmpty())
            name = tool.value("function"_L1).toObject().value("name"_L1).toString();
        if (name.isEmpty())
            name = tool.value("type"_L1).toString();
        if (!name.isEmpty())
            names.append(name);
    }
    const QJsonArray functions = body.value("functions"_L1).toArray(); // deprecated Chat form
    for (const QJsonValue &value : functions) {
        if (QString name = value.toObject().value("name"_L1).toString(); !name.isEmpty())
            names.append(std::move(name));
    }
    return names;
}

bool isAssistant(const QJsonObject &item)
{
    return item.value("role"_L1).toString() == "assistant"_L1;
}

// The text after the last assistant message, or nothing when the conversation has none yet.
std::optional<QString> newestTurn(const QJsonObject &body)
{
    QJsonValue list = body.value("messages"_L1);
    if (!list.isArray())
        list = body.value("input"_L1); // Responses API items
    if (!list.isArray())
        return std::nullopt;
    const QJsonArray items = list.toArray();
    qsizetype last = -1;
    for (qsizetype i = items.size() - 1; i >= 0; --i) {
        if (isAssistant(items.at(i).toObject())) {
            last = i;
            break;
        }
    }
    if (last < 0)
        return std::nullopt;
    QStringList texts;
    for (qsizetype i = last + 1; i < items.size(); ++i) {
        if (items.at(i).isObject())
            appendPart(texts, items.at(i).toObject());
    }
    return texts.join(u'\n');
}

} // namespace

RequestAnalysis analyzeRequest(EndpointKind kind, const QByteArray &body)
{
    RequestAnalysis analysis;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return analysis;
    const QJsonObject object = document.object();
    analysis.validJson = true;

    analysis.model = object.value("model"_L1).toString();
    analysis.stream = object.value("stream"_L1).toBool();
    analysis.temperature = number(object.value("temperature"_L1));
    analysis.seed = integer(object.value("seed"_L1));
    analysis.topP = number(object.value("top_p"_L1));
    // The newest name first: OpenAI deprecated max_tokens for max_completion_tokens, and a client
    // sending both means the newer one.
    for (QLatin1StringView key :
         {"max_completion_tokens"_L1, "max_tokens"_L1, "max_output_tokens"_L1}) {
        if ((analysis.maxTokens = integer(object.value(key))))
            break;
    }

    analysis.user = object.value("user"_L1).toString();
    if (analysis.user.isEmpty() && kind == EndpointKind::AnthropicMessages)
        analysis.user = object.value("metadata"_L1).toObject().value("user_id"_L1).toString();
    if (analysis.user.isEmpty())
        analysis.user = object.value("safety_identifier"_L1).toString();
    analysis.sessionId = object.value("session_id"_L1).toString();
    analysis.traceObject = object.value("trace"_L1).toObject();
    analysis.includeUsage =
            object.value("stream_options"_L1).toObject().value("include_usage"_L1).toBool();

    // Read every field that can hold prompt text whatever the endpoint: compatible servers
    // reached through an unusual path are classified Other but send the same bodies, and no
    // provider gives these names another meaning. System prompts come first.
    QStringList texts;
    appendContent(texts, object.value("system"_L1)); // Anthropic
    appendContent(texts, object.value("instructions"_L1)); // Responses API
    appendContent(texts, object.value("messages"_L1));
    appendContent(texts, object.value("input"_L1)); // Responses, embeddings, moderations
    appendContent(texts, object.value("prompt"_L1)); // legacy completions
    analysis.inputText = texts.join(u'\n');
    analysis.turnText = newestTurn(object).value_or(analysis.inputText);
    analysis.toolNames = toolNames(object);
    return analysis;
}
