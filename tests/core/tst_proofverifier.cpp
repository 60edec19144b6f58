// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0
#include "testdata.h"

#include "core/canonicaljson.h"
#include "core/crypto.h"
#include "core/encoding.h"
#include "core/fieldtiers.h"
#include "core/proof.h"
#include "core/proofhashes.h"
#include "core/proofverifier.h"
#include "core/stubsigner.h"
#include "core/trustprofile.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Occ;
using namespace Qt::StringLiterals;

namespace {

// Cases where spec section 2 makes us stricter than the reference: the reference verdict is
// "valid" (or invalid for another reason) and ours is "invalid" with this reason.
const QHash<QString, QString> &stricterCases()
{
    static const QHash<QString, QString> cases = {
        {u"manual_nonce_not_base64"_s, u"nonceB64 must be canonical base64"_s},
        {u"manual_prev_not_base64"_s, u"prevB64 must be canonical base64"_s},
        {u"manual_counter_leading_zeros_min_policy"_s, u"is not a canonical decimal"_s},
        {u"manual_counter_not_numeric_policy"_s, u"is not a canonical decimal"_s},
        {u"tamper_counter_leading_zero"_s, u"is not a canonical decimal"_s},
        {u"epochlink_prev_counter_hex"_s, u"epochLink.prevCounter"_s},
        {u"rawjson_duplicate_counter_last_signed"_s, u"duplicate member name"_s},
        {u"metadata_raw_json_numbers"_s, u"ambiguous JSON"_s},
        // requireAttestation means "present and verified" for us; these reports are fake.
        {u"attestation_policy_require_attestation"_s, u"policy requires a verified attestation"_s},
        {u"attestation_policy_full_tee"_s, u"policy requires a verified attestation"_s},
    };
    return cases;
}

const JsonValue &proofVectors()
{
    static const JsonValue doc = OccTest::readJsonData(u"vectors/proofs.json"_s);
    return doc;
}

struct VectorRun
{
    VerificationReport report;
    QString error; // set when the case data could not be used
};

VerificationReport verifyCase(const JsonValue &c, EpochLinkRegistry &registry)
{
    const QByteArray bytes = Encoding::fromBase64Lenient(*c.stringMember(u"bytesB64"));
    VerifyOptions options;
    options.artifactDigest = Crypto::Sha256::hash(bytes);
    options.epochLinks = &registry;
    std::optional<TrustProfile> profile;
    const JsonValue *policy = c.member(u"policy");
    if (policy && !policy->isNull()) {
        auto p = TrustProfile::fromValue(*policy);
        if (!p)
            qFatal("vector policy rejected: %s", qPrintable(p.error().message));
        profile = *p;
        options.profile = &*profile;
    }
    if (const QString *text = c.stringMember(u"proofText"))
        return ProofVerifier::verifyText(text->toUtf8(), options);
    return ProofVerifier::verify(*c.member(u"proof"), options);
}

JsonValue parse(const QByteArray &json)
{
    auto v = JsonParser::parse(json);
    if (!v)
        qFatal("bad test JSON: %s", qPrintable(v.error().message));
    return *v;
}

const JsonValue *findCase(const QString &name)
{
    for (const JsonValue &c : *proofVectors().member(u"cases")->asArray()) {
        if (*c.stringMember(u"name") == name)
            return &c;
    }
    return nullptr;
}

struct RealProof
{
    QString testName; // the test run's own label for the entry
    JsonValue proof;
};

QList<RealProof> loadRealProofs()
{
    QList<RealProof> out;
    const JsonValue doc = OccTest::readJsonData(u"real-proofs/production-test-proofs.json"_s);
    for (const JsonValue &entry : *doc.asArray()) {
        const QString name = *entry.stringMember(u"name");
        if (const JsonValue *p = entry.member(u"proof"); p && p->isObject())
            out.append({name, *p});
        if (const JsonValue *ps = entry.member(u"proofs"); ps && ps->isArray()) {
            for (const JsonValue &p : *ps->asArray())
                out.append({name, p});
        }
    }
    return out;
}

} // namespace

class tst_ProofVerifier : public QObject
{
    Q_OBJECT

private slots:
    void selfSignedShortcut_data();
    void selfSignedShortcut();
    void referenceVectors_data();
    void referenceVectors();
    void hashVectors_data();
    void hashVectors();
    void proofOnly();
    void trustedNeedsPinnedKey();
    void measurementPinWithoutAttestationIsNotTrusted();
    void realProofs_data();
    void realProofs();
    void realProofChain();
    void bodiesByReference_data();
    void bodiesByReference();
    void principalIsSigned();
    void policyOptions_data();
    void policyOptions();
    void allowedRpIds();
    void trustProfileRejects_data();
    void trustProfileRejects();
    void hostileValues_data();
    void hostileValues();
    void randomMutationsNeverCrash();
    void checkOrderAndIds();
};

void tst_ProofVerifier::referenceVectors_data()
{
    QTest::addColumn<QString>("name");
    const JsonArray &cases = *proofVectors().member(u"cases")->asArray();
    QVERIFY(cases.size() >= 140);
    for (const JsonValue &c : cases)
        QTest::newRow(qPrintable(*c.stringMember(u"name"))) << *c.stringMember(u"name");
}

