#pragma once

#include "endpointkind.h"
#include "sseparser.h"
#include "tokenusage.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Response bytes as they arrived from the upstream (de-chunked), with their time relative to
// the request start.
struct StreamPiece
{
    qint64 offsetNs = 0;
    QByteArray bytes;
};

// What a trace needs from a response: token usage normalised to TokenUsage's convention, the
// returned model and id, why generation stopped, the generated text for search and display, and
// for streams the events with the time of the first generated token. Fields the response does
// not have stay empty.
struct ResponseAnalysis
{
    // Whole body: it is a JSON object. Stream: there is at least one event and every event's
    // data (other than [DONE] and empty keep-alives) is a JSON object.
    bool validJson = false;
    TokenUsage usage;
    QString responseModel;
    QString responseId;
    // As the provider says it: OpenAI finish_reason, Responses status (or the incomplete reason),
    // Anthropic stop_reason.
    QString finishReason;
    QString outputText; // message content; deltas assembled for streams
    QString reasoningText; // thinking / reasoning text or summaries, when the provider sends any
    QStringList toolCalls; // names of the tools the model called, in order
    // Streams only: the offset of the first event carrying generated content (text, reasoning,
    // refusal or tool-call arguments), not of a role-only or empty first chunk.
    std::optional<qint64> firstTokenOffsetNs;
    int eventCount = 0;
    QList<SseEvent> events;
    QList<qint64> eventOffsetsNs; // parallel to events: when each event was complete
    QString errorMessage; // an error object in the body or an `error` event
};

// A whole body. A text/event-stream body is read as a stream without times.
ResponseAnalysis analyzeResponse(EndpointKind kind, const QByteArray &body,
                                 const QByteArray &contentType);
// A streamed body in the pieces it arrived in. A JSON body (an error answered to a streaming
// request) is read as a whole body.
ResponseAnalysis analyzeStream(EndpointKind kind, const QList<StreamPiece> &pieces);
