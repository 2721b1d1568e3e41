#include "tracebrowser.h"

#include "export/otlpexportservice.h"

#include "calldetailpane.h"
#include "calllistview.h"
#include "comparedialog.h"
#include "displayformat.h"
#include "exportdialog.h"
#include "filterbar.h"
#include "jsonview.h"
#include "resenddialog.h"
#include "traceloader.h"
#include "tracetablemodel.h"
#include "traceview.h"

#include "cache/cachestore.h"
#include "cache/canonicaljson.h"
#include "export/curlcommand.h"
#include "trace/tracereader.h"
#include "trace/traceservice.h"

#include <QAction>
#include <QApplication>
#include <QButtonGroup>
#include <QClipboard>
#include <QDateTime>
#include <QFileInfo>
#include <QHeaderView>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QRadioButton>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace {

const char ColumnsKey[] = "browser/columns";
// Values offered by the filter's completion, per field.
const char *const CompletedFields[] = {"model",    "user",     "session", "project", "tag",
                                       "endpoint", "upstream", "finish",  "error"};

} // namespace

TraceBrowser::TraceBrowser(const QString &traceDatabasePath, const QString &cacheDatabasePath,
                           const PriceTable &prices, QWidget *parent)
    : QWidget(parent)
    , m_cachePath(cacheDatabasePath)
    , m_loader(new TraceLoader(traceDatabasePath, this))
    , m_model(new TraceTableModel(m_loader, this))
    , m_filter(new FilterBar(this))
    , m_table(new CallListView(this))
    , m_detail(new CallDetailPane(prices, this))
    , m_traceView(new TraceView(this))
    , m_groupBy(new QButtonGroup(this))
{
    setObjectName(QStringLiteral("traceBrowser"));
    m_table->setObjectName(QStringLiteral("traceTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(TraceTableModel::Time, Qt::AscendingOrder);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerItem);
    // Fixed row heights: the view never measures a row, whatever the row count.
    QHeaderView *rows = m_table->verticalHeader();
    rows->setVisible(false);
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    QHeaderView *columns = m_table->horizontalHeader();
    columns->setSectionsMovable(true);
    columns->setHighlightSections(false);
    columns->setStretchLastSection(true);
    columns->setContextMenuPolicy(Qt::CustomContextMenu);
    sizeColumns();
    for (int c : {int(TraceTableModel::Session), int(TraceTableModel::Upstream),
                  int(TraceTableModel::FinishReason)})
        columns->hideSection(c);
    restoreColumns();

    // The trace of the selected call (or its session) as a waterfall, as the detail's last tab.
    auto *traceTab = new QWidget(this);
    auto *traceLayout = new QVBoxLayout(traceTab);
    traceLayout->setContentsMargins(4, 4, 4, 4);
    auto *groupRow = new QHBoxLayout;
    groupRow->addWidget(new QLabel(tr("Group by:"), traceTab));
    auto *byTrace = new QRadioButton(tr("Trace"), traceTab);
    auto *bySession = new QRadioButton(tr("Session"), traceTab);
    byTrace->setChecked(true);
    m_groupBy->addButton(byTrace, 0);
    m_groupBy->addButton(bySession, 1);
    groupRow->addWidget(byTrace);
    groupRow->addWidget(bySession);
    groupRow->addStretch();
    traceLayout->addLayout(groupRow);
    traceLayout->addWidget(m_traceView);
    m_detail->addTab(traceTab, tr("T&race"));
    connect(m_groupBy, &QButtonGroup::idClicked, this, &TraceBrowser::loadTraceGroup);

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->setSpacing(2);
    topLayout->addWidget(m_filter);
    topLayout->addWidget(m_table);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("browserSplitter"));
    splitter->addWidget(top);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    // Three fifths for the list from the start: the stretch alone shares only the space beyond
    // the two sides' size hints, and the detail tabs hint at twice the list's height.
    splitter->setSizes({3000, 2000});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_filter, &FilterBar::filterChanged, m_model, &TraceTableModel::setFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TraceBrowser::onCurrentRowChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        // Counted from the ranges: listing a selection of a million rows is not free.
        qsizetype rows = 0;
        const QItemSelection selection = m_table->selectionModel()->selection();
        for (const QItemSelectionRange &range : selection)
            rows += range.height();
        m_compare->setEnabled(rows == 2);
        updateCallActions();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &TraceBrowser::updateCallActions);
    connect(m_table, &QWidget::customContextMenuRequested, this, &TraceBrowser::showContextMenu);
    connect(columns, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        m_columns->menu()->exec(m_table->horizontalHeader()->mapToGlobal(pos));
    });
    connect(columns, &QHeaderView::sectionResized, this, &TraceBrowser::saveColumns);
    connect(columns, &QHeaderView::sectionMoved, this, &TraceBrowser::saveColumns);
    connect(columns, &QHeaderView::sortIndicatorChanged, this, &TraceBrowser::saveColumns);
    connect(m_traceView, &TraceView::callSelected, this, [this](qint64 id) {
        const int row = m_model->rowOf(id);
        if (row >= 0)
            selectRow(row);
        else
            showCall(id);
    });
    connect(m_model, &TraceTableModel::loadFailed, this, &TraceBrowser::message);

    // Follow the tail only when already there: at the bottom (oldest first) or at the top
    // (newest first). Elsewhere the rows in view stay where they are.
    connect(m_model, &QAbstractItemModel::rowsAboutToBeInserted, this, [this] {
        QScrollBar *bar = m_table->verticalScrollBar();
        const bool newestFirst = m_model->sortOrder().descending;
        m_table->setProperty("followTail",
                             newestFirst ? bar->value() == bar->minimum()
                                         : bar->value() == bar->maximum());
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) {
                QScrollBar *bar = m_table->verticalScrollBar();
                const bool follow = m_table->property("followTail").toBool();
                const bool newestFirst = m_model->sortOrder().descending;
                if (follow && !newestFirst && m_model->sortOrder().key == TraceSort::Time) {
                    m_table->scrollToBottom();
                } else if (!(follow && newestFirst) && first <= bar->value()) {
                    // Rows went in above those in view: keep the same calls in view (scrolling
                    // is per row).
                    bar->setValue(bar->value() + (last - first + 1));
                }
            });
    // After a new list (filter, sort), the shown call stays selected when it is still listed;
    // otherwise nothing is selected, so nothing is shown, and the view opens at the newest calls.
    connect(m_model, &TraceTableModel::listLoaded, this, [this] {
        const int row = m_shownId ? m_model->rowOf(m_shownId) : -1;
        if (row >= 0) {
            // Not blocked: the view repaints from these signals, and showCall() ignores the
            // call already shown.
            m_table->selectRow(row);
            m_table->scrollTo(m_model->index(row, 0), QAbstractItemView::PositionAtCenter);
            return;
        }
        // The model's reset cleared the selection without a signal.
        showCall(0);
        if (m_model->sortOrder().key == TraceSort::Time) {
            if (m_model->sortOrder().descending)
                m_table->scrollToTop();
            else
                m_table->scrollToBottom();
        }
    });

    buildActions();

    // Values for the filter's completion, read when the filter is about to be used: not ahead
    // of the first rows.
    auto loadSeenValues = [this] {
        for (const char *field : CompletedFields) {
            const QString name = QLatin1String(field);
            m_loader->run<QStringList>(
                    this, QStringLiteral("seen-") + name,
                    [name](const TraceReader &reader, QString *error) {
                        return reader.distinctValues(name, 500, error);
                    },
                    [this, name](const QStringList &values, const QString &) {
                        m_filter->setSeenValues(name, values);
                    });
        }
    };
    connect(m_filter, &FilterBar::focusedIn, this, loadSeenValues);
}

