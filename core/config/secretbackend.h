#pragma once

#include <QJsonObject>
#include <QString>

// Where the secrets of a data folder (API keys of upstreams, secret header values, the access
// token) are kept. All of them form one JSON object that is read and written whole: one keychain
// item per data folder means one unlock prompt, not one per key.
class SecretBackend
{
public:
    enum class ReadStatus {
        Ok, // `values` holds what is stored (possibly nothing)
        Unavailable, // no such service here: another backend should be used
        Failed, // the service exists but refused or failed (locked, access denied)
    };

    virtual ~SecretBackend() = default;
    virtual ReadStatus read(QJsonObject *values, QString *error) = 0;
    virtual bool write(const QJsonObject &values, QString *error) = 0;
    // For the settings dialog: "the desktop keychain", "an encrypted file (PATH)".
    virtual QString description() const = 0;
};
