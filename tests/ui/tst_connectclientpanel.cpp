// The "Connect a client" panel: every snippet follows the live base URL, headers and token,
// Copy buttons fill the clipboard, and a screenshot under build/tests/screenshots/.

#include "connectclientpanel.h"
#include "screenshots.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

namespace {

QString q(const char *text)
{
    return QString::fromUtf8(text);
}

} // namespace

class TestConnectClientPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsTitleUrlAndOneTabPerSnippet()
    {
        ConnectClientPanel panel;
        const auto labels = panel.findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.begin(), labels.end(), [](QLabel *label) {
            return label->text() == q("Point your tool at TokenTap");
        }));
        QCOMPARE(panel.baseUrl(), q("http://127.0.0.1:8484/v1"));
        QCOMPARE(panel.findChild<QLineEdit *>(q("baseUrlEdit"))->text(), panel.baseUrl());
        const auto *tabs = panel.findChild<QTabWidget *>(q("snippetTabs"));
        QCOMPARE(tabs->count(), panel.snippetIds().size());
        QVERIFY(panel.snippetIds().contains(q("roo-cline")));
        for (const QString &id : panel.snippetIds())
            QVERIFY2(panel.copyButton(id), qPrintable(id));
    }

    void setBaseUrlUpdatesEverySnippet()
    {
        ConnectClientPanel panel;
        panel.setBaseUrl(q("http://127.0.0.1:9555/v1"));
        QCOMPARE(panel.baseUrl(), q("http://127.0.0.1:9555/v1"));
        QCOMPARE(panel.findChild<QLineEdit *>(q("baseUrlEdit"))->text(),
                 q("http://127.0.0.1:9555/v1"));
        for (const QString &id : panel.snippetIds()) {
            const QString text = panel.snippetText(id);
            QVERIFY2(text.contains(q("127.0.0.1:9555")), qPrintable(id));
            QVERIFY2(!text.contains(q("8484")), qPrintable(id));
        }
        // The proxy's root (what ProxyService reports) works as well.
        panel.setBaseUrl(q("http://127.0.0.1:9556"));
        QCOMPARE(panel.baseUrl(), q("http://127.0.0.1:9556/v1"));
        QVERIFY(panel.snippetText(q("env")).contains(
                q("export ANTHROPIC_BASE_URL=http://127.0.0.1:9556/anthropic\n")));
    }

    void headersAndTokenReachEverySnippet()
    {
        ConnectClientPanel panel;
        panel.show();
        auto *note = panel.findChild<QLabel *>(q("tokenNote"));
        QVERIFY(!note->isVisible());
        panel.setHeaders({{q("x-bt-use-cache"), q("auto")}});
        panel.setAccessToken(q("tok-123"));
        QVERIFY(note->isVisible());
        for (const QString &id : panel.snippetIds()) {
            QVERIFY2(panel.snippetText(id).contains(q("x-bt-use-cache")), qPrintable(id));
            QVERIFY2(panel.snippetText(id).contains(q("x-tokentap-key")), qPrintable(id));
            QVERIFY2(panel.snippetText(id).contains(q("tok-123")), qPrintable(id));
        }
        panel.setAccessToken({});
        QVERIFY(!note->isVisible());
        QVERIFY(!panel.snippetText(q("curl")).contains(q("x-tokentap-key")));
        QVERIFY(panel.snippetText(q("curl")).contains(q("x-bt-use-cache")));
    }

    void copyPutsTextOnTheClipboard()
    {
        ConnectClientPanel panel;
        panel.setBaseUrl(q("http://127.0.0.1:9001/v1"));
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QSignalSpy copied(&panel, &ConnectClientPanel::copied);

        QTest::mouseClick(panel.copyButton(q("base-url")), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), q("http://127.0.0.1:9001/v1"));
        QCOMPARE(copied.size(), 1);

        panel.showSnippet(q("curl"));
        QAbstractButton *curlCopy = panel.copyButton(q("curl"));
        QVERIFY(curlCopy->isVisible());
        QTest::mouseClick(curlCopy, Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), panel.snippetText(q("curl")));
        QVERIFY(QGuiApplication::clipboard()->text().startsWith(
                q("curl http://127.0.0.1:9001/v1/chat/completions")));
        QCOMPARE(curlCopy->text(), q("Copied"));
        QTRY_COMPARE(curlCopy->text(), q("Copy"));
    }

    void screenshot()
    {
        ConnectClientPanel panel;
        panel.setHeaders({{q("x-bt-use-cache"), q("auto")}});
        panel.showSnippet(q("openai-python"));
        panel.resize(900, 620);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        Screenshots::save(&panel, "connect-client");
        // As the first-run page of a wide main window: the content keeps a readable width.
        panel.showSnippet(q("roo-cline"));
        panel.resize(1400, 800);
        QTest::qWait(20);
        Screenshots::save(&panel, "connect-client-wide");
        // As a dialog's content at a small size: the snippet scrolls, nothing overlaps.
        panel.showSnippet(q("curl"));
        panel.resize(560, 380);
        QTest::qWait(20);
        Screenshots::save(&panel, "connect-client-small");
    }
};

QTEST_MAIN(TestConnectClientPanel)
#include "tst_connectclientpanel.moc"
