#pragma once

#include "secretbackend.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <memory>

// The secrets of a data folder (upstream API keys, secret header values, the access token),
// kept out of the settings file: the settings keep a redacted form for display, this store the
// values. Read once, edited in memory, written whole by save().
class SecretStore
{
public:
    // Which backend open() picks.
    enum class Preference {
        Automatic, // the desktop keychain when one answers, else the encrypted file
        Keychain,
        File,
    };

    // An encrypted file at `path` (tests, and the fallback).
    explicit SecretStore(const QString &path);
    explicit SecretStore(std::unique_ptr<SecretBackend> backend);
    ~SecretStore();
    SecretStore(SecretStore &&) noexcept;
    SecretStore &operator=(SecretStore &&) noexcept;

    // The store of `dataDir`: the desktop keychain when one answers, else an encrypted file in
    // the data folder (notice() then says so). TOKENTAP_SECRETS=keychain|file overrides
    // `preference`. Secrets of an earlier version's plain secrets.json move in and that file
    // is deleted.
    static SecretStore open(const QString &dataDir, Preference preference = Preference::Automatic);
    // Where the encrypted file of `dataDir` lives.
    static QString filePath(const QString &dataDir);

    QByteArray value(const QString &key) const;
    void setValue(const QString &key, const QByteArray &value);
    void remove(const QString &key);
    // Removes every key starting with `prefix`.
    void removeAll(const QString &prefix);
    QStringList keys() const { return m_values.keys(); }
    // Writes everything if anything changed; false with a message when it cannot.
    bool save(QString *error);

    // "the desktop keychain", "an encrypted file (PATH)".
    QString description() const;
    // Non-empty when the user should know something: secrets in a file because no keychain
    // answered, or secrets that could not be read.
    QString notice() const { return m_notice; }
    bool usesKeychain() const { return m_keychain; }

private:
    SecretStore() = default;
    // The keychain's store; the encrypted file when no keychain answers (unless only the
    // keychain will do).
    static SecretStore fromKeychain(const QString &dataDir, Preference preference);
    void adopt(SecretBackend::ReadStatus status, const QJsonObject &values, const QString &error);

    std::unique_ptr<SecretBackend> m_backend;
    QJsonObject m_values;
    QString m_notice;
    bool m_changed = false;
    bool m_keychain = false;
    // Unreadable secrets (a locked keychain, a damaged file) are not overwritten by a save.
    bool m_readOnly = false;
};
