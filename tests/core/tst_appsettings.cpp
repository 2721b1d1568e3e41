#include "config/appsettings.h"
#include "config/commandline.h"
#include "config/memorysecretbackend.h"
#include "config/secretstore.h"
#include "proxy/proxyconfig.h"

#include <QDirIterator>
#include <QJsonDocument>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

// Settings that differ from the defaults everywhere, secrets included.
AppSettings sample()
{
    AppSettings s;
    s.general.closeToTray = false;
    s.general.notifyUpstreamErrors = true;
    s.general.language = u"de"_s;
    s.proxy.listenHost = u"0.0.0.0"_s;
    s.proxy.listenPort = 9191;
    s.proxy.accessToken = "tok-0123456789abcdefXYZ";
    s.proxy.maxRequestBodyMiB = 8;
    s.proxy.connectTimeoutSeconds = 5;
    s.proxy.firstByteTimeoutSeconds = 120;
    s.proxy.streamIdleTimeoutSeconds = 90;
    s.upstreams.upstreams = {
            {u"openai"_s, u"https://api.openai.com/v1"_s, "sk-openai-SECRET-1111", {}},
            {u"local"_s, u"http://127.0.0.1:11434/v1"_s, {}, {}},
    };
    s.upstreams.upstreams[1].extraHeaders.append("HTTP-Referer", "https://example.com");
    s.upstreams.upstreams[1].extraHeaders.append("x-org-token", "orgtoken-SECRET-2222");
    s.upstreams.defaultName = u"local"_s;
    s.headers.rules = {{u"x-bt-use-cache"_s, u"always"_s, QString(), true},
                       {u"Authorization"_s, u"Bearer hdr-SECRET-3333"_s, u"local"_s, false}};
    s.cache.defaultMode = CacheMode::Never;
    s.cache.defaultTtlSeconds = 3600;
    s.cache.maxBytes = 64LL * 1024 * 1024;
    s.cache.replayRealtime = true;
    s.tracing.policy.privacy = true;
    TracingPolicy::UserPolicy alice;
    alice.user = u"alice"_s;
    alice.tracing = false;
    alice.cacheAllowed = true;
    alice.expires = QDateTime(QDate(2031, 5, 6), QTime(7, 8), Qt::UTC);
    s.tracing.policy.users.append(alice);
    s.tracing.retention.maxAgeDays = 30;
    s.tracing.retention.maxBytes = 512LL * 1024 * 1024;
    s.tracing.maxRecordedBodyBytes = 4LL * 1024 * 1024;
    OtlpDestination bt = OtlpDestination::braintrust("sk-bt-SECRET-4444", u"project_id:p1"_s);
    bt.samplingRate = 0.5;
    s.exports.destinations.append(bt);
    return s;
}

const QByteArrayList Secrets = {"sk-openai-SECRET-1111", "orgtoken-SECRET-2222", "hdr-SECRET-3333",
                                "sk-bt-SECRET-4444", "tok-0123456789abcdefXYZ"};

QString problemFields(const QList<AppSettings::Problem> &problems)
{
    QStringList fields;
    for (const auto &p : problems)
        fields.append(p.field);
    return fields.join(u',');
}

} // namespace

