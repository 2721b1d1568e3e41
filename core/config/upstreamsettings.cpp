#include "upstreamsettings.h"

#include "proxy/proxyconfig.h"
#include "secretheaders.h"
#include "secretstore.h"

#include <QCoreApplication>
#include <QSettings>

namespace {

// The catalogues file these messages under UpstreamSettings.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(UpstreamSettings)
};

QString keyOf(const QString &upstream)
{
    return QStringLiteral("upstream/") + upstream + QStringLiteral("/key");
}

QString headerPrefix(const QString &upstream)
{
    return QStringLiteral("upstream/") + upstream + QStringLiteral("/header/");
}

} // namespace

QList<UpstreamSettings::Preset> UpstreamSettings::presets()
{
    return {
            {QStringLiteral("openai"), Text::tr("OpenAI"),
             QStringLiteral("https://api.openai.com/v1")},
            {QStringLiteral("anthropic"), Text::tr("Anthropic"),
             QStringLiteral("https://api.anthropic.com/v1")},
            {QStringLiteral("openrouter"), Text::tr("OpenRouter"),
             QStringLiteral("https://openrouter.ai/api/v1")},
            {QStringLiteral("braintrust"), Text::tr("Braintrust AI proxy"),
             QStringLiteral("https://api.braintrust.dev/v1/proxy")},
            {QStringLiteral("ollama"), Text::tr("Ollama (local)"),
             QStringLiteral("http://127.0.0.1:11434/v1")},
            {QStringLiteral("custom"), Text::tr("Custom"), QString()},
    };
}

UpstreamSettings UpstreamSettings::builtin()
{
    UpstreamSettings s;
    for (const Preset &preset : presets()) {
        if (!preset.baseUrl.isEmpty())
            s.upstreams.append({preset.id, preset.baseUrl, {}, {}});
    }
    s.defaultName = QStringLiteral("openai");
    return s;
}

UpstreamSettings UpstreamSettings::load(QSettings &settings, const SecretStore &secrets)
{
    settings.beginGroup(QStringLiteral("upstreams"));
    if (!settings.contains(QStringLiteral("default"))) {
        settings.endGroup();
        UpstreamSettings s = builtin();
        for (Entry &entry : s.upstreams)
            entry.apiKey = secrets.value(keyOf(entry.name));
        return s;
    }
    UpstreamSettings s;
    s.defaultName = settings.value(QStringLiteral("default")).toString();
    const int count = settings.beginReadArray(QStringLiteral("list"));
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        Entry entry;
        entry.name = settings.value(QStringLiteral("name")).toString();
        entry.baseUrl = settings.value(QStringLiteral("baseUrl")).toString();
        entry.extraHeaders = SecretHeaders::load(settings, QStringLiteral("headers"), secrets,
                                                 headerPrefix(entry.name));
        entry.apiKey = secrets.value(keyOf(entry.name));
        if (!entry.name.isEmpty())
            s.upstreams.append(entry);
    }
    settings.endArray();
    settings.endGroup();
    return s;
}

void UpstreamSettings::save(QSettings &settings, SecretStore &secrets) const
{
    settings.beginGroup(QStringLiteral("upstreams"));
    settings.remove(QString());
    settings.setValue(QStringLiteral("default"), defaultName);
    settings.beginWriteArray(QStringLiteral("list"), int(upstreams.size()));
    secrets.removeAll(QStringLiteral("upstream/"));
    for (int i = 0; i < upstreams.size(); ++i) {
        const Entry &entry = upstreams.at(i);
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("name"), entry.name);
        settings.setValue(QStringLiteral("baseUrl"), entry.baseUrl);
        SecretHeaders::save(settings, QStringLiteral("headers"), entry.extraHeaders, secrets,
                            headerPrefix(entry.name));
        settings.setValue(QStringLiteral("hasKey"), !entry.apiKey.isEmpty());
        if (!entry.apiKey.isEmpty())
            secrets.setValue(keyOf(entry.name), entry.apiKey);
    }
    settings.endArray();
    settings.endGroup();
}

bool UpstreamSettings::applyTo(ProxyConfig &config, QString *error) const
{
    QList<Upstream> result;
    for (const Entry &entry : upstreams) {
        auto upstream = Upstream::fromUrl(entry.name, entry.baseUrl, error);
        if (!upstream)
            return false;
        upstream->apiKey = entry.apiKey;
        upstream->extraHeaders = entry.extraHeaders;
        result.append(*upstream);
    }
    config.upstreams = result;
    config.defaultUpstream = defaultName;
    return true;
}

const UpstreamSettings::Entry *UpstreamSettings::find(const QString &name) const
{
    for (const Entry &entry : upstreams) {
        if (entry.name == name)
            return &entry;
    }
    return nullptr;
}
