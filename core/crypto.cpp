// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0
#include "crypto.h"

#include <QCoreApplication>
#include <QFile>

#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/obj_mac.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <sodium.h>

using namespace Qt::StringLiterals;

namespace Occ::Crypto {
namespace {

struct EvpPkeyDeleter
{
    void operator()(EVP_PKEY *p) const { EVP_PKEY_free(p); }
};
struct EvpMdCtxDeleter
{
    void operator()(EVP_MD_CTX *p) const { EVP_MD_CTX_free(p); }
};
using EvpPkeyPtr = std::unique_ptr<EVP_PKEY, EvpPkeyDeleter>;
using EvpMdCtxPtr = std::unique_ptr<EVP_MD_CTX, EvpMdCtxDeleter>;

QString takeOpenSslError()
{
    const unsigned long code = ERR_get_error();
    ERR_clear_error();
    if (!code)
        return QCoreApplication::translate("Occ::Crypto", "unknown OpenSSL error");
    char buf[256];
    ERR_error_string_n(code, buf, sizeof buf);
    return QString::fromLatin1(buf);
}

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

// Fetched once: EVP_sha256() would look the implementation up on every digest init.
const EVP_MD *sha256Md()
{
    static EVP_MD *md = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    return md;
}

} // namespace

struct Sha256::Private
{
    EvpMdCtxPtr ctx{EVP_MD_CTX_new()};
};

Sha256::Sha256()
    : d(std::make_unique<Private>())
{
    reset();
}

Sha256::~Sha256() = default;

void Sha256::reset()
{
    EVP_DigestInit_ex(d->ctx.get(), sha256Md(), nullptr);
}

void Sha256::update(QByteArrayView data)
{
    EVP_DigestUpdate(d->ctx.get(), data.data(), size_t(data.size()));
}

QByteArray Sha256::final()
{
    QByteArray out(32, Qt::Uninitialized);
    unsigned int len = 32;
    EVP_DigestFinal_ex(d->ctx.get(), reinterpret_cast<unsigned char *>(out.data()), &len);
    return out;
}

QByteArray Sha256::hash(QByteArrayView data)
{
    QByteArray out(32, Qt::Uninitialized);
    unsigned int len = 32;
    EVP_Digest(data.data(),
               size_t(data.size()),
               reinterpret_cast<unsigned char *>(out.data()),
               &len,
               sha256Md(),
               nullptr);
    return out;
}

Result<QByteArray> sha256File(const QString &path,
                              const std::atomic_bool *cancel,
                              const ProgressFn &progress)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("Occ::Crypto", "Cannot open %1: %2")
                             .arg(path, file.errorString()));
    const qint64 total = file.size();
    // 1 MiB chunks: large enough for the hash loop to dominate, small enough to stay cached.
    constexpr qint64 kChunk = 1 << 20;
    QByteArray buffer(kChunk, Qt::Uninitialized);
    Sha256 hasher;
    qint64 done = 0;
    for (;;) {
        if (cancel && cancel->load(std::memory_order_relaxed))
            return makeError(ErrorCode::Cancelled,
                             QCoreApplication::translate("Occ::Crypto", "Hashing cancelled"));
        const qint64 n = file.read(buffer.data(), kChunk);
        if (n < 0)
            return makeError(ErrorCode::Io,
                             QCoreApplication::translate("Occ::Crypto", "Cannot read %1: %2")
                                 .arg(path, file.errorString()));
        if (n == 0)
            break;
        hasher.update(QByteArrayView(buffer.constData(), n));
        done += n;
        if (progress)
            progress(done, total);
    }
    return hasher.final();
}

void releaseThreadState()
{
    OPENSSL_thread_stop();
}

bool constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    return CRYPTO_memcmp(a.data(), b.data(), size_t(a.size())) == 0;
}

bool ed25519Verify(QByteArrayView signature, QByteArrayView message, QByteArrayView publicKey)
{
    if (!sodiumReady() || signature.size() != crypto_sign_BYTES
        || publicKey.size() != crypto_sign_PUBLICKEYBYTES)
        return false;
    return crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(signature.data()),
                                       reinterpret_cast<const unsigned char *>(message.data()),
                                       quint64(message.size()),
                                       reinterpret_cast<const unsigned char *>(publicKey.data()))
           == 0;
}

