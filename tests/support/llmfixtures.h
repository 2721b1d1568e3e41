#pragma once

#include "fakeupstream.h"

#include <QByteArray>
#include <QList>

// Canned OpenAI and Anthropic answers shaped as the providers send them (field order, nulls,
// SSE framing), and a FakeUpstream handler that serves them by endpoint. Ids, texts and usage
// numbers are fixed, so a test can compare what a client or TokenTap read with the constants
// below. Usage numbers are deliberately not small round ones and include cache and reasoning
// counts, so that a usage extractor cannot pass by confusing two fields.
namespace LlmFixtures {

struct Usage
{
    int input = 0; // as the provider reports it: Anthropic's excludes cache reads and writes
    int output = 0; // includes reasoning
    int cachedInput = 0;
    int cacheWrite = 0;
    int reasoning = 0;
};

struct Answer
{
    const char *model; // the dated model name the provider answers with
    const char *text; // the whole generated text; streams deliver it in word-sized deltas
    Usage usage;
};

extern const Answer Chat; // POST /v1/chat/completions
extern const Answer TextCompletion; // POST /v1/completions
extern const Answer Response; // POST /v1/responses
extern const Answer AnthropicMessage; // POST /v1/messages
extern const char EmbeddingModel[];
constexpr int EmbeddingTokensPerInput = 5;
constexpr int EmbeddingDimensions = 1536; // text-embedding-3-small, unless `dimensions` says
extern const char OpenAiRequestId[]; // x-request-id on every OpenAI answer
extern const char AnthropicRequestId[]; // request-id on every Anthropic answer

// The pieces a stream splits `text` into: words with their leading space.
QList<QByteArray> deltas(const char *text);

// OpenAI. Streams are whole SSE frames ("data: …\n\n"), ending with "data: [DONE]\n\n"; with
// `includeUsage` (stream_options.include_usage) chunks carry "usage":null and one last chunk
// with no choices carries the usage.
QByteArray chatCompletion();
QList<QByteArray> chatCompletionEvents(bool includeUsage);
QByteArray textCompletion();
QList<QByteArray> textCompletionEvents(bool includeUsage);
// `count` embeddings of `dimensions` floats; `base64` encodes each as little-endian float32,
// what the Node SDK asks for unless told otherwise.
QByteArray embeddings(int count, int dimensions = EmbeddingDimensions, bool base64 = false);
// Component `j` of embedding `i`: a multiple of 1/128, exact in float32 and in decimal.
float embeddingValue(int i, int j);
QByteArray response(); // Responses API: a reasoning item, then the message
QList<QByteArray> responseEvents(); // "event: response.…\ndata: {…}\n\n" … response.completed
QByteArray modelList();

// Anthropic. Streams are "event: …\ndata: {…}\n\n" frames from message_start to message_stop.
QByteArray anthropicMessage();
QList<QByteArray> anthropicMessageEvents();
QByteArray anthropicModelList();

// An error body the OpenAI SDK understands.
QByteArray openAiError(const QByteArray &message, const QByteArray &type);

// Answers each endpoint above by method, path and body (stream, stream_options, input,
// encoding_format, dimensions); anything else gets a 404 in OpenAI's error shape. Stream events
// go out `eventIntervalMs` apart (the first at once), as a model generating tokens would send
// them; 0 writes them all at once, still one chunk each.
FakeUpstream::Handler handler(FakeUpstream *upstream, int eventIntervalMs = 0);

} // namespace LlmFixtures
