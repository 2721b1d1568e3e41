#pragma once

#include "http/httpheaders.h"

#include <QString>
#include <QStringList>

class QSettings;
class SecretStore;

// Header lists in the settings file with their secrets elsewhere: a secret value
// (Authorization, x-api-key, *-key, *-token …) goes to the SecretStore under
// `secretPrefix` + the lower-case name, and the settings file keeps "Name: …wxyz" for display
// plus the list of names whose value is a secret. A value written as a "${VARIABLE}" reference
// is not a secret and is stored as written.
namespace SecretHeaders {

// Writes `headers` as keys `key` and `key`Secret in the current group of `settings`.
void save(QSettings &settings, const QString &key, const HttpHeaders &headers, SecretStore &secrets,
          const QString &secretPrefix);
// Reads what save() wrote. A secret that is gone (a keychain that lost it) leaves its header
// out rather than send the redacted form.
HttpHeaders load(QSettings &settings, const QString &key, const SecretStore &secrets,
                 const QString &secretPrefix);

bool isSecret(const QByteArray &name, const QByteArray &value);

} // namespace SecretHeaders
