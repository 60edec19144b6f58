// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "jsonvalue.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>

#include <optional>

namespace Occ {

struct TrustProfile;

enum class CheckStatus { Pass, Fail, Warn, Info, Skip };

/**
 * The overall answer. Valid is never trusted: it says the proof is intact and bound to the
 * bytes, not who signed it. Trusted needs a trust profile that pins the signer.
 */
enum class Verdict { Invalid, Valid, Trusted };

/** One line of a verification report. Ids are stable; scripts may match on them. */
struct Check
{
    QString id; ///< json, structure, digest, signature, agency, slot, epochLink, attestation,
                ///< timestamp.artifact, timestamp.proof, chain, trust, policy.<option>
    CheckStatus status = CheckStatus::Skip;
    QString message;
};

QString checkStatusId(CheckStatus status); ///< "pass", "fail", "warn", "info", "skip"
QString verdictId(Verdict verdict);        ///< "invalid", "valid", "trusted"

struct VerificationReport
{
    Verdict verdict = Verdict::Invalid;
    QList<Check> checks;
    bool proofOnly = false; ///< no artifact was given: the digest match was skipped

    /** The first failure's message (the headline reason), or empty. */
    QString reason() const;
    const Check *check(QStringView id) const;
    /** What the verdict means for this proof, in one clause for people (lowercase start). */
    QString summary() const;
    /** {"verdict", "reason", "proofOnly", "checks": [{"id", "status", "message"}]}: the
     *  `occ verify --json` contract. */
    JsonValue toJson() const;
};

/**
 * Fork detection across epoch links (reference section 3.6): remembers which successor epoch
 * consumed each predecessor. Explicit state, shared by the verifications that should see each
 * other (a folder audit); thread-safe.
 */
class EpochLinkRegistry
{
public:
    /**
     * Records that successorKey was consumed by toEpochId. Returns the epoch that consumed it
     * earlier if that differs (a fork), otherwise nullopt.
     */
    std::optional<QString> record(const QString &successorKey, const QString &toEpochId);
    void clear();

private:
    QMutex m_mutex;
    QHash<QString, QString> m_consumedBy;
};

struct VerifyOptions
{
    /** SHA-256 of the artifact bytes (32 bytes). Absent: proof-only verification. */
    std::optional<QByteArray> artifactDigest;
    const TrustProfile *profile = nullptr;
    EpochLinkRegistry *epochLinks = nullptr;
    /**
     * For a signer checking what it signed a moment ago (the stub's fail-closed self-check):
     * signature → the exact bytes it signed, all with the raw Ed25519 key selfSignedKey. A
     * signature check finding its signature here passes when the bytes the verifier rebuilt
     * from the proof are identical to those, without the Ed25519 arithmetic; anything else
     * gets the full check. What can go wrong between signing and handing out is the proof's
     * serialization, which byte equality catches; the caller checks its key and signing code
     * in full on another proof.
     */
    const QHash<QByteArray, QByteArray> *selfSigned = nullptr;
    QByteArray selfSignedKey;
};

/**
 * The occ/1 verifier: spec sections 1 to 3. Every check runs that can (a failed digest does not
 * hide a good signature), in the reference order, so the first failure is the reference's
 * reason wherever we are not stricter. Never throws and never crashes, whatever the input.
 */
class ProofVerifier
{
public:
    /** Verifies an already parsed proof value (any JSON value). */
    static VerificationReport verify(const JsonValue &proof, const VerifyOptions &options = {});
    /**
     * Verifies proof text: adds the `json` check (valid UTF-8, an object, no duplicate member
     * names, no "__proto__", bounded size and depth) before the rest.
     */
    static VerificationReport verifyText(QByteArrayView proofJson,
                                         const VerifyOptions &options = {});
    /**
     * As above; when the `json` check passes, the parsed proof is also moved into *parsed (left
     * untouched otherwise), so a caller that keeps the proof does not parse it a second time.
     */
    static VerificationReport verifyText(QByteArrayView proofJson,
                                         const VerifyOptions &options,
                                         JsonValue *parsed);
};

} // namespace Occ
