#include "exportsettingspage.h"

#include "headerlines.h"
#include "otlpdestinationtablemodel.h"

#include "export/otlpconnectiontest.h"
#include "export/otlpexportservice.h"
#include "trace/tracefilter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

// A new destination from a preset, its key and project left for the user to fill in.
OtlpDestination fromPreset(OtlpDestination::Preset preset)
{
    using Preset = OtlpDestination::Preset;
    switch (preset) {
    case Preset::Braintrust:
        return OtlpDestination::braintrust({}, u"project_id:"_s);
    case Preset::BraintrustSelfHosted: {
        // There is no sensible default host: an empty URL asks for one (Apply says so).
        OtlpDestination d = OtlpDestination::braintrustSelfHosted(QUrl(), {}, u"project_id:"_s);
        d.endpoint = QUrl();
        return d;
    }
    case Preset::Langfuse:
        return OtlpDestination::langfuse({}, {});
    case Preset::Phoenix:
        return OtlpDestination::phoenix();
    case Preset::LocalCollector:
        return OtlpDestination::localCollector();
    case Preset::Custom:
        break;
    }
    OtlpDestination d;
    d.id = u"otlp"_s;
    d.name = OtlpDestination::presetName(Preset::Custom);
    return d;
}

} // namespace

ExportSettingsPage::ExportSettingsPage(OtlpExportService *service, QWidget *parent)
    : SettingsPage(parent)
    , m_service(service)
    , m_model(new OtlpDestinationTableModel(this))
    , m_test(new OtlpConnectionTest(this))
{
    m_table = new QTableView(this);
    m_table->setObjectName(u"destinationTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(OtlpDestinationTableModel::EndpointColumn, QHeaderView::Stretch);
    m_table->setColumnWidth(OtlpDestinationTableModel::EnabledColumn, 64);
    m_table->setColumnWidth(OtlpDestinationTableModel::NameColumn, 140);
    m_table->setColumnWidth(OtlpDestinationTableModel::PresetColumn, 130);
    m_table->setColumnWidth(OtlpDestinationTableModel::EncodingColumn, 72);
    m_table->setColumnWidth(OtlpDestinationTableModel::StatusColumn, 200);
    m_table->setColumnHidden(OtlpDestinationTableModel::StatusColumn, !m_service);
    m_table->setMinimumHeight(120);

    auto *addButton = new QPushButton(tr("Add"), this);
    addButton->setObjectName(u"addButton"_s);
    auto *presetMenu = new QMenu(addButton);
    for (const OtlpDestination::Preset preset : OtlpDestination::presets()) {
        QAction *action = presetMenu->addAction(OtlpDestination::presetName(preset));
        action->setData(int(preset));
        connect(action, &QAction::triggered, this, [this, preset] { addDestination(preset); });
    }
    addButton->setMenu(presetMenu);
    m_removeButton = new QPushButton(tr("Remove"), this);
    m_removeButton->setObjectName(u"removeButton"_s);
    connect(m_removeButton, &QPushButton::clicked, this,
            &ExportSettingsPage::removeCurrentDestination);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(addButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    // Every problem of a destination ("export.N") lands here; revealProblem() selects row N.
    layout->addWidget(errorLabelFor(u"export."_s));
    m_form = createForm();
    layout->addWidget(m_form);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { showCurrent(); });
    connect(m_model, &OtlpDestinationTableModel::edited, this, [this](int row) {
        if (row == currentRow()) {
            m_loading = true;
            m_enabled->setChecked(m_model->destination(row).enabled);
            m_loading = false;
            updateStatusLine();
        }
        Q_EMIT changed();
    });
    connect(m_test, &OtlpConnectionTest::finished, this, &ExportSettingsPage::showTestResult);
    if (m_service) {
        m_model->setStatuses(m_service->statuses());
        connect(m_service, &OtlpExportService::statusChanged, this,
                [this](const QString &id, const OtlpDestinationStatus &status) {
                    m_model->setStatus(id, status);
                    if (id == m_model->destination(currentRow()).id)
                        updateStatusLine();
                });
    }
    showCurrent();
}

ExportSettingsPage::~ExportSettingsPage() = default;

QLabel *ExportSettingsPage::createErrorLine(const QString &objectName)
{
    auto *label = new QLabel(this);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    // The same colour as the page's problem lines.
    label->setPalette(errorLabelFor(u"export."_s)->palette());
    label->hide();
    return label;
}

QGroupBox *ExportSettingsPage::createForm()
{
    auto *box = new QGroupBox(tr("Destination"), this);
    auto *form = new QFormLayout(box);

    m_name = new QLineEdit(box);
    m_name->setObjectName(u"nameEdit"_s);
    form->addRow(tr("Name:"), m_name);
    connect(m_name, &QLineEdit::textChanged, this, [this](const QString &text) {
        editCurrent([&](OtlpDestination &d) { d.name = text; });
    });

    m_endpoint = new QLineEdit(box);
    m_endpoint->setObjectName(u"endpointEdit"_s);
    m_endpoint->setPlaceholderText(tr("https://collector.example.com/v1/traces"));
    form->addRow(tr("Endpoint URL:"), m_endpoint);
    connect(m_endpoint, &QLineEdit::textChanged, this, [this](const QString &text) {
        editCurrent([&](OtlpDestination &d) { d.endpoint = QUrl(text.trimmed()); });
    });

    m_encoding = new QComboBox(box);
    m_encoding->setObjectName(u"encodingCombo"_s);
    m_encoding->addItem(tr("Protobuf (proto)"), int(OtlpDestination::Encoding::Protobuf));
    m_encoding->addItem(tr("JSON"), int(OtlpDestination::Encoding::Json));
    m_encoding->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    form->addRow(tr("Encoding:"), m_encoding);
    connect(m_encoding, &QComboBox::currentIndexChanged, this, [this] {
        const auto encoding = OtlpDestination::Encoding(m_encoding->currentData().toInt());
        editCurrent([&](OtlpDestination &d) { d.encoding = encoding; });
    });

    m_headers = new QPlainTextEdit(box);
    m_headers->setObjectName(u"headersEdit"_s);
    m_headers->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_headers->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_headers->setTabChangesFocus(true);
    m_headers->setPlaceholderText(tr("Authorization: Bearer KEY\nx-bt-parent: project_id:ID"));
    m_headers->setFixedHeight(m_headers->fontMetrics().lineSpacing() * 4
                              + 2 * (m_headers->frameWidth() + 4));
    m_headers->installEventFilter(this);
    form->addRow(tr("Headers:"), m_headers);
    connect(m_headers, &QPlainTextEdit::textChanged, this, [this] {
        if (m_loading)
            return;
        QString error;
        const HttpHeaders headers =
                HeaderLines::parse(m_headers->toPlainText(), m_shownHeaders, &error);
        m_headersError->setText(error);
        m_headersError->setVisible(!error.isEmpty());
        editCurrent([&](OtlpDestination &d) { d.headers = headers; });
    });
    m_headersError = createErrorLine(u"headersError"_s);
    form->addRow(QString(), m_headersError);
    m_showSecrets = new QCheckBox(tr("Show secrets"), box);
    m_showSecrets->setObjectName(u"showSecretsCheck"_s);
    m_showSecrets->setToolTip(tr("Keys in Authorization and other secret headers are shown as "
                                 "their last four characters until this is ticked."));
    form->addRow(QString(), m_showSecrets);
    connect(m_showSecrets, &QCheckBox::toggled, this, [this] { showHeaders(); });

    m_gzip = new QCheckBox(tr("Compress requests (gzip)"), box);
    m_gzip->setObjectName(u"gzipCheck"_s);
    form->addRow(tr("Compression:"), m_gzip);
    connect(m_gzip, &QCheckBox::toggled, this,
            [this](bool on) { editCurrent([&](OtlpDestination &d) { d.gzip = on; }); });

    m_privacy = new QCheckBox(tr("Send metrics only, never message content"), box);
    m_privacy->setObjectName(u"privacyCheck"_s);
    form->addRow(tr("Privacy:"), m_privacy);
    connect(m_privacy, &QCheckBox::toggled, this,
            [this](bool on) { editCurrent([&](OtlpDestination &d) { d.privacy = on; }); });

    m_sampling = new QDoubleSpinBox(box);
    m_sampling->setObjectName(u"samplingSpin"_s);
    m_sampling->setRange(0, 100);
    m_sampling->setDecimals(1);
    m_sampling->setSuffix(tr(" %"));
    m_sampling->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_sampling->setToolTip(tr("The share of traces sent; a trace is sent whole or not at all."));
    form->addRow(tr("Sampling:"), m_sampling);
    connect(m_sampling, &QDoubleSpinBox::valueChanged, this, [this](double percent) {
        editCurrent([&](OtlpDestination &d) { d.samplingRate = percent / 100.0; });
    });

    m_filter = new QLineEdit(box);
    m_filter->setObjectName(u"filterEdit"_s);
    m_filter->setPlaceholderText(
            tr("Every call (or a filter such as model:gpt-4o* -status:>=400)"));
    form->addRow(tr("Filter:"), m_filter);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        updateFilterError();
        editCurrent([&](OtlpDestination &d) { d.filter = text.trimmed(); });
    });
    m_filterError = createErrorLine(u"filterError"_s);
    form->addRow(QString(), m_filterError);

    m_enabled = new QCheckBox(tr("Export calls to this destination"), box);
    m_enabled->setObjectName(u"enabledCheck"_s);
    form->addRow(tr("Enabled:"), m_enabled);
    connect(m_enabled, &QCheckBox::toggled, this,
            [this](bool on) { editCurrent([&](OtlpDestination &d) { d.enabled = on; }); });

    m_testButton = new QPushButton(tr("Test connection"), box);
    m_testButton->setObjectName(u"testButton"_s);
    m_testButton->setToolTip(tr("Sends one test span to this destination as edited here."));
    connect(m_testButton, &QPushButton::clicked, this, &ExportSettingsPage::testConnection);
    m_testResult = new QLabel(box);
    m_testResult->setObjectName(u"testResult"_s);
    m_testResult->setTextFormat(Qt::PlainText);
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_testButton);
    testRow->addWidget(m_testResult, 1);
    form->addRow(QString(), testRow);

    m_statusLine = new QLabel(box);
    m_statusLine->setObjectName(u"statusLine"_s);
    m_statusLine->setTextFormat(Qt::PlainText);
    m_statusLine->setWordWrap(true);
    m_statusLine->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (m_service)
        form->addRow(tr("Status:"), m_statusLine);
    else
        m_statusLine->hide();
    return box;
}

