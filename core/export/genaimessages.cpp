#include "genaimessages.h"

#include "common/jsonwriter.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

// Tool arguments are JSON text as the model wrote it; the conventions want the object. Text
// that does not parse (a stream cut mid-arguments) is kept as the string it is.
void writeArguments(JsonWriter &out, const QString &arguments)
{
    if (arguments.trimmed().isEmpty()) {
        out.raw("{}");
        return;
    }
    const QByteArray utf8 = arguments.toUtf8();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(utf8, &error);
    if (error.error == QJsonParseError::NoError && !document.isNull())
        out.raw(document.toJson(QJsonDocument::Compact));
    else
        out.value(arguments);
}

void writeImagePart(JsonWriter &out, const ConversationImage &image)
{
    out.beginObject();
    out.member("type"_L1, image.url.isEmpty() ? "blob"_L1 : "uri"_L1);
    out.member("modality"_L1, "image"_L1);
    if (!image.mediaType.isEmpty())
        out.member("mime_type"_L1, image.mediaType);
    if (!image.url.isEmpty())
        out.member("uri"_L1, image.url);
    else
        out.member("content"_L1, QString::fromLatin1(image.data.toBase64()));
    out.endObject();
}

void writeMessage(JsonWriter &out, const ConversationMessage &message,
                  const QString &finishReason = {})
{
    out.beginObject();
    out.member("role"_L1, message.role);
    if (message.role == "tool"_L1 && !message.toolName.isEmpty())
        out.member("name"_L1, message.toolName);
    out.key("parts"_L1);
    out.beginArray();
    if (!message.reasoning.isEmpty()) {
        out.beginObject();
        out.member("type"_L1, "reasoning"_L1);
        out.member("content"_L1, message.reasoning);
        out.endObject();
    }
    if (message.role == "tool"_L1) {
        out.beginObject();
        out.member("type"_L1, "tool_call_response"_L1);
        if (!message.toolCallId.isEmpty())
            out.member("id"_L1, message.toolCallId);
        out.member("response"_L1, message.text);
        out.endObject();
    } else if (!message.text.isEmpty()) {
        out.beginObject();
        out.member("type"_L1, "text"_L1);
        out.member("content"_L1, message.text);
        out.endObject();
    }
    for (const ConversationImage &image : message.images)
        writeImagePart(out, image);
    for (const ToolCall &call : message.toolCalls) {
        out.beginObject();
        out.member("type"_L1, "tool_call"_L1);
        if (!call.id.isEmpty())
            out.member("id"_L1, call.id);
        out.member("name"_L1, call.name);
        out.key("arguments"_L1);
        writeArguments(out, call.arguments);
        out.endObject();
    }
    out.endArray();
    // Required by the conventions up to v1.41, deprecated on main in favour of
    // gen_ai.response.finish_reasons, which the span carries too.
    if (!finishReason.isEmpty())
        out.member("finish_reason"_L1, finishReason);
    out.endObject();
}

void writeChatMessage(JsonWriter &out, const ConversationMessage &message)
{
    out.beginObject();
    out.member("role"_L1, message.role);
    out.key("content"_L1);
    if (message.images.isEmpty()) {
        out.value(message.text);
    } else {
        // OpenAI's content parts, so that the image shows next to the text.
        out.beginArray();
        if (!message.text.isEmpty()) {
            out.beginObject();
            out.member("type"_L1, "text"_L1);
            out.member("text"_L1, message.text);
            out.endObject();
        }
        for (const ConversationImage &image : message.images) {
            out.beginObject();
            out.member("type"_L1, "image_url"_L1);
            out.key("image_url"_L1);
            out.beginObject();
            out.member("url"_L1,
                       image.url.isEmpty() ? QString("data:"_L1 + image.mediaType + ";base64,"_L1
                                                     + QString::fromLatin1(image.data.toBase64()))
                                           : image.url);
            out.endObject();
            out.endObject();
        }
        out.endArray();
    }
    if (!message.reasoning.isEmpty())
        out.member("reasoning"_L1, message.reasoning);
    if (!message.toolCalls.isEmpty()) {
        out.key("tool_calls"_L1);
        out.beginArray();
        for (const ToolCall &call : message.toolCalls) {
            out.beginObject();
            out.member("id"_L1, call.id);
            out.member("type"_L1, "function"_L1);
            out.key("function"_L1);
            out.beginObject();
            out.member("name"_L1, call.name);
            out.member("arguments"_L1, call.arguments);
            out.endObject();
            out.endObject();
        }
        out.endArray();
    }
    if (!message.toolCallId.isEmpty())
        out.member("tool_call_id"_L1, message.toolCallId);
    out.endObject();
}

} // namespace

namespace GenAiMessages {

QByteArray inputMessages(const Conversation &conversation)
{
    JsonWriter out;
    out.beginArray();
    for (const ConversationMessage &m : conversation.messages)
        writeMessage(out, m);
    out.endArray();
    return out.text();
}

QByteArray outputMessages(const Conversation &conversation)
{
    if (!conversation.reply)
        return {};
    JsonWriter out;
    out.beginArray();
    writeMessage(out, *conversation.reply, conversation.finishReason);
    out.endArray();
    return out.text();
}

QByteArray braintrustInput(const Conversation &conversation)
{
    JsonWriter out;
    out.beginArray();
    for (const ConversationMessage &m : conversation.messages)
        writeChatMessage(out, m);
    out.endArray();
    return out.text();
}

QByteArray braintrustOutput(const Conversation &conversation)
{
    if (!conversation.reply)
        return {};
    JsonWriter out;
    out.beginArray();
    out.beginObject();
    out.member("index"_L1, qint64(0));
    out.key("message"_L1);
    writeChatMessage(out, *conversation.reply);
    if (!conversation.finishReason.isEmpty())
        out.member("finish_reason"_L1, conversation.finishReason);
    out.endObject();
    out.endArray();
    return out.text();
}

} // namespace GenAiMessages