void tst_ProofVerifier::referenceVectors()
{
    QFETCH(QString, name);
    const JsonValue &c = *findCase(name);
    EpochLinkRegistry registry;
    if (const JsonValue *prior = c.member(u"priorVerifications")) {
        for (const JsonValue &p : *prior->asArray()) {
            const VerificationReport r = verifyCase(p, registry);
            QCOMPARE(r.verdict != Verdict::Invalid,
                     *p.member(u"expect")->member(u"valid")->asBool());
        }
    }
    const VerificationReport report = verifyCase(c, registry);
    const JsonValue &expect = *c.member(u"expect");
    const bool referenceValid = *expect.member(u"valid")->asBool();

    if (stricterCases().contains(name)) {
        QCOMPARE(verdictId(report.verdict), u"invalid"_s);
        QVERIFY2(report.reason().contains(stricterCases().value(name)), qPrintable(report.reason()));
        return;
    }
    QVERIFY2((report.verdict != Verdict::Invalid) == referenceValid,
             qPrintable(u"ours: %1 (%2)"_s.arg(verdictId(report.verdict), report.reason())));
    if (referenceValid)
        return;
    // Where we agree on "invalid" we also give the reference's exact reason, except when it
    // quotes a crypto library's message or the reference threw instead of answering.
    const QString *reason = expect.stringMember(u"reason");
    if (!reason)
        return;
    if (c.member(u"reasonIsPlatformSpecific")) {
        const QString prefix = reason->left(reason->indexOf(u"error:") + 6);
        QVERIFY2(report.reason().startsWith(prefix), qPrintable(report.reason()));
    } else {
        QCOMPARE(report.reason(), *reason);
    }
}

void tst_ProofVerifier::hashVectors_data()
{
    QTest::addColumn<QString>("name");
    for (const JsonValue &c : *proofVectors().member(u"cases")->asArray()) {
        if (c.member(u"proof") && c.member(u"proofHashB64"))
            QTest::newRow(qPrintable(*c.stringMember(u"name"))) << *c.stringMember(u"name");
    }
}

void tst_ProofVerifier::hashVectors()
{
    QFETCH(QString, name);
    const JsonValue &c = *findCase(name);
    const JsonValue &proof = *c.member(u"proof");

    QCOMPARE(Encoding::toBase64(ProofHashes::chainHash(proof)), *c.stringMember(u"proofHashB64"));
    if (const QString *core = c.stringMember(u"proofCoreDigestB64"))
        QCOMPARE(Encoding::toBase64(ProofHashes::proofCoreDigest(proof)), *core);

    // The reference body leaves `principal` out; includePrincipal=false must match it exactly.
    const JsonValue *bodyExpected = c.member(u"signedBodyCanonical");
    const auto body = ProofHashes::signedBody(proof, false);
    if (bodyExpected && bodyExpected->isString()) {
        QVERIFY(body);
        QCOMPARE(QString::fromUtf8(Json::canonicalize(*body)), *bodyExpected->asString());
        QCOMPARE(Encoding::toBase64(Crypto::Sha256::hash(Json::canonicalize(*body))),
                 *c.stringMember(u"signedBodySha256B64"));
    } else if (bodyExpected && bodyExpected->isNull()) {
        QVERIFY(!body);
    }
    if (const QString *slotBody = c.stringMember(u"slotBodyCanonical")) {
        const JsonObject *slot = proof.member(u"slotAllocation")->asObject();
        QVERIFY(slot);
        QCOMPARE(QString::fromUtf8(Json::canonicalize(ProofHashes::slotBody(*slot, true))),
                 *slotBody);
    }
    if (const QString *payload = c.stringMember(u"agencySignedPayload")) {
        const JsonObject *auth = proof.member(u"agency")->member(u"authorization")->asObject();
        QCOMPARE(QString::fromUtf8(ProofHashes::directAuthorizationPayload(*auth)), *payload);
    }
    if (const QString *prevName = c.stringMember(u"chainPrevName")) {
        const JsonValue *prev = findCase(*prevName);
        QVERIFY(prev);
        QCOMPARE(*proof.member(u"commit")->stringMember(u"prevB64"),
                 *prev->stringMember(u"proofHashB64"));
    }
}

void tst_ProofVerifier::proofOnly()
{
    const JsonValue &proof = *findCase(u"minimal_stub"_s)->member(u"proof");
    const VerificationReport report = ProofVerifier::verify(proof);
    QCOMPARE(report.verdict, Verdict::Valid);
    QVERIFY(report.proofOnly);
    QCOMPARE(report.check(u"digest")->status, CheckStatus::Skip);
    QVERIFY(report.summary().contains(u"proof only"));
    QVERIFY(report.summary().contains(u"nothing pins who signed it"));
    // Proof-only still catches everything but the digest.
    JsonValue tampered = proof;
    tampered.asObject()->valueRef(u"commit")->asObject()->insert(u"counter"_s, u"999"_s);
    const VerificationReport bad = ProofVerifier::verify(tampered);
    QCOMPARE(bad.verdict, Verdict::Invalid);
    QCOMPARE(bad.check(u"signature")->status, CheckStatus::Fail);
}

void tst_ProofVerifier::trustedNeedsPinnedKey()
{
    const JsonValue &c = *findCase(u"counter_time"_s);
    const JsonValue &proof = *c.member(u"proof");
    VerifyOptions options;
    options.artifactDigest = Crypto::Sha256::hash(
        Encoding::fromBase64Lenient(*c.stringMember(u"bytesB64")));

    // No profile: valid, with a trust note that says nothing pins the signer.
    VerificationReport r = ProofVerifier::verify(proof, options);
    QCOMPARE(r.verdict, Verdict::Valid);
    QCOMPARE(r.check(u"trust")->status, CheckStatus::Info);

    // A profile with constraints but no pin: still only valid.
    TrustProfile constraintsOnly;
    constraintsOnly.requireEnforcement = u"stub"_s;
    options.profile = &constraintsOnly;
    r = ProofVerifier::verify(proof, options);
    QCOMPARE(r.verdict, Verdict::Valid);
    QCOMPARE(r.check(u"trust")->status, CheckStatus::Warn);

    // Pinned key: trusted.
    TrustProfile pinned;
    pinned.name = u"Release signing"_s;
    pinned.allowedPublicKeys = {*proof.member(u"signer")->stringMember(u"publicKeyB64")};
    options.profile = &pinned;
    r = ProofVerifier::verify(proof, options);
    QCOMPARE(r.verdict, Verdict::Trusted);
    QCOMPARE(r.check(u"policy.allowedPublicKeys")->status, CheckStatus::Pass);
    QVERIFY(r.check(u"trust")->message.contains(u"Release signing"));

    // Pinned key but a wrong file: invalid, never trusted.
    options.artifactDigest = Crypto::Sha256::hash("other bytes");
    r = ProofVerifier::verify(proof, options);
    QCOMPARE(r.verdict, Verdict::Invalid);
    QCOMPARE(r.reason(),
             u"artifact digest mismatch: the provided bytes do not match the committed digest"_s);
    // The signature is still reported on its own: a wrong file does not hide a good seal.
    QCOMPARE(r.check(u"signature")->status, CheckStatus::Pass);
}

