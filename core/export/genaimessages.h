#pragma once

#include "llm/conversation.h"

#include <QByteArray>

// A call's messages in the two shapes OTLP backends read (reference §2.3 and §4), as compact
// JSON text (span attributes carry JSON strings):
// - the GenAI conventions' (`gen_ai.input.messages`, `gen_ai.output.messages`): messages of
//   typed parts (text, reasoning, tool_call, tool_call_response, uri, blob);
// - Braintrust's (`braintrust.input_json`, `braintrust.output_json`): OpenAI chat messages in,
//   chat choices out, which its LLM view shows as a transcript.
// The outputs are empty when the call has no answer.
namespace GenAiMessages {

QByteArray inputMessages(const Conversation &conversation);
QByteArray outputMessages(const Conversation &conversation);

QByteArray braintrustInput(const Conversation &conversation);
QByteArray braintrustOutput(const Conversation &conversation);

} // namespace GenAiMessages
