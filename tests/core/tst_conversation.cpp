#include "llm/conversation.h"
#include "llmfixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

Q_DECLARE_METATYPE(EndpointKind)

using namespace Qt::StringLiterals;

namespace {

// JSON written with single quotes, which read better in C++ literals; \' is an escaped quote.
QByteArray j(const char *text)
{
    QByteArray json(text);
    json.replace('\'', '"');
    return json;
}

QString escaped(QString text)
{
    return text.replace(u'\n', "\\n"_L1);
}

QString describe(const ConversationMessage &m)
{
    QStringList parts;
    if (!m.text.isEmpty())
        parts.append("text="_L1 + escaped(m.text));
    if (!m.reasoning.isEmpty())
        parts.append("reasoning="_L1 + escaped(m.reasoning));
    for (const ToolCall &call : m.toolCalls)
        parts.append("call="_L1 + call.id + u' ' + call.name + u' ' + call.arguments);
    if (m.role == "tool"_L1)
        parts.append("result="_L1 + m.toolCallId + u' ' + m.toolName);
    for (const ConversationImage &image : m.images) {
        parts.append("image="_L1
                     + (image.url.isEmpty()
                                ? image.mediaType + u' ' + QString::fromLatin1(image.data.toHex())
                                : image.url));
    }
    return m.role + ": "_L1 + parts.join(" | "_L1);
}

QStringList describeMessages(const Conversation &c)
{
    QStringList lines;
    for (const ConversationMessage &m : c.messages)
        lines.append(describe(m));
    return lines;
}

QString describeReply(const Conversation &c)
{
    return (c.reply ? describe(*c.reply) : u"no reply"_s) + " / finish="_L1 + c.finishReason
            + " / error="_L1 + c.responseError;
}

QByteArray frames(const QList<QByteArray> &events)
{
    return events.join();
}

// An SSE frame of a JSON event, named like Anthropic and the Responses API name theirs.
QByteArray frame(const QJsonObject &event, bool named)
{
    const QByteArray data = QJsonDocument(event).toJson(QJsonDocument::Compact);
    if (!named)
        return "data: " + data + "\n\n";
    return "event: " + event.value("type"_L1).toString().toUtf8() + "\ndata: " + data + "\n\n";
}

const QString WeatherArguments = u"{\"city\":\"Paris\",\"unit\":\"celsius\"}"_s;
const QString TimeArguments = u"{\"zone\":\"CET\"}"_s;

// Tool-call argument pieces: `whole` split at `at`, after the empty piece every API starts with.
QStringList split(const QString &whole, qsizetype at)
{
    return {QString(), whole.left(at), whole.mid(at)};
}

QJsonObject chatChunk(const QJsonObject &delta, const QJsonValue &finishReason = QJsonValue::Null)
{
    return {{"id"_L1, "chatcmpl-1"_L1},
            {"object"_L1, "chat.completion.chunk"_L1},
            {"choices"_L1,
             QJsonArray {QJsonObject {
                     {"index"_L1, 0}, {"delta"_L1, delta}, {"finish_reason"_L1, finishReason}}}}};
}

QJsonObject chatToolDelta(int index, QJsonObject fields)
{
    fields.insert("index"_L1, index);
    return {{"tool_calls"_L1, QJsonArray {fields}}};
}

// Two parallel tool calls, their arguments in pieces, as OpenAI streams them.
QByteArray chatToolStream(const QStringList &first, const QStringList &second)
{
    QByteArray body;
    auto call = [&body](int index, const char *id, const char *name, const QStringList &pieces) {
        body += frame(chatChunk(chatToolDelta(index,
                                              {{"id"_L1, QLatin1StringView(id)},
                                               {"type"_L1, "function"_L1},
                                               {"function"_L1,
                                                QJsonObject {{"name"_L1, QLatin1StringView(name)},
                                                             {"arguments"_L1, pieces.value(0)}}}})),
                      false);
        for (qsizetype i = 1; i < pieces.size(); ++i) {
            body += frame(chatChunk(chatToolDelta(
                                  index,
                                  {{"function"_L1, QJsonObject {{"arguments"_L1, pieces.at(i)}}}})),
                          false);
        }
    };
    body += frame(chatChunk({{"role"_L1, "assistant"_L1}, {"content"_L1, QJsonValue::Null}}),
                  false);
    call(0, "call_1", "get_weather", first);
    call(1, "call_2", "get_time", second);
    body += frame(chatChunk({}, "tool_calls"_L1), false);
    return body + "data: [DONE]\n\n";
}

QJsonObject functionCallItem(const char *id, const char *callId, const char *name,
                             const QString &arguments)
{
    return {{"type"_L1, "function_call"_L1},
            {"id"_L1, QLatin1StringView(id)},
            {"call_id"_L1, QLatin1StringView(callId)},
            {"name"_L1, QLatin1StringView(name)},
            {"arguments"_L1, arguments}};
}

// The Responses API: each call an output item whose arguments arrive as deltas; with
// `completed`, the stream ends with the whole response.
QByteArray responsesToolStream(const QStringList &first, const QStringList &second, bool completed)
{
    QByteArray body;
    auto call = [&body](int index, const char *id, const char *callId, const char *name,
                        const QStringList &pieces) {
        body += frame({{"type"_L1, "response.output_item.added"_L1},
                       {"output_index"_L1, index},
                       {"item"_L1, functionCallItem(id, callId, name, {})}},
                      true);
        for (const QString &piece : pieces) {
            body += frame({{"type"_L1, "response.function_call_arguments.delta"_L1},
                           {"item_id"_L1, QLatin1StringView(id)},
                           {"output_index"_L1, index},
                           {"delta"_L1, piece}},
                          true);
        }
    };
    body += frame({{"type"_L1, "response.created"_L1},
                   {"response"_L1,
                    QJsonObject {{"id"_L1, "resp_1"_L1},
                                 {"object"_L1, "response"_L1},
                                 {"status"_L1, "in_progress"_L1},
                                 {"output"_L1, QJsonArray()}}}},
                  true);
    call(0, "fc_1", "call_1", "get_weather", first);
    call(1, "fc_2", "call_2", "get_time", second);
    if (completed) {
        body += frame({{"type"_L1, "response.completed"_L1},
                       {"response"_L1,
                        QJsonObject {{"id"_L1, "resp_1"_L1},
                                     {"object"_L1, "response"_L1},
                                     {"status"_L1, "completed"_L1},
                                     {"output"_L1,
                                      QJsonArray {functionCallItem("fc_1", "call_1", "get_weather",
                                                                   first.join(QString())),
                                                  functionCallItem("fc_2", "call_2", "get_time",
                                                                   second.join(QString()))}}}}},
                      true);
    }
    return body;
}

QJsonObject anthropicDelta(int index, const QJsonObject &delta)
{
    return {{"type"_L1, "content_block_delta"_L1}, {"index"_L1, index}, {"delta"_L1, delta}};
}

// Anthropic: thinking, text, then two tool_use blocks whose input arrives as partial JSON.
QByteArray anthropicToolStream(const QStringList &first, const QStringList &second)
{
    QByteArray body;
    auto block = [&body](int index, const QJsonObject &start) {
        body += frame({{"type"_L1, "content_block_start"_L1},
                       {"index"_L1, index},
                       {"content_block"_L1, start}},
                      true);
    };
    auto stop = [&body](int index) {
        body += frame({{"type"_L1, "content_block_stop"_L1}, {"index"_L1, index}}, true);
    };
    auto tool = [&](int index, const char *id, const char *name, const QStringList &pieces) {
        block(index,
              {{"type"_L1, "tool_use"_L1},
               {"id"_L1, QLatin1StringView(id)},
               {"name"_L1, QLatin1StringView(name)},
               {"input"_L1, QJsonObject()}});
        for (const QString &piece : pieces) {
            body += frame(anthropicDelta(
                                  index,
                                  {{"type"_L1, "input_json_delta"_L1}, {"partial_json"_L1, piece}}),
                          true);
        }
        stop(index);
    };
    body += frame({{"type"_L1, "message_start"_L1},
                   {"message"_L1,
                    QJsonObject {{"id"_L1, "msg_1"_L1},
                                 {"type"_L1, "message"_L1},
                                 {"role"_L1, "assistant"_L1},
                                 {"content"_L1, QJsonArray()}}}},
                  true);
    block(0, {{"type"_L1, "thinking"_L1}, {"thinking"_L1, ""_L1}});
    body += frame(anthropicDelta(0, {{"type"_L1, "thinking_delta"_L1}, {"thinking"_L1, "Two "_L1}}),
                  true);
    body += frame(
            anthropicDelta(0, {{"type"_L1, "thinking_delta"_L1}, {"thinking"_L1, "tools."_L1}}),
            true);
    stop(0);
    block(1, {{"type"_L1, "text"_L1}, {"text"_L1, ""_L1}});
    body += frame(anthropicDelta(1, {{"type"_L1, "text_delta"_L1}, {"text"_L1, "Checking."_L1}}),
                  true);
    stop(1);
    tool(2, "toolu_1", "get_weather", first);
    tool(3, "toolu_2", "get_time", second);
    body += frame({{"type"_L1, "message_delta"_L1},
                   {"delta"_L1, QJsonObject {{"stop_reason"_L1, "tool_use"_L1}}}},
                  true);
    return body + frame({{"type"_L1, "message_stop"_L1}}, true);
}

const char ChatRequest[] =
        "{'model':'gpt-4o','messages':["
        "{'role':'system','content':'Be brief.'},"
        "{'role':'developer','content':[{'type':'text','text':'Use tools.'}]},"
        "{'role':'user','content':[{'type':'text','text':'What is here?'},"
        "{'type':'image_url','image_url':{'url':'data:image/png;base64,iVBORw0K','detail':'low'}},"
        "{'type':'image_url','image_url':{'url':'https://example.com/cat.jpg'}}]},"
        "{'role':'assistant','content':null,'tool_calls':[{'id':'call_1','type':'function',"
        "'function':{'name':'get_weather','arguments':'{\\'city\\':\\'Paris\\'}'}}]},"
        "{'role':'tool','tool_call_id':'call_1','content':'18 C, sunny'},"
        "{'role':'assistant','content':'It is sunny.','reasoning_content':'Looked it up.'},"
        "{'role':'user','content':'Thanks'}],"
        "'tools':[{'type':'function','function':{'name':'get_weather','parameters':{}}}]}";

} // namespace

