#pragma once

#include "llm/pricetable.h"
#include "trace/tracerecord.h"

#include <QWidget>

#include <functional>
#include <optional>

class CallDetailPane;
class FilterBar;
class QAction;
class QButtonGroup;
class QTableView;
class TraceLoader;
class OtlpExportService;
class QMenu;
class TraceService;
class TraceTableModel;
class TraceView;

// The trace browser: the filter line, the list of calls over the whole store, and below it the
// selected call in detail with its trace as a waterfall. Reads go through a TraceLoader (its own
// thread); deletions through the TraceService (the store thread).
class TraceBrowser : public QWidget
{
    Q_OBJECT
public:
    TraceBrowser(const QString &traceDatabasePath, const QString &cacheDatabasePath,
                 const PriceTable &prices, QWidget *parent = nullptr);
    ~TraceBrowser() override;

    // Live updates and deletions; may stay null (a read-only browser).
    void setTraceService(TraceService *traces);
    // Enables "Send to" (the selected calls to one OTLP destination) in the context menu.
    void setExportService(OtlpExportService *exporter);
    // The selected calls to the destination with this id; false with a message when it cannot.
    bool sendSelectedTo(const QString &destinationId);
    // The "Send to" menu as the context menu shows it (for tests).
    QMenu *sendToMenu(QWidget *parent);
    // Where "Resend" sends calls: the proxy's base URL ("http://127.0.0.1:8484").
    void setProxyBaseUrl(const QString &baseUrl);

    void clearView();
    void focusFilter();
    void showShortcuts();
    // The keys the "?" sheet lists, each with what it does.
    static QList<std::pair<QString, QString>> shortcutRows();

    FilterBar *filterBar() const { return m_filter; }
    QTableView *table() const { return m_table; }
    TraceTableModel *model() const { return m_model; }
    CallDetailPane *detail() const { return m_detail; }
    TraceView *traceView() const { return m_traceView; }
    TraceLoader *loader() const { return m_loader; }
    QList<QAction *> callActions() const;
    QAction *columnsMenuAction() const;

    // The calls selected in the list, in list order.
    QList<qint64> selectedIds() const;
    // The table new calls are priced with, for the Cost tab's rates.
    void setPrices(const PriceTable &prices);
    void selectRow(int row);
    // Selects the call when it is listed; false when the filter or a cleared view hides it.
    bool revealCall(qint64 id);

    // Builds what the actions copy, for the current call (loaded with its payload).
    void copyAsCurl();
    void copyRequestJson();
    void copyResponseJson();
    void resendCurrent();
    void compareSelected();
    void deleteSelected();
    void filterOnCell(bool exclude);
    // File → Export: the dialog for all, filtered or selected calls.
    class ExportDialog *openExportDialog();
    QAction *exportAction() const { return m_export; }

Q_SIGNALS:
    // The call shown in the detail pane changed (0: none).
    void currentCallChanged(qint64 id);
    // A resent call was answered (or failed): its HTTP status, 0 when no answer.
    void resent(int status, const QString &message);
    void message(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildActions();
    void onCurrentRowChanged();
    void showCall(qint64 id);
    void loadTraceGroup();
    void withCurrentCall(const std::function<void(const TraceRecord &)> &use);
    void sizeColumns();
    void restoreColumns();
    void saveColumns() const;
    void showContextMenu(const QPoint &pos);
    // Enables the Call menu's actions for the selection, and names the current cell's value in
    // the filter actions.
    void updateCallActions();
    void setFilterActions(const QString &term);

    QString m_cachePath;
    TraceLoader *m_loader;
    TraceTableModel *m_model;
    FilterBar *m_filter;
    QTableView *m_table;
    CallDetailPane *m_detail;
    TraceView *m_traceView;
    QButtonGroup *m_groupBy;
    OtlpExportService *m_exporter = nullptr;
    TraceService *m_traces = nullptr;
    QString m_proxyBaseUrl;
    qint64 m_shownId = 0;
    quint64 m_detailGeneration = 0;
    QAction *m_copyCurl;
    QAction *m_copyRequest;
    QAction *m_copyResponse;
    QAction *m_resend;
    QAction *m_compare;
    QAction *m_delete;
    QAction *m_filterOn;
    QAction *m_filterOut;
    QAction *m_columns;
    QAction *m_export;
};
