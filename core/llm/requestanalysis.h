#pragma once

#include "endpointkind.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

// What a trace needs from a request body: the parameters shown and filtered on, the caching
// inputs (temperature, seed) and the prompt as plain text for full-text search. Fields the body
// does not have stay empty.
struct RequestAnalysis
{
    bool validJson = false; // the body is a JSON object; when false, everything else is empty
    QString model;
    bool stream = false;
    std::optional<double> temperature;
    std::optional<qint64> seed;
    // max_completion_tokens, else max_tokens, else max_output_tokens (Responses API)
    std::optional<qint64> maxTokens;
    std::optional<double> topP;
    // Body "user" (else OpenAI's newer "safety_identifier"); Anthropic: metadata.user_id.
    QString user;
    QString sessionId; // body "session_id"
    QJsonObject traceObject; // OpenRouter-style body "trace" object
    bool includeUsage = false; // stream_options.include_usage
    // The newest turn as plain text: what follows the last assistant message in `messages` (or
    // in a Responses `input` list) — the user's new message, tool results. Without an assistant
    // message yet (a first turn, single prompts) the whole prompt: system prompt(s), every
    // message's text, tool results, Responses `instructions` and `input`, legacy `prompt`,
    // embeddings and moderations `input` strings; joined with '\n'. Agent loops resend their
    // whole history with every call; indexing only each call's new turn indexes every message once
    // (the model's answers are indexed from the responses).
    QString turnText;
    // Declared tools, in order: the function name, or the type of a built-in tool without one.
    QStringList toolNames;
};

// Never throws; a body that is not a JSON object gives validJson == false.
RequestAnalysis analyzeRequest(EndpointKind kind, const QByteArray &body);

// The body's `user` alone (the rule RequestAnalysis::user follows), for deciding a per-user
// policy before the call goes upstream.
QString requestUser(EndpointKind kind, const QByteArray &body);