class TestConversation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void requests_data()
    {
        QTest::addColumn<EndpointKind>("kind");
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<int>("tools");

        QTest::newRow("chat: roles, parts, images, tool call and result")
                << EndpointKind::ChatCompletions << j(ChatRequest)
                << QStringList {
                           u"system: text=Be brief."_s,
                           u"developer: text=Use tools."_s,
                           u"user: text=What is here? | image=image/png 89504e470d0a | "
                           "image=https://example.com/cat.jpg"_s,
                           u"assistant: call=call_1 get_weather {\"city\":\"Paris\"}"_s,
                           u"tool: text=18 C, sunny | result=call_1 get_weather"_s,
                           u"assistant: text=It is sunny. | reasoning=Looked it up."_s,
                           u"user: text=Thanks"_s,
                   }
                << 1;
        QTest::newRow("chat: deprecated function call and result")
                << EndpointKind::ChatCompletions
                << j("{'messages':[{'role':'assistant','content':null,"
                     "'function_call':{'name':'lookup','arguments':'{}'}},"
                     "{'role':'function','name':'lookup','content':'found'},"
                     "{'role':'assistant','content':'','refusal':'I cannot.'}],"
                     "'functions':[{'name':'lookup'}]}")
                << QStringList {u"assistant: call= lookup {}"_s,
                                u"tool: text=found | result= lookup"_s,
                                u"assistant: text=I cannot."_s}
                << 1;
        QTest::newRow("responses: instructions and a string input")
                << EndpointKind::Responses
                << j("{'model':'gpt-5','instructions':'Be brief.','input':'Hello'}")
                << QStringList {u"system: text=Be brief."_s, u"user: text=Hello"_s} << 0;
        QTest::newRow("responses: items")
                << EndpointKind::Responses
                << j("{'input':["
                     "{'role':'user','content':[{'type':'input_text','text':'Describe'},"
                     "{'type':'input_image','image_url':'data:image/jpeg;base64,/9j/4A=='}]},"
                     "{'type':'reasoning','id':'rs_1','summary':[{'type':'summary_text',"
                     "'text':'Need weather.'}]},"
                     "{'type':'function_call','id':'fc_1','call_id':'call_9',"
                     "'name':'get_weather','arguments':'{}'},"
                     "{'type':'function_call','id':'fc_2','call_id':'call_10',"
                     "'name':'get_time','arguments':'{}'},"
                     "{'type':'function_call_output','call_id':'call_9','output':'sunny'},"
                     "{'type':'function_call_output','call_id':'call_10',"
                     "'output':[{'type':'input_text','text':'noon'}]},"
                     "{'type':'message','role':'assistant','content':[{'type':'output_text',"
                     "'text':'Sunny at noon.'}]},"
                     "{'type':'item_reference','id':'x'},"
                     "{'role':'user','content':'And tomorrow?'}],"
                     "'tools':[{'type':'function','name':'get_weather'},"
                     "{'type':'function','name':'get_time'}]}")
                << QStringList {u"user: text=Describe | image=image/jpeg ffd8ffe0"_s,
                                u"assistant: reasoning=Need weather. | call=call_9 get_weather {} "
                                "| call=call_10 get_time {}"_s,
                                u"tool: text=sunny | result=call_9 get_weather"_s,
                                u"tool: text=noon | result=call_10 get_time"_s,
                                u"assistant: text=Sunny at noon."_s,
                                u"user: text=And tomorrow?"_s}
                << 2;
        QTest::newRow("messages: system blocks, image, thinking, tool use and result")
                << EndpointKind::AnthropicMessages
                << j("{'model':'claude','system':[{'type':'text','text':'Be brief.'},"
                     "{'type':'text','text':'Cite.','cache_control':{'type':'ephemeral'}}],"
                     "'messages':["
                     "{'role':'user','content':[{'type':'text','text':'Look'},{'type':'image',"
                     "'source':{'type':'base64','media_type':'image/gif','data':'R0lGOA=='}}]},"
                     "{'role':'assistant','content':[{'type':'thinking','thinking':'Use the tool.',"
                     "'signature':'x'},{'type':'text','text':'Checking.'},{'type':'tool_use',"
                     "'id':'toolu_1','name':'search','input':{'q':'cats'}}]},"
                     "{'role':'user','content':[{'type':'tool_result','tool_use_id':'toolu_1',"
                     "'content':[{'type':'text','text':'3 results'}]},"
                     "{'type':'text','text':'Summarise.'}]},"
                     "{'role':'assistant','content':'Done.'}],"
                     "'tools':[{'name':'search','input_schema':{}}]}")
                << QStringList {u"system: text=Be brief.\\nCite."_s,
                                u"user: text=Look | image=image/gif 47494638"_s,
                                u"assistant: text=Checking. | reasoning=Use the tool. | "
                                "call=toolu_1 search {\"q\":\"cats\"}"_s,
                                u"tool: text=3 results | result=toolu_1 search"_s,
                                u"user: text=Summarise."_s,
                                u"assistant: text=Done."_s}
                << 1;
        QTest::newRow("messages: system string, string tool result, URL image")
                << EndpointKind::AnthropicMessages
                << j("{'system':'Be brief.','messages':["
                     "{'role':'user','content':[{'type':'tool_result','tool_use_id':'toolu_7',"
                     "'content':'failed','is_error':true}]},"
                     "{'role':'user','content':[{'type':'image','source':{'type':'url',"
                     "'url':'https://example.com/a.png'}}]},"
                     "{'role':'user','content':[]}]}")
                << QStringList {u"system: text=Be brief."_s,
                                u"tool: text=failed | result=toolu_7 "_s,
                                u"user: image=https://example.com/a.png"_s, u"user: "_s}
                << 0;
        QTest::newRow("completions: prompt string")
                << EndpointKind::Completions << j("{'model':'m','prompt':'Say hi'}")
                << QStringList {u"user: text=Say hi"_s} << 0;
        QTest::newRow("completions: prompt list")
                << EndpointKind::Completions << j("{'prompt':['One','Two']}")
                << QStringList {u"user: text=One"_s, u"user: text=Two"_s} << 0;
    }

    void requests()
    {
        QFETCH(EndpointKind, kind);
        QFETCH(QByteArray, request);
        QFETCH(QStringList, expected);
        QFETCH(int, tools);
        const Conversation c = Conversation::fromCall(kind, request, {}, false);
        QVERIFY2(c.valid, qPrintable(c.error));
        QCOMPARE(describeMessages(c), expected);
        QCOMPARE(c.tools.size(), tools);
        QVERIFY(!c.reply); // no response
    }

    void replies_data()
    {
        using namespace LlmFixtures;
        QTest::addColumn<EndpointKind>("kind");
        QTest::addColumn<QByteArray>("response");
        QTest::addColumn<bool>("stream");
        QTest::addColumn<QString>("expected");

        const QString chat = "assistant: text="_L1 + QString::fromUtf8(Chat.text) + " / finish="_L1;
        QTest::newRow("chat") << EndpointKind::ChatCompletions << chatCompletion() << false
                              << chat + "stop / error="_L1;
        QTest::newRow("chat stream")
                << EndpointKind::ChatCompletions << frames(chatCompletionEvents(false)) << true
                << chat + "stop / error="_L1;
        QTest::newRow("chat stream with usage")
                << EndpointKind::ChatCompletions << frames(chatCompletionEvents(true)) << true
                << chat + "stop / error="_L1;
        QTest::newRow("chat tool calls")
                << EndpointKind::ChatCompletions
                << j("{'object':'chat.completion','choices':[{'index':0,'message':{'role':"
                     "'assistant','content':null,'tool_calls':[{'id':'call_a','type':'function',"
                     "'function':{'name':'f','arguments':'{\\'x\\':1}'}}]},"
                     "'finish_reason':'tool_calls'}]}")
                << false << u"assistant: call=call_a f {\"x\":1} / finish=tool_calls / error="_s;
        QTest::newRow("chat reasoning and refusal")
                << EndpointKind::ChatCompletions
                << j("{'choices':[{'index':0,'message':{'role':'assistant','content':null,"
                     "'refusal':'No.','reasoning_content':'Unsafe.'},'finish_reason':'stop'}]}")
                << false << u"assistant: text=No. | reasoning=Unsafe. / finish=stop / error="_s;
        QTest::newRow("chat stream reasoning")
                << EndpointKind::ChatCompletions
                << frame(chatChunk({{"reasoning_content"_L1, "Hm"_L1}}), false)
                        + frame(chatChunk({{"reasoning_content"_L1, "m."_L1}}), false)
                        + frame(chatChunk({{"content"_L1, "Yes"_L1}}), false)
                        + frame(chatChunk({}, "length"_L1), false)
                << true << u"assistant: text=Yes | reasoning=Hmm. / finish=length / error="_s;
        const QString completion =
                "assistant: text="_L1 + QString::fromUtf8(TextCompletion.text) + " / finish="_L1;
        QTest::newRow("completion") << EndpointKind::Completions << textCompletion() << false
                                    << completion + "stop / error="_L1;
        QTest::newRow("completion stream")
                << EndpointKind::Completions << frames(textCompletionEvents(true)) << true
                << completion + "stop / error="_L1;
        const QString response =
                "assistant: text="_L1 + QString::fromUtf8(Response.text) + " / finish="_L1;
        QTest::newRow("responses") << EndpointKind::Responses << LlmFixtures::response() << false
                                   << response + "completed / error="_L1;
        QTest::newRow("responses stream") << EndpointKind::Responses << frames(responseEvents())
                                          << true << response + "completed / error="_L1;
        QTest::newRow("responses tool call and reasoning summary")
                << EndpointKind::Responses
                << j("{'object':'response','status':'completed','output':["
                     "{'type':'reasoning','id':'rs_1','summary':[{'type':'summary_text',"
                     "'text':'Think.'}]},"
                     "{'type':'function_call','id':'fc_1','call_id':'call_1','name':'f',"
                     "'arguments':'{}'}]}")
                << false
                << u"assistant: reasoning=Think. | call=call_1 f {} / finish=completed / error="_s;
        QTest::newRow("responses stream: the completed response wins")
                << EndpointKind::Responses
                << frame({{"type"_L1, "response.output_text.delta"_L1},
                          {"item_id"_L1, "msg_1"_L1},
                          {"delta"_L1, "Partial"_L1}},
                         true)
                        + frame({{"type"_L1, "response.completed"_L1},
                                 {"response"_L1,
                                  QJsonObject {{"object"_L1, "response"_L1},
                                               {"status"_L1, "completed"_L1},
                                               {"output"_L1,
                                                QJsonArray {QJsonObject {
                                                        {"type"_L1, "message"_L1},
                                                        {"id"_L1, "msg_1"_L1},
                                                        {"content"_L1,
                                                         QJsonArray {QJsonObject {
                                                                 {"type"_L1, "output_text"_L1},
                                                                 {"text"_L1,
                                                                  "Whole answer."_L1}}}}}}}}}},
                                true)
                << true << u"assistant: text=Whole answer. / finish=completed / error="_s;
        const QString anthropic =
                "assistant: text="_L1 + QString::fromUtf8(AnthropicMessage.text) + " / finish="_L1;
        QTest::newRow("messages") << EndpointKind::AnthropicMessages << anthropicMessage() << false
                                  << anthropic + "end_turn / error="_L1;
        QTest::newRow("messages stream")
                << EndpointKind::AnthropicMessages << frames(anthropicMessageEvents()) << true
                << anthropic + "end_turn / error="_L1;
        QTest::newRow("messages tool use")
                << EndpointKind::AnthropicMessages
                << j("{'type':'message','role':'assistant','content':[{'type':'thinking',"
                     "'thinking':'Hmm.'},{'type':'text','text':'Let me look.'},{'type':'tool_use',"
                     "'id':'toolu_1','name':'search','input':{'q':'x'}}],"
                     "'stop_reason':'tool_use'}")
                << false
                << u"assistant: text=Let me look. | reasoning=Hmm. | call=toolu_1 search "
                   "{\"q\":\"x\"} / finish=tool_use / error="_s;
        QTest::newRow("error body") << EndpointKind::ChatCompletions
                                    << openAiError("Rate limit reached", "rate_limit_error")
                                    << false << u"no reply / finish= / error=Rate limit reached"_s;
        QTest::newRow("error answered to a stream")
                << EndpointKind::AnthropicMessages
                << j("{'type':'error','error':{'type':'overloaded_error','message':'Overloaded'}}")
                << true << u"no reply / finish= / error=Overloaded"_s;
    }

    void replies()
    {
        QFETCH(EndpointKind, kind);
        QFETCH(QByteArray, response);
        QFETCH(bool, stream);
        QFETCH(QString, expected);
        const Conversation c = Conversation::fromResponse(kind, response, stream);
        QVERIFY2(c.valid, qPrintable(c.error));
        QCOMPARE(describeReply(c), expected);

        // The same answer as part of a whole call.
        const Conversation call = Conversation::fromCall(
                kind, j("{'messages':[],'input':[],'prompt':''}"), response, stream);
        QVERIFY2(call.valid, qPrintable(call.error));
        QCOMPARE(describeReply(call), expected);
    }

    // Arguments arrive in pieces split anywhere, even inside an escape or between the quotes
    // of a key; every split must assemble to the same arguments.
    void streamedToolArguments_data()
    {
        QTest::addColumn<EndpointKind>("kind");
        QTest::addColumn<QByteArray>("response");
        QTest::addColumn<QString>("expected");

        const QString weather = "call=call_1 get_weather "_L1 + WeatherArguments;
        const QString time = "call=call_2 get_time "_L1 + TimeArguments;
        for (qsizetype at = 0; at <= WeatherArguments.size(); ++at) {
            const QStringList first = split(WeatherArguments, at);
            const QStringList second = split(TimeArguments, at % (TimeArguments.size() + 1));
            QTest::addRow("chat %d", int(at))
                    << EndpointKind::ChatCompletions << chatToolStream(first, second)
                    << "assistant: "_L1 + weather + " | "_L1 + time
                            + " / finish=tool_calls / error="_L1;
            QTest::addRow("responses %d", int(at))
                    << EndpointKind::Responses << responsesToolStream(first, second, false)
                    << "assistant: "_L1 + weather + " | "_L1 + time + " / finish= / error="_L1;
            QTest::addRow("responses completed %d", int(at))
                    << EndpointKind::Responses << responsesToolStream(first, second, true)
                    << "assistant: "_L1 + weather + " | "_L1 + time
                            + " / finish=completed / error="_L1;
            QTest::addRow("messages %d", int(at))
                    << EndpointKind::AnthropicMessages << anthropicToolStream(first, second)
                    << "assistant: text=Checking. | reasoning=Two tools. | "_L1
                            + QString(weather).replace("call_1"_L1, "toolu_1"_L1) + " | "_L1
                            + QString(time).replace("call_2"_L1, "toolu_2"_L1)
                            + " / finish=tool_use / error="_L1;
        }
    }

    void streamedToolArguments()
    {
        QFETCH(EndpointKind, kind);
        QFETCH(QByteArray, response);
        QFETCH(QString, expected);
        const Conversation c = Conversation::fromResponse(kind, response, true);
        QVERIFY2(c.valid, qPrintable(c.error));
        QCOMPARE(describeReply(c), expected);
    }

    void anthropicToolWithoutInput()
    {
        // A tool without parameters: input {} and no (or only empty) deltas.
        const QByteArray body = anthropicToolStream({}, {QString()});
        const Conversation c =
                Conversation::fromResponse(EndpointKind::AnthropicMessages, body, true);
        QVERIFY(c.reply);
        QCOMPARE(c.reply->toolCalls.size(), 2);
        QCOMPARE(c.reply->toolCalls.at(0).arguments, u"{}"_s);
        QCOMPARE(c.reply->toolCalls.at(1).arguments, u"{}"_s);
    }

    void invalid_data()
    {
        QTest::addColumn<EndpointKind>("kind");
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<QByteArray>("response");
        QTest::addColumn<bool>("stream");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QStringList>("messages");

        QTest::newRow("embeddings")
                << EndpointKind::Embeddings << j("{'input':'x'}") << LlmFixtures::embeddings(1, 4)
                << false << false << QStringList();
        QTest::newRow("models") << EndpointKind::Models << QByteArray() << LlmFixtures::modelList()
                                << false << false << QStringList();
        QTest::newRow("request not JSON")
                << EndpointKind::ChatCompletions << QByteArray("model=gpt") << QByteArray() << false
                << false << QStringList();
        QTest::newRow("request an array") << EndpointKind::ChatCompletions << QByteArray("[1,2]")
                                          << QByteArray() << false << false << QStringList();
        QTest::newRow("response not JSON") << EndpointKind::ChatCompletions
                                           << j("{'messages':[{'role':'user','content':'Hi'}]}")
                                           << QByteArray("<html>Bad gateway</html>") << false
                                           << false << QStringList {u"user: text=Hi"_s};
        QTest::newRow("stream with a broken event")
                << EndpointKind::ChatCompletions << j("{'messages':[]}")
                << QByteArray("data: {\"choices\":[]}\n\ndata: {not json}\n\n") << true << false
                << QStringList();
        QTest::newRow("messages not a list") << EndpointKind::ChatCompletions << j("{'messages':5}")
                                             << QByteArray() << false << true << QStringList();
        QTest::newRow("odd chat messages")
                << EndpointKind::ChatCompletions
                << j("{'messages':[1,'x',null,{'role':5},{'role':'user','content':{'a':true}},"
                     "{'role':'user','content':[null,5,{'type':'image_url','image_url':5},"
                     "{'type':'image_url','image_url':{'url':'data:image/png;base64'}}]},"
                     "{'role':'assistant','tool_calls':[null,{'function':5}]}],'tools':{}}")
                << j("{'choices':'x'}") << false << true
                << QStringList {u"user: "_s, u"user: "_s, u"assistant: call=   | call=  "_s};
        QTest::newRow("odd responses input")
                << EndpointKind::Responses
                << j("{'instructions':5,'input':[null,{'type':'function_call_output'},"
                     "{'type':'reasoning','summary':7},{'role':'user','content':5}]}")
                << QByteArray() << false << true
                << QStringList {u"tool: result= "_s, u"assistant: "_s, u"user: "_s};
        QTest::newRow("odd anthropic blocks")
                << EndpointKind::AnthropicMessages
                << j("{'system':7,'messages':[{'role':'user','content':[null,5,"
                     "{'type':'tool_result'},{'type':'image','source':{'type':'base64'}}]}]}")
                << j("{'type':'message','content':[{'type':'tool_use','input':7}]}") << false
                << true << QStringList {u"tool: result= "_s};
    }

    void invalid()
    {
        QFETCH(EndpointKind, kind);
        QFETCH(QByteArray, request);
        QFETCH(QByteArray, response);
        QFETCH(bool, stream);
        QFETCH(bool, valid);
        QFETCH(QStringList, messages);
        const Conversation c = Conversation::fromCall(kind, request, response, stream);
        QCOMPARE(c.valid, valid);
        QCOMPARE(c.error.isEmpty(), valid);
        QCOMPARE(describeMessages(c), messages);
    }

    // Bodies cut anywhere (a stored body truncated at its cap, a stream cut off) must read
    // without crashing; a cut JSON body is invalid, a cut stream gives the text so far.
    void truncated_data()
    {
        using namespace LlmFixtures;
        QTest::addColumn<EndpointKind>("kind");
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<QByteArray>("response");
        QTest::addColumn<bool>("stream");

        QTest::newRow("chat") << EndpointKind::ChatCompletions << j(ChatRequest) << chatCompletion()
                              << false;
        QTest::newRow("chat stream") << EndpointKind::ChatCompletions << j(ChatRequest)
                                     << frames(chatCompletionEvents(true)) << true;
        QTest::newRow("responses stream")
                << EndpointKind::Responses << j("{'input':'Capital of France?'}")
                << frames(responseEvents()) << true;
        QTest::newRow("messages stream")
                << EndpointKind::AnthropicMessages
                << j("{'messages':[{'role':'user','content':'Capital of France?'}]}")
                << frames(anthropicMessageEvents()) << true;
        QTest::newRow("messages tool stream")
                << EndpointKind::AnthropicMessages
                << j("{'messages':[{'role':'user','content':'Weather?'}]}")
                << anthropicToolStream(split(WeatherArguments, 5), split(TimeArguments, 3)) << true;
    }

    void truncated()
    {
        QFETCH(EndpointKind, kind);
        QFETCH(QByteArray, request);
        QFETCH(QByteArray, response);
        QFETCH(bool, stream);

        const Conversation whole = Conversation::fromCall(kind, request, response, stream);
        QVERIFY2(whole.valid, qPrintable(whole.error));
        QVERIFY(whole.reply);
        for (qsizetype size = 0; size < request.size(); ++size) {
            const Conversation c =
                    Conversation::fromCall(kind, request.left(size), response, stream);
            QVERIFY(!c.valid);
            QVERIFY(!c.error.isEmpty());
        }
        for (qsizetype size = 0; size < response.size(); ++size) {
            const Conversation c =
                    Conversation::fromCall(kind, request, response.left(size), stream);
            QCOMPARE(c.messages.size(), whole.messages.size());
            if (!stream) {
                QCOMPARE(c.valid, size == 0); // nothing yet is no error, a cut body is
                continue;
            }
            QVERIFY2(c.valid, qPrintable(c.error)); // a cut event is dropped, not misread
            if (c.reply) {
                QVERIFY2(whole.reply->text.startsWith(c.reply->text), qPrintable(c.reply->text));
                for (qsizetype i = 0; i < c.reply->toolCalls.size(); ++i) {
                    const ToolCall &call = c.reply->toolCalls.at(i);
                    const ToolCall &complete = whole.reply->toolCalls.at(i);
                    QCOMPARE(call.name, complete.name);
                    QVERIFY(complete.arguments.startsWith(call.arguments)
                            || call.arguments == "{}"_L1);
                }
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestConversation)
#include "tst_conversation.moc"