void tst_ProofVerifier::measurementPinWithoutAttestationIsNotTrusted()
{
    const JsonValue &proof = *findCase(u"minimal_stub"_s)->member(u"proof");
    TrustProfile profile;
    profile.allowedMeasurements = {*proof.member(u"environment")->stringMember(u"measurement")};
    VerifyOptions options;
    options.profile = &profile;
    const VerificationReport r = ProofVerifier::verify(proof, options);
    QCOMPARE(r.verdict, Verdict::Valid);
    QCOMPARE(r.check(u"policy.allowedMeasurements")->status, CheckStatus::Pass);
    QCOMPARE(r.check(u"trust")->status, CheckStatus::Warn);
}

void tst_ProofVerifier::realProofs_data()
{
    QTest::addColumn<JsonValue>("proof");
    QTest::addColumn<bool>("genuine");
    const QList<RealProof> proofs = loadRealProofs();
    QVERIFY(proofs.size() >= 8);
    int i = 0;
    for (const RealProof &p : proofs) {
        // That test run set this proof's policy.authorProofDigestB64 to the proof's own hash
        // after signing it (the value is the next proof's prevB64): it must fail.
        const bool genuine = p.testName != u"Local policy commitment (slot 0)";
        QTest::newRow(qPrintable(u"%1 %2"_s.arg(i++).arg(p.testName))) << p.proof << genuine;
    }
}

void tst_ProofVerifier::realProofs()
{
    QFETCH(JsonValue, proof);
    QFETCH(bool, genuine);
    // Re-read the proofs as text to exercise the strict reader too.
    const VerificationReport r = ProofVerifier::verifyText(Json::toPrettyJson(proof));
    if (!genuine) {
        QCOMPARE(r.verdict, Verdict::Invalid);
        QCOMPARE(r.reason(), u"signature verification failed: signature does not match"_s);
        return;
    }
    QVERIFY2(r.verdict == Verdict::Valid, qPrintable(r.reason()));
    if (proof.member(u"slotAllocation"))
        QCOMPARE(r.check(u"slot")->status, CheckStatus::Pass);
    if (const JsonValue *ts = proof.member(u"timestamps")) {
        // Genuine freetsa.org tokens: intact but untrusted without anchors, trusted with the
        // shipped freetsa root as anchor, broken when the token is altered.
        QVERIFY(ts->member(u"artifact"));
        QCOMPARE(r.check(u"timestamp.artifact")->status, CheckStatus::Info);
        QVERIFY(r.check(u"timestamp.artifact")->message.contains(u"not trusted"));
        QFile root(QStringLiteral(OCC_TEST_DATA_DIR "/../../resources/certs/freetsa-root-ca.pem"));
        QVERIFY(root.open(QIODevice::ReadOnly));
        TrustProfile tsa;
        tsa.tsaTrustAnchors = {root.readAll()};
        VerifyOptions withTsa;
        withTsa.profile = &tsa;
        const VerificationReport t = ProofVerifier::verifyText(Json::toPrettyJson(proof), withTsa);
        QCOMPARE(t.check(u"timestamp.artifact")->status, CheckStatus::Pass);
        QVERIFY(t.check(u"timestamp.artifact")->message.contains(u"www.freetsa.org"));
        QVERIFY(t.check(u"timestamp.artifact")->message.contains(u"2026-03-21T"));
        // The same token moved to `proof` timestamps other bytes: refused.
        JsonValue moved = proof;
        JsonObject &tsObject = *moved.asObject()->valueRef(u"timestamps")->asObject();
        tsObject.insert(u"proof"_s, *tsObject.value(u"artifact"));
        const VerificationReport m = ProofVerifier::verifyText(Json::toPrettyJson(moved), withTsa);
        QCOMPARE(m.check(u"timestamp.proof")->status, CheckStatus::Warn);
        QVERIFY(m.check(u"timestamp.proof")->message.contains(u"other bytes"));
        // A flipped bit in the token's signature.
        JsonValue flipped = proof;
        JsonObject &art = *flipped.asObject()
                               ->valueRef(u"timestamps")
                               ->asObject()
                               ->valueRef(u"artifact")
                               ->asObject();
        QByteArray token = *Encoding::fromBase64Strict(*art.value(u"tokenB64")->asString());
        token[token.size() - 5] = char(token[token.size() - 5] ^ 0x10);
        art.insert(u"tokenB64"_s, Encoding::toBase64(token));
        const VerificationReport f = ProofVerifier::verifyText(Json::toPrettyJson(flipped), withTsa);
        QCOMPARE(f.check(u"timestamp.artifact")->status, CheckStatus::Warn);
    }
    if (proof.member(u"environment")->member(u"attestation")) {
        // Genuine AWS Nitro documents: they chain to the shipped AWS root at their own time,
        // PCR0 is the measurement, and user_data binds the proof.
        QCOMPARE(r.check(u"attestation")->status, CheckStatus::Pass);
        QVERIFY(r.check(u"attestation")->message.contains(u"aws.nitro-enclaves"));

        // Pinning the measurement makes such a proof trusted; pinning another does not.
        TrustProfile pin;
        pin.allowedMeasurements = {*proof.member(u"environment")->stringMember(u"measurement")};
        pin.requireAttestation = true;
        VerifyOptions options;
        options.profile = &pin;
        QCOMPARE(ProofVerifier::verifyText(Json::toPrettyJson(proof), options).verdict,
                 Verdict::Trusted);
        pin.allowedMeasurements = {QString(96, u'0')};
        QCOMPARE(ProofVerifier::verifyText(Json::toPrettyJson(proof), options).verdict,
                 Verdict::Invalid);

        // A report with a flipped bit no longer verifies: the measurement is then only a claim.
        JsonValue broken = proof;
        JsonObject &att = *broken.asObject()
                               ->valueRef(u"environment")
                               ->asObject()
                               ->valueRef(u"attestation")
                               ->asObject();
        QByteArray report = *Encoding::fromBase64Strict(*att.value(u"reportB64")->asString());
        report[report.size() - 10] = char(report[report.size() - 10] ^ 0x01);
        att.insert(u"reportB64"_s, Encoding::toBase64(report));
        const VerificationReport b = ProofVerifier::verifyText(Json::toPrettyJson(broken));
        QCOMPARE(b.check(u"attestation")->status, CheckStatus::Warn);
        pin.allowedMeasurements = {*proof.member(u"environment")->stringMember(u"measurement")};
        QCOMPARE(ProofVerifier::verifyText(Json::toPrettyJson(broken), options).verdict,
                 Verdict::Invalid);
    }
}

