// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0
#include "proofverifier.h"

#include "agency.h"
#include "attestation.h"
#include "canonicaljson.h"
#include "crypto.h"
#include "encoding.h"
#include "jsonparser.h"
#include "jsutil.h"
#include "proof.h"
#include "proofhashes.h"
#include "timestamptoken.h"
#include "trustprofile.h"

#include <QMutexLocker>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Occ {

QString checkStatusId(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass:
        return u"pass"_s;
    case CheckStatus::Fail:
        return u"fail"_s;
    case CheckStatus::Warn:
        return u"warn"_s;
    case CheckStatus::Info:
        return u"info"_s;
    case CheckStatus::Skip:
        return u"skip"_s;
    }
    return {};
}

QString verdictId(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Invalid:
        return u"invalid"_s;
    case Verdict::Valid:
        return u"valid"_s;
    case Verdict::Trusted:
        return u"trusted"_s;
    }
    return {};
}

QString VerificationReport::reason() const
{
    for (const Check &c : checks) {
        if (c.status == CheckStatus::Fail)
            return c.message;
    }
    return {};
}

const Check *VerificationReport::check(QStringView id) const
{
    for (const Check &c : checks) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

QString VerificationReport::summary() const
{
    switch (verdict) {
    case Verdict::Invalid:
        return reason();
    case Verdict::Valid:
        return proofOnly ? u"the proof is intact (proof only: no file was checked against it), "
                           u"but nothing pins who signed it"_s
                         : u"the file matches and the proof is intact, but nothing pins who "
                           u"signed it"_s;
    case Verdict::Trusted:
        return proofOnly ? u"the proof is intact and the trust profile pins its signer (proof "
                           u"only: no file was checked against it)"_s
                         : u"the file matches, the proof is intact, and the trust profile pins "
                           u"its signer"_s;
    }
    return {};
}

JsonValue VerificationReport::toJson() const
{
    JsonObject o;
    o.append(u"verdict"_s, verdictId(verdict));
    o.append(u"reason"_s, reason());
    o.append(u"proofOnly"_s, proofOnly);
    JsonArray list;
    for (const Check &c : checks) {
        JsonObject co;
        co.append(u"id"_s, c.id);
        co.append(u"status"_s, checkStatusId(c.status));
        co.append(u"message"_s, c.message);
        list.push_back(JsonValue(std::move(co)));
    }
    o.append(u"checks"_s, JsonValue(std::move(list)));
    return JsonValue(std::move(o));
}

std::optional<QString> EpochLinkRegistry::record(const QString &successorKey,
                                                 const QString &toEpochId)
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_consumedBy.constFind(successorKey);
    if (it == m_consumedBy.constEnd()) {
        m_consumedBy.insert(successorKey, toEpochId);
        return std::nullopt;
    }
    if (*it == toEpochId)
        return std::nullopt;
    return *it;
}

void EpochLinkRegistry::clear()
{
    QMutexLocker lock(&m_mutex);
    m_consumedBy.clear();
}

namespace {

using Js::isNonEmptyString;
using Js::isTruthy;
using Js::str;

QString shortKey(const QString &b64)
{
    return b64.size() > 16 ? b64.left(12) + u"…"_s : b64;
}

const JsonObject kEmptyObject;

const JsonObject &objectOrEmpty(const JsonValue *v)
{
    const JsonObject *o = v ? v->asObject() : nullptr;
    return o ? *o : kEmptyObject;
}

class Run
{
public:
    Run(const JsonValue &proof, const VerifyOptions &options)
        : m_proof(proof)
        , m_options(options)
        , m_root(objectOrEmpty(&proof))
    {}

    VerificationReport run()
    {
        const QString structureError = checkStructure();
        if (!structureError.isEmpty()) {
            add(u"structure"_s, CheckStatus::Fail, structureError);
            for (const QString &id :
                 {u"digest"_s, u"signature"_s, u"agency"_s, u"slot"_s, u"epochLink"_s}) {
                add(id, CheckStatus::Skip, u"Not checked: the proof's structure is invalid"_s);
            }
            return finish();
        }
        add(u"structure"_s, CheckStatus::Pass, u"Well-formed occ/1 proof"_s);
        checkDigest();
        const bool signatureOk = checkSignature();
        checkAgency();
        checkSlot();
        checkEpochLink(signatureOk);
        checkEvidence();
        if (m_options.profile)
            checkPolicy(*m_options.profile);
        return finish();
    }

private:
    void add(const QString &id, CheckStatus status, const QString &message)
    {
        m_report.checks.append(Check{id, status, message});
    }

    const JsonValue *member(QStringView key) const { return m_root.value(key); }
    const JsonObject &obj(QStringView key) const { return objectOrEmpty(member(key)); }
    const JsonObject &commit() const { return obj(u"commit"); }
    const JsonObject &signer() const { return obj(u"signer"); }
    const JsonObject &environment() const { return obj(u"environment"); }

