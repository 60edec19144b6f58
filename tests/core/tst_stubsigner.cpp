// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0
#include "p256testkey.h"
#include "testdata.h"

#include "core/canonicaljson.h"
#include "core/crypto.h"
#include "core/encoding.h"
#include "core/fieldtiers.h"
#include "core/jsonparser.h"
#include "core/proofhashes.h"
#include "core/proofverifier.h"
#include "core/stubsigner.h"
#include "core/trustprofile.h"

#include <QCoreApplication>
#include <QDateTime>
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
    void batchCountersAndChain_data();
    void batchCountersAndChain();
    void separateChains();
    void groupCommit();
    void groupFailsAsAWhole();
    void optionalBlocks();
    void everySignedMemberIsSealed();
    void corruptStateIsRefused_data();
    void corruptStateIsRefused();
    void journalTail_data();
    void journalTail();
    void journalCompaction();
    void signersShareTheJournal();
    void journalProblemsAreRefused_data();
    void journalProblemsAreRefused();
    void interruptedCreationIsFinished();
    void stateFromBeforeTheJournal();
    void rejectsBadDigests();
    void defaultStatePath();
    void agencyDirect();
    void agencyWebAuthn();
    void agencyBatch();
    void agencyRefusals_data();
    void agencyRefusals();
    void enclaveLayout();
    void concurrentProcessesNeverShareACounter();
    void killedMidCommitNeverReusesACounter();
};

namespace {

QByteArray digestOf(const QByteArray &bytes)
{
    return Crypto::Sha256::hash(bytes);
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes, QIODevice::OpenMode mode = {})
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | mode) && f.write(bytes) == bytes.size();
}

// The journal's records end at its last newline (zeros follow).
qsizetype journalEnd(const QString &statePath)
{
    return readAll(statePath + u".journal"_s).lastIndexOf('\n') + 1;
}

// A journal record as the signer writes it: hash prefix, space, canonical JSON, newline.
QByteArray journalRecord(const QByteArray &payload)
{
    return Crypto::Sha256::hash(payload).first(8).toHex() + ' ' + payload + '\n';
}

QByteArray recordPayload(const QByteArray &generation,
                         const QByteArray &sequence,
                         const QByteArray &counter)
{
    return R"({"chains":{"global":{"counter":")" + counter
           + R"(","lastProofHashB64":"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="}},"generation":")"
           + generation + R"(","sequence":")" + sequence + R"("})";
}

// Puts bytes into the journal at offset, in place.
bool patchJournal(const QString &statePath, qint64 offset, const QByteArray &bytes)
{
    QFile f(statePath + u".journal"_s);
    return f.open(QIODevice::ReadWrite) && f.seek(offset) && f.write(bytes) == bytes.size();
}

