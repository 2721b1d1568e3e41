// Runs inside a private D-Bus session with an unlocked gnome-keyring (run_with_keyring.sh): the
// real Secret Service path of QtKeychain, not a stand-in.
#include "config/keychainsecretbackend.h"
#include "config/secretstore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestKeychain : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip()
    {
        QTemporaryDir dir;
        KeychainSecretBackend keychain(dir.path(), 20'000);
        QJsonObject values;
        QString error;
        QCOMPARE(keychain.read(&values, &error), SecretBackend::ReadStatus::Ok);
        QVERIFY(values.isEmpty());
        values.insert(u"upstream/openai/key"_s, u"sk-keychain-1234"_s);
        QVERIFY2(keychain.write(values, &error), qPrintable(error));
        QJsonObject again;
        QCOMPARE(keychain.read(&again, &error), SecretBackend::ReadStatus::Ok);
        QCOMPARE(again, values);
        // Another data folder, another item.
        QTemporaryDir other;
        KeychainSecretBackend elsewhere(other.path(), 20'000);
        QJsonObject empty;
        QCOMPARE(elsewhere.read(&empty, &error), SecretBackend::ReadStatus::Ok);
        QVERIFY(empty.isEmpty());
        // Writing nothing removes the item.
        QVERIFY2(keychain.write({}, &error), qPrintable(error));
        QCOMPARE(keychain.read(&again, &error), SecretBackend::ReadStatus::Ok);
        QVERIFY(again.isEmpty());
    }

    // Secrets kept in the encrypted file while no keychain ran move into the keychain once one
    // answers, and the file goes.
    void fileMovesIntoTheKeychain()
    {
        QTemporaryDir dir;
        {
            SecretStore file(SecretStore::filePath(dir.path()));
            file.setValue(u"proxy/access-token"_s, "token-from-file-0000");
            QString error;
            QVERIFY(file.save(&error));
        }
        qunsetenv("TOKENTAP_SECRETS");
        SecretStore store = SecretStore::open(dir.path());
        QVERIFY2(store.usesKeychain(), qPrintable(store.notice()));
        QVERIFY(store.notice().isEmpty());
        QCOMPARE(store.value(u"proxy/access-token"_s), QByteArray("token-from-file-0000"));
        QVERIFY(!QFile::exists(SecretStore::filePath(dir.path())));
        const SecretStore reopened = SecretStore::open(dir.path());
        QCOMPARE(reopened.value(u"proxy/access-token"_s), QByteArray("token-from-file-0000"));
        QString cleanup;
        KeychainSecretBackend(dir.path()).write({}, &cleanup);
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
