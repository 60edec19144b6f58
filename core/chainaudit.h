// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "jsonvalue.h"
#include "proofverifier.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>

namespace Occ {

/**
 * What a chain audit needs of one proof, worked out once from it (auditLinkFacts()), where the
 * proof is parsed: the chain hashes are most of an audit's own cost.
 */
struct AuditLinkFacts
{
    QString fullHash;     ///< chain hash, baseline rule (base64)
    QString timelessHash; ///< chain hash without `timestamps` (base64)
    QString publicKeyB64;
    QString epochId;
    QString chainId;
    QString counter;
    QString prev; ///< commit.prevB64
    std::optional<double> time;
    bool epochLinked = false; ///< has commit.epochLink
    QString epochLinkFrom;    ///< its prevEpochId|prevCounter|prevProofHashB64
    QString epochLinkTo;      ///< its toEpochId
};

AuditLinkFacts auditLinkFacts(const JsonValue &proof);

/** One proof handed to an audit, with where it came from and its own verification. */
struct AuditEntry
{
    QString source; ///< file path, or "bundle.proof.zip:folder"
    /// The parsed proof; null for one that verifies when collectAuditEntries kept facts only.
    JsonValue proof;
    VerificationReport report;
    /// auditLinkFacts(proof), filled by collectAuditEntries for proofs that verify; auditChains
    /// works out those missing.
    std::optional<AuditLinkFacts> facts;
};

/** A finding of a chain audit. */
struct AuditProblem
{
    QString kind; ///< invalid, fork, counter-reuse, gap, time-order, broken-link, duplicate
    QString message;
    QStringList sources;
};

/** The proofs of one signer, epoch and chain, ordered by counter. */
struct AuditChain
{
    QString publicKeyB64;
    QString epochId;
    QString chainId;    ///< empty: the default chain
    QList<int> entries; ///< indices into the audited entries, by counter
    int links = 0;      ///< prevB64 links that resolve to a proof in the set
};

struct AuditResult
{
    QList<AuditChain> chains;
    QList<AuditProblem> problems; ///< empty: nothing wrong
    bool ok() const { return problems.isEmpty(); }
    JsonValue toJson(const QList<AuditEntry> &entries) const;
};

/**
 * Audits a set of proofs as chains: groups them by signer key, epoch and chain id, orders each
 * group by counter, and resolves every commit.prevB64 to the proof whose chain hash it is (with
 * or without `timestamps`, as in verification). Reports invalid proofs, forks (two proofs on one
 * predecessor), counter reuse, gaps (a proof whose predecessor should be in the set but is not),
 * times that go backwards as counters go up, links to nothing and duplicates.
 */
AuditResult auditChains(const QList<AuditEntry> &entries);

/** What collectAuditEntries found. */
struct AuditInput
{
    QList<AuditEntry> entries;
    QStringList errors; ///< paths that could not be read at all (a bad bundle is an entry)
};

/** What collectAuditEntries keeps of each proof that verifies. */
enum class AuditRetention {
    Proofs,   ///< the parsed proof and its facts, for a view that shows each proof
    FactsOnly ///< its facts, which is all auditChains needs: a large audit in half the memory
};

/**
 * Reads and verifies every proof under paths: bundles (single or batch, originals hashed),
 * proof JSON files, and folders (their `*.zip` and `*.json` files, recursively, sorted). Files
 * are read and verified on every core; entries keep the files' order. Epoch-link forks are left
 * to auditChains, so the result does not depend on reading order. Stops early when *cancel
 * becomes true; progress(done, total) is called from worker threads, per file. Proofs that do
 * not verify are always kept whole.
 */
AuditInput collectAuditEntries(const QStringList &paths,
                               const TrustProfile *profile,
                               const std::atomic_bool *cancel = nullptr,
                               const std::function<void(int, int)> &progress = {},
                               AuditRetention retention = AuditRetention::Proofs);

} // namespace Occ
