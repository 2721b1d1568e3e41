#include "livesettings.h"

#include "export/otlpexportservice.h"
#include "proxy/proxyservice.h"
#include "trace/traceservice.h"

#include <QCoreApplication>
#include <QSettings>
#include <QTcpServer>
#include <QTemporaryDir>

LiveSettings::LiveSettings(const QString &dataDir, const CommandLineOptions &options,
                           SecretStore secrets, QObject *parent)
    : QObject(parent)
    , m_dataDir(dataDir)
    , m_options(options)
    , m_secrets(std::move(secrets))
{
    QSettings settings;
    m_settings = AppSettings::load(settings, m_secrets);
}

void LiveSettings::attach(ProxyService *proxy, TraceService *traces, OtlpExportService *exporter)
{
    m_proxy = proxy;
    m_traces = traces;
    m_exporter = exporter;
}

void LiveSettings::setPrices(const PriceTable &prices)
{
    m_prices = prices;
    if (m_traces)
        m_traces->setPrices(prices);
    if (m_proxy && m_proxy->config())
        m_proxy->reconfigure(proxyConfig());
    Q_EMIT pricesChanged(prices);
}

void LiveSettings::setCache(const QString &path, bool enabled)
{
    m_cachePath = path;
    m_cacheEnabled = enabled;
}

ProxyConfig LiveSettings::proxyConfig() const
{
    ProxyConfig config = CommandLine::overlay(m_options, m_settings.proxyConfig());
    if (m_options.cacheMode)
        config.cache.defaultMode = *m_options.cacheMode;
    config.cache.path = m_cachePath;
    config.cache.enabled = m_cacheEnabled;
    config.cache.prices = m_prices;
    // Whether a user's calls may use the cache is theirs even when nothing is recorded.
    const TracingPolicy &policy = m_settings.tracing.policy;
    const bool someoneTraced = policy.tracing
            || std::any_of(policy.users.cbegin(), policy.users.cend(),
                           [](const TracingPolicy::UserPolicy &u) { return u.tracing == true; });
    config.tracing = config.tracing && someoneTraced;
    return config;
}

TracingPolicy LiveSettings::tracingPolicy() const
{
    TracingPolicy policy = m_settings.tracing.policy;
    policy.privacy = policy.privacy || m_options.privacy;
    return policy;
}

bool LiveSettings::apply(const AppSettings &next, QList<AppSettings::Problem> *problems,
                         QString *error)
{
    *problems = next.validate();
    // A port someone else holds: said now, next to the field, rather than after saving.
    const bool listenGiven = m_options.givenProxyOptions.contains(QStringLiteral("listen"));
    if (problems->isEmpty() && !listenGiven
        && (next.proxy.listenHost != m_settings.proxy.listenHost
            || next.proxy.listenPort != m_settings.proxy.listenPort)) {
        ProxyConfig wanted;
        next.proxy.applyTo(wanted);
        // Our own port (on another address, 127.0.0.1 → 0.0.0.0 say) is handed over by the
        // proxy itself; probing it here would only find ourselves.
        const bool ours =
                m_proxy && m_proxy->isRunning() && m_proxy->listenPort() == wanted.listenPort;
        QTcpServer probe;
        if (!ours && !probe.listen(wanted.listenAddress, wanted.listenPort)) {
            problems->append({QStringLiteral("proxy.listenPort"),
                              tr("%1 port %2 cannot be used: %3. The proxy keeps listening "
                                 "where it is.")
                                      .arg(next.proxy.listenHost)
                                      .arg(next.proxy.listenPort)
                                      .arg(probe.errorString())});
        }
    }
    if (!problems->isEmpty())
        return false;
    if (!save(next, error))
        return false;
    const AppSettings previous = std::exchange(m_settings, next);
    pushToServices(previous);
    Q_EMIT applied(m_settings);
    return true;
}

bool LiveSettings::save(const AppSettings &next, QString *error)
{
    // Secrets first, through a scratch settings file: if the keychain refuses, the settings
    // file has not changed either.
    {
        QTemporaryDir scratch;
        QSettings staging(scratch.filePath(QStringLiteral("staging.ini")), QSettings::IniFormat);
        next.save(staging, m_secrets);
    }
    if (!m_secrets.save(error))
        return false;
    QSettings settings;
    next.save(settings, m_secrets);
    settings.sync();
    if (settings.status() != QSettings::NoError) {
        *error = tr("The settings file %1 cannot be written.").arg(settings.fileName());
        return false;
    }
    return true;
}

void LiveSettings::pushToServices(const AppSettings &previous)
{
    if (m_proxy && m_proxy->config())
        m_proxy->reconfigure(proxyConfig());
    if (m_traces && m_traces->writer()) {
        if (m_settings.tracing.policy != previous.tracing.policy || m_options.privacy)
            m_traces->setPolicy(tracingPolicy());
        const TraceRetention &before = previous.tracing.retention;
        const TraceRetention &after = m_settings.tracing.retention;
        if (before.maxAgeDays != after.maxAgeDays || before.maxBytes != after.maxBytes)
            m_traces->setRetention(after);
    }
    if (m_exporter && m_settings.exports != previous.exports) {
        QList<OtlpDestination> destinations = m_settings.exports.destinations;
        if (m_options.otlpDestination)
            destinations.append(*m_options.otlpDestination);
        if (m_exporter->isRunning()) {
            m_exporter->setDestinations(destinations);
        } else if (m_traces && m_traces->writer()
                   && !OtlpExportService::usable(destinations).isEmpty()) {
            QString error;
            m_exporter->start(m_traces, destinations, &error);
        }
    }
}
