#pragma once

#include "secretbackend.h"

// Secrets in a file of the data folder (mode 0600), encrypted with AES-256-GCM, for machines
// without a keychain service. The key is derived from the machine id and the user id with a
// random salt kept in the file: a copy of the file (a backup, a synced folder) is useless
// elsewhere, and nothing greps out of it. Anyone who can log in as the user on this machine can
// still derive the key; the settings dialog says so.
class EncryptedFileSecretBackend : public SecretBackend
{
public:
    explicit EncryptedFileSecretBackend(QString path);

    ReadStatus read(QJsonObject *values, QString *error) override;
    bool write(const QJsonObject &values, QString *error) override;
    QString description() const override;

    QString path() const { return m_path; }

private:
    QString m_path;
};
