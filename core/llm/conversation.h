#pragma once

#include "endpointkind.h"

#include <QByteArray>
#include <QJsonArray>
#include <QList>
#include <QString>

#include <optional>

// A tool the model asked to run.
struct ToolCall
{
    QString id; // what the tool result refers to: tool_call_id, call_id, tool_use_id
    QString name;
    // JSON text as the model wrote it; Anthropic's `input` object written as compact JSON.
    QString arguments;

    friend bool operator==(const ToolCall &, const ToolCall &) = default;
};

struct ConversationImage
{
    QString url; // remote images only: a data: URI is decoded into `data`
    QByteArray data;
    QString mediaType; // as the body declares it, e.g. "image/png"; may be empty

    friend bool operator==(const ConversationImage &, const ConversationImage &) = default;
};

struct ConversationMessage
{
    QString role; // system, developer, user, assistant, tool
    QString text; // text parts joined with '\n'; refusals are text
    QString reasoning; // thinking, reasoning content or summaries
    QList<ToolCall> toolCalls; // assistant
    QString toolCallId; // tool: the call this result answers
    // tool: the called tool's name, taken from the call when the result does not say it
    QString toolName;
    QList<ConversationImage> images;
};

// A call read as a transcript: the messages the request sent and the assistant's answer, the
// same shape for OpenAI Chat Completions, legacy Completions, the Responses API and Anthropic
// Messages, streamed or not. A value type without UI concerns: the transcript view and the
// fine-tuning exporter both read it.
struct Conversation
{
    QList<ConversationMessage> messages; // the request's, in order
    // The assistant's answer; for streams assembled from the deltas, tool-call arguments
    // included. Empty when there is no response or it carries no answer (an error).
    std::optional<ConversationMessage> reply;
    QString finishReason; // as the provider says it (finish_reason, status, stop_reason)
    QString responseError; // an error object or event the upstream answered with
    QJsonArray tools; // tool definitions as the request declared them
    // Whether the request (and the response, when there is one) could be read. When false,
    // `error` says why and the fields above hold what could be read.
    bool valid = false;
    QString error;

    // Whether calls of this kind carry a conversation: chat and legacy completions, the
    // Responses API, Anthropic messages.
    static bool supports(EndpointKind kind);
    // `stream`: the response is an event stream (an error answered as JSON is still read).
    // Never throws; any input, however malformed, gives a Conversation.
    static Conversation fromCall(EndpointKind kind, const QByteArray &requestBody,
                                 const QByteArray &responseBody, bool stream);
    // The response side only: `messages` and `tools` stay empty.
    static Conversation fromResponse(EndpointKind kind, const QByteArray &responseBody,
                                     bool stream);
};
