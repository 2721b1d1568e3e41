#include "exportdialog.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QThread>
#include <QVBoxLayout>

#include <memory>

ExportDialog::ExportDialog(const QString &databasePath, const QString &filterText,
                           const QList<qint64> &selectedIds, QWidget *parent)
    : QDialog(parent)
    , m_databasePath(databasePath)
    , m_filterText(filterText)
    , m_selectedIds(selectedIds)
    , m_format(new QComboBox(this))
    , m_scope(new QButtonGroup(this))
    , m_anthropic(new QCheckBox(tr("Anthropic Messages shape instead of OpenAI chat"), this))
    , m_noSystem(new QCheckBox(tr("Leave system prompts out"), this))
    , m_models(new QLineEdit(this))
    , m_path(new QLineEdit(this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("Export calls"));
    setObjectName(QStringLiteral("exportDialog"));
    m_format->addItem(tr("Fine-tuning examples (JSONL)"), QStringLiteral("jsonl"));
    m_format->addItem(tr("HTTP Archive (HAR 1.2)"), QStringLiteral("har"));
    m_format->addItem(tr("Usage table (CSV)"), QStringLiteral("csv"));
    m_format->addItem(tr("OpenTelemetry spans (OTLP/JSON)"), QStringLiteral("otlp-json"));

    auto *scopeBox = new QGroupBox(tr("Calls"), this);
    auto *scopeLayout = new QVBoxLayout(scopeBox);
    auto *all = new QRadioButton(tr("All recorded calls"), scopeBox);
    auto *filtered = new QRadioButton(filterText.isEmpty()
                                              ? tr("Calls matching the filter (none set)")
                                              : tr("Calls matching the filter: %1").arg(filterText),
                                      scopeBox);
    auto *selected = new QRadioButton(
            tr("The %n selected call(s)", nullptr, int(selectedIds.size())), scopeBox);
    filtered->setEnabled(!filterText.isEmpty());
    selected->setEnabled(!selectedIds.isEmpty());
    m_scope->addButton(all, AllCalls);
    m_scope->addButton(filtered, FilteredCalls);
    m_scope->addButton(selected, SelectedCalls);
    for (QAbstractButton *b : m_scope->buttons())
        scopeLayout->addWidget(b);
    (selectedIds.size() > 1 ? selected : filterText.isEmpty() ? all : filtered)->setChecked(true);

    m_models->setPlaceholderText(tr("every model; or e.g. gpt-4o*, o4-mini"));
    m_path->setObjectName(QStringLiteral("exportPath"));
    m_path->setText(QDir::home().filePath(QStringLiteral("tokentap-export.jsonl")));
    // The suggested path shows whole (up to a long home folder's worth).
    const QFontMetrics metrics = m_path->fontMetrics();
    m_path->setMinimumWidth(
            std::min(metrics.horizontalAdvance(m_path->text()), metrics.averageCharWidth() * 80)
            + metrics.averageCharWidth() * 4);
    auto *browseButton = new QPushButton(tr("Browse…"), this);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browseButton);
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("exportStatus"));

    auto *form = new QFormLayout;
    form->addRow(tr("Format:"), m_format);
    form->addRow(scopeBox);
    form->addRow(m_anthropic);
    form->addRow(m_noSystem);
    form->addRow(tr("Only models:"), m_models);
    form->addRow(tr("File:"), pathRow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(browseButton, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::updateFields);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::start);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateFields();
}

void ExportDialog::updateFields()
{
    const bool jsonl = m_format->currentData().toString() == QLatin1String("jsonl");
    m_anthropic->setEnabled(jsonl);
    m_noSystem->setEnabled(jsonl);
    m_models->setEnabled(jsonl);
    // The file name follows the format while it is still the suggested one.
    static const QStringList Suffixes = {QStringLiteral("jsonl"), QStringLiteral("har"),
                                         QStringLiteral("csv"), QStringLiteral("json")};
    const QString path = m_path->text();
    const QString suffix = QFileInfo(path).suffix();
    if (Suffixes.contains(suffix)) {
        const QString format = m_format->currentData().toString();
        const QString wanted =
                format == QLatin1String("otlp-json") ? QStringLiteral("json") : format;
        m_path->setText(path.left(path.size() - suffix.size()) + wanted);
    }
}

void ExportDialog::browse()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export to"), m_path->text());
    if (!path.isEmpty())
        m_path->setText(path);
}

void ExportDialog::setFormat(const QString &format)
{
    m_format->setCurrentIndex(m_format->findData(format));
}

void ExportDialog::setScope(Scope scope)
{
    m_scope->button(scope)->setChecked(true);
}

void ExportDialog::setOutputPath(const QString &path)
{
    m_path->setText(path);
}

ExportRequest ExportDialog::request() const
{
    ExportRequest r {m_format->currentData().toString(), m_databasePath, QString(),
                     m_path->text().trimmed()};
    if (m_scope->checkedId() == FilteredCalls)
        r.filter = m_filterText;
    else if (m_scope->checkedId() == SelectedCalls)
        r.ids = m_selectedIds;
    r.fineTune.format = m_anthropic->isChecked() ? FineTuneExporter::Format::Anthropic
                                                 : FineTuneExporter::Format::OpenAiChat;
    r.fineTune.dropSystemPrompts = m_noSystem->isChecked();
    const QStringList models = m_models->text().split(u',', Qt::SkipEmptyParts);
    for (const QString &model : models)
        r.fineTune.models.append(model.trimmed());
    return r;
}

void ExportDialog::start()
{
    if (m_running)
        return;
    const ExportRequest r = request();
    if (r.outputPath.isEmpty()) {
        m_status->setText(tr("Choose a file to write."));
        return;
    }
    m_running = true;
    setEnabled(false);
    auto *progress = new QProgressDialog(tr("Exporting…"), QString(), 0, 0, this);
    progress->setMinimumDuration(300); // only for exports long enough to wait for
    progress->setWindowModality(Qt::WindowModal);
    auto result = std::make_shared<ExportCommand::Result>();
    // The export reads with its own connection on its own thread; progress comes back queued.
    QThread *worker = QThread::create([r, result, progress] {
        *result = ExportCommand::run(r, [progress](qint64 done) {
            QMetaObject::invokeMethod(progress, [progress, done] {
                progress->setLabelText(tr("Exporting… %L1 calls").arg(done));
            });
        });
    });
    connect(worker, &QThread::finished, this, [this, worker, progress, result] {
        worker->deleteLater();
        progress->deleteLater();
        m_running = false;
        setEnabled(true);
        m_status->setText(result->message);
        Q_EMIT finished(*result);
        if (result->exitCode == 0)
            accept();
    });
    worker->start();
}
