// The official OpenAI and Anthropic Node SDKs, driven through TokenTap: node sdk_check.mjs BASE_URL
//
// BASE_URL is the proxy (http://127.0.0.1:PORT); its default upstream and its upstream named
// "anthropic" must answer with the canned payloads of tests/support/llmfixtures.cpp, whose texts
// and numbers are repeated below. Each check asserts what the SDK parsed, not what went over
// the wire, because a proxy that garbles a stream can still leave the bytes looking plausible.
// Prints one line per check and "N passed, M failed"; exits 1 when any check failed.

import assert from 'node:assert/strict';
import Anthropic from '@anthropic-ai/sdk';
import OpenAI from 'openai';

const base = process.argv[2];
if (!base) {
    console.error('usage: node sdk_check.mjs BASE_URL');
    process.exit(2);
}

// Mirrors LlmFixtures (tests/support/llmfixtures.cpp).
const fixtures = {
    openAiRequestId: 'req_7f3c2b1a9e8d4c6b5a4f3e2d1c0b9a8f',
    anthropicRequestId: 'req_011CVx7Jm2Qp4Rt6Yw8Za1Bc',
    chat: {
        model: 'gpt-4o-mini-2024-07-18',
        text: 'The capital of France is Paris \u2014 home to about 2.1 million people.',
        usage: { input: 1234, output: 17, cachedInput: 1024 },
    },
    completion: {
        model: 'gpt-3.5-turbo-instruct:20230824-v2',
        text: ' Paris is the capital and largest city of France.',
        usage: { input: 6, output: 11 },
    },
    response: {
        model: 'gpt-5-mini-2025-08-07',
        text: 'Paris is the capital of France.',
        usage: { input: 812, output: 150, cachedInput: 512, reasoning: 64 },
    },
    message: {
        model: 'claude-haiku-4-5-20251001',
        text: 'Paris is the capital of France, on the Seine in \u00cele-de-France.',
        usage: { input: 25, output: 19, cacheWrite: 1800, cacheRead: 0 },
    },
    embedding: {
        model: 'text-embedding-3-small',
        dimensions: 1536,
        tokensPerInput: 5,
        value: (i, j) => (((i * 31 + j * 7) % 97) - 48) / 128,
    },
    openAiModels: ['gpt-4o-mini', 'gpt-5-mini', 'gpt-3.5-turbo-instruct', 'text-embedding-3-small'],
    anthropicModels: ['claude-sonnet-4-5-20250929', 'claude-haiku-4-5-20251001'],
};

// Retries would hide a failed first attempt; explicit nulls keep credentials from the
// environment (OPENAI_ORG_ID, ANTHROPIC_AUTH_TOKEN …) out of the requests.
const openai = new OpenAI({
    baseURL: `${base}/v1`,
    apiKey: 'sk-tokentap-sdk-check-0001',
    organization: null,
    project: null,
    maxRetries: 0,
    timeout: 20_000,
});
const anthropic = new Anthropic({
    baseURL: `${base}/anthropic`,
    apiKey: 'sk-ant-tokentap-sdk-check-0002',
    authToken: null,
    maxRetries: 0,
    timeout: 20_000,
});

const question = [{ role: 'user', content: 'What is the capital of France?' }];
const chatRequest = { model: 'gpt-4o-mini', messages: question };
const completionRequest = { model: 'gpt-3.5-turbo-instruct', prompt: 'The capital of France is' };
const responseRequest = { model: 'gpt-5-mini', input: 'What is the capital of France?' };
const messageRequest = { model: 'claude-haiku-4-5', max_tokens: 256, messages: question };

const checks = [];
const check = (name, fn) => checks.push({ name, fn });

function assertEmbedding(vector, index, dimensions) {
    assert.equal(vector.length, dimensions);
    for (let j = 0; j < dimensions; ++j)
        assert.equal(vector[j], fixtures.embedding.value(index, j), `component ${j} of ${index}`);
}

check('openai chat.completions.create', async () => {
    const completion = await openai.chat.completions.create(chatRequest);
    assert.equal(completion.object, 'chat.completion');
    assert.equal(completion.model, fixtures.chat.model);
    assert.equal(completion.choices[0].message.content, fixtures.chat.text);
    assert.equal(completion.choices[0].finish_reason, 'stop');
    const { usage } = fixtures.chat;
    assert.equal(completion.usage.prompt_tokens, usage.input);
    assert.equal(completion.usage.completion_tokens, usage.output);
    assert.equal(completion.usage.total_tokens, usage.input + usage.output);
    assert.equal(completion.usage.prompt_tokens_details.cached_tokens, usage.cachedInput);
    assert.equal(completion._request_id, fixtures.openAiRequestId);
});

