#include "secretstore.h"

#include "encryptedfilesecretbackend.h"
#include "keychainsecretbackend.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>

namespace {

// The catalogues file these messages under SecretStore.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SecretStore)
};

// Secrets of version 0.1, before they were encrypted: moved into the store, then deleted.
void adoptPlainFile(const QString &dataDir, SecretStore &store)
{
    const QString path = QDir(dataDir).filePath(QStringLiteral("secrets.json"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QJsonObject old = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    for (auto it = old.begin(); it != old.end(); ++it) {
        if (store.value(it.key()).isEmpty())
            store.setValue(it.key(), it.value().toString().toUtf8());
    }
    QString error;
    if (store.save(&error))
        QFile::remove(path);
}

} // namespace

SecretStore::SecretStore(const QString &path)
    : SecretStore(std::make_unique<EncryptedFileSecretBackend>(path))
{ }

SecretStore::SecretStore(std::unique_ptr<SecretBackend> backend)
    : m_backend(std::move(backend))
{
    QJsonObject values;
    QString error;
    const auto status = m_backend->read(&values, &error);
    adopt(status, values, error);
}

SecretStore::~SecretStore() = default;
SecretStore::SecretStore(SecretStore &&) noexcept = default;
SecretStore &SecretStore::operator=(SecretStore &&) noexcept = default;

void SecretStore::adopt(SecretBackend::ReadStatus status, const QJsonObject &values,
                        const QString &error)
{
    m_values = values;
    switch (status) {
    case SecretBackend::ReadStatus::Ok:
        break;
    case SecretBackend::ReadStatus::Unavailable:
    case SecretBackend::ReadStatus::Failed:
        m_readOnly = true;
        m_notice = Text::tr("API keys could not be read from %1: %2")
                           .arg(m_backend->description(), error);
        break;
    }
}

QString SecretStore::filePath(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("secrets.enc"));
}

SecretStore SecretStore::open(const QString &dataDir, Preference preference)
{
    const QByteArray forced = qgetenv("TOKENTAP_SECRETS");
    if (forced == "file")
        preference = Preference::File;
    else if (forced == "keychain")
        preference = Preference::Keychain;
    SecretStore store = preference == Preference::File ? SecretStore(filePath(dataDir))
                                                       : fromKeychain(dataDir, preference);
    adoptPlainFile(dataDir, store);
    return store;
}

SecretStore SecretStore::fromKeychain(const QString &dataDir, Preference preference)
{
    const QString file = filePath(dataDir);
    auto keychain = std::make_unique<KeychainSecretBackend>(dataDir);
    QJsonObject values;
    QString error;
    const auto status = keychain->read(&values, &error);
    if (status == SecretBackend::ReadStatus::Unavailable && preference != Preference::Keychain) {
        SecretStore store(file);
        if (store.m_notice.isEmpty()) {
            store.m_notice =
                    Text::tr("No desktop keychain answered (%1). API keys are kept in %2, "
                             "encrypted for this computer and this account: anyone who can "
                             "log in as you here can read them.")
                            .arg(error, file);
        }
        return store;
    }
    SecretStore store;
    store.m_backend = std::move(keychain);
    store.adopt(status, values, error);
    store.m_keychain = true;
    // A file left from a run without a keychain moves in. It was written after the keychain
    // was last used, so its values are the newer ones.
    if (store.m_notice.isEmpty() && QFile::exists(file)) {
        SecretStore old(file);
        for (const QString &key : old.keys())
            store.setValue(key, old.value(key));
        QString saveError;
        if (old.notice().isEmpty() && store.save(&saveError))
            QFile::remove(file);
    }
    return store;
}

QByteArray SecretStore::value(const QString &key) const
{
    return m_values.value(key).toString().toUtf8();
}

void SecretStore::setValue(const QString &key, const QByteArray &value)
{
    const QString text = QString::fromUtf8(value);
    if (m_values.contains(key) && m_values.value(key).toString() == text)
        return;
    m_values.insert(key, text);
    m_changed = true;
}

void SecretStore::remove(const QString &key)
{
    if (m_values.contains(key)) {
        m_values.remove(key);
        m_changed = true;
    }
}

void SecretStore::removeAll(const QString &prefix)
{
    const QStringList keys = m_values.keys();
    for (const QString &key : keys) {
        if (key.startsWith(prefix))
            remove(key);
    }
}

bool SecretStore::save(QString *error)
{
    // Secrets that could not be read are not there to be written back: saving settings now
    // would drop the headers that refer to them. Nothing is saved until they can be read.
    if (m_readOnly) {
        *error = m_notice;
        return false;
    }
    if (!m_changed)
        return true;
    if (!m_backend->write(m_values, error))
        return false;
    m_changed = false;
    return true;
}

QString SecretStore::description() const
{
    return m_backend->description();
}
