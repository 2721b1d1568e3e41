#include "headerssettingspage.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
enum Column { EnabledColumn, NameColumn, ValueColumn, ScopeColumn, ColumnCount };
}

HeadersSettingsPage::HeadersSettingsPage(QWidget *parent)
    : SettingsPage(parent)
    , m_table(new QTableWidget(0, ColumnCount, this))
{
    m_table->setObjectName(QStringLiteral("headerTable"));
    m_table->setHorizontalHeaderLabels({tr("On"), tr("Header"), tr("Value"), tr("Applies to")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(ValueColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(EnabledColumn, QHeaderView::ResizeToContents);
    m_table->setColumnWidth(NameColumn, 180);
    m_table->setColumnWidth(ScopeColumn, 150);

    auto *intro = new QLabel(tr("Headers set on every forwarded call, e.g. x-bt-use-cache: auto, "
                                "or an HTTP-Referer for OpenRouter. A rule for one upstream "
                                "wins over a rule for all."),
                             this);
    intro->setWordWrap(true);
    auto *add = new QPushButton(tr("Add"), this);
    add->setObjectName(QStringLiteral("addHeader"));
    auto *remove = new QPushButton(tr("Remove"), this);
    remove->setObjectName(QStringLiteral("removeHeader"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(errorLabelFor(QStringLiteral("headers")));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    layout->addLayout(buttons);

    connect(add, &QPushButton::clicked, this, [this] { addRule(); });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row >= 0) {
            m_table->removeRow(row);
            Q_EMIT changed();
        }
    });
    connect(m_table, &QTableWidget::itemChanged, this, &SettingsPage::changed);
}

QString HeadersSettingsPage::title() const
{
    return tr("Headers");
}

QStringList HeadersSettingsPage::fieldPrefixes() const
{
    return {QStringLiteral("headers")};
}

void HeadersSettingsPage::setUpstreamNames(const QStringList &names)
{
    // Keep what each row applies to, even a name that is gone: validation then says so.
    QList<HeaderRuleSettings::Rule> rules;
    for (int row = 0; row < m_table->rowCount(); ++row)
        rules.append(rowRule(row));
    m_upstreams = names;
    const QSignalBlocker blocker(m_table);
    for (int row = 0; row < rules.size(); ++row)
        setRow(row, rules.at(row));
}

void HeadersSettingsPage::load(const AppSettings &settings)
{
    m_upstreams.clear();
    for (const UpstreamSettings::Entry &entry : settings.upstreams.upstreams)
        m_upstreams.append(entry.name);
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(int(settings.headers.rules.size()));
    for (int row = 0; row < settings.headers.rules.size(); ++row)
        setRow(row, settings.headers.rules.at(row));
}

void HeadersSettingsPage::store(AppSettings &settings) const
{
    settings.headers.rules.clear();
    for (int row = 0; row < m_table->rowCount(); ++row)
        settings.headers.rules.append(rowRule(row));
}

void HeadersSettingsPage::addRule(const HeaderRuleSettings::Rule &rule)
{
    const int row = m_table->rowCount();
    {
        const QSignalBlocker blocker(m_table);
        m_table->setRowCount(row + 1);
        setRow(row, rule);
    }
    m_table->setCurrentCell(row, NameColumn);
    if (rule.name.isEmpty())
        m_table->editItem(m_table->item(row, NameColumn));
    Q_EMIT changed();
}

void HeadersSettingsPage::setRow(int row, const HeaderRuleSettings::Rule &rule)
{
    auto *enabled = new QTableWidgetItem;
    enabled->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    enabled->setCheckState(rule.enabled ? Qt::Checked : Qt::Unchecked);
    m_table->setItem(row, EnabledColumn, enabled);
    m_table->setItem(row, NameColumn, new QTableWidgetItem(rule.name));
    m_table->setItem(row, ValueColumn, new QTableWidgetItem(rule.value));
    auto *scope = new QComboBox(m_table);
    scope->addItem(tr("All upstreams"), QString());
    for (const QString &name : std::as_const(m_upstreams))
        scope->addItem(name, name);
    if (!rule.scope.isEmpty() && scope->findData(rule.scope) < 0)
        scope->addItem(rule.scope, rule.scope);
    scope->setCurrentIndex(scope->findData(rule.scope));
    connect(scope, &QComboBox::currentIndexChanged, this, &SettingsPage::changed);
    m_table->setCellWidget(row, ScopeColumn, scope);
}

HeaderRuleSettings::Rule HeadersSettingsPage::rowRule(int row) const
{
    HeaderRuleSettings::Rule rule;
    rule.enabled = m_table->item(row, EnabledColumn)->checkState() == Qt::Checked;
    rule.name = m_table->item(row, NameColumn)->text().trimmed();
    rule.value = m_table->item(row, ValueColumn)->text().trimmed();
    if (const auto *scope = qobject_cast<QComboBox *>(m_table->cellWidget(row, ScopeColumn)))
        rule.scope = scope->currentData().toString();
    return rule;
}

void HeadersSettingsPage::revealProblem(const AppSettings::Problem &problem)
{
    const QStringList parts = problem.field.split(u'.');
    bool ok = false;
    const int row = parts.size() >= 2 ? parts.at(1).toInt(&ok) : -1;
    if (ok && row < m_table->rowCount())
        m_table->setCurrentCell(
                row, parts.value(2) == QLatin1String("value") ? ValueColumn : NameColumn);
}