quint64 committedCounter(StubSigner &signer, const QByteArray &what)
{
    CommitRequest request;
    request.digests = {digestOf(what)};
    auto proofs = signer.commit(request);
    if (!proofs) {
        qWarning("%s", qPrintable(proofs.error().message));
        return 0;
    }
    return proofs->first().member(u"commit")->stringMember(u"counter")->toULongLong();
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

void tst_StubSigner::batchCountersAndChain_data()
{
    QTest::addColumn<int>("count");
    QTest::newRow("3 digests") << 3;
    QTest::newRow("300 digests (checked on a second thread)") << 300;
}

void tst_StubSigner::batchCountersAndChain()
{
    QFETCH(int, count);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"state.json"_s);
    auto signer = StubSigner::open(path);
    QVERIFY_RESULT(signer);
    CommitRequest request;
    for (int i = 0; i < count; ++i)
        request.digests.append(digestOf(QByteArray::number(i)));
    auto proofs = signer->commit(request);
    QVERIFY_RESULT(proofs);
    QCOMPARE(proofs->size(), count);
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
    next.digests = {digestOf("next")};
    auto more = again->commit(next);
    QVERIFY_RESULT(more);
    QCOMPARE(*more->first().member(u"commit")->stringMember(u"counter"),
             QString::number(2 * count + 2));
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

void tst_StubSigner::groupCommit()
{
    // A group as `occ serve` makes one: each request its own counters on its own chain, linked
    // across the group; refused requests spend nothing and do not disturb the others.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"state.json"_s);
    auto signer = StubSigner::open(path);
    QVERIFY_RESULT(signer);
    CommitRequest two;
    two.digests = {digestOf("a"), digestOf("b")};
    CommitRequest shortDigest;
    shortDigest.digests = {QByteArray(31, 'x')};
    CommitRequest otherChain;
    otherChain.digests = {digestOf("c")};
    otherChain.chainId = u"occ:other"_s;
    CommitRequest one;
    one.digests = {digestOf("d")};
    CommitRequest badAgency;
    badAgency.digests = {digestOf("e")};
    JsonObject authorization;
    authorization.append(u"challenge"_s, u"nope"_s);
    JsonObject envelope;
    envelope.append(u"authorization"_s, JsonValue(std::move(authorization)));
    badAgency.agency = JsonValue(std::move(envelope));
    const QList<CommitRequest> requests{two, shortDigest, otherChain, one, badAgency};
    std::vector<Result<QList<JsonValue>>> results = signer->commitMany(requests);
    QCOMPARE(results.size(), size_t(5));
    QVERIFY(!results[1]);
    QCOMPARE(results[1].error().code, ErrorCode::InvalidArgument);
    QVERIFY(!results[4]);
    QVERIFY(results[4].error().message.contains(u"challenge"));
    for (size_t r : {0, 2, 3}) {
        QVERIFY_RESULT(results[r]);
        QCOMPARE(results[r]->size(), requests[qsizetype(r)].digests.size());
        for (qsizetype i = 0; i < results[r]->size(); ++i) {
            const VerificationReport report = verifyWith((*results[r])[i],
                                                         requests[qsizetype(r)].digests[i]);
            QVERIFY2(report.verdict == Verdict::Valid, qPrintable(report.reason()));
        }
    }
    auto counter = [](const JsonValue &p) { return *p.member(u"commit")->stringMember(u"counter"); };
    auto link = [](const JsonValue &p) { return Encoding::toBase64(ProofHashes::chainHash(p)); };
    QCOMPARE(counter((*results[0])[0]), u"2"_s);
    QCOMPARE(counter((*results[0])[1]), u"4"_s);
    QCOMPARE(counter((*results[3])[0]), u"6"_s);
    QCOMPARE(*(*results[3])[0].member(u"commit")->stringMember(u"prevB64"), link((*results[0])[1]));
    QCOMPARE(counter((*results[2])[0]), u"2"_s); // its own chain, from the start
    QVERIFY(!(*results[2])[0].member(u"commit")->member(u"prevB64"));

    // The group was made durable: a fresh open continues both chains.
    auto again = StubSigner::open(path);
    QVERIFY_RESULT(again);
    auto next = again->commit(one);
    QVERIFY_RESULT(next);
    QCOMPARE(counter(next->first()), u"8"_s);
    QCOMPARE(*next->first().member(u"commit")->stringMember(u"prevB64"), link((*results[3])[0]));
    next = again->commit(otherChain);
    QVERIFY_RESULT(next);
    QCOMPARE(counter(next->first()), u"4"_s);
}

void tst_StubSigner::groupFailsAsAWhole()
{
    // When the group cannot be made durable, every accepted request gets that error, refused
    // ones keep their own, and nothing is written.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"state.json"_s);
    auto signer = StubSigner::open(path);
    QVERIFY_RESULT(signer);
    QVERIFY(QFile::remove(path));
    QVERIFY_RESULT(StubSigner::open(path)); // another identity in its place
    const QByteArray before = OccTest::stubStateBytes(path);
    CommitRequest good;
    good.digests = {digestOf("a")};
    CommitRequest bad;
    std::vector<Result<QList<JsonValue>>> results = signer->commitMany({good, bad, good});
    QCOMPARE(results.size(), size_t(3));
    QVERIFY(!results[0] && !results[1] && !results[2]);
    QVERIFY(results[0].error().message.contains(u"another identity"));
    QCOMPARE(results[2].error().message, results[0].error().message);
    QCOMPARE(results[1].error().code, ErrorCode::InvalidArgument);
    QCOMPARE(OccTest::stubStateBytes(path), before);
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

void tst_StubSigner::journalTail_data()
{
    QTest::addColumn<QByteArray>("tail"); // what follows the last record
    QTest::addColumn<quint64>("next");    // the next commit's counter (0: refused)
    const QByteArray next = journalRecord(recordPayload("1", "2", "100"));
    // clang-format off
    QTest::newRow("the next record")             << next << quint64(102);
    QTest::newRow("torn: its first half")        << next.first(next.size() / 2) << quint64(6);
    QTest::newRow("torn: its second half")       << next.sliced(next.size() / 2) << quint64(6);
    QTest::newRow("one byte changed")            << QByteArray(next).replace("100", "900")
                                                 << quint64(6);
    QTest::newRow("a record of another generation")
        << journalRecord(recordPayload("0", "2", "100")) << quint64(6);
    QTest::newRow("a record out of sequence")
        << journalRecord(recordPayload("1", "3", "100")) << quint64(6);
    QTest::newRow("a line that is no record")    << QByteArray("hello\n") << quint64(6);
    QTest::newRow("a record with a bad counter") << journalRecord(recordPayload("1", "2", "1x"))
                                                 << quint64(0);
    // clang-format on
}

// What a crash (or anything else) leaves after the journal's records: only the next record of
// the state file's generation counts; anything else ends the journal, and the next commit
// writes over it. A line with a valid hash but a bad content is never skipped.
void tst_StubSigner::journalTail()
{
    QFETCH(QByteArray, tail);
    QFETCH(quint64, next);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"state.json"_s);
    {
        auto signer = StubSigner::open(path);
        QVERIFY_RESULT(signer);
        QCOMPARE(committedCounter(*signer, "a"), quint64(2));
        QCOMPARE(committedCounter(*signer, "b"), quint64(4));
    }
    const qsizetype end = journalEnd(path);
    QVERIFY(patchJournal(path, end, tail));
    const QByteArray before = OccTest::stubStateBytes(path);
    auto signer = StubSigner::open(path);
    if (next == 0) {
        QVERIFY(!signer);
        QVERIFY2(signer.error().message.contains(u"cannot be read"),
                 qPrintable(signer.error().message));
        QCOMPARE(OccTest::stubStateBytes(path), before);
        return;
    }
    QVERIFY_RESULT(signer);
    QCOMPARE(*StubSigner::recordedCounter(path), next - 2);
    QCOMPARE(committedCounter(*signer, "c"), next);
    // What was left of the tail after the new record does not count either.
    auto reopened = StubSigner::open(path);
    QVERIFY_RESULT(reopened);
    QCOMPARE(*StubSigner::recordedCounter(path), next);
    QCOMPARE(committedCounter(*reopened, "d"), next + 2);
}

// A full journal makes the commit rewrite the state file with the next generation: the counters
// and the chain go on across it, and the old records no longer count.
void tst_StubSigner::journalCompaction()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"state.json"_s);
    auto signer = StubSigner::open(path);
    QVERIFY_RESULT(signer);
    QCOMPARE(committedCounter(*signer, "first"), quint64(2));
    // Room for about one more record: every other commit compacts.
    const qsizetype record = journalEnd(path) - 512;
    QVERIFY(record > 100);
    QVERIFY(QFile::resize(path + u".journal"_s, 512 + record + record / 2));
    QSet<QByteArray> generations;
    QString prev;
    for (int i = 0; i < 8; ++i) {
        CommitRequest request;
        request.digests = {digestOf(QByteArray::number(i))};
        auto proofs = signer->commit(request);
        QVERIFY_RESULT(proofs);
        const JsonValue &commit = *proofs->first().member(u"commit");
        QCOMPARE(*commit.stringMember(u"counter"), QString::number(4 + 2 * i));
        if (!prev.isEmpty())
            QCOMPARE(*commit.stringMember(u"prevB64"), prev);
        prev = Encoding::toBase64(ProofHashes::chainHash(proofs->first()));
        auto state = JsonParser::parse(readAll(path));
        QVERIFY(state);
        generations.insert(state->stringMember(u"journalGeneration")->toUtf8());
        // Another process sees the same, from the files alone.
        QCOMPARE(*StubSigner::recordedCounter(path), quint64(4 + 2 * i));
    }
    QVERIFY2(generations.size() >= 4, qPrintable(QString::number(generations.size())));
    auto reopened = StubSigner::open(path);
    QVERIFY_RESULT(reopened);
    CommitRequest last;
    last.digests = {digestOf("last")};
    auto proofs = reopened->commit(last);
    QVERIFY_RESULT(proofs);
    QCOMPARE(*proofs->first().member(u"commit")->stringMember(u"counter"), u"20"_s);
    QCOMPARE(*proofs->first().member(u"commit")->stringMember(u"prevB64"), prev);
}

