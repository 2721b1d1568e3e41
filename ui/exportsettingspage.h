#pragma once

#include "settingspage.h"

#include "export/otlpdestination.h"
#include "http/httpheaders.h"

#include <functional>

class OtlpConnectionTest;
class OtlpDestinationTableModel;
class OtlpExportService;
struct OtlpTestResult;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

// Settings → Export: the OTLP destinations (issue 7) in a table, the selected one in a form
// below it, "Test connection", and, when an export service runs, how export to each is going.
// Secret header values are masked on screen until "Show secrets" is ticked; the page keeps the
// real values.
class ExportSettingsPage : public SettingsPage
{
    Q_OBJECT
public:
    // `service` may be null (no status shown).
    explicit ExportSettingsPage(OtlpExportService *service, QWidget *parent = nullptr);
    ~ExportSettingsPage() override;

    QString title() const override;
    QStringList fieldPrefixes() const override;
    void load(const AppSettings &settings) override;
    void store(AppSettings &settings) const override;

    OtlpDestinationTableModel *model() const { return m_model; }
    int currentRow() const;
    void setCurrentRow(int row);
    // What "Add" does: a destination from `preset` with a unique id, selected. Returns its row.
    int addDestination(OtlpDestination::Preset preset);
    void removeCurrentDestination();
    // Sends a test span to the selected destination as edited; the answer shows next to the
    // button.
    void testConnection();
    bool secretsShown() const;
    void setSecretsShown(bool shown);

protected:
    void revealProblem(const AppSettings::Problem &problem) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QGroupBox *createForm();
    void showCurrent();
    void showHeaders();
    void editCurrent(const std::function<void(OtlpDestination &)> &edit);
    void updateFilterError();
    void updateStatusLine();
    void showTestResult(const OtlpTestResult &result);
    QLabel *createErrorLine(const QString &objectName);

    OtlpExportService *m_service;
    OtlpDestinationTableModel *m_model;
    OtlpConnectionTest *m_test;
    QTableView *m_table;
    QPushButton *m_removeButton;
    QGroupBox *m_form;
    QLineEdit *m_name;
    QLineEdit *m_endpoint;
    QComboBox *m_encoding;
    QPlainTextEdit *m_headers;
    QLabel *m_headersError;
    QCheckBox *m_showSecrets;
    QCheckBox *m_gzip;
    QCheckBox *m_privacy;
    QDoubleSpinBox *m_sampling;
    QLineEdit *m_filter;
    QLabel *m_filterError;
    QCheckBox *m_enabled;
    QPushButton *m_testButton;
    QLabel *m_testResult;
    QLabel *m_statusLine;
    // The headers as last put into the header field: masked lines are read back against them.
    HttpHeaders m_shownHeaders;
    QString m_testedId; // the destination the running test is for
    bool m_loading = false; // filling widgets: their signals are not edits
};
