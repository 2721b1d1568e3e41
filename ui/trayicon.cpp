#include "trayicon.h"

#include "clientsnippets.h"

#include <QAction>
#include <QMenu>
#include <QSystemTrayIcon>

TrayIcon::TrayIcon(QObject *parent)
    : QObject(parent)
    , m_tray(new QSystemTrayIcon(this))
    , m_menu(std::make_unique<QMenu>())
    , m_runningIcon(QStringLiteral(":/icons/tray-running.svg"))
    , m_pausedIcon(QStringLiteral(":/icons/tray-paused.svg"))
    , m_errorIcon(QStringLiteral(":/icons/tray-error.svg"))
    , m_baseUrl(ClientSnippets::defaultBaseUrl())
{
    m_elapsed.start();
    m_clock = [this] {
        return m_elapsed.elapsed();
    };

    m_open = m_menu->addAction(tr("Open TokenTap"));
    m_open->setObjectName(QStringLiteral("trayOpen"));
    QFont bold = m_open->font();
    bold.setBold(true); // the default action, as a click on the icon does the same
    m_open->setFont(bold);
    connect(m_open, &QAction::triggered, this, &TrayIcon::openWindowRequested);
    m_menu->addSeparator();

    m_recordingAction = m_menu->addAction(tr("Pause recording"));
    m_recordingAction->setObjectName(QStringLiteral("trayRecording"));
    // Checked while recording, like the window's Recording switch; the text says what a
    // click does. `triggered` rather than `toggled`: setRecording() must not echo back.
    m_recordingAction->setCheckable(true);
    m_recordingAction->setChecked(m_recording);
    connect(m_recordingAction, &QAction::triggered, this, [this](bool on) {
        m_recording = on;
        update();
        Q_EMIT recordingToggled(on);
    });

    m_proxyAction = m_menu->addAction(tr("Pause proxy"));
    m_proxyAction->setObjectName(QStringLiteral("trayProxy"));
    // The state changes only when the owner reports it back through setState(): pausing or
    // resuming can fail (the port may have been taken meanwhile).
    connect(m_proxyAction, &QAction::triggered, this,
            [this] { Q_EMIT proxyToggled(m_state != State::Running); });
    m_menu->addSeparator();

    m_quit = m_menu->addAction(tr("Quit"));
    m_quit->setObjectName(QStringLiteral("trayQuit"));
    connect(m_quit, &QAction::triggered, this, &TrayIcon::quitRequested);

    m_tray->setContextMenu(m_menu.get());
    connect(m_tray, &QSystemTrayIcon::activated, this,
            [this](QSystemTrayIcon::ActivationReason reason) {
                if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                    Q_EMIT openWindowRequested();
            });
    // A click on a balloon most likely means "show me that error".
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, &TrayIcon::openWindowRequested);
    update();
}

// The tray must let go of its menu before the menu dies.
TrayIcon::~TrayIcon()
{
    m_tray->setContextMenu(nullptr);
}

bool TrayIcon::available()
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

void TrayIcon::show()
{
    m_tray->show();
}

void TrayIcon::hide()
{
    m_tray->hide();
}

bool TrayIcon::isVisible() const
{
    return m_tray->isVisible();
}

void TrayIcon::setState(State state, const QString &detail)
{
    m_state = state;
    m_detail = detail;
    update();
}

void TrayIcon::setRecording(bool on)
{
    m_recording = on;
    m_recordingAction->setChecked(on);
    update();
}

void TrayIcon::setBaseUrl(const QString &baseUrl)
{
    m_baseUrl = ClientSnippets::clientBaseUrl(baseUrl);
    update();
}

bool TrayIcon::notifyUpstreamError(const QString &title, const QString &message)
{
    if (!m_notificationsEnabled)
        return false;
    // One balloon per interval: a failing upstream under an agent loop errs many times a
    // second, and a flood of balloons would bury the desktop.
    const qint64 now = m_clock();
    if (m_lastNotification && now - *m_lastNotification < NotificationIntervalMs) {
        ++m_suppressed;
        return false;
    }
    QString text = message;
    if (m_suppressed > 0)
        text += u'\n'
                + tr("%n more upstream error(s) since the last notice.", nullptr, m_suppressed);
    m_lastNotification = now;
    m_suppressed = 0;
    m_tray->showMessage(title, text, QSystemTrayIcon::Warning);
    return true;
}

void TrayIcon::setClock(Clock clock)
{
    m_clock = std::move(clock);
    m_lastNotification.reset();
    m_suppressed = 0;
}

QString TrayIcon::toolTip() const
{
    return m_tray->toolTip();
}

QIcon TrayIcon::icon() const
{
    return m_tray->icon();
}

void TrayIcon::update()
{
    QString status;
    switch (m_state) {
    case State::Running:
        m_tray->setIcon(m_runningIcon);
        status = tr("TokenTap: running");
        m_proxyAction->setText(tr("Pause proxy"));
        break;
    case State::Paused:
        m_tray->setIcon(m_pausedIcon);
        status = tr("TokenTap: proxy paused");
        m_proxyAction->setText(tr("Resume proxy"));
        break;
    case State::Error:
        m_tray->setIcon(m_errorIcon);
        status = tr("TokenTap: error");
        m_proxyAction->setText(tr("Resume proxy"));
        break;
    }
    m_recordingAction->setText(m_recording ? tr("Pause recording") : tr("Resume recording"));

    QStringList lines {status};
    if (!m_detail.isEmpty())
        lines << m_detail;
    lines << m_baseUrl;
    if (!m_recording)
        lines << tr("Recording paused");
    m_tray->setToolTip(lines.join(u'\n'));
}