// Two signers on one state (as two processes): each sees what the other appended, and what the
// other compacted, and neither reuses a counter.
void tst_StubSigner::signersShareTheJournal()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"state.json"_s);
    auto a = StubSigner::open(path);
    QVERIFY_RESULT(a);
    auto b = StubSigner::open(path);
    QVERIFY_RESULT(b);
    QCOMPARE(committedCounter(*a, "0"), quint64(2));
    // Room for two or three records: the signers take turns at compacting too.
    QVERIFY(QFile::resize(path + u".journal"_s, 512 + (journalEnd(path) - 512) * 5 / 2));
    QString prev;
    for (int i = 0; i < 12; ++i) {
        StubSigner &signer = i % 3 == 0 ? *a : *b;
        CommitRequest request;
        request.digests = {digestOf(QByteArray::number(i))};
        auto proofs = signer.commit(request);
        QVERIFY_RESULT(proofs);
        const JsonValue &commit = *proofs->first().member(u"commit");
        QCOMPARE(*commit.stringMember(u"counter"), QString::number(4 + 2 * i));
        if (!prev.isEmpty())
            QCOMPARE(*commit.stringMember(u"prevB64"), prev);
        prev = Encoding::toBase64(ProofHashes::chainHash(proofs->first()));
    }
}