Result<Ed25519KeyPair> ed25519KeyPairFromSeed(QByteArrayView seed)
{
    if (!sodiumReady())
        return makeError(ErrorCode::Crypto,
                         QCoreApplication::translate("Occ::Crypto",
                                                     "libsodium could not be initialised"));
    if (seed.size() != crypto_sign_SEEDBYTES)
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("Occ::Crypto",
                                                     "An Ed25519 seed must be 32 bytes"));
    Ed25519KeyPair kp;
    kp.publicKey.resize(crypto_sign_PUBLICKEYBYTES);
    kp.secretKey.resize(crypto_sign_SECRETKEYBYTES);
    crypto_sign_seed_keypair(reinterpret_cast<unsigned char *>(kp.publicKey.data()),
                             reinterpret_cast<unsigned char *>(kp.secretKey.data()),
                             reinterpret_cast<const unsigned char *>(seed.data()));
    return kp;
}

QByteArray ed25519Sign(QByteArrayView message, QByteArrayView secretKey)
{
    if (!sodiumReady() || secretKey.size() != crypto_sign_SECRETKEYBYTES)
        return {};
    QByteArray sig(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char *>(sig.data()),
                         nullptr,
                         reinterpret_cast<const unsigned char *>(message.data()),
                         quint64(message.size()),
                         reinterpret_cast<const unsigned char *>(secretKey.data()));
    return sig;
}

namespace {

Result<EvpPkeyPtr> parseP256(QByteArrayView spki)
{
    const auto *p = reinterpret_cast<const unsigned char *>(spki.data());
    EvpPkeyPtr key(d2i_PUBKEY(nullptr, &p, long(spki.size())));
    if (!key)
        return makeError(ErrorCode::Crypto, takeOpenSslError());
    if (p != reinterpret_cast<const unsigned char *>(spki.data()) + spki.size())
        return makeError(ErrorCode::Crypto,
                         QCoreApplication::translate("Occ::Crypto",
                                                     "trailing data after the public key"));
    if (EVP_PKEY_get_base_id(key.get()) != EVP_PKEY_EC)
        return makeError(ErrorCode::Crypto,
                         QCoreApplication::translate("Occ::Crypto",
                                                     "the public key is not an EC key"));
    char group[64] = {};
    size_t groupLen = 0;
    if (!EVP_PKEY_get_utf8_string_param(key.get(), "group", group, sizeof group, &groupLen)
        || QByteArrayView(group, qsizetype(groupLen)) != "prime256v1")
        return makeError(ErrorCode::Crypto,
                         QCoreApplication::translate("Occ::Crypto",
                                                     "the public key is not on curve P-256"));
    return key;
}

} // namespace

Result<void> checkP256Spki(QByteArrayView spki)
{
    auto key = parseP256(spki);
    if (!key)
        return key.error();
    return {};
}

Result<bool> p256VerifyDer(QByteArrayView spki, QByteArrayView message, QByteArrayView derSignature)
{
    auto key = parseP256(spki);
    if (!key)
        return key.error();
    EvpMdCtxPtr ctx(EVP_MD_CTX_new());
    if (!ctx
        || EVP_DigestVerifyInit_ex(ctx.get(), nullptr, "SHA256", nullptr, nullptr, key->get(), nullptr)
               != 1)
        return makeError(ErrorCode::Crypto, takeOpenSslError());
    const int rc = EVP_DigestVerify(ctx.get(),
                                    reinterpret_cast<const unsigned char *>(derSignature.data()),
                                    size_t(derSignature.size()),
                                    reinterpret_cast<const unsigned char *>(message.data()),
                                    size_t(message.size()));
    ERR_clear_error(); // a malformed DER signature is simply "does not verify"
    return rc == 1;
}

QByteArray randomBytes(int n)
{
    QByteArray out(n, Qt::Uninitialized);
    if (n > 0 && RAND_bytes(reinterpret_cast<unsigned char *>(out.data()), n) != 1)
        qFatal("OpenSSL's random generator failed");
    return out;
}

Result<QString> describeCertificate(QByteArrayView pem)
{
    BIO *bio = BIO_new_mem_buf(pem.data(), int(pem.size()));
    X509 *cert = bio ? PEM_read_bio_X509(bio, nullptr, nullptr, nullptr) : nullptr;
    BIO_free(bio);
    if (!cert)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("Not a PEM certificate"));
    auto name = [](const X509_NAME *n) {
        char buf[512];
        X509_NAME_oneline(n, buf, sizeof buf);
        return QString::fromUtf8(buf);
    };
    auto time = [](const ASN1_TIME *t) {
        struct tm tm = {};
        if (!ASN1_TIME_to_tm(t, &tm))
            return QStringLiteral("?");
        return QString::asprintf("%04d-%02d-%02d", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
    };
    const QString out = QStringLiteral("%1 (issued by %2; valid %3 to %4)")
                            .arg(name(X509_get_subject_name(cert)),
                                 name(X509_get_issuer_name(cert)),
                                 time(X509_get0_notBefore(cert)),
                                 time(X509_get0_notAfter(cert)));
    X509_free(cert);
    return out;
}

} // namespace Occ::Crypto
