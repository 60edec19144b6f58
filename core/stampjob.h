// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "commitclient.h"
#include "jsonvalue.h"
#include "result.h"
#include "trustprofile.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QThreadPool>
#include <QUrl>

#include <atomic>
#include <memory>
#include <optional>
#include <utility>

namespace Occ {

class ActorAuthorizer;
class HashJob;
class TsaClient;

/** What to stamp and how: the input of a StampJob. */
struct StampParams
{
    QStringList files;
    QString destinationDir; ///< created when missing
    /** One bundle for all files (`occ-batch-<time>.proof.zip`) instead of one per file. */
    bool batch = false;
    bool overwrite = false; ///< replace an existing bundle instead of picking a free name

    QString chainId;                       ///< empty: the default chain
    std::optional<JsonObject> attribution; ///< name/title/message, sealed into the signed body
    std::optional<JsonObject> metadata;    ///< unsigned; each file also gets its "filename"

    /** The signer: the embedded stub at this state file, unless `endpoint` is set. */
    QString stubStatePath;
    std::optional<CommitClientConfig> endpoint; ///< its `profile` member is ignored: use `profile`
    std::optional<TrustProfile> profile;        ///< returned proofs must satisfy it

    /**
     * An actor authorizes the commit (agency): the job fetches a challenge from the signer and
     * has the authorizer sign it, once for all files (one touch of a passkey), on a worker
     * thread. With an endpoint, all files then go in one request (the API takes one
     * authorization per request), so no per-file names reach the service's metadata.
     */
    std::shared_ptr<ActorAuthorizer> authorizer;

    QUrl tsaUrl; ///< empty: no RFC 3161 timestamps
    /** With a TSA: a file whose timestamps fail gets no bundle (otherwise: a bundle without). */
    bool requireTimestamps = false;
};

/** Where one file of a StampJob stands. */
enum class StampStage {
    Waiting,
    Hashing,
    Hashed,
    Committing,
    Timestamping,
    Writing,
    Done,
    Failed,
    Cancelled
};

/** The outcome for one file. */
struct StampFileResult
{
    QString path;
    qint64 size = 0;
    QByteArray digest; ///< SHA-256, once hashed
    StampStage stage = StampStage::Waiting;
    JsonValue proof;    ///< once committed
    QString bundlePath; ///< once written
    std::optional<Error> error;
    QString warning; ///< e.g. "written without a timestamp: ..." (a clause, lowercase)

    QString counter() const; ///< commit.counter of the proof, or empty
};

/**
 * Stamps files: hashes them in parallel (bytes never leave the machine), commits the digests to
 * the stub signer (in a worker thread) or a commit service (asynchronously), optionally adds RFC
 * 3161 timestamps, and writes `.proof.zip` bundles (in a worker thread, each original re-hashed
 * while copied). The GUI thread only sees queued signals.
 *
 * A failure of one file is reported in its result and does not stop the others. Nothing is
 * committed before every file is hashed; cancel() before the commit leaves no proof and burns no
 * counter. Once proofs exist, cancel() no longer drops them: their bundles are still written, so
 * a counter is never spent on a proof nobody keeps.
 *
 * Lives on the thread that creates it (which needs an event loop); call start() once.
 */
class StampJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StampJob)

public:
    explicit StampJob(StampParams params, QObject *parent = nullptr);
    ~StampJob() override;

    void start();
    void cancel();
    bool isCancelled() const { return m_cancelled; }
    bool isFinished() const { return m_finished; }

    const StampParams &params() const { return m_params; }
    const QList<StampFileResult> &results() const { return m_results; }
    /** Once finished: moves the results out (so proofs are not copied); results() is empty
     *  afterwards. */
    QList<StampFileResult> takeResults() { return std::exchange(m_results, {}); }
    /** The embedded signer's own failure (its state could not be opened or written), if any. */
    const std::optional<Error> &jobError() const { return m_jobError; }
    /** The batch bundle, when params().batch and it was written. */
    QString batchBundlePath() const { return m_batchBundle; }
    /** Who signed, from the first returned (already verified) proof: key, tier, measurement. */
    QString signerSummary() const { return m_signerSummary; }

signals:
    void fileStageChanged(int index);
    void fileProgressChanged(int index, qint64 done, qint64 total);
    /** Bytes hashed over all files; the commit and write stages follow the hashing. */
    void progressChanged(qint64 done, qint64 total);
    /** A line for a status bar: "Hashing…", "Committing 3 digests to …", "Writing bundles…". */
    void statusChanged(const QString &text);
    void finished();

private:
    void hashed();
    void commit();
    void committed(Result<QList<JsonValue>> proofs, const QList<int> &indexes);
    void commitNextRemote();
    void commitRemoteAuthorized(const QList<int> &todo);
    void timestampNext();
    void write();
    void finish();
    void setStage(int index, StampStage stage, std::optional<Error> error = std::nullopt);
    QList<int> indexesAt(StampStage stage) const;

    StampParams m_params;
    QList<StampFileResult> m_results;
    std::optional<Error> m_jobError;
    QString m_batchBundle;
    QString m_signerSummary;
    HashJob *m_hashJob = nullptr;
    CommitClient *m_client = nullptr;
    TsaClient *m_tsa = nullptr;
    QList<int> m_queue; ///< files waiting for a remote commit or a timestamp
    bool m_cancelled = false;
    std::atomic_bool m_cancelFlag = false; ///< m_cancelled, for worker threads
    bool m_finished = false;
    bool m_started = false;
    int m_pendingWorkers = 0;
    QThreadPool m_pool; ///< the stub commit and the bundle writer; waited for on destruction
};

} // namespace Occ