void tst_StubSigner::journalProblemsAreRefused_data()
{
    QTest::addColumn<QString>("problem");
    QTest::addColumn<QString>("message");
    QTest::newRow("journal missing") << u"missing"_s << u"which is missing"_s;
    QTest::newRow("journal of another identity") << u"foreign"_s << u"another identity"_s;
    QTest::newRow("journal header damaged") << u"header"_s << u"no valid header"_s;
    QTest::newRow("state file moved away without its journal")
        << u"orphan"_s << u"holds counters, but its state file"_s;
}

// Whatever could lead to a counter used twice is refused, with the files left as they were.
void tst_StubSigner::journalProblemsAreRefused()
{
    QFETCH(QString, problem);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"state.json"_s);
    const QString journal = path + u".journal"_s;
    {
        auto signer = StubSigner::open(path);
        QVERIFY_RESULT(signer);
        QCOMPARE(committedCounter(*signer, "a"), quint64(2));
    }
    if (problem == u"missing") {
        QVERIFY(QFile::remove(journal));
    } else if (problem == u"foreign") {
        const QString other = dir.filePath(u"other.json"_s);
        QVERIFY_RESULT(StubSigner::open(other));
        QVERIFY(QFile::remove(journal));
        QVERIFY(QFile::copy(other + u".journal"_s, journal));
    } else if (problem == u"header") {
        QVERIFY(patchJournal(path, 5, "X"));
    } else if (problem == u"orphan") {
        QVERIFY(QFile::rename(path, dir.filePath(u"moved.json"_s)));
    }
    const QByteArray before = OccTest::stubStateBytes(path);
    auto signer = StubSigner::open(path);
    QVERIFY(!signer);
    QVERIFY2(signer.error().message.contains(message), qPrintable(signer.error().message));
    QCOMPARE(OccTest::stubStateBytes(path), before);
    QVERIFY(!StubSigner::recordedCounter(path) || problem == u"orphan");
}

