// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "jsonvalue.h"

#include <QStringList>

#include <vector>

namespace Occ {

/** How far a proof field can be trusted on its own (spec section 4). */
enum class FieldTier {
    Signed,             ///< covered by the signer's Ed25519 signature
    SelfAuthenticating, ///< carries or is covered by its own signature, checked separately
    Advisory,           ///< unsigned: anyone can edit it without breaking any signature
};

/** "signed", "self-authenticating", "advisory": stable identifiers for the CLI and JSON. */
QString fieldTierId(FieldTier tier);

/** A leaf of a proof with its tier: what `occ inspect` prints and the tree view shows. */
struct ProofField
{
    QStringList segments; ///< member names; array elements as "[n]"
    QString path;         ///< display form: "commit.counter", "metadata[\"a.b\"]", "x.list[0]"
    FieldTier tier = FieldTier::Advisory;
    QString reason;  ///< why the field has this tier, one short sentence
    JsonValue value; ///< the leaf value (scalars, empty arrays and objects)
};

/**
 * The single source of truth for field tiers. The tier of a path depends only on the path and,
 * for `agency.authorization`, on the authorization form (direct or WebAuthn), which decides
 * which members the P-256 signature covers. Unknown members get the tier of where they stand:
 * inside `commit` they are signed; at the top level they are advisory.
 */
class FieldTiers
{
public:
    /** Tier of a path given as segments (array indices as "[n]"). */
    static FieldTier tierOf(const JsonValue &proof,
                            const QStringList &segments,
                            QString *reason = nullptr);
    /** Convenience for simple dotted paths: "commit.counter", "agency.batchContext.batchDigests". */
    static FieldTier tierOf(const JsonValue &proof, QStringView dottedPath);

    /** Every leaf of the proof, in document order, with its tier. */
    static std::vector<ProofField> fields(const JsonValue &proof);

    /** Display form of a segment list. */
    static QString displayPath(const QStringList &segments);

    /**
     * The `occ inspect --json` contract: {"proofHashB64", "proofCoreDigestB64",
     * "signedBodyCanonical" (null when it cannot be built), "fields": [{"path","tier","value"}]}.
     */
    static JsonValue inspect(const JsonValue &proof);
};

} // namespace Occ