    // Reference section 3.1 first, in its order, then our stricter rules (spec section 2).
    QString checkStructure()
    {
        if (!m_proof.isObject())
            return u"proof must be an object"_s;
        const JsonValue *version = member(u"version");
        if (str(version) != u"occ/1" || !version->isString())
            return u"unsupported proof version: "_s + Js::toString(version);
        if (!member(u"artifact") || !member(u"artifact")->isObject())
            return u"proof.artifact is missing or not an object"_s;
        const JsonObject &artifact = obj(u"artifact");
        const JsonValue *hashAlg = artifact.value(u"hashAlg");
        if (!hashAlg || !hashAlg->isString() || *hashAlg->asString() != u"sha256")
            return u"unsupported hashAlg: "_s + Js::toString(hashAlg);
        if (!isNonEmptyString(artifact.value(u"digestB64")))
            return u"proof.artifact.digestB64 must be a non-empty string"_s;
        if (!member(u"commit") || !member(u"commit")->isObject())
            return u"proof.commit is missing or not an object"_s;
        const JsonObject &c = commit();
        if (!isNonEmptyString(c.value(u"nonceB64")))
            return u"proof.commit.nonceB64 must be a non-empty string"_s;
        if (c.value(u"counter") && !c.value(u"counter")->isString())
            return u"proof.commit.counter must be a string when present"_s;
        if (const JsonValue *t = c.value(u"time")) {
            const auto d = t->asNumber();
            if (!d || !std::isfinite(*d) || *d < 0)
                return u"proof.commit.time must be a non-negative finite number when present"_s;
        }
        if (c.value(u"prevB64") && !c.value(u"prevB64")->isString())
            return u"proof.commit.prevB64 must be a string when present"_s;
        if (c.value(u"epochId") && !c.value(u"epochId")->isString())
            return u"proof.commit.epochId must be a string when present"_s;
        if (!member(u"signer") || !member(u"signer")->isObject())
            return u"proof.signer is missing or not an object"_s;
        if (!isNonEmptyString(signer().value(u"publicKeyB64")))
            return u"proof.signer.publicKeyB64 must be a non-empty string"_s;
        if (!isNonEmptyString(signer().value(u"signatureB64")))
            return u"proof.signer.signatureB64 must be a non-empty string"_s;
        if (!member(u"environment") || !member(u"environment")->isObject())
            return u"proof.environment is missing or not an object"_s;
        const QString enforcement = str(environment().value(u"enforcement"));
        if (enforcement != u"stub" && enforcement != u"hw-key" && enforcement != u"measured-tee")
            return u"proof.environment.enforcement must be one of: stub, hw-key, measured-tee"_s;
        if (!isNonEmptyString(environment().value(u"measurement")))
            return u"proof.environment.measurement must be a non-empty string"_s;
        if (const JsonValue *att = environment().value(u"attestation")) {
            if (!att->isObject())
                return u"proof.environment.attestation must be an object when present"_s;
            if (!isNonEmptyString(att->member(u"format")))
                return u"proof.environment.attestation.format must be a non-empty string"_s;
            if (!isNonEmptyString(att->member(u"reportB64")))
                return u"proof.environment.attestation.reportB64 must be a non-empty string"_s;
        }

        // Stricter than the reference (spec section 2).
        if (const QString *counter = c.value(u"counter") ? c.value(u"counter")->asString() : nullptr;
            counter && !Encoding::isCanonicalDecimal(*counter)) {
            return u"proof.commit.counter \"%1\" is not a canonical decimal (digits only, no sign, "
                   u"no leading zeros)"_s.arg(*counter);
        }
        const auto nonce = Encoding::fromBase64Strict(str(c.value(u"nonceB64")));
        if (!nonce || nonce->size() < 16)
            return u"proof.commit.nonceB64 must be canonical base64 of at least 16 bytes"_s;
        if (c.value(u"prevB64")) {
            const auto prev = Encoding::fromBase64Strict(str(c.value(u"prevB64")));
            if (!prev || prev->size() != 32)
                return u"proof.commit.prevB64 must be canonical base64 of 32 bytes (SHA-256)"_s;
        }
        if (const JsonValue *slotCounter = c.value(u"slotCounter")) {
            if (!slotCounter->isString() || !Encoding::isCanonicalDecimal(*slotCounter->asString()))
                return u"proof.commit.slotCounter must be a canonical decimal string"_s;
        }
        if (const JsonValue *slotHash = c.value(u"slotHashB64")) {
            const auto bytes = Encoding::fromBase64Strict(str(slotHash));
            if (!slotHash->isString() || !bytes)
                return u"commit.slotHashB64 is not valid base64"_s;
            if (bytes->size() != 32)
                return u"commit.slotHashB64 must decode to 32 bytes (SHA-256)"_s;
        }
        if (c.value(u"chainId") && !isNonEmptyString(c.value(u"chainId")))
            return u"proof.commit.chainId must be a non-empty string when present"_s;
        const auto digest = Encoding::fromBase64Strict(str(artifact.value(u"digestB64")));
        if (!digest)
            return u"artifact.digestB64 is not valid base64"_s;
        if (digest->size() != 32) {
            return u"artifact.digestB64 decodes to %1 bytes; expected 32 (SHA-256)"_s.arg(
                digest->size());
        }
        m_digest = *digest;
        return {};
    }

