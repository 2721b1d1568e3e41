#pragma once

#include "settingspage.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

// Proxy: where it listens, the access token required beyond loopback, the body size limit and
// the upstream timeouts.
class ProxySettingsPage : public SettingsPage
{
    Q_OBJECT
public:
    explicit ProxySettingsPage(QWidget *parent = nullptr);

    QString title() const override;
    QStringList fieldPrefixes() const override;
    void load(const AppSettings &settings) override;
    void store(AppSettings &settings) const override;

private:
    void updateTokenState();

    QComboBox *m_host;
    QSpinBox *m_port;
    QLineEdit *m_token;
    QCheckBox *m_showToken;
    QLabel *m_tokenHint;
    QSpinBox *m_maxBody;
    QSpinBox *m_connectTimeout;
    QSpinBox *m_firstByteTimeout;
    QSpinBox *m_streamIdleTimeout;
};
