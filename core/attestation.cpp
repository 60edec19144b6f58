// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0
#include "attestation.h"

#include <QCoreApplication>

#include <vector>

#include "core/builtinroots.h"
#include "encoding.h"

#include <cbor.h>
#include <openssl/bn.h>
#include <openssl/ecdsa.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace Occ::Attestation {
namespace {

struct CborDeleter
{
    void operator()(cbor_item_t *item) const { cbor_decref(&item); }
};
using CborPtr = std::unique_ptr<cbor_item_t, CborDeleter>;
struct X509Deleter
{
    void operator()(X509 *x) const { X509_free(x); }
};
using X509Ptr = std::unique_ptr<X509, X509Deleter>;

Error fail(const QString &message)
{
    return makeError(ErrorCode::Crypto, message);
}

QByteArray bytesOf(const cbor_item_t *item)
{
    if (!item || !cbor_isa_bytestring(item) || !cbor_bytestring_is_definite(item))
        return {};
    return QByteArray(reinterpret_cast<const char *>(cbor_bytestring_handle(item)),
                      qsizetype(cbor_bytestring_length(item)));
}

QString textOf(const cbor_item_t *item)
{
    if (!item || !cbor_isa_string(item) || !cbor_string_is_definite(item))
        return {};
    return QString::fromUtf8(reinterpret_cast<const char *>(cbor_string_handle(item)),
                             qsizetype(cbor_string_length(item)));
}

const cbor_item_t *mapValue(const cbor_item_t *map, QStringView key)
{
    // Nitro documents use an indefinite-length map; libcbor materialises both kinds alike.
    if (!map || !cbor_isa_map(map))
        return nullptr;
    const size_t n = cbor_map_size(map);
    const cbor_pair *pairs = cbor_map_handle(map);
    for (size_t i = 0; i < n; ++i) {
        if (textOf(pairs[i].key) == key)
            return pairs[i].value;
    }
    return nullptr;
}

// Minimal CBOR encoding of the COSE Sig_structure ["Signature1", protected, h'', payload].
void appendHeader(QByteArray &out, quint8 major, quint64 length)
{
    const quint8 m = quint8(major << 5);
    if (length < 24) {
        out.append(char(m | length));
    } else if (length < 0x100) {
        out.append(char(m | 24));
        out.append(char(length));
    } else if (length < 0x10000) {
        out.append(char(m | 25));
        out.append(char(length >> 8));
        out.append(char(length & 0xFF));
    } else {
        out.append(char(m | 26));
        for (int shift = 24; shift >= 0; shift -= 8)
            out.append(char((length >> shift) & 0xFF));
    }
}

QByteArray sigStructure(const QByteArray &protectedHeader, const QByteArray &payload)
{
    QByteArray out;
    appendHeader(out, 4, 4);
    appendHeader(out, 3, 10);
    out.append("Signature1");
    appendHeader(out, 2, quint64(protectedHeader.size()));
    out.append(protectedHeader);
    appendHeader(out, 2, 0);
    appendHeader(out, 2, quint64(payload.size()));
    out.append(payload);
    return out;
}

X509Ptr parseDer(const QByteArray &der)
{
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    return X509Ptr(d2i_X509(nullptr, &p, long(der.size())));
}

QString subjectOf(X509 *cert)
{
    char buf[512];
    X509_NAME_oneline(X509_get_subject_name(cert), buf, sizeof buf);
    return QString::fromUtf8(buf);
}

struct Decoded
{
    NitroDocument document;
    QByteArray protectedHeader;
    QByteArray payload;
    QByteArray signature;
    QByteArray leafDer;
    QList<QByteArray> bundleDer;
};

/**
 * True when every length and count declared in the CBOR data fits in the bytes that remain.
 * libcbor allocates a definite array or map for its declared size before reading a single
 * element, so a few bytes claiming 2^32 entries would otherwise cost gigabytes (found by
 * fuzz_attestation). Each element needs at least one byte, which bounds every count.
 * Trailing bytes after the first item are left to libcbor.
 */
bool cborSizesPlausible(const unsigned char *data, size_t size)
{
    constexpr uint64_t kUntilBreak = ~uint64_t(0); // an indefinite-length container
    size_t pos = 0;
    std::vector<uint64_t> open{1}; // items still to read, per open container
    while (!open.empty()) {
        if (open.back() == 0) {
            open.pop_back();
            continue;
        }
        if (pos >= size || open.size() > 64)
            return false;
        if (open.back() == kUntilBreak && data[pos] == 0xff) {
            ++pos; // the "break" that ends an indefinite container
            open.pop_back();
            continue;
        }
        if (open.back() != kUntilBreak)
            --open.back();
        const unsigned char initial = data[pos++];
        const int major = initial >> 5;
        const int info = initial & 0x1f;
        if (info == 31) {
            // Indefinite length (Nitro documents use indefinite maps): libcbor grows these as
            // it reads, so only their nesting is followed.
            if (major < 2 || major > 5)
                return false;
            open.push_back(kUntilBreak);
            continue;
        }
        uint64_t arg = 0;
        if (info < 24) {
            arg = uint64_t(info);
        } else if (info <= 27) {
            const size_t n = size_t(1) << (info - 24);
            if (size - pos < n)
                return false;
            for (size_t i = 0; i < n; ++i)
                arg = (arg << 8) | data[pos++];
        } else {
            return false; // reserved
        }
        const uint64_t remaining = size - pos;
        switch (major) {
        case 2: // byte string
        case 3: // text string
            if (arg > remaining)
                return false;
            pos += size_t(arg);
            break;
        case 4: // array
            if (arg > remaining)
                return false;
            open.push_back(arg);
            break;
        case 5: // map
            if (arg > remaining / 2)
                return false;
            open.push_back(arg * 2);
            break;
        case 6: // tag: one item follows
            open.push_back(1);
            break;
        default: // unsigned, negative, simple and float: nothing more
            break;
        }
    }
    return true;
}

Result<Decoded> decode(QByteArrayView document)
{
    if (!cborSizesPlausible(reinterpret_cast<const unsigned char *>(document.data()),
                            size_t(document.size())))
        return fail(QCoreApplication::translate("Occ::Attestation",
                                                "the attestation report is not well-formed CBOR"));
    cbor_load_result load;
    CborPtr root(cbor_load(reinterpret_cast<const unsigned char *>(document.data()),
                           size_t(document.size()),
                           &load));
    if (!root || load.error.code != CBOR_ERR_NONE)
        return fail(
            QCoreApplication::translate("Occ::Attestation", "the attestation report is not CBOR"));
    const cbor_item_t *sign1 = root.get();
    if (cbor_isa_tag(sign1))
        sign1 = cbor_tag_item(sign1); // COSE_Sign1 may carry tag 18
    CborPtr tagged(cbor_isa_tag(root.get()) ? const_cast<cbor_item_t *>(sign1) : nullptr);
    if (!cbor_isa_array(sign1) || cbor_array_size(sign1) != 4)
        return fail(
            QCoreApplication::translate("Occ::Attestation",
                                        "the attestation report is not a COSE_Sign1 structure"));
    cbor_item_t **parts = cbor_array_handle(sign1);
    Decoded d;
    d.protectedHeader = bytesOf(parts[0]);
    d.payload = bytesOf(parts[2]);
    d.signature = bytesOf(parts[3]);
    if (d.payload.isEmpty() || d.signature.isEmpty())
        return fail(
            QCoreApplication::translate("Occ::Attestation",
                                        "the attestation report's COSE_Sign1 is incomplete"));
    // The protected header must say ES384 (alg -35).
    if (!cborSizesPlausible(reinterpret_cast<const unsigned char *>(d.protectedHeader.constData()),
                            size_t(d.protectedHeader.size()))
        || !cborSizesPlausible(reinterpret_cast<const unsigned char *>(d.payload.constData()),
                               size_t(d.payload.size())))
        return fail(QCoreApplication::translate("Occ::Attestation",
                                                "the attestation report is not well-formed CBOR"));
    CborPtr header(cbor_load(reinterpret_cast<const unsigned char *>(d.protectedHeader.constData()),
                             size_t(d.protectedHeader.size()),
                             &load));
    bool es384 = false;
    if (header && cbor_isa_map(header.get())) {
        const cbor_pair *pairs = cbor_map_handle(header.get());
        for (size_t i = 0; i < cbor_map_size(header.get()); ++i) {
            if (cbor_isa_uint(pairs[i].key) && cbor_get_int(pairs[i].key) == 1
                && cbor_isa_negint(pairs[i].value) && cbor_get_int(pairs[i].value) == 34)
                es384 = true; // negint n encodes -1-n: -35
        }
    }
    if (!es384)
        return fail(QCoreApplication::translate("Occ::Attestation",
                                                "the attestation report is not signed with ES384"));

    CborPtr payload(cbor_load(reinterpret_cast<const unsigned char *>(d.payload.constData()),
                              size_t(d.payload.size()),
                              &load));
    if (!payload || !cbor_isa_map(payload.get()))
        return fail(QCoreApplication::translate("Occ::Attestation",
                                                "the attestation document is not a CBOR map"));
    const cbor_item_t *map = payload.get();
    NitroDocument &doc = d.document;
    doc.moduleId = textOf(mapValue(map, u"module_id"));
    if (textOf(mapValue(map, u"digest")) != u"SHA384")
        return fail(QCoreApplication::translate("Occ::Attestation",
                                                "the attestation document's digest is not SHA384"));
    const cbor_item_t *ts = mapValue(map, u"timestamp");
    if (!ts || !cbor_isa_uint(ts))
        return fail(QCoreApplication::translate("Occ::Attestation",
                                                "the attestation document has no timestamp"));
    doc.timestamp = QDateTime::fromMSecsSinceEpoch(qint64(cbor_get_int(ts)), Qt::UTC);
    const cbor_item_t *pcrs = mapValue(map, u"pcrs");
    if (!pcrs || !cbor_isa_map(pcrs))
        return fail(QCoreApplication::translate("Occ::Attestation",
                                                "the attestation document has no PCRs"));
    bool allZero = true;
    for (size_t i = 0; i < cbor_map_size(pcrs); ++i) {
        const cbor_pair &p = cbor_map_handle(pcrs)[i];
        if (!cbor_isa_uint(p.key))
            continue;
        const QByteArray value = bytesOf(p.value);
        doc.pcrs.insert(int(cbor_get_int(p.key)), value);
        if (value.count('\0') != value.size() && int(cbor_get_int(p.key)) <= 2)
            allZero = false;
    }
    if (!doc.pcrs.contains(0) || doc.pcrs.value(0).size() != 48)
        return fail(QCoreApplication::translate("Occ::Attestation",
                                                "the attestation document has no 48-byte PCR0"));
    doc.debugMode = allZero;
    doc.userData = bytesOf(mapValue(map, u"user_data"));
    doc.nonce = bytesOf(mapValue(map, u"nonce"));
    doc.publicKey = bytesOf(mapValue(map, u"public_key"));
    d.leafDer = bytesOf(mapValue(map, u"certificate"));
    if (d.leafDer.isEmpty())
        return fail(QCoreApplication::translate("Occ::Attestation",
                                                "the attestation document has no certificate"));
    const cbor_item_t *bundle = mapValue(map, u"cabundle");
    if (!bundle || !cbor_isa_array(bundle))
        return fail(QCoreApplication::translate("Occ::Attestation",
                                                "the attestation document has no CA bundle"));
    for (size_t i = 0; i < cbor_array_size(bundle); ++i)
        d.bundleDer.append(bytesOf(cbor_array_handle(bundle)[i]));
    return d;
}

} // namespace

