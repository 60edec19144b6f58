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

} // namespace

std::optional<JsonValue> signedBody(const JsonValue &proof, bool includePrincipal)
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

    JsonObject body;
    copyIfPresent(body, u"version"_s, p->value(u"version"));
    copyIfPresent(body, u"artifact"_s, p->value(u"artifact"));
    copyIfPresent(body, u"commit"_s, p->value(u"commit"));
    copyIfPresent(body, u"publicKeyB64"_s, signer->member(u"publicKeyB64"));
    copyIfPresent(body, u"enforcement"_s, environment->member(u"enforcement"));
    copyIfPresent(body, u"measurement"_s, environment->member(u"measurement"));
    if (attestation)
        copyIfPresent(body, u"attestationFormat"_s, attestation->member(u"format"));
    if (agency)
        copyIfPresent(body, u"actor"_s, agency->member(u"actor"));
    copyIfPresent(body, u"policy"_s, p->value(u"policy"));
    copyIfPresent(body, u"attribution"_s, p->value(u"attribution"));
    if (includePrincipal)
        copyIfPresent(body, u"principal"_s, p->value(u"principal"));
    return JsonValue(std::move(body));
}

QByteArray chainHash(const JsonValue &proof, ChainRule rule)
{
    const JsonObject *p = proof.asObject();
    if (!p)
        return Crypto::Sha256::hash(Json::canonicalize(proof));
    JsonObject copy = *p;
    copy.remove(u"proofHash");
    if (rule == ChainRule::WithoutProofHashOrTimestamps)
        copy.remove(u"timestamps");
    return Crypto::Sha256::hash(Json::canonicalize(JsonValue(std::move(copy))));
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
    JsonObject body;
    for (const QString &key :
         {u"version"_s, u"nonceB64"_s, u"counter"_s, u"epochId"_s, u"publicKeyB64"_s, u"time"_s})
        copyIfPresent(body, key, slot.value(key));
    if (includeChainId) {
        // The enclave tests the chain id for truthiness: an empty one is left out.
        const JsonValue *chainId = slot.value(u"chainId");
        const QString *s = chainId ? chainId->asString() : nullptr;
        if (chainId && !chainId->isNull() && !(s && s->isEmpty()))
            body.append(u"chainId"_s, *chainId);
    }
    return JsonValue(std::move(body));
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
