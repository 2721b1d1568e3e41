#pragma once

#include "settingspage.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class UpstreamProbe;

// Upstreams: a table of name, base URL and whether a key is stored, the default one marked,
// and a form for the selected row (name, base URL, API key, extra headers). "Add" offers the
// presets; "Test" asks the upstream for its models with the key as edited.
class UpstreamsSettingsPage : public SettingsPage
{
    Q_OBJECT
public:
    explicit UpstreamsSettingsPage(QWidget *parent = nullptr);

    QString title() const override;
    QStringList fieldPrefixes() const override;
    void load(const AppSettings &settings) override;
    void store(AppSettings &settings) const override;

    // For tests.
    QTableWidget *table() const { return m_table; }
    void addPreset(const QString &presetId);
    void testSelected();
    QString testResultText() const;

protected:
    void revealProblem(const AppSettings::Problem &problem) override;
    QString lineFor(const QString &field) const override;

private:
    void select(int row);
    void refreshRow(int row);
    void editCurrent();
    void removeCurrent();

    QList<UpstreamSettings::Entry> m_entries;
    QString m_default;
    int m_current = -1;
    bool m_filling = false; // the form is being filled from m_entries, not edited

    QTableWidget *m_table;
    QLineEdit *m_name;
    QLineEdit *m_baseUrl;
    QLineEdit *m_apiKey;
    QCheckBox *m_showKey;
    QPlainTextEdit *m_headers;
    QCheckBox *m_isDefault;
    QPushButton *m_remove;
    QPushButton *m_test;
    QLabel *m_testResult;
    UpstreamProbe *m_probe;
};
