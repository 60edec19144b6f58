// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "jsonvalue.h"
#include "result.h"

#include <QByteArray>
#include <QStringList>

#include <optional>

namespace Occ {

/**
 * A trust profile (the `--policy` file, the studio's trust anchors): the reference
 * VerificationPolicy options plus ours. Every option is optional; an empty list means "no
 * constraint". Unknown members, wrong types and malformed values are errors, never ignored:
 * a typo in a security policy must not silently loosen it.
 */
struct TrustProfile
{
    QString name;
    std::optional<QString> requireEnforcement; ///< exact tier: stub | hw-key | measured-tee
    QStringList allowedMeasurements;
    QStringList allowedPublicKeys; ///< base64 Ed25519 keys, compared verbatim
    bool requireAttestation = false;
    QStringList requireAttestationFormat;
    std::optional<QString> minCounter; ///< canonical decimal, inclusive
    std::optional<QString> maxCounter; ///< canonical decimal, inclusive
    std::optional<double> minTime;     ///< Unix ms, inclusive, against commit.time
    std::optional<double> maxTime;
    bool requireEpochId = false;
    bool requireActor = false;
    QStringList allowedActorKeyIds;
    QStringList allowedActorProviders;
    bool requireSlot = false;
    QStringList allowedRpIds;           ///< WebAuthn rpIdHash must be SHA-256 of one
    QList<QByteArray> tsaTrustAnchors;  ///< PEM certificates (loaded from files or inline)
    QList<QByteArray> attestationRoots; ///< PEM certificates

    /** True when the profile pins the signer: an allowed key, or an allowed measurement. */
    bool pinsSigner() const
    {
        return !allowedPublicKeys.isEmpty() || !allowedMeasurements.isEmpty();
    }

    /**
     * Reads a profile from JSON text. Relative certificate paths are resolved against baseDir
     * (the profile file's folder).
     */
    static Result<TrustProfile> fromJson(QByteArrayView utf8, const QString &baseDir = {});
    static Result<TrustProfile> fromValue(const JsonValue &value, const QString &baseDir = {});
    static Result<TrustProfile> fromFile(const QString &path);

    /**
     * The profile as the JSON object fromValue() reads back to an equal profile: members in the
     * spec's order, only the options that are set, certificates inline as PEM.
     */
    JsonValue toValue() const;
    /** toValue() as 2-space JSON text with a final newline: the file `--policy` takes. */
    QByteArray toJson() const;

    bool operator==(const TrustProfile &other) const = default;
};

} // namespace Occ