    void checkDigest()
    {
        if (!m_options.artifactDigest) {
            m_report.proofOnly = true;
            add(u"digest"_s,
                CheckStatus::Skip,
                u"Proof only: no file was given, so nothing shows which bytes this proof is for"_s);
            return;
        }
        if (!Crypto::constantTimeEquals(*m_options.artifactDigest, m_digest)) {
            add(u"digest"_s,
                CheckStatus::Fail,
                u"artifact digest mismatch: the provided bytes do not match the committed digest"_s);
            return;
        }
        add(u"digest"_s,
            CheckStatus::Pass,
            u"The file's SHA-256 equals artifact.digestB64 (%1)"_s.arg(
                Encoding::toBase64(m_digest)));
    }

    bool checkSignature()
    {
        const QString keyB64 = str(signer().value(u"publicKeyB64"));
        const auto key = Encoding::fromBase64Strict(keyB64);
        if (!key)
            return fail(u"signature"_s, u"signer.publicKeyB64 is not valid base64"_s);
        if (key->size() != 32) {
            return fail(u"signature"_s,
                        u"signer.publicKeyB64 decodes to %1 bytes; expected 32 (Ed25519)"_s.arg(
                            key->size()));
        }
        const auto body = ProofHashes::signedBody(m_proof, true);
        if (!body)
            return fail(u"signature"_s, u"the signed body cannot be built from this proof"_s);
        const auto sig = Encoding::fromBase64Strict(str(signer().value(u"signatureB64")));
        if (!sig)
            return fail(u"signature"_s, u"signer.signatureB64 is not valid base64"_s);
        if (sig->size() != 64) {
            return fail(u"signature"_s,
                        u"signer.signatureB64 decodes to %1 bytes; expected 64 (Ed25519)"_s.arg(
                            sig->size()));
        }
        if (!Crypto::ed25519Verify(*sig, Json::canonicalize(*body), *key))
            return fail(u"signature"_s,
                        u"signature verification failed: signature does not match"_s);
        QString covered;
        if (m_root.contains(u"principal"))
            covered = u" (the signed body includes principal)"_s;
        add(u"signature"_s,
            CheckStatus::Pass,
            u"Ed25519 signature by key %1 covers the signed body%2"_s.arg(shortKey(keyB64),
                                                                          covered));
        return true;
    }

    bool fail(const QString &id, const QString &message)
    {
        add(id, CheckStatus::Fail, message);
        return false;
    }

    void checkAgency()
    {
        const JsonValue *agencyValue = member(u"agency");
        if (!agencyValue) {
            add(u"agency"_s,
                CheckStatus::Info,
                u"No actor: no passkey or device key authorized this commit"_s);
            return;
        }
        const auto verified = Agency::verify(*agencyValue,
                                             str(obj(u"artifact").value(u"digestB64")));
        if (!verified) {
            add(u"agency"_s, CheckStatus::Fail, verified.error().message);
            return;
        }
        m_rpIdHash = verified->rpIdHash;
        add(u"agency"_s, CheckStatus::Pass, verified->description);
    }

    void checkSlot()
    {
        const JsonValue *slotValue = member(u"slotAllocation");
        if (!slotValue) {
            if (commit().contains(u"slotHashB64")) {
                add(u"slot"_s,
                    CheckStatus::Warn,
                    u"commit.slotHashB64 names a causal slot, but the slotAllocation record is "
                    u"missing, so the slot cannot be checked"_s);
            } else {
                add(u"slot"_s, CheckStatus::Info, u"No causal slot allocation"_s);
            }
            return;
        }
        const QString error = slotError(*slotValue);
        if (!error.isEmpty())
            add(u"slot"_s, CheckStatus::Fail, error);
        else
            add(u"slot"_s, CheckStatus::Pass, m_slotDescription);
    }

