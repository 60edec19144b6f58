// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0

#include "stampjob.h"

#include "bundle.h"
#include "crypto.h"
#include "hashjob.h"
#include "jsutil.h"
#include "passkey.h"
#include "proofhashes.h"
#include "stubsigner.h"
#include "tsaclient.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryFile>

using namespace Qt::StringLiterals;

namespace Occ {

QString StampFileResult::counter() const
{
    const JsonValue *commit = proof.member(u"commit");
    const QString *c = commit ? commit->stringMember(u"counter") : nullptr;
    return c ? *c : QString();
}

namespace {

Error cancelledError()
{
    return makeError(ErrorCode::Cancelled,
                     QCoreApplication::translate("Occ::StampJob",
                                                 "Cancelled before it was committed"));
}

QString describeSigner(const JsonValue &proof, const QString &where)
{
    const JsonValue *env = proof.member(u"environment");
    const JsonValue *signer = proof.member(u"signer");
    return QCoreApplication::translate("Occ::StampJob", "%1 key %2… (%3, measurement %4)")
        .arg(where,
             Js::str(signer ? signer->member(u"publicKeyB64") : nullptr).left(12),
             Js::str(env ? env->member(u"enforcement") : nullptr),
             Js::str(env ? env->member(u"measurement") : nullptr));
}

/** The agency envelope for a stub commit: a challenge from this signer, signed by the actor. */
Result<std::optional<JsonValue>> authorize(StubSigner &signer,
                                           const std::shared_ptr<ActorAuthorizer> &authorizer,
                                           const QList<QByteArray> &digests,
                                           const std::atomic_bool &cancelled)
{
    if (!authorizer)
        return std::optional<JsonValue>();
    auto challenge = signer.issueChallenge();
    if (!challenge)
        return challenge.error();
    auto envelope = authorizer->authorize(*challenge, digests, QDateTime::currentMSecsSinceEpoch());
    if (!envelope)
        return envelope.error();
    if (cancelled)
        return cancelledError();
    return std::optional<JsonValue>(std::move(*envelope));
}

} // namespace

StampJob::StampJob(StampParams params, QObject *parent)
    : QObject(parent)
    , m_params(std::move(params))
{
    m_pool.setMaxThreadCount(1);
    for (const QString &path : std::as_const(m_params.files)) {
        StampFileResult r;
        r.path = path;
        m_results.append(r);
    }
}

StampJob::~StampJob()
{
    m_cancelled = true;
    m_cancelFlag = true;
    if (m_params.authorizer)
        m_params.authorizer->cancel(); // ends a pending touch
    if (m_hashJob) {
        m_hashJob->cancel();
        m_hashJob->waitForFinished();
    }
    // Workers post back to this object; they must be gone before it is.
    m_pool.waitForDone();
}

void StampJob::start()
{
    Q_ASSERT(!m_started);
    m_started = true;
    if (m_results.isEmpty()) {
        finish();
        return;
    }
    if (!QDir().mkpath(m_params.destinationDir)) {
        m_jobError
            = makeError(ErrorCode::Io,
                        QCoreApplication::translate("Occ::StampJob",
                                                    "Cannot create the destination folder %1")
                            .arg(m_params.destinationDir));
        for (int i = 0; i < m_results.size(); ++i)
            setStage(i, StampStage::Failed, m_jobError);
        finish();
        return;
    }
    {
        // A folder that exists but cannot take files (read-only media, no permission) would
        // fail only after the commit, spending counters on proofs nobody keeps: try it first.
        QTemporaryFile probe(QDir(m_params.destinationDir).filePath(u".occ-write-test-XXXXXX"_s));
        if (!probe.open()) {
            m_jobError = makeError(ErrorCode::Io,
                                   QCoreApplication::translate("Occ::StampJob",
                                                               "Cannot write into the destination "
                                                               "folder %1: %2")
                                       .arg(m_params.destinationDir, probe.errorString()));
            for (int i = 0; i < m_results.size(); ++i)
                setStage(i, StampStage::Failed, m_jobError);
            finish();
            return;
        }
    }
    m_hashJob = new HashJob(m_params.files, 0, this);
    connect(m_hashJob, &HashJob::fileStarted, this, [this](int i) {
        setStage(i, StampStage::Hashing);
    });
    connect(m_hashJob, &HashJob::fileProgressChanged, this, &StampJob::fileProgressChanged);
    connect(m_hashJob, &HashJob::progressChanged, this, &StampJob::progressChanged);
    connect(m_hashJob, &HashJob::fileFinished, this, [this](int i) {
        // Results are complete per file once fileFinished is delivered.
        const FileHash h = m_hashJob->result(i);
        m_results[i].size = h.size;
        if (h.ok()) {
            m_results[i].digest = h.digest;
            setStage(i, StampStage::Hashed);
        } else if (h.error && h.error->code == ErrorCode::Cancelled) {
            setStage(i, StampStage::Cancelled, h.error);
        } else {
            setStage(i, StampStage::Failed, h.error);
        }
    });
    connect(m_hashJob, &HashJob::finished, this, &StampJob::hashed, Qt::QueuedConnection);
    emit statusChanged(tr("Hashing %n file(s) on this computer…", nullptr, int(m_results.size())));
    m_hashJob->start();
}

void StampJob::cancel()
{
    if (m_finished || m_cancelled)
        return;
    m_cancelled = true;
    m_cancelFlag = true;
    if (m_params.authorizer)
        m_params.authorizer->cancel(); // ends a pending touch
    if (m_hashJob)
        m_hashJob->cancel();
    if (m_client)
        m_client->cancelAll();
}

void StampJob::setStage(int index, StampStage stage, std::optional<Error> error)
{
    StampFileResult &r = m_results[index];
    if (r.stage == stage && !error)
        return;
    r.stage = stage;
    if (error)
        r.error = error;
    emit fileStageChanged(index);
}

QList<int> StampJob::indexesAt(StampStage stage) const
{
    QList<int> out;
    for (int i = 0; i < m_results.size(); ++i) {
        if (m_results[i].stage == stage)
            out.append(i);
    }
    return out;
}

void StampJob::hashed()
{
    // Late fileFinished deliveries are queued before this; settle anything still open.
    const QList<FileHash> hashes = m_hashJob->results();
    for (int i = 0; i < m_results.size(); ++i) {
        const StampStage s = m_results[i].stage;
        if (s == StampStage::Waiting || s == StampStage::Hashing) {
            const FileHash &h = hashes[i];
            m_results[i].size = h.size;
            if (h.ok() && !m_cancelled) {
                m_results[i].digest = h.digest;
                setStage(i, StampStage::Hashed);
            } else {
                setStage(i,
                         m_cancelled ? StampStage::Cancelled : StampStage::Failed,
                         h.error ? *h.error : cancelledError());
            }
        }
    }
    if (m_cancelled) {
        for (int i : indexesAt(StampStage::Hashed))
            setStage(i, StampStage::Cancelled, cancelledError());
        finish();
        return;
    }
    commit();
}

void StampJob::commit()
{
    const QList<int> todo = indexesAt(StampStage::Hashed);
    if (todo.isEmpty()) {
        finish();
        return;
    }
    if (m_params.batch && todo.size() != m_results.size()) {
        // A batch bundle is all or nothing: do not spend counters on a partial batch.
        for (int i : todo) {
            setStage(i,
                     StampStage::Failed,
                     makeError(ErrorCode::Io,
                               QCoreApplication::translate(
                                   "Occ::StampJob",
                                   "Not committed: another file of the batch could not be read")));
        }
        finish();
        return;
    }
    {
        // Refuse what the bundle writer would refuse before any counter is spent on it.
        QList<BundleSource> names;
        for (int i : todo)
            names.append({m_results[i].path, QFileInfo(m_results[i].path).fileName(), {}});
        if (auto ok = Bundle::checkNames(names, m_params.batch); !ok) {
            for (int i : todo)
                setStage(i,
                         StampStage::Failed,
                         makeError(ok.error().code,
                                   QCoreApplication::translate("Occ::StampJob", "Not committed: %1")
                                       .arg(ok.error().message)));
            finish();
            return;
        }
    }
    for (int i : todo)
        setStage(i, StampStage::Committing);

    if (!m_params.endpoint) {
        emit statusChanged(
            tr("Signing %n digest(s) with the embedded stub signer…", nullptr, int(todo.size())));
        CommitRequest request;
        request.chainId = m_params.chainId;
        request.attribution = m_params.attribution;
        request.metadata = m_params.metadata;
        for (int i : todo) {
            request.digests.append(m_results[i].digest);
            JsonObject item;
            item.append(u"filename"_s, QFileInfo(m_results[i].path).fileName());
            request.itemMetadata.append(item);
        }
        const QString statePath = m_params.stubStatePath.isEmpty() ? StubSigner::defaultStatePath()
                                                                   : m_params.stubStatePath;
        const std::optional<TrustProfile> profile = m_params.profile;
        const std::shared_ptr<ActorAuthorizer> authorizer = m_params.authorizer;
        if (authorizer)
            emit statusChanged(
                tr("Waiting for the authorization of %1…").arg(authorizer->description()));
        // The state file is fsync'd, and a passkey waits for a touch: keep both off the GUI
        // thread.
        m_pool.start([this, request, statePath, profile, todo, authorizer]() mutable {
            Result<QList<JsonValue>> proofs = makeError(ErrorCode::Internal, QString());
            bool signerFailed = false;
            auto signer = StubSigner::open(statePath);
            if (!signer) {
                proofs = signer.error();
                signerFailed = true;
            } else if (auto agency = authorize(*signer, authorizer, request.digests, m_cancelFlag);
                       !agency) {
                proofs = agency.error();
            } else {
                request.agency = *agency;
                proofs = signer->commit(request);
                signerFailed = !proofs;
                if (proofs && profile) {
                    // The service path checks this in the client; stub proofs get the same.
                    auto checked = checkCommitResponse(JsonValue(JsonArray(proofs->begin(),
                                                                           proofs->end())),
                                                       request,
                                                       &*profile);
                    if (!checked)
                        proofs = checked.error();
                }
            }
            Crypto::releaseThreadState();
            QMetaObject::invokeMethod(
                this,
                [this, proofs = std::move(proofs), todo, signerFailed]() mutable {
                    if (signerFailed)
                        m_jobError = proofs.error();
                    committed(std::move(proofs), todo);
                },
                Qt::QueuedConnection);
        });
        return;
    }

    CommitClientConfig config = *m_params.endpoint;
    config.profile = m_params.profile ? &*m_params.profile : nullptr;
    m_client = new CommitClient(config, this);
    if (m_params.authorizer) {
        commitRemoteAuthorized(todo);
        return;
    }
    if (m_params.batch) {
        emit statusChanged(tr("Committing %n digest(s) to %1…", nullptr, int(todo.size()))
                               .arg(config.endpoint.host()));
        // One request: the API has one metadata per request, so no per-file names.
        CommitRequest request;
        request.chainId = m_params.chainId;
        request.attribution = m_params.attribution;
        request.metadata = m_params.metadata;
        for (int i : todo)
            request.digests.append(m_results[i].digest);
        m_client->commit(request, this, [this, todo](Result<QList<JsonValue>> proofs) {
            committed(std::move(proofs), todo);
        });
        return;
    }
    m_queue = todo;
    commitNextRemote();
}

void StampJob::commitRemoteAuthorized(const QList<int> &todo)
{
    emit statusChanged(tr("Asking %1 for a challenge…").arg(m_params.endpoint->endpoint.host()));
    m_client->challenge(this, [this, todo](Result<QString> challenge) {
        if (!challenge) {
            committed(challenge.error(), todo);
            return;
        }
        if (m_cancelled) {
            committed(cancelledError(), todo);
            return;
        }
        CommitRequest request;
        request.chainId = m_params.chainId;
        request.attribution = m_params.attribution;
        request.metadata = m_params.metadata;
        for (int i : todo)
            request.digests.append(m_results[i].digest);
        const std::shared_ptr<ActorAuthorizer> authorizer = m_params.authorizer;
        emit statusChanged(
            tr("Waiting for the authorization of %1…").arg(authorizer->description()));
        ++m_pendingWorkers;
        m_pool.start([this, request, todo, authorizer, c = *challenge]() mutable {
            auto agency = authorizer->authorize(c,
                                                request.digests,
                                                QDateTime::currentMSecsSinceEpoch());
            Crypto::releaseThreadState();
            QMetaObject::invokeMethod(
                this,
                [this, request, todo, agency = std::move(agency)]() mutable {
                    --m_pendingWorkers;
                    if (!agency) {
                        committed(agency.error(), todo);
                        return;
                    }
                    if (m_cancelled) {
                        committed(cancelledError(), todo);
                        return;
                    }
                    request.agency = *agency;
                    emit statusChanged(
                        tr("Committing %n digest(s) to %1…", nullptr, int(todo.size()))
                            .arg(m_params.endpoint->endpoint.host()));
                    m_client->commit(request, this, [this, todo](Result<QList<JsonValue>> proofs) {
                        committed(std::move(proofs), todo);
                    });
                },
                Qt::QueuedConnection);
        });
    });
}

void StampJob::commitNextRemote()
{
    if (m_queue.isEmpty()) {
        timestampNext();
        return;
    }
    const int i = m_queue.takeFirst();
    if (m_cancelled) {
        setStage(i, StampStage::Cancelled, cancelledError());
        commitNextRemote();
        return;
    }
    emit statusChanged(
        tr("Committing %1 to %2…")
            .arg(QFileInfo(m_results[i].path).fileName(), m_params.endpoint->endpoint.host()));
    // One request per file, as the reference CLI does, each with its own file name.
    CommitRequest one;
    one.chainId = m_params.chainId;
    one.attribution = m_params.attribution;
    JsonObject metadata = m_params.metadata.value_or(JsonObject());
    metadata.insert(u"filename"_s, QFileInfo(m_results[i].path).fileName());
    one.metadata = metadata;
    one.digests = {m_results[i].digest};
    m_client->commit(one, this, [this, i](Result<QList<JsonValue>> proofs) {
        if (!proofs) {
            setStage(i,
                     proofs.error().code == ErrorCode::Cancelled ? StampStage::Cancelled
                                                                 : StampStage::Failed,
                     proofs.error());
        } else {
            if (m_signerSummary.isEmpty())
                m_signerSummary = describeSigner(proofs->first(),
                                                 m_params.endpoint->endpoint.host());
            m_results[i].proof = proofs->first();
            setStage(i, StampStage::Timestamping);
        }
        commitNextRemote();
    });
}

void StampJob::committed(Result<QList<JsonValue>> proofs, const QList<int> &indexes)
{
    if (!proofs) {
        for (int i : indexes) {
            setStage(i,
                     proofs.error().code == ErrorCode::Cancelled ? StampStage::Cancelled
                                                                 : StampStage::Failed,
                     proofs.error());
        }
        finish();
        return;
    }
    m_signerSummary = describeSigner(proofs->first(),
                                     m_params.endpoint ? m_params.endpoint->endpoint.host()
                                                       : tr("the embedded stub signer"));
    for (qsizetype k = 0; k < indexes.size(); ++k) {
        m_results[indexes[k]].proof = std::move((*proofs)[k]); // no deep copy on this thread
        setStage(indexes[k], StampStage::Timestamping);
    }
    timestampNext();
}

void StampJob::timestampNext()
{
    if (m_params.tsaUrl.isEmpty()) {
        write();
        return;
    }
    if (!m_tsa) {
        m_tsa = new TsaClient(m_params.tsaUrl, 10'000, this);
        m_queue = indexesAt(StampStage::Timestamping);
    }
    if (m_queue.isEmpty()) {
        write();
        return;
    }
    const int i = m_queue.first();
    emit statusChanged(tr("Requesting RFC 3161 timestamps for %1 from %2…")
                           .arg(QFileInfo(m_results[i].path).fileName(), m_params.tsaUrl.host()));
    auto failed = [this, i](const Error &why) {
        if (m_params.requireTimestamps) {
            setStage(i,
                     StampStage::Failed,
                     makeError(why.code,
                               QCoreApplication::translate("Occ::StampJob",
                                                           "no timestamp, so nothing written: %1")
                                   .arg(why.message)));
        } else {
            m_results[i].warning = QCoreApplication::translate("Occ::StampJob",
                                                               "written without a timestamp: %1")
                                       .arg(why.message);
        }
        m_queue.removeFirst();
        timestampNext();
    };
    if (m_cancelled) {
        failed(makeError(ErrorCode::Cancelled, u"cancelled"_s));
        return;
    }
    m_tsa->timestamp(m_results[i].digest, this, [this, i, failed](Result<QByteArray> artifact) {
        if (!artifact) {
            failed(artifact.error());
            return;
        }
        const QByteArray core = ProofHashes::proofCoreDigest(m_results[i].proof);
        m_tsa->timestamp(core, this, [this, i, failed, artifact](Result<QByteArray> proofToken) {
            if (!proofToken) {
                failed(proofToken.error());
                return;
            }
            m_results[i].proof = TsaClient::attach(m_results[i].proof,
                                                   m_params.tsaUrl.host(),
                                                   *artifact,
                                                   *proofToken);
            m_queue.removeFirst();
            timestampNext();
        });
    });
}

void StampJob::write()
{
    QList<int> todo = indexesAt(StampStage::Timestamping);
    if (todo.isEmpty()) {
        finish();
        return;
    }
    if (m_params.batch && todo.size() != m_results.size()) {
        for (int i : todo) {
            setStage(i,
                     StampStage::Failed,
                     makeError(ErrorCode::Io,
                               QCoreApplication::translate(
                                   "Occ::StampJob",
                                   "Not written: another file of the batch has no proof")));
        }
        finish();
        return;
    }
    for (int i : todo)
        setStage(i, StampStage::Writing);
    emit statusChanged(
        tr("Writing %n bundle(s) to %1…", nullptr, m_params.batch ? 1 : int(todo.size()))
            .arg(QDir::toNativeSeparators(m_params.destinationDir)));

    struct Item
    {
        int index;
        QString path;
        JsonValue proof;
    };
    QList<Item> items;
    for (int i : todo)
        items.append({i, m_results[i].path, m_results[i].proof});
    const QString dir = m_params.destinationDir;
    const bool batch = m_params.batch;
    const bool overwrite = m_params.overwrite;
    ++m_pendingWorkers;
    m_pool.start([this, items, dir, batch, overwrite] {
        auto post = [this](int index, QString bundle, std::optional<Error> error) {
            QMetaObject::invokeMethod(
                this,
                [this, index, bundle, error] {
                    m_results[index].bundlePath = bundle;
                    setStage(index, error ? StampStage::Failed : StampStage::Done, error);
                },
                Qt::QueuedConnection);
        };
        if (batch) {
            QList<BundleSource> sources;
            for (const Item &item : items)
                sources.append({item.path, QFileInfo(item.path).fileName(), item.proof});
            const QString base = u"occ-batch-"_s
                                 + QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s);
            const QString target = overwrite ? QDir(dir).filePath(base + u".proof.zip"_s)
                                             : Bundle::freePath(dir, base);
            const auto w = Bundle::write(target, sources, true, overwrite);
            QMetaObject::invokeMethod(
                this,
                [this, target, ok = bool(w)] {
                    if (ok)
                        m_batchBundle = target;
                },
                Qt::QueuedConnection);
            for (const Item &item : items)
                post(item.index,
                     w ? target : QString(),
                     w ? std::nullopt : std::optional(w.error()));
        } else {
            for (const Item &item : items) {
                const QString name = QFileInfo(item.path).fileName();
                const QString target = overwrite ? QDir(dir).filePath(name + u".proof.zip"_s)
                                                 : Bundle::freePath(dir, name);
                const auto w = Bundle::write(target,
                                             {{item.path, name, item.proof}},
                                             false,
                                             overwrite);
                post(item.index,
                     w ? target : QString(),
                     w ? std::nullopt : std::optional(w.error()));
            }
        }
        Crypto::releaseThreadState();
        QMetaObject::invokeMethod(
            this,
            [this] {
                --m_pendingWorkers;
                finish();
            },
            Qt::QueuedConnection);
    });
}

void StampJob::finish()
{
    if (m_finished || m_pendingWorkers > 0)
        return;
    m_finished = true;
    int done = 0;
    for (const StampFileResult &r : std::as_const(m_results))
        done += r.stage == StampStage::Done ? 1 : 0;
    emit statusChanged(tr("Stamped %1 of %n file(s)", nullptr, int(m_results.size())).arg(done));
    emit finished();
}

} // namespace Occ