void tst_ProofVerifier::bodiesByReference_data()
{
    QTest::addColumn<JsonValue>("proof");
    int i = 0;
    for (const RealProof &p : loadRealProofs())
        QTest::newRow(qPrintable(u"real %1 %2"_s.arg(i++).arg(p.testName))) << p.proof;
    const JsonValue doc = OccTest::readJsonData(u"vectors/proofs.json"_s);
    for (const JsonValue &c : *doc.member(u"cases")->asArray()) {
        if (const JsonValue *p = c.member(u"proof"))
            QTest::newRow(qPrintable(u"vector %1"_s.arg(*c.stringMember(u"name")))) << *p;
    }
    JsonValue withHashAndStamps = loadRealProofs().first().proof;
    withHashAndStamps.asObject()->insert(u"proofHash"_s, u"x"_s);
    withHashAndStamps.asObject()->insert(u"timestamps"_s, JsonObject());
    QTest::newRow("proofHash and timestamps") << withHashAndStamps;
    QTest::newRow("not an object") << JsonValue(u"text"_s);
}

// The signed, slot and chain bodies are canonicalised from references into the proof; they
// must be the bytes of the copied bodies, or signatures and links would be checked wrongly.
void tst_ProofVerifier::bodiesByReference()
{
    QFETCH(JsonValue, proof);
    for (const bool principal : {true, false}) {
        const auto body = ProofHashes::signedBody(proof, principal);
        const auto canonical = ProofHashes::signedBodyCanonical(proof, principal);
        QCOMPARE(canonical.has_value(), body.has_value());
        if (body)
            QCOMPARE(*canonical, Json::canonicalize(*body));
    }
    if (const JsonValue *slot = proof.member(u"slotAllocation"); slot && slot->isObject()) {
        for (const bool chainId : {true, false}) {
            QCOMPARE(ProofHashes::slotBodyCanonical(*slot->asObject(), chainId),
                     Json::canonicalize(ProofHashes::slotBody(*slot->asObject(), chainId)));
        }
    }
    if (const JsonObject *o = proof.asObject()) {
        JsonObject copy = *o;
        copy.remove(u"proofHash");
        QCOMPARE(ProofHashes::chainHash(proof),
                 Crypto::Sha256::hash(Json::canonicalize(JsonValue(copy))));
        copy.remove(u"timestamps");
        QCOMPARE(ProofHashes::chainHash(proof, ProofHashes::ChainRule::WithoutProofHashOrTimestamps),
                 Crypto::Sha256::hash(Json::canonicalize(JsonValue(copy))));
    } else {
        QCOMPARE(ProofHashes::chainHash(proof), Crypto::Sha256::hash(Json::canonicalize(proof)));
    }
}

void tst_ProofVerifier::realProofChain()
{
    // The parent service added `timestamps` after the chain hash was taken: the successor's
    // prevB64 links only under the TSA-era rule.
    QList<JsonValue> proofs;
    for (const RealProof &p : loadRealProofs())
        proofs.append(p.proof);
    int tsaLinks = 0;
    int plainLinks = 0;
    for (const JsonValue &a : proofs) {
        const QString full = Encoding::toBase64(ProofHashes::chainHash(a));
        const QString tsa = Encoding::toBase64(
            ProofHashes::chainHash(a, ProofHashes::ChainRule::WithoutProofHashOrTimestamps));
        for (const JsonValue &b : proofs) {
            const QString *prev = b.member(u"commit")->stringMember(u"prevB64");
            if (!prev)
                continue;
            if (a.member(u"timestamps")) {
                QVERIFY(*prev != full); // the whole proof, timestamps included, never links
                tsaLinks += *prev == tsa;
            } else {
                plainLinks += *prev == full;
            }
        }
    }
    QVERIFY2(tsaLinks >= 3, qPrintable(u"only %1 TSA-era links found"_s.arg(tsaLinks)));
    QVERIFY2(plainLinks >= 2, qPrintable(u"only %1 plain links found"_s.arg(plainLinks)));
}

