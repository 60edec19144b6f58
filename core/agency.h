// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "jsonvalue.h"
#include "result.h"

#include <QByteArray>
#include <QString>

namespace Occ::Agency {

/** What a verified actor envelope established. */
struct Verified
{
    QString keyId; ///< lowercase hex SHA-256 of the actor's SPKI
    QString provider;
    bool webauthn = false;
    QByteArray rpIdHash; ///< WebAuthn only: SHA-256 of the relying party id
    int batchSize = 0;   ///< >0 when the batch rule bound the artifact
    QString description; ///< one sentence for people
};

/**
 * Checks an `agency` envelope against an artifact digest as the reference verifier does
 * (reference section 3.4): actor members, keyId = SHA-256(SPKI), actorKeyId, the artifact
 * binding with the batch rule, and the P-256 signature in the direct or the WebAuthn form
 * (type, challenge, UP and UV flags). Not checked here: challenge freshness and the timestamp
 * window, which only the signer can judge. The error message is the reference's reason.
 */
Result<Verified> verify(const JsonValue &agency, const QString &artifactDigestB64);

} // namespace Occ::Agency
