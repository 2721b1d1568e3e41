#pragma once

#include "settingspage.h"

class QCheckBox;
class QComboBox;
class QLabel;

// General: the tray (closing the window keeps the proxy running, notifications on upstream
// errors), the language, and where secrets are kept.
class GeneralSettingsPage : public SettingsPage
{
    Q_OBJECT
public:
    explicit GeneralSettingsPage(QWidget *parent = nullptr);

    QString title() const override;
    QStringList fieldPrefixes() const override;
    void load(const AppSettings &settings) override;
    void store(AppSettings &settings) const override;

    // "API keys are kept in …", with the keychain fallback notice when there is one.
    void setSecretsDescription(const QString &description, const QString &notice);

private:
    QCheckBox *m_closeToTray;
    QCheckBox *m_notify;
    QComboBox *m_language;
    QLabel *m_secrets;
};
