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
 * hash as of its last rewrite; "<state>.journal" beside it holds the counters and chain heads
 * of the commits since, one record per batch. Before any proof of a batch is returned, its
 * record is written in place and flushed (fdatasync); when the journal is full, the state file
 * is rewritten atomically instead (temporary file, fsync, rename, folder fsync), which empties
 * the journal. So no counter that anyone has seen is ever reused, even after a crash: a record
 * torn by a crash belongs to a batch nobody saw. Both files are created with mode 0600. An
 * inter-process lock (flock on "<state>.lock") serialises commits from several processes.
 * A missing state file creates a new identity; a corrupt state file or journal, a missing
 * journal, or a journal that still holds records for a missing state file, is an error and is
 * never replaced. A state file from before the journal existed gets one when it is opened.
 */
class StubSigner
{
public:
    static constexpr char16_t kDefaultChain[] = u"global";
    static constexpr char16_t kMeasurement[] = u"stub:measurement:not-a-real-tee";

    /** Opens (or, when the file does not exist, creates) the state at statePath. */
    static Result<StubSigner> open(const QString &statePath);
    /**
     * The last counter the state at statePath has made durable on chain (0 before its first
     * commit), from the state file and its journal. Reads without taking the lock, and so
     * without waiting for a commit in progress; for diagnostics and tests.
     */
    static Result<quint64> recordedCounter(const QString &statePath,
                                           const QString &chain = QString::fromUtf16(kDefaultChain));
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
    struct Journal;
    std::shared_ptr<Journal> m_journal; // what this process last read of the journal
    std::function<qint64()> m_clock;

    QString m_statePath;
    QByteArray m_seed;
    QByteArray m_publicKey;
    QByteArray m_secretKey;
    QString m_epochId;
};

} // namespace Occ
