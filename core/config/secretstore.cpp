#include "secretstore.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

SecretStore::SecretStore(QString path)
    : m_path(std::move(path))
{
    QFile file(m_path);
    if (file.open(QIODevice::ReadOnly))
        m_values = QJsonDocument::fromJson(file.readAll()).object();
}

QByteArray SecretStore::value(const QString &key) const
{
    return m_values.value(key).toString().toUtf8();
}

void SecretStore::setValue(const QString &key, const QByteArray &value)
{
    const QString text = QString::fromUtf8(value);
    if (m_values.value(key).toString() == text && m_values.contains(key))
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
    if (!m_changed)
        return true;
    QSaveFile file(m_path);
    // The temporary file gets the mode before any secret is written to it; the rename keeps it.
    if (!file.open(QIODevice::WriteOnly)
        || !file.setPermissions(QFile::ReadOwner | QFile::WriteOwner)) {
        *error = QCoreApplication::translate("SecretStore", "cannot write %1: %2")
                         .arg(m_path, file.errorString());
        return false;
    }
    file.write(QJsonDocument(m_values).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        *error = QCoreApplication::translate("SecretStore", "cannot write %1: %2")
                         .arg(m_path, file.errorString());
        return false;
    }
    m_changed = false;
    return true;
}
