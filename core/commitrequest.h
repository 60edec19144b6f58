// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "jsonvalue.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace Occ {

/** What to commit: SHA-256 digests (32 bytes each) and the optional blocks of a proof. */
struct CommitRequest
{
    QList<QByteArray> digests;
    QString chainId;                       ///< empty: the default chain ("global")
    std::optional<JsonObject> attribution; ///< name/title/message; filtered as the enclave does
    std::optional<JsonValue> policy;       ///< a policy binding, signed as given
    std::optional<JsonObject> metadata;    ///< attached unsigned
    /**
     * An actor's authorization envelope {actor, authorization, batchContext?} over a challenge
     * from issueChallenge(). For several digests, batchContext.batchDigests must list exactly
     * the digests, in order, and the authorization covers the first.
     */
    std::optional<JsonValue> agency;
    /** Optional per-digest metadata (same length as digests), merged over `metadata`. */
    QList<JsonObject> itemMetadata;
};

} // namespace Occ
