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

#include <QCoreApplication>
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
        return proofOnly ? QCoreApplication::translate(
                   "Occ::ProofVerifier",
                   "the proof is intact (proof only: no file was checked against it), "
                   "but nothing pins who signed it")
                         : QCoreApplication::translate(
                             "Occ::ProofVerifier",
                             "the file matches and the proof is intact, but nothing pins who "
                             "signed it");
    case Verdict::Trusted:
        return proofOnly ? QCoreApplication::translate(
                   "Occ::ProofVerifier",
                   "the proof is intact and the trust profile pins its signer (proof "
                   "only: no file was checked against it)")
                         : QCoreApplication::translate(
                             "Occ::ProofVerifier",
                             "the file matches, the proof is intact, and the trust profile pins "
                             "its signer");
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
    bool ed25519Verify(const QByteArray &sig, const QByteArray &message, const QByteArray &key) const
    {
        if (m_options.selfSigned && key == m_options.selfSignedKey) {
            const auto known = m_options.selfSigned->constFind(sig);
            if (known != m_options.selfSigned->cend() && *known == message)
                return true;
        }
        return Crypto::ed25519Verify(sig, message, key);
    }

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
                add(id,
                    CheckStatus::Skip,
                    QCoreApplication::translate("Occ::ProofVerifier",
                                                "Not checked: the proof's structure is invalid"));
            }
            return finish();
        }
        add(u"structure"_s,
            CheckStatus::Pass,
            QCoreApplication::translate("Occ::ProofVerifier", "Well-formed occ/1 proof"));
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
            return QCoreApplication::translate("Occ::ProofVerifier", "proof must be an object");
        const JsonValue *version = member(u"version");
        if (str(version) != u"occ/1" || !version->isString())
            return QCoreApplication::translate("Occ::ProofVerifier", "unsupported proof version: ")
                   + Js::toString(version);
        if (!member(u"artifact") || !member(u"artifact")->isObject())
            return QCoreApplication::translate("Occ::ProofVerifier",
                                               "proof.artifact is missing or not an object");
        const JsonObject &artifact = obj(u"artifact");
        const JsonValue *hashAlg = artifact.value(u"hashAlg");
        if (!hashAlg || !hashAlg->isString() || *hashAlg->asString() != u"sha256")
            return QCoreApplication::translate("Occ::ProofVerifier", "unsupported hashAlg: ")
                   + Js::toString(hashAlg);
        if (!isNonEmptyString(artifact.value(u"digestB64")))
            return QCoreApplication::translate(
                "Occ::ProofVerifier", "proof.artifact.digestB64 must be a non-empty string");
        if (!member(u"commit") || !member(u"commit")->isObject())
            return QCoreApplication::translate("Occ::ProofVerifier",
                                               "proof.commit is missing or not an object");
        const JsonObject &c = commit();
        if (!isNonEmptyString(c.value(u"nonceB64")))
            return QCoreApplication::translate("Occ::ProofVerifier",
                                               "proof.commit.nonceB64 must be a non-empty string");
        if (c.value(u"counter") && !c.value(u"counter")->isString())
            return QCoreApplication::translate(
                "Occ::ProofVerifier", "proof.commit.counter must be a string when present");
        if (const JsonValue *t = c.value(u"time")) {
            const auto d = t->asNumber();
            if (!d || !std::isfinite(*d) || *d < 0)
                return QCoreApplication::translate(
                    "Occ::ProofVerifier",
                    "proof.commit.time must be a non-negative finite number when present");
        }
        if (c.value(u"prevB64") && !c.value(u"prevB64")->isString())
            return QCoreApplication::translate(
                "Occ::ProofVerifier", "proof.commit.prevB64 must be a string when present");
        if (c.value(u"epochId") && !c.value(u"epochId")->isString())
            return QCoreApplication::translate(
                "Occ::ProofVerifier", "proof.commit.epochId must be a string when present");
        if (!member(u"signer") || !member(u"signer")->isObject())
            return QCoreApplication::translate("Occ::ProofVerifier",
                                               "proof.signer is missing or not an object");
        if (!isNonEmptyString(signer().value(u"publicKeyB64")))
            return QCoreApplication::translate(
                "Occ::ProofVerifier", "proof.signer.publicKeyB64 must be a non-empty string");
        if (!isNonEmptyString(signer().value(u"signatureB64")))
            return QCoreApplication::translate(
                "Occ::ProofVerifier", "proof.signer.signatureB64 must be a non-empty string");
        if (!member(u"environment") || !member(u"environment")->isObject())
            return QCoreApplication::translate("Occ::ProofVerifier",
                                               "proof.environment is missing or not an object");
        const QString enforcement = str(environment().value(u"enforcement"));
        if (enforcement != u"stub" && enforcement != u"hw-key" && enforcement != u"measured-tee")
            return QCoreApplication::translate(
                "Occ::ProofVerifier",
                "proof.environment.enforcement must be one of: stub, hw-key, measured-tee");
        if (!isNonEmptyString(environment().value(u"measurement")))
            return QCoreApplication::translate(
                "Occ::ProofVerifier", "proof.environment.measurement must be a non-empty string");
        if (const JsonValue *att = environment().value(u"attestation")) {
            if (!att->isObject())
                return QCoreApplication::translate(
                    "Occ::ProofVerifier",
                    "proof.environment.attestation must be an object when present");
            if (!isNonEmptyString(att->member(u"format")))
                return QCoreApplication::translate(
                    "Occ::ProofVerifier",
                    "proof.environment.attestation.format must be a non-empty string");
            if (!isNonEmptyString(att->member(u"reportB64")))
                return QCoreApplication::translate(
                    "Occ::ProofVerifier",
                    "proof.environment.attestation.reportB64 must be a non-empty string");
        }

        // Stricter than the reference (spec section 2).
        if (const QString *counter = c.value(u"counter") ? c.value(u"counter")->asString() : nullptr;
            counter && !Encoding::isCanonicalDecimal(*counter)) {
            return QCoreApplication::translate("Occ::ProofVerifier",
                                               "proof.commit.counter \"%1\" is not a canonical "
                                               "decimal (digits only, no sign, "
                                               "no leading zeros)")
                .arg(*counter);
        }
        const auto nonce = Encoding::fromBase64Strict(str(c.value(u"nonceB64")));
        if (!nonce || nonce->size() < 16)
            return QCoreApplication::translate(
                "Occ::ProofVerifier",
                "proof.commit.nonceB64 must be canonical base64 of at least 16 bytes");
        if (c.value(u"prevB64")) {
            const auto prev = Encoding::fromBase64Strict(str(c.value(u"prevB64")));
            if (!prev || prev->size() != 32)
                return QCoreApplication::translate(
                    "Occ::ProofVerifier",
                    "proof.commit.prevB64 must be canonical base64 of 32 bytes (SHA-256)");
        }
        if (const JsonValue *slotCounter = c.value(u"slotCounter")) {
            if (!slotCounter->isString() || !Encoding::isCanonicalDecimal(*slotCounter->asString()))
                return QCoreApplication::translate(
                    "Occ::ProofVerifier",
                    "proof.commit.slotCounter must be a canonical decimal string");
        }
        if (const JsonValue *slotHash = c.value(u"slotHashB64")) {
            const auto bytes = Encoding::fromBase64Strict(str(slotHash));
            if (!slotHash->isString() || !bytes)
                return QCoreApplication::translate("Occ::ProofVerifier",
                                                   "commit.slotHashB64 is not valid base64");
            if (bytes->size() != 32)
                return QCoreApplication::translate(
                    "Occ::ProofVerifier", "commit.slotHashB64 must decode to 32 bytes (SHA-256)");
        }
        if (c.value(u"chainId") && !isNonEmptyString(c.value(u"chainId")))
            return QCoreApplication::translate(
                "Occ::ProofVerifier",
                "proof.commit.chainId must be a non-empty string when present");
        const auto digest = Encoding::fromBase64Strict(str(artifact.value(u"digestB64")));
        if (!digest)
            return QCoreApplication::translate("Occ::ProofVerifier",
                                               "artifact.digestB64 is not valid base64");
        if (digest->size() != 32) {
            return QCoreApplication::translate(
                       "Occ::ProofVerifier",
                       "artifact.digestB64 decodes to %1 bytes; expected 32 (SHA-256)")
                .arg(digest->size());
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
                QCoreApplication::translate("Occ::ProofVerifier",
                                            "Proof only: no file was given, so nothing shows which "
                                            "bytes this proof is for"));
            return;
        }
        if (!Crypto::constantTimeEquals(*m_options.artifactDigest, m_digest)) {
            add(u"digest"_s,
                CheckStatus::Fail,
                QCoreApplication::translate("Occ::ProofVerifier",
                                            "artifact digest mismatch: the provided bytes do not "
                                            "match the committed digest"));
            return;
        }
        add(u"digest"_s,
            CheckStatus::Pass,
            QCoreApplication::translate("Occ::ProofVerifier",
                                        "The file's SHA-256 equals artifact.digestB64 (%1)")
                .arg(Encoding::toBase64(m_digest)));
    }

    bool checkSignature()
    {
        const QString keyB64 = str(signer().value(u"publicKeyB64"));
        const auto key = Encoding::fromBase64Strict(keyB64);
        if (!key)
            return fail(u"signature"_s,
                        QCoreApplication::translate("Occ::ProofVerifier",
                                                    "signer.publicKeyB64 is not valid base64"));
        if (key->size() != 32) {
            return fail(u"signature"_s,
                        QCoreApplication::translate(
                            "Occ::ProofVerifier",
                            "signer.publicKeyB64 decodes to %1 bytes; expected 32 (Ed25519)")
                            .arg(key->size()));
        }
        const auto body = ProofHashes::signedBodyCanonical(m_proof, true);
        if (!body)
            return fail(
                u"signature"_s,
                QCoreApplication::translate("Occ::ProofVerifier",
                                            "the signed body cannot be built from this proof"));
        const auto sig = Encoding::fromBase64Strict(str(signer().value(u"signatureB64")));
        if (!sig)
            return fail(u"signature"_s,
                        QCoreApplication::translate("Occ::ProofVerifier",
                                                    "signer.signatureB64 is not valid base64"));
        if (sig->size() != 64) {
            return fail(u"signature"_s,
                        QCoreApplication::translate(
                            "Occ::ProofVerifier",
                            "signer.signatureB64 decodes to %1 bytes; expected 64 (Ed25519)")
                            .arg(sig->size()));
        }
        if (!ed25519Verify(*sig, *body, *key))
            return fail(u"signature"_s,
                        QCoreApplication::translate(
                            "Occ::ProofVerifier",
                            "signature verification failed: signature does not match"));
        QString covered;
        if (m_root.contains(u"principal"))
            covered = QCoreApplication::translate("Occ::ProofVerifier",
                                                  " (the signed body includes principal)");
        add(u"signature"_s,
            CheckStatus::Pass,
            QCoreApplication::translate("Occ::ProofVerifier",
                                        "Ed25519 signature by key %1 covers the signed body%2")
                .arg(shortKey(keyB64), covered));
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
                QCoreApplication::translate(
                    "Occ::ProofVerifier",
                    "No actor: no passkey or device key authorized this commit"));
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
                    QCoreApplication::translate(
                        "Occ::ProofVerifier",
                        "commit.slotHashB64 names a causal slot, but the slotAllocation record is "
                        "missing, so the slot cannot be checked"));
            } else {
                add(u"slot"_s,
                    CheckStatus::Info,
                    QCoreApplication::translate("Occ::ProofVerifier", "No causal slot allocation"));
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
            return QCoreApplication::translate("Occ::ProofVerifier",
                                               "slotAllocation must be an object when present");
        const JsonObject &slot = objectOrEmpty(&slotValue);
        const JsonValue *version = slot.value(u"version");
        if (!version || !version->isString() || *version->asString() != u"occ/slot/1")
            return QCoreApplication::translate(
                       "Occ::ProofVerifier",
                       "slotAllocation.version must be \"occ/slot/1\", got \"%1\"")
                .arg(Js::toString(version));
        if (!isNonEmptyString(slot.value(u"nonceB64")))
            return QCoreApplication::translate(
                "Occ::ProofVerifier", "slotAllocation.nonceB64 must be a non-empty string");
        if (!isNonEmptyString(slot.value(u"counter")))
            return QCoreApplication::translate("Occ::ProofVerifier",
                                               "slotAllocation.counter must be a non-empty string");
        // The reference requires `time`; enclaves after 2026-03-31 omit it (spec section 1).
        if (const JsonValue *t = slot.value(u"time")) {
            const auto d = t->asNumber();
            if (!d || !std::isfinite(*d) || *d < 0)
                return QCoreApplication::translate(
                    "Occ::ProofVerifier",
                    "slotAllocation.time must be a non-negative finite number");
        }
        if (!isNonEmptyString(slot.value(u"epochId")))
            return QCoreApplication::translate("Occ::ProofVerifier",
                                               "slotAllocation.epochId must be a non-empty string");
        if (!isNonEmptyString(slot.value(u"publicKeyB64")))
            return QCoreApplication::translate(
                "Occ::ProofVerifier", "slotAllocation.publicKeyB64 must be a non-empty string");
        if (!isNonEmptyString(slot.value(u"signatureB64")))
            return QCoreApplication::translate(
                "Occ::ProofVerifier", "slotAllocation.signatureB64 must be a non-empty string");
        const QString slotCounter = str(slot.value(u"counter"));
        if (!Encoding::isCanonicalDecimal(slotCounter))
            return QCoreApplication::translate(
                       "Occ::ProofVerifier",
                       "slotAllocation.counter \"%1\" is not a canonical decimal")
                .arg(slotCounter);
        if (const JsonValue *chainId = slot.value(u"chainId"); chainId && !chainId->isString())
            return QCoreApplication::translate(
                "Occ::ProofVerifier", "slotAllocation.chainId must be a string when present");

        const auto sig = Encoding::fromBase64Strict(str(slot.value(u"signatureB64")));
        const auto key = Encoding::fromBase64Strict(str(slot.value(u"publicKeyB64")));
        if (!sig || !key)
            return QCoreApplication::translate("Occ::ProofVerifier",
                                               "slotAllocation contains invalid base64");
        if (sig->size() != 64)
            return QCoreApplication::translate(
                       "Occ::ProofVerifier",
                       "slotAllocation.signatureB64 decodes to %1 bytes; expected 64 (Ed25519)")
                .arg(sig->size());
        if (key->size() != 32)
            return QCoreApplication::translate(
                       "Occ::ProofVerifier",
                       "slotAllocation.publicKeyB64 decodes to %1 bytes; expected 32 (Ed25519)")
                .arg(key->size());
        const QByteArray canonicalWithChain = ProofHashes::slotBodyCanonical(slot, true);
        if (!ed25519Verify(*sig, canonicalWithChain, *key))
            return QCoreApplication::translate("Occ::ProofVerifier",
                                               "slotAllocation signature verification failed");

        const JsonObject &c = commit();
        if (!c.value(u"slotHashB64"))
            return QCoreApplication::translate(
                "Occ::ProofVerifier",
                "commit.slotHashB64 must be present when slotAllocation is present");
        const auto slotHash = Encoding::fromBase64Strict(str(c.value(u"slotHashB64")));
        if (!slotHash)
            return QCoreApplication::translate("Occ::ProofVerifier",
                                               "commit.slotHashB64 is not valid base64");
        QString rule = QCoreApplication::translate("Occ::ProofVerifier",
                                                   "slot hash over the slot body");
        if (!Crypto::constantTimeEquals(*slotHash, Crypto::Sha256::hash(canonicalWithChain))) {
            // Variant C (2026-03-24 .. 03-31): the hash left chainId out though the signature
            // covered it.
            const bool hasChain = isNonEmptyString(slot.value(u"chainId"));
            if (!hasChain
                || !Crypto::constantTimeEquals(*slotHash,
                                               Crypto::Sha256::hash(
                                                   ProofHashes::slotBodyCanonical(slot, false)))) {
                return QCoreApplication::translate(
                    "Occ::ProofVerifier",
                    "commit.slotHashB64 does not match SHA-256 of canonical slot body — slot "
                    "binding broken");
            }
            rule = QCoreApplication::translate(
                "Occ::ProofVerifier",
                "slot hash over the slot body without chainId (March 2026 enclaves)");
        }
        if (str(slot.value(u"nonceB64")) != str(c.value(u"nonceB64")))
            return QCoreApplication::translate(
                "Occ::ProofVerifier", "slotAllocation.nonceB64 does not match commit.nonceB64");
        if (!c.value(u"slotCounter"))
            return QCoreApplication::translate(
                "Occ::ProofVerifier",
                "commit.slotCounter must be present when slotAllocation is present");
        if (str(c.value(u"slotCounter")) != slotCounter)
            return QCoreApplication::translate(
                "Occ::ProofVerifier", "commit.slotCounter does not match slotAllocation.counter");
        if (!c.value(u"counter"))
            return QCoreApplication::translate(
                "Occ::ProofVerifier",
                "commit.counter must be present for slot ordering verification");
        const QString commitCounter = str(c.value(u"counter"));
        if (Encoding::compareDecimal(slotCounter, commitCounter) >= 0) {
            return QCoreApplication::translate(
                       "Occ::ProofVerifier",
                       "slotAllocation.counter (%1) must be less than commit.counter (%2)")
                .arg(slotCounter, commitCounter);
        }
        if (str(slot.value(u"publicKeyB64")) != str(signer().value(u"publicKeyB64")))
            return QCoreApplication::translate("Occ::ProofVerifier",
                                               "slotAllocation.publicKeyB64 does not match "
                                               "signer.publicKeyB64 — different enclave");
        if (c.value(u"epochId") && str(slot.value(u"epochId")) != str(c.value(u"epochId")))
            return QCoreApplication::translate(
                "Occ::ProofVerifier",
                "slotAllocation.epochId does not match commit.epochId — different lifecycle");
        // Stricter: the slot was allocated on the chain the commit claims.
        if (str(slot.value(u"chainId")) != str(c.value(u"chainId")))
            return QCoreApplication::translate(
                "Occ::ProofVerifier", "slotAllocation.chainId does not match commit.chainId");
        m_slotDescription = QCoreApplication::translate(
                                "Occ::ProofVerifier",
                                "Slot %1 allocated before commit %2, signed by the same key (%3)")
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
                return QCoreApplication::translate("Occ::ProofVerifier",
                                                   "epochLink.%1 must be a non-empty string")
                    .arg(m);
        }
        const QString prevEpoch = str(link.value(u"prevEpochId"));
        const QString prevCounter = str(link.value(u"prevCounter"));
        const QString toEpoch = str(link.value(u"toEpochId"));
        if (!Encoding::isCanonicalDecimal(prevCounter))
            return QCoreApplication::translate(
                       "Occ::ProofVerifier",
                       "epochLink.prevCounter \"%1\" is not a canonical decimal")
                .arg(prevCounter);
        const JsonObject &c = commit();
        if (c.value(u"epochId") && toEpoch != str(c.value(u"epochId"))) {
            return QCoreApplication::translate(
                       "Occ::ProofVerifier",
                       "epochLink.toEpochId \"%1\" does not match proof commit.epochId \"%2\" — "
                       "successor binding broken")
                .arg(toEpoch, str(c.value(u"epochId")));
        }
        if (str(link.value(u"toPublicKeyB64")) != str(signer().value(u"publicKeyB64")))
            return QCoreApplication::translate("Occ::ProofVerifier",
                                               "epochLink.toPublicKeyB64 does not match proof "
                                               "signer.publicKeyB64 — successor binding broken");
        if (prevEpoch == toEpoch)
            return QCoreApplication::translate(
                "Occ::ProofVerifier",
                "epochLink.prevEpochId equals toEpochId — epoch link must cross epoch boundary");
        if (str(link.value(u"prevPublicKeyB64")) == str(link.value(u"toPublicKeyB64")))
            return QCoreApplication::translate("Occ::ProofVerifier",
                                               "epochLink.prevPublicKeyB64 equals toPublicKeyB64 — "
                                               "epochs must have different keys");
        // Only a signed link may claim a predecessor: a forged one must not poison the registry.
        if (m_options.epochLinks && signatureOk) {
            const QString successorKey = Encoding::toBase64(Crypto::Sha256::hash(
                (prevEpoch + u'|' + prevCounter + u'|' + str(link.value(u"prevProofHashB64")))
                    .toUtf8()));
            if (const auto earlier = m_options.epochLinks->record(successorKey, toEpoch)) {
                return QCoreApplication::translate(
                           "Occ::ProofVerifier",
                           "FORK DETECTED: predecessor (epoch=%1..., counter=%2) already consumed "
                           "by "
                           "epoch %3..., but this proof claims consumption by epoch %4... — "
                           "single-successor invariant violated")
                    .arg(prevEpoch.left(12), prevCounter, earlier->left(12), toEpoch.left(12));
            }
        }
        m_epochDescription
            = QCoreApplication::translate("Occ::ProofVerifier",
                                          "First proof of epoch %1… after epoch %2… (counter %3)")
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
                QCoreApplication::translate(
                    "Occ::ProofVerifier",
                    "Attestation format \"%1\" is not supported here, so it was not checked; the "
                    "measurement is only the signer's own claim")
                    .arg(format));
            return;
        }
        auto warn = [this](const QString &why) {
            m_attestationProblem = why;
            add(u"attestation"_s,
                CheckStatus::Warn,
                QCoreApplication::translate(
                    "Occ::ProofVerifier",
                    "The AWS Nitro attestation cannot be verified: %1. The measurement is only the "
                    "signer's own claim.")
                    .arg(why));
        };
        const auto report = Encoding::fromBase64Strict(str(att.member(u"reportB64")));
        if (!report)
            return warn(QCoreApplication::translate(
                "Occ::ProofVerifier", "environment.attestation.reportB64 is not valid base64"));
        QList<QByteArray> roots{Attestation::awsNitroRootG1Pem()};
        if (m_options.profile)
            roots += m_options.profile->attestationRoots;
        auto doc = Attestation::verifyNitro(*report, roots);
        if (!doc)
            return warn(doc.error().message);
        const QString measurement = str(environment().value(u"measurement"));
        if (doc->pcr0Hex() != measurement)
            return warn(QCoreApplication::translate("Occ::ProofVerifier",
                                                    "its PCR0 %1… is not environment.measurement")
                            .arg(doc->pcr0Hex().left(16)));
        // user_data binds the document to this proof: SHA-256 of the signed body without
        // attestationFormat (enclaves before 2026-03-31) or of exactly the signed bytes.
        auto body = ProofHashes::signedBody(m_proof, true);
        QString rule;
        if (body) {
            const QByteArray single = Crypto::Sha256::hash(Json::canonicalize(*body));
            body->asObject()->remove(u"attestationFormat");
            const QByteArray twoPass = Crypto::Sha256::hash(Json::canonicalize(*body));
            if (doc->userData == twoPass)
                rule = QCoreApplication::translate(
                    "Occ::ProofVerifier",
                    "the signed body without attestationFormat (enclaves before 2026-03-31)");
            else if (doc->userData == single)
                rule = QCoreApplication::translate("Occ::ProofVerifier", "exactly the signed bytes");
        }
        if (rule.isEmpty())
            return warn(QCoreApplication::translate(
                "Occ::ProofVerifier",
                "its user_data is not the hash of this proof's signed body, so it "
                "attests some other commit"));
        m_attestationVerified = true;
        QString message
            = QCoreApplication::translate(
                  "Occ::ProofVerifier",
                  "AWS Nitro attestation verified: the document chains to %1 at its own "
                  "time %2 (the AWS Nitro clock), module %3, PCR0 equals the measurement, "
                  "and user_data binds this proof (hash of %4)")
                  .arg(doc->rootSubject,
                       doc->timestamp.toString(Qt::ISODateWithMs),
                       doc->moduleId,
                       rule);
        if (doc->debugMode) {
            add(u"attestation"_s,
                CheckStatus::Warn,
                message
                    + QCoreApplication::translate(
                        "Occ::ProofVerifier",
                        ". But its PCRs are all zero: a debug-mode enclave, whose memory the "
                        "host can read"));
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
                QCoreApplication::translate(
                    "Occ::ProofVerifier",
                    "The timestamp token is not valid base64; its time is not evidence"));
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
                QCoreApplication::translate(
                    "Occ::ProofVerifier",
                    "The RFC 3161 timestamp cannot be verified: %1. Its time is not evidence.")
                    .arg(info.error().message));
            return;
        }
        const QString when = info->genTime.toString(Qt::ISODate);
        const QString what = which == u"artifact"
                                 ? QCoreApplication::translate("Occ::ProofVerifier",
                                                               "the artifact digest")
                                 : QCoreApplication::translate("Occ::ProofVerifier",
                                                               "the proofCore digest");
        QString note;
        const QString claimed = str(record.member(u"time"));
        if (!claimed.isEmpty() && !claimed.startsWith(when.chopped(1)))
            note = QCoreApplication::translate("Occ::ProofVerifier",
                                               " (the unsigned \"time\" member says %1: ignore it)")
                       .arg(claimed);
        if (info->trusted) {
            add(id,
                CheckStatus::Pass,
                QCoreApplication::translate(
                    "Occ::ProofVerifier",
                    "RFC 3161 timestamp: %1 saw %2 at %3 (third-party time, TSA trusted by the "
                    "profile)%4")
                    .arg(info->tsaSubject, what, when, note));
        } else {
            add(id,
                CheckStatus::Info,
                QCoreApplication::translate(
                    "Occ::ProofVerifier",
                    "Intact RFC 3161 timestamp of %1 at %2 by %3, but the TSA is not trusted (%4), "
                    "so the time is not evidence%5")
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
                             : QCoreApplication::translate(
                                   "Occ::ProofVerifier",
                                   "enforcement tier \"%1\" does not meet required tier \"%2\"")
                                   .arg(enforcement, *p.requireEnforcement),
                         QCoreApplication::translate(
                             "Occ::ProofVerifier", "Enforcement tier is %1 (self-reported, signed)")
                             .arg(enforcement));
        }
        if (!p.allowedMeasurements.isEmpty()) {
            m_measurementPinned = p.allowedMeasurements.contains(measurement);
            policyResult(u"allowedMeasurements"_s,
                         m_measurementPinned ? QString()
                                             : QCoreApplication::translate(
                                                   "Occ::ProofVerifier",
                                                   "measurement \"%1\" is not in the allowed set")
                                                   .arg(measurement),
                         QCoreApplication::translate("Occ::ProofVerifier",
                                                     "Measurement is in the allowed set"));
        }
        if (!p.allowedPublicKeys.isEmpty()) {
            m_keyPinned = p.allowedPublicKeys.contains(publicKey);
            policyResult(u"allowedPublicKeys"_s,
                         m_keyPinned ? QString()
                                     : QCoreApplication::translate(
                                         "Occ::ProofVerifier",
                                         "proof public key is not in the allowed set"),
                         QCoreApplication::translate("Occ::ProofVerifier",
                                                     "Signer key %1 is in the allowed set")
                             .arg(shortKey(publicKey)));
        }
        if (p.requireAttestation) {
            QString failure;
            if (!attestation)
                failure
                    = QCoreApplication::translate("Occ::ProofVerifier",
                                                  "policy requires attestation but proof has none");
            else if (!m_attestationVerified)
                failure
                    = QCoreApplication::translate("Occ::ProofVerifier",
                                                  "policy requires a verified attestation, but %1")
                          .arg(m_attestationProblem.isEmpty()
                                   ? QCoreApplication::translate("Occ::ProofVerifier",
                                                                 "this one was not verified")
                                   : m_attestationProblem);
            policyResult(u"requireAttestation"_s,
                         failure,
                         QCoreApplication::translate("Occ::ProofVerifier",
                                                     "The attestation is present and verified"));
        }
        if (!p.requireAttestationFormat.isEmpty()) {
            QString failure;
            const QString format = attestation ? str(attestation->member(u"format")) : QString();
            if (!attestation)
                failure = QCoreApplication::translate(
                    "Occ::ProofVerifier",
                    "policy requires attestation format but proof has no attestation");
            else if (!p.requireAttestationFormat.contains(format))
                failure = QCoreApplication::translate(
                              "Occ::ProofVerifier",
                              "attestation format \"%1\" is not in the required set")
                              .arg(format);
            policyResult(u"requireAttestationFormat"_s,
                         failure,
                         QCoreApplication::translate("Occ::ProofVerifier",
                                                     "Attestation format %1 is allowed")
                             .arg(format));
        }
        const JsonValue *counterValue = c.value(u"counter");
        const QString counter = str(counterValue);
        if (p.minCounter) {
            QString failure;
            if (!counterValue)
                failure
                    = QCoreApplication::translate("Occ::ProofVerifier",
                                                  "policy requires a counter but proof has none");
            else if (Encoding::compareDecimal(counter, *p.minCounter) < 0)
                failure = QCoreApplication::translate("Occ::ProofVerifier",
                                                      "counter %1 is below minimum %2")
                              .arg(counter, *p.minCounter);
            policyResult(u"minCounter"_s,
                         failure,
                         QCoreApplication::translate("Occ::ProofVerifier",
                                                     "Counter %1 is at least %2")
                             .arg(counter, *p.minCounter));
        }
        if (p.maxCounter) {
            QString failure;
            if (!counterValue)
                failure
                    = QCoreApplication::translate("Occ::ProofVerifier",
                                                  "policy requires a counter but proof has none");
            else if (Encoding::compareDecimal(counter, *p.maxCounter) > 0)
                failure = QCoreApplication::translate("Occ::ProofVerifier",
                                                      "counter %1 is above maximum %2")
                              .arg(counter, *p.maxCounter);
            policyResult(u"maxCounter"_s,
                         failure,
                         QCoreApplication::translate("Occ::ProofVerifier",
                                                     "Counter %1 is at most %2")
                             .arg(counter, *p.maxCounter));
        }
        const JsonValue *timeValue = c.value(u"time");
        const QString timeText = Js::toString(timeValue);
        auto num = [](double d) { return QString::fromLatin1(Json::jsNumberToString(d)); };
        if (p.minTime) {
            QString failure;
            if (!timeValue)
                failure = QCoreApplication::translate(
                    "Occ::ProofVerifier", "policy requires a time field but proof has none");
            else if (*timeValue->asNumber() < *p.minTime)
                failure = QCoreApplication::translate("Occ::ProofVerifier",
                                                      "commit time %1 is before minimum %2")
                              .arg(timeText, num(*p.minTime));
            policyResult(u"minTime"_s,
                         failure,
                         QCoreApplication::translate(
                             "Occ::ProofVerifier",
                             "Commit time %1 (the signer's own clock) is not before %2")
                             .arg(timeText, num(*p.minTime)));
        }
        if (p.maxTime) {
            QString failure;
            if (!timeValue)
                failure = QCoreApplication::translate(
                    "Occ::ProofVerifier", "policy requires a time field but proof has none");
            else if (*timeValue->asNumber() > *p.maxTime)
                failure = QCoreApplication::translate("Occ::ProofVerifier",
                                                      "commit time %1 is after maximum %2")
                              .arg(timeText, num(*p.maxTime));
            policyResult(u"maxTime"_s,
                         failure,
                         QCoreApplication::translate(
                             "Occ::ProofVerifier",
                             "Commit time %1 (the signer's own clock) is not after %2")
                             .arg(timeText, num(*p.maxTime)));
        }
        if (p.requireEpochId) {
            policyResult(u"requireEpochId"_s,
                         isNonEmptyString(c.value(u"epochId"))
                             ? QString()
                             : QCoreApplication::translate(
                                 "Occ::ProofVerifier", "policy requires epochId but proof has none"),
                         u"Epoch %1"_s.arg(str(c.value(u"epochId"))));
        }
        if (p.requireActor) {
            policyResult(u"requireActor"_s,
                         agency ? QString()
                                : QCoreApplication::translate(
                                    "Occ::ProofVerifier",
                                    "policy requires actor (agency) but proof has none"),
                         QCoreApplication::translate("Occ::ProofVerifier",
                                                     "An actor authorized the commit"));
        }
        const JsonValue *actor = agency ? agency->member(u"actor") : nullptr;
        if (!p.allowedActorKeyIds.isEmpty()) {
            QString failure;
            if (!agency)
                failure = QCoreApplication::translate(
                    "Occ::ProofVerifier",
                    "policy requires allowed actor key ID but proof has no agency");
            else if (!actor || !p.allowedActorKeyIds.contains(str(actor->member(u"keyId"))))
                failure = QCoreApplication::translate("Occ::ProofVerifier",
                                                      "actor key ID is not in the allowed set");
            policyResult(u"allowedActorKeyIds"_s,
                         failure,
                         QCoreApplication::translate("Occ::ProofVerifier",
                                                     "Actor key is in the allowed set"));
        }
        if (!p.allowedActorProviders.isEmpty()) {
            QString failure;
            const QString provider = actor ? str(actor->member(u"provider")) : QString();
            if (!agency)
                failure = QCoreApplication::translate(
                    "Occ::ProofVerifier",
                    "policy requires allowed actor provider but proof has no agency");
            else if (!p.allowedActorProviders.contains(provider))
                failure
                    = QCoreApplication::translate("Occ::ProofVerifier",
                                                  "actor provider \"%1\" is not in the allowed set")
                          .arg(provider);
            policyResult(u"allowedActorProviders"_s,
                         failure,
                         QCoreApplication::translate("Occ::ProofVerifier",
                                                     "Actor provider %1 is allowed")
                             .arg(provider));
        }
        if (p.requireSlot) {
            policyResult(u"requireSlot"_s,
                         member(u"slotAllocation")
                             ? QString()
                             : QCoreApplication::translate("Occ::ProofVerifier",
                                                           "policy requires slotAllocation (OCC "
                                                           "causal slot) but proof has none"),
                         QCoreApplication::translate("Occ::ProofVerifier",
                                                     "A causal slot allocation is present"));
        }
        if (!p.allowedRpIds.isEmpty()) {
            QString failure;
            QString matched;
            if (m_rpIdHash.isEmpty()) {
                failure = QCoreApplication::translate(
                    "Occ::ProofVerifier",
                    "policy requires a verified WebAuthn actor (allowedRpIds) but proof has none");
            } else {
                for (const QString &rpId : p.allowedRpIds) {
                    if (Crypto::Sha256::hash(rpId.toUtf8()) == m_rpIdHash)
                        matched = rpId;
                }
                if (matched.isEmpty())
                    failure = QCoreApplication::translate(
                        "Occ::ProofVerifier",
                        "the passkey's relying party (rpIdHash) is none of the allowed rpIds");
            }
            policyResult(u"allowedRpIds"_s,
                         failure,
                         QCoreApplication::translate("Occ::ProofVerifier",
                                                     "The passkey belongs to relying party %1")
                             .arg(matched));
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
                QCoreApplication::translate(
                    "Occ::ProofVerifier",
                    "No trust profile: nothing pins who signed this proof. It shows that the "
                    "holder "
                    "of the key in the proof signed it, and anyone can make such a key."));
            m_report.verdict = Verdict::Valid;
        } else if (m_keyPinned) {
            add(u"trust"_s,
                CheckStatus::Pass,
                QCoreApplication::translate("Occ::ProofVerifier",
                                            "The signer's key is pinned by the trust profile%1")
                    .arg(p->name.isEmpty() ? QString() : u" \"%1\""_s.arg(p->name)));
            m_report.verdict = Verdict::Trusted;
        } else if (m_measurementPinned && m_attestationVerified) {
            add(u"trust"_s,
                CheckStatus::Pass,
                QCoreApplication::translate(
                    "Occ::ProofVerifier",
                    "The enclave measurement is pinned by the trust profile%1 and confirmed by a "
                    "verified AWS Nitro attestation")
                    .arg(p->name.isEmpty() ? QString() : u" \"%1\""_s.arg(p->name)));
            m_report.verdict = Verdict::Trusted;
        } else if (m_measurementPinned) {
            add(u"trust"_s,
                CheckStatus::Warn,
                QCoreApplication::translate(
                    "Occ::ProofVerifier",
                    "The measurement matches the trust profile, but no verified attestation backs "
                    "it, "
                    "so it is only the signer's own claim. Pin a public key, or verify the "
                    "attestation, to trust this signer."));
            m_report.verdict = Verdict::Valid;
        } else {
            add(u"trust"_s,
                CheckStatus::Warn,
                QCoreApplication::translate(
                    "Occ::ProofVerifier",
                    "The trust profile's constraints hold, but it pins no signer (no "
                    "allowedPublicKeys "
                    "or allowedMeasurements)"));
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
    return verifyText(proofJson, options, nullptr);
}

VerificationReport ProofVerifier::verifyText(QByteArrayView proofJson,
                                             const VerifyOptions &options,
                                             JsonValue *parsed)
{
    auto proof = Proof::fromJson(proofJson);
    if (!proof) {
        VerificationReport report;
        report.proofOnly = !options.artifactDigest.has_value();
        report.checks.append(Check{u"json"_s, CheckStatus::Fail, proof.error().message});
        for (const QString &id : {u"structure"_s, u"digest"_s, u"signature"_s}) {
            report.checks.append(
                Check{id,
                      CheckStatus::Skip,
                      QCoreApplication::translate("Occ::ProofVerifier",
                                                  "Not checked: the proof is not usable JSON")});
        }
        return report;
    }
    VerificationReport report = verify(proof->value(), options);
    report.checks.prepend(
        Check{u"json"_s,
              CheckStatus::Pass,
              QCoreApplication::translate("Occ::ProofVerifier",
                                          "Valid UTF-8 JSON with no ambiguous members")});
    if (parsed)
        *parsed = std::move(*proof).takeValue();
    return report;
}

} // namespace Occ
