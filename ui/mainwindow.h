#pragma once

#include "llm/pricetable.h"

#include <QMainWindow>

class ProxyService;
class QAction;
class QLabel;
class QStackedWidget;
class QTimer;
class TraceBrowser;
class TraceService;

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
    TraceBrowser *browser() const { return m_browser; }

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

    ProxyService *m_proxy;
    TraceService *m_traces;
    QString m_clientUrl;
    TraceBrowser *m_browser = nullptr;
    QStackedWidget *m_central;
    QLabel *m_recording;
    QLabel *m_hint;
    QLabel *m_address;
    QLabel *m_counter;
    QLabel *m_toolbarUrl;
    QAction *m_runAction = nullptr;
    QAction *m_copyUrlAction = nullptr;
    QAction *m_recordAction = nullptr;
    QAction *m_clearAction = nullptr;
    QTimer *m_refresh;
};
