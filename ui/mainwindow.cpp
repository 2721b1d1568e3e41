#include "mainwindow.h"

#include "proxy/proxyservice.h"
#include "trace/traceservice.h"
#include "trace/tracewriter.h"

#include <QLabel>
#include <QLocale>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

MainWindow::MainWindow(ProxyService *proxy, TraceService *traces, QWidget *parent)
    : QMainWindow(parent)
    , m_proxy(proxy)
    , m_traces(traces)
    , m_recording(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_address(new QLabel(this))
    , m_counter(new QLabel(this))
    , m_refresh(new QTimer(this))
{
    setWindowTitle(tr("TokenTap"));
    setObjectName(QStringLiteral("MainWindow"));
    resize(960, 600);

    m_hint->setObjectName(QStringLiteral("connectHint"));
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setWordWrap(true);
    m_hint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_hint->setText(tr("Starting the proxy…"));
    setCentralWidget(m_hint);

    m_address->setObjectName(QStringLiteral("listenAddress"));
    m_address->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_counter->setObjectName(QStringLiteral("requestCounter"));
    statusBar()->addWidget(m_address, 1);
    m_recording->setObjectName(QStringLiteral("recordingStatus"));
    m_recording->setContentsMargins(0, 0, 16, 0); // apart from the request counter
    statusBar()->addPermanentWidget(m_recording);
    statusBar()->addPermanentWidget(m_counter);

    connect(m_proxy, &ProxyService::started, this, &MainWindow::onProxyStarted);
    connect(m_proxy, &ProxyService::startFailed, this, &MainWindow::onProxyFailed);
    if (m_proxy->isRunning())
        onProxyStarted(m_proxy->baseUrl());

    // The counter is polled rather than signalled: one cheap read per tick however many calls
    // pass through, and no cross-thread signal per call.
    m_refresh->setInterval(250);
    connect(m_refresh, &QTimer::timeout, this, &MainWindow::refreshCounter);
    m_refresh->start();
    refreshCounter();
}

QString MainWindow::addressText() const
{
    return m_address->text();
}

QString MainWindow::counterText() const
{
    return m_counter->text();
}

QString MainWindow::recordingText() const
{
    return m_recording->text();
}

void MainWindow::onProxyStarted(const QString &baseUrl)
{
    const QString clientUrl = baseUrl + QStringLiteral("/v1");
    m_address->setText(tr("Listening on %1").arg(baseUrl));
    m_hint->setText(tr("<h2>TokenTap is running</h2>"
                       "<p>Point your client at <b>%1</b><br>"
                       "(for example <code>OPENAI_BASE_URL=%1</code>), or at "
                       "<b>%2/&lt;upstream&gt;/v1</b> for a named upstream.</p>")
                            .arg(clientUrl.toHtmlEscaped(), baseUrl.toHtmlEscaped()));
}

void MainWindow::onProxyFailed(const QString &message)
{
    m_address->setText(tr("Not listening"));
    m_hint->setText(tr("<h2>The proxy could not start</h2><p>%1</p>").arg(message.toHtmlEscaped()));
}

void MainWindow::refreshCounter()
{
    const ProxyStats &stats = m_proxy->stats();
    const auto total = ProxyStats::get(stats.requestsTotal);
    const auto inFlight = ProxyStats::get(stats.requestsInFlight);
    const QLocale locale;
    m_counter->setText(tr("Requests: %1 · in flight: %2")
                               .arg(locale.toString(qulonglong(total)),
                                    locale.toString(qulonglong(inFlight))));

    if (!m_traces || !m_traces->writer()) {
        m_recording->setText(tr("Not recording"));
        return;
    }
    const auto &counters = m_traces->writer()->counters();
    const quint64 recorded = counters.written.load(std::memory_order_relaxed);
    // Calls the queue had no room for and batches dropped after failed writes: never silent.
    const quint64 lost =
            m_traces->queue()->dropped() + counters.lost.load(std::memory_order_relaxed);
    QString text = tr("Recorded: %1").arg(locale.toString(qulonglong(recorded)));
    if (lost > 0)
        text += QStringLiteral(" · ")
                + tr("not recorded: %1").arg(locale.toString(qulonglong(lost)));
    m_recording->setText(text);
    m_recording->setStyleSheet(lost > 0 ? QStringLiteral("color: #c62828;") : QString());
}
