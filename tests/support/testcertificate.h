#pragma once

#include <QString>

// A self-signed certificate for 127.0.0.1 (cert.pem, key.pem in `dir`), made with the openssl
// command, for fake HTTPS servers.
namespace TestCertificate {
bool make(const QString &dir, QString *certificatePath, QString *keyPath);
}
