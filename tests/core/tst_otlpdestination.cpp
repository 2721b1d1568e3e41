#include "config/exportsettings.h"
#include "config/secretstore.h"
#include "export/otlpdestination.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestOtlpDestination : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void braintrustPreset()
    {
        const OtlpDestination d = OtlpDestination::braintrust("sk-bt-secret-1234", u"p-1"_s);
        QCOMPARE(d.endpoint, QUrl(u"https://api.braintrust.dev/otel/v1/traces"_s));
        QCOMPARE(d.encoding, OtlpDestination::Encoding::Protobuf);
        QCOMPARE(d.headers.value("Authorization"), QByteArray("Bearer sk-bt-secret-1234"));
        QCOMPARE(d.headers.value("x-bt-parent"), QByteArray("project_id:p-1"));
        QVERIFY(d.routesByBtParent());
        QString error;
        QVERIFY2(d.isValid(&error), qPrintable(error));
        // A parent already in Braintrust's form is kept as it is.
        QCOMPARE(OtlpDestination::braintrust("k", u"project_name:demo"_s)
                         .headers.value("x-bt-parent"),
                 QByteArray("project_name:demo"));
    }

    void otherPresets()
    {
        QCOMPARE(OtlpDestination::braintrustSelfHosted(QUrl(u"https://bt.example.com/api/"_s), "k",
                                                       u"p"_s)
                         .endpoint,
                 QUrl(u"https://bt.example.com/api/otel/v1/traces"_s));
        const OtlpDestination langfuse = OtlpDestination::langfuse("pk-lf-1", "sk-lf-2");
        QCOMPARE(langfuse.endpoint,
                 QUrl(u"https://cloud.langfuse.com/api/public/otel/v1/traces"_s));
        QCOMPARE(langfuse.headers.value("Authorization"),
                 "Basic " + QByteArray("pk-lf-1:sk-lf-2").toBase64());
        QVERIFY(!langfuse.routesByBtParent());
        QCOMPARE(OtlpDestination::phoenix().endpoint, QUrl(u"http://127.0.0.1:6006/v1/traces"_s));
        const OtlpDestination local = OtlpDestination::localCollector();
        QCOMPARE(local.endpoint, QUrl(u"http://127.0.0.1:4318/v1/traces"_s));
        QVERIFY(local.headers.isEmpty());
        QCOMPARE(OtlpDestination::presets().size(), 6);
    }

    void callsOwnParentWinsForBraintrustOnly()
    {
        const OtlpDestination bt = OtlpDestination::braintrust("k", u"p-default"_s);
        QCOMPARE(bt.requestHeaders(u"project_id:p-call"_s).value("x-bt-parent"),
                 QByteArray("project_id:p-call"));
        QCOMPARE(bt.requestHeaders(QString()).value("x-bt-parent"),
                 QByteArray("project_id:p-default"));
        QCOMPARE(bt.requestHeaders(u"project_id:p-call"_s).values("x-bt-parent").size(), 1);
        const OtlpDestination local = OtlpDestination::localCollector();
        QVERIFY(!local.requestHeaders(u"project_id:p-call"_s).contains("x-bt-parent"));
    }

    void environmentReferences()
    {
        OtlpDestination d = OtlpDestination::localCollector();
        d.headers.append("Authorization", "Bearer ${BT_KEY}");
        d.headers.append("X-Two", "${A}-${B}-${UNSET}");
        QProcessEnvironment env;
        env.insert(u"BT_KEY"_s, u"sk-from-env"_s);
        env.insert(u"A"_s, u"1"_s);
        env.insert(u"B"_s, u"2"_s);
        const HttpHeaders headers = d.requestHeaders({}, env);
        QCOMPARE(headers.value("Authorization"), QByteArray("Bearer sk-from-env"));
        QCOMPARE(headers.value("X-Two"), QByteArray("1-2-"));
    }

    void validation_data()
    {
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<double>("rate");
        QTest::addColumn<QString>("filter");
        QTest::addColumn<bool>("valid");
        QTest::newRow("ok") << u"http://127.0.0.1:4318/v1/traces"_s << 1.0 << QString() << true;
        QTest::newRow("filter") << u"https://x.example/v1/traces"_s << 0.5 << u"model:gpt-4o*"_s
                                << true;
        QTest::newRow("ftp") << u"ftp://x.example/v1/traces"_s << 1.0 << QString() << false;
        QTest::newRow("no host") << u"http:///v1/traces"_s << 1.0 << QString() << false;
        QTest::newRow("rate") << u"http://x.example/v1/traces"_s << 1.5 << QString() << false;
        QTest::newRow("bad filter")
                << u"http://x.example/v1/traces"_s << 1.0 << u"status:>"_s << false;
    }
    void validation()
    {
        QFETCH(QString, endpoint);
        QFETCH(double, rate);
        QFETCH(QString, filter);
        QFETCH(bool, valid);
        OtlpDestination d = OtlpDestination::localCollector();
        d.endpoint = QUrl(endpoint);
        d.samplingRate = rate;
        d.filter = filter;
        QString error;
        QCOMPARE(d.isValid(&error), valid);
        QCOMPARE(error.isEmpty(), valid);
    }

    void savedWithoutSecretsInTheSettingsFile()
    {
        QTemporaryDir dir;
        const QString settingsPath = dir.filePath(u"TokenTap.conf"_s);
        const QString secretsPath = dir.filePath(u"secrets.json"_s);
        ExportSettings saved;
        OtlpDestination bt = OtlpDestination::braintrust("sk-bt-0123456789abcdef", u"p-1"_s);
        bt.privacy = true;
        bt.samplingRate = 0.25;
        bt.filter = u"model:gpt-4o*"_s;
        saved.destinations.append(bt);
        OtlpDestination local = OtlpDestination::localCollector();
        local.encoding = OtlpDestination::Encoding::Json;
        local.enabled = false;
        local.headers.append("x-api-key", "${COLLECTOR_KEY}"); // a reference, not a secret
        saved.destinations.append(local);
        {
            QSettings settings(settingsPath, QSettings::IniFormat);
            SecretStore secrets(secretsPath);
            saved.save(settings, secrets);
            QString error;
            QVERIFY2(secrets.save(&error), qPrintable(error));
        }
        QFile file(settingsPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY(content.contains("[export]"));
        QVERIFY(!content.contains("0123456789abcdef"));
        QVERIFY(content.contains("cdef")); // the redacted form, for display
        QVERIFY(content.contains("${COLLECTOR_KEY}"));
        const QFile::Permissions mode = QFile::permissions(secretsPath);
        QVERIFY(mode.testFlag(QFile::ReadOwner) && mode.testFlag(QFile::WriteOwner));
        QVERIFY(!mode.testFlag(QFile::ReadGroup) && !mode.testFlag(QFile::ReadOther));

        QSettings settings(settingsPath, QSettings::IniFormat);
        const SecretStore secrets(secretsPath);
        QCOMPARE(ExportSettings::load(settings, secrets), saved);

        // The secret gone (a keychain that lost it): no header rather than the redacted one.
        QFile::remove(secretsPath);
        const ExportSettings withoutSecret =
                ExportSettings::load(settings, SecretStore(secretsPath));
        QVERIFY(!withoutSecret.destinations.first().headers.contains("Authorization"));
        QVERIFY(withoutSecret.destinations.first().headers.contains("x-bt-parent"));
    }
};

QTEST_GUILESS_MAIN(TestOtlpDestination)
#include "tst_otlpdestination.moc"
