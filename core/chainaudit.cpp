// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0
#include "chainaudit.h"

#include "bundle.h"
#include "crypto.h"
#include "encoding.h"
#include "jsutil.h"
#include "proof.h"
#include "proofhashes.h"
#include "trustprofile.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMap>
#include <QScopeGuard>
#include <QThread>
#include <QThreadPool>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>

using namespace Qt::StringLiterals;

namespace Occ {
namespace {

QString commitString(const JsonValue &proof, QStringView key)
{
    const JsonValue *c = proof.member(u"commit");
    return c ? Js::str(c->member(key)) : QString();
}

bool counterLess(const QString &a, const QString &b)
{
    return Encoding::compareDecimal(a, b) < 0;
}

} // namespace

namespace {

// Runs body(i) for every i in [0, n) on every core, each index once.
template<typename Body>
void parallelFor(qsizetype n, const Body &body)
{
    std::atomic<qsizetype> next{0};
    auto work = [&] {
        for (qsizetype i = next.fetch_add(1); i < n; i = next.fetch_add(1))
            body(i);
        Crypto::releaseThreadState();
    };
    const int threads = int(std::min<qsizetype>(std::max(1, QThread::idealThreadCount()), n));
    if (threads <= 1) {
        for (qsizetype i = 0; i < n; ++i)
            body(i);
        return;
    }
    QThreadPool pool;
    pool.setMaxThreadCount(threads);
    for (int w = 0; w < threads; ++w)
        pool.start(work);
    pool.waitForDone();
}

} // namespace

AuditLinkFacts auditLinkFacts(const JsonValue &proof)
{
    AuditLinkFacts f;
    const QByteArray full = ProofHashes::chainHash(proof);
    f.fullHash = Encoding::toBase64(full);
    // Leaving out a member the proof does not have changes nothing: one hash is enough then.
    f.timelessHash
        = proof.member(u"timestamps") ? Encoding::toBase64(
              ProofHashes::chainHash(proof, ProofHashes::ChainRule::WithoutProofHashOrTimestamps))
                                      : f.fullHash;
    const JsonValue *signer = proof.member(u"signer");
    f.publicKeyB64 = signer ? Js::str(signer->member(u"publicKeyB64")) : QString();
    const JsonValue *commit = proof.member(u"commit");
    if (!commit)
        return f;
    f.epochId = Js::str(commit->member(u"epochId"));
    f.chainId = Js::str(commit->member(u"chainId"));
    f.counter = Js::str(commit->member(u"counter"));
    f.prev = Js::str(commit->member(u"prevB64"));
    const JsonValue *time = commit->member(u"time");
    if (time && time->isNumber())
        f.time = *time->asNumber();
    if (const JsonValue *link = commit->member(u"epochLink")) {
        f.epochLinked = true;
        f.epochLinkFrom = Js::str(link->member(u"prevEpochId")) + u'|'
                          + Js::str(link->member(u"prevCounter")) + u'|'
                          + Js::str(link->member(u"prevProofHashB64"));
        f.epochLinkTo = Js::str(link->member(u"toEpochId"));
    }
    return f;
}

AuditResult auditChains(const QList<AuditEntry> &entries)
{
    AuditResult result;
    // Facts of the proofs that verify: their own, or worked out here (in parallel).
    std::vector<const AuditLinkFacts *> factsOf(size_t(entries.size()), nullptr);
    std::vector<AuditLinkFacts> workedOut(size_t(entries.size()));
    bool missing = false;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (entries[i].report.verdict != Verdict::Invalid) {
            factsOf[size_t(i)] = entries[i].facts ? &*entries[i].facts : &workedOut[size_t(i)];
            missing = missing || !entries[i].facts;
        }
    }
    if (missing) {
        parallelFor(entries.size(), [&](qsizetype i) {
            if (factsOf[size_t(i)] == &workedOut[size_t(i)])
                workedOut[size_t(i)] = auditLinkFacts(entries[i].proof);
        });
    }
    const auto facts = [&](int i) -> const AuditLinkFacts & { return *factsOf[size_t(i)]; };
    QHash<QString, int> byHash; // chain hash (either rule) -> entry
    QHash<QString, int> firstByFullHash;
    byHash.reserve(2 * entries.size());
    firstByFullHash.reserve(entries.size());
    for (int i = 0; i < entries.size(); ++i) {
        const AuditEntry &e = entries[i];
        if (e.report.verdict == Verdict::Invalid) {
            result.problems.append(
                {u"invalid"_s,
                 QCoreApplication::translate("Occ::ChainAudit", "%1 does not verify: %2")
                     .arg(e.source, e.report.reason()),
                 {e.source}});
            continue;
        }
        const QString &full = facts(i).fullHash;
        if (firstByFullHash.contains(full)) {
            const AuditEntry &other = entries[firstByFullHash.value(full)];
            result.problems.append(
                {u"duplicate"_s,
                 QCoreApplication::translate("Occ::ChainAudit", "%1 and %2 are the same proof")
                     .arg(other.source, e.source),
                 {other.source, e.source}});
            continue;
        }
        firstByFullHash.insert(full, i);
        byHash.insert(full, i);
        byHash.insert(facts(i).timelessHash, i);
    }

