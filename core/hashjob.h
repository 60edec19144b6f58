// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "result.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QString>
#include <QThreadPool>

#include <atomic>
#include <memory>
#include <vector>

namespace Occ {

/** The outcome for one file of a HashJob. */
struct FileHash
{
    QString path;
    qint64 size = 0;            ///< bytes hashed
    QByteArray digest;          ///< SHA-256, 32 bytes, when ok
    std::optional<Error> error; ///< unreadable, vanished, cancelled...
    bool ok() const { return !error.has_value() && digest.size() == 32; }
};

/**
 * Hashes many files with SHA-256 off the calling thread: one worker per core (or as given),
 * each streaming its file in 1 MiB chunks, so memory stays constant whatever the sizes. A file
 * that cannot be read is reported in its result and does not stop the others. Results keep
 * the order of the input paths.
 *
 * Signals are emitted from worker threads; connect with a context object (queued delivery).
 * Progress is reported at most every 50 ms (and once at the end), and per file only for files
 * read in more than one piece, so thousands of small files do not flood the receiver's queue.
 */
class HashJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HashJob)

public:
    explicit HashJob(QStringList paths, int maxThreads = 0, QObject *parent = nullptr);
    ~HashJob() override;

    /** Starts the workers and returns at once. Call once. */
    void start();
    /** Asks the workers to stop: files not finished get ErrorCode::Cancelled. Thread-safe. */
    void cancel();
    /** Blocks until every worker is done (also after cancel()). */
    void waitForFinished();
    bool isFinished() const { return m_remaining.load() == 0 && m_started; }

    /** The results, in input order; complete once finished() was emitted. */
    QList<FileHash> results() const;
    /** One file's result; complete once fileFinished(index) was emitted. */
    FileHash result(int index) const;

    /** Convenience for scripts: hash and wait. */
    static QList<FileHash> hashFiles(const QStringList &paths, int maxThreads = 0);

signals:
    void fileStarted(int index);
    void fileProgressChanged(int index, qint64 done, qint64 total);
    void fileFinished(int index);
    /** Bytes hashed so far over all files, and the total size known when the job started. */
    void progressChanged(qint64 done, qint64 total);
    void finished();

private:
    static constexpr qint64 kReportIntervalMs = 50;
    void work();
    void reportProgress(bool last);

    QStringList m_paths;
    std::vector<FileHash> m_results; // not a QList: no implicit sharing, so no detach races
    QThreadPool m_pool;
    std::atomic_int m_next{0};
    std::atomic_int m_remaining{0};
    std::atomic_bool m_cancel{false};
    std::atomic<qint64> m_done{0};
    std::atomic<qint64> m_total{-1}; ///< -1 until the first worker has added up the sizes
    std::atomic<qint64> m_lastReport{-kReportIntervalMs};
    QElapsedTimer m_clock;
    int m_workers = 1;
    bool m_started = false;
};

} // namespace Occ
