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
#include <QThread>
#include <QThreadPool>

#include <algorithm>

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

// What the linking needs of one proof, worked out up front (and in parallel: the chain hashes
// are most of the audit's own cost).
struct LinkFacts
{
    QString fullHash;     ///< chain hash, baseline rule (base64)
    QString timelessHash; ///< chain hash without `timestamps` (base64)
    QString counter;
    QString prev;
    std::optional<double> time;
};

LinkFacts linkFacts(const JsonValue &proof)
{
    LinkFacts f;
    const QByteArray full = ProofHashes::chainHash(proof);
    f.fullHash = Encoding::toBase64(full);
    // Leaving out a member the proof does not have changes nothing: one hash is enough then.
    f.timelessHash
        = proof.member(u"timestamps") ? Encoding::toBase64(
              ProofHashes::chainHash(proof, ProofHashes::ChainRule::WithoutProofHashOrTimestamps))
                                      : f.fullHash;
    f.counter = commitString(proof, u"counter");
    f.prev = commitString(proof, u"prevB64");
    const JsonValue *commit = proof.member(u"commit");
    const JsonValue *time = commit ? commit->member(u"time") : nullptr;
    if (time && time->isNumber())
        f.time = *time->asNumber();
    return f;
}

} // namespace

AuditResult auditChains(const QList<AuditEntry> &entries)
{
    AuditResult result;
    std::vector<LinkFacts> facts(size_t(entries.size()));
    parallelFor(entries.size(), [&](qsizetype i) {
        if (entries[i].report.verdict != Verdict::Invalid)
            facts[size_t(i)] = linkFacts(entries[i].proof);
    });
    QHash<QString, int> byHash; // chain hash (either rule) -> entry
    QHash<QString, int> firstByFullHash;
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
        const QString &full = facts[size_t(i)].fullHash;
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
        byHash.insert(facts[size_t(i)].timelessHash, i);
    }

    // Epoch links: each predecessor may be consumed by one successor epoch only.
    QHash<QString, int> consumer; // predecessor (epoch|counter|hash) -> first linking entry
    for (int i : std::as_const(firstByFullHash)) {
        const JsonValue *commit = entries[i].proof.member(u"commit");
        const JsonValue *link = commit ? commit->member(u"epochLink") : nullptr;
        if (!link)
            continue;
        const QString key = Js::str(link->member(u"prevEpochId")) + u'|'
                            + Js::str(link->member(u"prevCounter")) + u'|'
                            + Js::str(link->member(u"prevProofHashB64"));
        if (!consumer.contains(key)) {
            consumer.insert(key, i);
            continue;
        }
        const AuditEntry &first = entries[consumer.value(key)];
        const JsonValue *firstLink = first.proof.member(u"commit")->member(u"epochLink");
        if (Js::str(firstLink->member(u"toEpochId")) != Js::str(link->member(u"toEpochId"))) {
            result.problems.append(
                {u"fork"_s,
                 QCoreApplication::translate(
                     "Occ::ChainAudit",
                     "%1 and %2 both start a new epoch after the same predecessor: "
                     "the single-successor rule is broken")
                     .arg(first.source, entries[i].source),
                 {first.source, entries[i].source}});
        }
    }

    // Group the valid, distinct proofs.
    QMap<QString, AuditChain> groups;
    std::vector<int> groupOf(size_t(entries.size()), -1); // entry -> its group's number
    for (int i : std::as_const(firstByFullHash)) {
        const JsonValue &p = entries[i].proof;
        AuditChain chain;
        chain.publicKeyB64 = Js::str(p.member(u"signer")->member(u"publicKeyB64"));
        chain.epochId = commitString(p, u"epochId");
        chain.chainId = commitString(p, u"chainId");
        const QString key = chain.publicKeyB64 + u'|' + chain.epochId + u'|' + chain.chainId;
        auto it = groups.find(key);
        if (it == groups.end())
            it = groups.insert(key, chain);
        it->entries.append(i);
        groupOf[size_t(i)] = groupOf[size_t(it->entries.first())] >= 0
                                 ? groupOf[size_t(it->entries.first())]
                                 : int(groups.size());
    }

    for (AuditChain &chain : groups) {
        std::sort(chain.entries.begin(), chain.entries.end(), [&](int a, int b) {
            const QString &ca = facts[size_t(a)].counter;
            const QString &cb = facts[size_t(b)].counter;
            return ca == cb ? entries[a].source < entries[b].source : counterLess(ca, cb);
        });
        const int group = groupOf[size_t(chain.entries.first())];
        QHash<QString, int> successorOf; // prevB64 -> first proof that claims it
        for (qsizetype k = 0; k < chain.entries.size(); ++k) {
            const int i = chain.entries[k];
            const AuditEntry &e = entries[i];
            const QString &counter = facts[size_t(i)].counter;
            if (k > 0) {
                const int b = chain.entries[k - 1];
                const AuditEntry &before = entries[b];
                if (facts[size_t(b)].counter == counter && !counter.isEmpty()) {
                    result.problems.append(
                        {u"counter-reuse"_s,
                         QCoreApplication::translate("Occ::ChainAudit",
                                                     "%1 and %2 both claim counter %3")
                             .arg(before.source, e.source, counter),
                         {before.source, e.source}});
                }
                const std::optional<double> &t0 = facts[size_t(b)].time;
                const std::optional<double> &t1 = facts[size_t(i)].time;
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
            const QString &prev = facts[size_t(i)].prev;
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
        p.append(u"counter"_s, commitString(e.proof, u"counter"));
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

// text: what was read of f so far; whole: that is all of it.
Result<QByteArray> readSmallFile(
    const QString &path, QFile &f, QByteArray text, bool whole, qint64 limit)
{
    if (!whole)
        text += f.read(limit + 1 - text.size());
    if (text.size() > limit)
        return makeError(ErrorCode::InvalidProof,
                         QCoreApplication::translate("Occ::ChainAudit",
                                                     "%1 is larger than %2 bytes: not a proof")
                             .arg(path)
                             .arg(limit));
    return text;
}

// listed: the path came from listing a folder, so it was a regular file then; it is not
// stat'ed again unless it cannot be opened (a file-system call per file counts here).
void collectFile(const QString &path,
                 bool listed,
                 const VerifyOptions &base,
                 QList<AuditEntry> &out,
                 QStringList &errors)
{
    const auto noSuchFile = [&] {
        errors.append(
            QCoreApplication::translate("Occ::ChainAudit", "%1: no such file or folder").arg(path));
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
        out.append(std::move(e));
    };
    // Each small file is read whole, in one go, and a small bundle is parsed from memory.
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        if (listed && !QFileInfo(path).isFile())
            noSuchFile(); // gone since the listing
        else
            errors.append(QCoreApplication::translate("Occ::ChainAudit", "cannot read %1: %2")
                              .arg(path, f.errorString()));
        return;
    }
    const BundleLimits limits;
    const qint64 size = f.size();
    // read(n) allocates n bytes up front: ask for what is there, and one more to see growth.
    const bool small = size <= std::max(limits.maxInMemorySize, Proof::kMaxTextSize);
    QByteArray head = f.read(small ? size + 1 : 4);
    const bool whole = small && head.size() <= size; // else the file grew meanwhile
    if (isZip(head)) {
        const auto items = whole && head.size() <= limits.maxInMemorySize
                               ? Bundle::readData(head, path, limits)
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
    auto text = readSmallFile(path, f, std::move(head), whole, Proof::kMaxTextSize);
    if (!text) {
        errors.append(text.error().message);
        return;
    }
    addText(path, *text, std::nullopt);
}

} // namespace

AuditInput collectAuditEntries(const QStringList &paths,
                               const TrustProfile *profile,
                               const std::atomic_bool *cancel,
                               const std::function<void(int, int)> &progress)
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
