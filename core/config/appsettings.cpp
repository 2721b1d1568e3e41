#include "appsettings.h"

#include "memorysecretbackend.h"
#include "proxy/proxyconfig.h"
#include "secretstore.h"
#include "settingsjson.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QSet>
#include <QSettings>
#include <QTemporaryDir>

namespace {

// The catalogues file these messages under AppSettings.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AppSettings)
};

void validateProxy(const ProxySettings &p, QList<AppSettings::Problem> &problems)
{
    if (p.listenHost != QLatin1String("localhost") && QHostAddress(p.listenHost).isNull())
        problems.append({QStringLiteral("proxy.listenHost"),
                         Text::tr("'%1' is not an IP address (e.g. 127.0.0.1, ::1 or 0.0.0.0).")
                                 .arg(p.listenHost)});
    if (p.listenPort == 0)
        problems.append(
                {QStringLiteral("proxy.listenPort"), Text::tr("Choose a port from 1 to 65535.")});
    if (!p.listensOnLoopbackOnly() && p.accessToken.size() < ProxySettings::MinAccessTokenLength)
        problems.append(
                {QStringLiteral("proxy.accessToken"),
                 Text::tr("Listening beyond this computer needs an access token of at least "
                          "%1 characters that clients send as x-tokentap-key.")
                         .arg(ProxySettings::MinAccessTokenLength)});
    if (p.accessToken.contains('\r') || p.accessToken.contains('\n'))
        problems.append({QStringLiteral("proxy.accessToken"),
                         Text::tr("The access token must not contain line breaks.")});
    if (p.maxRequestBodyMiB < 1 || p.maxRequestBodyMiB > 4096)
        problems.append({QStringLiteral("proxy.maxRequestBodyMiB"),
                         Text::tr("The body size limit must be between 1 and 4096 MiB.")});
    if (p.connectTimeoutSeconds < 1 || p.connectTimeoutSeconds > 3600)
        problems.append({QStringLiteral("proxy.connectTimeoutSeconds"),
                         Text::tr("The connect timeout must be between 1 and 3600 seconds.")});
    if (p.firstByteTimeoutSeconds < 1 || p.firstByteTimeoutSeconds > 86400)
        problems.append({QStringLiteral("proxy.firstByteTimeoutSeconds"),
                         Text::tr("The response timeout must be between 1 and 86400 seconds.")});
    if (p.streamIdleTimeoutSeconds < 1 || p.streamIdleTimeoutSeconds > 86400)
        problems.append({QStringLiteral("proxy.streamIdleTimeoutSeconds"),
                         Text::tr("The stream idle timeout must be between 1 and 86400 seconds.")});
}

QString headerValueProblem(const QByteArray &value)
{
    if (value.contains('\r') || value.contains('\n') || value.contains('\0'))
        return Text::tr("A header value must not contain line breaks.");
    return {};
}

void validateUpstreams(const UpstreamSettings &u, QList<AppSettings::Problem> &problems)
{
    QSet<QString> seen;
    for (int i = 0; i < u.upstreams.size(); ++i) {
        const UpstreamSettings::Entry &entry = u.upstreams.at(i);
        const QString at = QStringLiteral("upstreams.%1.").arg(i);
        if (!Upstream::isValidName(entry.name))
            problems.append({at + QStringLiteral("name"),
                             Text::tr("'%1' cannot be an upstream name: use letters, digits, '-', "
                                      "'_' or '.'.")
                                     .arg(entry.name)});
        else if (seen.contains(entry.name))
            problems.append({at + QStringLiteral("name"),
                             Text::tr("Another upstream is already called '%1'.").arg(entry.name)});
        seen.insert(entry.name);
        QString error;
        if (!Upstream::fromUrl(entry.name.isEmpty() ? QStringLiteral("x") : entry.name,
                               entry.baseUrl, &error)
            && Upstream::isValidName(entry.name))
            problems.append({at + QStringLiteral("baseUrl"), error});
        if (entry.apiKey.contains('\r') || entry.apiKey.contains('\n'))
            problems.append({at + QStringLiteral("apiKey"),
                             Text::tr("The API key must not contain line breaks.")});
        for (const auto &[name, value] : entry.extraHeaders.fields()) {
            QString problem = HeaderRuleSettings::nameProblem(QString::fromLatin1(name));
            if (problem.isEmpty())
                problem = headerValueProblem(value);
            if (!problem.isEmpty()) {
                problems.append({at + QStringLiteral("headers"), problem});
                break;
            }
        }
    }
    if (u.upstreams.isEmpty())
        problems.append({QStringLiteral("upstreams"), Text::tr("Add at least one upstream.")});
    else if (!u.find(u.defaultName))
        problems.append({QStringLiteral("upstreams.default"),
                         Text::tr("Mark one upstream as the default.")});
}

void validateHeaders(const HeaderRuleSettings &h, const UpstreamSettings &u,
                     QList<AppSettings::Problem> &problems)
{
    for (int i = 0; i < h.rules.size(); ++i) {
        const HeaderRuleSettings::Rule &rule = h.rules.at(i);
        const QString at = QStringLiteral("headers.%1.").arg(i);
        if (const QString problem = HeaderRuleSettings::nameProblem(rule.name); !problem.isEmpty())
            problems.append({at + QStringLiteral("name"), problem});
        if (const QString problem = headerValueProblem(rule.value.toUtf8()); !problem.isEmpty())
            problems.append({at + QStringLiteral("value"), problem});
        if (!rule.scope.isEmpty() && !u.find(rule.scope))
            problems.append({at + QStringLiteral("scope"),
                             Text::tr("There is no upstream called '%1'.").arg(rule.scope)});
    }
}

