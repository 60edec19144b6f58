// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0
#include "testdata.h"

#include "core/canonicaljson.h"
#include "core/fieldtiers.h"
#include "core/proof.h"
#include "core/proofhashes.h"
#include "core/trustprofile.h"

#include <QTest>

using namespace Occ;
using namespace Qt::StringLiterals;

namespace {

const JsonValue &caseProof(const QString &name)
{
    static const JsonValue doc = OccTest::readJsonData(u"vectors/proofs.json"_s);
    for (const JsonValue &c : *doc.member(u"cases")->asArray()) {
        if (*c.stringMember(u"name") == name)
            return *c.member(u"proof");
    }
    qFatal("no vector case %s", qPrintable(name));
}

} // namespace

class tst_FieldTiers : public QObject
{
    Q_OBJECT

private slots:
    void tiers_data();
    void tiers();
    void everyLeafOfEveryVectorHasATier();
    void signedFieldsAreExactlyTheSignedBody();
    void displayPaths();
    void proofModel();
    void proofModelRejects_data();
    void proofModelRejects();
    void trustProfileCertificates();
};

void tst_FieldTiers::tiers_data()
{
    QTest::addColumn<QString>("caseName");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("tier");

    // clang-format off
    QTest::newRow("version")             << u"minimal_stub"_s << u"version"_s << u"signed"_s;
    QTest::newRow("digest")              << u"minimal_stub"_s << u"artifact.digestB64"_s << u"signed"_s;
    QTest::newRow("counter")             << u"counter_time"_s << u"commit.counter"_s << u"signed"_s;
    QTest::newRow("unknown commit")      << u"manual_commit_key_order_integer_keys"_s << u"commit.anything"_s << u"signed"_s;
    QTest::newRow("public key")          << u"minimal_stub"_s << u"signer.publicKeyB64"_s << u"signed"_s;
    QTest::newRow("signature")           << u"minimal_stub"_s << u"signer.signatureB64"_s << u"self-authenticating"_s;
    QTest::newRow("unknown signer")      << u"minimal_stub"_s << u"signer.note"_s << u"advisory"_s;
    QTest::newRow("enforcement")         << u"minimal_stub"_s << u"environment.enforcement"_s << u"signed"_s;
    QTest::newRow("measurement")         << u"minimal_stub"_s << u"environment.measurement"_s << u"signed"_s;
    QTest::newRow("attestation format")  << u"attestation_two_pass"_s << u"environment.attestation.format"_s << u"signed"_s;
    QTest::newRow("attestation report")  << u"attestation_two_pass"_s << u"environment.attestation.reportB64"_s << u"self-authenticating"_s;
    QTest::newRow("actor")               << u"agency_direct"_s << u"agency.actor.provider"_s << u"signed"_s;
    QTest::newRow("direct artifactHash") << u"agency_direct"_s << u"agency.authorization.artifactHash"_s << u"self-authenticating"_s;
    QTest::newRow("direct timestamp")    << u"agency_direct"_s << u"agency.authorization.timestamp"_s << u"self-authenticating"_s;
    QTest::newRow("direct extra")        << u"agency_direct"_s << u"agency.authorization.note"_s << u"advisory"_s;
    QTest::newRow("webauthn artifact")   << u"agency_webauthn"_s << u"agency.authorization.artifactHash"_s << u"advisory"_s;
    QTest::newRow("webauthn timestamp")  << u"agency_webauthn"_s << u"agency.authorization.timestamp"_s << u"advisory"_s;
    QTest::newRow("webauthn purpose")    << u"agency_webauthn"_s << u"agency.authorization.purpose"_s << u"advisory"_s;
    QTest::newRow("webauthn keyId")      << u"agency_webauthn"_s << u"agency.authorization.actorKeyId"_s << u"advisory"_s;
    QTest::newRow("webauthn clientData") << u"agency_webauthn"_s << u"agency.authorization.clientDataJSON"_s << u"self-authenticating"_s;
    QTest::newRow("webauthn authData")   << u"agency_webauthn"_s << u"agency.authorization.authenticatorDataB64"_s << u"self-authenticating"_s;
    QTest::newRow("webauthn challenge")  << u"agency_webauthn"_s << u"agency.authorization.challenge"_s << u"self-authenticating"_s;
    QTest::newRow("webauthn signature")  << u"agency_webauthn"_s << u"agency.authorization.signatureB64"_s << u"self-authenticating"_s;
    QTest::newRow("batch context")       << u"batch_item_0"_s << u"agency.batchContext.batchDigests"_s << u"advisory"_s;
    QTest::newRow("slot counter")        << u"slot_valid"_s << u"slotAllocation.counter"_s << u"self-authenticating"_s;
    QTest::newRow("slot signature")      << u"slot_valid"_s << u"slotAllocation.signatureB64"_s << u"self-authenticating"_s;
    QTest::newRow("slot unknown")        << u"slot_valid"_s << u"slotAllocation.extra"_s << u"advisory"_s;
    QTest::newRow("policy")              << u"policy_binding"_s << u"policy.digestB64"_s << u"signed"_s;
    QTest::newRow("attribution")         << u"attribution_unicode"_s << u"attribution.name"_s << u"signed"_s;
    QTest::newRow("principal")           << u"minimal_stub"_s << u"principal.id"_s << u"signed"_s;
    QTest::newRow("tsa token")           << u"minimal_stub"_s << u"timestamps.artifact.tokenB64"_s << u"self-authenticating"_s;
    QTest::newRow("tsa time")            << u"minimal_stub"_s << u"timestamps.artifact.time"_s << u"advisory"_s;
    QTest::newRow("metadata")            << u"metadata_tricky"_s << u"metadata.anything"_s << u"advisory"_s;
    QTest::newRow("claims")              << u"minimal_stub"_s << u"claims.x"_s << u"advisory"_s;
    QTest::newRow("proofHash")           << u"minimal_stub"_s << u"proofHash"_s << u"advisory"_s;
    QTest::newRow("unknown top level")   << u"tamper_extra_top_level_field"_s << u"extra"_s << u"advisory"_s;
    // clang-format on
}

