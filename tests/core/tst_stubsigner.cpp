// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0
#include "testdata.h"

#include "core/canonicaljson.h"
#include "core/crypto.h"
#include "core/encoding.h"
#include "core/fieldtiers.h"
#include "core/proofhashes.h"
#include "core/proofverifier.h"
#include "core/stubsigner.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/types.h>

using namespace Occ;
using namespace Qt::StringLiterals;

class tst_StubSigner : public QObject
{
    Q_OBJECT

private slots:
    void newIdentityAndReopen();
    void batchCountersAndChain();
    void separateChains();
    void optionalBlocks();
    void everySignedMemberIsSealed();
    void corruptStateIsRefused_data();
    void corruptStateIsRefused();
    void rejectsBadDigests();
    void concurrentProcessesNeverShareACounter();
    void killedMidCommitNeverReusesACounter();
};

namespace {

QByteArray digestOf(const QByteArray &bytes)
{
    return Crypto::Sha256::hash(bytes);
}

VerificationReport verifyWith(const JsonValue &proof, const QByteArray &digest)
{
    VerifyOptions options;
    options.artifactDigest = digest;
    return ProofVerifier::verify(proof, options);
}

} // namespace

void tst_StubSigner::newIdentityAndReopen()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"sub/state.json"_s);
    auto a = StubSigner::open(path);
    QVERIFY_RESULT(a);
    QVERIFY(QFile::exists(path));
    QCOMPARE(QFile::permissions(path)
                 & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup
                    | QFileDevice::WriteOther),
             QFileDevice::Permissions());
    QCOMPARE(Encoding::fromBase64Strict(a->publicKeyB64())->size(), 32);
    QCOMPARE(Encoding::fromBase64Strict(a->epochId())->size(), 32);
    auto b = StubSigner::open(path);
    QVERIFY_RESULT(b);
    QCOMPARE(b->publicKeyB64(), a->publicKeyB64());
    QCOMPARE(b->epochId(), a->epochId());
    // Another file is another identity.
    auto c = StubSigner::open(dir.filePath(u"other.json"_s));
    QVERIFY_RESULT(c);
    QVERIFY(c->publicKeyB64() != a->publicKeyB64());
}

void tst_StubSigner::batchCountersAndChain()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"state.json"_s);
    auto signer = StubSigner::open(path);
    QVERIFY_RESULT(signer);
    CommitRequest request;
    const QList<QByteArray> files = {"one", "two", "three"};
    for (const QByteArray &f : files)
        request.digests.append(digestOf(f));
    auto proofs = signer->commit(request);
    QVERIFY_RESULT(proofs);
    QCOMPARE(proofs->size(), 3);
    QString prev;
    for (qsizetype i = 0; i < proofs->size(); ++i) {
        const JsonValue &p = (*proofs)[i];
        const VerificationReport r = verifyWith(p, request.digests[i]);
        QVERIFY2(r.verdict == Verdict::Valid, qPrintable(r.reason()));
        QCOMPARE(r.check(u"slot")->status, CheckStatus::Pass);
        const JsonValue &commit = *p.member(u"commit");
        QCOMPARE(*commit.stringMember(u"slotCounter"), QString::number(1 + 2 * i));
        QCOMPARE(*commit.stringMember(u"counter"), QString::number(2 + 2 * i));
        QCOMPARE(*commit.stringMember(u"epochId"), signer->epochId());
        QVERIFY(commit.member(u"time")->isNumber());
        QCOMPARE(*p.member(u"environment")->stringMember(u"enforcement"), u"stub"_s);
        if (i == 0)
            QVERIFY(!commit.member(u"prevB64"));
        else
            QCOMPARE(*commit.stringMember(u"prevB64"), prev);
        prev = Encoding::toBase64(ProofHashes::chainHash(p));
    }
    // A new process (a fresh open) continues the counter and the chain.
    auto again = StubSigner::open(path);
    QVERIFY_RESULT(again);
    CommitRequest next;
    next.digests = {digestOf("four")};
    auto more = again->commit(next);
    QVERIFY_RESULT(more);
    QCOMPARE(*more->first().member(u"commit")->stringMember(u"counter"), u"8"_s);
    QCOMPARE(*more->first().member(u"commit")->stringMember(u"prevB64"), prev);
}

