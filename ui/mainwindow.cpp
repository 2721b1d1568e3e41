#include "mainwindow.h"

#include "config/livesettings.h"
#include "connectclientpanel.h"
#include "displayformat.h"
#include "export/otlpexportservice.h"
#include "filterbar.h"
#include "settingsdialog.h"
#include "tracebrowser.h"
#include "tracetablemodel.h"
#include "trayicon.h"
#include "usagedashboard.h"

#include "proxy/proxyservice.h"
#include "trace/traceservice.h"
#include "trace/tracewriter.h"

#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

MainWindow::MainWindow(ProxyService *proxy, TraceService *traces, const PriceTable &prices,
                       const QString &cacheDatabasePath, QWidget *parent)
    : QMainWindow(parent)
    , m_proxy(proxy)
    , m_traces(traces)
    , m_central(new QStackedWidget(this))
    , m_recording(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_address(new QLabel(this))
    , m_counter(new QLabel(this))
    , m_toolbarUrl(new QLabel(this))
    , m_refresh(new QTimer(this))
{
    setWindowTitle(tr("TokenTap"));
    setObjectName(QStringLiteral("MainWindow"));
    resize(1280, 800);

    m_hint->setObjectName(QStringLiteral("connectHint"));
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setWordWrap(true);
    m_hint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_hint->setText(tr("Starting the proxy…"));
    m_central->addWidget(m_hint);
    // Until the first call is listed, the place of the list shows how to connect a client.
    m_connect = new ConnectClientPanel(this);
    m_connect->setObjectName(QStringLiteral("connectPanel"));
    m_central->addWidget(m_connect);
    connect(m_connect, &ConnectClientPanel::copied, this, [this](const QString &text) {
        statusBar()->showMessage(tr("Copied %1").arg(text.left(80)), 4000);
    });
    if (m_traces && !m_traces->databasePath().isEmpty()) {
        m_browser = new TraceBrowser(m_traces->databasePath(), cacheDatabasePath,
                                     prices.isEmpty() ? PriceTable::builtin() : prices, this);
        m_browser->setTraceService(m_traces);
        m_central->addWidget(m_browser);
        connect(m_browser->model(), &QAbstractItemModel::rowsInserted, this,
                &MainWindow::updateCentral);
        connect(m_browser->model(), &QAbstractItemModel::modelReset, this,
                &MainWindow::updateCentral);
        connect(m_browser, &TraceBrowser::message, this,
                [this](const QString &text) { statusBar()->showMessage(text, 6000); });
        connect(m_browser, &TraceBrowser::resent, this,
                [this](int, const QString &text) { statusBar()->showMessage(text, 6000); });
        // The dashboard reads through the browser's loader: one read connection, and its
        // queries queue behind the list's page reads rather than compete with them.
        m_dashboard = new UsageDashboard(m_browser->loader(), this);
        m_dashboard->setObjectName(QStringLiteral("usageDashboard"));
        m_central->addWidget(m_dashboard);
        connect(m_dashboard, &UsageDashboard::message, this,
                [this](const QString &text) { statusBar()->showMessage(text, 6000); });
        connect(m_dashboard, &UsageDashboard::callRequested, this, [this](qint64 id) {
            showCalls();
            if (!m_browser->revealCall(id))
                statusBar()->showMessage(tr("That call is not in the list (check the filter)."),
                                         6000);
        });
    }
    setCentralWidget(m_central);

    m_address->setObjectName(QStringLiteral("listenAddress"));
    m_address->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_counter->setObjectName(QStringLiteral("requestCounter"));
    statusBar()->addWidget(m_address, 1);
    m_recording->setObjectName(QStringLiteral("recordingStatus"));
    m_recording->setContentsMargins(0, 0, 16, 0); // apart from the request counter
    statusBar()->addPermanentWidget(m_recording);
    statusBar()->addPermanentWidget(m_counter);

    buildToolBar();
    buildMenus();

    connect(m_proxy, &ProxyService::started, this, &MainWindow::onProxyStarted);
    connect(m_proxy, &ProxyService::startFailed, this, &MainWindow::onProxyFailed);
    connect(m_proxy, &ProxyService::stopped, this, &MainWindow::onProxyStopped);
    connect(m_proxy, &ProxyService::reconfigured, this, &MainWindow::onProxyStarted);
    if (m_proxy->isRunning())
        onProxyStarted(m_proxy->baseUrl());

    // The counter is polled rather than signalled: one cheap read per tick however many calls
    // pass through, and no cross-thread signal per call.
    m_refresh->setInterval(250);
    connect(m_refresh, &QTimer::timeout, this, &MainWindow::refreshCounter);
    m_refresh->start();
    refreshCounter();

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
}

MainWindow::~MainWindow() = default;

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    // Closing the window keeps the proxy running in the tray, when there is one and the
    // setting says so; Quit (menu or tray) ends everything.
    if (!m_quitting && m_closeToTray && m_tray && m_tray->isVisible()) {
        hide();
        event->ignore();
        return;
    }
    QMainWindow::closeEvent(event);
    if (m_tray)
        qApp->quit();
}

