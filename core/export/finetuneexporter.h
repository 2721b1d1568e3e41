#pragma once

#include "trace/tracerecord.h"

#include <QByteArray>
#include <QList>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>

#include <optional>

// Fine-tuning examples from recorded calls, one JSON object per line: the request's messages
// followed by the assistant's reply (assembled for streams), tool calls and tool definitions
// kept. Only successful chat, Responses and Anthropic calls with content make examples; the
// others are skipped and counted by reason.
class FineTuneExporter
{
public:
    enum class Format {
        OpenAiChat, // {"messages":[…], "tools":[…]}: OpenAI's chat fine-tuning format
        Anthropic, // {"system":…, "messages":[…]}: Anthropic's Messages shape
    };
    struct Options
    {
        Format format = Format::OpenAiChat;
        bool dropSystemPrompts = false;
        QStringList models; // empty: every model; else only calls of these (glob * allowed)
    };
    struct Skipped
    {
        qint64 failed = 0; // error status, no response, or an error in the response
        qint64 privacy = 0; // recorded without content
        qint64 notConversation = 0; // embeddings, models, …
        qint64 incomplete = 0; // body cut short, unreadable, or no assistant reply
        qint64 otherModel = 0;
        qint64 duplicate = 0; // the same example as an earlier call
        qint64 total() const
        {
            return failed + privacy + notConversation + incomplete + otherModel + duplicate;
        }
    };

    FineTuneExporter();
    explicit FineTuneExporter(Options options);

    // The example for a call (a JSON object, no newline), or nothing when it is skipped.
    std::optional<QByteArray> example(const TraceRecord &call);
    const Skipped &skipped() const { return m_skipped; }
    // "12 calls skipped: 3 failed, 9 duplicates" — for the command line and the UI.
    QString skippedSummary() const;

private:
    bool modelWanted(const QString &model) const;

    Options m_options;
    QList<QRegularExpression> m_models; // Options::models, compiled once
    Skipped m_skipped;
    QSet<QByteArray> m_seen; // hashes of the examples written
};
