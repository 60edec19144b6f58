// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0
#include "proofhashes.h"

#include "canonicaljson.h"
#include "crypto.h"
#include "encoding.h"

using namespace Qt::StringLiterals;

namespace Occ::ProofHashes {
namespace {

void copyIfPresent(JsonObject &to, const QString &toKey, const JsonValue *from)
{
    if (from)
        to.append(toKey, *from);
}

// A body's members as references into the proof: one list gives both the built body and its
// canonical bytes, so the two cannot disagree, and hashing or signing needs no copy.
using Members = std::vector<Json::MemberRef>;

JsonValue build(const Members &members)
{
    JsonObject body;
    for (const Json::MemberRef &m : members)
        copyIfPresent(body, m.key.toString(), m.value);
    return JsonValue(std::move(body));
}

std::optional<Members> signedBodyMembers(const JsonValue &proof, bool includePrincipal)
{
    const JsonObject *p = proof.asObject();
    if (!p)
        return std::nullopt;
    // Property access on null or undefined throws in the reference, so those are "too broken".
    const JsonValue *signer = p->value(u"signer");
    const JsonValue *environment = p->value(u"environment");
    if (!signer || signer->isNull() || !environment || environment->isNull())
        return std::nullopt;
    const JsonValue *attestation = environment->member(u"attestation");
    const JsonValue *agency = p->value(u"agency");
    if ((attestation && attestation->isNull()) || (agency && agency->isNull()))
        return std::nullopt;

    Members body{{u"version", p->value(u"version")},
                 {u"artifact", p->value(u"artifact")},
                 {u"commit", p->value(u"commit")},
                 {u"publicKeyB64", signer->member(u"publicKeyB64")},
                 {u"enforcement", environment->member(u"enforcement")},
                 {u"measurement", environment->member(u"measurement")}};
    if (attestation)
        body.push_back({u"attestationFormat", attestation->member(u"format")});
    if (agency)
        body.push_back({u"actor", agency->member(u"actor")});
    body.push_back({u"policy", p->value(u"policy")});
    body.push_back({u"attribution", p->value(u"attribution")});
    if (includePrincipal)
        body.push_back({u"principal", p->value(u"principal")});
    return body;
}

Members slotBodyMembers(const JsonObject &slot, bool includeChainId)
{
    Members body;
    for (QStringView key : std::initializer_list<QStringView>{u"version",
                                                              u"nonceB64",
                                                              u"counter",
                                                              u"epochId",
                                                              u"publicKeyB64",
                                                              u"time"})
        body.push_back({key, slot.value(key)});
    if (includeChainId) {
        // The enclave tests the chain id for truthiness: an empty one is left out.
        const JsonValue *chainId = slot.value(u"chainId");
        const QString *s = chainId ? chainId->asString() : nullptr;
        if (chainId && !chainId->isNull() && !(s && s->isEmpty()))
            body.push_back({u"chainId", chainId});
    }
    return body;
}

} // namespace

std::optional<JsonValue> signedBody(const JsonValue &proof, bool includePrincipal)
{
    const auto members = signedBodyMembers(proof, includePrincipal);
    if (!members)
        return std::nullopt;
    return build(*members);
}

std::optional<QByteArray> signedBodyCanonical(const JsonValue &proof, bool includePrincipal)
{
    const auto members = signedBodyMembers(proof, includePrincipal);
    if (!members)
        return std::nullopt;
    return Json::canonicalizeMembers(*members);
}

QByteArray chainHash(const JsonValue &proof, ChainRule rule)
{
    const JsonObject *p = proof.asObject();
    if (!p)
        return Crypto::Sha256::hash(Json::canonicalize(proof));
    // The proof less the left-out members, by reference rather than as a copy of the proof.
    Members members;
    members.reserve(size_t(p->size()));
    bool proofHashLeftOut = false;
    bool timestampsLeftOut = rule != ChainRule::WithoutProofHashOrTimestamps;
    for (qsizetype i = 0; i < p->size(); ++i) {
        const QString &key = p->keyAt(i);
        // As JsonObject::remove(): the first member of that name only.
        if (!proofHashLeftOut && key == u"proofHash") {
            proofHashLeftOut = true;
            continue;
        }
        if (!timestampsLeftOut && key == u"timestamps") {
            timestampsLeftOut = true;
            continue;
        }
        members.push_back({key, &p->valueAt(i)});
    }
    return Crypto::Sha256::hash(Json::canonicalizeMembers(members));
}

QByteArray proofCoreDigest(const JsonValue &proof)
{
    JsonObject core;
    if (const JsonObject *p = proof.asObject()) {
        for (const QString &key :
             {u"artifact"_s, u"commit"_s, u"environment"_s, u"signer"_s, u"version"_s})
            copyIfPresent(core, key, p->value(key));
    }
    return Crypto::Sha256::hash(Json::canonicalize(JsonValue(std::move(core))));
}

JsonValue slotBody(const JsonObject &slot, bool includeChainId)
{
    return build(slotBodyMembers(slot, includeChainId));
}

QByteArray slotBodyCanonical(const JsonObject &slot, bool includeChainId)
{
    return Json::canonicalizeMembers(slotBodyMembers(slot, includeChainId));
}

QByteArray directAuthorizationPayload(const JsonObject &authorization)
{
    JsonObject payload;
    for (const QString &key : {u"actorKeyId"_s,
                               u"artifactHash"_s,
                               u"challenge"_s,
                               u"protocolVersion"_s,
                               u"purpose"_s,
                               u"timestamp"_s})
        copyIfPresent(payload, key, authorization.value(key));
    return Json::canonicalize(JsonValue(std::move(payload)));
}

QString keyIdForSpki(QByteArrayView spki)
{
    return Encoding::toHex(Crypto::Sha256::hash(spki));
}

} // namespace Occ::ProofHashes