void MainWindow::buildToolBar()
{
    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    m_runAction = bar->addAction(QIcon(QStringLiteral(":/icons/proxy.svg")), tr("Proxy running"));
    m_runAction->setObjectName(QStringLiteral("runAction"));
    m_runAction->setCheckable(true);
    m_runAction->setToolTip(tr("Pause or resume the proxy (clients get no answer while paused)"));
    connect(m_runAction, &QAction::triggered, this, [this](bool run) {
        if (run)
            m_proxy->resume();
        else
            m_proxy->stop();
    });

    m_toolbarUrl->setObjectName(QStringLiteral("clientUrl"));
    m_toolbarUrl->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_toolbarUrl->setContentsMargins(12, 0, 4, 0);
    bar->addWidget(m_toolbarUrl);
    m_copyUrlAction = bar->addAction(QIcon(QStringLiteral(":/icons/copy.svg")), tr("Copy"));
    m_copyUrlAction->setToolTip(tr("Copy the base URL for clients"));
    m_copyUrlAction->setEnabled(false);
    connect(m_copyUrlAction, &QAction::triggered, this, [this] {
        QApplication::clipboard()->setText(m_clientUrl);
        statusBar()->showMessage(tr("Copied %1").arg(m_clientUrl), 4000);
    });
    bar->addSeparator();

    m_recordAction = bar->addAction(QIcon(QStringLiteral(":/icons/record.svg")), tr("Recording"));
    m_recordAction->setObjectName(QStringLiteral("recordAction"));
    m_recordAction->setCheckable(true);
    m_recordAction->setEnabled(m_traces != nullptr);
    m_recordAction->setChecked(m_traces && m_traces->isRecording());
    m_recordAction->setToolTip(tr("Record calls into the trace store"));
    connect(m_recordAction, &QAction::toggled, this, [this](bool on) {
        if (m_traces)
            m_traces->setRecording(on);
        refreshCounter();
        updateTray();
    });

    m_clearAction = bar->addAction(QIcon(QStringLiteral(":/icons/clear.svg")), tr("Clear view"));
    m_clearAction->setObjectName(QStringLiteral("clearAction"));
    m_clearAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_clearAction->setToolTip(tr("Hide the calls listed so far; nothing is deleted (Ctrl+L)"));
    m_clearAction->setEnabled(m_browser != nullptr);
    connect(m_clearAction, &QAction::triggered, this, [this] {
        if (m_browser)
            m_browser->clearView();
    });
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    if (m_browser) {
        file->addAction(m_browser->exportAction());
        file->addSeparator();
    }
    m_settingsAction = file->addAction(tr("&Settings…"), this, &MainWindow::openSettings);
    m_settingsAction->setObjectName(QStringLiteral("settingsAction"));
    m_settingsAction->setShortcuts(
            {QKeySequence::Preferences, QKeySequence(Qt::CTRL | Qt::Key_Comma)});
    m_settingsAction->setEnabled(false);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, [this] {
        m_quitting = true;
        close();
        qApp->quit();
    });
    quit->setShortcut(QKeySequence::Quit);

    if (m_browser) {
        QMenu *call = menuBar()->addMenu(tr("&Call"));
        call->addActions(m_browser->callActions());
        QMenu *view = menuBar()->addMenu(tr("&View"));
        QAction *calls = view->addAction(tr("&Calls"), this, &MainWindow::showCalls);
        calls->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
        QAction *usage = view->addAction(tr("&Usage dashboard"), this, &MainWindow::showDashboard);
        usage->setObjectName(QStringLiteral("dashboardAction"));
        usage->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
        view->addSeparator();
        QAction *find = view->addAction(tr("&Filter…"), m_browser, &TraceBrowser::focusFilter);
        find->setShortcut(QKeySequence::Find);
        view->addAction(m_clearAction);
        QAction *reload = view->addAction(tr("&Show all calls again"), m_browser->model(),
                                          &TraceTableModel::reload);
        // Not QKeySequence::Refresh: that is Ctrl+R on some desktops, which resends a call.
        reload->setShortcut(QKeySequence(Qt::Key_F5));
        view->addSeparator();
        view->addAction(m_browser->columnsMenuAction());
    }
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Connect a client…"), this, &MainWindow::openConnectHelp);
    if (m_browser)
        help->addAction(tr("&Keyboard shortcuts"), m_browser, &TraceBrowser::showShortcuts);
}