TraceBrowser::~TraceBrowser() = default;

void TraceBrowser::setTraceService(TraceService *traces)
{
    m_traces = traces;
    if (!traces)
        return;
    connect(traces, &TraceService::recorded, m_model,
            [this](const QList<qint64> &ids) { m_model->notifyRecorded(ids); });
    connect(traces, &TraceService::deleted, m_model, &TraceTableModel::removeCalls);
    connect(traces, &TraceService::cleared, m_model, &TraceTableModel::reload);
    connect(traces, &TraceService::deleted, this, [this](const QList<qint64> &ids) {
        if (ids.contains(m_shownId)) {
            m_shownId = 0;
            m_detail->clear();
            m_traceView->clear();
        }
        Q_EMIT message(tr("Deleted %n call(s).", nullptr, int(ids.size())));
    });
    updateCallActions();
}

void TraceBrowser::setProxyBaseUrl(const QString &baseUrl)
{
    m_proxyBaseUrl = baseUrl;
    updateCallActions();
}

void TraceBrowser::updateCallActions()
{
    // The Call menu acts on the selected calls: with none (an empty list, a filter that hides
    // them all) there is nothing to act on.
    const bool any = m_table->selectionModel()->hasSelection();
    m_copyCurl->setEnabled(any);
    m_copyRequest->setEnabled(any);
    m_copyResponse->setEnabled(any);
    m_resend->setEnabled(any && !m_proxyBaseUrl.isEmpty());
    m_delete->setEnabled(any && m_traces);
    setFilterActions(any ? m_table->currentIndex().data(TraceTableModel::FilterTermRole).toString()
                         : QString());
}

