// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

namespace Occ::Crypto {

/**
 * Streaming SHA-256 through OpenSSL's EVP interface (which picks the SHA-NI / AVX code paths).
 * Not copyable; reusable after final() via reset().
 */
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void update(QByteArrayView data);
    /** The 32-byte digest; the object must be reset() before further use. */
    QByteArray final();
    void reset();

    static QByteArray hash(QByteArrayView data);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

/** Progress callback for streaming work: bytes done so far, and the total (or -1). */
using ProgressFn = std::function<void(qint64 done, qint64 total)>;

/**
 * SHA-256 of a file's bytes, read in chunks (the file is never held in memory).
 * Stops with ErrorCode::Cancelled when *cancel becomes true.
 */
Result<QByteArray> sha256File(const QString &path,
                              const std::atomic_bool *cancel = nullptr,
                              const ProgressFn &progress = {});

/**
 * Frees OpenSSL's per-thread state. Call it at the end of work done on a thread that OpenSSL
 * did not create (thread pools), or that state leaks when the thread ends.
 */
void releaseThreadState();

/** Constant-time comparison; different lengths compare unequal. */
bool constantTimeEquals(QByteArrayView a, QByteArrayView b);

/**
 * Ed25519 (RFC 8032, pure) verification with libsodium's strict rules (canonical S and R,
 * no small-order keys). publicKey must be 32 bytes and signature 64 bytes, else false.
 */
bool ed25519Verify(QByteArrayView signature, QByteArrayView message, QByteArrayView publicKey);

/** An Ed25519 key pair derived from a 32-byte seed (tests and the stub signer). */
struct Ed25519KeyPair
{
    QByteArray publicKey; ///< 32 bytes
    QByteArray secretKey; ///< 64 bytes (libsodium layout: seed || public key)
};
Result<Ed25519KeyPair> ed25519KeyPairFromSeed(QByteArrayView seed);
QByteArray ed25519Sign(QByteArrayView message, QByteArrayView secretKey);

/** Checks that spki is DER SubjectPublicKeyInfo of an EC key on P-256 (prime256v1). */
Result<void> checkP256Spki(QByteArrayView spki);

/**
 * ECDSA P-256 / SHA-256 verification of a DER signature (SEQUENCE { r, s }; raw r||s is not
 * accepted, high S is). Returns false for a signature that does not verify, including one that
 * is not DER, and an Error when the key cannot be decoded (OpenSSL's reason in the message).
 */
Result<bool> p256VerifyDer(QByteArrayView spki, QByteArrayView message, QByteArrayView derSignature);

/**
 * n bytes from OpenSSL's CSPRNG. Aborts the process if the generator fails: a predictable
 * nonce, seed or challenge is worse than no program.
 */
QByteArray randomBytes(int n);

/** One PEM certificate described for people: its subject, issuer and validity period. */
Result<QString> describeCertificate(QByteArrayView pem);

} // namespace Occ::Crypto
