#include "tracingsettingspage.h"

#include "trace/traceservice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace {

enum Column { UserColumn, TracingColumn, PrivacyColumn, CacheColumn, ExpiresColumn, ColumnCount };

// The earliest time the expiry editor shows: it stands for "never" (special value text).
QDateTime neverMarker()
{
    return QDateTime(QDate(2000, 1, 1), QTime(0, 0));
}

QComboBox *choice(QWidget *parent, const QString &yes, const QString &no,
                  const std::optional<bool> &value)
{
    auto *box = new QComboBox(parent);
    box->addItem(QCoreApplication::translate("TracingSettingsPage", "Default"), QVariant());
    box->addItem(yes, true);
    box->addItem(no, false);
    box->setCurrentIndex(!value ? 0 : (*value ? 1 : 2));
    return box;
}

QDateTimeEdit *expiryEditor(QWidget *parent, const QDateTime &expires)
{
    auto *editor = new QDateTimeEdit(parent);
    editor->setCalendarPopup(true);
    editor->setMinimumDateTime(neverMarker());
    editor->setSpecialValueText(QCoreApplication::translate("TracingSettingsPage", "Never"));
    editor->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    editor->setDateTime(expires.isValid() ? expires.toLocalTime() : neverMarker());
    return editor;
}

std::optional<bool> choiceValue(const QWidget *widget)
{
    const auto *box = qobject_cast<const QComboBox *>(widget);
    if (!box || box->currentIndex() <= 0)
        return std::nullopt;
    return box->currentData().toBool();
}

} // namespace

TracingSettingsPage::TracingSettingsPage(TraceService *traces, QWidget *parent)
    : SettingsPage(parent)
    , m_traces(traces)
    , m_tracing(new QCheckBox(tr("Record calls"), this))
    , m_privacy(
              new QCheckBox(tr("Privacy mode: keep metrics only, no bodies or message text"), this))
    , m_retentionDays(new QSpinBox(this))
    , m_maxDatabase(new QSpinBox(this))
    , m_maxBody(new QSpinBox(this))
    , m_users(new QTableWidget(0, ColumnCount, this))
{
    m_tracing->setObjectName(QStringLiteral("tracingEnabled"));
    m_privacy->setObjectName(QStringLiteral("privacyMode"));
    m_retentionDays->setObjectName(QStringLiteral("retentionDays"));
    m_retentionDays->setRange(0, 36500);
    m_retentionDays->setSpecialValueText(tr("forever"));
    m_retentionDays->setSuffix(tr(" days"));
    m_maxDatabase->setObjectName(QStringLiteral("maxDatabase"));
    m_maxDatabase->setRange(0, 1024 * 1024);
    m_maxDatabase->setSpecialValueText(tr("no limit"));
    m_maxDatabase->setSuffix(tr(" MiB"));
    m_maxBody->setObjectName(QStringLiteral("maxRecordedBody"));
    m_maxBody->setRange(1, 1024);
    m_maxBody->setSuffix(tr(" MiB"));
    m_users->setObjectName(QStringLiteral("userPolicies"));
    m_users->setHorizontalHeaderLabels(
            {tr("User"), tr("Recording"), tr("Privacy"), tr("Cache"), tr("Until")});
    m_users->verticalHeader()->hide();
    m_users->horizontalHeader()->setSectionResizeMode(UserColumn, QHeaderView::Stretch);
    // Each column as wide as its widest choice in the language in use ("Don't record",
    // "Nicht aufzeichnen"), measured on a widget like the rows'.
    const auto fit = [this](int column, QWidget *probe) {
        m_users->setColumnWidth(column,
                                std::max(probe->sizeHint().width(),
                                         m_users->horizontalHeader()->sectionSizeHint(column)));
        delete probe;
    };
    fit(TracingColumn, choice(nullptr, tr("Record"), tr("Don't record"), std::nullopt));
    fit(PrivacyColumn, choice(nullptr, tr("Metrics only"), tr("Full"), std::nullopt));
    fit(CacheColumn, choice(nullptr, tr("Allowed"), tr("Bypassed"), std::nullopt));
    fit(ExpiresColumn, expiryEditor(nullptr, {}));

    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->addRow(m_tracing);
    form->addRow(m_privacy);
    addField(form, tr("Keep calls for:"), m_retentionDays, QStringLiteral("tracing.retentionDays"));
    addField(form, tr("Largest database:"), m_maxDatabase,
             QStringLiteral("tracing.maxDatabaseMiB"));
    addField(form, tr("Record bodies up to:"), m_maxBody, QStringLiteral("tracing.maxBodyMiB"));
    layout->addLayout(form);

    auto *usersLabel = new QLabel(tr("Per-user policies (the user comes from x-tokentap-user or "
                                     "the body's user field); after their date the defaults "
                                     "above apply again:"),
                                  this);
    usersLabel->setWordWrap(true);
    layout->addWidget(usersLabel);
    layout->addWidget(m_users, 1);
    layout->addWidget(errorLabelFor(QStringLiteral("tracing.users")));
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add user"), this);
    add->setObjectName(QStringLiteral("addUserPolicy"));
    auto *remove = new QPushButton(tr("Remove"), this);
    auto *deleteAll = new QPushButton(tr("Delete all traces…"), this);
    deleteAll->setObjectName(QStringLiteral("deleteAllTraces"));
    deleteAll->setEnabled(m_traces != nullptr);
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    buttons->addWidget(deleteAll);
    layout->addLayout(buttons);

    connect(add, &QPushButton::clicked, this, [this] {
        TracingPolicy::UserPolicy policy;
        policy.expires = QDateTime::currentDateTime().addDays(7);
        addUserPolicy(policy);
        m_users->editItem(m_users->item(m_users->rowCount() - 1, UserColumn));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_users->currentRow() >= 0) {
            m_users->removeRow(m_users->currentRow());
            Q_EMIT changed();
        }
    });
    connect(deleteAll, &QPushButton::clicked, this, &TracingSettingsPage::deleteAllTraces);
    connect(m_tracing, &QCheckBox::toggled, this, &SettingsPage::changed);
    connect(m_privacy, &QCheckBox::toggled, this, &SettingsPage::changed);
    for (QSpinBox *box : {m_retentionDays, m_maxDatabase, m_maxBody})
        connect(box, &QSpinBox::valueChanged, this, &SettingsPage::changed);
    connect(m_users, &QTableWidget::itemChanged, this, &SettingsPage::changed);
}

