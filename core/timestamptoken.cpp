// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0
#include "timestamptoken.h"

#include <QCoreApplication>

#include "encoding.h"

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/objects.h>
#include <openssl/pem.h>
#include <openssl/pkcs7.h>
#include <openssl/ts.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>

using namespace Qt::StringLiterals;

namespace Occ::TimestampToken {
namespace {

Error fail(const QString &message)
{
    ERR_clear_error();
    return makeError(ErrorCode::Crypto, message);
}

QDateTime fromGeneralizedTime(const ASN1_GENERALIZEDTIME *t)
{
    struct tm tm = {};
    if (!t || ASN1_TIME_to_tm(t, &tm) != 1)
        return {};
    return QDateTime(QDate(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday),
                     QTime(tm.tm_hour, tm.tm_min, tm.tm_sec),
                     Qt::UTC);
}

// The common name when there is one (TSA subjects are long), else the whole subject.
QString subjectOf(X509 *cert)
{
    char buf[512] = {};
    if (X509_NAME_get_text_by_NID(X509_get_subject_name(cert), NID_commonName, buf, sizeof buf) > 0)
        return QString::fromUtf8(buf);
    X509_NAME_oneline(X509_get_subject_name(cert), buf, sizeof buf);
    return QString::fromUtf8(buf);
}

} // namespace

Result<Info> verify(QByteArrayView tokenDer,
                    QByteArrayView expectedDigest,
                    const QList<QByteArray> &trustAnchorsPem)
{
    const auto *p = reinterpret_cast<const unsigned char *>(tokenDer.data());
    PKCS7 *token = d2i_PKCS7(nullptr, &p, long(tokenDer.size()));
    if (!token)
        return fail(QCoreApplication::translate("Occ::TimestampToken",
                                                "the token is not a DER TimeStampToken"));
    TS_TST_INFO *tst = PKCS7_to_TS_TST_INFO(token);
    if (!tst) {
        PKCS7_free(token);
        return fail(
            QCoreApplication::translate("Occ::TimestampToken", "the token holds no TSTInfo"));
    }
    Info info;
    auto cleanup = [&] {
        TS_TST_INFO_free(tst);
        PKCS7_free(token);
    };

    // The imprint: SHA-256 (checked here, not trusted to a flag) over the expected digest.
    TS_MSG_IMPRINT *imprint = TS_TST_INFO_get_msg_imprint(tst);
    X509_ALGOR *alg = TS_MSG_IMPRINT_get_algo(imprint);
    const ASN1_OBJECT *algOid = nullptr;
    X509_ALGOR_get0(&algOid, nullptr, nullptr, alg);
    if (OBJ_obj2nid(algOid) != NID_sha256) {
        cleanup();
        return fail(QCoreApplication::translate("Occ::TimestampToken",
                                                "the token's imprint is not SHA-256"));
    }
    const ASN1_OCTET_STRING *digest = TS_MSG_IMPRINT_get_msg(imprint);
    if (QByteArrayView(reinterpret_cast<const char *>(ASN1_STRING_get0_data(digest)),
                       ASN1_STRING_length(digest))
        != expectedDigest) {
        cleanup();
        return fail(QCoreApplication::translate(
            "Occ::TimestampToken",
            "the token timestamps other bytes (its imprint is not this digest)"));
    }
    info.genTime = fromGeneralizedTime(TS_TST_INFO_get_time(tst));
    if (!info.genTime.isValid()) {
        cleanup();
        return fail(QCoreApplication::translate("Occ::TimestampToken",
                                                "the token's genTime cannot be read"));
    }
    const ASN1_INTEGER *serial = TS_TST_INFO_get_serial(tst);
    BIGNUM *bn = ASN1_INTEGER_to_BN(serial, nullptr);
    char *hex = BN_bn2hex(bn);
    info.serial = QString::fromLatin1(hex).toLower();
    OPENSSL_free(hex);
    BN_free(bn);
    char oid[128] = {};
    OBJ_obj2txt(oid, sizeof oid, TS_TST_INFO_get_policy_id(tst), 1);
    info.policyOid = QString::fromLatin1(oid);

    // Intact: the CMS signature verifies with the token's own signing certificate.
    STACK_OF(X509) *signers = PKCS7_get0_signers(token, nullptr, 0);
    if (!signers || sk_X509_num(signers) != 1) {
        sk_X509_free(signers);
        cleanup();
        return fail(
            QCoreApplication::translate("Occ::TimestampToken",
                                        "the token does not carry its signing certificate"));
    }
    info.tsaSubject = subjectOf(sk_X509_value(signers, 0));
    sk_X509_free(signers);
    X509_STORE *empty = X509_STORE_new();
    BIO *content = BIO_new(BIO_s_mem());
    const bool intact = PKCS7_verify(token, nullptr, empty, nullptr, content, PKCS7_NOVERIFY) == 1;
    BIO_free(content);
    X509_STORE_free(empty);
    if (!intact) {
        cleanup();
        return fail(QCoreApplication::translate("Occ::TimestampToken",
                                                "the token's signature does not verify"));
    }

    // Trusted: the TSA chains to an anchor at genTime, with the timeStamping EKU (OpenSSL's
    // TS verification checks the EKU). Only TS_VFY_SIGNATURE: the other flags need inputs.
    if (trustAnchorsPem.isEmpty()) {
        info.untrustedWhy = QCoreApplication::translate("Occ::TimestampToken",
                                                        "no TSA trust anchors are configured");
    } else {
        X509_STORE *store = X509_STORE_new();
        for (const QByteArray &pem : trustAnchorsPem) {
            BIO *bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
            while (X509 *root = PEM_read_bio_X509(bio, nullptr, nullptr, nullptr)) {
                X509_STORE_add_cert(store, root);
                X509_free(root);
            }
            BIO_free(bio);
        }
        X509_VERIFY_PARAM *param = X509_VERIFY_PARAM_new();
        X509_VERIFY_PARAM_set_time(param, time_t(info.genTime.toSecsSinceEpoch()));
        X509_STORE_set1_param(store, param);
        X509_VERIFY_PARAM_free(param);
        TS_VERIFY_CTX *ctx = TS_VERIFY_CTX_new();
        TS_VERIFY_CTX_set_flags(ctx, TS_VFY_SIGNATURE);
        TS_VERIFY_CTX_set_store(ctx, store); // the context owns it now
        info.trusted = TS_RESP_verify_token(ctx, token) == 1;
        if (!info.trusted) {
            const unsigned long code = ERR_peek_last_error();
            char buf[256] = {};
            ERR_error_string_n(code, buf, sizeof buf);
            info.untrustedWhy = QCoreApplication::translate(
                                    "Occ::TimestampToken",
                                    "the TSA does not chain to a trust anchor at genTime (%1)")
                                    .arg(QString::fromLatin1(buf));
        }
        TS_VERIFY_CTX_free(ctx);
    }
    ERR_clear_error();
    cleanup();
    return info;
}

QByteArray makeRequest(QByteArrayView digest, QByteArrayView nonce)
{
    TS_REQ *req = TS_REQ_new();
    TS_REQ_set_version(req, 1);
    TS_MSG_IMPRINT *imprint = TS_MSG_IMPRINT_new();
    X509_ALGOR *alg = X509_ALGOR_new();
    X509_ALGOR_set0(alg, OBJ_nid2obj(NID_sha256), V_ASN1_NULL, nullptr);
    TS_MSG_IMPRINT_set_algo(imprint, alg);
    X509_ALGOR_free(alg); // set_algo copied it
    TS_MSG_IMPRINT_set_msg(imprint,
                           reinterpret_cast<unsigned char *>(const_cast<char *>(digest.data())),
                           int(digest.size()));
    TS_REQ_set_msg_imprint(req, imprint);
    TS_MSG_IMPRINT_free(imprint);
    ASN1_INTEGER *n = ASN1_INTEGER_new();
    BIGNUM *bn = BN_bin2bn(reinterpret_cast<const unsigned char *>(nonce.data()),
                           int(nonce.size()),
                           nullptr);
    BN_to_ASN1_INTEGER(bn, n);
    BN_free(bn);
    TS_REQ_set_nonce(req, n);
    ASN1_INTEGER_free(n);
    TS_REQ_set_cert_req(req, 1);
    unsigned char *der = nullptr;
    const int len = i2d_TS_REQ(req, &der);
    QByteArray out(reinterpret_cast<const char *>(der), len);
    OPENSSL_free(der);
    TS_REQ_free(req);
    return out;
}

Result<QByteArray> tokenFromResponse(QByteArrayView responseDer,
                                     QByteArrayView digest,
                                     QByteArrayView nonce)
{
    const auto *p = reinterpret_cast<const unsigned char *>(responseDer.data());
    TS_RESP *resp = d2i_TS_RESP(nullptr, &p, long(responseDer.size()));
    if (!resp)
        return fail(QCoreApplication::translate("Occ::TimestampToken",
                                                "the TSA's answer is not a TimeStampResp"));
    const long status = ASN1_INTEGER_get(TS_STATUS_INFO_get0_status(TS_RESP_get_status_info(resp)));
    PKCS7 *token = TS_RESP_get_token(resp);
    TS_TST_INFO *tst = TS_RESP_get_tst_info(resp);
    if ((status != 0 && status != 1) || !token || !tst) {
        TS_RESP_free(resp);
        return fail(QCoreApplication::translate("Occ::TimestampToken",
                                                "the TSA refused the request (status %1)")
                        .arg(status));
    }
    const ASN1_INTEGER *got = TS_TST_INFO_get_nonce(tst);
    BIGNUM *want = BN_bin2bn(reinterpret_cast<const unsigned char *>(nonce.data()),
                             int(nonce.size()),
                             nullptr);
    BIGNUM *have = got ? ASN1_INTEGER_to_BN(got, nullptr) : nullptr;
    const bool nonceOk = have && BN_cmp(want, have) == 0;
    BN_free(want);
    BN_free(have);
    unsigned char *der = nullptr;
    const int len = i2d_PKCS7(token, &der);
    const QByteArray tokenDer(reinterpret_cast<const char *>(der), len);
    OPENSSL_free(der);
    TS_RESP_free(resp);
    if (!nonceOk)
        return fail(QCoreApplication::translate(
            "Occ::TimestampToken",
            "the TSA's answer does not carry our nonce (a replayed or foreign answer)"));
    auto checked = verify(tokenDer, digest, {});
    if (!checked)
        return checked.error();
    return tokenDer;
}

} // namespace Occ::TimestampToken
