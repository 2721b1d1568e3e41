#pragma once

#include <QMainWindow>

class ProxyService;
class TraceService;
class QLabel;
class QTimer;

// The application window. For now: where to point a client, and a status bar with the listen
// address and a live request counter. The trace browser takes the central area later.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // `traces` may be null (recording off or unavailable).
    MainWindow(ProxyService *proxy, TraceService *traces, QWidget *parent = nullptr);

    // Status bar texts, exposed for tests and screenshots.
    QString addressText() const;
    QString counterText() const;
    QString recordingText() const;

private:
    void onProxyStarted(const QString &baseUrl);
    void onProxyFailed(const QString &message);
    void refreshCounter();

    ProxyService *m_proxy;
    TraceService *m_traces;
    QLabel *m_recording;
    QLabel *m_hint;
    QLabel *m_address;
    QLabel *m_counter;
    QTimer *m_refresh;
};