// A creation killed after the journal but before the state file leaves a journal without
// records: the next open makes the identity.
void tst_StubSigner::interruptedCreationIsFinished()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"state.json"_s);
    QVERIFY_RESULT(StubSigner::open(path));
    QVERIFY(QFile::remove(path));
    auto signer = StubSigner::open(path);
    QVERIFY_RESULT(signer);
    QCOMPARE(committedCounter(*signer, "a"), quint64(2));
    QVERIFY(readAll(path + u".journal"_s).contains(signer->epochId().toUtf8()));
}

// A state file written before the journal existed keeps its counters and chain, and gets one.
void tst_StubSigner::stateFromBeforeTheJournal()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"state.json"_s);
    QString epoch;
    {
        auto signer = StubSigner::open(path);
        QVERIFY_RESULT(signer);
        epoch = signer->epochId();
    }
    auto state = JsonParser::parse(readAll(path));
    QVERIFY(state);
    const QString head = u"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="_s;
    const QByteArray legacy = "{\"format\":\"occ-stub-state/1\",\"seedB64\":\""
                              + state->stringMember(u"seedB64")->toUtf8() + "\",\"publicKeyB64\":\""
                              + state->stringMember(u"publicKeyB64")->toUtf8() + "\",\"epochId\":\""
                              + epoch.toUtf8()
                              + "\",\"chains\":{\"global\":{\"counter\":\"10\","
                                "\"lastProofHashB64\":\""
                              + head.toUtf8() + "\"}}}";
    QVERIFY(QFile::remove(path + u".journal"_s));
    QVERIFY(writeAll(path, legacy, QIODevice::Truncate));
    auto signer = StubSigner::open(path);
    QVERIFY_RESULT(signer);
    QCOMPARE(signer->epochId(), epoch);
    CommitRequest request;
    request.digests = {digestOf("after the upgrade")};
    auto proofs = signer->commit(request);
    QVERIFY_RESULT(proofs);
    QCOMPARE(*proofs->first().member(u"commit")->stringMember(u"slotCounter"), u"11"_s);
    QCOMPARE(*proofs->first().member(u"commit")->stringMember(u"prevB64"), head);
    QVERIFY(QFile::exists(path + u".journal"_s));
    QCOMPARE(*JsonParser::parse(readAll(path))->stringMember(u"journalGeneration"), u"1"_s);
}

void tst_StubSigner::rejectsBadDigests()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"state.json"_s);
    auto signer = StubSigner::open(path);
    QVERIFY_RESULT(signer);
    const QByteArray before = OccTest::stubStateBytes(path);
    CommitRequest none;
    QVERIFY(!signer->commit(none));
    CommitRequest shortDigest;
    shortDigest.digests = {QByteArray(31, 'x')};
    QVERIFY(!signer->commit(shortDigest));
    // A refused commit burns no state.
    QCOMPARE(OccTest::stubStateBytes(path), before);
}

void tst_StubSigner::defaultStatePath()
{
    // The CLI and the studio share one identity whatever the executable is called.
    const QString before = qEnvironmentVariable("OCC_STATE_PATH");
    qunsetenv("OCC_STATE_PATH");
    QCoreApplication::setApplicationName(u"occ"_s);
    const QString cli = StubSigner::defaultStatePath();
    QCoreApplication::setApplicationName(u"occ-studio"_s);
    QCOMPARE(StubSigner::defaultStatePath(), cli);
    QVERIFY(cli.endsWith(u"/occ-proof-studio/stub-state.json"));
    qputenv("OCC_STATE_PATH", "/tmp/elsewhere.json");
    QCOMPARE(StubSigner::defaultStatePath(), u"/tmp/elsewhere.json"_s);
    if (before.isEmpty())
        qunsetenv("OCC_STATE_PATH");
    else
        qputenv("OCC_STATE_PATH", before.toUtf8());
}

