// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0
#include "testca.h"
#include "testdata.h"

#include "core/attestation.h"
#include "core/canonicaljson.h"
#include "core/crypto.h"
#include "core/encoding.h"
#include "core/proofhashes.h"
#include "core/proofverifier.h"
#include "core/trustprofile.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTest>

#include <cbor.h>
#include <openssl/ecdsa.h>

using namespace Occ;
using namespace Qt::StringLiterals;

namespace {

// A stand-in for the AWS Nitro hierarchy: root -> intermediate -> enclave leaf, all P-384, and
// documents built and signed exactly as the Nitro Security Module does (COSE_Sign1, ES384).
struct NitroFixture
{
    EVP_PKEY *rootKey = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-384");
    EVP_PKEY *interKey = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-384");
    EVP_PKEY *leafKey = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-384");
    X509 *root = OccTest::TestCa::makeCert(rootKey,
                                           rootKey,
                                           nullptr,
                                           "Test Nitro Root",
                                           true,
                                           nullptr,
                                           nullptr,
                                           86400 * 30);
    X509 *inter = OccTest::TestCa::makeCert(interKey,
                                            rootKey,
                                            root,
                                            "Test Nitro Intermediate",
                                            true,
                                            nullptr,
                                            nullptr,
                                            86400);
    X509 *leaf;

    explicit NitroFixture(long leafValidSeconds = 3 * 3600)
        : leaf(OccTest::TestCa::makeCert(leafKey,
                                         interKey,
                                         inter,
                                         "i-test-enc0001",
                                         false,
                                         nullptr,
                                         "clientAuth",
                                         leafValidSeconds))
    {}
    ~NitroFixture()
    {
        X509_free(leaf);
        X509_free(inter);
        X509_free(root);
        EVP_PKEY_free(leafKey);
        EVP_PKEY_free(interKey);
        EVP_PKEY_free(rootKey);
    }
    QByteArray rootPem() const { return OccTest::TestCa::toPem(root); }

    static QByteArray serialize(cbor_item_t *item)
    {
        unsigned char *buf = nullptr;
        size_t size = 0;
        const size_t len = cbor_serialize_alloc(item, &buf, &size);
        QByteArray out(reinterpret_cast<const char *>(buf), qsizetype(len));
        free(buf);
        cbor_decref(&item);
        return out;
    }
    static cbor_item_t *bytes(const QByteArray &b)
    {
        return cbor_build_bytestring(reinterpret_cast<const unsigned char *>(b.constData()),
                                     size_t(b.size()));
    }
    static void put(cbor_item_t *map, const char *key, cbor_item_t *value)
    {
        cbor_map_add(map, cbor_pair{cbor_move(cbor_build_string(key)), cbor_move(value)});
    }