class TestAppSettings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTripKeepsSecretsOutOfTheSettingsFile()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"TokenTap.conf"_s);
        const AppSettings saved = sample();
        QVERIFY2(saved.validate().isEmpty(), qPrintable(problemFields(saved.validate())));
        {
            QSettings settings(file, QSettings::IniFormat);
            SecretStore secrets(dir.filePath(u"secrets.enc"_s));
            saved.save(settings, secrets);
            QString error;
            QVERIFY2(secrets.save(&error), qPrintable(error));
        }
        QSettings settings(file, QSettings::IniFormat);
        const AppSettings loaded =
                AppSettings::load(settings, SecretStore(dir.filePath(u"secrets.enc"_s)));
        QCOMPARE(loaded.proxy, saved.proxy);
        QCOMPARE(loaded.upstreams, saved.upstreams);
        QCOMPARE(loaded.headers, saved.headers);
        QVERIFY(loaded.tracing == saved.tracing);
        QCOMPARE(loaded.exports, saved.exports);
        QVERIFY(loaded == saved);

        // No secret in full in any file of the folder: the settings keep "…" forms, the
        // secrets file is encrypted.
        QDirIterator files(dir.path(), QDir::Files);
        while (files.hasNext()) {
            QFile f(files.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray content = f.readAll();
            for (const QByteArray &secret : Secrets)
                QVERIFY2(!content.contains(secret),
                         qPrintable(f.fileName() + u' ' + QString::fromLatin1(secret)));
        }
    }

    void noSavedUpstreamsMeansTheBuiltInOnes()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"TokenTap.conf"_s), QSettings::IniFormat);
        const AppSettings loaded =
                AppSettings::load(settings, SecretStore(std::make_unique<MemorySecretBackend>()));
        QCOMPARE(loaded.upstreams.defaultName, u"openai"_s);
        QCOMPARE(loaded.upstreams.upstreams.size(), 5);
        QVERIFY(loaded.validate().isEmpty());
        const ProxyConfig config = loaded.proxyConfig();
        QCOMPARE(config.listenPort, quint16(8484));
        QVERIFY(config.defaultTarget());
        QCOMPARE(config.defaultTarget()->name, u"openai"_s);
    }

    void proxyConfigAppliesRules()
    {
        const ProxyConfig config = sample().proxyConfig();
        QCOMPARE(config.listenAddress, QHostAddress(u"0.0.0.0"_s));
        QCOMPARE(config.listenPort, quint16(9191));
        QCOMPARE(config.accessToken, QByteArray("tok-0123456789abcdefXYZ"));
        QCOMPARE(config.maxRequestBodyBytes, 8LL * 1024 * 1024);
        QCOMPARE(config.connectTimeoutMs, 5000);
        QCOMPARE(config.injectedHeaders.value("x-bt-use-cache"), QByteArray("always"));
        const Upstream *local = config.upstream(u"local"_s);
        QVERIFY(local);
        QCOMPARE(config.defaultTarget(), local);
        // The Authorization rule for "local" is switched off.
        QVERIFY(!local->extraHeaders.contains("Authorization"));
        QCOMPARE(local->extraHeaders.value("HTTP-Referer"), QByteArray("https://example.com"));
        QCOMPARE(config.upstream(u"openai"_s)->apiKey, QByteArray("sk-openai-SECRET-1111"));
        QCOMPARE(config.cache.defaultMode, CacheMode::Never);
        QCOMPARE(config.maxRecordedBodyBytes, 4LL * 1024 * 1024);

        AppSettings enabled = sample();
        enabled.headers.rules[1].enabled = true;
        QCOMPARE(enabled.proxyConfig().upstream(u"local"_s)->extraHeaders.value("Authorization"),
                 QByteArray("Bearer hdr-SECRET-3333"));
    }

    void validation_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("field");
        QTest::newRow("host") << u"host"_s << u"proxy.listenHost"_s;
        QTest::newRow("port") << u"port"_s << u"proxy.listenPort"_s;
        QTest::newRow("remote without token") << u"token"_s << u"proxy.accessToken"_s;
        QTest::newRow("body limit") << u"body"_s << u"proxy.maxRequestBodyMiB"_s;
        QTest::newRow("upstream name") << u"upname"_s << u"upstreams.1.name"_s;
        QTest::newRow("duplicate upstream") << u"updup"_s << u"upstreams.1.name"_s;
        QTest::newRow("upstream url") << u"upurl"_s << u"upstreams.0.baseUrl"_s;
        QTest::newRow("default missing") << u"updefault"_s << u"upstreams.default"_s;
        QTest::newRow("header name") << u"hdrname"_s << u"headers.0.name"_s;
        QTest::newRow("hop-by-hop header") << u"hdrhop"_s << u"headers.0.name"_s;
        QTest::newRow("own header") << u"hdrown"_s << u"headers.0.name"_s;
        QTest::newRow("header line break") << u"hdrvalue"_s << u"headers.0.value"_s;
        QTest::newRow("header scope") << u"hdrscope"_s << u"headers.1.scope"_s;
        QTest::newRow("ttl") << u"ttl"_s << u"cache.ttl"_s;
        QTest::newRow("user without name") << u"user"_s << u"tracing.users.0"_s;
        QTest::newRow("destination") << u"otlp"_s << u"export.0"_s;
    }

    void validation()
    {
        QFETCH(QString, change);
        QFETCH(QString, field);
        AppSettings s = sample();
        if (change == "host"_L1)
            s.proxy.listenHost = u"my laptop"_s;
        else if (change == "port"_L1)
            s.proxy.listenPort = 0;
        else if (change == "token"_L1)
            s.proxy.accessToken = "short";
        else if (change == "body"_L1)
            s.proxy.maxRequestBodyMiB = 0;
        else if (change == "upname"_L1)
            s.upstreams.upstreams[1].name = u"has space"_s;
        else if (change == "updup"_L1)
            s.upstreams.upstreams[1].name = u"openai"_s;
        else if (change == "upurl"_L1)
            s.upstreams.upstreams[0].baseUrl = u"ftp://example.com"_s;
        else if (change == "updefault"_L1)
            s.upstreams.defaultName = u"gone"_s;
        else if (change == "hdrname"_L1)
            s.headers.rules[0].name = u"bad name"_s;
        else if (change == "hdrhop"_L1)
            s.headers.rules[0].name = u"Connection"_s;
        else if (change == "hdrown"_L1)
            s.headers.rules[0].name = u"x-tokentap-user"_s;
        else if (change == "hdrvalue"_L1)
            s.headers.rules[0].value = u"a\r\nInjected: yes"_s;
        else if (change == "hdrscope"_L1)
            s.headers.rules[1].scope = u"nowhere"_s;
        else if (change == "ttl"_L1)
            s.cache.defaultTtlSeconds = 8 * 86400;
        else if (change == "user"_L1)
            s.tracing.policy.users[0].user.clear();
        else if (change == "otlp"_L1)
            s.exports.destinations[0].endpoint = QUrl(u"not a url"_s);
        const QList<AppSettings::Problem> problems = s.validate();
        QVERIFY2(problemFields(problems).split(u',').contains(field),
                 qPrintable(problemFields(problems)));
        for (const auto &p : problems)
            QVERIFY(!p.message.isEmpty());
        // Loopback needs no token.
        AppSettings local = sample();
        local.proxy.listenHost = u"127.0.0.1"_s;
        local.proxy.accessToken.clear();
        QVERIFY(local.validate().isEmpty());
    }

    void jsonRoundTripWithoutSecrets()
    {
        const AppSettings saved = sample();
        const QJsonObject json = saved.toJson();
        const QByteArray text = QJsonDocument(json).toJson();
        for (const QByteArray &secret : Secrets)
            QVERIFY2(!text.contains(secret), secret.constData());
        // Readable JSON: groups as objects, lists as arrays, numbers and booleans as such.
        QCOMPARE(json.value(u"proxy"_s).toObject().value(u"listenPort"_s).toInt(), 9191);
        QCOMPARE(json.value(u"general"_s).toObject().value(u"closeToTray"_s), QJsonValue(false));
        QVERIFY(json.value(u"upstreams"_s).toObject().value(u"list"_s).isArray());

        // Imported elsewhere: everything but the secrets.
        QString error;
        const auto elsewhere = AppSettings::fromJson(
                json, SecretStore(std::make_unique<MemorySecretBackend>()), &error);
        QVERIFY2(elsewhere, qPrintable(error));
        QCOMPARE(elsewhere->proxy.listenPort, quint16(9191));
        QVERIFY(elsewhere->proxy.accessToken.isEmpty());
        QCOMPARE(elsewhere->upstreams.upstreams.size(), 2);
        QVERIFY(elsewhere->upstreams.upstreams[0].apiKey.isEmpty());
        QCOMPARE(elsewhere->headers.rules.size(), 1); // the secret rule has no value here
        QVERIFY(elsewhere->tracing == saved.tracing);
        QCOMPARE(elsewhere->cache, saved.cache);
        QCOMPARE(elsewhere->general, saved.general);

        // Imported where the secrets are: equal to what was exported.
        SecretStore secrets(std::make_unique<MemorySecretBackend>());
        QTemporaryDir dir;
        QSettings scratch(dir.filePath(u"s.ini"_s), QSettings::IniFormat);
        saved.save(scratch, secrets);
        const auto here = AppSettings::fromJson(json, secrets, &error);
        QVERIFY2(here, qPrintable(error));
        QVERIFY(*here == saved);
    }

    void jsonRejectsOtherDocuments()
    {
        QString error;
        QVERIFY(!AppSettings::fromJson(QJsonObject {{u"proxy"_s, 1}},
                                       SecretStore(std::make_unique<MemorySecretBackend>()),
                                       &error));
        QVERIFY(error.contains(u"not a TokenTap settings file"_s));
    }

    void commandLineOverridesSavedSettings()
    {
        const QProcessEnvironment none;
        const auto parsed = CommandLine::parse(
                {u"tokentap"_s, u"--listen"_s, u"127.0.0.1:0"_s, u"--header"_s, u"x-extra: 1"_s},
                none);
        QVERIFY(parsed.ok());
        const ProxyConfig config =
                CommandLine::overlay(parsed.options, sample().proxyConfig(), none);
        QCOMPARE(config.listenPort, quint16(0));
        QCOMPARE(config.listenAddress, QHostAddress(QHostAddress::LocalHost));
        QCOMPARE(config.injectedHeaders.value("x-extra"), QByteArray("1"));
        QCOMPARE(config.injectedHeaders.value("x-bt-use-cache"), QByteArray("always"));
        QCOMPARE(config.defaultTarget()->name, u"local"_s); // not given: the saved default
        QCOMPARE(config.upstream(u"openai"_s)->apiKey, QByteArray("sk-openai-SECRET-1111"));
        QCOMPARE(config.connectTimeoutMs, 5000);

        QProcessEnvironment env;
        env.insert(u"TOKENTAP_UPSTREAM_KEY_OPENAI"_s, u"sk-env"_s);
        const auto withUpstream = CommandLine::parse(
                {u"tokentap"_s, u"--upstream"_s, u"http://127.0.0.1:9/v1"_s}, env);
        QVERIFY(withUpstream.ok());
        const ProxyConfig overridden =
                CommandLine::overlay(withUpstream.options, sample().proxyConfig(), env);
        QCOMPARE(overridden.defaultTarget()->name, u"default"_s);
        QCOMPARE(overridden.upstream(u"openai"_s)->apiKey, QByteArray("sk-env"));
        QCOMPARE(overridden.listenPort, quint16(9191)); // not given: saved

        // The unqualified key is the command line's default upstream's (openai), never the one
        // the settings make the default: it must not go to another host.
        QProcessEnvironment plain;
        plain.insert(u"TOKENTAP_UPSTREAM_KEY"_s, u"sk-openai-env"_s);
        const auto bare = CommandLine::parse({u"tokentap"_s}, plain);
        QVERIFY(bare.ok());
        AppSettings keyless = sample();
        keyless.upstreams.upstreams[0].apiKey.clear();
        const ProxyConfig keyed = CommandLine::overlay(bare.options, keyless.proxyConfig(), plain);
        QCOMPARE(keyed.defaultTarget()->name, u"local"_s);
        QVERIFY(keyed.defaultTarget()->apiKey.isEmpty());
        QCOMPARE(keyed.upstream(u"openai"_s)->apiKey, QByteArray("sk-openai-env"));
    }

    // Version 0.1 listed an export destination's secret headers as "secretHeaders".
    void legacySecretHeaderList()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"TokenTap.conf"_s), QSettings::IniFormat);
        settings.beginGroup(u"export"_s);
        settings.beginWriteArray(u"destinations"_s, 1);
        settings.setArrayIndex(0);
        settings.setValue(u"id"_s, u"bt"_s);
        settings.setValue(u"endpoint"_s, u"https://api.braintrust.dev/otel/v1/traces"_s);
        settings.setValue(u"headers"_s, QStringList {u"Authorization: Bearer \u2026wxyz"_s});
        settings.setValue(u"secretHeaders"_s, QStringList {u"Authorization"_s});
        settings.endArray();
        settings.endGroup();
        SecretStore secrets(std::make_unique<MemorySecretBackend>());
        secrets.setValue(u"export/bt/authorization"_s, "Bearer sk-legacy-wxyz");
        const AppSettings loaded = AppSettings::load(settings, secrets);
        QCOMPARE(loaded.exports.destinations.size(), 1);
        QCOMPARE(loaded.exports.destinations[0].headers.value("Authorization"),
                 QByteArray("Bearer sk-legacy-wxyz"));
    }

    void remoteListenNeedsAToken()
    {
        const QProcessEnvironment none;
        const auto refused =
                CommandLine::parse({u"tokentap"_s, u"--listen"_s, u"0.0.0.0:8484"_s}, none);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error.contains(u"TOKENTAP_ACCESS_TOKEN"_s));
        QProcessEnvironment env;
        env.insert(u"TOKENTAP_ACCESS_TOKEN"_s, u"0123456789abcdef0123"_s);
        const auto allowed =
                CommandLine::parse({u"tokentap"_s, u"--listen"_s, u"0.0.0.0:8484"_s}, env);
        QVERIFY2(allowed.ok(), qPrintable(allowed.error));
        QCOMPARE(allowed.options.proxy.accessToken, QByteArray("0123456789abcdef0123"));
    }
};

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
