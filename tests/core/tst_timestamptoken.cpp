// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0
#include "testca.h"
#include "testdata.h"

#include "core/bundle.h"
#include "core/crypto.h"
#include "core/httpserver.h"
#include "core/proofverifier.h"
#include "core/timestamptoken.h"
#include "core/trustprofile.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <openssl/ts.h>

using namespace Occ;
using namespace Qt::StringLiterals;

namespace {

// A local RFC 3161 TSA made with OpenSSL's TS response API, answering at a chosen time: the
// DER TimeStampResp for a DER TimeStampReq.
QByteArray tsaRespond(const OccTest::TestCa &tsa, const QByteArray &requestDer, qint64 genTime)
{
    BIO *reqBio = BIO_new_mem_buf(requestDer.constData(), int(requestDer.size()));
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
    if (resp) {
        unsigned char *der = nullptr;
        const int len = i2d_TS_RESP(resp, &der);
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
    return out;
}

QByteArray tokenOf(const QByteArray &responseDer)
{
    const auto *p = reinterpret_cast<const unsigned char *>(responseDer.constData());
    TS_RESP *resp = d2i_TS_RESP(nullptr, &p, long(responseDer.size()));
    QByteArray out;
    if (resp && TS_RESP_get_token(resp)) {
        unsigned char *der = nullptr;
        const int len = i2d_PKCS7(TS_RESP_get_token(resp), &der);
        out = QByteArray(reinterpret_cast<const char *>(der), len);
        OPENSSL_free(der);
    }
    TS_RESP_free(resp);
    return out;
}

QByteArray makeToken(const OccTest::TestCa &tsa,
                     const QByteArray &digest,
                     qint64 genTime,
                     const EVP_MD *imprintMd = EVP_sha256())
{
    if (imprintMd == EVP_sha256())
        return tokenOf(tsaRespond(tsa, TimestampToken::makeRequest(digest, "\x01\x02"), genTime));
    // A SHA-1 request, which the core never makes.
    TS_REQ *req = TS_REQ_new();
    TS_REQ_set_version(req, 1);
    TS_MSG_IMPRINT *imprint = TS_MSG_IMPRINT_new();
    X509_ALGOR *alg = X509_ALGOR_new();
    X509_ALGOR_set0(alg, OBJ_nid2obj(EVP_MD_type(imprintMd)), V_ASN1_NULL, nullptr);
    TS_MSG_IMPRINT_set_algo(imprint, alg);
    X509_ALGOR_free(alg);
    TS_MSG_IMPRINT_set_msg(imprint,
                           reinterpret_cast<unsigned char *>(const_cast<char *>(digest.constData())),
                           int(digest.size()));
    TS_REQ_set_msg_imprint(req, imprint);
    TS_MSG_IMPRINT_free(imprint);
    TS_REQ_set_cert_req(req, 1);
    unsigned char *der = nullptr;
    const int len = i2d_TS_REQ(req, &der);
    const QByteArray request(reinterpret_cast<const char *>(der), len);
    OPENSSL_free(der);
    TS_REQ_free(req);
    return tokenOf(tsaRespond(tsa, request, genTime));
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
    void responseChecks();
    void commitWithTsa();
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

void tst_TimestampToken::responseChecks()
{
    const OccTest::TestCa tsa = OccTest::TestCa::makeTsa();
    const QByteArray digest = Crypto::Sha256::hash("nonce");
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QByteArray request = TimestampToken::makeRequest(digest, "\x11\x22\x33");
    const QByteArray response = tsaRespond(tsa, request, now);
    QVERIFY_RESULT(TimestampToken::tokenFromResponse(response, digest, "\x11\x22\x33"));
    // A replayed answer (another nonce) or one for other bytes is refused.
    auto replay = TimestampToken::tokenFromResponse(response, digest, "\x11\x22\x34");
    QVERIFY(!replay);
    QVERIFY(replay.error().message.contains(u"nonce"));
    QVERIFY(!TimestampToken::tokenFromResponse(response, Crypto::Sha256::hash("x"), "\x11\x22\x33"));
    QVERIFY(!TimestampToken::tokenFromResponse("not der", digest, "\x11"));
}

void tst_TimestampToken::commitWithTsa()
{
    const OccTest::TestCa tsa = OccTest::TestCa::makeTsa();
    bool replay = false;
    QByteArray lastResponse;
    HttpServer server([&](const HttpRequest &r) {
        HttpResponse response;
        response.contentType = "application/timestamp-reply";
        response.body = replay && !lastResponse.isEmpty()
                            ? lastResponse
                            : tsaRespond(tsa, r.body, QDateTime::currentSecsSinceEpoch());
        lastResponse = response.body;
        return response;
    });
    QVERIFY_RESULT(server.listen(QHostAddress::LocalHost, 0));
    const QString url = u"http://127.0.0.1:%1/tsr"_s.arg(server.port());
    QTemporaryDir dir;
    const QString file = dir.filePath(u"stamped.txt"_s);
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("third-party time");
    }
    auto occ = [&](const QStringList &args) {
        QProcess p;
        p.start(QString::fromUtf8(OCC_CLI_PATH), args);
        // Spin the event loop so the in-process TSA can answer.
        if (!p.waitForStarted()
            || !QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 60'000))
            return std::make_pair(-1, QByteArray());
        return std::make_pair(p.exitCode(),
                              QByteArray(p.readAllStandardOutput() + p.readAllStandardError()));
    };
    const QString state = dir.filePath(u"state.json"_s);
    auto [rc, out] = occ(
        {u"commit"_s, u"--state"_s, state, u"--tsa"_s, url, u"-o"_s, dir.filePath(u"out"_s), file});
    QVERIFY2(rc == 0, out.constData());
    auto items = Bundle::read(dir.filePath(u"out/stamped.txt.proof.zip"_s));
    QVERIFY_RESULT(items);
    TrustProfile profile;
    profile.tsaTrustAnchors = {tsa.caCertPem};
    VerifyOptions options;
    options.profile = &profile;
    options.artifactDigest = items->first().originalDigest;
    const VerificationReport r = ProofVerifier::verifyText(items->first().proofText, options);
    QVERIFY2(r.verdict == Verdict::Valid, qPrintable(r.reason()));
    QCOMPARE(r.check(u"timestamp.artifact")->status, CheckStatus::Pass);
    QCOMPARE(r.check(u"timestamp.proof")->status, CheckStatus::Pass);

    // A TSA that replays an old answer: no timestamp; with --require-timestamps nothing is written.
    replay = true;
    std::tie(rc, out) = occ({u"commit"_s,
                             u"--state"_s,
                             state,
                             u"--tsa"_s,
                             url,
                             u"--require-timestamps"_s,
                             u"-o"_s,
                             dir.filePath(u"strict"_s),
                             file});
    QCOMPARE(rc, 1);
    QVERIFY2(out.contains("nonce"), out.constData());
    QVERIFY(!QFileInfo::exists(dir.filePath(u"strict/stamped.txt.proof.zip"_s)));
    std::tie(rc, out) = occ({u"commit"_s,
                             u"--state"_s,
                             state,
                             u"--tsa"_s,
                             url,
                             u"-o"_s,
                             dir.filePath(u"lenient"_s),
                             file});
    QCOMPARE(rc, 0);
    QVERIFY(out.contains("written without a timestamp"));
    QVERIFY(QFileInfo::exists(dir.filePath(u"lenient/stamped.txt.proof.zip"_s)));
}

QTEST_GUILESS_MAIN(tst_TimestampToken)
#include "tst_timestamptoken.moc"
