#include "encryptedfilesecretbackend.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

#include <openssl/evp.h>
#include <openssl/rand.h>

#include <unistd.h>

namespace {

constexpr int KeyBytes = 32;
constexpr int SaltBytes = 16;
constexpr int NonceBytes = 12;
constexpr int TagBytes = 16;
constexpr int Iterations = 100'000;

// The catalogues file these messages under EncryptedFileSecretBackend.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(EncryptedFileSecretBackend)
};

// What ties the key to this machine and this account. /etc/machine-id is systemd's; dbus keeps
// the same id where systemd is absent.
QByteArray machineSecret()
{
    QByteArray id;
    for (const char *path : {"/etc/machine-id", "/var/lib/dbus/machine-id"}) {
        QFile file(QString::fromLatin1(path));
        if (file.open(QIODevice::ReadOnly)) {
            id = file.readAll().trimmed();
            if (!id.isEmpty())
                break;
        }
    }
    return "tokentap-secrets\n" + id + '\n' + QByteArray::number(uint(getuid()));
}

QByteArray deriveKey(const QByteArray &salt)
{
    const QByteArray secret = machineSecret();
    QByteArray key(KeyBytes, Qt::Uninitialized);
    PKCS5_PBKDF2_HMAC(secret.constData(), int(secret.size()),
                      reinterpret_cast<const unsigned char *>(salt.constData()), int(salt.size()),
                      Iterations, EVP_sha256(), KeyBytes,
                      reinterpret_cast<unsigned char *>(key.data()));
    return key;
}

using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

// AES-256-GCM; returns ciphertext + tag, or nothing on failure.
std::optional<QByteArray> seal(const QByteArray &key, const QByteArray &nonce,
                               const QByteArray &plain)
{
    CipherContext ctx(EVP_CIPHER_CTX_new(), EVP_CIPHER_CTX_free);
    QByteArray out(plain.size() + TagBytes, Qt::Uninitialized);
    auto *o = reinterpret_cast<unsigned char *>(out.data());
    int length = 0;
    if (!ctx
        || EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr,
                              reinterpret_cast<const unsigned char *>(key.constData()),
                              reinterpret_cast<const unsigned char *>(nonce.constData()))
                != 1
        || EVP_EncryptUpdate(ctx.get(), o, &length,
                             reinterpret_cast<const unsigned char *>(plain.constData()),
                             int(plain.size()))
                != 1)
        return std::nullopt;
    int tail = 0;
    if (EVP_EncryptFinal_ex(ctx.get(), o + length, &tail) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, TagBytes, o + length + tail) != 1)
        return std::nullopt;
    out.resize(length + tail + TagBytes);
    return out;
}

std::optional<QByteArray> unseal(const QByteArray &key, const QByteArray &nonce,
                                 const QByteArray &sealed)
{
    if (sealed.size() < TagBytes)
        return std::nullopt;
    const QByteArray cipher = sealed.left(sealed.size() - TagBytes);
    QByteArray tag = sealed.right(TagBytes);
    CipherContext ctx(EVP_CIPHER_CTX_new(), EVP_CIPHER_CTX_free);
    QByteArray out(cipher.size() + 16, Qt::Uninitialized);
    auto *o = reinterpret_cast<unsigned char *>(out.data());
    int length = 0;
    int tail = 0;
    if (!ctx
        || EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr,
                              reinterpret_cast<const unsigned char *>(key.constData()),
                              reinterpret_cast<const unsigned char *>(nonce.constData()))
                != 1
        || EVP_DecryptUpdate(ctx.get(), o, &length,
                             reinterpret_cast<const unsigned char *>(cipher.constData()),
                             int(cipher.size()))
                != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, TagBytes, tag.data()) != 1
        || EVP_DecryptFinal_ex(ctx.get(), o + length, &tail) != 1)
        return std::nullopt;
    out.resize(length + tail);
    return out;
}

QByteArray randomBytes(int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(bytes.data()), count) != 1)
        return {};
    return bytes;
}

} // namespace

EncryptedFileSecretBackend::EncryptedFileSecretBackend(QString path)
    : m_path(std::move(path))
{ }

SecretBackend::ReadStatus EncryptedFileSecretBackend::read(QJsonObject *values, QString *error)
{
    *values = {};
    QFile file(m_path);
    if (!file.exists())
        return ReadStatus::Ok;
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Text::tr("cannot read %1: %2").arg(m_path, file.errorString());
        return ReadStatus::Failed;
    }
    const QJsonObject envelope = QJsonDocument::fromJson(file.readAll()).object();
    const auto field = [&](const char *name) {
        return QByteArray::fromBase64(envelope.value(QLatin1String(name)).toString().toLatin1());
    };
    const QByteArray salt = field("salt");
    const QByteArray nonce = field("nonce");
    if (envelope.value(QStringLiteral("version")).toInt() != 1 || salt.size() != SaltBytes
        || nonce.size() != NonceBytes) {
        *error = Text::tr("%1 is not a TokenTap secrets file").arg(m_path);
        return ReadStatus::Failed;
    }
    const auto plain = unseal(deriveKey(salt), nonce, field("data"));
    if (!plain) {
        *error = Text::tr("%1 cannot be decrypted: it was written on another machine or by another "
                          "user, or it is damaged")
                         .arg(m_path);
        return ReadStatus::Failed;
    }
    *values = QJsonDocument::fromJson(*plain).object();
    return ReadStatus::Ok;
}

bool EncryptedFileSecretBackend::write(const QJsonObject &values, QString *error)
{
    if (values.isEmpty()) {
        if (QFile::exists(m_path) && !QFile::remove(m_path)) {
            *error = Text::tr("cannot remove %1").arg(m_path);
            return false;
        }
        return true;
    }
    // A fresh salt and nonce on every write: GCM must never see a nonce twice under one key.
    const QByteArray salt = randomBytes(SaltBytes);
    const QByteArray nonce = randomBytes(NonceBytes);
    const auto sealed = salt.isEmpty() || nonce.isEmpty()
            ? std::nullopt
            : seal(deriveKey(salt), nonce, QJsonDocument(values).toJson(QJsonDocument::Compact));
    if (!sealed) {
        *error = Text::tr("cannot encrypt the secrets");
        return false;
    }
    QJsonObject envelope;
    envelope.insert(QStringLiteral("version"), 1);
    envelope.insert(QStringLiteral("cipher"), QStringLiteral("aes-256-gcm"));
    envelope.insert(QStringLiteral("kdf"), QStringLiteral("pbkdf2-sha256"));
    envelope.insert(QStringLiteral("salt"), QString::fromLatin1(salt.toBase64()));
    envelope.insert(QStringLiteral("nonce"), QString::fromLatin1(nonce.toBase64()));
    envelope.insert(QStringLiteral("data"), QString::fromLatin1(sealed->toBase64()));
    QSaveFile file(m_path);
    // The temporary file gets its mode before anything is written; the rename keeps it.
    if (!file.open(QIODevice::WriteOnly)
        || !file.setPermissions(QFile::ReadOwner | QFile::WriteOwner)) {
        *error = Text::tr("cannot write %1: %2").arg(m_path, file.errorString());
        return false;
    }
    file.write(QJsonDocument(envelope).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        *error = Text::tr("cannot write %1: %2").arg(m_path, file.errorString());
        return false;
    }
    return true;
}

QString EncryptedFileSecretBackend::description() const
{
    return Text::tr("an encrypted file (%1)").arg(m_path);
}