void tst_ProofVerifier::principalIsSigned()
{
    // An enclave-style proof: `principal` inside the signed body (spec section 1).
    const auto kp = Crypto::ed25519KeyPairFromSeed(QByteArray(32, '\x07'));
    QVERIFY_RESULT(kp);
    JsonValue proof = parse(R"({"version":"occ/1",
        "artifact":{"hashAlg":"sha256","digestB64":"jYl9NHJP0VcRVh6OMEIU5VAGva6cu5kdrnPrlNr/RnU="},
        "commit":{"nonceB64":"SGVsbG9PQ0NOb25jZTAxIUhlbGxvT0NDTm9uY2UwMSE=","counter":"2"},
        "signer":{"publicKeyB64":"","signatureB64":""},
        "environment":{"enforcement":"stub","measurement":"m"},
        "principal":{"id":"user-123","provider":"github"}})");
    JsonObject &root = *proof.asObject();
    root.valueRef(u"signer")->asObject()->insert(u"publicKeyB64"_s,
                                                 Encoding::toBase64(kp->publicKey));
    const QByteArray body = Json::canonicalize(*ProofHashes::signedBody(proof));
    QVERIFY(body.contains("\"principal\":{\"id\":\"user-123\",\"provider\":\"github\"}"));
    root.valueRef(u"signer")->asObject()->insert(u"signatureB64"_s,
                                                 Encoding::toBase64(
                                                     Crypto::ed25519Sign(body, kp->secretKey)));
    VerifyOptions options;
    options.artifactDigest = Crypto::Sha256::hash("hello occ\n");
    QCOMPARE(ProofVerifier::verify(proof, options).verdict, Verdict::Valid);
    QVERIFY(
        ProofVerifier::verify(proof, options).check(u"signature")->message.contains(u"principal"));

    // Editing the principal breaks the seal.
    root.valueRef(u"principal")->asObject()->insert(u"id"_s, u"someone-else"_s);
    QCOMPARE(ProofVerifier::verify(proof, options).reason(),
             u"signature verification failed: signature does not match"_s);
}

void tst_ProofVerifier::policyOptions_data()
{
    QTest::addColumn<QString>("caseName");
    QTest::addColumn<QByteArray>("policy");
    QTest::addColumn<QString>("checkId");
    QTest::addColumn<bool>("passes");

    // clang-format off
    QTest::newRow("enforcement hit")   << u"attestation_policy_full_tee"_s << QByteArray(R"({"requireEnforcement":"measured-tee"})") << u"policy.requireEnforcement"_s << true;
    QTest::newRow("enforcement exact") << u"hwkey_binary_artifact"_s << QByteArray(R"({"requireEnforcement":"stub"})") << u"policy.requireEnforcement"_s << false;
    QTest::newRow("format hit")        << u"attestation_two_pass"_s << QByteArray(R"({"requireAttestationFormat":["aws-nitro","other"]})") << u"policy.requireAttestationFormat"_s << true;
    QTest::newRow("format miss")       << u"attestation_two_pass"_s << QByteArray(R"({"requireAttestationFormat":["sev-snp"]})") << u"policy.requireAttestationFormat"_s << false;
    QTest::newRow("format none")       << u"minimal_stub"_s << QByteArray(R"({"requireAttestationFormat":["aws-nitro"]})") << u"policy.requireAttestationFormat"_s << false;
    QTest::newRow("fake attestation")  << u"attestation_two_pass"_s << QByteArray(R"({"requireAttestation":true})") << u"policy.requireAttestation"_s << false;
    QTest::newRow("epoch hit")         << u"measured_tee_epoch"_s << QByteArray(R"({"requireEpochId":true})") << u"policy.requireEpochId"_s << true;
    QTest::newRow("actor hit")         << u"agency_direct"_s << QByteArray(R"({"requireActor":true})") << u"policy.requireActor"_s << true;
    QTest::newRow("actor provider")    << u"agency_direct"_s << QByteArray(R"({"allowedActorProviders":["someone-else"]})") << u"policy.allowedActorProviders"_s << false;
    QTest::newRow("actor provider none") << u"minimal_stub"_s << QByteArray(R"({"allowedActorProviders":["passkey"]})") << u"policy.allowedActorProviders"_s << false;
    QTest::newRow("slot hit")          << u"slot_valid"_s << QByteArray(R"({"requireSlot":true})") << u"policy.requireSlot"_s << true;
    QTest::newRow("min counter big")   << u"counter_beyond_2pow64_time_zero"_s << QByteArray(R"({"minCounter":"18446744073709551615"})") << u"policy.minCounter"_s << true;
    QTest::newRow("max counter equal") << u"counter_time"_s << QByteArray(R"({"maxCounter":"1"})") << u"policy.maxCounter"_s << true;
    QTest::newRow("time zero min")     << u"counter_beyond_2pow64_time_zero"_s << QByteArray(R"({"minTime":0})") << u"policy.minTime"_s << true;
    QTest::newRow("empty lists")       << u"minimal_stub"_s << QByteArray(R"({"allowedPublicKeys":[],"allowedMeasurements":[],"allowedActorKeyIds":[]})") << u"trust"_s << true;
    // clang-format on
}

void tst_ProofVerifier::policyOptions()
{
    QFETCH(QString, caseName);
    QFETCH(QByteArray, policy);
    QFETCH(QString, checkId);
    QFETCH(bool, passes);

    const JsonValue *c = findCase(caseName);
    QVERIFY(c);
    auto profile = TrustProfile::fromJson(policy);
    QVERIFY_RESULT(profile);
    VerifyOptions options;
    options.profile = &*profile;
    options.artifactDigest = Crypto::Sha256::hash(
        Encoding::fromBase64Lenient(*c->stringMember(u"bytesB64")));
    const VerificationReport r = ProofVerifier::verify(*c->member(u"proof"), options);
    const Check *check = r.check(checkId);
    QVERIFY2(check, qPrintable(checkId));
    if (passes) {
        QVERIFY2(check->status != CheckStatus::Fail, qPrintable(check->message));
        QVERIFY2(r.verdict != Verdict::Invalid, qPrintable(r.reason()));
    } else {
        QCOMPARE(check->status, CheckStatus::Fail);
        QCOMPARE(r.verdict, Verdict::Invalid);
        QCOMPARE(r.reason(), check->message);
    }
}