    QString slotError(const JsonValue &slotValue)
    {
        if (!isTruthy(&slotValue))
            return u"slotAllocation must be an object when present"_s;
        const JsonObject &slot = objectOrEmpty(&slotValue);
        const JsonValue *version = slot.value(u"version");
        if (!version || !version->isString() || *version->asString() != u"occ/slot/1")
            return u"slotAllocation.version must be \"occ/slot/1\", got \"%1\""_s.arg(
                Js::toString(version));
        if (!isNonEmptyString(slot.value(u"nonceB64")))
            return u"slotAllocation.nonceB64 must be a non-empty string"_s;
        if (!isNonEmptyString(slot.value(u"counter")))
            return u"slotAllocation.counter must be a non-empty string"_s;
        // The reference requires `time`; enclaves after 2026-03-31 omit it (spec section 1).
        if (const JsonValue *t = slot.value(u"time")) {
            const auto d = t->asNumber();
            if (!d || !std::isfinite(*d) || *d < 0)
                return u"slotAllocation.time must be a non-negative finite number"_s;
        }
        if (!isNonEmptyString(slot.value(u"epochId")))
            return u"slotAllocation.epochId must be a non-empty string"_s;
        if (!isNonEmptyString(slot.value(u"publicKeyB64")))
            return u"slotAllocation.publicKeyB64 must be a non-empty string"_s;
        if (!isNonEmptyString(slot.value(u"signatureB64")))
            return u"slotAllocation.signatureB64 must be a non-empty string"_s;
        const QString slotCounter = str(slot.value(u"counter"));
        if (!Encoding::isCanonicalDecimal(slotCounter))
            return u"slotAllocation.counter \"%1\" is not a canonical decimal"_s.arg(slotCounter);
        if (const JsonValue *chainId = slot.value(u"chainId"); chainId && !chainId->isString())
            return u"slotAllocation.chainId must be a string when present"_s;

        const JsonValue bodyWithChain = ProofHashes::slotBody(slot, true);
        const auto sig = Encoding::fromBase64Strict(str(slot.value(u"signatureB64")));
        const auto key = Encoding::fromBase64Strict(str(slot.value(u"publicKeyB64")));
        if (!sig || !key)
            return u"slotAllocation contains invalid base64"_s;
        if (sig->size() != 64)
            return u"slotAllocation.signatureB64 decodes to %1 bytes; expected 64 (Ed25519)"_s.arg(
                sig->size());
        if (key->size() != 32)
            return u"slotAllocation.publicKeyB64 decodes to %1 bytes; expected 32 (Ed25519)"_s.arg(
                key->size());
        const QByteArray canonicalWithChain = Json::canonicalize(bodyWithChain);
        if (!Crypto::ed25519Verify(*sig, canonicalWithChain, *key))
            return u"slotAllocation signature verification failed"_s;

        const JsonObject &c = commit();
        if (!c.value(u"slotHashB64"))
            return u"commit.slotHashB64 must be present when slotAllocation is present"_s;
        const auto slotHash = Encoding::fromBase64Strict(str(c.value(u"slotHashB64")));
        if (!slotHash)
            return u"commit.slotHashB64 is not valid base64"_s;
        QString rule = u"slot hash over the slot body"_s;
        if (!Crypto::constantTimeEquals(*slotHash, Crypto::Sha256::hash(canonicalWithChain))) {
            // Variant C (2026-03-24 .. 03-31): the hash left chainId out though the signature
            // covered it.
            const bool hasChain = isNonEmptyString(slot.value(u"chainId"));
            if (!hasChain
                || !Crypto::constantTimeEquals(*slotHash,
                                               Crypto::Sha256::hash(Json::canonicalize(
                                                   ProofHashes::slotBody(slot, false))))) {
                return u"commit.slotHashB64 does not match SHA-256 of canonical slot body — slot "
                       u"binding broken"_s;
            }
            rule = u"slot hash over the slot body without chainId (March 2026 enclaves)"_s;
        }
        if (str(slot.value(u"nonceB64")) != str(c.value(u"nonceB64")))
            return u"slotAllocation.nonceB64 does not match commit.nonceB64"_s;
        if (!c.value(u"slotCounter"))
            return u"commit.slotCounter must be present when slotAllocation is present"_s;
        if (str(c.value(u"slotCounter")) != slotCounter)
            return u"commit.slotCounter does not match slotAllocation.counter"_s;
        if (!c.value(u"counter"))
            return u"commit.counter must be present for slot ordering verification"_s;
        const QString commitCounter = str(c.value(u"counter"));
        if (Encoding::compareDecimal(slotCounter, commitCounter) >= 0) {
            return u"slotAllocation.counter (%1) must be less than commit.counter (%2)"_s
                .arg(slotCounter, commitCounter);
        }
        if (str(slot.value(u"publicKeyB64")) != str(signer().value(u"publicKeyB64")))
            return u"slotAllocation.publicKeyB64 does not match signer.publicKeyB64 — different enclave"_s;
        if (c.value(u"epochId") && str(slot.value(u"epochId")) != str(c.value(u"epochId")))
            return u"slotAllocation.epochId does not match commit.epochId — different lifecycle"_s;
        // Stricter: the slot was allocated on the chain the commit claims.
        if (str(slot.value(u"chainId")) != str(c.value(u"chainId")))
            return u"slotAllocation.chainId does not match commit.chainId"_s;
        m_slotDescription = u"Slot %1 allocated before commit %2, signed by the same key (%3)"_s
                                .arg(slotCounter, commitCounter, rule);
        return {};
    }

