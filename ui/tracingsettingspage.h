#pragma once

#include "settingspage.h"

class QCheckBox;
class QSpinBox;
class QTableWidget;
class TraceService;

// Tracing & privacy: recording on or off, privacy mode, per-user policies with an expiry,
// retention by age and size, the recorded body cap, and "Delete all traces".
class TracingSettingsPage : public SettingsPage
{
    Q_OBJECT
public:
    // `traces` may be null (recording unavailable): "Delete all traces" is then disabled.
    explicit TracingSettingsPage(TraceService *traces, QWidget *parent = nullptr);

    QString title() const override;
    QStringList fieldPrefixes() const override;
    void load(const AppSettings &settings) override;
    void store(AppSettings &settings) const override;

    void addUserPolicy(const TracingPolicy::UserPolicy &policy);
    QTableWidget *userTable() const { return m_users; }

protected:
    void revealProblem(const AppSettings::Problem &problem) override;

private:
    void setRow(int row, const TracingPolicy::UserPolicy &policy);
    TracingPolicy::UserPolicy rowPolicy(int row) const;
    void deleteAllTraces();

    TraceService *m_traces;
    QCheckBox *m_tracing;
    QCheckBox *m_privacy;
    QSpinBox *m_retentionDays;
    QSpinBox *m_maxDatabase;
    QSpinBox *m_maxBody;
    QTableWidget *m_users;
};
