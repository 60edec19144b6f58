// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "jsonvalue.h"
#include "result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Occ::Agency {

/** What a verified actor envelope established. */
struct Verified
{
    QString keyId; ///< lowercase hex SHA-256 of the actor's SPKI
    QString provider;
    bool webauthn = false;
    QByteArray rpIdHash;   ///< WebAuthn only: SHA-256 of the relying party id
    quint8 flags = 0;      ///< WebAuthn only: authenticator data flags (UP 0x01, UV 0x04)
    quint32 signCount = 0; ///< WebAuthn only: the authenticator's signature counter
    QString origin;        ///< WebAuthn only: clientDataJSON.origin (checked by nobody)
    int batchSize = 0;     ///< >0 when the batch rule bound the artifact
    QString description;   ///< one sentence for people
};

/**
 * Checks an `agency` envelope against an artifact digest as the reference verifier does
 * (reference section 3.4): actor members, keyId = SHA-256(SPKI), actorKeyId, the artifact
 * binding with the batch rule, and the P-256 signature in the direct or the WebAuthn form
 * (type, challenge, UP and UV flags). Not checked here: challenge freshness and the timestamp
 * window, which only the signer can judge. The error message is the reference's reason.
 */
Result<Verified> verify(const JsonValue &agency, const QString &artifactDigestB64);

/**
 * The authorization members a passkey's signature does not cover in the WebAuthn form: the
 * device signs authenticatorData and the hash of clientDataJSON (so the challenge) only. Their
 * binding rests on the signer's single-use challenge and on the Ed25519-signed actor.
 */
QStringList webauthnUncoveredFields();

} // namespace Occ::Agency
