// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0
#include "testdata.h"

#include "core/canonicaljson.h"
#include "core/chainaudit.h"
#include "core/crypto.h"
#include "core/stubsigner.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <utility>

using namespace Occ;
using namespace Qt::StringLiterals;

namespace {

AuditEntry entry(const QString &source, const JsonValue &proof)
{
    AuditEntry e;
    e.source = source;
    e.proof = proof;
    e.report = ProofVerifier::verifyText(Json::toPrettyJson(proof));
    return e;
}

// What an audit found, in words, to compare two audits.
QString describe(const QList<AuditEntry> &entries, const AuditResult &r)
{
    QStringList out;
    for (const AuditChain &c : r.chains) {
        QStringList sources;
        for (int i : c.entries)
            sources.append(entries[i].source);
        out.append(u"chain %1|%2|%3 links %4: %5"_s.arg(c.publicKeyB64,
                                                        c.epochId,
                                                        c.chainId,
                                                        QString::number(c.links),
                                                        sources.join(u',')));
    }
    for (const AuditProblem &p : r.problems)
        out.append(p.kind + u": "_s + p.message);
    return out.join(u'\n');
}

QStringList mismatches; // checked after every test function

// Audits entries twice: as given, with auditChains working out each proof's facts, and with the
// facts worked out beforehand, as collectAuditEntries hands them over. Both must agree.
AuditResult audit(QList<AuditEntry> entries)
{
    const AuditResult worked = auditChains(entries);
    for (AuditEntry &e : entries) {
        if (e.report.verdict != Verdict::Invalid)
            e.facts = auditLinkFacts(e.proof);
    }
    const AuditResult given = auditChains(entries);
    if (describe(entries, worked) != describe(entries, given))
        mismatches.append(describe(entries, worked) + u"\n<>\n"_s + describe(entries, given));
    return given;
}

QStringList kinds(const AuditResult &r)
{
    QStringList k;
    for (const AuditProblem &p : r.problems)
        k.append(p.kind);
    k.sort();
    return k;
}

} // namespace

class tst_ChainAudit : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void cleanChain();
    void gap();
    void fork();
    void timeGoesBackwards();
    void tamperedLinkAndDuplicate();
    void realProductionChains();
    void epochLinkFork();

private:
    QList<JsonValue> commitN(int n, StubSigner &signer);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::optional<StubSigner> m_signer;
};

void tst_ChainAudit::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto s = StubSigner::open(m_dir->filePath(u"state.json"_s));
    QVERIFY_RESULT(s);
    m_signer = *s;
}

void tst_ChainAudit::cleanup()
{
    const QStringList found = std::exchange(mismatches, {});
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u"\n\n"_s)));
}

QList<JsonValue> tst_ChainAudit::commitN(int n, StubSigner &signer)
{
    QList<JsonValue> out;
    for (int i = 0; i < n; ++i) {
        CommitRequest r;
        r.digests = {Crypto::Sha256::hash(
            QByteArray(QByteArray::number(i) + signer.publicKeyB64().toUtf8()))};
        auto p = signer.commit(r);
        if (!p)
            qFatal("commit failed");
        out.append(p->first());
    }
    return out;
}

void tst_ChainAudit::cleanChain()
{
    const QList<JsonValue> proofs = commitN(5, *m_signer);
    QList<AuditEntry> entries;
    // Given out of order: the audit orders by counter.
    for (int i : {3, 0, 4, 1, 2})
        entries.append(entry(u"p%1"_s.arg(i), proofs[i]));
    const AuditResult r = audit(entries);
    QVERIFY2(r.ok(), qPrintable(kinds(r).join(u',')));
    QCOMPARE(r.chains.size(), 1);
    QCOMPARE(r.chains.first().links, 4);
    QCOMPARE(entries[r.chains.first().entries.first()].source, u"p0"_s);
    QCOMPARE(entries[r.chains.first().entries.last()].source, u"p4"_s);
    // A subset that starts later is fine: its first predecessor is simply not in the set.
    const AuditResult tail = audit({entry(u"p3"_s, proofs[3]), entry(u"p4"_s, proofs[4])});
    QVERIFY(tail.ok());
}

void tst_ChainAudit::gap()
{
    const QList<JsonValue> proofs = commitN(4, *m_signer);
    const AuditResult r = audit(
        {entry(u"p0"_s, proofs[0]), entry(u"p1"_s, proofs[1]), entry(u"p3"_s, proofs[3])});
    QCOMPARE(kinds(r), QStringList{u"gap"_s});
    QCOMPARE(r.problems.first().sources, QStringList{u"p3"_s});
}

