#include "pricingsettingspage.h"

#include "pricetablemodel.h"

#include "llm/priceimport.h"
#include "llm/userpricefile.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// Lookups ignore case, and PriceTable::mergeOverrides() matches rows the same way.
bool sameModel(const ModelPrice &a, const ModelPrice &b)
{
    return a.provider.compare(b.provider, Qt::CaseInsensitive) == 0
            && a.id.compare(b.id, Qt::CaseInsensitive) == 0;
}

bool hasNegativeRate(const ModelPrice &price)
{
    auto negative = [](const std::optional<double> &rate) {
        return rate && *rate < 0;
    };
    if (negative(price.input) || negative(price.cacheRead) || negative(price.cacheWrite)
        || negative(price.cacheWrite1h) || negative(price.output)
        || negative(price.reasoningOutput))
        return true;
    return std::any_of(price.tiers.cbegin(), price.tiers.cend(), [&](const PriceTier &tier) {
        return negative(tier.input) || negative(tier.cacheRead) || negative(tier.cacheWrite)
                || negative(tier.cacheWrite1h) || negative(tier.output);
    });
}

// OpenRouter's model list is {"data":[…]}; LiteLLM's file is an object keyed by model id.
bool isOpenRouterList(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object().value("data"_L1).isArray();
}

// Every word of the search somewhere in the row, in any order.
QRegularExpression searchExpression(const QString &text)
{
    QString pattern;
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    for (const QString &word : words)
        pattern += "(?=.*"_L1 + QRegularExpression::escape(word) + u')';
    return QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption);
}

void setUpPriceView(QTableView *view)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    QHeaderView *header = view->horizontalHeader();
    header->setDefaultSectionSize(92);
    header->setSectionResizeMode(PriceTableModel::ModelColumn, QHeaderView::Stretch);
    header->resizeSection(PriceTableModel::ProviderColumn, 100);
}

} // namespace

PricingSettingsPage::PricingSettingsPage(const QString &dataDir, QWidget *parent)
    : SettingsPage(parent)
    , m_dataDir(dataDir)
    , m_builtin(new PriceTableModel(this))
    , m_builtinProxy(new QSortFilterProxyModel(this))
    , m_overrides(new PriceTableModel(this))
{
    m_builtin->setRows(PriceTable::builtin().rows());
    m_builtinProxy->setSourceModel(m_builtin);
    m_builtinProxy->setFilterRole(PriceTableModel::SearchTextRole);
    m_builtinProxy->setFilterKeyColumn(PriceTableModel::ModelColumn);
    m_builtinProxy->setSortRole(PriceTableModel::SortRole);
    m_overrides->setEditable(true);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(createBuiltinPart());
    splitter->addWidget(createOverridesPart());
    // The built-in table is the one browsed; overrides are usually a handful of rows.
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(m_overrides, signal, this, [this] {
            if (!m_loading)
                Q_EMIT changed();
        });
    }
    connect(m_overrides, &QAbstractItemModel::dataChanged, this, [this] { Q_EMIT changed(); });
    connect(m_overrides, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_loading)
            Q_EMIT changed();
    });
    reloadOverrides();
}

PricingSettingsPage::~PricingSettingsPage() = default;

QWidget *PricingSettingsPage::createBuiltinPart()
{
    auto *box = new QGroupBox(tr("Built-in prices (USD per million tokens)"), this);
    m_search = new QLineEdit(box);
    m_search->setObjectName(u"searchEdit"_s);
    m_search->setPlaceholderText(tr("Search model, alias or provider"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_builtinProxy->setFilterRegularExpression(searchExpression(text));
    });
    m_overrideButton = new QPushButton(tr("Override"), box);
    m_overrideButton->setObjectName(u"overrideButton"_s);
    m_overrideButton->setToolTip(tr("Copy the selected model into your overrides to change "
                                    "its prices"));
    m_overrideButton->setEnabled(false);
    connect(m_overrideButton, &QPushButton::clicked, this,
            &PricingSettingsPage::overrideSelectedBuiltin);

    m_builtinView = new QTableView(box);
    m_builtinView->setObjectName(u"builtinTable"_s);
    m_builtinView->setModel(m_builtinProxy);
    m_builtinView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    setUpPriceView(m_builtinView);
    // Sortable, but in the price list's own order (grouped by provider) until asked.
    m_builtinView->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_builtinView->setSortingEnabled(true);
    connect(m_builtinView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                m_overrideButton->setEnabled(current.isValid());
            });
    connect(m_builtinView, &QTableView::doubleClicked, this,
            &PricingSettingsPage::overrideSelectedBuiltin);

    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_overrideButton);
    auto *layout = new QVBoxLayout(box);
    layout->addLayout(top);
    layout->addWidget(m_builtinView);
    return box;
}