void tst_ProofVerifier::allowedRpIds()
{
    // The WebAuthn vector's authenticatorData carries the rpIdHash of the relying party it was
    // made for; find it by trying the case's clientDataJSON origin host.
    const JsonValue *c = findCase(u"agency_webauthn"_s);
    QVERIFY(c);
    const JsonValue &proof = *c->member(u"proof");
    const QString clientData
        = *proof.member(u"agency")->member(u"authorization")->stringMember(u"clientDataJSON");
    const QString origin = *parse(clientData.toUtf8()).stringMember(u"origin");
    const QString host = QUrl(origin).host();
    QVERIFY(!host.isEmpty());
    VerifyOptions options;
    options.artifactDigest = Crypto::Sha256::hash(
        Encoding::fromBase64Lenient(*c->stringMember(u"bytesB64")));

    TrustProfile match;
    match.allowedRpIds = {u"example.org"_s, host};
    options.profile = &match;
    VerificationReport r = ProofVerifier::verify(proof, options);
    QCOMPARE(r.check(u"policy.allowedRpIds")->status, CheckStatus::Pass);
    QVERIFY(r.check(u"policy.allowedRpIds")->message.contains(host));

    TrustProfile other;
    other.allowedRpIds = {u"example.org"_s};
    options.profile = &other;
    r = ProofVerifier::verify(proof, options);
    QCOMPARE(r.check(u"policy.allowedRpIds")->status, CheckStatus::Fail);

    // A direct-form actor has no relying party: the option cannot be met.
    const JsonValue *direct = findCase(u"agency_direct"_s);
    options.artifactDigest = Crypto::Sha256::hash(
        Encoding::fromBase64Lenient(*direct->stringMember(u"bytesB64")));
    options.profile = &match;
    r = ProofVerifier::verify(*direct->member(u"proof"), options);
    QCOMPARE(r.check(u"policy.allowedRpIds")->status, CheckStatus::Fail);
}

void tst_ProofVerifier::trustProfileRejects_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("mentions");
    // clang-format off
    QTest::newRow("not object")       << QByteArray("[]") << u"object"_s;
    QTest::newRow("unknown member")   << QByteArray(R"({"allowedKeys":[]})") << u"allowedKeys"_s;
    QTest::newRow("duplicate")        << QByteArray(R"({"requireSlot":true,"requireSlot":false})") << u"duplicate"_s;
    QTest::newRow("bad tier")         << QByteArray(R"({"requireEnforcement":"tee"})") << u"requireEnforcement"_s;
    QTest::newRow("list not array")   << QByteArray(R"({"allowedPublicKeys":"abc"})") << u"allowedPublicKeys"_s;
    QTest::newRow("list non-string")  << QByteArray(R"({"allowedMeasurements":[1]})") << u"allowedMeasurements"_s;
    QTest::newRow("bool as string")   << QByteArray(R"({"requireActor":"true"})") << u"requireActor"_s;
    QTest::newRow("counter number")   << QByteArray(R"({"minCounter":5})") << u"minCounter"_s;
    QTest::newRow("counter hex")      << QByteArray(R"({"maxCounter":"0x10"})") << u"maxCounter"_s;
    QTest::newRow("counter zeros")    << QByteArray(R"({"maxCounter":"010"})") << u"maxCounter"_s;
    QTest::newRow("time string")      << QByteArray(R"({"minTime":"1700000000000"})") << u"minTime"_s;
    QTest::newRow("time negative")    << QByteArray(R"({"maxTime":-1})") << u"maxTime"_s;
    QTest::newRow("min above max")    << QByteArray(R"({"minCounter":"10","maxCounter":"9"})") << u"minCounter"_s;
    QTest::newRow("time inverted")    << QByteArray(R"({"minTime":10,"maxTime":9})") << u"minTime"_s;
    QTest::newRow("bad pem")          << QByteArray(R"({"tsaTrustAnchors":["-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----"]})") << u"tsaTrustAnchors"_s;
    QTest::newRow("missing cert file") << QByteArray(R"({"attestationRoots":["/nonexistent/root.pem"]})") << u"attestationRoots"_s;
    QTest::newRow("name not string")  << QByteArray(R"({"name":1})") << u"name"_s;
    // clang-format on
}

void tst_ProofVerifier::trustProfileRejects()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, mentions);
    auto p = TrustProfile::fromJson(json);
    QVERIFY(!p);
    QCOMPARE(p.error().code, ErrorCode::InvalidPolicy);
    QVERIFY2(p.error().message.contains(mentions), qPrintable(p.error().message));
}

