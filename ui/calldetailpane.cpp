#include "calldetailpane.h"

#include "chatview.h"
#include "displayformat.h"
#include "jsonview.h"
#include "streameventsview.h"
#include "timingbars.h"

#include "trace/redaction.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace {

QTableWidget *headerTable(QWidget *parent, const QString &objectName)
{
    auto *table = new QTableWidget(0, 2, parent);
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels({CallDetailPane::tr("Name"), CallDetailPane::tr("Value")});
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->setVisible(false);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setWordWrap(false);
    return table;
}

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td>") + label.toHtmlEscaped()
            + QStringLiteral("</td><td align=\"right\">") + value.toHtmlEscaped()
            + QStringLiteral("</td></tr>");
}

QString rate(const std::optional<double> &perMillion)
{
    return DisplayFormat::usd(perMillion);
}

// What a long-context tier changes: the rates it sets, the others stay the row's.
QString tierRates(const PriceTier &tier)
{
    QStringList parts;
    if (tier.input)
        parts.append(CallDetailPane::tr("input %1").arg(rate(tier.input)));
    if (tier.cacheRead)
        parts.append(CallDetailPane::tr("cached input %1").arg(rate(tier.cacheRead)));
    if (tier.cacheWrite)
        parts.append(CallDetailPane::tr("cache write %1").arg(rate(tier.cacheWrite)));
    if (tier.cacheWrite1h)
        parts.append(CallDetailPane::tr("1-hour cache write %1").arg(rate(tier.cacheWrite1h)));
    if (tier.output)
        parts.append(CallDetailPane::tr("output %1").arg(rate(tier.output)));
    return parts.join(QStringLiteral(", "));
}

} // namespace

CallDetailPane::CallDetailPane(const PriceTable &prices, QWidget *parent)
    : QTabWidget(parent)
    , m_prices(prices)
    , m_chat(new ChatView(this))
    , m_request(new JsonView(this))
    , m_response(new QStackedWidget(this))
    , m_responseJson(new JsonView(m_response))
    , m_responseStream(new StreamEventsView(m_response))
    , m_requestHeaders(headerTable(this, QStringLiteral("requestHeaders")))
    , m_responseHeaders(headerTable(this, QStringLiteral("responseHeaders")))
    , m_timing(new TimingBars(this))
    , m_cost(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("callDetail"));
    setDocumentMode(true);
    m_response->addWidget(m_responseJson);
    m_response->addWidget(m_responseStream);

    auto *headers = new QSplitter(Qt::Vertical, this);
    auto addTitled = [headers](const QString &title, QWidget *w) {
        auto *box = new QWidget(headers);
        auto *layout = new QVBoxLayout(box);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(new QLabel(title, box));
        layout->addWidget(w);
        headers->addWidget(box);
    };
    addTitled(tr("Request headers (as the client sent them, credentials redacted)"),
              m_requestHeaders);
    addTitled(tr("Response headers"), m_responseHeaders);

    m_cost->setObjectName(QStringLiteral("costDetail"));
    m_cost->setOpenLinks(false);

    addTab(m_chat, tr("&Chat"));
    addTab(m_request, tr("Re&quest"));
    addTab(m_response, tr("Res&ponse"));
    addTab(headers, tr("&Headers"));
    addTab(m_timing, tr("&Timing"));
    addTab(m_cost, tr("C&ost"));
    clear();
}

std::optional<qint64> CallDetailPane::callId() const
{
    return m_hasCall ? std::optional<qint64>(m_call.id) : std::nullopt;
}

void CallDetailPane::clear()
{
    m_hasCall = false;
    m_call = {};
    m_missText.clear();
    m_chat->clear();
    m_request->setBody({}, tr("Select a call to see it here."));
    m_responseJson->setBody({}, tr("Select a call to see it here."));
    m_response->setCurrentWidget(m_responseJson);
    m_requestHeaders->setRowCount(0);
    m_responseHeaders->setRowCount(0);
    m_timing->clear();
    m_cost->clear();
}

void CallDetailPane::setPrices(const PriceTable &prices)
{
    m_prices = prices;
    if (m_hasCall)
        fillCost();
}