QString NitroDocument::pcr0Hex() const
{
    return Encoding::toHex(pcrs.value(0));
}

QByteArray awsNitroRootG1Pem()
{
    return QByteArray(kAwsNitroRootG1Pem);
}

Result<NitroDocument> decodeNitro(QByteArrayView document)
{
    auto d = decode(document);
    if (!d)
        return d.error();
    return d->document;
}

Result<NitroDocument> verifyNitro(QByteArrayView document, const QList<QByteArray> &rootsPem)
{
    auto decoded = decode(document);
    if (!decoded)
        return decoded.error();
    Decoded &d = *decoded;
    X509Ptr leaf = parseDer(d.leafDer);
    if (!leaf)
        return fail(
            QCoreApplication::translate("Occ::Attestation",
                                        "the attestation's leaf certificate cannot be read"));
    d.document.leafSubject = subjectOf(leaf.get());

    // ES384: the COSE signature is r || s (48 bytes each); OpenSSL wants DER.
    if (d.signature.size() != 96)
        return fail(
            QCoreApplication::translate("Occ::Attestation",
                                        "the attestation signature is not an ES384 signature"));
    ECDSA_SIG *sig = ECDSA_SIG_new();
    ECDSA_SIG_set0(sig,
                   BN_bin2bn(reinterpret_cast<const unsigned char *>(d.signature.constData()),
                             48,
                             nullptr),
                   BN_bin2bn(reinterpret_cast<const unsigned char *>(d.signature.constData()) + 48,
                             48,
                             nullptr));
    unsigned char *der = nullptr;
    const int derLen = i2d_ECDSA_SIG(sig, &der);
    ECDSA_SIG_free(sig);
    const QByteArray toBeSigned = sigStructure(d.protectedHeader, d.payload);
    EVP_PKEY *key = X509_get0_pubkey(leaf.get());
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    const bool signatureOk = key && derLen > 0
                             && EVP_DigestVerifyInit(ctx, nullptr, EVP_sha384(), nullptr, key) == 1
                             && EVP_DigestVerify(ctx,
                                                 der,
                                                 size_t(derLen),
                                                 reinterpret_cast<const unsigned char *>(
                                                     toBeSigned.constData()),
                                                 size_t(toBeSigned.size()))
                                    == 1;
    EVP_MD_CTX_free(ctx);
    OPENSSL_free(der);
    ERR_clear_error();
    if (!signatureOk)
        return fail(QCoreApplication::translate(
            "Occ::Attestation",
            "the attestation document's signature does not verify with its certificate"));

    // The chain, at the document's own time.
    X509_STORE *store = X509_STORE_new();
    int roots = 0;
    for (const QByteArray &pem : rootsPem) {
        BIO *bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
        while (X509 *root = PEM_read_bio_X509(bio, nullptr, nullptr, nullptr)) {
            X509_STORE_add_cert(store, root);
            X509_free(root);
            ++roots;
        }
        BIO_free(bio);
    }
    ERR_clear_error();
    STACK_OF(X509) *untrusted = sk_X509_new_null();
    for (const QByteArray &certDer : std::as_const(d.bundleDer)) {
        if (X509 *c = parseDer(certDer).release())
            sk_X509_push(untrusted, c);
    }
    X509_STORE_CTX *verify = X509_STORE_CTX_new();
    X509_STORE_CTX_init(verify, store, leaf.get(), untrusted);
    X509_VERIFY_PARAM *param = X509_STORE_CTX_get0_param(verify);
    X509_VERIFY_PARAM_set_time(param, time_t(d.document.timestamp.toSecsSinceEpoch()));
    const int chainOk = roots > 0 ? X509_verify_cert(verify) : 0;
    const int code = X509_STORE_CTX_get_error(verify);
    if (chainOk == 1) {
        STACK_OF(X509) *chain = X509_STORE_CTX_get0_chain(verify);
        d.document.rootSubject = subjectOf(sk_X509_value(chain, sk_X509_num(chain) - 1));
    }
    X509_STORE_CTX_free(verify);
    sk_X509_pop_free(untrusted, X509_free);
    X509_STORE_free(store);
    ERR_clear_error();
    if (chainOk != 1) {
        return fail(
            roots == 0
                ? QCoreApplication::translate("Occ::Attestation",
                                              "no attestation root certificate is configured")
                : QCoreApplication::translate(
                      "Occ::Attestation",
                      "the attestation certificate chain does not verify at the "
                      "document's time (%1): %2")
                      .arg(d.document.timestamp.toString(Qt::ISODateWithMs),
                           QString::fromLatin1(X509_verify_cert_error_string(code))));
    }
    return d.document;
}

} // namespace Occ::Attestation