void tst_ProofVerifier::hostileValues_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("checkId");
    QTest::addColumn<QString>("reason");
    const QByteArray base
        = R"("version":"occ/1","artifact":{"hashAlg":"sha256","digestB64":"jYl9NHJP0VcRVh6OMEIU5VAGva6cu5kdrnPrlNr/RnU="},"commit":{"nonceB64":"SGVsbG9PQ0NOb25jZTAxIQ=="},"signer":{"publicKeyB64":"11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=","signatureB64":"rwazHXBoY5UZ//o7T01E30EccVU2GzfvyZkPKl8mdENyYm99QicxkjB0YG1ppeX+lolmxl3BTwVf1qH2WozHDg=="},"environment":{"enforcement":"stub","measurement":"stub-measurement-v1"})";
    // clang-format off
    QTest::newRow("agency null")       << QByteArray("{" + base + R"(,"agency":null})") << u"agency"_s << u"agency must be an object"_s;
    QTest::newRow("agency string")     << QByteArray("{" + base + R"(,"agency":"x"})") << u"agency"_s << u"agency must be an object"_s;
    QTest::newRow("actor missing")     << QByteArray("{" + base + R"(,"agency":{}})") << u"agency"_s << u"agency.actor must be an object"_s;
    QTest::newRow("slot null")         << QByteArray("{" + base + R"(,"slotAllocation":null})") << u"slot"_s << u"slotAllocation must be an object when present"_s;
    QTest::newRow("slot array")        << QByteArray("{" + base + R"(,"slotAllocation":[1]})") << u"slot"_s << u"slotAllocation.version must be \"occ/slot/1\", got \"undefined\""_s;
    QTest::newRow("attestation null")  << QByteArray(R"({"version":"occ/1","artifact":{"hashAlg":"sha256","digestB64":"x"},"commit":{"nonceB64":"x"},"signer":{"publicKeyB64":"a","signatureB64":"b"},"environment":{"enforcement":"stub","measurement":"m","attestation":null}})") << u"structure"_s << u"proof.environment.attestation must be an object when present"_s;
    QTest::newRow("version number")    << QByteArray(R"({"version":1})") << u"structure"_s << u"unsupported proof version: 1"_s;
    QTest::newRow("version array")     << QByteArray(R"({"version":["occ/1"]})") << u"structure"_s << u"unsupported proof version: occ/1"_s;
    QTest::newRow("artifact array")    << QByteArray(R"({"version":"occ/1","artifact":[]})") << u"structure"_s << u"proof.artifact is missing or not an object"_s;
    QTest::newRow("counter null")      << QByteArray(R"({"version":"occ/1","artifact":{"hashAlg":"sha256","digestB64":"x"},"commit":{"nonceB64":"x","counter":null}})") << u"structure"_s << u"proof.commit.counter must be a string when present"_s;
    QTest::newRow("time huge string")  << QByteArray(R"({"version":"occ/1","artifact":{"hashAlg":"sha256","digestB64":"x"},"commit":{"nonceB64":"x","time":"1"}})") << u"structure"_s << u"proof.commit.time must be a non-negative finite number when present"_s;
    QTest::newRow("time overflow")     << QByteArray(R"({"version":"occ/1","artifact":{"hashAlg":"sha256","digestB64":"x"},"commit":{"nonceB64":"x","time":1e999}})") << u"structure"_s << u"proof.commit.time must be a non-negative finite number when present"_s;
    QTest::newRow("epochLink string")  << QByteArray("{" + QByteArray(base).replace(R"("commit":{)", R"("commit":{"epochLink":"x",)") + "}") << u"epochLink"_s << u"epochLink.prevEpochId must be a non-empty string"_s;
    QTest::newRow("chainId empty")     << QByteArray(R"({"version":"occ/1","artifact":{"hashAlg":"sha256","digestB64":"jYl9NHJP0VcRVh6OMEIU5VAGva6cu5kdrnPrlNr/RnU="},"commit":{"nonceB64":"SGVsbG9PQ0NOb25jZTAxIQ==","chainId":""},"signer":{"publicKeyB64":"a","signatureB64":"b"},"environment":{"enforcement":"stub","measurement":"m"}})") << u"structure"_s << u"proof.commit.chainId must be a non-empty string when present"_s;
    QTest::newRow("short digest")      << QByteArray(R"({"version":"occ/1","artifact":{"hashAlg":"sha256","digestB64":"AAAA"},"commit":{"nonceB64":"SGVsbG9PQ0NOb25jZTAxIQ=="},"signer":{"publicKeyB64":"a","signatureB64":"b"},"environment":{"enforcement":"stub","measurement":"m"}})") << u"structure"_s << u"artifact.digestB64 decodes to 3 bytes; expected 32 (SHA-256)"_s;
    QTest::newRow("top-level array")   << QByteArray("[1,2]") << u"json"_s << u"A proof must be a JSON object, not array"_s;
    QTest::newRow("proto member")      << QByteArray(R"({"__proto__":{},"version":"occ/1"})") << u"json"_s << u"ambiguous JSON: a \"__proto__\" member at byte 1"_s;
    QTest::newRow("nested duplicate")  << QByteArray(R"({"version":"occ/1","metadata":{"a":1,"a":2}})") << u"json"_s << u"ambiguous JSON: duplicate member name \"a\" at byte 37"_s;
    QTest::newRow("invalid utf8")      << QByteArray("{\"version\":\"occ/1\xff\"}") << u"json"_s << u"invalid UTF-8 at byte 17"_s;
    QTest::newRow("too deep")          << QByteArray("{\"metadata\":" + QByteArray(100, '[') + QByteArray(100, ']') + "}") << u"json"_s << u"nesting deeper than 64 levels at byte 75"_s;
    // clang-format on
}

void tst_ProofVerifier::hostileValues()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, checkId);
    QFETCH(QString, reason);
    const VerificationReport r = ProofVerifier::verifyText(json);
    QCOMPARE(r.verdict, Verdict::Invalid);
    const Check *check = r.check(checkId);
    QVERIFY2(check, qPrintable(checkId));
    QCOMPARE(check->status, CheckStatus::Fail);
    QCOMPARE(check->message, reason);
}

