#include "generalsettingspage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>

GeneralSettingsPage::GeneralSettingsPage(QWidget *parent)
    : SettingsPage(parent)
    , m_closeToTray(
              new QCheckBox(tr("Keep the proxy running in the tray when the window closes"), this))
    , m_notify(new QCheckBox(tr("Notify me when an upstream fails"), this))
    , m_language(new QComboBox(this))
    , m_secrets(new QLabel(this))
{
    m_closeToTray->setObjectName(QStringLiteral("closeToTray"));
    m_notify->setObjectName(QStringLiteral("notifyUpstreamErrors"));
    m_language->setObjectName(QStringLiteral("language"));
    // Language names in their own language: someone who cannot read the current one finds theirs.
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_secrets->setObjectName(QStringLiteral("secretsDescription"));
    m_secrets->setWordWrap(true);
    m_secrets->setTextFormat(Qt::PlainText);

    auto *form = new QFormLayout(this);
    form->addRow(m_closeToTray);
    form->addRow(m_notify);
    addField(form, tr("Language (after a restart):"), m_language,
             QStringLiteral("general.language"));
    form->addRow(tr("Secrets:"), m_secrets);

    connect(m_closeToTray, &QCheckBox::toggled, this, &SettingsPage::changed);
    connect(m_notify, &QCheckBox::toggled, this, &SettingsPage::changed);
    connect(m_language, &QComboBox::currentIndexChanged, this, &SettingsPage::changed);
}

QString GeneralSettingsPage::title() const
{
    return tr("General");
}

QStringList GeneralSettingsPage::fieldPrefixes() const
{
    return {QStringLiteral("general.")};
}

void GeneralSettingsPage::load(const AppSettings &settings)
{
    m_closeToTray->setChecked(settings.general.closeToTray);
    m_notify->setChecked(settings.general.notifyUpstreamErrors);
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings.general.language)));
}

void GeneralSettingsPage::store(AppSettings &settings) const
{
    settings.general.closeToTray = m_closeToTray->isChecked();
    settings.general.notifyUpstreamErrors = m_notify->isChecked();
    settings.general.language = m_language->currentData().toString();
}

void GeneralSettingsPage::setSecretsDescription(const QString &description, const QString &notice)
{
    // A notice (no keychain answered) already says where the keys are and what that means.
    m_secrets->setText(notice.isEmpty() ? tr("API keys and tokens are kept in %1.").arg(description)
                                        : notice);
}