QString TracingSettingsPage::title() const
{
    return tr("Tracing & privacy");
}

QStringList TracingSettingsPage::fieldPrefixes() const
{
    return {QStringLiteral("tracing.")};
}

void TracingSettingsPage::load(const AppSettings &settings)
{
    const TracingSettings &t = settings.tracing;
    m_tracing->setChecked(t.policy.tracing);
    m_privacy->setChecked(t.policy.privacy);
    m_retentionDays->setValue(t.retention.maxAgeDays);
    m_maxDatabase->setValue(int(t.retention.maxBytes / (1024 * 1024)));
    m_maxBody->setValue(int(std::max<qint64>(1, t.maxRecordedBodyBytes / (1024 * 1024))));
    const QSignalBlocker blocker(m_users);
    m_users->setRowCount(0);
    for (const TracingPolicy::UserPolicy &policy : t.policy.users)
        addUserPolicy(policy);
}

void TracingSettingsPage::store(AppSettings &settings) const
{
    TracingSettings &t = settings.tracing;
    t.policy.tracing = m_tracing->isChecked();
    t.policy.privacy = m_privacy->isChecked();
    t.retention.maxAgeDays = m_retentionDays->value();
    t.retention.maxBytes = qint64(m_maxDatabase->value()) * 1024 * 1024;
    // Whole MiB in the dialog; a finer cap set elsewhere survives when left at its MiB value.
    if (t.maxRecordedBodyBytes / (1024 * 1024) != m_maxBody->value())
        t.maxRecordedBodyBytes = qint64(m_maxBody->value()) * 1024 * 1024;
    t.policy.users.clear();
    for (int row = 0; row < m_users->rowCount(); ++row)
        t.policy.users.append(rowPolicy(row));
}

void TracingSettingsPage::addUserPolicy(const TracingPolicy::UserPolicy &policy)
{
    const int row = m_users->rowCount();
    {
        const QSignalBlocker blocker(m_users);
        m_users->setRowCount(row + 1);
        setRow(row, policy);
    }
    m_users->setCurrentCell(row, UserColumn);
    Q_EMIT changed();
}

void TracingSettingsPage::setRow(int row, const TracingPolicy::UserPolicy &policy)
{
    m_users->setItem(row, UserColumn, new QTableWidgetItem(policy.user));
    const auto watch = [this](QComboBox *box) {
        connect(box, &QComboBox::currentIndexChanged, this, &SettingsPage::changed);
        return box;
    };
    m_users->setCellWidget(
            row, TracingColumn,
            watch(choice(m_users, tr("Record"), tr("Don't record"), policy.tracing)));
    m_users->setCellWidget(row, PrivacyColumn,
                           watch(choice(m_users, tr("Metrics only"), tr("Full"), policy.privacy)));
    m_users->setCellWidget(
            row, CacheColumn,
            watch(choice(m_users, tr("Allowed"), tr("Bypassed"), policy.cacheAllowed)));
    auto *expires = expiryEditor(m_users, policy.expires);
    connect(expires, &QDateTimeEdit::dateTimeChanged, this, &SettingsPage::changed);
    m_users->setCellWidget(row, ExpiresColumn, expires);
}

TracingPolicy::UserPolicy TracingSettingsPage::rowPolicy(int row) const
{
    TracingPolicy::UserPolicy policy;
    policy.user = m_users->item(row, UserColumn)->text().trimmed();
    policy.tracing = choiceValue(m_users->cellWidget(row, TracingColumn));
    policy.privacy = choiceValue(m_users->cellWidget(row, PrivacyColumn));
    policy.cacheAllowed = choiceValue(m_users->cellWidget(row, CacheColumn));
    if (const auto *expires =
                qobject_cast<QDateTimeEdit *>(m_users->cellWidget(row, ExpiresColumn));
        expires && expires->dateTime() != neverMarker())
        policy.expires = expires->dateTime();
    return policy;
}

void TracingSettingsPage::revealProblem(const AppSettings::Problem &problem)
{
    bool ok = false;
    const int row = problem.field.section(u'.', 2, 2).toInt(&ok);
    if (ok && row < m_users->rowCount())
        m_users->setCurrentCell(row, UserColumn);
}

void TracingSettingsPage::deleteAllTraces()
{
    if (QMessageBox::warning(this, tr("Delete all traces"),
                             tr("Delete every recorded call? This cannot be undone."),
                             QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    m_traces->deleteAll();
}