    void checkEpochLink(bool signatureOk)
    {
        const JsonValue *linkValue = commit().value(u"epochLink");
        if (!linkValue)
            return;
        const QString error = epochLinkError(*linkValue, signatureOk);
        if (!error.isEmpty())
            add(u"epochLink"_s, CheckStatus::Fail, error);
        else
            add(u"epochLink"_s, CheckStatus::Pass, m_epochDescription);
    }

    QString epochLinkError(const JsonValue &linkValue, bool signatureOk)
    {
        const JsonObject &link = objectOrEmpty(&linkValue);
        for (const QString &m : {u"prevEpochId"_s,
                                 u"prevPublicKeyB64"_s,
                                 u"prevCounter"_s,
                                 u"prevProofHashB64"_s,
                                 u"toEpochId"_s,
                                 u"toPublicKeyB64"_s}) {
            if (!isNonEmptyString(link.value(m)))
                return u"epochLink.%1 must be a non-empty string"_s.arg(m);
        }
        const QString prevEpoch = str(link.value(u"prevEpochId"));
        const QString prevCounter = str(link.value(u"prevCounter"));
        const QString toEpoch = str(link.value(u"toEpochId"));
        if (!Encoding::isCanonicalDecimal(prevCounter))
            return u"epochLink.prevCounter \"%1\" is not a canonical decimal"_s.arg(prevCounter);
        const JsonObject &c = commit();
        if (c.value(u"epochId") && toEpoch != str(c.value(u"epochId"))) {
            return u"epochLink.toEpochId \"%1\" does not match proof commit.epochId \"%2\" — "
                   u"successor binding broken"_s.arg(toEpoch, str(c.value(u"epochId")));
        }
        if (str(link.value(u"toPublicKeyB64")) != str(signer().value(u"publicKeyB64")))
            return u"epochLink.toPublicKeyB64 does not match proof signer.publicKeyB64 — successor binding broken"_s;
        if (prevEpoch == toEpoch)
            return u"epochLink.prevEpochId equals toEpochId — epoch link must cross epoch boundary"_s;
        if (str(link.value(u"prevPublicKeyB64")) == str(link.value(u"toPublicKeyB64")))
            return u"epochLink.prevPublicKeyB64 equals toPublicKeyB64 — epochs must have different keys"_s;
        // Only a signed link may claim a predecessor: a forged one must not poison the registry.
        if (m_options.epochLinks && signatureOk) {
            const QString successorKey = Encoding::toBase64(Crypto::Sha256::hash(
                (prevEpoch + u'|' + prevCounter + u'|' + str(link.value(u"prevProofHashB64")))
                    .toUtf8()));
            if (const auto earlier = m_options.epochLinks->record(successorKey, toEpoch)) {
                return u"FORK DETECTED: predecessor (epoch=%1..., counter=%2) already consumed by "
                       u"epoch %3..., but this proof claims consumption by epoch %4... — "
                       u"single-successor invariant violated"_s.arg(prevEpoch.left(12),
                                                                    prevCounter,
                                                                    earlier->left(12),
                                                                    toEpoch.left(12));
            }
        }
        m_epochDescription = u"First proof of epoch %1… after epoch %2… (counter %3)"_s
                                 .arg(toEpoch.left(12), prevEpoch.left(12), prevCounter);
        return {};
    }

    // AWS Nitro attestation (issue: the reference never checks it). A report that cannot be
    // verified is a warning, not a failure, unless the trust profile requires attestation: the
    // proof's own signature is unaffected, but its measurement is then only the signer's claim.
    void checkAttestation(const JsonValue &att)
    {
        const QString format = str(att.member(u"format"));
        if (format != u"aws-nitro") {
            add(u"attestation"_s,
                CheckStatus::Skip,
                u"Attestation format \"%1\" is not supported here, so it was not checked; the "
                u"measurement is only the signer's own claim"_s.arg(format));
            return;
        }
        auto warn = [this](const QString &why) {
            m_attestationProblem = why;
            add(u"attestation"_s,
                CheckStatus::Warn,
                u"The AWS Nitro attestation cannot be verified: %1. The measurement is only the "
                u"signer's own claim."_s.arg(why));
        };
        const auto report = Encoding::fromBase64Strict(str(att.member(u"reportB64")));
        if (!report)
            return warn(u"environment.attestation.reportB64 is not valid base64"_s);
        QList<QByteArray> roots{Attestation::awsNitroRootG1Pem()};
        if (m_options.profile)
            roots += m_options.profile->attestationRoots;
        auto doc = Attestation::verifyNitro(*report, roots);
        if (!doc)
            return warn(doc.error().message);
        const QString measurement = str(environment().value(u"measurement"));
        if (doc->pcr0Hex() != measurement)
            return warn(
                u"its PCR0 %1… is not environment.measurement"_s.arg(doc->pcr0Hex().left(16)));
        // user_data binds the document to this proof: SHA-256 of the signed body without
        // attestationFormat (enclaves before 2026-03-31) or of exactly the signed bytes.
        auto body = ProofHashes::signedBody(m_proof, true);
        QString rule;
        if (body) {
            const QByteArray single = Crypto::Sha256::hash(Json::canonicalize(*body));
            body->asObject()->remove(u"attestationFormat");
            const QByteArray twoPass = Crypto::Sha256::hash(Json::canonicalize(*body));
            if (doc->userData == twoPass)
                rule = u"the signed body without attestationFormat (enclaves before 2026-03-31)"_s;
            else if (doc->userData == single)
                rule = u"exactly the signed bytes"_s;
        }
        if (rule.isEmpty())
            return warn(u"its user_data is not the hash of this proof's signed body, so it "
                        u"attests some other commit"_s);
        m_attestationVerified = true;
        QString message = u"AWS Nitro attestation verified: the document chains to %1 at its own "
                          u"time %2 (the AWS Nitro clock), module %3, PCR0 equals the measurement, "
                          u"and user_data binds this proof (hash of %4)"_s
                              .arg(doc->rootSubject,
                                   doc->timestamp.toString(Qt::ISODateWithMs),
                                   doc->moduleId,
                                   rule);
        if (doc->debugMode) {
            add(u"attestation"_s,
                CheckStatus::Warn,
                message
                    + u". But its PCRs are all zero: a debug-mode enclave, whose memory the "
                      u"host can read"_s);
            return;
        }
        add(u"attestation"_s, CheckStatus::Pass, message);
    }