check('openai chat.completions.create stream with include_usage', async () => {
    const stream = await openai.chat.completions.create({
        ...chatRequest,
        stream: true,
        stream_options: { include_usage: true },
    });
    let text = '';
    const chunks = [];
    for await (const chunk of stream) {
        chunks.push(chunk);
        text += chunk.choices[0]?.delta?.content ?? '';
    }
    assert.equal(text, fixtures.chat.text);
    assert.ok(chunks.length > 3, `${chunks.length} chunks`);
    assert.equal(chunks[0].choices[0].delta.role, 'assistant');
    assert.equal(chunks.at(-2).choices[0].finish_reason, 'stop');
    for (const chunk of chunks.slice(0, -1)) assert.equal(chunk.usage, null);
    const last = chunks.at(-1);
    assert.deepEqual(last.choices, []);
    assert.equal(last.usage.prompt_tokens, fixtures.chat.usage.input);
    assert.equal(last.usage.completion_tokens, fixtures.chat.usage.output);
    assert.equal(last.usage.prompt_tokens_details.cached_tokens, fixtures.chat.usage.cachedInput);
});

check('openai chat.completions.create stream without usage', async () => {
    const stream = await openai.chat.completions.create({ ...chatRequest, stream: true });
    let text = '';
    let chunks = 0;
    for await (const chunk of stream) {
        ++chunks;
        assert.equal(chunk.usage, undefined);
        assert.equal(chunk.choices.length, 1);
        text += chunk.choices[0].delta.content ?? '';
    }
    assert.equal(text, fixtures.chat.text);
    assert.ok(chunks > 3, `${chunks} chunks`);
});

check('openai chat.completions.stream finalChatCompletion', async () => {
    const stream = openai.chat.completions.stream(chatRequest);
    let fromEvents = '';
    stream.on('content', (delta) => {
        fromEvents += delta;
    });
    const final = await stream.finalChatCompletion();
    assert.equal(final.choices[0].message.content, fixtures.chat.text);
    assert.equal(final.choices[0].finish_reason, 'stop');
    assert.equal(final.model, fixtures.chat.model);
    assert.equal(fromEvents, fixtures.chat.text);
});

check('openai completions.create', async () => {
    const completion = await openai.completions.create(completionRequest);
    assert.equal(completion.object, 'text_completion');
    assert.equal(completion.model, fixtures.completion.model);
    assert.equal(completion.choices[0].text, fixtures.completion.text);
    assert.equal(completion.choices[0].finish_reason, 'stop');
    const { usage } = fixtures.completion;
    assert.equal(completion.usage.prompt_tokens, usage.input);
    assert.equal(completion.usage.completion_tokens, usage.output);
    assert.equal(completion.usage.total_tokens, usage.input + usage.output);
});

check('openai completions.create stream with include_usage', async () => {
    const stream = await openai.completions.create({
        ...completionRequest,
        stream: true,
        stream_options: { include_usage: true },
    });
    let text = '';
    const chunks = [];
    for await (const chunk of stream) {
        chunks.push(chunk);
        text += chunk.choices[0]?.text ?? '';
    }
    assert.equal(text, fixtures.completion.text);
    assert.ok(chunks.length > 3, `${chunks.length} chunks`);
    assert.equal(chunks.at(-2).choices[0].finish_reason, 'stop');
    assert.equal(chunks.at(-1).usage.prompt_tokens, fixtures.completion.usage.input);
    assert.equal(chunks.at(-1).usage.completion_tokens, fixtures.completion.usage.output);
});

check('openai embeddings.create (base64 on the wire)', async () => {
    const result = await openai.embeddings.create({
        model: 'text-embedding-3-small',
        input: ['Paris', 'France'],
    });
    assert.equal(result.model, fixtures.embedding.model);
    assert.equal(result.data.length, 2);
    result.data.forEach((item, i) => {
        assert.equal(item.index, i);
        assertEmbedding(item.embedding, i, fixtures.embedding.dimensions);
    });
    assert.equal(result.usage.prompt_tokens, 2 * fixtures.embedding.tokensPerInput);
    assert.equal(result.usage.total_tokens, 2 * fixtures.embedding.tokensPerInput);
});

check('openai embeddings.create encoding_format float', async () => {
    const result = await openai.embeddings.create({
        model: 'text-embedding-3-small',
        input: 'Paris',
        encoding_format: 'float',
        dimensions: 256,
    });
    assert.equal(result.data.length, 1);
    assertEmbedding(result.data[0].embedding, 0, 256);
    assert.equal(result.usage.prompt_tokens, fixtures.embedding.tokensPerInput);
});

check('openai responses.create', async () => {
    const response = await openai.responses.create(responseRequest);
    assert.equal(response.object, 'response');
    assert.equal(response.status, 'completed');
    assert.equal(response.model, fixtures.response.model);
    assert.deepEqual(response.output.map((item) => item.type), ['reasoning', 'message']);
    assert.equal(response.output_text, fixtures.response.text);
    const { usage } = fixtures.response;
    assert.equal(response.usage.input_tokens, usage.input);
    assert.equal(response.usage.input_tokens_details.cached_tokens, usage.cachedInput);
    assert.equal(response.usage.output_tokens, usage.output);
    assert.equal(response.usage.output_tokens_details.reasoning_tokens, usage.reasoning);
    assert.equal(response._request_id, fixtures.openAiRequestId);
});

