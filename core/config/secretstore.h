#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

// Secrets (API keys in export headers) kept out of the settings file: a JSON object in a file
// only the user can read (0600), next to the trace database. A stand-in until secrets move to
// the desktop keychain (a later issue): the interface is what a keychain backend implements.
class SecretStore
{
public:
    // Reads `path` if it exists; an unreadable file reads as empty.
    explicit SecretStore(QString path);

    QByteArray value(const QString &key) const;
    void setValue(const QString &key, const QByteArray &value);
    void remove(const QString &key);
    // Removes every key starting with `prefix`.
    void removeAll(const QString &prefix);
    // Writes the file (0600) if anything changed; false with a message when it cannot.
    bool save(QString *error);

    QString path() const { return m_path; }

private:
    QString m_path;
    QJsonObject m_values;
    bool m_changed = false;
};
