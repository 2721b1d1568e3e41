#include "finetuneexporter.h"

#include "common/sha256.h"
#include "llm/conversation.h"
#include "llm/endpointkind.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QJsonValue parsedOrText(const QString &arguments)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(arguments.toUtf8(), &error);
    return error.error == QJsonParseError::NoError && document.isObject()
            ? QJsonValue(document.object())
            : QJsonValue(QJsonObject());
}

QString dataUri(const ConversationImage &image)
{
    if (!image.url.isEmpty())
        return image.url;
    const QString type = image.mediaType.isEmpty() ? u"image/png"_s : image.mediaType;
    return u"data:"_s + type + u";base64,"_s + QString::fromLatin1(image.data.toBase64());
}

// Tool definitions in OpenAI's chat shape, whichever API declared them.
QJsonArray openAiTools(const QJsonArray &tools)
{
    QJsonArray out;
    for (const QJsonValue &value : tools) {
        const QJsonObject tool = value.toObject();
        if (tool.contains("function"_L1)) { // chat completions: already so
            out.append(tool);
            continue;
        }
        QJsonObject function;
        function.insert("name"_L1, tool.value("name"_L1));
        if (tool.contains("description"_L1))
            function.insert("description"_L1, tool.value("description"_L1));
        // Responses API: parameters; Anthropic: input_schema.
        const QJsonValue parameters = tool.contains("parameters"_L1)
                ? tool.value("parameters"_L1)
                : tool.value("input_schema"_L1);
        if (!parameters.isUndefined())
            function.insert("parameters"_L1, parameters);
        if (function.value("name"_L1).toString().isEmpty())
            continue; // a built-in tool (web search, …) has no definition to learn
        out.append(QJsonObject {{"type"_L1, "function"_L1}, {"function"_L1, function}});
    }
    return out;
}

QJsonArray anthropicTools(const QJsonArray &tools)
{
    QJsonArray out;
    const QJsonArray openAi = openAiTools(tools);
    for (const QJsonValue &value : openAi) {
        const QJsonObject function = value.toObject().value("function"_L1).toObject();
        QJsonObject tool {{"name"_L1, function.value("name"_L1)}};
        if (function.contains("description"_L1))
            tool.insert("description"_L1, function.value("description"_L1));
        tool.insert("input_schema"_L1, function.value("parameters"_L1).toObject());
        out.append(tool);
    }
    return out;
}

QJsonObject openAiMessage(const ConversationMessage &m)
{
    QJsonObject out;
    const QString role = m.role == "developer"_L1 ? u"system"_s : m.role;
    out.insert("role"_L1, role);
    if (!m.images.isEmpty() && role == "user"_L1) {
        QJsonArray parts;
        if (!m.text.isEmpty())
            parts.append(QJsonObject {{"type"_L1, "text"_L1}, {"text"_L1, m.text}});
        for (const ConversationImage &image : m.images)
            parts.append(QJsonObject {{"type"_L1, "image_url"_L1},
                                      {"image_url"_L1, QJsonObject {{"url"_L1, dataUri(image)}}}});
        out.insert("content"_L1, parts);
    } else if (!m.text.isEmpty() || m.toolCalls.isEmpty()) {
        out.insert("content"_L1, m.text);
    }
    if (!m.toolCalls.isEmpty()) {
        QJsonArray calls;
        for (const ToolCall &call : m.toolCalls)
            calls.append(QJsonObject {
                    {"id"_L1, call.id},
                    {"type"_L1, "function"_L1},
                    {"function"_L1,
                     QJsonObject {{"name"_L1, call.name}, {"arguments"_L1, call.arguments}}}});
        out.insert("tool_calls"_L1, calls);
    }
    if (role == "tool"_L1 && !m.toolCallId.isEmpty())
        out.insert("tool_call_id"_L1, m.toolCallId);
    return out;
}

// Anthropic keeps tool results in user turns and the system prompt apart; consecutive turns of
// the same role are merged, as the API requires alternation.
QJsonObject anthropicExample(const QList<ConversationMessage> &messages, const QJsonArray &tools)
{
    QStringList system;
    QJsonArray turns;
    QString lastRole;
    auto append = [&](const QString &role, const QJsonArray &blocks) {
        if (role == lastRole && !turns.isEmpty()) {
            QJsonObject last = turns.last().toObject();
            QJsonArray content = last.value("content"_L1).toArray();
            for (const QJsonValue &block : blocks)
                content.append(block);
            last.insert("content"_L1, content);
            turns.replace(turns.size() - 1, last);
        } else {
            turns.append(QJsonObject {{"role"_L1, role}, {"content"_L1, blocks}});
            lastRole = role;
        }
    };
    for (const ConversationMessage &m : messages) {
        if (m.role == "system"_L1 || m.role == "developer"_L1) {
            system.append(m.text);
            continue;
        }
        QJsonArray blocks;
        if (m.role == "tool"_L1) {
            blocks.append(QJsonObject {{"type"_L1, "tool_result"_L1},
                                       {"tool_use_id"_L1, m.toolCallId},
                                       {"content"_L1, m.text}});
            append(u"user"_s, blocks);
            continue;
        }
        for (const ConversationImage &image : m.images) {
            QJsonObject source;
            if (image.url.isEmpty())
                source = {{"type"_L1, "base64"_L1},
                          {"media_type"_L1,
                           image.mediaType.isEmpty() ? u"image/png"_s : image.mediaType},
                          {"data"_L1, QString::fromLatin1(image.data.toBase64())}};
            else
                source = {{"type"_L1, "url"_L1}, {"url"_L1, image.url}};
            blocks.append(QJsonObject {{"type"_L1, "image"_L1}, {"source"_L1, source}});
        }
        if (!m.text.isEmpty())
            blocks.append(QJsonObject {{"type"_L1, "text"_L1}, {"text"_L1, m.text}});
        for (const ToolCall &call : m.toolCalls)
            blocks.append(QJsonObject {{"type"_L1, "tool_use"_L1},
                                       {"id"_L1, call.id},
                                       {"name"_L1, call.name},
                                       {"input"_L1, parsedOrText(call.arguments)}});
        append(m.role == "assistant"_L1 ? u"assistant"_s : u"user"_s, blocks);
    }
    QJsonObject example;
    if (!system.isEmpty())
        example.insert("system"_L1, system.join(u"\n\n"_s));
    example.insert("messages"_L1, turns);
    const QJsonArray definitions = anthropicTools(tools);
    if (!definitions.isEmpty())
        example.insert("tools"_L1, definitions);
    return example;
}

} // namespace