check('openai responses.create stream', async () => {
    const stream = await openai.responses.create({ ...responseRequest, stream: true });
    const events = [];
    let text = '';
    for await (const event of stream) {
        events.push(event);
        if (event.type === 'response.output_text.delta') text += event.delta;
    }
    assert.equal(text, fixtures.response.text);
    assert.equal(events[0].type, 'response.created');
    assert.equal(events[0].response.status, 'in_progress');
    assert.equal(events[1].type, 'response.in_progress');
    assert.deepEqual(events.map((event) => event.sequence_number), events.map((_, i) => i));
    const done = events.find((event) => event.type === 'response.output_text.done');
    assert.equal(done.text, fixtures.response.text);
    const completed = events.at(-1);
    assert.equal(completed.type, 'response.completed');
    assert.equal(completed.response.status, 'completed');
    const { usage } = fixtures.response;
    assert.equal(completed.response.usage.input_tokens, usage.input);
    assert.equal(completed.response.usage.output_tokens, usage.output);
    assert.equal(completed.response.usage.output_tokens_details.reasoning_tokens, usage.reasoning);
});

check('openai responses.stream finalResponse', async () => {
    const stream = openai.responses.stream(responseRequest);
    let fromEvents = '';
    stream.on('response.output_text.delta', (event) => {
        fromEvents += event.delta;
    });
    const final = await stream.finalResponse();
    assert.equal(final.status, 'completed');
    assert.equal(final.output_text, fixtures.response.text);
    const { usage } = fixtures.response;
    assert.equal(final.usage.total_tokens, usage.input + usage.output);
    assert.equal(fromEvents, fixtures.response.text);
});

check('openai models.list', async () => {
    const ids = [];
    for await (const model of openai.models.list()) ids.push(model.id);
    assert.deepEqual(ids, fixtures.openAiModels);
});

check('anthropic messages.create', async () => {
    const message = await anthropic.messages.create(messageRequest);
    assert.equal(message.type, 'message');
    assert.equal(message.model, fixtures.message.model);
    assert.equal(message.content.length, 1);
    assert.equal(message.content[0].type, 'text');
    assert.equal(message.content[0].text, fixtures.message.text);
    assert.equal(message.stop_reason, 'end_turn');
    assert.equal(message.usage.input_tokens, fixtures.message.usage.input);
    assert.equal(message.usage.output_tokens, fixtures.message.usage.output);
    assert.equal(message.usage.cache_creation_input_tokens, fixtures.message.usage.cacheWrite);
    assert.equal(message.usage.cache_read_input_tokens, fixtures.message.usage.cacheRead);
    assert.equal(message._request_id, fixtures.anthropicRequestId);
});

check('anthropic messages.create stream', async () => {
    const stream = await anthropic.messages.create({ ...messageRequest, stream: true });
    const types = [];
    let text = '';
    let start;
    let delta;
    for await (const event of stream) {
        types.push(event.type);
        if (event.type === 'message_start') start = event.message;
        if (event.type === 'content_block_delta') text += event.delta.text;
        if (event.type === 'message_delta') delta = event;
    }
    assert.equal(text, fixtures.message.text);
    // The SDK drops ping events itself.
    const pieces = types.filter((type) => type === 'content_block_delta').length;
    assert.ok(pieces > 3, `${pieces} deltas`);
    assert.deepEqual(types, [
        'message_start',
        'content_block_start',
        ...Array(pieces).fill('content_block_delta'),
        'content_block_stop',
        'message_delta',
        'message_stop',
    ]);
    assert.equal(start.model, fixtures.message.model);
    assert.equal(start.usage.input_tokens, fixtures.message.usage.input);
    assert.equal(start.usage.cache_creation_input_tokens, fixtures.message.usage.cacheWrite);
    assert.equal(delta.delta.stop_reason, 'end_turn');
    assert.equal(delta.usage.output_tokens, fixtures.message.usage.output);
});

check('anthropic messages.stream finalMessage', async () => {
    const stream = anthropic.messages.stream(messageRequest);
    let fromEvents = '';
    stream.on('text', (delta) => {
        fromEvents += delta;
    });
    const final = await stream.finalMessage();
    assert.equal(final.content[0].text, fixtures.message.text);
    assert.equal(final.stop_reason, 'end_turn');
    assert.equal(final.usage.input_tokens, fixtures.message.usage.input);
    assert.equal(final.usage.output_tokens, fixtures.message.usage.output);
    assert.equal(fromEvents, fixtures.message.text);
});

check('anthropic models.list', async () => {
    const ids = [];
    for await (const model of anthropic.models.list()) ids.push(model.id);
    assert.deepEqual(ids, fixtures.anthropicModels);
});

let passed = 0;
let failed = 0;
for (const { name, fn } of checks) {
    try {
        await fn();
        ++passed;
        console.log(`ok - ${name}`);
    } catch (error) {
        ++failed;
        const detail = (error?.message ?? String(error)).split('\n').join(' | ');
        console.log(`FAIL - ${name}: ${detail}`);
    }
}
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
