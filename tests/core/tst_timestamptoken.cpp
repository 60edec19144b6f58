// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0
#include "testca.h"
#include "testdata.h"

#include "core/crypto.h"
#include "core/timestamptoken.h"

#include <QDateTime>
#include <QTest>

#include <openssl/ts.h>

using namespace Occ;
using namespace Qt::StringLiterals;

namespace {

// A local RFC 3161 TSA made with OpenSSL's TS response API, answering at a chosen time.
QByteArray makeToken(const OccTest::TestCa &tsa,
                     const QByteArray &digest,
                     qint64 genTime,
                     const EVP_MD *imprintMd = EVP_sha256())
{
    TS_REQ *req = TS_REQ_new();
    TS_REQ_set_version(req, 1);
    TS_MSG_IMPRINT *imprint = TS_MSG_IMPRINT_new();
    X509_ALGOR *alg = X509_ALGOR_new();
    X509_ALGOR_set0(alg, OBJ_nid2obj(EVP_MD_type(imprintMd)), V_ASN1_NULL, nullptr);
    TS_MSG_IMPRINT_set_algo(imprint, alg);
    TS_MSG_IMPRINT_set_msg(imprint,
                           reinterpret_cast<unsigned char *>(const_cast<char *>(digest.constData())),
                           int(digest.size()));
    TS_REQ_set_msg_imprint(req, imprint);
    TS_REQ_set_cert_req(req, 1);
    BIO *reqBio = BIO_new(BIO_s_mem());
    i2d_TS_REQ_bio(reqBio, req);

    BIO *certBio = BIO_new_mem_buf(tsa.serverCertPem.constData(), int(tsa.serverCertPem.size()));
    X509 *cert = PEM_read_bio_X509(certBio, nullptr, nullptr, nullptr);
    BIO *keyBio = BIO_new_mem_buf(tsa.serverKeyPem.constData(), int(tsa.serverKeyPem.size()));
    EVP_PKEY *key = PEM_read_bio_PrivateKey(keyBio, nullptr, nullptr, nullptr);
    TS_RESP_CTX *ctx = TS_RESP_CTX_new();
    TS_RESP_CTX_set_signer_cert(ctx, cert);
    TS_RESP_CTX_set_signer_key(ctx, key);
    TS_RESP_CTX_set_signer_digest(ctx, EVP_sha256());
    ASN1_OBJECT *policy = OBJ_txt2obj("1.2.3.4.1", 1);
    TS_RESP_CTX_set_def_policy(ctx, policy);
    TS_RESP_CTX_add_md(ctx, EVP_sha256());
    TS_RESP_CTX_add_md(ctx, EVP_sha1());
    static qint64 s_time;
    s_time = genTime;
    TS_RESP_CTX_set_time_cb(
        ctx,
        [](TS_RESP_CTX *, void *, long *sec, long *usec) {
            *sec = long(s_time);
            *usec = 0;
            return 1;
        },
        nullptr);
    TS_RESP *resp = TS_RESP_create_response(ctx, reqBio);
    QByteArray out;
    if (resp && TS_RESP_get_token(resp)) {
        unsigned char *der = nullptr;
        const int len = i2d_PKCS7(TS_RESP_get_token(resp), &der);
        out = QByteArray(reinterpret_cast<const char *>(der), len);
        OPENSSL_free(der);
    }
    TS_RESP_free(resp);
    TS_RESP_CTX_free(ctx);
    ASN1_OBJECT_free(policy);
    EVP_PKEY_free(key);
    X509_free(cert);
    BIO_free(keyBio);
    BIO_free(certBio);
    BIO_free(reqBio);
    TS_MSG_IMPRINT_free(imprint);
    TS_REQ_free(req);
    return out;
}

} // namespace

class tst_TimestampToken : public QObject
{
    Q_OBJECT

private slots:
    void trustedAndUntrusted();
    void wrongImprint();
    void forgedGenTime();
    void tsaExpiredAtGenTime();
    void notSha256();
};

