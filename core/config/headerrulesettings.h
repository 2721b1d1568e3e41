#pragma once

#include <QList>
#include <QString>

class QSettings;
class SecretStore;
struct ProxyConfig;

// Custom headers set on forwarded calls (settings file, group "headers"): each rule applies to
// every upstream or to one, and can be switched off without being deleted. Secret values
// (Authorization, *-key, *-token …) are kept in the SecretStore, the settings file keeps their
// redacted form.
struct HeaderRuleSettings
{
    struct Rule
    {
        QString name;
        QString value;
        QString scope; // an upstream's name; empty: all upstreams
        bool enabled = true;
        friend bool operator==(const Rule &, const Rule &) = default;
    };

    QList<Rule> rules;

    static HeaderRuleSettings load(QSettings &settings, const SecretStore &secrets);
    void save(QSettings &settings, SecretStore &secrets) const;
    // Enabled rules: all-upstream ones into config.injectedHeaders, scoped ones into their
    // upstream's extra headers (a rule for an unknown upstream is skipped; validate first).
    void applyTo(ProxyConfig &config) const;

    // Why `name` cannot be a custom header, or empty: not a field name, hop-by-hop, set by the
    // proxy itself (Host, Content-Length) or one of TokenTap's own x-tokentap-* headers.
    static QString nameProblem(const QString &name);

    friend bool operator==(const HeaderRuleSettings &, const HeaderRuleSettings &) = default;
};