QString ExportSettingsPage::title() const
{
    return tr("Export");
}

QStringList ExportSettingsPage::fieldPrefixes() const
{
    return {u"export."_s};
}

void ExportSettingsPage::load(const AppSettings &settings)
{
    m_model->setDestinations(settings.exports.destinations);
    if (m_service)
        m_model->setStatuses(m_service->statuses());
    m_testedId.clear();
    m_testResult->clear();
    setCurrentRow(m_model->rowCount() > 0 ? 0 : -1);
}

void ExportSettingsPage::store(AppSettings &settings) const
{
    settings.exports.destinations = m_model->destinations();
}

int ExportSettingsPage::currentRow() const
{
    return m_table->selectionModel()->currentIndex().row();
}

void ExportSettingsPage::setCurrentRow(int row)
{
    QItemSelectionModel *selection = m_table->selectionModel();
    if (row >= 0 && row < m_model->rowCount()) {
        // Column 0: scrolling to it never moves the table sideways.
        const QModelIndex index = m_model->index(row, OtlpDestinationTableModel::EnabledColumn);
        selection->setCurrentIndex(index,
                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_table->scrollTo(index);
    } else {
        selection->clear();
    }
    showCurrent();
}

int ExportSettingsPage::addDestination(OtlpDestination::Preset preset)
{
    OtlpDestination d = fromPreset(preset);
    d.id = m_model->uniqueId(d.id);
    d.name = m_model->uniqueName(d.name);
    const int row = m_model->appendDestination(d);
    setCurrentRow(row);
    Q_EMIT changed();
    m_name->setFocus();
    return row;
}

void ExportSettingsPage::removeCurrentDestination()
{
    const int row = currentRow();
    if (row < 0)
        return;
    m_model->removeRows(row, 1);
    setCurrentRow(std::min(row, m_model->rowCount() - 1));
    Q_EMIT changed();
}

bool ExportSettingsPage::secretsShown() const
{
    return m_showSecrets->isChecked();
}

void ExportSettingsPage::setSecretsShown(bool shown)
{
    m_showSecrets->setChecked(shown);
}

void ExportSettingsPage::testConnection()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const OtlpDestination d = m_model->destination(row);
    m_testedId = d.id;
    m_testResult->setPalette(palette());
    m_testResult->setText(tr("Testing…"));
    m_test->start(d);
}

