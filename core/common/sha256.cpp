#include "sha256.h"

#include <openssl/evp.h>

#include <memory>

namespace Sha256 {

QByteArray digest(std::initializer_list<QByteArrayView> parts)
{
    // One context per thread, reset per digest: creating one allocates.
    thread_local std::unique_ptr<EVP_MD_CTX, void (*)(EVP_MD_CTX *)> context(EVP_MD_CTX_new(),
                                                                             &EVP_MD_CTX_free);
    QByteArray out(32, Qt::Uninitialized);
    unsigned int size = 0;
    bool ok = context && EVP_DigestInit_ex(context.get(), EVP_sha256(), nullptr) == 1;
    for (QByteArrayView part : parts)
        ok = ok && EVP_DigestUpdate(context.get(), part.data(), size_t(part.size())) == 1;
    ok = ok
            && EVP_DigestFinal_ex(context.get(), reinterpret_cast<unsigned char *>(out.data()),
                                  &size)
                    == 1;
    // Only an allocation failure inside OpenSSL gets here; an empty digest never matches.
    return ok && size == 32 ? out : QByteArray();
}

} // namespace Sha256
