#pragma once

#include "cache/cacheentry.h"
#include "llm/pricetable.h"
#include "trace/tracerecord.h"

#include <QTabWidget>

#include <optional>

class ChatView;
class JsonView;
class QLabel;
class QStackedWidget;
class QTableWidget;
class QTextBrowser;
class StreamEventsView;
class TimingBars;

// The lower half of the trace browser: one call in tabs — the conversation, the request and
// response bodies (events beside the assembled text for streams), headers as stored (redacted),
// where the time went, and what it cost (with, for a cache MISS, why the cache had no answer).
class CallDetailPane : public QTabWidget
{
    Q_OBJECT
public:
    enum Tab { ChatTab, RequestTab, ResponseTab, HeadersTab, TimingTab, CostTab };

    explicit CallDetailPane(const PriceTable &prices, QWidget *parent = nullptr);

    // A call with its payload.
    void setCall(const TraceRecord &call);
    void clear();
    // The table in force, whose rates the Cost tab shows beside a call's recorded cost.
    void setPrices(const PriceTable &prices);
    // Why a MISS missed, when the cache could tell (nullopt: no similar entry stored).
    void setMissExplanation(qint64 callId, const std::optional<CacheMissExplanation> &why);
    std::optional<qint64> callId() const;
    const TraceRecord &call() const { return m_call; }

    // For tests and screenshots.
    ChatView *chatView() const { return m_chat; }
    QString costText() const;
    QStringList headerNames(bool response) const;

private:
    void fillHeaders(QTableWidget *table, const QByteArray &json);
    void fillCost();

    PriceTable m_prices;
    TraceRecord m_call;
    bool m_hasCall = false;
    QString m_missText;
    ChatView *m_chat;
    JsonView *m_request;
    QStackedWidget *m_response;
    JsonView *m_responseJson;
    StreamEventsView *m_responseStream;
    QTableWidget *m_requestHeaders;
    QTableWidget *m_responseHeaders;
    TimingBars *m_timing;
    QTextBrowser *m_cost;
};
