#include "proxysettingspage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSpinBox>

namespace {

QSpinBox *spinBox(int minimum, int maximum, const QString &suffix)
{
    auto *box = new QSpinBox;
    box->setRange(minimum, maximum);
    box->setSuffix(suffix);
    return box;
}

// 32 characters from an alphabet that survives shells, headers and copy-paste.
QString randomToken()
{
    static const char alphabet[] = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    QString token;
    for (int i = 0; i < 32; ++i)
        token.append(QLatin1Char(
                alphabet[QRandomGenerator::system()->bounded(int(sizeof(alphabet) - 1))]));
    return token;
}

} // namespace

ProxySettingsPage::ProxySettingsPage(QWidget *parent)
    : SettingsPage(parent)
    , m_host(new QComboBox(this))
    , m_port(spinBox(1, 65535, QString()))
    , m_token(new QLineEdit(this))
    , m_showToken(new QCheckBox(tr("Show"), this))
    , m_tokenHint(new QLabel(this))
    , m_maxBody(spinBox(1, 4096, tr(" MiB")))
    , m_connectTimeout(spinBox(1, 3600, tr(" s")))
    , m_firstByteTimeout(spinBox(1, 86400, tr(" s")))
    , m_streamIdleTimeout(spinBox(1, 86400, tr(" s")))
{
    m_host->setObjectName(QStringLiteral("listenHost"));
    m_host->setEditable(true);
    m_host->addItem(tr("127.0.0.1 (this computer only)"), QStringLiteral("127.0.0.1"));
    m_host->addItem(tr("::1 (this computer only, IPv6)"), QStringLiteral("::1"));
    m_host->addItem(tr("0.0.0.0 (every network: needs an access token)"),
                    QStringLiteral("0.0.0.0"));
    m_port->setObjectName(QStringLiteral("listenPort"));
    m_port->setGroupSeparatorShown(false);
    m_token->setObjectName(QStringLiteral("accessToken"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(tr("Not needed while listening on this computer only"));
    m_maxBody->setObjectName(QStringLiteral("maxRequestBody"));
    m_connectTimeout->setObjectName(QStringLiteral("connectTimeout"));
    m_firstByteTimeout->setObjectName(QStringLiteral("firstByteTimeout"));
    m_streamIdleTimeout->setObjectName(QStringLiteral("streamIdleTimeout"));

    auto *form = new QFormLayout(this);
    form->addRow(commandLineNoteLabel());
    addField(form, tr("Listen on:"), m_host, QStringLiteral("proxy.listenHost"));
    addField(form, tr("Port:"), m_port, QStringLiteral("proxy.listenPort"));

    auto *tokenRow = new QWidget(this);
    auto *tokenLayout = new QHBoxLayout(tokenRow);
    tokenLayout->setContentsMargins(0, 0, 0, 0);
    tokenLayout->addWidget(m_token, 1);
    tokenLayout->addWidget(m_showToken);
    auto *generate = new QPushButton(tr("Generate"), tokenRow);
    generate->setObjectName(QStringLiteral("generateToken"));
    tokenLayout->addWidget(generate);
    addField(form, tr("Access token:"), tokenRow, QStringLiteral("proxy.accessToken"));
    m_tokenHint->setWordWrap(true);
    form->addRow(QString(), m_tokenHint);

    addField(form, tr("Largest request body:"), m_maxBody,
             QStringLiteral("proxy.maxRequestBodyMiB"));
    addField(form, tr("Connect timeout:"), m_connectTimeout,
             QStringLiteral("proxy.connectTimeoutSeconds"));
    addField(form, tr("Response timeout (until the first byte):"), m_firstByteTimeout,
             QStringLiteral("proxy.firstByteTimeoutSeconds"));
    addField(form, tr("Stream idle timeout:"), m_streamIdleTimeout,
             QStringLiteral("proxy.streamIdleTimeoutSeconds"));

    connect(m_showToken, &QCheckBox::toggled, this, [this](bool show) {
        m_token->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password);
    });
    connect(generate, &QPushButton::clicked, this, [this] {
        m_token->setText(randomToken());
        m_showToken->setChecked(true);
    });
    connect(m_host, &QComboBox::currentTextChanged, this, [this] {
        updateTokenState();
        Q_EMIT changed();
    });
    connect(m_token, &QLineEdit::textEdited, this, &SettingsPage::changed);
    for (QSpinBox *box :
         {m_port, m_maxBody, m_connectTimeout, m_firstByteTimeout, m_streamIdleTimeout})
        connect(box, &QSpinBox::valueChanged, this, &SettingsPage::changed);
}

QString ProxySettingsPage::title() const
{
    return tr("Proxy");
}

QStringList ProxySettingsPage::fieldPrefixes() const
{
    return {QStringLiteral("proxy.")};
}

void ProxySettingsPage::load(const AppSettings &settings)
{
    const ProxySettings &p = settings.proxy;
    const int index = m_host->findData(p.listenHost);
    if (index >= 0)
        m_host->setCurrentIndex(index);
    else
        m_host->setEditText(p.listenHost);
    m_port->setValue(p.listenPort);
    m_token->setText(QString::fromUtf8(p.accessToken));
    m_maxBody->setValue(p.maxRequestBodyMiB);
    m_connectTimeout->setValue(p.connectTimeoutSeconds);
    m_firstByteTimeout->setValue(p.firstByteTimeoutSeconds);
    m_streamIdleTimeout->setValue(p.streamIdleTimeoutSeconds);
    updateTokenState();
}

void ProxySettingsPage::store(AppSettings &settings) const
{
    ProxySettings &p = settings.proxy;
    const int index = m_host->findText(m_host->currentText());
    p.listenHost =
            index >= 0 ? m_host->itemData(index).toString() : m_host->currentText().trimmed();
    p.listenPort = quint16(m_port->value());
    p.accessToken = m_token->text().trimmed().toUtf8();
    p.maxRequestBodyMiB = m_maxBody->value();
    p.connectTimeoutSeconds = m_connectTimeout->value();
    p.firstByteTimeoutSeconds = m_firstByteTimeout->value();
    p.streamIdleTimeoutSeconds = m_streamIdleTimeout->value();
}

void ProxySettingsPage::updateTokenState()
{
    AppSettings probe;
    store(probe);
    m_tokenHint->setText(probe.proxy.listensOnLoopbackOnly()
                                 ? tr("Optional here. When set, clients must send it as the "
                                      "x-tokentap-key header.")
                                 : tr("Required: other machines can reach this port, and the "
                                      "proxy injects your API keys. Clients send the token as "
                                      "the x-tokentap-key header."));
}
