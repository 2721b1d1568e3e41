#pragma once

#include "export/exportcommand.h"

#include <QDialog>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressDialog;

// File → Export: the calls of the store, of the current filter or of the selection, as
// fine-tuning JSONL, HAR, CSV or OTLP/JSON, written on a thread of its own with a progress bar
// (the same ExportCommand as `tokentap export`).
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    enum Scope { AllCalls, FilteredCalls, SelectedCalls };

    ExportDialog(const QString &databasePath, const QString &filterText,
                 const QList<qint64> &selectedIds, QWidget *parent = nullptr);

    // The request the dialog's fields describe (for tests).
    ExportRequest request() const;
    void setFormat(const QString &format); // "jsonl", "har", "csv", "otlp-json"
    void setScope(Scope scope);
    void setOutputPath(const QString &path);
    // Runs the export (what OK does); finished() follows.
    void start();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void finished(const ExportCommand::Result &result);

private:
    void browse();
    void updateFields();

    QString m_databasePath;
    QString m_filterText;
    QList<qint64> m_selectedIds;
    QComboBox *m_format;
    QButtonGroup *m_scope;
    QCheckBox *m_anthropic;
    QCheckBox *m_noSystem;
    QLineEdit *m_models;
    QLineEdit *m_path;
    QLabel *m_status;
    bool m_running = false;
};