void MainWindow::setSettings(LiveSettings *live, CacheService *cache, OtlpExportService *exporter)
{
    m_live = live;
    m_cache = cache;
    m_exporter = exporter;
    m_settingsAction->setEnabled(m_live != nullptr);
    if (m_exporter && m_browser)
        m_browser->setExportService(m_exporter);
    if (m_exporter) {
        m_export = new QLabel(this);
        m_export->setObjectName(QStringLiteral("exportStatus"));
        m_export->setContentsMargins(0, 0, 16, 0);
        statusBar()->addPermanentWidget(m_export);
        connect(m_exporter, &OtlpExportService::statusChanged, this,
                &MainWindow::updateExportStatus);
        updateExportStatus();
    }
    if (!m_live)
        return;
    connect(m_live, &LiveSettings::applied, this, &MainWindow::applySettings);
    connect(m_live, &LiveSettings::pricesChanged, this, [this](const PriceTable &prices) {
        if (m_browser)
            m_browser->setPrices(prices);
    });
    if (TrayIcon::available()) {
        m_tray = new TrayIcon(this);
        connect(m_tray, &TrayIcon::openWindowRequested, this, [this] {
            showNormal();
            raise();
            activateWindow();
        });
        connect(m_tray, &TrayIcon::recordingToggled, m_recordAction, &QAction::setChecked);
        connect(m_tray, &TrayIcon::proxyToggled, this, [this](bool run) {
            if (run)
                m_proxy->resume();
            else
                m_proxy->stop();
        });
        connect(m_tray, &TrayIcon::quitRequested, this, [this] {
            m_quitting = true;
            close();
            qApp->quit();
        });
        m_tray->show();
        updateTray();
    }
    applySettings(m_live->current());
}

void MainWindow::applySettings(const AppSettings &settings)
{
    m_closeToTray = settings.general.closeToTray;
    if (m_tray)
        m_tray->setNotificationsEnabled(settings.general.notifyUpstreamErrors);
    // Headers the proxy sets itself need not be in the snippets; the token clients must send
    // does.
    m_connect->setAccessToken(
            QString::fromUtf8(m_live ? m_live->proxyConfig().accessToken : QByteArray()));
}

void MainWindow::updateExportStatus()
{
    if (!m_export)
        return;
    const auto statuses = m_exporter->statuses();
    m_export->setVisible(m_exporter->isRunning());
    qint64 queued = 0;
    qint64 sent = 0;
    qint64 failed = 0;
    QStringList errors;
    for (auto it = statuses.cbegin(); it != statuses.cend(); ++it) {
        queued += it->queued;
        sent += it->sent;
        failed += it->failed;
        if (!it->lastError.isEmpty() && it->lastErrorAt >= it->lastSuccessAt)
            errors.append(it.key() + QStringLiteral(": ") + it->lastError);
    }
    const QLocale locale;
    QString text =
            tr("Export: %1 queued · %2 sent").arg(locale.toString(queued), locale.toString(sent));
    if (failed > 0)
        text += QStringLiteral(" · ") + tr("%1 failed").arg(locale.toString(failed));
    m_export->setText(text);
    m_export->setToolTip(errors.isEmpty() ? tr("Every destination is answering")
                                          : errors.join(u'\n'));
    QPalette palette = QPalette();
    if (!errors.isEmpty())
        palette.setColor(QPalette::WindowText, DisplayFormat::errorText(palette));
    m_export->setPalette(palette);
}

QString MainWindow::exportText() const
{
    return m_export ? m_export->text() : QString();
}

void MainWindow::updateTray()
{
    if (!m_tray)
        return;
    m_tray->setBaseUrl(m_clientUrl);
    m_tray->setRecording(m_traces && m_traces->isRecording());
    if (!m_proxyProblem.isEmpty())
        m_tray->setState(TrayIcon::State::Error, m_proxyProblem);
    else if (m_proxy->isRunning())
        m_tray->setState(TrayIcon::State::Running);
    else
        m_tray->setState(TrayIcon::State::Paused);
}