void tst_StubSigner::separateChains()
{
    QTemporaryDir dir;
    auto signer = StubSigner::open(dir.filePath(u"state.json"_s));
    QVERIFY_RESULT(signer);
    CommitRequest main;
    main.digests = {digestOf("a")};
    QVERIFY_RESULT(signer->commit(main));
    CommitRequest other;
    other.digests = {digestOf("b")};
    other.chainId = u"occ:main"_s;
    auto proofs = signer->commit(other);
    QVERIFY_RESULT(proofs);
    const JsonValue &p = proofs->first();
    QCOMPARE(*p.member(u"commit")->stringMember(u"chainId"), u"occ:main"_s);
    QCOMPARE(*p.member(u"slotAllocation")->stringMember(u"chainId"), u"occ:main"_s);
    QCOMPARE(*p.member(u"commit")->stringMember(u"counter"), u"2"_s); // its own counter
    QVERIFY(!p.member(u"commit")->member(u"prevB64"));
    QCOMPARE(verifyWith(p, other.digests.first()).verdict, Verdict::Valid);
}

void tst_StubSigner::optionalBlocks()
{
    QTemporaryDir dir;
    auto signer = StubSigner::open(dir.filePath(u"state.json"_s));
    QVERIFY_RESULT(signer);
    CommitRequest request;
    request.digests = {digestOf("doc")};
    JsonObject attribution;
    attribution.append(u"name"_s, u"Ada"_s);
    attribution.append(u"title"_s, u""_s);  // empty: dropped, as the enclave does
    attribution.append(u"extra"_s, u"x"_s); // unknown: dropped
    request.attribution = attribution;
    JsonObject policy;
    policy.append(u"digestB64"_s, Encoding::toBase64(digestOf("# Policy: P")));
    request.policy = JsonValue(policy);
    JsonObject metadata;
    metadata.append(u"filename"_s, u"doc.txt"_s);
    request.metadata = metadata;
    auto proofs = signer->commit(request);
    QVERIFY_RESULT(proofs);
    const JsonValue &p = proofs->first();
    QCOMPARE(Json::canonicalize(*p.member(u"attribution")), QByteArray(R"({"name":"Ada"})"));
    QVERIFY(p.member(u"policy"));
    QCOMPARE(FieldTiers::tierOf(p, u"metadata.filename"), FieldTier::Advisory);
    QCOMPARE(verifyWith(p, request.digests.first()).verdict, Verdict::Valid);
    // Attribution with nothing left is omitted entirely.
    CommitRequest empty;
    empty.digests = {digestOf("doc2")};
    empty.attribution = JsonObject();
    auto bare = signer->commit(empty);
    QVERIFY_RESULT(bare);
    QVERIFY(!bare->first().member(u"attribution"));
}

void tst_StubSigner::everySignedMemberIsSealed()
{
    QTemporaryDir dir;
    auto signer = StubSigner::open(dir.filePath(u"state.json"_s));
    QVERIFY_RESULT(signer);
    CommitRequest request;
    request.digests = {digestOf("sealed")};
    JsonObject attribution;
    attribution.append(u"message"_s, u"hello"_s);
    request.attribution = attribution;
    auto proofs = signer->commit(request);
    QVERIFY_RESULT(proofs);
    const JsonValue &proof = proofs->first();
    int mutated = 0;
    for (const ProofField &f : FieldTiers::fields(proof)) {
        if (f.tier == FieldTier::Advisory)
            continue;
        const JsonValue copy = OccTest::withLeaf(proof, f.segments, JsonValue(u"tampered"_s));
        QVERIFY2(verifyWith(copy, request.digests.first()).verdict == Verdict::Invalid,
                 qPrintable(f.path));
        ++mutated;
    }
    QVERIFY(mutated >= 15);
}

void tst_StubSigner::corruptStateIsRefused_data()
{
    QTest::addColumn<QByteArray>("content");
    // clang-format off
    QTest::newRow("empty")        << QByteArray();
    QTest::newRow("truncated")    << QByteArray(R"({"format":"occ-stub-state/1","seedB64":"AAAA)");
    QTest::newRow("wrong format") << QByteArray(R"({"format":"other"})");
    QTest::newRow("short seed")   << QByteArray(R"({"format":"occ-stub-state/1","seedB64":"AAAA","publicKeyB64":"x","epochId":"e","chains":{}})");
    QTest::newRow("binary")       << QByteArray("\x00\x01\x02", 3);
    // clang-format on
}