void CallDetailPane::setCall(const TraceRecord &call)
{
    m_call = call;
    m_hasCall = true;
    m_missText.clear();
    m_chat->setCall(call);

    auto note = [&](bool truncated, bool isRequest) {
        QStringList notes;
        if (call.privacy)
            notes << tr("Privacy mode: no content was recorded for this call.");
        if (truncated)
            notes << (isRequest ? tr("The request body was larger than the recording limit; "
                                     "what is shown is cut short.")
                                : tr("The response body was larger than the recording limit; "
                                     "what is shown is cut short."));
        return notes.join(u' ');
    };
    m_request->setBody(call.requestBody, note(call.requestTruncated, true));
    if (call.stream && !call.streamEventsJson.isEmpty()) {
        m_responseStream->setCall(call);
        m_response->setCurrentWidget(m_responseStream);
    } else {
        QString responseNote = note(call.responseTruncated, false);
        // A call that failed before an answer (refused by TokenTap, upstream unreachable) has
        // no body; the recorded reason says what happened.
        if (call.responseBody.isEmpty() && !call.errorMessage.isEmpty() && !call.privacy)
            responseNote = tr("No response: %1").arg(ChatView::failureText(call));
        m_responseJson->setBody(call.responseBody, responseNote);
        m_response->setCurrentWidget(m_responseJson);
    }
    fillHeaders(m_requestHeaders, call.requestHeadersJson);
    fillHeaders(m_responseHeaders, call.responseHeadersJson);
    m_timing->setCall(call);
    if (call.cache == QLatin1String("MISS"))
        m_missText = tr("Looking for the nearest cached request…");
    fillCost();
}

void CallDetailPane::setMissExplanation(qint64 callId,
                                        const std::optional<CacheMissExplanation> &why)
{
    if (!m_hasCall || callId != m_call.id)
        return; // an answer for a call no longer shown
    if (!why) {
        m_missText = tr("No cached response for this URL and model was stored: the first call "
                        "of its kind, or the entries had expired or were evicted.");
    } else if (why->differingPaths.isEmpty()) {
        m_missText = tr("An identical request is in the cache now (stored %1): it was stored "
                        "after this call, had expired at the time, or was made with another API "
                        "key (entries are kept per key).")
                             .arg(QLocale().toString(
                                     QDateTime::fromMSecsSinceEpoch(why->nearestCreatedMs),
                                     QLocale::ShortFormat));
    } else {
        QStringList paths = why->differingPaths;
        const qsizetype total = paths.size();
        if (paths.size() > 20)
            paths = paths.mid(0, 20);
        m_missText = tr("The nearest cached request (stored %1) differs in %n place(s): %2",
                        nullptr, int(total))
                             .arg(QLocale().toString(
                                          QDateTime::fromMSecsSinceEpoch(why->nearestCreatedMs),
                                          QLocale::ShortFormat),
                                  paths.join(QStringLiteral(", ")));
    }
    fillCost();
}

QString CallDetailPane::costText() const
{
    return m_cost->toPlainText();
}

QStringList CallDetailPane::headerNames(bool response) const
{
    const QTableWidget *table = response ? m_responseHeaders : m_requestHeaders;
    QStringList names;
    for (int r = 0; r < table->rowCount(); ++r)
        names.append(table->item(r, 0)->text());
    return names;
}

void CallDetailPane::fillHeaders(QTableWidget *table, const QByteArray &json)
{
    const HttpHeaders headers = Redaction::headersFromJson(json);
    table->setRowCount(int(headers.size()));
    int r = 0;
    for (const auto &[name, value] : headers.fields()) {
        table->setItem(r, 0, new QTableWidgetItem(QString::fromLatin1(name)));
        table->setItem(r++, 1, new QTableWidgetItem(QString::fromUtf8(value)));
    }
    table->resizeColumnToContents(0);
}

