#pragma once

#include "llm/pricetable.h"

#include <QMainWindow>

class CacheService;
class ConnectClientPanel;
class LiveSettings;
class OtlpExportService;
class ProxyService;
class QAction;
class QLabel;
class QStackedWidget;
class QTimer;
class TraceBrowser;
class TraceService;
class TrayIcon;
class UsageDashboard;
struct AppSettings;

// The application window: a toolbar (proxy running or paused, the address to point clients at,
// recording on or off, clear view), the trace browser, and a status bar with the listen address
// and live counters. Until the first call is recorded the browser's place says how to connect.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // `traces` may be null (recording off or unavailable): there is then no browser.
    MainWindow(ProxyService *proxy, TraceService *traces, const PriceTable &prices = {},
               const QString &cacheDatabasePath = {}, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Status bar texts, exposed for tests and screenshots.
    QString addressText() const;
    QString counterText() const;
    QString recordingText() const;
    // "Export: 12 queued · 340 sent" with the last error, when OTLP export runs.
    QString exportText() const;
    TraceBrowser *browser() const { return m_browser; }

    // Enables the settings dialog (File → Settings…, Ctrl+,) and what follows the settings.
    // Without it (tests of the browser alone) there is no settings dialog.
    void setSettings(LiveSettings *live, CacheService *cache, OtlpExportService *exporter);
    void openSettings();
    void openConnectHelp();
    // The calls list (Ctrl+1) or the usage dashboard (Ctrl+2).
    void showCalls();
    void showDashboard();

    UsageDashboard *dashboard() const { return m_dashboard; }
    ConnectClientPanel *connectPanel() const { return m_connect; }
    TrayIcon *tray() const { return m_tray; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildToolBar();
    void buildMenus();
    void onProxyStarted(const QString &baseUrl);
    void onProxyFailed(const QString &message);
    void onProxyStopped();
    void refreshCounter();
    void updateCentral();
    void applySettings(const AppSettings &settings);
    void updateTray();
    void updateExportStatus();

    ProxyService *m_proxy;
    TraceService *m_traces;
    LiveSettings *m_live = nullptr;
    CacheService *m_cache = nullptr;
    OtlpExportService *m_exporter = nullptr;
    QAction *m_settingsAction = nullptr;
    ConnectClientPanel *m_connect;
    UsageDashboard *m_dashboard = nullptr;
    TrayIcon *m_tray = nullptr;
    bool m_closeToTray = false;
    bool m_quitting = false;
    quint64 m_upstreamErrorsSeen = 0;
    QString m_proxyProblem; // why the proxy is not listening, when it failed
    QString m_clientUrl;
    TraceBrowser *m_browser = nullptr;
    QStackedWidget *m_central;
    QLabel *m_recording;
    QLabel *m_hint;
    QLabel *m_address;
    QLabel *m_counter;
    QLabel *m_export = nullptr;
    QLabel *m_toolbarUrl;
    QAction *m_runAction = nullptr;
    QAction *m_copyUrlAction = nullptr;
    QAction *m_recordAction = nullptr;
    QAction *m_clearAction = nullptr;
    QTimer *m_refresh;
};