void MainWindow::openSettings()
{
    if (!m_live)
        return;
    SettingsDialog dialog(m_live, {m_proxy, m_traces, m_cache, m_exporter}, this);
    dialog.exec();
}

void MainWindow::openConnectHelp()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Connect a client"));
    auto *panel = new ConnectClientPanel(&dialog);
    panel->setBaseUrl(m_proxy->isRunning() ? m_proxy->baseUrl() : QString());
    if (m_live)
        panel->setAccessToken(QString::fromUtf8(m_live->proxyConfig().accessToken));
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(panel);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.resize(900, 640);
    dialog.exec();
}

void MainWindow::showCalls()
{
    if (!m_browser)
        return;
    updateCentral();
    if (m_central->currentWidget() != m_browser && m_browser->property("everListed").toBool())
        m_central->setCurrentWidget(m_browser);
}

void MainWindow::showDashboard()
{
    if (m_dashboard)
        m_central->setCurrentWidget(m_dashboard);
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
    m_clientUrl = baseUrl + QStringLiteral("/v1");
    m_address->setText(tr("Listening on %1").arg(baseUrl));
    m_toolbarUrl->setText(m_clientUrl);
    m_copyUrlAction->setEnabled(true);
    m_runAction->setChecked(true);
    m_runAction->setText(tr("Proxy running"));
    if (m_browser)
        m_browser->setProxyBaseUrl(baseUrl);
    m_connect->setBaseUrl(baseUrl);
    m_proxyProblem.clear();
    m_hint->setText(tr("<h2>TokenTap is running</h2><p>Point your client at <b>%1</b>.</p>")
                            .arg(m_clientUrl.toHtmlEscaped()));
    updateTray();
    updateCentral();
}

void MainWindow::onProxyFailed(const QString &message)
{
    m_address->setText(tr("Not listening"));
    m_runAction->setChecked(false);
    m_runAction->setText(tr("Proxy stopped"));
    m_hint->setText(tr("<h2>The proxy could not start</h2><p>%1</p>").arg(message.toHtmlEscaped()));
    m_central->setCurrentWidget(m_hint);
    m_proxyProblem = message;
    updateTray();
}

void MainWindow::onProxyStopped()
{
    m_address->setText(tr("Paused: not listening"));
    m_runAction->setChecked(false);
    m_runAction->setText(tr("Proxy paused"));
    m_runAction->setEnabled(m_proxy->canResume());
    updateTray();
}

void MainWindow::updateCentral()
{
    if (!m_browser)
        return;
    // The connect hint until something is listed or a filter is in use.
    const bool empty = m_browser->model()->rowCount() == 0
            && m_browser->filterBar()->text().isEmpty() && !m_browser->model()->isLoading();
    const bool everRecorded = m_browser->property("everListed").toBool();
    if (!empty)
        m_browser->setProperty("everListed", true);
    if (m_central->currentWidget() == m_dashboard)
        return; // the user is looking at the dashboard: new calls do not pull them away
    if (!m_proxy->isRunning() && !m_proxyProblem.isEmpty())
        return; // the failure stays in view
    m_central->setCurrentWidget(empty && !everRecorded ? static_cast<QWidget *>(m_connect)
                                                       : m_browser);
}

void MainWindow::refreshCounter()
{
    const ProxyStats &stats = m_proxy->stats();
    const auto total = ProxyStats::get(stats.requestsTotal);
    const auto upstreamErrors = ProxyStats::get(stats.upstreamErrors);
    if (upstreamErrors > m_upstreamErrorsSeen && m_tray) {
        m_tray->notifyUpstreamError(tr("Upstream error"),
                                    tr("%n call(s) failed upstream (unreachable, timed out or "
                                       "cut off).",
                                       nullptr, int(upstreamErrors - m_upstreamErrorsSeen)));
    }
    m_upstreamErrorsSeen = upstreamErrors;
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
    QString text = m_traces->isRecording()
            ? tr("Recorded: %1").arg(locale.toString(qulonglong(recorded)))
            : tr("Recording paused");
    if (lost > 0)
        text += QStringLiteral(" · ")
                + tr("not recorded: %1").arg(locale.toString(qulonglong(lost)));
    m_recording->setText(text);
    QPalette palette = QPalette();
    if (lost > 0)
        palette.setColor(QPalette::WindowText, DisplayFormat::errorText(palette));
    m_recording->setPalette(palette);
}
