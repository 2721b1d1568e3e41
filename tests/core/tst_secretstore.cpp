#include "config/encryptedfilesecretbackend.h"
#include "config/secretstore.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSecretStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void encryptedFileRoundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"secrets.enc"_s);
        {
            SecretStore store(path);
            QVERIFY(store.notice().isEmpty());
            store.setValue(u"upstream/openai/key"_s, "sk-proj-VERYSECRET-abcd");
            QString error;
            QVERIFY2(store.save(&error), qPrintable(error));
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY(!content.contains("VERYSECRET"));
        QVERIFY(!content.contains("upstream/openai"));
        const QFile::Permissions mode = QFile::permissions(path);
        QVERIFY(mode.testFlag(QFile::ReadOwner));
        QVERIFY(!mode.testFlag(QFile::ReadGroup) && !mode.testFlag(QFile::ReadOther));

        const SecretStore again(path);
        QCOMPARE(again.value(u"upstream/openai/key"_s), QByteArray("sk-proj-VERYSECRET-abcd"));
        QVERIFY(again.description().contains(path));
    }

    void tamperedFileIsReportedAndNotOverwritten()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"secrets.enc"_s);
        {
            SecretStore store(path);
            store.setValue(u"k"_s, "value-1");
            QString error;
            QVERIFY(store.save(&error));
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QJsonObject envelope = QJsonDocument::fromJson(file.readAll()).object();
        QByteArray data = QByteArray::fromBase64(envelope.value(u"data"_s).toString().toLatin1());
        data[0] = char(data[0] ^ 0x01);
        envelope.insert(u"data"_s, QString::fromLatin1(data.toBase64()));
        file.resize(0);
        file.write(QJsonDocument(envelope).toJson());
        file.close();
        const QByteArray damaged = [&] {
            QFile f(path);
            f.open(QIODevice::ReadOnly);
            return f.readAll();
        }();

        SecretStore store(path);
        QVERIFY(store.notice().contains(u"cannot be decrypted"_s));
        QVERIFY(store.value(u"k"_s).isEmpty());
        // A damaged file stays as it is: saving over it would lose what may still be recovered.
        store.setValue(u"k"_s, "value-2");
        QString error;
        QVERIFY(!store.save(&error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), damaged);
    }

    // Without a session bus no keychain answers: the store falls back to the encrypted file,
    // says so, and moves in the secrets an earlier version kept in plain secrets.json.
    void keychainFallbackAndPlainFileMigration()
    {
        QTemporaryDir dir;
        {
            QFile plain(QDir(dir.path()).filePath(u"secrets.json"_s));
            QVERIFY(plain.open(QIODevice::WriteOnly));
            plain.write(R"({"export/bt/authorization": "Bearer sk-old-PLAIN-9999"})");
        }
        const QByteArray savedBus = qgetenv("DBUS_SESSION_BUS_ADDRESS");
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/tokentap-test-bus");
        qunsetenv("TOKENTAP_SECRETS");
        SecretStore store = SecretStore::open(dir.path());
        if (savedBus.isEmpty())
            qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        else
            qputenv("DBUS_SESSION_BUS_ADDRESS", savedBus);

        QVERIFY(!store.usesKeychain());
        QVERIFY2(store.notice().contains(u"No desktop keychain answered"_s),
                 qPrintable(store.notice()));
        QVERIFY(store.description().contains(SecretStore::filePath(dir.path())));
        QCOMPARE(store.value(u"export/bt/authorization"_s), QByteArray("Bearer sk-old-PLAIN-9999"));
        QVERIFY(!QFile::exists(QDir(dir.path()).filePath(u"secrets.json"_s)));
        QVERIFY(QFile::exists(SecretStore::filePath(dir.path())));

        // Forced to the file, as TOKENTAP_SECRETS=file does: same content, no keychain asked.
        const SecretStore file = SecretStore::open(dir.path(), SecretStore::Preference::File);
        QCOMPARE(file.value(u"export/bt/authorization"_s), QByteArray("Bearer sk-old-PLAIN-9999"));
        QVERIFY(file.notice().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