void tst_StubSigner::corruptStateIsRefused()
{
    QFETCH(QByteArray, content);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"state.json"_s);
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    auto signer = StubSigner::open(path);
    QVERIFY(!signer);
    QVERIFY2(signer.error().message.contains(u"left untouched"), qPrintable(signer.error().message));
    // Never silently replaced.
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), content);
}

void tst_StubSigner::rejectsBadDigests()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"state.json"_s);
    auto signer = StubSigner::open(path);
    QVERIFY_RESULT(signer);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray before = f.readAll();
    f.close();
    CommitRequest none;
    QVERIFY(!signer->commit(none));
    CommitRequest shortDigest;
    shortDigest.digests = {QByteArray(31, 'x')};
    QVERIFY(!signer->commit(shortDigest));
    // A refused commit burns no state.
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), before);
}

namespace {

// Parses the child's "<slotCounter> <counter> <hash>" lines.
QList<QPair<quint64, quint64>> countersFrom(const QByteArray &out)
{
    QList<QPair<quint64, quint64>> pairs;
    for (const QByteArray &line : out.split('\n')) {
        const QList<QByteArray> parts = line.split(' ');
        if (parts.size() == 3)
            pairs.append({parts[0].toULongLong(), parts[1].toULongLong()});
    }
    return pairs;
}

} // namespace

void tst_StubSigner::concurrentProcessesNeverShareACounter()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"state.json"_s);
    QVERIFY_RESULT(StubSigner::open(path)); // one identity for both
    QProcess a;
    QProcess b;
    a.start(QStringLiteral(OCC_STUB_CHILD_PATH), {path, u"40"_s, u"3"_s});
    b.start(QStringLiteral(OCC_STUB_CHILD_PATH), {path, u"40"_s, u"2"_s});
    QVERIFY(a.waitForFinished(120'000));
    QVERIFY(b.waitForFinished(120'000));
    QCOMPARE(a.exitCode(), 0);
    QCOMPARE(b.exitCode(), 0);
    QSet<quint64> used;
    int proofs = 0;
    for (const auto &pair :
         countersFrom(a.readAllStandardOutput()) + countersFrom(b.readAllStandardOutput())) {
        QVERIFY2(!used.contains(pair.first), qPrintable(QString::number(pair.first)));
        used.insert(pair.first);
        QVERIFY2(!used.contains(pair.second), qPrintable(QString::number(pair.second)));
        used.insert(pair.second);
        QCOMPARE(pair.second, pair.first + 1);
        ++proofs;
    }
    QCOMPARE(proofs, 40 * 3 + 40 * 2);
    // Nothing was lost either: the counters are exactly 1 .. 2N.
    QCOMPARE(used.size(), 2 * proofs);
    QCOMPARE(*std::max_element(used.begin(), used.end()), quint64(2 * proofs));
}

void tst_StubSigner::killedMidCommitNeverReusesACounter()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"state.json"_s);
    QVERIFY_RESULT(StubSigner::open(path));
    QSet<quint64> used;
    QRandomGenerator rng(7);
    for (int round = 0; round < 25; ++round) {
        QProcess child;
        child.start(QStringLiteral(OCC_STUB_CHILD_PATH), {path, u"1000"_s, u"2"_s});
        QVERIFY(child.waitForStarted());
        QTest::qWait(int(rng.bounded(5, 40)));
        ::kill(pid_t(child.processId()), SIGKILL);
        QVERIFY(child.waitForFinished(10'000));
        for (const auto &pair : countersFrom(child.readAllStandardOutput())) {
            QVERIFY2(!used.contains(pair.first) && !used.contains(pair.second),
                     qPrintable(u"counter reused in round %1"_s.arg(round)));
            used.insert(pair.first);
            used.insert(pair.second);
        }
        // The state always loads after a kill.
        auto reopened = StubSigner::open(path);
        QVERIFY2(reopened, qPrintable(reopened ? QString() : reopened.error().message));
    }
    QVERIFY(used.size() > 20);
}

QTEST_GUILESS_MAIN(tst_StubSigner)
#include "tst_stubsigner.moc"