    // Epoch links: each predecessor may be consumed by one successor epoch only.
    QHash<QString, int> consumer; // predecessor (epoch|counter|hash) -> first linking entry
    for (int i : std::as_const(firstByFullHash)) {
        if (!facts(i).epochLinked)
            continue;
        const QString &key = facts(i).epochLinkFrom;
        if (!consumer.contains(key)) {
            consumer.insert(key, i);
            continue;
        }
        const int first = consumer.value(key);
        if (facts(first).epochLinkTo != facts(i).epochLinkTo) {
            result.problems.append(
                {u"fork"_s,
                 QCoreApplication::translate(
                     "Occ::ChainAudit",
                     "%1 and %2 both start a new epoch after the same predecessor: "
                     "the single-successor rule is broken")
                     .arg(entries[first].source, entries[i].source),
                 {entries[first].source, entries[i].source}});
        }
    }

    // Group the valid, distinct proofs.
    QMap<QString, AuditChain> groups;
    std::vector<int> groupOf(size_t(entries.size()), -1); // entry -> its group's number
    auto it = groups.end(); // the group of the proof before: most often this one's too
    for (int i : std::as_const(firstByFullHash)) {
        const AuditLinkFacts &f = facts(i);
        if (it == groups.end() || it->publicKeyB64 != f.publicKeyB64 || it->epochId != f.epochId
            || it->chainId != f.chainId) {
            const QString key = f.publicKeyB64 + u'|' + f.epochId + u'|' + f.chainId;
            it = groups.find(key);
            if (it == groups.end()) {
                AuditChain chain;
                chain.publicKeyB64 = f.publicKeyB64;
                chain.epochId = f.epochId;
                chain.chainId = f.chainId;
                it = groups.insert(key, chain);
            }
        }
        it->entries.append(i);
        groupOf[size_t(i)] = groupOf[size_t(it->entries.first())] >= 0
                                 ? groupOf[size_t(it->entries.first())]
                                 : int(groups.size());
    }

    for (AuditChain &chain : groups) {
        std::sort(chain.entries.begin(), chain.entries.end(), [&](int a, int b) {
            const QString &ca = facts(a).counter;
            const QString &cb = facts(b).counter;
            return ca == cb ? entries[a].source < entries[b].source : counterLess(ca, cb);
        });
        const int group = groupOf[size_t(chain.entries.first())];
        QHash<QString, int> successorOf; // prevB64 -> first proof that claims it
        successorOf.reserve(chain.entries.size());
        for (qsizetype k = 0; k < chain.entries.size(); ++k) {
            const int i = chain.entries[k];
            const AuditEntry &e = entries[i];
            const QString &counter = facts(i).counter;
            if (k > 0) {
                const int b = chain.entries[k - 1];
                const AuditEntry &before = entries[b];
                if (facts(b).counter == counter && !counter.isEmpty()) {
                    result.problems.append(
                        {u"counter-reuse"_s,
                         QCoreApplication::translate("Occ::ChainAudit",
                                                     "%1 and %2 both claim counter %3")
                             .arg(before.source, e.source, counter),
                         {before.source, e.source}});
                }
                const std::optional<double> &t0 = facts(b).time;
                const std::optional<double> &t1 = facts(i).time;
                if (t0 && t1 && *t1 < *t0) {
                    result.problems.append(
                        {u"time-order"_s,
                         QCoreApplication::translate(
                             "Occ::ChainAudit",
                             "%1 (counter %2) has an earlier time than %3 before it "
                             "(the signer's own clock)")
                             .arg(e.source, counter, before.source),
                         {before.source, e.source}});
                }
            }
            const QString &prev = facts(i).prev;
            if (prev.isEmpty())
                continue;
            if (successorOf.contains(prev)) {
                const AuditEntry &other = entries[successorOf.value(prev)];
                result.problems.append(
                    {u"fork"_s,
                     QCoreApplication::translate(
                         "Occ::ChainAudit",
                         "%1 and %2 both follow the same predecessor: the chain forked")
                         .arg(other.source, e.source),
                     {other.source, e.source}});
            } else {
                successorOf.insert(prev, i);
            }
            const int predecessor = byHash.value(prev, -1);
            if (predecessor >= 0) {
                if (groupOf[size_t(predecessor)] != group) {
                    result.problems.append(
                        {u"broken-link"_s,
                         QCoreApplication::translate(
                             "Occ::ChainAudit",
                             "%1 links to %2, a proof of another signer, epoch or chain")
                             .arg(e.source, entries[predecessor].source),
                         {e.source, entries[predecessor].source}});
                } else {
                    ++chain.links;
                }
            } else if (k > 0) {
                // Proofs with lower counters are in the set, yet the predecessor is not.
                result.problems.append({u"gap"_s,
                                        QCoreApplication::translate(
                                            "Occ::ChainAudit",
                                            "The predecessor of %1 (counter %2) is missing, though "
                                            "earlier proofs of this chain are here")
                                            .arg(e.source, counter),
                                        {e.source}});
            }
        }
        result.chains.append(chain);
    }
    return result;
}

