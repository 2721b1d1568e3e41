// The settings dialog as a person uses it: edit fields, Apply, see problems next to the fields,
// see the running proxy follow (new port, new header) and the settings survive a reload.
#include "applanguage.h"
#include "config/livesettings.h"
#include "generalsettingspage.h"
#include "headerssettingspage.h"
#include "proxyharness.h"
#include "proxysettingspage.h"
#include "screenshots.h"
#include "settingsdialog.h"
#include "upstreamssettingspage.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableWidget>
#include <QTcpServer>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace {

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

template<typename T> T *child(QWidget *parent, const QString &name)
{
    T *widget = parent->findChild<T *>(name);
    if (!widget)
        qFatal("no widget %s", qPrintable(name));
    return widget;
}

const QByteArray Body = R"({"model":"gpt-4o-mini","messages":[{"role":"user","content":"hi"}]})";

} // namespace

class TestSettingsDialog : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    // Settings in the test's folder, never the user's; secrets in the encrypted file.
    std::unique_ptr<LiveSettings> freshSettings()
    {
        QSettings().clear();
        QFile::remove(SecretStore::filePath(m_dir.path()));
        return std::make_unique<LiveSettings>(m_dir.path(), CommandLineOptions(),
                                              SecretStore(SecretStore::filePath(m_dir.path())));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
        QCoreApplication::setOrganizationName(u"TokenTapTest"_s);
        QCoreApplication::setApplicationName(u"TokenTapTest"_s);
    }

    // The list of pages shows every name whole, in every language ("Tracing & Datenschutz").
    void pageNamesFitInEveryLanguage()
    {
        for (const QString &language : {u"de"_s, u"fr"_s, u"en"_s}) {
            AppLanguage::install(language);
            auto live = freshSettings();
            SettingsDialog dialog(live.get(), {});
            dialog.show();
            auto *list = dialog.findChild<QListWidget *>(u"settingsPages"_s);
            QVERIFY(list->count() >= 8);
            for (int i = 0; i < list->count(); ++i) {
                // The item's own width (text and margins), beside the list's spacing.
                const int needed = list->sizeHintForIndex(list->model()->index(i, 0)).width()
                        + 2 * list->spacing();
                QVERIFY2(needed <= list->viewport()->width(),
                         qPrintable(language + u": "_s + list->item(i)->text()));
            }
        }
    }

    // The per-user policy table shows each choice whole, in every language ("Don't record"
    // was cut to "Don't recorc").
    void policyChoicesFitInEveryLanguage()
    {
        for (const QString &language : {u"de"_s, u"fr"_s, u"en"_s}) {
            AppLanguage::install(language);
            auto live = freshSettings();
            SettingsDialog dialog(live.get(), {});
            dialog.show();
            auto *table = dialog.findChild<QTableWidget *>(u"userPolicies"_s);
            QVERIFY(table);
            dialog.findChild<QPushButton *>(u"addUserPolicy"_s)->click();
            QCOMPARE(table->rowCount(), 1);
            for (int column = 1; column < table->columnCount(); ++column) {
                auto *box = qobject_cast<QComboBox *>(table->cellWidget(0, column));
                if (box) {
                    for (int i = 0; i < box->count(); ++i) {
                        box->setCurrentIndex(i);
                        QVERIFY2(box->sizeHint().width() <= table->columnWidth(column),
                                 qPrintable(language + u": "_s + box->currentText()));
                    }
                } else {
                    QWidget *editor = table->cellWidget(0, column);
                    QVERIFY(editor);
                    QVERIFY(editor->sizeHint().width() <= table->columnWidth(column));
                }
            }
        }
        AppLanguage::install(u"en"_s);
    }

    // Where the secrets are is said once: the no-keychain notice already names the file.
    void secretsPlaceSaidOnce()
    {
        GeneralSettingsPage page;
        auto *label = page.findChild<QLabel *>(u"secretsDescription"_s);
        page.setSecretsDescription(u"the desktop keychain"_s, {});
        QCOMPARE(label->text(), u"API keys and tokens are kept in the desktop keychain."_s);
        const QString notice = u"No desktop keychain answered (no D-Bus). API keys are kept in "
                               "/data/secrets.enc, encrypted for this computer."_s;
        page.setSecretsDescription(u"an encrypted file (/data/secrets.enc)"_s, notice);
        QCOMPARE(label->text(), notice);
    }

    // Upstreams the command line gave are named on the page, which lists the saved ones.
    void commandLineUpstreamsAreNamed()
    {
        QSettings().clear();
        CommandLineOptions options;
        options.givenUpstreams = {u"anthropic"_s, u"default"_s};
        LiveSettings live(m_dir.path(), options, SecretStore(SecretStore::filePath(m_dir.path())));
        SettingsDialog dialog(&live, {});
        auto *upstreams = static_cast<UpstreamsSettingsPage *>(dialog.page(u"Upstreams"_s));
        QVERIFY2(upstreams->commandLineNote().contains(u"(anthropic, default)"_s),
                 qPrintable(upstreams->commandLineNote()));
        auto plain = freshSettings();
        SettingsDialog without(plain.get(), {});
        QVERIFY(static_cast<UpstreamsSettingsPage *>(without.page(u"Upstreams"_s))
                        ->commandLineNote()
                        .isEmpty());
    }

    void problemsShownAndNothingSaved()
    {
        auto live = freshSettings();
        SettingsDialog dialog(live.get(), {});
        dialog.show();
        auto *proxyPage = dialog.page(u"Proxy"_s);
        child<QComboBox>(proxyPage, u"listenHost"_s)->setEditText(u"0.0.0.0"_s);
        dialog.showPage(2);
        auto *upstreams = static_cast<UpstreamsSettingsPage *>(dialog.page(u"Upstreams"_s));
        upstreams->table()->setCurrentCell(1, 1);
        child<QLineEdit>(upstreams, u"upstreamUrl"_s)->setText(u"ftp://nowhere"_s);

        QVERIFY(!dialog.apply());
        QVERIFY2(dialog.statusText().contains(u"Nothing was saved"_s),
                 qPrintable(dialog.statusText()));
        QVERIFY(proxyPage->problemText(u"proxy.accessToken"_s).contains(u"access token"_s));
        QVERIFY(upstreams->problemText(u"upstreams.baseUrl"_s).contains(u"http"_s));
        // The first page with a problem comes forward.
        QCOMPARE(dialog.findChild<QListWidget *>(u"settingsPages"_s)->currentRow(), 1);
        QVERIFY(!QSettings().contains(u"proxy/listenHost"_s));
        QCOMPARE(live->current().proxy.listenHost, u"127.0.0.1"_s);

        // Fixed: the messages go, the settings are saved.
        child<QLineEdit>(proxyPage, u"accessToken"_s)->setText(u"0123456789abcdef-token"_s);
        child<QLineEdit>(upstreams, u"upstreamUrl"_s)->setText(u"https://api.anthropic.com/v1"_s);
        child<QComboBox>(proxyPage, u"listenHost"_s)->setEditText(u"127.0.0.1"_s);
        QVERIFY2(dialog.apply(), qPrintable(dialog.statusText()));
        QVERIFY(proxyPage->problemText(u"proxy.accessToken"_s).isEmpty());
        QCOMPARE(QSettings().value(u"proxy/listenHost"_s).toString(), u"127.0.0.1"_s);
    }

    // An upstream, a header and the cache mode set in the dialog; the running proxy follows on
    // a new port, and the settings read back equal from disk.
    void appliedLiveAndSurvivesReload()
    {
        auto live = freshSettings();
        ProxyHarness h;
        live->attach(&h.proxy, nullptr, nullptr);
        QVERIFY(h.start());
        SettingsDialog dialog(live.get(), {&h.proxy, nullptr, nullptr, nullptr});
        dialog.show();

        const quint16 port = freePort();
        child<QSpinBox>(dialog.page(u"Proxy"_s), u"listenPort"_s)->setValue(port);

        auto *upstreams = static_cast<UpstreamsSettingsPage *>(dialog.page(u"Upstreams"_s));
        dialog.showPage(2);
        upstreams->addPreset(u"custom"_s);
        child<QLineEdit>(upstreams, u"upstreamName"_s)->setText(u"fake"_s);
        child<QLineEdit>(upstreams, u"upstreamUrl"_s)->setText(h.upstream.baseUrl());
        child<QLineEdit>(upstreams, u"upstreamKey"_s)->setText(u"sk-fake-KEY-1234"_s);
        child<QPlainTextEdit>(upstreams, u"upstreamHeaders"_s)
                ->setPlainText(u"HTTP-Referer: https://example.com"_s);
        child<QCheckBox>(upstreams, u"upstreamDefault"_s)->setChecked(true);

        dialog.showPage(3);
        auto *headers = static_cast<HeadersSettingsPage *>(dialog.page(u"Headers"_s));
        headers->addRule({u"x-team"_s, u"blue"_s, u"fake"_s, true});

        auto *cache = dialog.page(u"Cache"_s);
        auto *mode = child<QComboBox>(cache, u"cacheMode"_s);
        mode->setCurrentIndex(mode->findData(int(CacheMode::Never)));

        QSignalSpy reconfigured(&h.proxy, &ProxyService::reconfigured);
        QVERIFY2(dialog.apply(), qPrintable(dialog.statusText()));
        QVERIFY(reconfigured.wait(5000));
        QCOMPARE(h.proxy.listenPort(), port);
        QTRY_VERIFY(dialog.statusText().contains(QString::number(port)));

        RawHttpClient client;
        QVERIFY(client.connectTo(port));
        client.send(RawHttpClient::request("POST", "/v1/chat/completions", Body,
                                           {"Authorization: Bearer sk-client"}));
        QVERIFY(client.waitForResponses(1));
        const auto &request = h.upstream.requests().last().head;
        QCOMPARE(request.headers.value("x-team"), QByteArray("blue"));
        QCOMPARE(request.headers.value("HTTP-Referer"), QByteArray("https://example.com"));
        QCOMPARE(request.headers.value("Authorization"), QByteArray("Bearer sk-fake-KEY-1234"));

        // Set → save → reload equals, and the key is not in the settings file.
        const AppSettings applied = live->current();
        QCOMPARE(applied.cache.defaultMode, CacheMode::Never);
        QSettings settings;
        const AppSettings reloaded =
                AppSettings::load(settings, SecretStore(SecretStore::filePath(m_dir.path())));
        QVERIFY(reloaded == applied);
        QFile file(settings.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("sk-fake-KEY-1234"));
    }

    void exportAndImport()
    {
        auto live = freshSettings();
        SettingsDialog dialog(live.get(), {});
        auto *proxyPage = dialog.page(u"Proxy"_s);
        child<QLineEdit>(proxyPage, u"accessToken"_s)->setText(u"0123456789abcdef-secret"_s);
        child<QSpinBox>(proxyPage, u"listenPort"_s)->setValue(9393);
        const QString path = m_dir.filePath(u"exported.json"_s);
        QString error;
        QVERIFY2(dialog.exportTo(path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray json = file.readAll();
        QVERIFY(json.contains("9393"));
        QVERIFY(!json.contains("0123456789abcdef-secret"));

        SettingsDialog other(live.get(), {});
        QCOMPARE(child<QSpinBox>(other.page(u"Proxy"_s), u"listenPort"_s)->value(), 8484);
        QVERIFY2(other.importFrom(path, &error), qPrintable(error));
        QCOMPARE(child<QSpinBox>(other.page(u"Proxy"_s), u"listenPort"_s)->value(), 9393);
        QVERIFY(other.statusText().contains(u"Apply"_s));

        QFile bad(m_dir.filePath(u"bad.json"_s));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("{\"proxy\": 1}");
        bad.close();
        QVERIFY(!other.importFrom(bad.fileName(), &error));
        QVERIFY(error.contains(u"not a TokenTap settings file"_s));
    }

    void screenshotOfEveryPage()
    {
        auto live = freshSettings();
        SettingsDialog dialog(live.get(), {});
        dialog.resize(900, 640);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        for (int i = 0; i < dialog.pages().size(); ++i) {
            dialog.showPage(i);
            QApplication::processEvents();
            const QString name =
                    dialog.pages().at(i)->title().toLower().replace(u' ', u'-').remove(u'&');
            QVERIFY(Screenshots::save(&dialog, u"settings-"_s + name));
        }
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
