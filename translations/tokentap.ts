<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>AppSettings</name>
    <message>
        <source>This is not a TokenTap settings file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IP address (e.g. 127.0.0.1, ::1 or 0.0.0.0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a port from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening beyond this computer needs an access token of at least %1 characters that clients send as x-tokentap-key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token must not contain line breaks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body size limit must be between 1 and 4096 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connect timeout must be between 1 and 3600 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response timeout must be between 1 and 86400 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stream idle timeout must be between 1 and 86400 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A header value must not contain line breaks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be an upstream name: use letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another upstream is already called &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key must not contain line breaks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one upstream.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark one upstream as the default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no upstream called &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time to live must be between 1 second and 7 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache needs at least 1 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention days cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The maximum size cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded bodies need room for at least 1 KiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user policy needs a user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has two policies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two destinations share the id &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CacheSettingsPage</name>
    <message>
        <source>Replay cached streams at their original speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto: deterministic calls (temperature 0 or a seed), embeddings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>always: every cacheable call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls may choose for themselves with the x-bt-use-cache and x-bt-cache-ttl headers; these are the defaults.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep entries for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size cap:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear cache…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache is off: its file could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entries, %2
%3 hits and %4 misses since start (%5 hit rate), %6 saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove every cached response? Calls will go upstream again until the cache fills up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleared.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CacheStore</name>
    <message>
        <source>cache database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cache store is not open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallDetailPane</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request headers (as the client sent them, credentials redacted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;quest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;ponse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a call to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy mode: no content was recorded for this call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request body was larger than the recording limit; what is shown is cut short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response body was larger than the recording limit; what is shown is cut short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for the nearest cached request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cached response for this URL and model was stored: the first call of its kind, or the entries had expired or were evicted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An identical request is in the cache now (stored %1): it was stored after this call, had expired at the time, or was made with another API key (entries are kept per key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The nearest cached request (stored %1) differs in %n place(s): %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of which cached (read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of which cache writes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of which reasoning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved by the cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reported by the provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>price table %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown: no usage reported, or no price for this model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price row %1 (USD per million tokens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cached input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasoning output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 input tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rates from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not cacheable as sent (mode, Cache-Control or a non-deterministic request).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cached input %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cache write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1-hour cache write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of which kept for an hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1-hour cache write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No response: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices have changed since this call was priced: the rates below are those of %1. &apos;tokentap reprice&apos; brings stored costs up to date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallPhases</name>
    <message>
        <source>Waiting for upstream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until first token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streaming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <source>This call was recorded in privacy mode: its messages were not stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a chat call (endpoint: %1), so there is no conversation to show. The request and response bodies are shown as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request body was truncated when it was recorded, so its messages cannot be read. The part that was kept is shown with the request body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No request body was recorded for this call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response was truncated when it was recorded: the reply below is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response body was truncated when it was recorded, so the reply cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a call to see its conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of this call could not be read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tools declared: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request has no messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reply was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upstream error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%L1 more characters, see the body]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistant (reply)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Developer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool result: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no content)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image (%1, %2) that could not be decoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2×%3 px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reply: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientSnippets</name>
    <message>
        <source>OpenAI SDKs and tools that read OPENAI_BASE_URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anthropic SDKs and Claude Code, through the anthropic upstream: no /v1, the SDK appends /v1/messages itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers sent with every call, one per line (read by the Node SDKs and Claude Code; in Python pass default_headers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep OPENAI_API_KEY / ANTHROPIC_API_KEY as they are: TokenTap forwards them to the upstream.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>api_key comes from OPENAI_API_KEY as usual; TokenTap forwards it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apiKey comes from OPENAI_API_KEY as usual; TokenTap forwards it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No /v1 here: the SDK appends /v1/messages itself. api_key comes from ANTHROPIC_API_KEY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Roo Code or Cline, open the settings (the gear icon):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API Provider: OpenAI Compatible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API Key: your upstream&apos;s key (TokenTap forwards it), or any text when TokenTap stores the upstream&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model ID: the upstream&apos;s model name, e.g. gpt-4o-mini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom Headers: none needed (optional, e.g. x-bt-use-cache: always to cache every call)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom Headers (one row each):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenAI Python</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenAI Node.js</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anthropic Python</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>curl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roo Code / Cline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>#%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(whole body)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>response: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requests are identical.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where they differ:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectClientPanel</name>
    <message>
        <source>Point your tool at TokenTap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this base URL instead of your provider&apos;s. TokenTap forwards each call to the upstream, records it, and lists it here as soon as it is made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TokenTap accepts calls from other computers, so every client must send its access token in the %1 header, as the snippets do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy this snippet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Conversation</name>
    <message>
        <source>this call is not a chat, completion, responses or messages call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the request body is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the response body is neither JSON nor an event stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the response stream has events that are not JSON</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataFolder</name>
    <message>
        <source>cannot move %1 aside to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot move %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EncryptedFileSecretBackend</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a TokenTap secrets file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be decrypted: it was written on another machine or by another user, or it is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot encrypt the secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an encrypted file (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>unknown export format &apos;%1&apos; (available: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid filter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no output file given (-o FILE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no trace database at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) written to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n example(s) written to %1; %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is the trace database itself; choose another output file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Anthropic Messages shape instead of OpenAI chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave system prompts out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fine-tuning examples (JSONL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP Archive (HAR 1.2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage table (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenTelemetry spans (OTLP/JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All recorded calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls matching the filter (none set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls matching the filter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %n selected call(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>every model; or e.g. gpt-4o*, o4-mini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only models:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting… %L1 calls</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportOutbox</name>
    <message>
        <source>the trace database is not open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportSettingsPage</name>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://collector.example.com/v1/traces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protobuf (proto)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization: Bearer KEY
x-bt-parent: project_id:ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys in Authorization and other secret headers are shown as their last four characters until this is ticked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compress requests (gzip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compression:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send metrics only, never message content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share of traces sent; a trace is sent whole or not at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sampling:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every call (or a filter such as model:gpt-4o* -status:&gt;=400)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export calls to this destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends one test span to this destination as edited here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid filter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to this destination is off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing sent yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last delivery: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Filter: model:gpt-4o*  status:&gt;=400  cache:hit  cost:&gt;0.01  duration:&gt;2s  -user:bot  or words to search (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms are combined with AND. Fields: %1. A bare word searches the messages; a leading - negates a term.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FineTuneExporter</name>
    <message>
        <source>no call skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 calls skipped: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in privacy mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of other models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 duplicates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GeneralSettingsPage</name>
    <message>
        <source>Keep the proxy running in the tray when the window closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify me when an upstream fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language (after a restart):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API keys and tokens are kept in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HarImporter</name>
    <message>
        <source>not a HAR file: %1 at line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a HAR file: no log.entries list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request.method is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request.url is not an absolute URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>response.status is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>startedDateTime is not an ISO 8601 date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2; nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not write the trace store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>imported %n call(s) from %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) skipped, already in the trace store</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HeaderLines</name>
    <message>
        <source>Line %1 is not &quot;Name: value&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeaderRuleSettings</name>
    <message>
        <source>A header needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid header name (letters, digits and - only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a connection header; the proxy manages it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is set by the proxy for each upstream.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x-tokentap-* headers are TokenTap&apos;s own and never forwarded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeadersSettingsPage</name>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers set on every forwarded call, e.g. x-bt-use-cache: auto, or an HTTP-Referer for OpenRouter. A rule for one upstream wins over a rule for all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All upstreams</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonTreeModel</name>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonView</name>
    <message>
        <source>Tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the body as a foldable tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the body as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text shows the first %1 of this %2 body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines longer than %L1 characters are shortened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%L1 more characters]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Path</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeychainSecretBackend</name>
    <message>
        <source>the keychain did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the desktop keychain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveSettings</name>
    <message>
        <source>%1 port %2 cannot be used: %3. The proxy keeps listening where it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings file %1 cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>TokenTap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the proxy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That call is not in the list (check the filter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause or resume the proxy (clients get no answer while paused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the base URL for clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record calls into the trace store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the calls listed so far; nothing is deleted (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Usage dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show all calls again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect a client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export: %1 queued · %2 sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every destination is answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect a client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;TokenTap is running&lt;/h2&gt;&lt;p&gt;Point your client at &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not listening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;The proxy could not start&lt;/h2&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused: not listening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upstream error</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) failed upstream (unreachable, timed out or cut off).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Requests: %1 · in flight: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MaintenanceCommands</name>
    <message>
        <source>invalid filter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no trace database at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 calls examined, %2 costs changed (prices: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown price format &apos;%1&apos; (litellm or openrouter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 prices imported into %2 (%3 rows in all, %4 new); run &apos;tokentap reprice&apos; to update stored costs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemorySecretBackend</name>
    <message>
        <source>memory</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OtlpConnectionTest</name>
    <message>
        <source>HTTP %1: the test span was accepted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OtlpDestination</name>
    <message>
        <source>Braintrust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Braintrust (self-hosted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Langfuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phoenix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local collector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OTLP endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the destination has no id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http:// or https:// URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sampling rate must be between 0 and 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid filter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid header &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OtlpDestinationTableModel</name>
    <message>
        <source>%1 queued · %2 sent · %3 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OtlpExportService</name>
    <message>
        <source>export needs calls to be recorded, and recording is off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export is not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no enabled destination &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OtlpExporter</name>
    <message numerus="yes">
        <source>%n calls were deleted before they could be sent</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OtlpHttp</name>
    <message numerus="yes">
        <source>%n spans rejected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OtlpHttpClient</name>
    <message>
        <source>timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad HTTP answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection closed before the answer was complete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PriceImport</name>
    <message>
        <source>LiteLLM price list has no model with &quot;input_cost_per_token&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenRouter model list has no &quot;data&quot; array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenRouter model list has no model with a prompt price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price list is not valid JSON: %1 (at offset %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price list must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PriceTable</name>
    <message>
        <source>Price table is not valid JSON: %1 (at offset %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price table must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price table has no &quot;format&quot; field (expected 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price table format %1 is not supported (expected 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price table currency must be &quot;USD&quot;, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price table unit must be &quot;per_1m_tokens&quot;, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price table field &quot;updated&quot; must be a date string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price table has no &quot;models&quot; array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price table models[%1]: expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price table %1: provider &quot;%2&quot; and id &quot;%3&quot; repeat models[%4]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number of USD per million tokens, 0 or more, or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a string or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array of non-empty strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number of tokens, 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price table %1, field &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array of objects</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PriceTableModel</name>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USD per million tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cached input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices every model whose name starts with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1-hour cache write: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 input tokens: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deprecated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden from lookups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PricingSettingsPage</name>
    <message>
        <source>Built-in prices (USD per million tokens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search model, alias or provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected model into your overrides to change its prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your overrides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They win over the built-in prices rate by rate; an empty rate keeps the built-in one. Saved in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import price file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge a LiteLLM price list (model_prices_and_context_window.json) or OpenRouter&apos;s model list into your overrides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pricing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Saving replaces the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override %1 has no model id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a price cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is overridden twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is overridden twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n prices imported from %1 (%2 new overrides); Apply saves them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import price file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price lists (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProxyServer</name>
    <message>
        <source>cannot listen on %1: listening beyond this computer needs an access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot listen on %1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proxy is not running; the settings apply when it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listening beyond this computer needs an access token</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProxySettingsPage</name>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>127.0.0.1 (this computer only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>::1 (this computer only, IPv6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0.0.0.0 (every network: needs an access token)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needed while listening on this computer only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest request body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response timeout (until the first byte):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream idle timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional here. When set, clients must send it as the x-tokentap-key header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: other machines can reach this port, and the proxy injects your API keys. Clients send the token as the x-tokentap-key header.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResendDialog</name>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resend call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty when the upstream has a key configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy mode: the request body was not recorded. Write the body to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recorded request body was cut short (it was larger than the recording limit). Complete it to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered %1; the call is recorded as a child of the original.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>API keys could not be read from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No desktop keychain answered (%1). API keys are kept in %2, encrypted for this computer and this account: anyone who can log in as you here can read them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>TokenTap Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run listens where --listen said; what you set here applies from the next start without --listen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. The proxy listens on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing was saved: %n field(s) need attention (marked in red).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Settings saved, but the price overrides were not: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not JSON: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1. Check the pages, then Apply to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1 (without keys or tokens).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run also uses the upstreams the command line gave (%1), which take the place of any here with the same name; what you set here applies from the next start without them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsJson</name>
    <message>
        <source>invalid key &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; mixes objects and values</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpanTreeModel</name>
    <message>
        <source>(unnamed call)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts at +%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqliteFile</name>
    <message>
        <source>cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot make %1 private to the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot use write-ahead logging on this file system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the schema version of the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 has schema version %2, newer than this TokenTap understands (%3); use a newer TokenTap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no SQLite handle behind the %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StreamEventsView</name>
    <message>
        <source>Time (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an event to see its data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assembled result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This call was recorded in privacy mode: its events were not stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This response was not streamed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response holds no complete events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(arrival times were not recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first token after %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the response was truncated when it was recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasoning:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool call: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upstream error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeScale</name>
    <message>
        <source>%1 ns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 µs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimingBars</name>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total duration: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to first byte: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not streamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to first token: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output tokens per second: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No call selected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TraceBrowser</name>
    <message>
        <source>Group by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;race</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n call(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Copy as &amp;cURL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;request JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy re&amp;sponse JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;esend…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Com&amp;pare the two selected calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter on this value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xclude this value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete selected calls…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xclude %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied as cURL without a body: privacy mode recorded none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied as cURL; the body is cut short as it was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied as cURL; the API key is $%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the request body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the response body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n call(s) from the trace store? This cannot be undone.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Focus the filter (Esc clears it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>J / K, arrows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next / previous call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the call&apos;s conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as cURL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resend the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the two selected calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the view (nothing is deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export all, filtered or selected calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Wheel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom the trace timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No export destination is enabled (Settings → Export)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the calls to send first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) queued for %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Copied as cURL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all calls again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The usage dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TraceFilter</name>
    <message>
        <source>unknown alias &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos;; known fields: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid value for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted phrase is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a filter term; did you mean &apos;%2&apos;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos;: terms are all required and cannot be grouped; there is no OR (quote it to search for it)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TraceLoader</name>
    <message>
        <source>No calls recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TraceReader</name>
    <message>
        <source>%1 holds no traces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no call with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the trace database is not open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TraceSchema</name>
    <message>
        <source>trace database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TraceStore</name>
    <message>
        <source>no SQLite handle behind %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the trace store is not open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TraceTableModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTFT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upstream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the call started. Calls are listed in the order they were recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input tokens, cached ones included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output tokens, reasoning included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to the first generated token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response cache: HIT, MISS or BYPASS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested %1, answered by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered from the cache; saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priced as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TraceView</name>
    <message>
        <source>+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+wheel over the timeline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+wheel over the timeline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole trace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TraceWriter</name>
    <message>
        <source>cannot create the store&apos;s wake-up: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TracingSettingsPage</name>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy mode: keep metrics only, no bodies or message text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep calls for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record bodies up to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per-user policies (the user comes from x-tokentap-user or the body&apos;s user field); after their date the defaults above apply again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete all traces…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracing &amp; privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bypassed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete all traces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete every recorded call? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>Open TokenTap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more upstream error(s) since the last notice.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>TokenTap: running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TokenTap: proxy paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TokenTap: error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording paused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Upstream</name>
    <message>
        <source>invalid upstream name &apos;%1&apos; (use letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid upstream URL &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upstream URL &apos;%1&apos; must start with http:// or https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upstream URL &apos;%1&apos; must not carry a query, fragment or user info</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UpstreamPool</name>
    <message>
        <source>no PEM certificate could be read from %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UpstreamProbe</name>
    <message numerus="yes">
        <source>%1: %n models</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the upstream answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UpstreamSettings</name>
    <message>
        <source>OpenAI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anthropic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenRouter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Braintrust AI proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ollama (local)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UpstreamsSettingsPage</name>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls to /v1/… go here (the default upstream)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: the client&apos;s own key is forwarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One per line, e.g. HTTP-Referer: https://example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra headers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upstreams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client&apos;s own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking %1 for its models…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsageCharts</name>
    <message>
        <source>Cost per day by model</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> (%n call(s) of unknown cost not counted)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(no model)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>million tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thousand tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncached input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cached input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency per model (successful calls answered upstream)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p95</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No call went through the cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache: %1 hit rate, %2 saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Misses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bypassed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>date on the charts&apos; axis</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>date on the charts&apos; axis</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsageDashboard</name>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chart as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export table as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users as clients name them (the x-tokentap-user header or the request&apos;s user field), most expensive first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions (x-tokentap-session-id), most expensive first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeated requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identical requests (same URL and body) sent more than once. If their answers may be reused, turn the cache on for them (x-bt-use-cache: always) to stop paying for each repeat. Double-click a row to see its newest call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No calls in this range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2: %3 spent on %n call(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n of unknown cost not counted</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>. Cache hit rate %1, %2 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chart as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export table as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading latency, users, sessions and repeated requests…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsageStats</name>
    <message>
        <source>the trace database is not open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsageTables</name>
    <message>
        <source>(no model)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls of unknown cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input (cached included)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cached input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p95</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls answered from the cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls sent upstream (misses)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls bypassing the cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hit rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered from the cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest call</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserPriceFile</name>
    <message>
        <source>Cannot read the price overrides %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price overrides %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the price overrides %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
