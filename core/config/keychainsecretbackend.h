#pragma once

#include "secretbackend.h"

// Secrets in the desktop's keychain (Secret Service, KWallet) through QtKeychain: one item per
// data folder, so that --data-dir isolates them like the settings. QtKeychain's jobs are
// asynchronous; reads and writes here wait for them in a local event loop, bounded by a
// timeout, because they happen at start-up and when the settings dialog saves.
class KeychainSecretBackend : public SecretBackend
{
public:
    explicit KeychainSecretBackend(const QString &dataDir, int timeoutMs = 30'000);

    ReadStatus read(QJsonObject *values, QString *error) override;
    bool write(const QJsonObject &values, QString *error) override;
    QString description() const override;

    // The keychain service name the items are stored under.
    static QString serviceName();

private:
    QString m_key;
    int m_timeoutMs;
};
