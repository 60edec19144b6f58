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

AuditResult auditChains(const QList<AuditEntry> &entries)
{
    AuditResult result;
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
        const QString full = Encoding::toBase64(ProofHashes::chainHash(e.proof));
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
        byHash.insert(Encoding::toBase64(ProofHashes::chainHash(
                          e.proof, ProofHashes::ChainRule::WithoutProofHashOrTimestamps)),
                      i);
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
    }

    for (AuditChain &chain : groups) {
        std::sort(chain.entries.begin(), chain.entries.end(), [&](int a, int b) {
            const QString ca = commitString(entries[a].proof, u"counter");
            const QString cb = commitString(entries[b].proof, u"counter");
            return ca == cb ? entries[a].source < entries[b].source : counterLess(ca, cb);
        });
        QHash<QString, int> successorOf; // prevB64 -> first proof that claims it
        for (qsizetype k = 0; k < chain.entries.size(); ++k) {
            const int i = chain.entries[k];
            const AuditEntry &e = entries[i];
            const QString counter = commitString(e.proof, u"counter");
            if (k > 0) {
                const AuditEntry &before = entries[chain.entries[k - 1]];
                if (commitString(before.proof, u"counter") == counter && !counter.isEmpty()) {
                    result.problems.append(
                        {u"counter-reuse"_s,
                         QCoreApplication::translate("Occ::ChainAudit",
                                                     "%1 and %2 both claim counter %3")
                             .arg(before.source, e.source, counter),
                         {before.source, e.source}});
                }
                const auto t0 = before.proof.member(u"commit")->member(u"time");
                const auto t1 = e.proof.member(u"commit")->member(u"time");
                if (t0 && t1 && t0->isNumber() && t1->isNumber()
                    && *t1->asNumber() < *t0->asNumber()) {
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
            const QString prev = commitString(e.proof, u"prevB64");
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
                if (!chain.entries.contains(predecessor)) {
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
        proofs.push_back(JsonValue(std::move(p)));
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
            members.push_back(JsonValue(entries[i].source));
        g.append(u"proofs"_s, JsonValue(std::move(members)));
        g.append(u"links"_s, c.links);
        list.push_back(JsonValue(std::move(g)));
    }
    o.append(u"chains"_s, JsonValue(std::move(list)));
    JsonArray problemList;
    for (const AuditProblem &p : problems) {
        JsonObject po;
        po.append(u"kind"_s, p.kind);
        po.append(u"message"_s, p.message);
        JsonArray sources;
        for (const QString &s : p.sources)
            sources.push_back(JsonValue(s));
        po.append(u"sources"_s, JsonValue(std::move(sources)));
        problemList.push_back(JsonValue(std::move(po)));
    }
    o.append(u"problems"_s, JsonValue(std::move(problemList)));
    return JsonValue(std::move(o));
}

namespace {

bool looksLikeZip(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) && f.read(4) == QByteArrayView("PK\x03\x04", 4);
}

Result<QByteArray> readSmallFile(const QString &path, qint64 limit)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("Occ::ChainAudit", "cannot read %1: %2")
                             .arg(path, f.errorString()));
    QByteArray text = f.read(limit + 1);
    if (text.size() > limit)
        return makeError(ErrorCode::InvalidProof,
                         QCoreApplication::translate("Occ::ChainAudit",
                                                     "%1 is larger than %2 bytes: not a proof")
                             .arg(path)
                             .arg(limit));
    return text;
}

void collectFile(const QString &path,
                 const VerifyOptions &base,
                 QList<AuditEntry> &out,
                 QStringList &errors)
{
    const QFileInfo info(path);
    if (!info.isFile()) {
        errors.append(
            QCoreApplication::translate("Occ::ChainAudit", "%1: no such file or folder").arg(path));
        return;
    }
    auto addText =
        [&](const QString &source, const QByteArray &text, std::optional<QByteArray> digest) {
            VerifyOptions options = base;
            options.artifactDigest = digest;
            AuditEntry e;
            e.source = source;
            e.report = ProofVerifier::verifyText(text, options);
            auto proof = Proof::fromJson(text);
            if (proof)
                e.proof = proof->value();
            out.append(e);
        };
    if (looksLikeZip(path)) {
        auto items = Bundle::read(path);
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
    auto text = readSmallFile(path, Proof::kMaxTextSize);
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
    AuditInput out;
    for (const QString &path : paths) {
        if (!QFileInfo(path).isDir()) {
            files.append(path);
            continue;
        }
        QDirIterator it(path, {u"*.zip"_s, u"*.json"_s}, QDir::Files, QDirIterator::Subdirectories);
        QStringList found;
        while (it.hasNext())
            found.append(it.next());
        found.sort();
        files += found;
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
                collectFile(files[i], base, perFile[size_t(i)], perFileErrors[size_t(i)]);
                const int n = done.fetch_add(1) + 1;
                if (progress)
                    progress(n, int(files.size()));
            }
            Crypto::releaseThreadState();
        });
    }
    pool.waitForDone();
    for (size_t i = 0; i < perFile.size(); ++i) {
        out.entries += perFile[i];
        out.errors += perFileErrors[i];
    }
    return out;
}

} // namespace Occ