JsonValue AuditResult::toJson(const QList<AuditEntry> &entries) const
{
    JsonObject o;
    o.append(u"ok"_s, ok());
    JsonArray proofs;
    for (const AuditEntry &e : entries) {
        JsonObject p;
        p.append(u"source"_s, e.source);
        p.append(u"verdict"_s, verdictId(e.report.verdict));
        p.append(u"reason"_s, e.report.reason());
        p.append(u"counter"_s, e.facts ? e.facts->counter : commitString(e.proof, u"counter"));
        proofs.emplace_back(std::move(p));
    }
    o.append(u"proofs"_s, JsonValue(std::move(proofs)));
    JsonArray list;
    for (const AuditChain &c : chains) {
        JsonObject g;
        g.append(u"publicKeyB64"_s, c.publicKeyB64);
        g.append(u"epochId"_s, c.epochId);
        g.append(u"chainId"_s, c.chainId);
        JsonArray members;
        for (int i : c.entries)
            members.emplace_back(entries[i].source);
        g.append(u"proofs"_s, JsonValue(std::move(members)));
        g.append(u"links"_s, c.links);
        list.emplace_back(std::move(g));
    }
    o.append(u"chains"_s, JsonValue(std::move(list)));
    JsonArray problemList;
    for (const AuditProblem &p : problems) {
        JsonObject po;
        po.append(u"kind"_s, p.kind);
        po.append(u"message"_s, p.message);
        JsonArray sources;
        for (const QString &s : p.sources)
            sources.emplace_back(s);
        po.append(u"sources"_s, JsonValue(std::move(sources)));
        problemList.emplace_back(std::move(po));
    }
    o.append(u"problems"_s, JsonValue(std::move(problemList)));
    return JsonValue(std::move(o));
}