void tst_ProofVerifier::randomMutationsNeverCrash()
{
    // Structured mutations of real vectors: replace members with every JSON type, drop them,
    // and flip bytes in the text. Each must give a report (never crash, never "valid" for a
    // changed signed member), which the sanitizer build also checks for memory errors.
    const JsonValue replacements[] = {JsonValue(nullptr),
                                      JsonValue(true),
                                      JsonValue(0),
                                      JsonValue(-1.5),
                                      JsonValue(u""_s),
                                      JsonValue(u"x"_s),
                                      JsonValue(JsonArray{}),
                                      JsonValue(JsonObject{}),
                                      JsonValue(1e300)};
    QRandomGenerator rng(20261122);
    int runs = 0;
    for (const QString &name : {u"agency_webauthn"_s,
                                u"agency_direct"_s,
                                u"slot_valid"_s,
                                u"epochlink_valid"_s,
                                u"attestation_two_pass"_s,
                                u"batch_item_0"_s,
                                u"policy_binding"_s}) {
        const JsonValue *c = findCase(name);
        QVERIFY(c);
        const JsonValue &proof = *c->member(u"proof");
        TrustProfile profile;
        profile.requireActor = true;
        profile.minCounter = u"0"_s;
        profile.minTime = 0;
        profile.allowedRpIds = {u"occ.wtf"_s};
        VerifyOptions options;
        options.profile = &profile;
        for (const ProofField &field : FieldTiers::fields(proof)) {
            for (const JsonValue &replacement : replacements) {
                const JsonValue mutated = OccTest::withLeaf(proof,
                                                            field.segments,
                                                            replacement,
                                                            rng.bounded(4) == 0);
                const VerificationReport r = ProofVerifier::verify(mutated, options);
                QVERIFY(!r.checks.isEmpty());
                if (field.tier == FieldTier::Signed && !(mutated == proof))
                    QVERIFY2(r.verdict == Verdict::Invalid, qPrintable(field.path));
                ++runs;
            }
        }
        const QByteArray text = Json::toPrettyJson(proof);
        for (int i = 0; i < 300; ++i) {
            QByteArray t = text;
            const int flips = 1 + int(rng.bounded(4));
            for (int f = 0; f < flips; ++f)
                t[qsizetype(rng.bounded(quint32(t.size())))] = char(rng.bounded(256));
            if (rng.bounded(5) == 0)
                t.truncate(qsizetype(rng.bounded(quint32(t.size()))));
            const VerificationReport r = ProofVerifier::verifyText(t, options);
            QVERIFY(!r.checks.isEmpty());
            ++runs;
        }
    }
    QVERIFY(runs > 2000);
}

void tst_ProofVerifier::checkOrderAndIds()
{
    const JsonValue *c = findCase(u"slot_valid"_s);
    TrustProfile profile;
    profile.requireSlot = true;
    VerifyOptions options;
    options.profile = &profile;
    options.artifactDigest = Crypto::Sha256::hash(
        Encoding::fromBase64Lenient(*c->stringMember(u"bytesB64")));
    const VerificationReport r = ProofVerifier::verifyText(Json::toPrettyJson(*c->member(u"proof")),
                                                           options);
    QStringList ids;
    for (const Check &check : r.checks)
        ids.append(check.id);
    QCOMPARE(ids,
             (QStringList{u"json"_s,
                          u"structure"_s,
                          u"digest"_s,
                          u"signature"_s,
                          u"agency"_s,
                          u"slot"_s,
                          u"attestation"_s,
                          u"policy.requireSlot"_s,
                          u"trust"_s}));
    QCOMPARE(r.check(u"slot")->status, CheckStatus::Pass);
    QCOMPARE(r.check(u"agency")->status, CheckStatus::Info);
}

void tst_ProofVerifier::selfSignedShortcut_data()
{
    // The stub's self-check may skip the Ed25519 arithmetic for signatures it just made, but
    // only on byte-identical signed bytes and its own key; everything else is checked in full.
    QTest::addColumn<QString>("entry");
    QTest::addColumn<bool>("valid");
    QTest::newRow("genuine signature, exact bytes") << u"genuine"_s << true;
    QTest::newRow("forged signature listed with the exact bytes") << u"forged"_s << true;
    QTest::newRow("forged signature listed with other bytes") << u"otherBytes"_s << false;
    QTest::newRow("forged signature listed under another key") << u"otherKey"_s << false;
    QTest::newRow("forged signature not listed") << u"unlisted"_s << false;
}

void tst_ProofVerifier::selfSignedShortcut()
{
    QFETCH(QString, entry);
    QFETCH(bool, valid);
    QTemporaryDir dir;
    auto signer = StubSigner::open(dir.filePath(u"state.json"_s));
    QVERIFY_RESULT(signer);
    CommitRequest request;
    request.digests = {Crypto::Sha256::hash("self")};
    auto proofs = signer->commit(request);
    QVERIFY_RESULT(proofs);
    JsonValue proof = proofs->first();
    const QByteArray body = Json::canonicalize(*ProofHashes::signedBody(proof));
    const QByteArray key = *Encoding::fromBase64Strict(signer->publicKeyB64());
    QByteArray signature = *Encoding::fromBase64Strict(
        *proof.member(u"signer")->stringMember(u"signatureB64"));
    if (entry != u"genuine") {
        signature[5] = char(signature[5] ^ 0x40); // no longer a valid Ed25519 signature
        JsonObject signerObject = *proof.member(u"signer")->asObject();
        signerObject.insert(u"signatureB64"_s, Encoding::toBase64(signature));
        proof.asObject()->insert(u"signer"_s, JsonValue(std::move(signerObject)));
    }
    QHash<QByteArray, QByteArray> known;
    if (entry != u"unlisted")
        known.insert(signature, entry == u"otherBytes" ? body + ' ' : body);
    VerifyOptions options;
    options.artifactDigest = request.digests.first();
    options.selfSigned = &known;
    options.selfSignedKey = entry == u"otherKey" ? QByteArray(32, 'k') : key;
    const VerificationReport report = ProofVerifier::verify(proof, options);
    QCOMPARE(report.verdict != Verdict::Invalid, valid);
    QCOMPARE(report.check(u"signature")->status, valid ? CheckStatus::Pass : CheckStatus::Fail);
    // Without the list, only the genuine signature passes.
    options.selfSigned = nullptr;
    QCOMPARE(ProofVerifier::verify(proof, options).verdict != Verdict::Invalid, entry == u"genuine");
}

QTEST_GUILESS_MAIN(tst_ProofVerifier)
#include "tst_proofverifier.moc"