    // Unsigned evidence attached to the proof: attestation and RFC 3161 timestamps.
    void checkEvidence()
    {
        if (const JsonValue *att = environment().value(u"attestation"))
            checkAttestation(*att);
        const JsonObject &ts = obj(u"timestamps");
        for (const QString &which : {u"artifact"_s, u"proof"_s}) {
            if (const JsonValue *t = ts.value(which))
                checkTimestamp(which, *t);
        }
    }

    // RFC 3161 tokens are unsigned additions to a proof: a broken one is a warning (its time
    // is no evidence); an intact one from a TSA the profile does not trust is only information.
    void checkTimestamp(const QString &which, const JsonValue &record)
    {
        const QString id = u"timestamp."_s + which;
        const auto token = Encoding::fromBase64Strict(str(record.member(u"tokenB64")));
        if (!token) {
            add(id,
                CheckStatus::Warn,
                u"The timestamp token is not valid base64; its time is not evidence"_s);
            return;
        }
        const QByteArray expected = which == u"artifact" ? m_digest
                                                         : ProofHashes::proofCoreDigest(m_proof);
        auto info = TimestampToken::verify(*token,
                                           expected,
                                           m_options.profile ? m_options.profile->tsaTrustAnchors
                                                             : QList<QByteArray>());
        if (!info) {
            add(id,
                CheckStatus::Warn,
                u"The RFC 3161 timestamp cannot be verified: %1. Its time is not evidence."_s.arg(
                    info.error().message));
            return;
        }
        const QString when = info->genTime.toString(Qt::ISODate);
        const QString what = which == u"artifact" ? u"the artifact digest"_s
                                                  : u"the proofCore digest"_s;
        QString note;
        const QString claimed = str(record.member(u"time"));
        if (!claimed.isEmpty() && !claimed.startsWith(when.chopped(1)))
            note = u" (the unsigned \"time\" member says %1: ignore it)"_s.arg(claimed);
        if (info->trusted) {
            add(id,
                CheckStatus::Pass,
                u"RFC 3161 timestamp: %1 saw %2 at %3 (third-party time, TSA trusted by the "
                u"profile)%4"_s.arg(info->tsaSubject, what, when, note));
        } else {
            add(id,
                CheckStatus::Info,
                u"Intact RFC 3161 timestamp of %1 at %2 by %3, but the TSA is not trusted (%4), "
                u"so the time is not evidence%5"_s
                    .arg(what, when, info->tsaSubject, info->untrustedWhy, note));
        }
    }

    void policyResult(const QString &option, const QString &failure, const QString &passMessage)
    {
        if (failure.isEmpty())
            add(u"policy."_s + option, CheckStatus::Pass, passMessage);
        else
            add(u"policy."_s + option, CheckStatus::Fail, failure);
    }