void CallDetailPane::fillCost()
{
    const TraceRecord &c = m_call;
    QString html = QStringLiteral("<h3>") + tr("Tokens").toHtmlEscaped()
            + QStringLiteral("</h3><table cellspacing=\"0\" cellpadding=\"3\">");
    html += row(tr("Input"), DisplayFormat::tokens(c.usage.input));
    html += row(tr("of which cached (read)"), DisplayFormat::tokens(c.usage.cachedInput));
    html += row(tr("of which cache writes"), DisplayFormat::tokens(c.usage.cacheWrite));
    if (c.usage.cacheWrite1h)
        html += row(tr("of which kept for an hour"), DisplayFormat::tokens(c.usage.cacheWrite1h));
    html += row(tr("Output"), DisplayFormat::tokens(c.usage.output));
    html += row(tr("of which reasoning"), DisplayFormat::tokens(c.usage.reasoning));
    html += row(tr("Total"), DisplayFormat::tokens(c.usage.total));
    html += QStringLiteral("</table><h3>") + tr("Cost").toHtmlEscaped()
            + QStringLiteral("</h3><table cellspacing=\"0\" cellpadding=\"3\">");
    html += row(tr("Input"), DisplayFormat::usd(c.costInputUsd));
    html += row(tr("Output"), DisplayFormat::usd(c.costOutputUsd));
    html += row(tr("Total"), DisplayFormat::usd(c.costUsd));
    if (c.savedUsd)
        html += row(tr("Saved by the cache"), DisplayFormat::usd(c.savedUsd));
    QString source;
    if (c.costSource == QLatin1String("provider"))
        source = tr("reported by the provider");
    else if (c.costSource == QLatin1String("table"))
        source = tr("price table %1").arg(c.priceVersion);
    else if (!c.costUsd)
        source = tr("unknown: no usage reported, or no price for this model");
    html += row(tr("Source"), source);
    html += QStringLiteral("</table>");
    if (const ModelPrice *price = c.priceId.isEmpty() ? nullptr : m_prices.lookup(c.priceId)) {
        // The rates shown are the table's in force; a call priced with another says so, rather
        // than show rates its cost was not computed from.
        if (c.costSource == QLatin1String("table") && !c.priceVersion.isEmpty()
            && c.priceVersion != m_prices.version()) {
            html += QStringLiteral("<p>")
                    + tr("Prices have changed since this call was priced: the rates below are "
                         "those of %1. 'tokentap reprice' brings stored costs up to date.")
                              .arg(m_prices.version())
                              .toHtmlEscaped()
                    + QStringLiteral("</p>");
        }
        html += QStringLiteral("<h3>")
                + tr("Price row %1 (USD per million tokens)").arg(price->id).toHtmlEscaped()
                + QStringLiteral("</h3><table cellspacing=\"0\" cellpadding=\"3\">");
        html += row(tr("Input"), rate(price->input));
        html += row(tr("Cached input"), rate(price->cacheRead));
        html += row(tr("Cache write"), rate(price->cacheWrite));
        if (price->cacheWrite1h)
            html += row(tr("1-hour cache write"), rate(price->cacheWrite1h));
        html += row(tr("Output"), rate(price->output));
        if (price->reasoningOutput)
            html += row(tr("Reasoning output"), rate(price->reasoningOutput));
        for (const PriceTier &tier : price->tiers)
            html += row(tr("From %1 input tokens").arg(QLocale().toString(tier.minInputTokens)),
                        tierRates(tier));
        if (!price->source.isEmpty())
            html += row(tr("Rates from"), price->source);
        html += QStringLiteral("</table>");
    }
    if (!c.cache.isEmpty()) {
        html += QStringLiteral("<h3>") + tr("Cache: %1").arg(c.cache).toHtmlEscaped()
                + QStringLiteral("</h3>");
        if (!m_missText.isEmpty())
            html += QStringLiteral("<p>") + m_missText.toHtmlEscaped() + QStringLiteral("</p>");
        else if (c.cache == QLatin1String("BYPASS"))
            html += QStringLiteral("<p>")
                    + tr("Not cacheable as sent (mode, Cache-Control or a non-deterministic "
                         "request).")
                              .toHtmlEscaped()
                    + QStringLiteral("</p>");
    }
    m_cost->setHtml(html);
}