FineTuneExporter::FineTuneExporter()
    : FineTuneExporter(Options())
{ }

FineTuneExporter::FineTuneExporter(Options options)
    : m_options(std::move(options))
{
    for (const QString &wanted : std::as_const(m_options.models))
        m_models.append(QRegularExpression(
                QRegularExpression::anchoredPattern(QRegularExpression::wildcardToRegularExpression(
                        wanted, QRegularExpression::UnanchoredWildcardConversion))));
}

bool FineTuneExporter::modelWanted(const QString &model) const
{
    if (m_models.isEmpty())
        return true;
    return std::any_of(m_models.cbegin(), m_models.cend(), [&](const QRegularExpression &glob) {
        return glob.match(model).hasMatch();
    });
}

std::optional<QByteArray> FineTuneExporter::example(const TraceRecord &call)
{
    const EndpointKind kind = Endpoint::fromName(QLatin1StringView(call.endpoint.toLatin1()));
    if (!Conversation::supports(kind)) {
        ++m_skipped.notConversation;
        return std::nullopt;
    }
    if (call.status < 200 || call.status >= 300 || !call.errorKind.isEmpty()) {
        ++m_skipped.failed;
        return std::nullopt;
    }
    if (call.privacy) {
        ++m_skipped.privacy;
        return std::nullopt;
    }
    if (!modelWanted(call.model.isEmpty() ? call.responseModel : call.model)) {
        ++m_skipped.otherModel;
        return std::nullopt;
    }
    if (call.requestTruncated || call.responseTruncated) {
        ++m_skipped.incomplete;
        return std::nullopt;
    }
    const Conversation c =
            Conversation::fromCall(kind, call.requestBody, call.responseBody, call.stream);
    if (!c.responseError.isEmpty()) {
        ++m_skipped.failed;
        return std::nullopt;
    }
    if (!c.valid || !c.reply || c.messages.isEmpty()) {
        ++m_skipped.incomplete;
        return std::nullopt;
    }
    QList<ConversationMessage> messages;
    for (const ConversationMessage &m : c.messages) {
        if (m_options.dropSystemPrompts && (m.role == "system"_L1 || m.role == "developer"_L1))
            continue;
        messages.append(m);
    }
    ConversationMessage reply = *c.reply;
    reply.role = u"assistant"_s;
    reply.reasoning.clear(); // not part of what either format trains on
    messages.append(reply);

    QJsonObject example;
    if (m_options.format == Format::Anthropic) {
        example = anthropicExample(messages, c.tools);
    } else {
        QJsonArray list;
        for (const ConversationMessage &m : std::as_const(messages))
            list.append(openAiMessage(m));
        example.insert("messages"_L1, list);
        const QJsonArray tools = openAiTools(c.tools);
        if (!tools.isEmpty())
            example.insert("tools"_L1, tools);
    }
    QByteArray line = QJsonDocument(example).toJson(QJsonDocument::Compact);
    const QByteArray hash = Sha256::digest({line});
    if (m_seen.contains(hash)) {
        ++m_skipped.duplicate;
        return std::nullopt;
    }
    m_seen.insert(hash);
    return line;
}

QString FineTuneExporter::skippedSummary() const
{
    const Skipped &s = m_skipped;
    if (s.total() == 0)
        return QCoreApplication::translate("FineTuneExporter", "no call skipped");
    QStringList parts;
    auto add = [&](qint64 n, const char *what) {
        if (n)
            parts.append(QCoreApplication::translate("FineTuneExporter", what).arg(n));
    };
    add(s.failed, QT_TRANSLATE_NOOP("FineTuneExporter", "%1 failed"));
    add(s.privacy, QT_TRANSLATE_NOOP("FineTuneExporter", "%1 in privacy mode"));
    add(s.notConversation, QT_TRANSLATE_NOOP("FineTuneExporter", "%1 not conversations"));
    add(s.incomplete, QT_TRANSLATE_NOOP("FineTuneExporter", "%1 incomplete"));
    add(s.otherModel, QT_TRANSLATE_NOOP("FineTuneExporter", "%1 of other models"));
    add(s.duplicate, QT_TRANSLATE_NOOP("FineTuneExporter", "%1 duplicates"));
    return QCoreApplication::translate("FineTuneExporter", "%1 calls skipped: %2")
            .arg(s.total())
            .arg(parts.join(u", "_s));
}
