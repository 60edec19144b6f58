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
    for (qsizetype i = 0; i < m_paths.size(); ++i) {
        m_results[size_t(i)].path = m_paths[i];
        const QFileInfo info(m_paths[i]);
        if (info.isFile())
            m_total += info.size();
    }
    if (m_paths.isEmpty()) {
        emit finished();
        return;
    }
    m_remaining.store(m_workers);
    for (int w = 0; w < m_workers; ++w)
        m_pool.start([this] { work(); });
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
        auto digest = Crypto::sha256File(path, &m_cancel, [&](qint64 done, qint64 total) {
            const qint64 all = m_done.fetch_add(done - last) + (done - last);
            last = done;
            emit fileProgressChanged(index, done, total);
            emit progressChanged(all, m_total);
        });
        result.size = last;
        if (digest)
            result.digest = *digest;
        else
            result.error = digest.error();
        emit fileFinished(index);
    }
    Crypto::releaseThreadState();
    if (m_remaining.fetch_sub(1) == 1)
        emit finished();
}

QList<FileHash> HashJob::hashFiles(const QStringList &paths, int maxThreads)
{
    HashJob job(paths, maxThreads);
    job.start();
    job.waitForFinished();
    return job.results();
}

} // namespace Occ
