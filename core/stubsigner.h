// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "commitrequest.h"
#include "jsonvalue.h"
#include "result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace Occ {

/**
 * The embedded stub signer: behaves as the production Nitro enclave (reference section 4.4,
 * variant E: allocate a signed slot, bind the digest, commit) except that its tier is `stub`,
 * its key lives in a local state file, and it adds its own clock as `commit.time`.
 *
 * The state file holds the Ed25519 seed, the epoch, and per chain the last counter and proof
 * hash. It is created with mode 0600 and rewritten atomically (temporary file, fsync, rename,
 * directory fsync), once per batch, before any proof of the batch is returned: no counter that
 * anyone has seen is ever reused, even after a crash. An inter-process lock (flock on
 * "<state>.lock") serialises commits from several processes.
 * A missing file creates a new identity; a corrupt one is an error and is never replaced.
 */
class StubSigner
{
public:
    static constexpr char16_t kDefaultChain[] = u"global";
    static constexpr char16_t kMeasurement[] = u"stub:measurement:not-a-real-tee";

    /** Opens (or, when the file does not exist, creates) the state at statePath. */
    static Result<StubSigner> open(const QString &statePath);
    /**
     * $OCC_STATE_PATH, else occ-proof-studio/stub-state.json under the user's data folder
     * (~/.local/share on Linux), shared by the studio and the CLI.
     */
    static QString defaultStatePath();

    QString statePath() const { return m_statePath; }
    QString publicKeyB64() const;
    QString epochId() const { return m_epochId; }
    QString measurement() const { return QString::fromUtf16(kMeasurement); }

    /**
     * Commits the digests in order on one chain, with one durable state write per batch. Each
     * proof is checked by ProofVerifier before it is returned; if any does not verify, or the
     * state cannot be written, nothing is returned.
     */
    Result<QList<JsonValue>> commit(const CommitRequest &request);

    /**
     * Group commit: the requests are committed in order, each as commit() would (its own
     * counters, on its own chain), but under one lock and with one durable state write for the
     * whole group, so a server answering many clients pays one fsync per group rather than per
     * request. A request refused on its own (bad digests, agency) gets its error and spends no
     * counter; when the group fails as a whole (lock, state write, self-check), every accepted
     * request gets that error and nothing is returned. One result per request, in order.
     */
    std::vector<Result<QList<JsonValue>>> commitMany(const QList<CommitRequest> &requests);

    /**
     * A fresh single-use challenge (base64 of 32 random bytes) for an actor to sign; it expires
     * after 60 s, is consumed by the commit it authorizes, and lives in this process only.
     */
    Result<QString> issueChallenge();

    /** Replaces the clock (Unix ms) used for commit.time, challenge expiry and the timestamp
     *  window; for tests. */
    void setClock(std::function<qint64()> clock);

private:
    StubSigner() = default;
    qint64 now() const;
    Result<void> checkRequest(const CommitRequest &request) const;
    Result<void> checkAgency(const CommitRequest &request) const;

    struct Challenges;
    std::shared_ptr<Challenges> m_challenges;
    std::function<qint64()> m_clock;

    QString m_statePath;
    QByteArray m_seed;
    QByteArray m_publicKey;
    QByteArray m_secretKey;
    QString m_epochId;
};

} // namespace Occ
