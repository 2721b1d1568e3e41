#pragma once

#include "config/appsettings.h"

#include <QDialog>

class CacheService;
class LiveSettings;
class OtlpExportService;
class PricingSettingsPage;
class ProxyService;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QStackedWidget;
class SettingsPage;
class TraceService;

// Settings, page by page (General, Proxy, Upstreams, Headers, Cache, Tracing & privacy, Export,
// Pricing), applied without a restart. Apply and OK validate everything first: problems show
// next to their fields, the first page with one comes forward, and nothing is saved until every
// page is right. Settings can be exported to and imported from JSON (keys never included).
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    struct Services
    {
        ProxyService *proxy = nullptr;
        TraceService *traces = nullptr;
        CacheService *cache = nullptr;
        OtlpExportService *exporter = nullptr;
    };

    SettingsDialog(LiveSettings *live, const Services &services, QWidget *parent = nullptr);

    // Validates, saves and applies; false when something is wrong (shown in the dialog).
    bool apply();
    // The pages' current content as settings (what Apply would save).
    AppSettings edited() const;
    // Fills the pages from a settings file written by exportTo(); nothing is saved until Apply.
    bool importFrom(const QString &path, QString *error);
    bool exportTo(const QString &path, QString *error) const;

    // For tests and screenshots.
    QList<SettingsPage *> pages() const { return m_pages; }
    SettingsPage *page(const QString &title) const;
    void showPage(int index);
    QString statusText() const;

    void accept() override;

private:
    void addPage(SettingsPage *page);
    void setStatus(const QString &text, bool problem);
    void onChanged();
    void chooseImport();
    void chooseExport();

    LiveSettings *m_live;
    QListWidget *m_list;
    QStackedWidget *m_stack;
    QList<SettingsPage *> m_pages;
    PricingSettingsPage *m_pricing = nullptr;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    bool m_applying = false;
};