void ExportSettingsPage::showTestResult(const OtlpTestResult &result)
{
    // The selection moved on: this answer is about another destination.
    if (m_testedId != m_model->destination(currentRow()).id)
        return;
    m_testResult->setPalette(result.ok ? palette() : errorLabelFor(u"export."_s)->palette());
    m_testResult->setText(result.message);
}

void ExportSettingsPage::revealProblem(const AppSettings::Problem &problem)
{
    bool ok = false;
    const int row = problem.field.section(u'.', 1, 1).toInt(&ok);
    if (ok)
        setCurrentRow(row);
}

bool ExportSettingsPage::eventFilter(QObject *watched, QEvent *event)
{
    // Masks go back on once the field is left, so a key just pasted does not stay on screen.
    if (watched == m_headers && event->type() == QEvent::FocusOut && !secretsShown()
        && m_headersError->isHidden()) {
        const HttpHeaders headers = m_model->destination(currentRow()).headers;
        if (HeaderLines::format(headers, true) != m_headers->toPlainText())
            showHeaders();
    }
    return SettingsPage::eventFilter(watched, event);
}

void ExportSettingsPage::showCurrent()
{
    const int row = currentRow();
    const bool selected = row >= 0;
    const OtlpDestination d = selected ? m_model->destination(row) : OtlpDestination();
    m_form->setEnabled(selected);
    m_removeButton->setEnabled(selected);

    m_loading = true;
    m_name->setText(d.name);
    m_endpoint->setText(d.endpoint.toString());
    m_encoding->setCurrentIndex(m_encoding->findData(int(d.encoding)));
    m_gzip->setChecked(d.gzip);
    m_privacy->setChecked(d.privacy);
    m_sampling->setValue(d.samplingRate * 100.0);
    m_filter->setText(d.filter);
    m_enabled->setChecked(d.enabled);
    m_loading = false;
    showHeaders();
    m_headersError->hide();
    updateFilterError();
    if (d.id != m_testedId || !selected)
        m_testResult->clear();
    updateStatusLine();
}

