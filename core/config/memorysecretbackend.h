#pragma once

#include "secretbackend.h"

#include <QCoreApplication>

// Secrets held in memory only: settings exported to JSON (where keys must not go) and tests.
class MemorySecretBackend : public SecretBackend
{
public:
    ReadStatus read(QJsonObject *values, QString *) override
    {
        *values = m_values;
        return ReadStatus::Ok;
    }
    bool write(const QJsonObject &values, QString *) override
    {
        m_values = values;
        return true;
    }
    QString description() const override
    {
        return QCoreApplication::translate("MemorySecretBackend", "memory");
    }

private:
    QJsonObject m_values;
};
