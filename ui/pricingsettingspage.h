#pragma once

#include "settingspage.h"

#include "llm/modelprice.h"
#include "llm/pricetable.h"

class PriceTableModel;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

// Settings → Pricing: the built-in price table (read-only, searchable) and the user's overrides
// (<dataDir>/pricing.json, editable; a price file from LiteLLM or OpenRouter can be merged in).
// Prices are not part of AppSettings: the dialog asks hasChanges(), validateOverrides() and
// saveOverrides() on Apply, and effectivePrices() for the table to price calls with.
class PricingSettingsPage : public SettingsPage
{
    Q_OBJECT
public:
    explicit PricingSettingsPage(const QString &dataDir, QWidget *parent = nullptr);
    ~PricingSettingsPage() override;

    QString title() const override;
    QStringList fieldPrefixes() const override;
    // Re-reads the overrides file, dropping edits not saved; `settings` is not used.
    void load(const AppSettings &settings) override;
    void store(AppSettings &settings) const override;

    // Whether the overrides differ from the file's.
    bool hasChanges() const;
    // No empty model id, no negative price, no model twice (same provider and id). The first
    // problem is shown on the page, its row selected, and put in `error`.
    bool validateOverrides(QString *error);
    // Validates, then writes the overrides file.
    bool saveOverrides(QString *error);
    // The built-in table with the overrides as edited applied (UserPriceFile::effective()).
    PriceTable effectivePrices() const;
    // The overrides as edited, as the file will hold them.
    PriceTable overrides() const;

    // Reads the overrides file again; a file that cannot be read leaves an empty table and a
    // message on the page.
    void reloadOverrides();
    // Merges a LiteLLM or OpenRouter price file (told apart by its shape) into the overrides,
    // as `tokentap prices import` does into the file. The result shows on the page.
    bool importPriceFile(const QString &path, QString *error);
    // The buttons' actions: an empty override row to fill in; the built-in row selected in the
    // upper table as an override (or the existing override of it); the selected override gone.
    int addOverride();
    int overrideSelectedBuiltin();
    void removeSelectedOverride();

    PriceTableModel *builtinModel() const { return m_builtin; }
    QSortFilterProxyModel *builtinProxy() const { return m_builtinProxy; }
    PriceTableModel *overridesModel() const { return m_overrides; }

private:
    QWidget *createBuiltinPart();
    QWidget *createOverridesPart();
    void chooseImportFile();
    void selectOverride(int row);
    void showMessage(const QString &text, bool error);

    QString m_dataDir;
    PriceTable m_loaded; // the file as read: name, date, rows
    bool m_loadFailed = false;
    PriceTableModel *m_builtin;
    QSortFilterProxyModel *m_builtinProxy;
    PriceTableModel *m_overrides;
    QLineEdit *m_search = nullptr;
    QTableView *m_builtinView = nullptr;
    QTableView *m_overridesView = nullptr;
    QPushButton *m_overrideButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QLabel *m_message = nullptr;
    bool m_messageIsError = false;
    bool m_loading = false;
};
