// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// A software P-256 actor key for tests: what a passkey or a device key would do, made with
// OpenSSL so the stub signer and the verifier are exercised with real signatures.

#include "core/canonicaljson.h"
#include "core/crypto.h"
#include "core/encoding.h"
#include "core/proofhashes.h"

#include <openssl/evp.h>
#include <openssl/x509.h>

using namespace Qt::StringLiterals;

namespace OccTest {

class P256TestKey
{
public:
    P256TestKey()
        : m_key(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"))
    {
        unsigned char *der = nullptr;
        const int len = i2d_PUBKEY(m_key, &der);
        m_spki = QByteArray(reinterpret_cast<const char *>(der), len);
        OPENSSL_free(der);
    }
    ~P256TestKey() { EVP_PKEY_free(m_key); }
    P256TestKey(const P256TestKey &) = delete;
    P256TestKey &operator=(const P256TestKey &) = delete;

    QByteArray spki() const { return m_spki; }
    QString keyId() const { return Occ::ProofHashes::keyIdForSpki(m_spki); }

    /** ECDSA P-256 / SHA-256, DER. */
    QByteArray sign(QByteArrayView message) const
    {
        EVP_MD_CTX *ctx = EVP_MD_CTX_new();
        size_t len = 0;
        EVP_DigestSignInit(ctx, nullptr, EVP_sha256(), nullptr, m_key);
        EVP_DigestSign(ctx,
                       nullptr,
                       &len,
                       reinterpret_cast<const unsigned char *>(message.data()),
                       size_t(message.size()));
        QByteArray sig(qsizetype(len), Qt::Uninitialized);
        EVP_DigestSign(ctx,
                       reinterpret_cast<unsigned char *>(sig.data()),
                       &len,
                       reinterpret_cast<const unsigned char *>(message.data()),
                       size_t(message.size()));
        EVP_MD_CTX_free(ctx);
        sig.resize(qsizetype(len));
        return sig;
    }

    Occ::JsonObject actor(const QString &provider = u"test-openssl"_s) const
    {
        Occ::JsonObject a;
        a.append(u"keyId"_s, keyId());
        a.append(u"publicKeyB64"_s, Occ::Encoding::toBase64(m_spki));
        a.append(u"algorithm"_s, u"ES256"_s);
        a.append(u"provider"_s, provider);
        return a;
    }

    /** A direct-form envelope authorizing digestB64 under challenge at timestamp (Unix ms). */
    Occ::JsonValue directEnvelope(const QString &digestB64,
                                  const QString &challenge,
                                  double timestamp) const
    {
        Occ::JsonObject auth;
        auth.append(u"purpose"_s, u"occ/commit-authorize/v1"_s);
        auth.append(u"actorKeyId"_s, keyId());
        auth.append(u"artifactHash"_s, digestB64);
        auth.append(u"challenge"_s, challenge);
        auth.append(u"timestamp"_s, Occ::JsonValue(timestamp));
        auth.append(u"protocolVersion"_s, u"occ/1"_s);
        auth.append(u"signatureB64"_s,
                    Occ::Encoding::toBase64(
                        sign(Occ::ProofHashes::directAuthorizationPayload(auth))));
        Occ::JsonObject envelope;
        envelope.append(u"actor"_s, Occ::JsonValue(actor()));
        envelope.append(u"authorization"_s, Occ::JsonValue(std::move(auth)));
        return Occ::JsonValue(std::move(envelope));
    }

    /** A WebAuthn-form envelope, as a passkey for rpId would produce it. */
    Occ::JsonValue webauthnEnvelope(const QString &digestB64,
                                    const QString &challenge,
                                    double timestamp,
                                    const QString &rpId,
                                    quint8 flags = 0x05) const
    {
        QByteArray authData = Occ::Crypto::Sha256::hash(rpId.toUtf8());
        authData.append(char(flags));
        authData.append(QByteArray("\x00\x00\x00\x07", 4)); // signCount
        const QByteArray clientData = u"{\"type\":\"webauthn.get\",\"challenge\":\"%1\",\"origin\":"
                                      u"\"https://%2\",\"crossOrigin\":false}"_s
                                          .arg(Occ::Encoding::base64ToBase64Url(challenge), rpId)
                                          .toUtf8();
        Occ::JsonObject auth;
        auth.append(u"purpose"_s, u"occ/commit-authorize/v1"_s);
        auth.append(u"format"_s, u"webauthn"_s);
        auth.append(u"actorKeyId"_s, keyId());
        auth.append(u"artifactHash"_s, digestB64);
        auth.append(u"challenge"_s, challenge);
        auth.append(u"timestamp"_s, Occ::JsonValue(timestamp));
        auth.append(u"authenticatorDataB64"_s, Occ::Encoding::toBase64(authData));
        auth.append(u"clientDataJSON"_s, QString::fromUtf8(clientData));
        auth.append(u"signatureB64"_s,
                    Occ::Encoding::toBase64(
                        sign(QByteArray(authData + Occ::Crypto::Sha256::hash(clientData)))));
        Occ::JsonObject envelope;
        envelope.append(u"actor"_s, Occ::JsonValue(actor(u"passkey"_s)));
        envelope.append(u"authorization"_s, Occ::JsonValue(std::move(auth)));
        return Occ::JsonValue(std::move(envelope));
    }

private:
    EVP_PKEY *m_key;
    QByteArray m_spki;
};

} // namespace OccTest