void tst_StubSigner::agencyDirect()
{
    QTemporaryDir dir;
    auto signer = StubSigner::open(dir.filePath(u"state.json"_s));
    QVERIFY_RESULT(signer);
    OccTest::P256TestKey key;
    const QByteArray digest = digestOf("authorized file");
    auto challenge = signer->issueChallenge();
    QVERIFY_RESULT(challenge);
    QCOMPARE(Encoding::fromBase64Strict(*challenge)->size(), 32);
    CommitRequest request;
    request.digests = {digest};
    request.agency = key.directEnvelope(Encoding::toBase64(digest),
                                        *challenge,
                                        double(QDateTime::currentMSecsSinceEpoch()));
    auto proofs = signer->commit(request);
    QVERIFY_RESULT(proofs);
    const JsonValue &proof = proofs->first();
    const VerificationReport r = verifyWith(proof, digest);
    QVERIFY2(r.verdict == Verdict::Valid, qPrintable(r.reason()));
    QCOMPARE(r.check(u"agency")->status, CheckStatus::Pass);
    // The actor is sealed into the signed body.
    QVERIFY(Json::canonicalize(*ProofHashes::signedBody(proof)).contains(key.keyId().toUtf8()));
    TrustProfile actorPin;
    actorPin.allowedActorKeyIds = {key.keyId()};
    VerifyOptions options;
    options.artifactDigest = digest;
    options.profile = &actorPin;
    QCOMPARE(ProofVerifier::verify(proof, options).check(u"policy.allowedActorKeyIds")->status,
             CheckStatus::Pass);

    // The challenge is single-use.
    auto again = signer->commit(request);
    QVERIFY(!again);
    QCOMPARE(again.error().message, u"Agency: challenge not found or expired"_s);
}

void tst_StubSigner::agencyWebAuthn()
{
    QTemporaryDir dir;
    auto signer = StubSigner::open(dir.filePath(u"state.json"_s));
    QVERIFY_RESULT(signer);
    OccTest::P256TestKey key;
    const QByteArray digest = digestOf("passkey file");
    CommitRequest request;
    request.digests = {digest};
    request.agency = key.webauthnEnvelope(Encoding::toBase64(digest),
                                          *signer->issueChallenge(),
                                          double(QDateTime::currentMSecsSinceEpoch()),
                                          u"studio.occproof.test"_s);
    auto proofs = signer->commit(request);
    QVERIFY_RESULT(proofs);
    TrustProfile rp;
    rp.allowedRpIds = {u"studio.occproof.test"_s};
    rp.requireActor = true;
    VerifyOptions options;
    options.artifactDigest = digest;
    options.profile = &rp;
    const VerificationReport r = ProofVerifier::verify(proofs->first(), options);
    QVERIFY2(r.verdict == Verdict::Valid, qPrintable(r.reason()));
    QCOMPARE(r.check(u"policy.allowedRpIds")->status, CheckStatus::Pass);
    QVERIFY(r.check(u"agency")->message.contains(u"WebAuthn"));
}

