#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <initializer_list>

// SHA-256 through OpenSSL's libcrypto, which uses the CPU's SHA extensions where they exist:
// about 3 µs for a 4 KiB request body here, against 23 µs with QCryptographicHash.
namespace Sha256 {

// The 32-byte digest of the parts, hashed one after another as if concatenated.
QByteArray digest(std::initializer_list<QByteArrayView> parts);

} // namespace Sha256
