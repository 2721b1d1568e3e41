#pragma once

#include <QElapsedTimer>
#include <QIcon>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QAction;
class QMenu;
class QSystemTrayIcon;

// TokenTap in the system tray: an icon for running / paused / error, a tooltip with the base
// URL, a menu (open the window, pause recording, pause the proxy, quit) and, when the user
// wants them, balloon messages about upstream errors. It knows nothing of the proxy or the
// window: the composition root connects the signals and feeds the setters, so the tray can be
// tested alone and the window can close while the proxy runs on.
class TrayIcon : public QObject
{
    Q_OBJECT
public:
    enum class State { Running, Paused, Error };
    Q_ENUM(State)

    // Monotonic milliseconds; replaceable so that tests need not wait out the rate limit.
    using Clock = std::function<qint64()>;
    static constexpr qint64 NotificationIntervalMs = 30'000;

    explicit TrayIcon(QObject *parent = nullptr); // needs a QApplication: the menu is a widget
    ~TrayIcon() override;

    // Whether the desktop shows tray icons at all; without one, closing the window must quit.
    static bool available();

    void show();
    void hide();
    bool isVisible() const;

    // `detail` is appended to the tooltip (an error message, "port 8484 in use", …).
    void setState(State state, const QString &detail = {});
    State state() const { return m_state; }
    void setRecording(bool on); // mirrors the window's switch; emits nothing
    bool isRecording() const { return m_recording; }
    void setBaseUrl(const QString &baseUrl);

    void setNotificationsEnabled(bool enabled) { m_notificationsEnabled = enabled; }
    bool notificationsEnabled() const { return m_notificationsEnabled; }
    // Shows a balloon when notifications are on and none was shown in the last 30 s; errors
    // in between are counted and mentioned by the next one. Returns whether it was shown.
    bool notifyUpstreamError(const QString &title, const QString &message);
    void setClock(Clock clock);

    QString toolTip() const;
    QIcon icon() const;
    QMenu *menu() const { return m_menu.get(); }
    QAction *openAction() const { return m_open; }
    QAction *recordingAction() const { return m_recordingAction; }
    QAction *proxyAction() const { return m_proxyAction; }
    QAction *quitAction() const { return m_quit; }
    QSystemTrayIcon *systemTrayIcon() const { return m_tray; }

Q_SIGNALS:
    void openWindowRequested();
    void recordingToggled(bool on);
    void proxyToggled(bool run); // true: resume (or start) the proxy, false: pause it
    void quitRequested();

private:
    void update();

    QSystemTrayIcon *m_tray;
    // A QMenu is a widget and cannot be the child of this QObject.
    std::unique_ptr<QMenu> m_menu;
    QAction *m_open;
    QAction *m_recordingAction;
    QAction *m_proxyAction;
    QAction *m_quit;
    QIcon m_runningIcon;
    QIcon m_pausedIcon;
    QIcon m_errorIcon;

    State m_state = State::Running;
    QString m_detail;
    QString m_baseUrl;
    bool m_recording = true;

    bool m_notificationsEnabled = false;
    QElapsedTimer m_elapsed;
    Clock m_clock;
    std::optional<qint64> m_lastNotification;
    int m_suppressed = 0; // errors not shown since the last balloon
};
