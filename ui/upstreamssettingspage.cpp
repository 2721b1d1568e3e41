#include "upstreamssettingspage.h"

#include "trace/redaction.h"
#include "upstreamprobe.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

enum Column { DefaultColumn, NameColumn, UrlColumn, KeyColumn, ColumnCount };

QString headerText(const HttpHeaders &headers)
{
    QStringList lines;
    for (const auto &[name, value] : headers.fields())
        lines.append(QString::fromLatin1(name) + QStringLiteral(": ") + QString::fromUtf8(value));
    return lines.join(u'\n');
}

HttpHeaders parseHeaders(const QString &text)
{
    HttpHeaders headers;
    for (const QString &line : text.split(u'\n', Qt::SkipEmptyParts)) {
        const qsizetype colon = line.indexOf(u':');
        const QString name = colon > 0 ? line.left(colon).trimmed() : line.trimmed();
        // A line without a colon becomes a header without a value: validation names it.
        headers.append(name.toLatin1(),
                       colon > 0 ? line.mid(colon + 1).trimmed().toUtf8() : QByteArray());
    }
    return headers;
}

QString uniqueName(const QList<UpstreamSettings::Entry> &entries, const QString &base)
{
    const auto taken = [&](const QString &name) {
        return std::any_of(entries.cbegin(), entries.cend(),
                           [&](const UpstreamSettings::Entry &e) { return e.name == name; });
    };
    if (!taken(base))
        return base;
    for (int i = 2;; ++i) {
        const QString candidate = base + u'-' + QString::number(i);
        if (!taken(candidate))
            return candidate;
    }
}

} // namespace

