#include "headerrulesettings.h"

#include "proxy/headerrules.h"
#include "proxy/proxyconfig.h"
#include "secretheaders.h"
#include "secretstore.h"
#include "trace/redaction.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSettings>

namespace {

// The catalogues file these messages under HeaderRuleSettings.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(HeaderRuleSettings)
};

// By scope and name, not position: an imported settings file keeps the values it can.
QString secretKey(const HeaderRuleSettings::Rule &rule)
{
    return QStringLiteral("header/") + (rule.scope.isEmpty() ? QStringLiteral("*") : rule.scope)
            + u'/' + rule.name.toLower();
}

} // namespace

HeaderRuleSettings HeaderRuleSettings::load(QSettings &settings, const SecretStore &secrets)
{
    HeaderRuleSettings s;
    settings.beginGroup(QStringLiteral("headers"));
    const int count = settings.beginReadArray(QStringLiteral("rules"));
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        Rule rule;
        rule.name = settings.value(QStringLiteral("name")).toString();
        rule.value = settings.value(QStringLiteral("value")).toString();
        rule.scope = settings.value(QStringLiteral("scope")).toString();
        if (settings.value(QStringLiteral("secret")).toBool()) {
            rule.value = QString::fromUtf8(secrets.value(secretKey(rule)));
            if (rule.value.isEmpty())
                continue; // better no header than the redacted one
        }
        rule.enabled = settings.value(QStringLiteral("enabled"), true).toBool();
        if (!rule.name.isEmpty())
            s.rules.append(rule);
    }
    settings.endArray();
    settings.endGroup();
    return s;
}

void HeaderRuleSettings::save(QSettings &settings, SecretStore &secrets) const
{
    settings.beginGroup(QStringLiteral("headers"));
    settings.remove(QString());
    secrets.removeAll(QStringLiteral("header/"));
    settings.beginWriteArray(QStringLiteral("rules"), int(rules.size()));
    for (int i = 0; i < rules.size(); ++i) {
        const Rule &rule = rules.at(i);
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("name"), rule.name);
        const QByteArray value = rule.value.toUtf8();
        const bool secret = SecretHeaders::isSecret(rule.name.toLatin1(), value);
        settings.setValue(QStringLiteral("secret"), secret);
        if (secret) {
            secrets.setValue(secretKey(rule), value);
            settings.setValue(QStringLiteral("value"),
                              QString::fromUtf8(Redaction::redactValue(value)));
        } else {
            settings.setValue(QStringLiteral("value"), rule.value);
        }
        settings.setValue(QStringLiteral("scope"), rule.scope);
        settings.setValue(QStringLiteral("enabled"), rule.enabled);
    }
    settings.endArray();
    settings.endGroup();
}

void HeaderRuleSettings::applyTo(ProxyConfig &config) const
{
    for (const Rule &rule : rules) {
        if (!rule.enabled)
            continue;
        const QByteArray name = rule.name.toLatin1();
        const QByteArray value = rule.value.toUtf8();
        if (rule.scope.isEmpty()) {
            config.injectedHeaders.set(name, value);
            continue;
        }
        for (Upstream &upstream : config.upstreams) {
            if (upstream.name == rule.scope)
                upstream.extraHeaders.set(name, value);
        }
    }
}

QString HeaderRuleSettings::nameProblem(const QString &name)
{
    static const QRegularExpression token(QStringLiteral("^[!#$%&'*+.^_`|~0-9A-Za-z-]+$"));
    if (name.isEmpty())
        return Text::tr("A header needs a name.");
    if (!token.match(name).hasMatch())
        return Text::tr("'%1' is not a valid header name (letters, digits and - only).").arg(name);
    const QByteArray lower = name.toLatin1().toLower();
    if (HeaderRules::isHopByHop(lower))
        return Text::tr("%1 is a connection header; the proxy manages it.").arg(name);
    if (lower == "host" || lower == "content-length")
        return Text::tr("%1 is set by the proxy for each upstream.").arg(name);
    if (lower.startsWith("x-tokentap-"))
        return Text::tr("x-tokentap-* headers are TokenTap's own and never forwarded.");
    return {};
}
