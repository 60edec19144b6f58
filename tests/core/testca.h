// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// A throwaway certificate authority made with OpenSSL for TLS tests: a CA certificate and a
// server (or TSA) certificate, both P-256.

#include <QByteArray>
#include <QString>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace OccTest {

struct TestCa
{
    QByteArray caCertPem;
    QByteArray serverCertPem;
    QByteArray serverKeyPem;

    static TestCa make(const char *serverDnsName)
    {
        return make(serverDnsName, "serverAuth", serverDnsName, 86400);
    }

    /** A time-stamping authority's certificate (critical timeStamping EKU), valid for
     *  `validSeconds` from an hour ago. */
    static TestCa makeTsa(long validSeconds = 86400)
    {
        return make("OCC Test TSA", "critical,timeStamping", nullptr, validSeconds);
    }

    static TestCa make(const char *cn, const char *eku, const char *dnsName, long validSeconds)
    {
        EVP_PKEY *caKey = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256");
        EVP_PKEY *serverKey = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256");
        X509 *ca = makeCert(caKey, caKey, nullptr, "OCC Test CA", true, nullptr, nullptr, 86400);
        X509 *server = makeCert(serverKey, caKey, ca, cn, false, dnsName, eku, validSeconds);
        TestCa out{toPem(ca), toPem(server), keyPem(serverKey)};
        X509_free(ca);
        X509_free(server);
        EVP_PKEY_free(caKey);
        EVP_PKEY_free(serverKey);
        return out;
    }

    /** A certificate for `key`, issued by issuerKey/issuer (self-signed when issuer is null),
     *  valid from an hour ago for validSeconds. */
    static X509 *makeCert(EVP_PKEY *key,
                          EVP_PKEY *issuerKey,
                          X509 *issuer,
                          const char *cn,
                          bool isCa,
                          const char *dnsName,
                          const char *eku,
                          long validSeconds)
    {
        static long serial = 1;
        X509 *cert = X509_new();
        X509_set_version(cert, 2);
        ASN1_INTEGER_set(X509_get_serialNumber(cert), ++serial);
        X509_gmtime_adj(X509_getm_notBefore(cert), -3600);
        X509_gmtime_adj(X509_getm_notAfter(cert), validSeconds - 3600);
        X509_set_pubkey(cert, key);
        X509_NAME *name = X509_get_subject_name(cert);
        X509_NAME_add_entry_by_txt(name,
                                   "CN",
                                   MBSTRING_ASC,
                                   reinterpret_cast<const unsigned char *>(cn),
                                   -1,
                                   -1,
                                   0);
        X509_set_issuer_name(cert, issuer ? X509_get_subject_name(issuer) : name);
        X509V3_CTX ctx;
        X509V3_set_ctx_nodb(&ctx);
        X509V3_set_ctx(&ctx, issuer ? issuer : cert, cert, nullptr, nullptr, 0);
        auto add = [&](int nid, const char *value) {
            X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
            X509_add_ext(cert, ext, -1);
            X509_EXTENSION_free(ext);
        };
        if (isCa) {
            add(NID_basic_constraints, "critical,CA:TRUE");
            add(NID_key_usage, "critical,keyCertSign,cRLSign");
        } else {
            add(NID_basic_constraints, "CA:FALSE");
            add(NID_ext_key_usage, eku);
            if (dnsName) {
                const QByteArray san = QByteArray("DNS:") + dnsName;
                add(NID_subject_alt_name, san.constData());
            }
        }
        add(NID_subject_key_identifier, "hash");
        X509_sign(cert, issuerKey, EVP_sha256());
        return cert;
    }

    static QByteArray toDer(X509 *cert)
    {
        unsigned char *der = nullptr;
        const int len = i2d_X509(cert, &der);
        QByteArray out(reinterpret_cast<const char *>(der), len);
        OPENSSL_free(der);
        return out;
    }

    static QByteArray toPem(X509 *cert)
    {
        BIO *bio = BIO_new(BIO_s_mem());
        PEM_write_bio_X509(bio, cert);
        return drain(bio);
    }

private:
    static QByteArray keyPem(EVP_PKEY *key)
    {
        BIO *bio = BIO_new(BIO_s_mem());
        PEM_write_bio_PrivateKey(bio, key, nullptr, nullptr, 0, nullptr, nullptr);
        return drain(bio);
    }

    static QByteArray drain(BIO *bio)
    {
        char *data = nullptr;
        const long len = BIO_get_mem_data(bio, &data);
        QByteArray out(data, len);
        BIO_free(bio);
        return out;
    }
};

} // namespace OccTest