    QByteArray document(const QByteArray &pcr0,
                        const QByteArray &userData,
                        qint64 timestampMs,
                        bool corruptSignature = false) const
    {
        // A debug-mode enclave reports all-zero PCRs.
        const bool debug = pcr0.count('\0') == pcr0.size();
        cbor_item_t *pcrs = cbor_new_definite_map(3);
        for (int i = 0; i < 3; ++i) {
            cbor_map_add(pcrs,
                         cbor_pair{cbor_move(cbor_build_uint8(uint8_t(i))),
                                   cbor_move(bytes(i == 0 ? pcr0
                                                          : QByteArray(48, char(debug ? 0 : i))))});
        }
        cbor_item_t *bundle = cbor_new_definite_array(2);
        cbor_array_push(bundle, cbor_move(bytes(OccTest::TestCa::toDer(root))));
        cbor_array_push(bundle, cbor_move(bytes(OccTest::TestCa::toDer(inter))));
        cbor_item_t *map = cbor_new_definite_map(9);
        put(map, "module_id", cbor_build_string("i-test-enc0001"));
        put(map, "digest", cbor_build_string("SHA384"));
        put(map, "timestamp", cbor_build_uint64(uint64_t(timestampMs)));
        put(map, "pcrs", pcrs);
        put(map, "certificate", bytes(OccTest::TestCa::toDer(leaf)));
        put(map, "cabundle", bundle);
        put(map, "public_key", cbor_new_null());
        put(map, "user_data", bytes(userData));
        put(map, "nonce", cbor_new_null());
        const QByteArray payload = serialize(map);
        const QByteArray protectedHeader = QByteArray::fromHex("a1013822"); // {1: -35}
        cbor_item_t *sig = cbor_new_definite_array(4);
        cbor_array_push(sig, cbor_move(cbor_build_string("Signature1")));
        cbor_array_push(sig, cbor_move(bytes(protectedHeader)));
        cbor_array_push(sig, cbor_move(bytes(QByteArray())));
        cbor_array_push(sig, cbor_move(bytes(payload)));
        const QByteArray toBeSigned = serialize(sig);

        EVP_MD_CTX *ctx = EVP_MD_CTX_new();
        size_t derLen = 0;
        EVP_DigestSignInit(ctx, nullptr, EVP_sha384(), nullptr, leafKey);
        EVP_DigestSign(ctx,
                       nullptr,
                       &derLen,
                       reinterpret_cast<const unsigned char *>(toBeSigned.constData()),
                       size_t(toBeSigned.size()));
        QByteArray der(qsizetype(derLen), Qt::Uninitialized);
        EVP_DigestSign(ctx,
                       reinterpret_cast<unsigned char *>(der.data()),
                       &derLen,
                       reinterpret_cast<const unsigned char *>(toBeSigned.constData()),
                       size_t(toBeSigned.size()));
        EVP_MD_CTX_free(ctx);
        const unsigned char *p = reinterpret_cast<const unsigned char *>(der.constData());
        ECDSA_SIG *ecdsa = d2i_ECDSA_SIG(nullptr, &p, long(derLen));
        QByteArray raw(96, '\0');
        BN_bn2binpad(ECDSA_SIG_get0_r(ecdsa), reinterpret_cast<unsigned char *>(raw.data()), 48);
        BN_bn2binpad(ECDSA_SIG_get0_s(ecdsa),
                     reinterpret_cast<unsigned char *>(raw.data()) + 48,
                     48);
        ECDSA_SIG_free(ecdsa);
        if (corruptSignature)
            raw[5] = char(raw[5] ^ 0x40);

        cbor_item_t *sign1 = cbor_new_definite_array(4);
        cbor_array_push(sign1, cbor_move(bytes(protectedHeader)));
        cbor_array_push(sign1, cbor_move(cbor_new_definite_map(0)));
        cbor_array_push(sign1, cbor_move(bytes(payload)));
        cbor_array_push(sign1, cbor_move(bytes(raw)));
        return serialize(sign1);
    }
};

// An enclave-style proof whose attestation is made by the fixture.
JsonValue enclaveProof(const NitroFixture &nitro,
                       const QByteArray &pcr0,
                       qint64 docTimeMs,
                       bool bindToOtherBody = false,
                       const QByteArray &documentPcr0 = {})
{
    const auto kp = Crypto::ed25519KeyPairFromSeed(QByteArray(32, '\x5a'));
    JsonObject artifact;
    artifact.append(u"hashAlg"_s, u"sha256"_s);
    artifact.append(u"digestB64"_s, Encoding::toBase64(Crypto::Sha256::hash("enclave artifact")));
    JsonObject commit;
    commit.append(u"nonceB64"_s, Encoding::toBase64(QByteArray(32, '\x33')));
    commit.append(u"counter"_s, u"2"_s);
    JsonObject signer;
    signer.append(u"publicKeyB64"_s, Encoding::toBase64(kp->publicKey));
    JsonObject attestation;
    attestation.append(u"format"_s, u"aws-nitro"_s);
    attestation.append(u"reportB64"_s, u"AA=="_s);
    JsonObject environment;
    environment.append(u"enforcement"_s, u"measured-tee"_s);
    environment.append(u"measurement"_s, Encoding::toHex(pcr0));
    environment.append(u"attestation"_s, JsonValue(attestation));
    JsonObject proof;
    proof.append(u"version"_s, u"occ/1"_s);
    proof.append(u"artifact"_s, JsonValue(artifact));
    proof.append(u"commit"_s, JsonValue(commit));
    proof.append(u"signer"_s, JsonValue(signer));
    proof.append(u"environment"_s, JsonValue(environment));
    JsonValue value(proof);
    // Two-pass, as the March 2026 enclaves: user_data binds the body without attestationFormat.
    JsonValue body = *ProofHashes::signedBody(value);
    body.asObject()->remove(u"attestationFormat");
    if (bindToOtherBody)
        body.asObject()->insert(u"measurement"_s, u"something else"_s);
    const QByteArray userData = Crypto::Sha256::hash(Json::canonicalize(body));
    attestation.insert(u"reportB64"_s,
                       Encoding::toBase64(
                           nitro.document(documentPcr0.isEmpty() ? pcr0 : documentPcr0,
                                          userData,
                                          docTimeMs)));
    environment.insert(u"attestation"_s, JsonValue(attestation));
    value.asObject()->insert(u"environment"_s, JsonValue(environment));
    signer.append(u"signatureB64"_s,
                  Encoding::toBase64(
                      Crypto::ed25519Sign(Json::canonicalize(*ProofHashes::signedBody(value)),
                                          kp->secretKey)));
    value.asObject()->insert(u"signer"_s, JsonValue(signer));
    return value;
}

} // namespace