void ExportSettingsPage::showHeaders()
{
    m_shownHeaders = m_model->destination(currentRow()).headers;
    const bool loading = m_loading;
    m_loading = true;
    m_headers->setPlainText(HeaderLines::format(m_shownHeaders, !secretsShown()));
    m_loading = loading;
}

void ExportSettingsPage::editCurrent(const std::function<void(OtlpDestination &)> &edit)
{
    const int row = currentRow();
    if (m_loading || row < 0)
        return;
    OtlpDestination d = m_model->destination(row);
    edit(d);
    if (d == m_model->destination(row))
        return;
    m_model->setDestination(row, d);
    // The test's answer was about the destination as it was; a fixed endpoint, key or filter must
    // not go on showing the old error, and an answer still on its way is about the old one too.
    if (d.id == m_testedId) {
        m_testedId.clear();
        m_testResult->clear();
    }
    Q_EMIT changed();
}

void ExportSettingsPage::updateFilterError()
{
    QString why;
    const bool ok = TraceFilter::parse(m_filter->text(), &why).has_value();
    m_filterError->setText(ok ? QString() : tr("Invalid filter: %1").arg(why));
    m_filterError->setVisible(!ok);
}

void ExportSettingsPage::updateStatusLine()
{
    if (!m_service)
        return;
    const int row = currentRow();
    if (row < 0) {
        m_statusLine->clear();
        return;
    }
    const OtlpDestination d = m_model->destination(row);
    if (!d.enabled) {
        m_statusLine->setText(tr("Export to this destination is off."));
        return;
    }
    if (!m_model->hasStatus(d.id)) {
        m_statusLine->setText(tr("Nothing sent yet."));
        return;
    }
    const OtlpDestinationStatus status = m_model->status(d.id);
    const QLocale locale;
    QStringList lines {OtlpDestinationTableModel::statusSummary(status)};
    if (status.lastSuccessAt.isValid()) {
        lines.append(tr("Last delivery: %1")
                             .arg(locale.toString(status.lastSuccessAt.toLocalTime(),
                                                  QLocale::ShortFormat)));
    }
    if (!status.lastError.isEmpty()) {
        const QString when = status.lastErrorAt.isValid()
                ? locale.toString(status.lastErrorAt.toLocalTime(), QLocale::ShortFormat)
                : QString();
        lines.append(when.isEmpty() ? tr("Last error: %1").arg(status.lastError)
                                    : tr("Last error (%1): %2").arg(when, status.lastError));
    }
    m_statusLine->setText(lines.join(u'\n'));
}