void tst_StubSigner::agencyBatch()
{
    QTemporaryDir dir;
    auto signer = StubSigner::open(dir.filePath(u"state.json"_s));
    QVERIFY_RESULT(signer);
    OccTest::P256TestKey key;
    CommitRequest request;
    JsonArray listed;
    for (const QByteArray &f : {QByteArray("one"), QByteArray("two"), QByteArray("three")}) {
        request.digests.append(digestOf(f));
        listed.emplace_back(Encoding::toBase64(digestOf(f)));
    }
    // One touch covers the batch: the device signs the first digest, all are listed.
    JsonValue envelope = key.webauthnEnvelope(Encoding::toBase64(request.digests.first()),
                                              *signer->issueChallenge(),
                                              double(QDateTime::currentMSecsSinceEpoch()),
                                              u"studio.occproof.test"_s);
    JsonObject batch;
    batch.append(u"batchDigests"_s, JsonValue(listed));
    envelope.asObject()->insert(u"batchContext"_s, JsonValue(batch));
    request.agency = envelope;
    auto proofs = signer->commit(request);
    QVERIFY_RESULT(proofs);
    for (qsizetype i = 0; i < proofs->size(); ++i) {
        const JsonValue &p = (*proofs)[i];
        const VerificationReport r = verifyWith(p, request.digests[i]);
        QVERIFY2(r.verdict == Verdict::Valid, qPrintable(r.reason()));
        const JsonValue &ctx = *p.member(u"agency")->member(u"batchContext");
        QCOMPARE(*ctx.member(u"batchIndex")->asNumber(), double(i));
        QCOMPARE(*ctx.member(u"batchSize")->asNumber(), 3.0);
        if (i > 0)
            QVERIFY(r.check(u"agency")->message.contains(u"batch of 3"));
    }
}

void tst_StubSigner::agencyRefusals_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("reason");
    // clang-format off
    QTest::newRow("unknown challenge")  << u"unknown challenge"_s << u"Agency: challenge not found or expired"_s;
    QTest::newRow("expired challenge")  << u"expired"_s << u"Agency: challenge not found or expired"_s;
    QTest::newRow("stale timestamp")    << u"stale"_s << u"Agency: authorization timestamp too far from current time"_s;
    QTest::newRow("other digest")       << u"other digest"_s << u"Agency: authorization.artifactHash does not match committed digest"_s;
    QTest::newRow("bad signature")      << u"bad signature"_s << u"Agency: P-256 signature verification failed"_s;
    QTest::newRow("no user verified")   << u"no uv"_s << u"Agency: authenticatorData UV flag not set"_s;
    QTest::newRow("wrong key id")       << u"key id"_s << u"Agency: actor.keyId does not match SHA-256 of public key"_s;
    QTest::newRow("batch mismatch")     << u"batch"_s << u"Agency: batchContext.batchDigests must list exactly the committed digests, in order"_s;
    // clang-format on
}

