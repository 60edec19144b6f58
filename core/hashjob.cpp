// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0
#include "hashjob.h"

#include "crypto.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QThread>

using namespace Qt::StringLiterals;

namespace Occ {

HashJob::HashJob(QStringList paths, int maxThreads, QObject *parent)
    : QObject(parent)
    , m_paths(std::move(paths))
{
    m_results.resize(size_t(m_paths.size()));
    const int cores = maxThreads > 0 ? maxThreads : std::max(1, QThread::idealThreadCount());
    m_workers = std::max(1, int(std::min<qsizetype>(cores, m_paths.size())));
    m_pool.setMaxThreadCount(m_workers);
}

HashJob::~HashJob()
{
    cancel();
    waitForFinished();
}

void HashJob::start()
{
    Q_ASSERT(!m_started);
    m_started = true;
    for (qsizetype i = 0; i < m_paths.size(); ++i)
        m_results[size_t(i)].path = m_paths[i];
    if (m_paths.isEmpty()) {
        emit finished();
        return;
    }
    m_clock.start();
    m_remaining.store(m_workers);
    // The total size needs a stat of every file: 10,000 of them would block the caller (the
    // GUI thread) for tens of milliseconds, so the first worker adds them up while the others
    // already hash. Overall progress is reported once the total is known.
    m_pool.start([this] {
        qint64 total = 0;
        for (const QString &path : std::as_const(m_paths)) {
            const QFileInfo info(path);
            if (info.isFile())
                total += info.size();
        }
        m_total.store(total);
        work();
    });
    for (int w = 1; w < m_workers; ++w)
        m_pool.start([this] { work(); });
}

void HashJob::reportProgress(bool last)
{
    const qint64 total = m_total.load();
    if (total < 0)
        return;
    // Thousands of small files would otherwise post one event each to the receiving thread:
    // one report per interval, and always the last one.
    const qint64 now = m_clock.elapsed();
    qint64 previous = m_lastReport.load();
    if (!last
        && (now - previous < kReportIntervalMs
            || !m_lastReport.compare_exchange_strong(previous, now)))
        return;
    if (last)
        m_lastReport.store(now);
    emit progressChanged(m_done.load(), total);
}

void HashJob::cancel()
{
    m_cancel.store(true);
}

void HashJob::waitForFinished()
{
    m_pool.waitForDone();
}

FileHash HashJob::result(int index) const
{
    // A worker writes each entry once, before it emits fileFinished(index).
    return index >= 0 && size_t(index) < m_results.size() ? m_results[size_t(index)] : FileHash();
}

QList<FileHash> HashJob::results() const
{
    return QList<FileHash>(m_results.begin(), m_results.end());
}

void HashJob::work()
{
    for (;;) {
        const int index = m_next.fetch_add(1);
        if (index >= m_paths.size())
            break;
        FileHash &result = m_results[size_t(index)]; // each index is touched by one worker only
        if (m_cancel.load()) {
            result.error = makeError(ErrorCode::Cancelled,
                                     QCoreApplication::translate("Occ::HashJob",
                                                                 "Hashing cancelled"));
            emit fileFinished(index);
            continue;
        }
        emit fileStarted(index);
        const QString &path = m_paths[index];
        if (QFileInfo(path).isDir()) {
            result.error = makeError(ErrorCode::Io,
                                     QCoreApplication::translate("Occ::HashJob", "%1 is a folder")
                                         .arg(path));
            emit fileFinished(index);
            continue;
        }
        qint64 last = 0;
        qint64 reported = -1; // when this file's progress was last reported
        auto digest = Crypto::sha256File(path, &m_cancel, [&](qint64 done, qint64 total) {
            m_done.fetch_add(done - last);
            last = done;
            // A file read in one piece needs no progress of its own (fileFinished says it);
            // a large one reports its first piece and then once per interval.
            const qint64 now = m_clock.elapsed();
            if (done < total && (reported < 0 || now - reported >= kReportIntervalMs)) {
                reported = now;
                emit fileProgressChanged(index, done, total);
            }
            reportProgress(false);
        });
        result.size = last;
        if (digest)
            result.digest = *digest;
        else
            result.error = digest.error();
        emit fileFinished(index);
    }
    Crypto::releaseThreadState();
    if (m_remaining.fetch_sub(1) == 1) {
        reportProgress(true);
        emit finished();
    }
}

QList<FileHash> HashJob::hashFiles(const QStringList &paths, int maxThreads)
{
    HashJob job(paths, maxThreads);
    job.start();
    job.waitForFinished();
    return job.results();
}

} // namespace Occ