void tst_ChainAudit::fork()
{
    const QList<JsonValue> base = commitN(2, *m_signer);
    // A copy of the state (file and journal) continues the same chain elsewhere: two successors
    // of proof 1.
    const QString copy = m_dir->filePath(u"copy.json"_s);
    QVERIFY(QFile::copy(m_dir->filePath(u"state.json"_s), copy));
    QVERIFY(QFile::copy(m_dir->filePath(u"state.json.journal"_s), copy + u".journal"_s));
    auto other = StubSigner::open(copy);
    QVERIFY_RESULT(other);
    const JsonValue a = commitN(1, *m_signer).first();
    const JsonValue b = commitN(1, *other).first();
    const AuditResult r = audit(
        {entry(u"p0"_s, base[0]), entry(u"p1"_s, base[1]), entry(u"a"_s, a), entry(u"b"_s, b)});
    QCOMPARE(kinds(r), (QStringList{u"counter-reuse"_s, u"fork"_s}));
}

void tst_ChainAudit::timeGoesBackwards()
{
    qint64 clock = 1'800'000'000'000;
    m_signer->setClock([&clock] { return clock; });
    const JsonValue first = commitN(1, *m_signer).first();
    clock -= 60'000;
    const JsonValue second = commitN(1, *m_signer).first();
    const AuditResult r = audit({entry(u"first"_s, first), entry(u"second"_s, second)});
    QCOMPARE(kinds(r), QStringList{u"time-order"_s});
}

void tst_ChainAudit::tamperedLinkAndDuplicate()
{
    const QList<JsonValue> proofs = commitN(3, *m_signer);
    JsonValue tampered = proofs[2];
    tampered.asObject()
        ->valueRef(u"commit")
        ->asObject()
        ->insert(u"prevB64"_s, *proofs[0].member(u"commit")->member(u"slotHashB64"));
    const AuditResult r = audit({entry(u"p0"_s, proofs[0]),
                                 entry(u"p1"_s, proofs[1]),
                                 entry(u"p1 again"_s, proofs[1]),
                                 entry(u"p2*"_s, tampered)});
    QCOMPARE(kinds(r), (QStringList{u"duplicate"_s, u"invalid"_s}));
}

void tst_ChainAudit::realProductionChains()
{
    const JsonValue doc = OccTest::readJsonData(u"real-proofs/production-test-proofs.json"_s);
    QList<AuditEntry> entries;
    for (const JsonValue &e : *doc.asArray()) {
        const QString name = *e.stringMember(u"name");
        if (const JsonValue *p = e.member(u"proof"); p && p->isObject())
            entries.append(entry(name, *p));
        if (const JsonValue *ps = e.member(u"proofs")) {
            int k = 0;
            for (const JsonValue &p : *ps->asArray())
                entries.append(entry(u"%1 #%2"_s.arg(name).arg(++k), p));
        }
    }
    const AuditResult r = audit(entries);
    // Only the stub proof edited after signing is wrong; the enclave chain links through the
    // TSA-era rule (timestamps added after the chain hash was taken).
    QCOMPARE(kinds(r), QStringList{u"invalid"_s});
    int teeLinks = 0;
    for (const AuditChain &c : r.chains)
        teeLinks = std::max(teeLinks, c.links);
    QVERIFY2(teeLinks >= 3, qPrintable(QString::number(teeLinks)));
}

void tst_ChainAudit::epochLinkFork()
{
    // The reference vector: a predecessor consumed by one epoch, then claimed by another.
    const JsonValue doc = OccTest::readJsonData(u"vectors/proofs.json"_s);
    QList<AuditEntry> entries;
    for (const JsonValue &c : *doc.member(u"cases")->asArray()) {
        if (*c.stringMember(u"name") != u"epochlink_fork_detected")
            continue;
        for (const JsonValue &prior : *c.member(u"priorVerifications")->asArray())
            entries.append(entry(u"first successor"_s, *prior.member(u"proof")));
        entries.append(entry(u"second successor"_s, *c.member(u"proof")));
    }
    QCOMPARE(entries.size(), 2);
    // Each verifies on its own; only together do they show the fork, whatever their order.
    QCOMPARE(entries[0].report.verdict, Verdict::Valid);
    QCOMPARE(entries[1].report.verdict, Verdict::Valid);
    QCOMPARE(kinds(audit(entries)), QStringList{u"fork"_s});
    std::swap(entries[0], entries[1]);
    QCOMPARE(kinds(audit(entries)), QStringList{u"fork"_s});
}

QTEST_GUILESS_MAIN(tst_ChainAudit)
#include "tst_chainaudit.moc"