void tst_StubSigner::agencyRefusals()
{
    QFETCH(QString, kind);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"state.json"_s);
    auto signer = StubSigner::open(path);
    QVERIFY_RESULT(signer);
    qint64 clock = QDateTime::currentMSecsSinceEpoch();
    signer->setClock([&clock] { return clock; });
    OccTest::P256TestKey key;
    const QByteArray digest = digestOf("refused");
    const QString challenge = *signer->issueChallenge();
    const QByteArray before = OccTest::stubStateBytes(path);

    CommitRequest request;
    request.digests = {digest};
    const QString digestB64 = Encoding::toBase64(digest);
    JsonValue envelope;
    if (kind == u"unknown challenge") {
        envelope = key.directEnvelope(digestB64,
                                      Encoding::toBase64(QByteArray(32, 'x')),
                                      double(clock));
    } else if (kind == u"expired") {
        envelope = key.directEnvelope(digestB64, challenge, double(clock + 61'000));
        clock += 61'000;
    } else if (kind == u"stale") {
        envelope = key.directEnvelope(digestB64, challenge, double(clock - 120'000));
    } else if (kind == u"other digest") {
        envelope = key.directEnvelope(Encoding::toBase64(digestOf("other")),
                                      challenge,
                                      double(clock));
    } else if (kind == u"bad signature") {
        OccTest::P256TestKey other;
        envelope = key.directEnvelope(digestB64, challenge, double(clock));
        JsonValue forged = other.directEnvelope(digestB64, challenge, double(clock));
        envelope.asObject()
            ->valueRef(u"authorization")
            ->asObject()
            ->insert(u"signatureB64"_s, *forged.member(u"authorization")->member(u"signatureB64"));
    } else if (kind == u"no uv") {
        envelope = key.webauthnEnvelope(digestB64, challenge, double(clock), u"rp.test"_s, 0x01);
    } else if (kind == u"key id") {
        envelope = key.directEnvelope(digestB64, challenge, double(clock));
        envelope.asObject()->valueRef(u"actor")->asObject()->insert(u"keyId"_s, QString(64, u'0'));
    } else if (kind == u"batch") {
        request.digests.append(digestOf("second"));
        envelope = key.directEnvelope(digestB64, challenge, double(clock));
        JsonObject batch;
        batch.append(u"batchDigests"_s, JsonValue(JsonArray{JsonValue(digestB64)}));
        envelope.asObject()->insert(u"batchContext"_s, JsonValue(batch));
    }
    request.agency = envelope;
    auto refused = signer->commit(request);
    QVERIFY(!refused);
    QCOMPARE(refused.error().message, reason);
    // Nothing was burnt: the state file and its journal are exactly as before.
    QCOMPARE(OccTest::stubStateBytes(path), before);

    // A refusal does not consume a live challenge: the right authorization still works.
    if (kind != u"expired") {
        CommitRequest good;
        good.digests = {digest};
        good.agency = key.directEnvelope(digestB64, challenge, double(clock));
        QVERIFY_RESULT(signer->commit(good));
    }
}

void tst_StubSigner::enclaveLayout()
{
    // The stub's proofs have the enclave's shape (reference section 4.4, variant E) plus its
    // own clock: compare with the enclave-style slot vector.
    const JsonValue doc = OccTest::readJsonData(u"vectors/proofs.json"_s);
    const JsonValue *vector = nullptr;
    for (const JsonValue &c : *doc.member(u"cases")->asArray()) {
        if (*c.stringMember(u"name") == u"slot_valid")
            vector = c.member(u"proof");
    }
    QVERIFY(vector);
    QTemporaryDir dir;
    auto signer = StubSigner::open(dir.filePath(u"state.json"_s));
    QVERIFY_RESULT(signer);
    CommitRequest request;
    request.digests = {digestOf("layout"), digestOf("layout 2")};
    auto proofs = signer->commit(request);
    QVERIFY_RESULT(proofs);
    const JsonValue &proof = proofs->last();
    auto keys = [](const JsonValue *o) {
        QStringList k;
        for (qsizetype i = 0; o && i < o->asObject()->size(); ++i)
            k.append(o->asObject()->keyAt(i));
        return k;
    };
    QCOMPARE(keys(&proof),
             (QStringList{u"version"_s,
                          u"artifact"_s,
                          u"commit"_s,
                          u"signer"_s,
                          u"environment"_s,
                          u"slotAllocation"_s}));
    QStringList expectedCommit = keys(vector->member(u"commit"));
    expectedCommit << u"prevB64"_s << u"time"_s;
    QStringList ourCommit = keys(proof.member(u"commit"));
    expectedCommit.sort();
    ourCommit.sort();
    QCOMPARE(ourCommit, expectedCommit);
    QStringList slotKeys = keys(proof.member(u"slotAllocation"));
    slotKeys.sort();
    QCOMPARE(slotKeys,
             (QStringList{u"counter"_s,
                          u"epochId"_s,
                          u"nonceB64"_s,
                          u"publicKeyB64"_s,
                          u"signatureB64"_s,
                          u"version"_s}));
    QCOMPARE(*proof.member(u"commit")->stringMember(u"nonceB64"),
             *proof.member(u"slotAllocation")->stringMember(u"nonceB64"));
    QCOMPARE(Encoding::fromBase64Strict(*proof.member(u"commit")->stringMember(u"nonceB64"))->size(),
             32);
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
        // Let it commit at least once (a loaded machine can be slow to start it), then kill it
        // at a random moment of a later commit.
        QVERIFY(child.waitForReadyRead(30'000));
        QTest::qWait(int(rng.bounded(0, 25)));
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
    QVERIFY(used.size() >= 2 * 25);
}

QTEST_GUILESS_MAIN(tst_StubSigner)
#include "tst_stubsigner.moc"