namespace {

bool isZip(QByteArrayView head)
{
    return head.startsWith(QByteArrayView("PK\x03\x04", 4));
}

// Reads up to max bytes from fd, fewer at its end; nullopt with errno set on an error.
std::optional<QByteArray> readUpTo(int fd, qint64 max)
{
    QByteArray out(qsizetype(max), Qt::Uninitialized);
    qint64 got = 0;
    while (got < max) {
        const ssize_t n = ::read(fd, out.data() + got, size_t(max - got));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return std::nullopt;
        if (n == 0)
            break;
        got += n;
    }
    out.truncate(qsizetype(got));
    return out;
}

// listed: the path came from listing a folder, so it was a regular file then; it is not
// stat'ed again unless it cannot be opened (a file-system call per file counts here, hence
// plain POSIX calls rather than QFile's few more).
void collectFile(const QString &path,
                 bool listed,
                 const VerifyOptions &base,
                 AuditRetention retention,
                 QList<AuditEntry> &out,
                 QStringList &errors)
{
    const auto noSuchFile = [&] {
        errors.append(
            QCoreApplication::translate("Occ::ChainAudit", "%1: no such file or folder").arg(path));
    };
    const auto cannotRead = [&](int error) {
        errors.append(QCoreApplication::translate("Occ::ChainAudit", "cannot read %1: %2")
                          .arg(path, qt_error_string(error)));
    };
    if (!listed && !QFileInfo(path).isFile()) {
        noSuchFile();
        return;
    }
    auto addText = [&](QString source, const QByteArray &text, std::optional<QByteArray> digest) {
        VerifyOptions options = base;
        options.artifactDigest = std::move(digest);
        AuditEntry e;
        e.source = std::move(source);
        e.report = ProofVerifier::verifyText(text, options, &e.proof);
        if (e.report.verdict != Verdict::Invalid) {
            e.facts = auditLinkFacts(e.proof); // here, while the proof is in the cache
            if (retention == AuditRetention::FactsOnly)
                e.proof = JsonValue(); // freed here, its memory reused for the next proof
        }
        out.append(std::move(e));
    };
    // Each small file is read whole, in one go, and a small bundle is parsed from memory.
    // Non-blocking: a FIFO put in a file's place since the listing must not hang the audit.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) {
        const int error = errno;
        if (error == ENOENT)
            noSuchFile(); // gone since the listing
        else
            cannotRead(error);
        return;
    }
    const auto closeFd = qScopeGuard([fd] { ::close(fd); });
    struct stat st;
    if (::fstat(fd, &st) != 0) {
        cannotRead(errno);
        return;
    }
    if (!S_ISREG(st.st_mode)) {
        errors.append(
            QCoreApplication::translate("Occ::ChainAudit", "%1 is not a regular file").arg(path));
        return;
    }
    const BundleLimits limits;
    const qint64 size = st.st_size;
    // Whatever is there, and one more byte to see a file that grew since fstat.
    const bool small = size <= std::max(limits.maxInMemorySize, Proof::kMaxTextSize);
    std::optional<QByteArray> head = readUpTo(fd, small ? size + 1 : 4);
    if (!head) {
        cannotRead(errno);
        return;
    }
    const bool whole = small && head->size() <= size;
    if (isZip(*head)) {
        const auto items = whole && head->size() <= limits.maxInMemorySize
                               ? Bundle::readData(*head, path, limits)
                               : Bundle::read(path, limits);
        if (!items) {
            AuditEntry e;
            e.source = path;
            e.report.checks.append(Check{u"bundle"_s, CheckStatus::Fail, items.error().message});
            out.append(e);
            return;
        }
        for (const BundleItem &item : std::as_const(*items)) {
            addText(item.folder.isEmpty() ? path : path + u':' + item.folder,
                    item.proofText,
                    item.hasOriginal ? std::optional<QByteArray>(item.originalDigest)
                                     : std::nullopt);
        }
        return;
    }
    if (!whole) {
        const auto rest = readUpTo(fd, Proof::kMaxTextSize + 1 - head->size());
        if (!rest) {
            cannotRead(errno);
            return;
        }
        *head += *rest;
    }
    if (head->size() > Proof::kMaxTextSize) {
        errors.append(QCoreApplication::translate("Occ::ChainAudit",
                                                  "%1 is larger than %2 bytes: not a proof")
                          .arg(path)
                          .arg(Proof::kMaxTextSize));
        return;
    }
    addText(path, *head, std::nullopt);
}

} // namespace

AuditInput collectAuditEntries(const QStringList &paths,
                               const TrustProfile *profile,
                               const std::atomic_bool *cancel,
                               const std::function<void(int, int)> &progress,
                               AuditRetention retention)
{
    VerifyOptions base;
    base.profile = profile;
    QStringList files;
    std::vector<bool> listed; // per file: found in a folder
    AuditInput out;
    for (const QString &path : paths) {
        if (!QFileInfo(path).isDir()) {
            files.append(path);
            listed.push_back(false);
            continue;
        }
        QDirIterator it(path, {u"*.zip"_s, u"*.json"_s}, QDir::Files, QDirIterator::Subdirectories);
        QStringList found;
        while (it.hasNext())
            found.append(it.next());
        found.sort();
        files += found;
        listed.resize(size_t(files.size()), true);
    }
    std::vector<QList<AuditEntry>> perFile(size_t(files.size()));
    std::vector<QStringList> perFileErrors(size_t(files.size()));
    std::atomic_int next{0};
    std::atomic_int done{0};
    QThreadPool pool;
    pool.setMaxThreadCount(std::max(1, QThread::idealThreadCount()));
    for (int w = 0; w < pool.maxThreadCount(); ++w) {
        pool.start([&] {
            for (int i = next.fetch_add(1); i < files.size(); i = next.fetch_add(1)) {
                if (cancel && cancel->load())
                    break;
                collectFile(files[i],
                            listed[size_t(i)],
                            base,
                            retention,
                            perFile[size_t(i)],
                            perFileErrors[size_t(i)]);
                const int n = done.fetch_add(1) + 1;
                if (progress)
                    progress(n, int(files.size()));
            }
            Crypto::releaseThreadState();
        });
    }
    pool.waitForDone();
    qsizetype total = 0;
    for (const QList<AuditEntry> &list : perFile)
        total += list.size();
    out.entries.reserve(total);
    // Moved, not copied: each entry holds a whole parsed proof.
    for (size_t i = 0; i < perFile.size(); ++i) {
        for (AuditEntry &e : perFile[i])
            out.entries.append(std::move(e));
        out.errors += perFileErrors[i];
    }
    return out;
}

} // namespace Occ