    void checkPolicy(const TrustProfile &p)
    {
        const JsonObject &c = commit();
        const QString enforcement = str(environment().value(u"enforcement"));
        const QString measurement = str(environment().value(u"measurement"));
        const QString publicKey = str(signer().value(u"publicKeyB64"));
        const JsonValue *attestation = environment().value(u"attestation");
        const JsonValue *agency = member(u"agency");

        if (p.requireEnforcement) {
            policyResult(u"requireEnforcement"_s,
                         enforcement == *p.requireEnforcement
                             ? QString()
                             : u"enforcement tier \"%1\" does not meet required tier \"%2\""_s
                                   .arg(enforcement, *p.requireEnforcement),
                         u"Enforcement tier is %1 (self-reported, signed)"_s.arg(enforcement));
        }
        if (!p.allowedMeasurements.isEmpty()) {
            m_measurementPinned = p.allowedMeasurements.contains(measurement);
            policyResult(u"allowedMeasurements"_s,
                         m_measurementPinned
                             ? QString()
                             : u"measurement \"%1\" is not in the allowed set"_s.arg(measurement),
                         u"Measurement is in the allowed set"_s);
        }
        if (!p.allowedPublicKeys.isEmpty()) {
            m_keyPinned = p.allowedPublicKeys.contains(publicKey);
            policyResult(u"allowedPublicKeys"_s,
                         m_keyPinned ? QString() : u"proof public key is not in the allowed set"_s,
                         u"Signer key %1 is in the allowed set"_s.arg(shortKey(publicKey)));
        }
        if (p.requireAttestation) {
            QString failure;
            if (!attestation)
                failure = u"policy requires attestation but proof has none"_s;
            else if (!m_attestationVerified)
                failure = u"policy requires a verified attestation, but %1"_s.arg(
                    m_attestationProblem.isEmpty() ? u"this one was not verified"_s
                                                   : m_attestationProblem);
            policyResult(u"requireAttestation"_s,
                         failure,
                         u"The attestation is present and verified"_s);
        }
        if (!p.requireAttestationFormat.isEmpty()) {
            QString failure;
            const QString format = attestation ? str(attestation->member(u"format")) : QString();
            if (!attestation)
                failure = u"policy requires attestation format but proof has no attestation"_s;
            else if (!p.requireAttestationFormat.contains(format))
                failure = u"attestation format \"%1\" is not in the required set"_s.arg(format);
            policyResult(u"requireAttestationFormat"_s,
                         failure,
                         u"Attestation format %1 is allowed"_s.arg(format));
        }
        const JsonValue *counterValue = c.value(u"counter");
        const QString counter = str(counterValue);
        if (p.minCounter) {
            QString failure;
            if (!counterValue)
                failure = u"policy requires a counter but proof has none"_s;
            else if (Encoding::compareDecimal(counter, *p.minCounter) < 0)
                failure = u"counter %1 is below minimum %2"_s.arg(counter, *p.minCounter);
            policyResult(u"minCounter"_s,
                         failure,
                         u"Counter %1 is at least %2"_s.arg(counter, *p.minCounter));
        }
        if (p.maxCounter) {
            QString failure;
            if (!counterValue)
                failure = u"policy requires a counter but proof has none"_s;
            else if (Encoding::compareDecimal(counter, *p.maxCounter) > 0)
                failure = u"counter %1 is above maximum %2"_s.arg(counter, *p.maxCounter);
            policyResult(u"maxCounter"_s,
                         failure,
                         u"Counter %1 is at most %2"_s.arg(counter, *p.maxCounter));
        }
        const JsonValue *timeValue = c.value(u"time");
        const QString timeText = Js::toString(timeValue);
        auto num = [](double d) { return QString::fromLatin1(Json::jsNumberToString(d)); };
        if (p.minTime) {
            QString failure;
            if (!timeValue)
                failure = u"policy requires a time field but proof has none"_s;
            else if (*timeValue->asNumber() < *p.minTime)
                failure = u"commit time %1 is before minimum %2"_s.arg(timeText, num(*p.minTime));
            policyResult(u"minTime"_s,
                         failure,
                         u"Commit time %1 (the signer's own clock) is not before %2"_s
                             .arg(timeText, num(*p.minTime)));
        }
        if (p.maxTime) {
            QString failure;
            if (!timeValue)
                failure = u"policy requires a time field but proof has none"_s;
            else if (*timeValue->asNumber() > *p.maxTime)
                failure = u"commit time %1 is after maximum %2"_s.arg(timeText, num(*p.maxTime));
            policyResult(u"maxTime"_s,
                         failure,
                         u"Commit time %1 (the signer's own clock) is not after %2"_s
                             .arg(timeText, num(*p.maxTime)));
        }
        if (p.requireEpochId) {
            policyResult(u"requireEpochId"_s,
                         isNonEmptyString(c.value(u"epochId"))
                             ? QString()
                             : u"policy requires epochId but proof has none"_s,
                         u"Epoch %1"_s.arg(str(c.value(u"epochId"))));
        }
        if (p.requireActor) {
            policyResult(u"requireActor"_s,
                         agency ? QString() : u"policy requires actor (agency) but proof has none"_s,
                         u"An actor authorized the commit"_s);
        }
        const JsonValue *actor = agency ? agency->member(u"actor") : nullptr;
        if (!p.allowedActorKeyIds.isEmpty()) {
            QString failure;
            if (!agency)
                failure = u"policy requires allowed actor key ID but proof has no agency"_s;
            else if (!actor || !p.allowedActorKeyIds.contains(str(actor->member(u"keyId"))))
                failure = u"actor key ID is not in the allowed set"_s;
            policyResult(u"allowedActorKeyIds"_s, failure, u"Actor key is in the allowed set"_s);
        }
        if (!p.allowedActorProviders.isEmpty()) {
            QString failure;
            const QString provider = actor ? str(actor->member(u"provider")) : QString();
            if (!agency)
                failure = u"policy requires allowed actor provider but proof has no agency"_s;
            else if (!p.allowedActorProviders.contains(provider))
                failure = u"actor provider \"%1\" is not in the allowed set"_s.arg(provider);
            policyResult(u"allowedActorProviders"_s,
                         failure,
                         u"Actor provider %1 is allowed"_s.arg(provider));
        }
        if (p.requireSlot) {
            policyResult(u"requireSlot"_s,
                         member(u"slotAllocation")
                             ? QString()
                             : u"policy requires slotAllocation (OCC causal slot) but proof has none"_s,
                         u"A causal slot allocation is present"_s);
        }
        if (!p.allowedRpIds.isEmpty()) {
            QString failure;
            QString matched;
            if (m_rpIdHash.isEmpty()) {
                failure
                    = u"policy requires a verified WebAuthn actor (allowedRpIds) but proof has none"_s;
            } else {
                for (const QString &rpId : p.allowedRpIds) {
                    if (Crypto::Sha256::hash(rpId.toUtf8()) == m_rpIdHash)
                        matched = rpId;
                }
                if (matched.isEmpty())
                    failure
                        = u"the passkey's relying party (rpIdHash) is none of the allowed rpIds"_s;
            }
            policyResult(u"allowedRpIds"_s,
                         failure,
                         u"The passkey belongs to relying party %1"_s.arg(matched));
        }
    }