class tst_Attestation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fuzzRegressions_data();
    void fuzzRegressions();
    void realDocumentVerifies();
    void otherRootIsRefused();
    void hostileDocuments();
    void syntheticChain();
    void syntheticProofs_data();
    void syntheticProofs();

private:
    QByteArray m_document;
    QString m_measurement;
};

void tst_Attestation::initTestCase()
{
    const JsonValue doc = OccTest::readJsonData(u"real-proofs/production-test-proofs.json"_s);
    const JsonValue &proof = *doc.asArray()->front().member(u"proof");
    m_document = *Encoding::fromBase64Strict(
        *proof.member(u"environment")->member(u"attestation")->stringMember(u"reportB64"));
    m_measurement = *proof.member(u"environment")->stringMember(u"measurement");
}

void tst_Attestation::realDocumentVerifies()
{
    auto doc = Attestation::verifyNitro(m_document, {Attestation::awsNitroRootG1Pem()});
    QVERIFY_RESULT(doc);
    QCOMPARE(doc->pcr0Hex(), m_measurement);
    QVERIFY(doc->moduleId.startsWith(u"i-"));
    QVERIFY(doc->rootSubject.contains(u"aws.nitro-enclaves"));
    QCOMPARE(doc->userData.size(), 32);
    QVERIFY(!doc->debugMode);
    QCOMPARE(doc->timestamp.date(), QDate(2026, 3, 21));
    // The shipped root is the one AWS publishes.
    QFile pem(
        QStringLiteral(OCC_TEST_DATA_DIR "/../../resources/certs/aws-nitro-enclaves-root-g1.pem"));
    QVERIFY(pem.open(QIODevice::ReadOnly));
    QCOMPARE(Attestation::awsNitroRootG1Pem().trimmed(), pem.readAll().trimmed());
}

void tst_Attestation::otherRootIsRefused()
{
    QFile freetsa(QStringLiteral(OCC_TEST_DATA_DIR "/../../resources/certs/freetsa-root-ca.pem"));
    QVERIFY(freetsa.open(QIODevice::ReadOnly));
    auto doc = Attestation::verifyNitro(m_document, {freetsa.readAll()});
    QVERIFY(!doc);
    QVERIFY2(doc.error().message.contains(u"certificate chain does not verify"),
             qPrintable(doc.error().message));
    auto none = Attestation::verifyNitro(m_document, {});
    QVERIFY(!none);
    QVERIFY(none.error().message.contains(u"no attestation root"));
}

void tst_Attestation::hostileDocuments()
{
    QVERIFY(!Attestation::decodeNitro(QByteArray()));
    QVERIFY(!Attestation::decodeNitro("not cbor at all"));
    // Truncations and bit flips anywhere: always an error or a refused signature, never a crash.
    QRandomGenerator rng(42);
    int refused = 0;
    for (int i = 0; i < 400; ++i) {
        QByteArray d = m_document;
        if (i % 2)
            d.truncate(qsizetype(rng.bounded(quint32(d.size()))));
        else
            d[qsizetype(rng.bounded(quint32(d.size())))] ^= char(1 + rng.bounded(255));
        refused += !Attestation::verifyNitro(d, {Attestation::awsNitroRootG1Pem()});
    }
    QCOMPARE(refused, 400);
}

void tst_Attestation::syntheticChain()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QByteArray pcr0 = Crypto::Sha256::hash("image") + QByteArray(16, '\x01');
    NitroFixture nitro;
    auto ok = Attestation::verifyNitro(nitro.document(pcr0, QByteArray(32, 'u'), now),
                                       {nitro.rootPem()});
    QVERIFY_RESULT(ok);
    QCOMPARE(ok->pcr0Hex(), Encoding::toHex(pcr0));
    QCOMPARE(ok->rootSubject, u"/CN=Test Nitro Root"_s);
    // The real AWS root does not vouch for the test chain.
    QVERIFY(!Attestation::verifyNitro(nitro.document(pcr0, QByteArray(32, 'u'), now),
                                      {Attestation::awsNitroRootG1Pem()}));
    // A corrupted COSE signature.
    auto bad = Attestation::verifyNitro(nitro.document(pcr0, QByteArray(32, 'u'), now, true),
                                        {nitro.rootPem()});
    QVERIFY(!bad);
    QVERIFY(bad.error().message.contains(u"signature does not verify"));
    // A leaf that expired before the document's time (it lived from -1 h to -30 min).
    NitroFixture shortLived(1800);
    auto expired = Attestation::verifyNitro(shortLived.document(pcr0, QByteArray(32, 'u'), now),
                                            {shortLived.rootPem()});
    QVERIFY(!expired);
    QVERIFY2(expired.error().message.contains(u"expired"), qPrintable(expired.error().message));
    // The same leaf, for a document made while it was valid: accepted, though expired today.
    QVERIFY_RESULT(Attestation::verifyNitro(shortLived.document(pcr0,
                                                                QByteArray(32, 'u'),
                                                                now - 45 * 60 * 1000),
                                            {shortLived.rootPem()}));
}