QWidget *PricingSettingsPage::createOverridesPart()
{
    auto *box = new QGroupBox(tr("Your overrides"), this);
    auto *note = new QLabel(
            tr("They win over the built-in prices rate by rate; an empty rate keeps the built-in "
               "one. Saved in %1.")
                    .arg(QDir::toNativeSeparators(UserPriceFile(m_dataDir).path())),
            box);
    note->setWordWrap(true);
    note->setTextFormat(Qt::PlainText);

    m_overridesView = new QTableView(box);
    m_overridesView->setObjectName(u"overridesTable"_s);
    m_overridesView->setModel(m_overrides);
    m_overridesView->setEditTriggers(QAbstractItemView::DoubleClicked
                                     | QAbstractItemView::EditKeyPressed
                                     | QAbstractItemView::AnyKeyPressed);
    setUpPriceView(m_overridesView);

    auto *addButton = new QPushButton(tr("Add"), box);
    addButton->setObjectName(u"addOverrideButton"_s);
    connect(addButton, &QPushButton::clicked, this, &PricingSettingsPage::addOverride);
    m_removeButton = new QPushButton(tr("Remove"), box);
    m_removeButton->setObjectName(u"removeOverrideButton"_s);
    m_removeButton->setEnabled(false);
    connect(m_removeButton, &QPushButton::clicked, this,
            &PricingSettingsPage::removeSelectedOverride);
    connect(m_overridesView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { m_removeButton->setEnabled(current.isValid()); });
    auto *importButton = new QPushButton(tr("Import price file…"), box);
    importButton->setObjectName(u"importButton"_s);
    importButton->setToolTip(tr("Merge a LiteLLM price list (model_prices_and_context_window.json) "
                                "or OpenRouter's model list into your overrides"));
    connect(importButton, &QPushButton::clicked, this, &PricingSettingsPage::chooseImportFile);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(addButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch();
    buttons->addWidget(importButton);

    m_message = new QLabel(box);
    m_message->setObjectName(u"pricingMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();

    auto *layout = new QVBoxLayout(box);
    layout->addWidget(note);
    layout->addWidget(m_overridesView, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addWidget(errorLabelFor(u"pricing."_s));
    return box;
}

QString PricingSettingsPage::title() const
{
    return tr("Pricing");
}

QStringList PricingSettingsPage::fieldPrefixes() const
{
    return {u"pricing."_s};
}

void PricingSettingsPage::load(const AppSettings &)
{
    reloadOverrides();
}

void PricingSettingsPage::store(AppSettings &) const { }

void PricingSettingsPage::reloadOverrides()
{
    QString error;
    const std::optional<PriceTable> table = UserPriceFile(m_dataDir).load(&error);
    m_loadFailed = !table;
    m_loaded = table.value_or(PriceTable(u"user"_s));
    m_loading = true;
    m_overrides->setRows(m_loaded.rows());
    m_loading = false;
    m_removeButton->setEnabled(false);
    showMessage(m_loadFailed ? tr("%1 Saving replaces the file.").arg(error) : QString(),
                m_loadFailed);
}

bool PricingSettingsPage::hasChanges() const
{
    return m_overrides->rows() != m_loaded.rows();
}

PriceTable PricingSettingsPage::overrides() const
{
    PriceTable table = m_loaded;
    if (table.name().isEmpty())
        table.setName(u"user"_s);
    table.setRows(m_overrides->rows());
    return table;
}

PriceTable PricingSettingsPage::effectivePrices() const
{
    PriceTable table = PriceTable::builtin();
    const PriceTable user = overrides();
    if (!user.isEmpty())
        table.mergeOverrides(user);
    return table;
}

bool PricingSettingsPage::validateOverrides(QString *error)
{
    const QList<ModelPrice> &rows = m_overrides->rows();
    QString problem;
    int at = -1;
    for (int i = 0; i < rows.size() && problem.isEmpty(); ++i) {
        const ModelPrice &row = rows.at(i);
        at = i;
        if (row.id.trimmed().isEmpty()) {
            problem = tr("Override %1 has no model id.").arg(i + 1);
        } else if (hasNegativeRate(row)) {
            problem = tr("%1: a price cannot be negative.").arg(row.id);
        } else {
            for (int j = 0; j < i; ++j) {
                if (sameModel(rows.at(j), row)) {
                    problem = row.provider.isEmpty()
                            ? tr("%1 is overridden twice.").arg(row.id)
                            : tr("%1 (%2) is overridden twice.").arg(row.id, row.provider);
                    break;
                }
            }
        }
    }
    if (problem.isEmpty()) {
        if (m_messageIsError)
            showMessage(QString(), false);
        return true;
    }
    showMessage(problem, true);
    selectOverride(at);
    if (error)
        *error = problem;
    return false;
}

bool PricingSettingsPage::saveOverrides(QString *error)
{
    if (!validateOverrides(error))
        return false;
    const PriceTable table = overrides();
    QString why;
    if (!UserPriceFile(m_dataDir).save(table, &why)) {
        showMessage(why, true);
        if (error)
            *error = why;
        return false;
    }
    // As saved, stamped with its time: the label calls are priced under from now on.
    m_loaded = UserPriceFile(m_dataDir).load(&why).value_or(table);
    m_loadFailed = false;
    return true;
}

bool PricingSettingsPage::importPriceFile(const QString &path, QString *error)
{
    const QString fileName = QFileInfo(path).fileName();
    auto fail = [&](const QString &why) {
        showMessage(why, true);
        if (error)
            *error = why;
        return false;
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(
                tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    const QByteArray json = file.readAll();
    QString why;
    const std::optional<PriceTable> imported = isOpenRouterList(json)
            ? PriceImport::fromOpenRouter(json, &why)
            : PriceImport::fromLiteLlm(json, &why);
    if (!imported)
        return fail(tr("%1: %2").arg(fileName, why));
    // What `tokentap prices import` does to the file, done to the overrides being edited.
    PriceTable merged = overrides();
    const qsizetype before = merged.rows().size();
    merged.mergeOverrides(*imported);
    m_overrides->setRows(merged.rows());
    m_removeButton->setEnabled(false);
    showMessage(tr("%n prices imported from %1 (%2 new overrides); Apply saves them.", "",
                   int(imported->rows().size()))
                        .arg(fileName)
                        .arg(merged.rows().size() - before),
                false);
    return true;
}

void PricingSettingsPage::chooseImportFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import price file"), QString(),
                                                      tr("Price lists (*.json);;All files (*)"));
    if (!path.isEmpty())
        importPriceFile(path, nullptr);
}

int PricingSettingsPage::addOverride()
{
    const int row = m_overrides->appendRow(ModelPrice());
    selectOverride(row);
    m_overridesView->edit(m_overrides->index(row, PriceTableModel::ModelColumn));
    return row;
}

int PricingSettingsPage::overrideSelectedBuiltin()
{
    const QModelIndex current = m_builtinView->selectionModel()->currentIndex();
    if (!current.isValid())
        return -1;
    const ModelPrice builtin = m_builtin->row(m_builtinProxy->mapToSource(current).row());
    const QList<ModelPrice> &rows = m_overrides->rows();
    for (int i = 0; i < rows.size(); ++i) {
        if (sameModel(rows.at(i), builtin)) {
            selectOverride(i);
            return i;
        }
    }
    // Only what the table shows: aliases, tiers and the rest keep following the built-in row,
    // and with no source of its own the row is labelled as the user's once a rate changes.
    ModelPrice price;
    price.provider = builtin.provider;
    price.id = builtin.id;
    price.input = builtin.input;
    price.cacheRead = builtin.cacheRead;
    price.cacheWrite = builtin.cacheWrite;
    price.output = builtin.output;
    price.reasoningOutput = builtin.reasoningOutput;
    const int row = m_overrides->appendRow(price);
    selectOverride(row);
    return row;
}

void PricingSettingsPage::removeSelectedOverride()
{
    const int row = m_overridesView->selectionModel()->currentIndex().row();
    if (row < 0)
        return;
    m_overrides->removeRows(row, 1);
    if (m_overrides->rowCount() > 0)
        selectOverride(std::min(row, m_overrides->rowCount() - 1));
}

void PricingSettingsPage::selectOverride(int row)
{
    const QModelIndex index = m_overrides->index(row, PriceTableModel::ModelColumn);
    m_overridesView->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_overridesView->scrollTo(index);
}

void PricingSettingsPage::showMessage(const QString &text, bool error)
{
    // Errors in the red of the page's problem lines; other news in the normal text colour.
    m_message->setPalette(error ? errorLabelFor(u"pricing."_s)->palette() : palette());
    m_messageIsError = error;
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}
