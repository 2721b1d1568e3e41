#pragma once

#include "appsettings.h"
#include "commandline.h"
#include "llm/pricetable.h"
#include "secretstore.h"

#include <QObject>

class OtlpExportService;
class ProxyService;
class TraceService;

// The settings a running TokenTap works with, and the one way to change them: apply() validates
// the whole value, saves it (secrets first, then the settings file, so nothing is saved
// half-way) and hands it to the running services, so that a new port, header or cache mode
// takes effect without a restart. What the command line gave explicitly still wins for this run.
class LiveSettings : public QObject
{
    Q_OBJECT
public:
    LiveSettings(const QString &dataDir, const CommandLineOptions &options, SecretStore secrets,
                 QObject *parent = nullptr);

    const AppSettings &current() const { return m_settings; }
    const SecretStore &secrets() const { return m_secrets; }
    const CommandLineOptions &options() const { return m_options; }
    QString dataDir() const { return m_dataDir; }

    // Services to keep in step; any may be null.
    void attach(ProxyService *proxy, TraceService *traces, OtlpExportService *exporter);
    void setPrices(const PriceTable &prices);
    // The cache file the proxy was started with (its path and whether it opened).
    void setCache(const QString &path, bool enabled);

    // The configuration the proxy runs with: the settings, the command line over them.
    ProxyConfig proxyConfig() const;
    // The tracing policy in force: the settings' with --privacy added.
    TracingPolicy tracingPolicy() const;

    // False and nothing saved when `next` has problems (listed in `problems`, including a listen
    // port already taken) or cannot be written (`error`).
    bool apply(const AppSettings &next, QList<AppSettings::Problem> *problems, QString *error);

    // What the command line decides for this run (e.g. "--listen"), for notes in the dialog.
    QStringList commandLineOverrides() const { return m_options.givenProxyOptions; }

Q_SIGNALS:
    void applied(const AppSettings &settings);
    // New prices for the next calls (the settings' pricing page, or the price file changed).
    void pricesChanged(const PriceTable &prices);

private:
    bool save(const AppSettings &next, QString *error);
    void pushToServices(const AppSettings &previous);

    QString m_dataDir;
    CommandLineOptions m_options;
    SecretStore m_secrets;
    AppSettings m_settings;
    PriceTable m_prices;
    QString m_cachePath;
    bool m_cacheEnabled = false;
    ProxyService *m_proxy = nullptr;
    TraceService *m_traces = nullptr;
    OtlpExportService *m_exporter = nullptr;
};