void TraceBrowser::setFilterActions(const QString &term)
{
    m_filterOn->setEnabled(!term.isEmpty());
    m_filterOut->setEnabled(!term.isEmpty());
    m_filterOn->setData(term);
    m_filterOut->setData(term);
    m_filterOn->setText(term.isEmpty() ? tr("&Filter on this value")
                                       : tr("&Filter on %1").arg(term));
    m_filterOut->setText(term.isEmpty() ? tr("E&xclude this value") : tr("E&xclude %1").arg(term));
}

QList<QAction *> TraceBrowser::callActions() const
{
    return {m_copyCurl, m_copyRequest, m_copyResponse, m_resend,
            m_compare,  m_filterOn,    m_filterOut,    m_delete};
}

QAction *TraceBrowser::columnsMenuAction() const
{
    return m_columns;
}

void TraceBrowser::buildActions()
{
    auto make = [this](const QString &text, const QKeySequence &shortcut, auto slot) {
        auto *action = new QAction(text, this);
        if (!shortcut.isEmpty())
            action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    m_copyCurl = make(tr("Copy as &cURL"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C),
                      &TraceBrowser::copyAsCurl);
    m_copyRequest = make(tr("Copy &request JSON"), {}, &TraceBrowser::copyRequestJson);
    m_copyResponse = make(tr("Copy re&sponse JSON"), {}, &TraceBrowser::copyResponseJson);
    m_resend =
            make(tr("R&esend…"), QKeySequence(Qt::CTRL | Qt::Key_R), &TraceBrowser::resendCurrent);
    m_compare = make(tr("Com&pare the two selected calls"), QKeySequence(Qt::CTRL | Qt::Key_D),
                     &TraceBrowser::compareSelected);
    m_compare->setEnabled(false);
    m_filterOn = make(tr("&Filter on this value"), {}, [this] { filterOnCell(false); });
    m_filterOut = make(tr("E&xclude this value"), {}, [this] { filterOnCell(true); });
    m_delete = make(tr("&Delete selected calls…"), QKeySequence::Delete,
                    &TraceBrowser::deleteSelected);
    updateCallActions();

    m_export = make(tr("&Export…"), QKeySequence(Qt::CTRL | Qt::Key_E),
                    [this] { openExportDialog(); });
    m_export->setShortcutContext(Qt::WindowShortcut);

    // Columns shown, from the header's context menu or the View menu.
    m_columns = new QAction(tr("&Columns"), this);
    auto *menu = new QMenu(this);
    for (int c = 0; c < TraceTableModel::ColumnCount; ++c) {
        auto *column = menu->addAction(m_model->headerData(c, Qt::Horizontal).toString());
        column->setCheckable(true);
        connect(menu, &QMenu::aboutToShow, column, [this, column, c] {
            column->setChecked(!m_table->horizontalHeader()->isSectionHidden(c));
        });
        connect(column, &QAction::toggled, this, [this, c](bool on) {
            m_table->horizontalHeader()->setSectionHidden(c, !on);
            saveColumns();
        });
    }
    m_columns->setMenu(menu);

    // Vim-style movement, Enter and ? where the list has focus: read before the view's own
    // type-ahead search would take the letters.
    m_table->installEventFilter(this);
}

bool TraceBrowser::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_table || event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    if (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        return false;
    auto moveBy = [this](int delta) {
        const int row =
                std::clamp(m_table->currentIndex().row() + delta, 0, m_model->rowCount() - 1);
        if (row >= 0)
            selectRow(row);
    };
    switch (key->key()) {
    case Qt::Key_J:
        moveBy(1);
        return true;
    case Qt::Key_K:
        moveBy(-1);
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        m_detail->setCurrentIndex(CallDetailPane::ChatTab);
        m_detail->currentWidget()->setFocus(Qt::ShortcutFocusReason);
        return true;
    case Qt::Key_Question:
        showShortcuts();
        return true;
    default:
        // No type-ahead search: it would compare every row's text, a million of them; the
        // filter line is the way to find calls.
        return !key->text().isEmpty() && key->text().at(0).isPrint();
    }
}

void TraceBrowser::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_table->indexAt(pos);
    setFilterActions(index.data(TraceTableModel::FilterTermRole).toString());
    QMenu menu(this);
    menu.addActions({m_copyCurl, m_copyRequest, m_copyResponse});
    menu.addSeparator();
    menu.addActions({m_resend, m_compare});
    menu.addSeparator();
    menu.addActions({m_filterOn, m_filterOut});
    menu.addSeparator();
    if (m_exporter)
        menu.addMenu(sendToMenu(&menu));
    menu.addAction(m_delete);
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

QList<qint64> TraceBrowser::selectedIds() const
{
    QList<int> rows;
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    QList<qint64> ids;
    for (int row : std::as_const(rows))
        ids.append(m_model->rowIdAt(row));
    return ids;
}

void TraceBrowser::setPrices(const PriceTable &prices)
{
    m_detail->setPrices(prices);
}

void TraceBrowser::selectRow(int row)
{
    // Through the selection model: QTableView::selectRow reads the keyboard's modifiers, and
    // a Ctrl still held from a shortcut would toggle the row off instead.
    const QModelIndex index = m_model->index(
            row, m_table->currentIndex().isValid() ? m_table->currentIndex().column() : 0);
    m_table->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void TraceBrowser::clearView()
{
    m_model->clearView();
    m_shownId = 0;
    m_detail->clear();
    m_traceView->clear();
}

void TraceBrowser::focusFilter()
{
    m_filter->focusFilter();
}

void TraceBrowser::onCurrentRowChanged()
{
    const QModelIndex current = m_table->currentIndex();
    showCall(current.isValid() ? m_model->rowIdAt(current.row()) : 0);
}

void TraceBrowser::showCall(qint64 id)
{
    if (id == m_shownId)
        return;
    m_shownId = id;
    Q_EMIT currentCallChanged(id);
    if (!id) {
        m_detail->clear();
        m_traceView->clear();
        return;
    }
    const quint64 generation = ++m_detailGeneration;
    m_loader->run<std::optional<TraceRecord>>(
            this, QStringLiteral("detail"),
            [id](const TraceReader &reader, QString *error) { return reader.load(id, error); },
            [this, generation](const std::optional<TraceRecord> &call, const QString &error) {
                if (generation != m_detailGeneration)
                    return;
                if (!call) {
                    m_detail->clear();
                    m_traceView->clear();
                    Q_EMIT message(error);
                    return;
                }
                m_detail->setCall(*call);
                loadTraceGroup();
                if (call->cache == QLatin1String("MISS") && QFileInfo::exists(m_cachePath)) {
                    // Why the cache had no answer: the nearest stored request, from the cache's
                    // own file, on the loader thread.
                    const QString cachePath = m_cachePath;
                    const TraceRecord request = *call;
                    m_loader->run<std::optional<CacheMissExplanation>>(
                            this, QStringLiteral("miss"),
                            [cachePath, request](const TraceReader &, QString *) {
                                // One connection for the loader thread's lifetime, opened on
                                // the first MISS shown and closed as the thread ends.
                                thread_local std::unique_ptr<CacheStore> cache;
                                if (!cache) {
                                    auto store = std::make_unique<CacheStore>(
                                            cachePath, QStringLiteral("tokentap-miss-lookup"));
                                    QString ignored;
                                    if (!store->open(&ignored))
                                        return std::optional<CacheMissExplanation>();
                                    cache = std::move(store);
                                }
                                const QByteArray canonical = CanonicalJson::fromObject(
                                        QJsonDocument::fromJson(request.requestBody).object());
                                // The trace keeps no credential hash: which key a cached entry
                                // was made with stays unknown here.
                                return cache->explainMiss(request.url.toUtf8(), request.model, {},
                                                          canonical);
                            },
                            [this, id = call->id](const std::optional<CacheMissExplanation> &why,
                                                  const QString &) {
                                m_detail->setMissExplanation(id, why);
                            });
                }
            });
}

void TraceBrowser::loadTraceGroup()
{
    if (!m_detail->callId())
        return;
    const TraceRecord &call = m_detail->call();
    const bool bySession = m_groupBy->checkedId() == 1 && !call.sessionId.isEmpty();
    const QString term = bySession
            ? TraceFilter::term(QStringLiteral("session"), call.sessionId)
            : TraceFilter::term(QStringLiteral("trace"), QString::fromLatin1(call.traceId));
    QString error;
    const std::optional<TraceFilter> filter = TraceFilter::parse(term, &error);
    if (!filter)
        return;
    const QString title = bySession
            ? tr("Session %1").arg(call.sessionId)
            : (call.traceName.isEmpty() ? tr("Trace %1").arg(QString::fromLatin1(call.traceId))
                                        : call.traceName);
    const qint64 shown = call.id;
    m_loader->run<QList<TraceRecord>>(
            this, QStringLiteral("trace"),
            [filter = *filter](const TraceReader &reader, QString *error) {
                // The newest 2,000 calls of the group: a waterfall longer than that is unreadable.
                return reader.page(filter, 0, 2000, error);
            },
            [this, title, shown](const QList<TraceRecord> &calls, const QString &) {
                if (m_detail->callId() != shown)
                    return;
                m_traceView->setCalls(calls, title);
                m_traceView->selectCall(shown);
            });
}

void TraceBrowser::withCurrentCall(const std::function<void(const TraceRecord &)> &use)
{
    const qint64 id = m_shownId;
    if (!id)
        return;
    if (m_detail->callId() == id) {
        use(m_detail->call());
        return;
    }
    m_loader->run<std::optional<TraceRecord>>(
            this, QString(),
            [id](const TraceReader &reader, QString *error) { return reader.load(id, error); },
            [use](const std::optional<TraceRecord> &call, const QString &) {
                if (call)
                    use(*call);
            });
}

void TraceBrowser::copyAsCurl()
{
    withCurrentCall([this](const TraceRecord &call) {
        const QString command = CurlCommand::format(call);
        const QString variable = CurlCommand::credentialVariable(call);
        QApplication::clipboard()->setText(command);
        if (call.privacy)
            Q_EMIT message(tr("Copied as cURL without a body: privacy mode recorded none."));
        else if (call.requestTruncated)
            Q_EMIT message(tr("Copied as cURL; the body is cut short as it was recorded."));
        else if (command.contains(u'$' + variable))
            Q_EMIT message(tr("Copied as cURL; the API key is $%1.").arg(variable));
        else // the call carried no key (a local upstream, a key TokenTap adds)
            Q_EMIT message(tr("Copied as cURL."));
    });
}

void TraceBrowser::copyRequestJson()
{
    withCurrentCall([this](const TraceRecord &call) {
        QApplication::clipboard()->setText(QString::fromUtf8(JsonView::readable(call.requestBody)));
        Q_EMIT message(tr("Copied the request body."));
    });
}

void TraceBrowser::copyResponseJson()
{
    withCurrentCall([this](const TraceRecord &call) {
        QApplication::clipboard()->setText(
                QString::fromUtf8(JsonView::readable(call.responseBody)));
        Q_EMIT message(tr("Copied the response body."));
    });
}

void TraceBrowser::resendCurrent()
{
    if (m_proxyBaseUrl.isEmpty())
        return;
    withCurrentCall([this](const TraceRecord &call) {
        auto *dialog = new ResendDialog(call, m_proxyBaseUrl, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &ResendDialog::answered, this, &TraceBrowser::resent);
        dialog->open();
    });
}

void TraceBrowser::compareSelected()
{
    const QList<qint64> ids = selectedIds();
    if (ids.size() != 2)
        return;
    m_loader->run<QList<TraceRecord>>(
            this, QString(),
            [ids](const TraceReader &reader, QString *error) {
                QList<TraceRecord> calls;
                for (qint64 id : ids) {
                    if (auto call = reader.load(id, error))
                        calls.append(*call);
                }
                return calls;
            },
            [this](const QList<TraceRecord> &calls, const QString &error) {
                if (calls.size() != 2) {
                    Q_EMIT message(error);
                    return;
                }
                auto *dialog = new CompareDialog(calls.at(0), calls.at(1), this);
                dialog->setAttribute(Qt::WA_DeleteOnClose);
                dialog->show();
            });
}

void TraceBrowser::deleteSelected()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty() || !m_traces)
        return;
    const auto answer = QMessageBox::question(
            this, tr("Delete calls"),
            tr("Delete %n call(s) from the trace store? This cannot be undone.", nullptr,
               int(ids.size())),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        m_traces->deleteCalls(ids);
}

void TraceBrowser::filterOnCell(bool exclude)
{
    // The value of the cell the actions were last set for (setFilterActions).
    const QString term = (exclude ? m_filterOut : m_filterOn)->data().toString();
    if (term.isEmpty())
        return;
    m_filter->addTerm(exclude ? u'-' + term : term);
}

ExportDialog *TraceBrowser::openExportDialog()
{
    const QString filter = m_filter->isValid() ? m_filter->text().trimmed() : QString();
    auto *dialog = new ExportDialog(m_loader->databasePath(), filter, selectedIds(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ExportDialog::finished, this,
            [this](const ExportCommand::Result &result) { Q_EMIT message(result.message); });
    dialog->open();
    return dialog;
}

QList<std::pair<QString, QString>> TraceBrowser::shortcutRows()
{
    // Keys that are sequences are written as the menus write them (localised by Qt).
    const auto keys = [](QKeySequence sequence) {
        return sequence.toString(QKeySequence::NativeText);
    };
    QList<std::pair<QString, QString>> rows = {
            {keys(QKeySequence::Find), tr("Focus the filter (Esc clears it)")},
            {tr("J / K, arrows"), tr("Next / previous call")},
            {tr("Enter"), tr("Open the call's conversation")},
            {keys(Qt::CTRL | Qt::SHIFT | Qt::Key_C), tr("Copy as cURL")},
            {keys(Qt::CTRL | Qt::Key_R), tr("Resend the call")},
            {keys(Qt::CTRL | Qt::Key_D), tr("Compare the two selected calls")},
            {keys(QKeySequence::Delete), tr("Delete the selected calls")},
            {keys(Qt::CTRL | Qt::Key_L), tr("Clear the view (nothing is deleted)")},
            {keys(Qt::Key_F5), tr("Show all calls again")},
            {keys(Qt::CTRL | Qt::Key_E), tr("Export all, filtered or selected calls")},
            {keys(Qt::CTRL | Qt::Key_1), tr("The calls")},
            {keys(Qt::CTRL | Qt::Key_2), tr("The usage dashboard")},
            {keys(Qt::CTRL | Qt::Key_Comma), tr("Settings")},
            {keys(QKeySequence::Quit), tr("Quit")},
            {tr("Ctrl+Wheel"), tr("Zoom the trace timeline")},
            {tr("?"), tr("This list")},
    };
    // A standard key the desktop's keyboard scheme leaves unbound (Quit in some) is not listed.
    rows.removeIf([](const auto &row) { return row.first.isEmpty(); });
    return rows;
}

void TraceBrowser::showShortcuts()
{
    const QList<std::pair<QString, QString>> keys = shortcutRows();
    QString html = QStringLiteral("<table cellpadding=\"4\">");
    for (const auto &[key, what] : keys)
        html += QStringLiteral("<tr><td><b>") + key.toHtmlEscaped()
                + QStringLiteral("</b></td><td>") + what.toHtmlEscaped()
                + QStringLiteral("</td></tr>");
    html += QStringLiteral("</table>");
    QMessageBox box(QMessageBox::NoIcon, tr("Keyboard shortcuts"), html, QMessageBox::Close, this);
    box.setTextFormat(Qt::RichText);
    box.exec();
}

void TraceBrowser::sizeColumns()
{
    // Each column is as wide as a typical long value or its title, in the fonts in use: fixed
    // pixel widths cut "embeddings" or an older call's date with larger fonts or other locales.
    // An older call shows its date as well (a wide day and month: the 28th of December).
    const QDate today = QDate::currentDate();
    const QDate wideDay(today.month() == 12 ? today.year() - 1 : today.year(), 12, 28);
    const QDateTime older(wideDay, QTime(23, 58, 58, 888));
    const QString samples[] = {
            DisplayFormat::startTime(older.toMSecsSinceEpoch() * 1'000'000),
            QStringLiteral("moderations"),
            QStringLiteral("gpt-4o-mini-2024-07-18"),
            QStringLiteral("404"),
            QStringLiteral("yes"),
            QStringLiteral("BYPASS"),
            QLocale().toString(1234567),
            QLocale().toString(123456),
            DisplayFormat::usd(0.0001185),
            DisplayFormat::durationMs(888.0),
            DisplayFormat::durationMs(754'000.0),
            QStringLiteral("alice-laptop"),
            QStringLiteral("my-project"),
            QStringLiteral("session-12345"),
            QStringLiteral("openrouter"),
            QStringLiteral("tool_calls"),
    };
    static_assert(std::size(samples) == TraceTableModel::ColumnCount);
    QHeaderView *columns = m_table->horizontalHeader();
    const QFontMetrics cells = m_table->fontMetrics();
    const QFontMetrics titles = columns->fontMetrics();
    // Room for the cell's margins; a title may give up its sort arrow's room.
    const int margin = cells.horizontalAdvance(u'M');
    for (int c = 0; c < TraceTableModel::ColumnCount; ++c) {
        const QString title = m_model->headerData(c, Qt::Horizontal).toString();
        columns->resizeSection(
                c,
                std::max(cells.horizontalAdvance(samples[c]), titles.horizontalAdvance(title))
                        + margin);
    }
}

void TraceBrowser::restoreColumns()
{
    QSettings settings;
    const QByteArray state = settings.value(QLatin1String(ColumnsKey)).toByteArray();
    if (!state.isEmpty())
        m_table->horizontalHeader()->restoreState(state);
}

void TraceBrowser::saveColumns() const
{
    QSettings settings;
    settings.setValue(QLatin1String(ColumnsKey), m_table->horizontalHeader()->saveState());
}

bool TraceBrowser::revealCall(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    selectRow(row);
    return true;
}

void TraceBrowser::setExportService(OtlpExportService *exporter)
{
    m_exporter = exporter;
}

QMenu *TraceBrowser::sendToMenu(QWidget *parent)
{
    auto *menu = new QMenu(tr("&Send to"), parent);
    menu->setObjectName(QStringLiteral("sendToMenu"));
    const bool any = !selectedIds().isEmpty();
    if (m_exporter && m_exporter->isRunning()) {
        for (const OtlpDestination &d : m_exporter->destinations()) {
            if (!d.enabled)
                continue;
            QAction *action = menu->addAction(d.name.isEmpty() ? d.id : d.name);
            action->setData(d.id);
            action->setEnabled(any);
            connect(action, &QAction::triggered, this, [this, id = d.id] { sendSelectedTo(id); });
        }
    }
    if (menu->isEmpty()) {
        menu->addAction(tr("No export destination is enabled (Settings → Export)"))
                ->setEnabled(false);
    }
    return menu;
}

bool TraceBrowser::sendSelectedTo(const QString &destinationId)
{
    const QList<qint64> ids = selectedIds();
    QString error;
    if (!m_exporter || ids.isEmpty() || !m_exporter->sendCalls(ids, destinationId, &error)) {
        Q_EMIT message(error.isEmpty() ? tr("Select the calls to send first.")
                                       : tr("Not sent: %1").arg(error));
        return false;
    }
    Q_EMIT message(tr("%n call(s) queued for %1", nullptr, int(ids.size())).arg(destinationId));
    return true;
}