void validateCache(const CacheSettings &c, QList<AppSettings::Problem> &problems)
{
    if (c.defaultTtlSeconds < CachePolicy::MinTtlSeconds
        || c.defaultTtlSeconds > CachePolicy::MaxTtlSeconds)
        problems.append({QStringLiteral("cache.ttl"),
                         Text::tr("The time to live must be between 1 second and 7 days.")});
    if (c.maxBytes < 1024 * 1024)
        problems.append(
                {QStringLiteral("cache.maxBytes"), Text::tr("The cache needs at least 1 MiB.")});
}

void validateTracing(const TracingSettings &t, QList<AppSettings::Problem> &problems)
{
    if (t.retention.maxAgeDays < 0)
        problems.append({QStringLiteral("tracing.retentionDays"),
                         Text::tr("Retention days cannot be negative.")});
    if (t.retention.maxBytes < 0)
        problems.append({QStringLiteral("tracing.maxDatabaseMiB"),
                         Text::tr("The maximum size cannot be negative.")});
    if (t.maxRecordedBodyBytes < 1024)
        problems.append({QStringLiteral("tracing.maxBodyMiB"),
                         Text::tr("Recorded bodies need room for at least 1 KiB.")});
    QSet<QString> seen;
    for (int i = 0; i < t.policy.users.size(); ++i) {
        const QString user = t.policy.users.at(i).user.trimmed();
        const QString at = QStringLiteral("tracing.users.%1").arg(i);
        if (user.isEmpty())
            problems.append({at, Text::tr("A user policy needs a user name.")});
        else if (seen.contains(user))
            problems.append({at, Text::tr("'%1' has two policies.").arg(user)});
        seen.insert(user);
    }
}

void validateExport(const ExportSettings &e, QList<AppSettings::Problem> &problems)
{
    QSet<QString> ids;
    for (int i = 0; i < e.destinations.size(); ++i) {
        const OtlpDestination &d = e.destinations.at(i);
        QString error;
        if (!d.isValid(&error))
            problems.append({QStringLiteral("export.%1").arg(i), error});
        else if (ids.contains(d.id))
            problems.append({QStringLiteral("export.%1").arg(i),
                             Text::tr("Two destinations share the id '%1'.").arg(d.id)});
        ids.insert(d.id);
    }
}

} // namespace

AppSettings AppSettings::load(QSettings &settings, const SecretStore &secrets)
{
    AppSettings s;
    s.general = GeneralSettings::load(settings);
    s.proxy = ProxySettings::load(settings, secrets);
    s.upstreams = UpstreamSettings::load(settings, secrets);
    s.headers = HeaderRuleSettings::load(settings, secrets);
    s.cache = CacheSettings::load(settings);
    s.tracing = TracingSettings::load(settings);
    s.exports = ExportSettings::load(settings, secrets);
    return s;
}

void AppSettings::save(QSettings &settings, SecretStore &secrets) const
{
    general.save(settings);
    proxy.save(settings, secrets);
    upstreams.save(settings, secrets);
    headers.save(settings, secrets);
    cache.save(settings);
    tracing.save(settings);
    exports.save(settings, secrets);
}

QList<AppSettings::Problem> AppSettings::validate() const
{
    QList<Problem> problems;
    validateProxy(proxy, problems);
    validateUpstreams(upstreams, problems);
    validateHeaders(headers, upstreams, problems);
    validateCache(cache, problems);
    validateTracing(tracing, problems);
    validateExport(exports, problems);
    return problems;
}

ProxyConfig AppSettings::proxyConfig() const
{
    ProxyConfig config;
    proxy.applyTo(config);
    QString error;
    if (!upstreams.applyTo(config, &error))
        UpstreamSettings::builtin().applyTo(config, &error);
    headers.applyTo(config);
    cache.applyTo(config.cache);
    config.userPolicy = tracing.policy;
    config.maxRecordedBodyBytes = tracing.maxRecordedBodyBytes;
    return config;
}

QJsonObject AppSettings::toJson() const
{
    QTemporaryDir dir;
    QSettings ini(dir.filePath(QStringLiteral("export.ini")), QSettings::IniFormat);
    SecretStore dropped(std::make_unique<MemorySecretBackend>());
    save(ini, dropped);
    ini.sync();
    QJsonObject json = SettingsJson::fromSettings(ini);
    json.insert(QStringLiteral("tokentapSettings"), 1);
    return json;
}

std::optional<AppSettings> AppSettings::fromJson(const QJsonObject &json,
                                                 const SecretStore &secrets, QString *error)
{
    if (json.value(QStringLiteral("tokentapSettings")).toInt() != 1) {
        *error = Text::tr("This is not a TokenTap settings file.");
        return std::nullopt;
    }
    QTemporaryDir dir;
    QSettings ini(dir.filePath(QStringLiteral("import.ini")), QSettings::IniFormat);
    QJsonObject body = json;
    body.remove(QStringLiteral("tokentapSettings"));
    if (!SettingsJson::toSettings(body, ini, error))
        return std::nullopt;
    return load(ini, secrets);
}
