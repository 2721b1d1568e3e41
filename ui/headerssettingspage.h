#pragma once

#include "settingspage.h"

class QTableWidget;

// Headers: custom header rules set on forwarded calls, each for all upstreams or one, each
// switchable. Edited in place in a table.
class HeadersSettingsPage : public SettingsPage
{
    Q_OBJECT
public:
    explicit HeadersSettingsPage(QWidget *parent = nullptr);

    QString title() const override;
    QStringList fieldPrefixes() const override;
    void load(const AppSettings &settings) override;
    void store(AppSettings &settings) const override;

    // The upstreams a rule can be scoped to (as edited on the upstreams page).
    void setUpstreamNames(const QStringList &names);
    // Appends an enabled rule for all upstreams and starts editing its name.
    void addRule(const HeaderRuleSettings::Rule &rule = {});
    QTableWidget *table() const { return m_table; }

protected:
    void revealProblem(const AppSettings::Problem &problem) override;

private:
    void setRow(int row, const HeaderRuleSettings::Rule &rule);
    HeaderRuleSettings::Rule rowRule(int row) const;

    QTableWidget *m_table;
    QStringList m_upstreams;
};
