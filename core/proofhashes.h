// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "jsonvalue.h"

#include <QByteArray>

#include <optional>

namespace Occ::ProofHashes {

/**
 * The body the signer's Ed25519 signature covers (reference section 2.3): version, artifact,
 * commit (verbatim), publicKeyB64, enforcement, measurement, plus attestationFormat, actor,
 * policy, attribution and principal when the proof has them. Members absent in the proof are
 * absent in the body. nullopt when the proof is too broken to build it (not an object, or
 * `signer`, `environment`, `environment.attestation` or `agency` is null or missing where
 * needed).
 *
 * includePrincipal=false gives the library verifier's body (which omits `principal`).
 */
std::optional<JsonValue> signedBody(const JsonValue &proof, bool includePrincipal = true);
/** Json::canonicalize(*signedBody(...)), without copying the proof's members into a body. */
std::optional<QByteArray> signedBodyCanonical(const JsonValue &proof, bool includePrincipal = true);

/** Which members the chain hash leaves out. */
enum class ChainRule {
    WithoutProofHash,            ///< baseline: the whole proof less a top-level `proofHash`
    WithoutProofHashOrTimestamps ///< TSA era: the parent added `timestamps` after hashing
};

/** SHA-256 of the canonical proof less the members the rule leaves out (the next prevB64). */
QByteArray chainHash(const JsonValue &proof, ChainRule rule = ChainRule::WithoutProofHash);

/** SHA-256 of canonical {artifact, commit, environment, signer, version} (`timestamps.proof`). */
QByteArray proofCoreDigest(const JsonValue &proof);

/**
 * The canonical slot body: the slot record's `version`, `nonceB64`, `counter`, `epochId`,
 * `publicKeyB64`, plus `time` when present and `chainId` when present, non-empty and wanted.
 * Other members of the record are not part of it.
 */
JsonValue slotBody(const JsonObject &slot, bool includeChainId);
/** Json::canonicalize(slotBody(...)), without copying the slot's members into a body. */
QByteArray slotBodyCanonical(const JsonObject &slot, bool includeChainId);

/**
 * The bytes the direct-form agency P-256 signature covers (reference section 2.10):
 * canonical {actorKeyId, artifactHash, challenge, protocolVersion?, purpose, timestamp}.
 */
QByteArray directAuthorizationPayload(const JsonObject &authorization);

/** Lowercase hex SHA-256 of SPKI DER bytes (the actor keyId). */
QString keyIdForSpki(QByteArrayView spki);

} // namespace Occ::ProofHashes