UpstreamsSettingsPage::UpstreamsSettingsPage(QWidget *parent)
    : SettingsPage(parent)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_name(new QLineEdit(this))
    , m_baseUrl(new QLineEdit(this))
    , m_apiKey(new QLineEdit(this))
    , m_showKey(new QCheckBox(tr("Show"), this))
    , m_headers(new QPlainTextEdit(this))
    , m_isDefault(new QCheckBox(tr("Calls to /v1/… go here (the default upstream)"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_test(new QPushButton(tr("Test"), this))
    , m_testResult(new QLabel(this))
    , m_probe(new UpstreamProbe(this))
{
    m_table->setObjectName(QStringLiteral("upstreamTable"));
    m_table->setHorizontalHeaderLabels({tr("Default"), tr("Name"), tr("Base URL"), tr("API key")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(UrlColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(DefaultColumn, QHeaderView::ResizeToContents);
    m_name->setObjectName(QStringLiteral("upstreamName"));
    m_baseUrl->setObjectName(QStringLiteral("upstreamUrl"));
    m_baseUrl->setPlaceholderText(QStringLiteral("https://api.example.com/v1"));
    m_apiKey->setObjectName(QStringLiteral("upstreamKey"));
    m_apiKey->setEchoMode(QLineEdit::Password);
    m_apiKey->setPlaceholderText(tr("Empty: the client's own key is forwarded"));
    m_headers->setObjectName(QStringLiteral("upstreamHeaders"));
    m_headers->setPlaceholderText(tr("One per line, e.g. HTTP-Referer: https://example.com"));
    m_headers->setMaximumHeight(m_headers->fontMetrics().lineSpacing() * 4 + 12);
    m_isDefault->setObjectName(QStringLiteral("upstreamDefault"));
    m_test->setObjectName(QStringLiteral("testUpstream"));
    m_testResult->setObjectName(QStringLiteral("testResult"));
    m_testResult->setWordWrap(true);
    m_testResult->setTextFormat(Qt::PlainText);

    auto *add = new QPushButton(tr("Add"), this);
    add->setObjectName(QStringLiteral("addUpstream"));
    auto *presets = new QMenu(add);
    for (const UpstreamSettings::Preset &preset : UpstreamSettings::presets()) {
        QAction *action = presets->addAction(preset.title);
        connect(action, &QAction::triggered, this, [this, id = preset.id] { addPreset(id); });
    }
    add->setMenu(presets);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(commandLineNoteLabel());
    layout->addWidget(m_table, 1);
    layout->addWidget(errorLabelFor(QStringLiteral("upstreams")));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    layout->addLayout(buttons);

    auto *form = new QFormLayout;
    addField(form, tr("Name:"), m_name, QStringLiteral("upstreams.name"));
    addField(form, tr("Base URL:"), m_baseUrl, QStringLiteral("upstreams.baseUrl"));
    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(m_apiKey, 1);
    keyRow->addWidget(m_showKey);
    auto *keyWidget = new QWidget(this);
    keyWidget->setLayout(keyRow);
    keyRow->setContentsMargins(0, 0, 0, 0);
    addField(form, tr("API key:"), keyWidget, QStringLiteral("upstreams.apiKey"));
    addField(form, tr("Extra headers:"), m_headers, QStringLiteral("upstreams.headers"));
    form->addRow(QString(), m_isDefault);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addWidget(m_testResult, 1);
    form->addRow(QString(), testRow);
    layout->addLayout(form);

    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) { select(row); });
    connect(m_remove, &QPushButton::clicked, this, &UpstreamsSettingsPage::removeCurrent);
    connect(m_test, &QPushButton::clicked, this, &UpstreamsSettingsPage::testSelected);
    connect(m_showKey, &QCheckBox::toggled, this, [this](bool show) {
        m_apiKey->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password);
    });
    for (QLineEdit *edit : {m_name, m_baseUrl, m_apiKey})
        connect(edit, &QLineEdit::textChanged, this, &UpstreamsSettingsPage::editCurrent);
    connect(m_headers, &QPlainTextEdit::textChanged, this, &UpstreamsSettingsPage::editCurrent);
    connect(m_isDefault, &QCheckBox::toggled, this, &UpstreamsSettingsPage::editCurrent);
    connect(m_probe, &UpstreamProbe::finished, this, [this](const UpstreamProbe::Result &r) {
        m_test->setEnabled(true);
        m_testResult->setText((r.ok ? tr("Works. ") : tr("Failed. ")) + r.message);
    });
}

QString UpstreamsSettingsPage::title() const
{
    return tr("Upstreams");
}

QStringList UpstreamsSettingsPage::fieldPrefixes() const
{
    return {QStringLiteral("upstreams")};
}

void UpstreamsSettingsPage::load(const AppSettings &settings)
{
    m_entries = settings.upstreams.upstreams;
    m_default = settings.upstreams.defaultName;
    m_current = -1;
    m_table->setRowCount(int(m_entries.size()));
    for (int row = 0; row < m_entries.size(); ++row)
        refreshRow(row);
    select(m_entries.isEmpty() ? -1 : 0);
    if (!m_entries.isEmpty())
        m_table->setCurrentCell(0, NameColumn);
}

void UpstreamsSettingsPage::store(AppSettings &settings) const
{
    settings.upstreams.upstreams = m_entries;
    settings.upstreams.defaultName = m_default;
}

void UpstreamsSettingsPage::refreshRow(int row)
{
    const UpstreamSettings::Entry &entry = m_entries.at(row);
    const auto set = [&](int column, const QString &text) {
        QTableWidgetItem *item = m_table->item(row, column);
        if (!item) {
            item = new QTableWidgetItem;
            m_table->setItem(row, column, item);
        }
        item->setText(text);
    };
    set(DefaultColumn, entry.name == m_default ? QStringLiteral("★") : QString());
    set(NameColumn, entry.name);
    set(UrlColumn, entry.baseUrl);
    set(KeyColumn,
        entry.apiKey.isEmpty() ? tr("client's own")
                               : QString::fromUtf8(Redaction::redactValue(entry.apiKey)));
}

void UpstreamsSettingsPage::select(int row)
{
    m_current = row >= 0 && row < m_entries.size() ? row : -1;
    const bool any = m_current >= 0;
    for (QWidget *w : std::initializer_list<QWidget *> {m_name, m_baseUrl, m_apiKey, m_headers,
                                                        m_isDefault, m_remove, m_test})
        w->setEnabled(any);
    m_filling = true;
    const UpstreamSettings::Entry entry = any ? m_entries.at(m_current) : UpstreamSettings::Entry();
    m_name->setText(entry.name);
    m_baseUrl->setText(entry.baseUrl);
    m_apiKey->setText(QString::fromUtf8(entry.apiKey));
    m_headers->setPlainText(headerText(entry.extraHeaders));
    m_isDefault->setChecked(any && entry.name == m_default);
    m_testResult->clear();
    m_filling = false;
}

void UpstreamsSettingsPage::editCurrent()
{
    if (m_filling || m_current < 0)
        return;
    UpstreamSettings::Entry &entry = m_entries[m_current];
    const QString oldName = entry.name;
    entry.name = m_name->text().trimmed();
    entry.baseUrl = m_baseUrl->text().trimmed();
    entry.apiKey = m_apiKey->text().trimmed().toUtf8();
    entry.extraHeaders = parseHeaders(m_headers->toPlainText());
    if (m_isDefault->isChecked() || m_default == oldName)
        m_default = m_isDefault->isChecked() ? entry.name : QString();
    for (int row = 0; row < m_entries.size(); ++row)
        refreshRow(row);
    Q_EMIT changed();
}

void UpstreamsSettingsPage::addPreset(const QString &presetId)
{
    UpstreamSettings::Entry entry;
    for (const UpstreamSettings::Preset &preset : UpstreamSettings::presets()) {
        if (preset.id == presetId) {
            entry.name = uniqueName(m_entries,
                                    presetId == QLatin1String("custom") ? QStringLiteral("custom")
                                                                        : preset.id);
            entry.baseUrl = preset.baseUrl;
        }
    }
    if (entry.name.isEmpty())
        return;
    m_entries.append(entry);
    if (m_default.isEmpty())
        m_default = entry.name;
    const int row = int(m_entries.size()) - 1;
    m_table->setRowCount(row + 1);
    refreshRow(row);
    m_table->setCurrentCell(row, NameColumn);
    select(row);
    m_baseUrl->setFocus();
    Q_EMIT changed();
}

void UpstreamsSettingsPage::removeCurrent()
{
    if (m_current < 0)
        return;
    const int row = m_current;
    if (m_entries.at(row).name == m_default)
        m_default.clear();
    m_entries.removeAt(row);
    m_current = -1;
    m_table->removeRow(row);
    const int next = std::min(row, int(m_entries.size()) - 1);
    if (next >= 0)
        m_table->setCurrentCell(next, NameColumn);
    select(next);
    Q_EMIT changed();
}

void UpstreamsSettingsPage::testSelected()
{
    if (m_current < 0)
        return;
    m_test->setEnabled(false);
    m_testResult->setText(tr("Asking %1 for its models…").arg(m_entries.at(m_current).baseUrl));
    m_probe->start(m_entries.at(m_current));
}

QString UpstreamsSettingsPage::testResultText() const
{
    return m_testResult->text();
}

void UpstreamsSettingsPage::revealProblem(const AppSettings::Problem &problem)
{
    // "upstreams.<row>.<field>": select the row so its form shows the field.
    const QStringList parts = problem.field.split(u'.');
    bool ok = false;
    const int row = parts.size() >= 2 ? parts.at(1).toInt(&ok) : -1;
    if (ok && row >= 0 && row < m_entries.size()) {
        m_table->setCurrentCell(row, NameColumn);
        select(row);
    }
}

QString UpstreamsSettingsPage::lineFor(const QString &field) const
{
    QStringList parts = field.split(u'.');
    bool isRow = false;
    if (parts.size() == 3)
        parts.at(1).toInt(&isRow);
    if (isRow)
        parts.removeAt(1);
    return parts.join(u'.');
}