void tst_FieldTiers::tiers()
{
    QFETCH(QString, caseName);
    QFETCH(QString, path);
    QFETCH(QString, tier);
    QCOMPARE(fieldTierId(FieldTiers::tierOf(caseProof(caseName), path)), tier);
}

void tst_FieldTiers::everyLeafOfEveryVectorHasATier()
{
    static const JsonValue doc = OccTest::readJsonData(u"vectors/proofs.json"_s);
    int leaves = 0;
    for (const JsonValue &c : *doc.member(u"cases")->asArray()) {
        const JsonValue *proof = c.member(u"proof");
        if (!proof)
            continue;
        for (const ProofField &f : FieldTiers::fields(*proof)) {
            QVERIFY(!f.path.isEmpty());
            QVERIFY2(!f.reason.isEmpty(), qPrintable(f.path));
            ++leaves;
        }
    }
    QVERIFY2(leaves > 1000, qPrintable(QString::number(leaves)));
}

void tst_FieldTiers::signedFieldsAreExactlyTheSignedBody()
{
    // Changing any field the table calls "signed" changes the signed body's bytes; changing any
    // other field does not. This ties the table to the verifier's definition.
    for (const QString &name : {u"agency_webauthn"_s,
                                u"agency_direct"_s,
                                u"slot_valid"_s,
                                u"policy_binding"_s,
                                u"attribution_unicode"_s,
                                u"metadata_tricky"_s,
                                u"attestation_two_pass"_s,
                                u"batch_item_0"_s}) {
        const JsonValue &proof = caseProof(name);
        const QByteArray body = Json::canonicalize(*ProofHashes::signedBody(proof));
        for (const ProofField &f : FieldTiers::fields(proof)) {
            const JsonValue mutated = OccTest::withLeaf(proof,
                                                        f.segments,
                                                        JsonValue(u"\u2603 changed"_s));
            const auto changed = ProofHashes::signedBody(mutated);
            const bool bodyChanged = !changed || Json::canonicalize(*changed) != body;
            QVERIFY2(bodyChanged == (f.tier == FieldTier::Signed),
                     qPrintable(u"%1: %2"_s.arg(name, f.path)));
        }
    }
}

void tst_FieldTiers::displayPaths()
{
    QCOMPARE(FieldTiers::displayPath({u"commit"_s, u"counter"_s}), u"commit.counter"_s);
    QCOMPARE(FieldTiers::displayPath({u"metadata"_s, u"a.b"_s}), u"metadata[\"a.b\"]"_s);
    QCOMPARE(FieldTiers::displayPath({u"x"_s, u"[0]"_s, u"y"_s}), u"x[0].y"_s);
    QCOMPARE(FieldTiers::displayPath({u"m"_s, u"q\"uote"_s}), u"m[\"q\\\"uote\"]"_s);
}