void tst_TimestampToken::trustedAndUntrusted()
{
    const OccTest::TestCa tsa = OccTest::TestCa::makeTsa();
    const QByteArray digest = Crypto::Sha256::hash("timestamped");
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QByteArray token = makeToken(tsa, digest, now - 60);
    QVERIFY(!token.isEmpty());

    auto trusted = TimestampToken::verify(token, digest, {tsa.caCertPem});
    QVERIFY_RESULT(trusted);
    QVERIFY(trusted->trusted);
    QCOMPARE(trusted->genTime.toSecsSinceEpoch(), now - 60);
    QCOMPARE(trusted->tsaSubject, u"OCC Test TSA"_s);
    QCOMPARE(trusted->policyOid, u"1.2.3.4.1"_s);

    auto untrusted = TimestampToken::verify(token, digest, {});
    QVERIFY_RESULT(untrusted);
    QVERIFY(!untrusted->trusted);
    QVERIFY(untrusted->untrustedWhy.contains(u"no TSA trust anchors"));

    const OccTest::TestCa other = OccTest::TestCa::makeTsa();
    auto otherCa = TimestampToken::verify(token, digest, {other.caCertPem});
    QVERIFY_RESULT(otherCa);
    QVERIFY(!otherCa->trusted);
}

void tst_TimestampToken::wrongImprint()
{
    const OccTest::TestCa tsa = OccTest::TestCa::makeTsa();
    const QByteArray token = makeToken(tsa,
                                       Crypto::Sha256::hash("one"),
                                       QDateTime::currentSecsSinceEpoch());
    auto r = TimestampToken::verify(token, Crypto::Sha256::hash("two"), {tsa.caCertPem});
    QVERIFY(!r);
    QVERIFY2(r.error().message.contains(u"other bytes"), qPrintable(r.error().message));
}

void tst_TimestampToken::forgedGenTime()
{
    const OccTest::TestCa tsa = OccTest::TestCa::makeTsa();
    const QByteArray digest = Crypto::Sha256::hash("forged");
    // 2026-01-01T00:00:00Z, then rewritten to 2025 inside the signed TSTInfo.
    QByteArray token = makeToken(tsa, digest, 1'767'225'600);
    const qsizetype at = token.indexOf("20260101000000Z");
    QVERIFY(at > 0);
    token[at + 3] = '5';
    auto r = TimestampToken::verify(token, digest, {tsa.caCertPem});
    QVERIFY(!r);
    QVERIFY2(r.error().message.contains(u"signature does not verify"),
             qPrintable(r.error().message));
}

void tst_TimestampToken::tsaExpiredAtGenTime()
{
    // The TSA certificate was valid from an hour ago until 30 minutes ago.
    const OccTest::TestCa tsa = OccTest::TestCa::makeTsa(1800);
    const QByteArray digest = Crypto::Sha256::hash("expiry");
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    // Stamped while the certificate was valid: trusted, although it has expired since.
    auto during = TimestampToken::verify(makeToken(tsa, digest, now - 45 * 60),
                                         digest,
                                         {tsa.caCertPem});
    QVERIFY_RESULT(during);
    QVERIFY2(during->trusted, qPrintable(during->untrustedWhy));
    // Stamped after it expired: intact but not trusted.
    auto after = TimestampToken::verify(makeToken(tsa, digest, now), digest, {tsa.caCertPem});
    QVERIFY_RESULT(after);
    QVERIFY(!after->trusted);
}

void tst_TimestampToken::notSha256()
{
    const OccTest::TestCa tsa = OccTest::TestCa::makeTsa();
    const QByteArray sha1 = QByteArray(20, 'a');
    const QByteArray token = makeToken(tsa, sha1, QDateTime::currentSecsSinceEpoch(), EVP_sha1());
    QVERIFY(!token.isEmpty());
    auto r = TimestampToken::verify(token, sha1, {tsa.caCertPem});
    QVERIFY(!r);
    QVERIFY(r.error().message.contains(u"not SHA-256"));
    // Garbage is an error, not a crash.
    QVERIFY(!TimestampToken::verify("garbage", sha1, {}));
    QVERIFY(!TimestampToken::verify(token.left(token.size() / 2), sha1, {}));
}

QTEST_GUILESS_MAIN(tst_TimestampToken)
#include "tst_timestamptoken.moc"