    VerificationReport finish()
    {
        bool failed = false;
        for (const Check &c : std::as_const(m_report.checks))
            failed = failed || c.status == CheckStatus::Fail;
        if (failed) {
            m_report.verdict = Verdict::Invalid;
            return m_report;
        }
        const TrustProfile *p = m_options.profile;
        if (!p) {
            add(u"trust"_s,
                CheckStatus::Info,
                u"No trust profile: nothing pins who signed this proof. It shows that the holder "
                u"of the key in the proof signed it, and anyone can make such a key."_s);
            m_report.verdict = Verdict::Valid;
        } else if (m_keyPinned) {
            add(u"trust"_s,
                CheckStatus::Pass,
                u"The signer's key is pinned by the trust profile%1"_s.arg(
                    p->name.isEmpty() ? QString() : u" \"%1\""_s.arg(p->name)));
            m_report.verdict = Verdict::Trusted;
        } else if (m_measurementPinned && m_attestationVerified) {
            add(u"trust"_s,
                CheckStatus::Pass,
                u"The enclave measurement is pinned by the trust profile%1 and confirmed by a "
                u"verified AWS Nitro attestation"_s.arg(
                    p->name.isEmpty() ? QString() : u" \"%1\""_s.arg(p->name)));
            m_report.verdict = Verdict::Trusted;
        } else if (m_measurementPinned) {
            add(u"trust"_s,
                CheckStatus::Warn,
                u"The measurement matches the trust profile, but no verified attestation backs it, "
                u"so it is only the signer's own claim. Pin a public key, or verify the "
                u"attestation, to trust this signer."_s);
            m_report.verdict = Verdict::Valid;
        } else {
            add(u"trust"_s,
                CheckStatus::Warn,
                u"The trust profile's constraints hold, but it pins no signer (no "
                u"allowedPublicKeys "
                u"or allowedMeasurements)"_s);
            m_report.verdict = Verdict::Valid;
        }
        return m_report;
    }

    const JsonValue &m_proof;
    const VerifyOptions &m_options;
    const JsonObject &m_root;
    VerificationReport m_report;
    QByteArray m_digest;
    QByteArray m_rpIdHash;
    QString m_slotDescription;
    QString m_epochDescription;
    bool m_keyPinned = false;
    bool m_measurementPinned = false;
    bool m_attestationVerified = false;
    QString m_attestationProblem;
};

} // namespace

VerificationReport ProofVerifier::verify(const JsonValue &proof, const VerifyOptions &options)
{
    return Run(proof, options).run();
}

VerificationReport ProofVerifier::verifyText(QByteArrayView proofJson, const VerifyOptions &options)
{
    auto proof = Proof::fromJson(proofJson);
    if (!proof) {
        VerificationReport report;
        report.proofOnly = !options.artifactDigest.has_value();
        report.checks.append(Check{u"json"_s, CheckStatus::Fail, proof.error().message});
        for (const QString &id : {u"structure"_s, u"digest"_s, u"signature"_s}) {
            report.checks.append(
                Check{id, CheckStatus::Skip, u"Not checked: the proof is not usable JSON"_s});
        }
        return report;
    }
    VerificationReport report = verify(proof->value(), options);
    report.checks.prepend(
        Check{u"json"_s, CheckStatus::Pass, u"Valid UTF-8 JSON with no ambiguous members"_s});
    return report;
}

} // namespace Occ