void tst_FieldTiers::proofModel()
{
    const QByteArray text
        = R"({"version":"occ/1","commit":{"b":null,"a":1,"unknown":{"x":[1,2]}},"z":null})";
    auto proof = Proof::fromJson(text);
    QVERIFY_RESULT(proof);
    // null is present, absent is absent.
    QVERIFY(proof->root().value(u"z"));
    QVERIFY(proof->root().value(u"z")->isNull());
    QVERIFY(!proof->root().value(u"y"));
    // Unknown members are kept and written back in their order.
    QCOMPARE(proof->toPrettyJson(),
             QByteArray(
                 "{\n  \"version\": \"occ/1\",\n  \"commit\": {\n    \"b\": null,\n    \"a\": 1,\n"
                 "    \"unknown\": {\n      \"x\": [\n        1,\n        2\n      ]\n    }\n  },\n"
                 "  \"z\": null\n}"));
    QCOMPARE(proof->stringAt(u"version"), u"occ/1"_s);
    QVERIFY(valueAtPath(proof->value(), u"commit.unknown.x"));
    QVERIFY(!valueAtPath(proof->value(), u"commit.missing.x"));

    // Pretty-writing a real proof and reading it back keeps every hash.
    const JsonValue &vector = caseProof(u"agency_webauthn"_s);
    auto back = Proof::fromJson(Json::toPrettyJson(vector));
    QVERIFY_RESULT(back);
    QCOMPARE(ProofHashes::chainHash(back->value()), ProofHashes::chainHash(vector));
    QCOMPARE(Json::canonicalize(back->value()), Json::canonicalize(vector));
}

void tst_FieldTiers::proofModelRejects_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("mentions");
    // clang-format off
    QTest::newRow("array")      << QByteArray("[]") << u"not array"_s;
    QTest::newRow("string")     << QByteArray("\"occ/1\"") << u"not string"_s;
    QTest::newRow("duplicate")  << QByteArray(R"({"a":{"b":1,"b":1}})") << u"duplicate member name \"b\""_s;
    QTest::newRow("proto")      << QByteArray(R"({"a":[{"__proto__":1}]})") << u"__proto__"_s;
    QTest::newRow("too large")  << QByteArray(Proof::kMaxTextSize + 1, ' ') << u"larger than"_s;
    QTest::newRow("bad utf8")   << QByteArray("{\"a\":\"\xc3\x28\"}") << u"UTF-8"_s;
    // clang-format on
}

void tst_FieldTiers::proofModelRejects()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, mentions);
    auto proof = Proof::fromJson(text);
    QVERIFY(!proof);
    QVERIFY2(proof.error().message.contains(mentions), qPrintable(proof.error().message));
}

void tst_FieldTiers::trustProfileCertificates()
{
    // The shipped roots load as trust anchors, by path relative to the profile and inline.
    const QString certs = QStringLiteral(OCC_TEST_DATA_DIR "/../../resources/certs");
    auto byPath = TrustProfile::fromJson(
        R"({"attestationRoots":["aws-nitro-enclaves-root-g1.pem"],"tsaTrustAnchors":["freetsa-root-ca.pem"]})",
        certs);
    QVERIFY_RESULT(byPath);
    QCOMPARE(byPath->attestationRoots.size(), 1);
    QVERIFY(byPath->attestationRoots.first().startsWith("-----BEGIN CERTIFICATE-----"));
    QFile pem(certs + u"/freetsa-root-ca.pem"_s);
    QVERIFY(pem.open(QIODevice::ReadOnly));
    JsonObject o;
    o.append(u"tsaTrustAnchors"_s,
             JsonValue(JsonArray{JsonValue(QString::fromLatin1(pem.readAll()))}));
    auto inlinePem = TrustProfile::fromValue(JsonValue(o));
    QVERIFY_RESULT(inlinePem);
    QCOMPARE(inlinePem->tsaTrustAnchors.size(), 1);
}

QTEST_GUILESS_MAIN(tst_FieldTiers)
#include "tst_fieldtiers.moc"