void tst_Attestation::syntheticProofs_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("attestationStatus");
    QTest::addColumn<int>("verdict"); // with a profile pinning the measurement and the test root
    // clang-format off
    QTest::newRow("valid")          << u"valid"_s   << int(CheckStatus::Pass) << int(Verdict::Trusted);
    QTest::newRow("wrong user_data")<< u"binding"_s << int(CheckStatus::Warn) << int(Verdict::Invalid);
    QTest::newRow("debug PCRs")     << u"debug"_s   << int(CheckStatus::Warn) << int(Verdict::Trusted);
    QTest::newRow("expired leaf")   << u"expired"_s << int(CheckStatus::Warn) << int(Verdict::Invalid);
    QTest::newRow("other PCR0")     << u"pcr"_s     << int(CheckStatus::Warn) << int(Verdict::Invalid);
    // clang-format on
}

void tst_Attestation::syntheticProofs()
{
    QFETCH(QString, kind);
    QFETCH(int, attestationStatus);
    QFETCH(int, verdict);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    NitroFixture nitro(kind == u"expired" ? 1800 : 3 * 3600);
    const QByteArray pcr0 = kind == u"debug"
                                ? QByteArray(48, '\0')
                                : Crypto::Sha256::hash("image") + QByteArray(16, '\x02');
    const JsonValue proof = enclaveProof(nitro,
                                         pcr0,
                                         now,
                                         kind == u"binding",
                                         kind == u"pcr" ? QByteArray(48, '\x07') : QByteArray());
    TrustProfile profile;
    profile.attestationRoots = {nitro.rootPem()};
    profile.allowedMeasurements = {Encoding::toHex(pcr0)};
    profile.requireAttestation = true;
    VerifyOptions options;
    options.profile = &profile;
    options.artifactDigest = Crypto::Sha256::hash("enclave artifact");
    const VerificationReport r = ProofVerifier::verifyText(Json::toPrettyJson(proof), options);
    QCOMPARE(int(r.check(u"attestation")->status), attestationStatus);
    QCOMPARE(int(r.verdict), verdict);
    if (kind == u"debug")
        QVERIFY(r.check(u"attestation")->message.contains(u"debug-mode"));
    if (kind == u"binding")
        QVERIFY(r.check(u"attestation")->message.contains(u"user_data"));
    if (kind == u"pcr")
        QVERIFY(r.check(u"attestation")->message.contains(u"is not environment.measurement"));
    // Without the test root as an anchor nothing chains: never trusted.
    TrustProfile noRoot = profile;
    noRoot.attestationRoots.clear();
    options.profile = &noRoot;
    QCOMPARE(ProofVerifier::verifyText(Json::toPrettyJson(proof), options).verdict,
             Verdict::Invalid);
}

void tst_Attestation::fuzzRegressions_data()
{
    QTest::addColumn<QString>("file");
    // A real document whose payload declares a map of billions of entries: libcbor would
    // allocate it before reading (out of memory under fuzz_attestation). Refused up front.
    QTest::newRow("huge map") << u"fuzz-regressions/attestation-oom-huge-cbor-map.bin"_s;
}

void tst_Attestation::fuzzRegressions()
{
    QFETCH(QString, file);
    const QByteArray bytes = OccTest::readData(file);
    auto decoded = Attestation::decodeNitro(bytes);
    QVERIFY(!decoded);
    QVERIFY2(decoded.error().message.contains(u"CBOR"_s), qPrintable(decoded.error().message));
    QVERIFY(!Attestation::verifyNitro(bytes, {Attestation::awsNitroRootG1Pem()}));
}

QTEST_GUILESS_MAIN(tst_Attestation)
#include "tst_attestation.moc"
