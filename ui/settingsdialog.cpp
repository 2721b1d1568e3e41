#include "settingsdialog.h"

#include "cachesettingspage.h"
#include "config/livesettings.h"
#include "displayformat.h"
#include "exportsettingspage.h"
#include "generalsettingspage.h"
#include "headerssettingspage.h"
#include "pricingsettingspage.h"
#include "proxy/proxyservice.h"
#include "proxysettingspage.h"
#include "tracingsettingspage.h"
#include "upstreamssettingspage.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSaveFile>
#include <QScopeGuard>
#include <QScopedValueRollback>
#include <QStackedWidget>
#include <QVBoxLayout>

SettingsDialog::SettingsDialog(LiveSettings *live, const Services &services, QWidget *parent)
    : QDialog(parent)
    , m_live(live)
    , m_list(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(
              QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply, this))
{
    setWindowTitle(tr("TokenTap Settings"));
    setObjectName(QStringLiteral("settingsDialog"));
    m_list->setObjectName(QStringLiteral("settingsPages"));
    m_list->setSpacing(3);
    m_status->setObjectName(QStringLiteral("settingsStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);

    auto *general = new GeneralSettingsPage(this);
    general->setSecretsDescription(live->secrets().description(), live->secrets().notice());
    addPage(general);
    auto *proxy = new ProxySettingsPage(this);
    if (live->commandLineOverrides().contains(QStringLiteral("listen")))
        proxy->setCommandLineNote(tr("This run listens where --listen said; what you set here "
                                     "applies from the next start without --listen."));
    addPage(proxy);
    auto *upstreams = new UpstreamsSettingsPage(this);
    if (const QStringList given = live->options().givenUpstreams; !given.isEmpty()) {
        upstreams->setCommandLineNote(
                tr("This run also uses the upstreams the command line gave (%1), which take "
                   "the place of any here with the same name; what you set here applies from "
                   "the next start without them.")
                        .arg(given.join(QStringLiteral(", "))));
    }
    addPage(upstreams);
    addPage(new HeadersSettingsPage(this));
    addPage(new CacheSettingsPage(services.cache, services.proxy, this));
    addPage(new TracingSettingsPage(services.traces, this));
    addPage(new ExportSettingsPage(services.exporter, this));
    m_pricing = new PricingSettingsPage(live->dataDir(), this);
    addPage(m_pricing);
    for (SettingsPage *page : std::as_const(m_pages))
        page->load(live->current());
    // As wide as the longest page name in the language in use ("Tracing & Datenschutz"), and
    // no wider: the pages get the rest.
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setFixedWidth(m_list->sizeHintForColumn(0) + 2 * m_list->frameWidth()
                          + 4 * m_list->spacing());

    auto *import = m_buttons->addButton(tr("Import…"), QDialogButtonBox::ResetRole);
    import->setObjectName(QStringLiteral("importSettings"));
    auto *exportButton = m_buttons->addButton(tr("Export…"), QDialogButtonBox::ResetRole);
    exportButton->setObjectName(QStringLiteral("exportSettings"));
    m_buttons->button(QDialogButtonBox::Apply)->setEnabled(false);

    auto *body = new QHBoxLayout;
    body->addWidget(m_list);
    body->addWidget(m_stack, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    connect(m_list, &QListWidget::currentRowChanged, this, &SettingsDialog::showPage);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this,
            &SettingsDialog::apply);
    connect(import, &QPushButton::clicked, this, &SettingsDialog::chooseImport);
    connect(exportButton, &QPushButton::clicked, this, &SettingsDialog::chooseExport);
    if (services.proxy) {
        connect(services.proxy, &ProxyService::reconfigureFailed, this,
                [this](const QString &message) { setStatus(message, true); });
        connect(services.proxy, &ProxyService::reconfigured, this, [this](const QString &url) {
            setStatus(tr("Saved. The proxy listens on %1.").arg(url), false);
        });
    }
    m_list->setCurrentRow(0);
    resize(860, 620);
}

void SettingsDialog::addPage(SettingsPage *page)
{
    m_pages.append(page);
    m_stack->addWidget(page);
    m_list->addItem(page->title());
    connect(page, &SettingsPage::changed, this, &SettingsDialog::onChanged);
}

SettingsPage *SettingsDialog::page(const QString &title) const
{
    for (SettingsPage *page : m_pages) {
        if (page->title() == title)
            return page;
    }
    return nullptr;
}

void SettingsDialog::showPage(int index)
{
    if (index < 0 || index >= m_pages.size())
        return;
    // Header rules can be scoped to the upstreams as they are being edited.
    if (auto *headers = qobject_cast<HeadersSettingsPage *>(m_pages.at(index))) {
        const AppSettings settings = edited();
        QStringList names;
        for (const UpstreamSettings::Entry &entry : settings.upstreams.upstreams)
            names.append(entry.name);
        headers->setUpstreamNames(names);
    }
    if (auto *cache = qobject_cast<CacheSettingsPage *>(m_pages.at(index)))
        cache->refreshStatistics();
    m_stack->setCurrentIndex(index);
    if (m_list->currentRow() != index)
        m_list->setCurrentRow(index);
}

AppSettings SettingsDialog::edited() const
{
    AppSettings settings = m_live->current();
    for (const SettingsPage *page : m_pages)
        page->store(settings);
    return settings;
}

void SettingsDialog::onChanged()
{
    m_buttons->button(QDialogButtonBox::Apply)->setEnabled(true);
}

void SettingsDialog::setStatus(const QString &text, bool problem)
{
    QPalette palette = m_status->palette();
    palette.setColor(QPalette::WindowText,
                     problem ? DisplayFormat::errorText(palette)
                             : this->palette().color(QPalette::WindowText));
    m_status->setPalette(palette);
    m_status->setText(text);
}

QString SettingsDialog::statusText() const
{
    return m_status->text();
}

bool SettingsDialog::apply()
{
    // Saving may wait for the keychain (an unlock prompt) in a local event loop: a second
    // Apply or OK meanwhile must not start a second save.
    if (m_applying)
        return false;
    const QScopedValueRollback guard(m_applying, true);
    m_buttons->setEnabled(false);
    const auto enableButtons = qScopeGuard([this] { m_buttons->setEnabled(true); });
    const AppSettings next = edited();
    QString error;
    if (m_pricing->hasChanges() && !m_pricing->validateOverrides(&error)) {
        showPage(int(m_pages.indexOf(m_pricing)));
        setStatus(error, true);
        return false;
    }
    QList<AppSettings::Problem> problems;
    const bool ok = m_live->apply(next, &problems, &error);
    int firstPage = -1;
    for (int i = 0; i < m_pages.size(); ++i) {
        if (m_pages.at(i)->showProblems(problems) > 0 && firstPage < 0)
            firstPage = i;
    }
    if (!ok) {
        if (firstPage >= 0)
            showPage(firstPage);
        setStatus(!error.isEmpty()
                          ? tr("Nothing was saved: %1").arg(error)
                          : tr("Nothing was saved: %n field(s) need attention (marked in red).",
                               nullptr, int(problems.size())),
                  true);
        return false;
    }
    if (m_pricing->hasChanges()) {
        if (!m_pricing->saveOverrides(&error)) {
            setStatus(tr("Settings saved, but the price overrides were not: %1").arg(error), true);
            return false;
        }
        m_live->setPrices(m_pricing->effectivePrices());
    }
    setStatus(tr("Saved."), false);
    m_buttons->button(QDialogButtonBox::Apply)->setEnabled(false);
    return true;
}

void SettingsDialog::accept()
{
    if (apply())
        QDialog::accept();
}

bool SettingsDialog::importFrom(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject()) {
        *error = tr("%1 is not JSON: %2").arg(path, parseError.errorString());
        return false;
    }
    const auto imported = AppSettings::fromJson(document.object(), m_live->secrets(), error);
    if (!imported)
        return false;
    for (SettingsPage *page : std::as_const(m_pages))
        page->load(*imported);
    onChanged();
    setStatus(tr("Imported %1. Check the pages, then Apply to save.").arg(path), false);
    return true;
}

bool SettingsDialog::exportTo(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    file.write(QJsonDocument(edited().toJson()).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void SettingsDialog::chooseImport()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import settings"), QString(),
                                                      tr("JSON files (*.json)"));
    QString error;
    if (!path.isEmpty() && !importFrom(path, &error))
        setStatus(error, true);
}

void SettingsDialog::chooseExport()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export settings"),
                                                      QStringLiteral("tokentap-settings.json"),
                                                      tr("JSON files (*.json)"));
    QString error;
    if (path.isEmpty())
        return;
    if (exportTo(path, &error))
        setStatus(tr("Exported to %1 (without keys or tokens).").arg(path), false);
    else
        setStatus(error, true);
}
