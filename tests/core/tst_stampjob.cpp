// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0
#include "testdata.h"

#include "core/canonicaljson.h"
#include "core/commitservice.h"
#include "core/crypto.h"
#include "core/encoding.h"
#include "core/httpserver.h"
#include "core/passkey.h"
#include "core/proofhashes.h"
#include "core/stampjob.h"
#include "core/stubsigner.h"
#include "core/trustprofile.h"
#include "core/verifysession.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "support/softfido2.h"

#include <algorithm>

using namespace Occ;
using namespace Qt::StringLiterals;

namespace {

constexpr int kTimeoutMs = 60'000;

QString writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Varied content: some files span several 1 MiB hashing chunks.
QByteArray contentFor(int i, qsizetype size)
{
    QByteArray data;
    data.reserve(size);
    for (qsizetype k = 0; data.size() < size; ++k)
        data.append(char((k * 131 + i * 17) & 0xff));
    return data;
}

QStringList bundlesIn(const QString &dir)
{
    return QDir(dir).entryList({u"*.proof.zip"_s}, QDir::Files, QDir::Name);
}

// Runs a job to its (single) finished signal on this thread's event loop.
bool run(StampJob &job, QSignalSpy &finished)
{
    job.start();
    if (!QTest::qWaitFor([&] { return finished.count() > 0; }, kTimeoutMs))
        return false;
    QTest::qWait(20); // nothing more may arrive
    return finished.count() == 1 && job.isFinished();
}

// proof.object.member as a string, or "<absent>".
QString str(const JsonValue &v, QStringView object, QStringView member)
{
    const JsonValue *o = v.member(object);
    const QString *s = o ? o->stringMember(member) : nullptr;
    return s ? *s : u"<absent>"_s;
}

quint64 counterOf(const JsonValue &proof, QStringView object = u"commit")
{
    return str(proof, object, u"counter").toULongLong();
}

// Commits one digest directly with the stub at statePath: what the next user of the state gets.
JsonValue probe(const QString &statePath)
{
    auto signer = StubSigner::open(statePath);
    if (!signer)
        qFatal("cannot open %s: %s", qPrintable(statePath), qPrintable(signer.error().message));
    CommitRequest request;
    request.digests = {Crypto::Sha256::hash("probe")};
    auto proofs = signer->commit(request);
    if (!proofs)
        qFatal("probe commit failed: %s", qPrintable(proofs.error().message));
    return proofs->first();
}

QString stageName(StampStage s)
{
    static const char *const names[] = {"Waiting",
                                        "Hashing",
                                        "Hashed",
                                        "Committing",
                                        "Timestamping",
                                        "Writing",
                                        "Done",
                                        "Failed",
                                        "Cancelled"};
    return QString::fromLatin1(names[int(s)]);
}

QString describe(const StampFileResult &r)
{
    return QString(stageName(r.stage) + u": "_s + (r.error ? r.error->message : QString()));
}

} // namespace

class tst_StampJob : public QObject
{
    Q_OBJECT

private slots:
    void stampsEachFileIntoAVerifiedBundle();
    void countersContinueAcrossJobs();
    void oneBadFileDoesNotStopTheOthers_data();
    void oneBadFileDoesNotStopTheOthers();
    void batchBundle();
    void partialBatchCommitsNothing();
    void batchOfFilesWithTheSameName();
    void cancelBeforeCommitBurnsNoCounter();
    void destroyedWhileHashing();
    void corruptStateFile_data();
    void corruptStateFile();
    void profilePinningAnotherKeyFailsEveryFile();
    void profilePinningThisSignerIsTrusted();
    void neverOverwritesAnExistingBundle();
    void destinationCannotBeCreated();
    void noFiles();
    void throughCommitService_data();
    void throughCommitService();
    void commitServicePinnedToAnotherKey();
    void unreachableCommitService();
    void passkeyAuthorizesTheBatch_data();
    void passkeyAuthorizesTheBatch();
    void cancelWhileWaitingForTheTouch();

private:
    // Loads the bundle at path and checks that every item verifies with its original (Valid, or
    // Trusted under a pinning profile; digest and bundle checks pass); returns the items.
    QList<VerifyItem> verifyBundle(const QString &path, const TrustProfile *profile = nullptr);
    QString makeState(QTemporaryDir &dir);
};

QList<VerifyItem> tst_StampJob::verifyBundle(const QString &path, const TrustProfile *profile)
{
    auto items = VerifySession::loadBundle(path);
    if (!items) {
        QTest::qFail(qPrintable(u"loadBundle(%1): %2"_s.arg(path, items.error().message)),
                     __FILE__,
                     __LINE__);
        return {};
    }
    VerifySession::verify(*items, profile);
    for (const VerifyItem &item : std::as_const(*items)) {
        const Verdict expected = profile && profile->pinsSigner() ? Verdict::Trusted
                                                                  : Verdict::Valid;
        if (item.report.verdict != expected || !item.hasOriginal) {
            QTest::qFail(qPrintable(u"%1 in %2: %3 (%4)"_s.arg(item.label,
                                                               path,
                                                               verdictId(item.report.verdict),
                                                               item.report.reason())),
                         __FILE__,
                         __LINE__);
            return {};
        }
        const Check *digest = item.report.check(u"digest");
        const Check *bundle = item.report.check(u"bundle");
        if (!digest || digest->status != CheckStatus::Pass || !bundle
            || bundle->status != CheckStatus::Pass) {
            QTest::qFail("the digest or bundle check did not pass", __FILE__, __LINE__);
            return {};
        }
    }
    return *items;
}

QString tst_StampJob::makeState(QTemporaryDir &dir)
{
    // A state that has been used once, so "the next counter" is meaningful.
    const QString path = dir.filePath(u"state/stub-state.json"_s);
    probe(path);
    return path;
}

void tst_StampJob::stampsEachFileIntoAVerifiedBundle()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QList<std::pair<QString, QByteArray>> inputs = {
        {u"a.txt"_s, "alpha\n"},
        {u"with space.md"_s, contentFor(1, 1'572'864)}, // 1.5 MiB: two chunks
        {u"empty.bin"_s, QByteArray()},
    };
    StampParams params;
    for (const auto &[name, data] : inputs)
        params.files.append(writeFile(dir.filePath(u"in/"_s + name), data));
    params.destinationDir = dir.filePath(u"out/not/yet/there"_s);
    params.stubStatePath = dir.filePath(u"stub-state.json"_s);
    JsonObject attribution;
    attribution.append(u"name"_s, u"Ada Lovelace"_s);
    attribution.append(u"title"_s, u"Notes on the Engine"_s);
    attribution.append(u"message"_s, u"Sketch of the analytical engine ✓"_s);
    params.attribution = attribution;
    JsonObject metadata;
    metadata.append(u"project"_s, u"engine"_s);
    params.metadata = metadata;

    StampJob job(params);
    QSignalSpy finished(&job, &StampJob::finished);
    QSignalSpy stages(&job, &StampJob::fileStageChanged);
    QSignalSpy progress(&job, &StampJob::progressChanged);
    QSignalSpy status(&job, &StampJob::statusChanged);
    QVERIFY(run(job, finished));

    QVERIFY2(!job.jobError(), qPrintable(job.jobError() ? job.jobError()->message : QString()));
    QVERIFY(!job.isCancelled());
    QVERIFY(job.batchBundlePath().isEmpty());
    QVERIFY2(job.signerSummary().contains(u"stub"), qPrintable(job.signerSummary()));
    QCOMPARE(job.results().size(), 3);
    QCOMPARE(bundlesIn(params.destinationDir).size(), 3);

    // Every file was reported at least once, and the last status tells the total.
    QSet<int> reported;
    for (const QList<QVariant> &args : std::as_const(stages))
        reported.insert(args.at(0).toInt());
    QCOMPARE(reported, (QSet<int>{0, 1, 2}));
    QVERIFY(!status.isEmpty());
    QVERIFY2(status.last().at(0).toString().contains(u"3 of 3"),
             qPrintable(status.last().at(0).toString()));
    qint64 total = 0;
    for (const auto &[name, data] : inputs)
        total += data.size();
    qint64 maxDone = 0;
    for (const QList<QVariant> &args : std::as_const(progress)) {
        QCOMPARE(args.at(1).toLongLong(), total);
        maxDone = std::max(maxDone, args.at(0).toLongLong());
    }
    QCOMPARE(maxDone, total);

    quint64 previous = 0;
    for (int i = 0; i < 3; ++i) {
        const StampFileResult &r = job.results()[i];
        const QString name = inputs[i].first;
        QVERIFY2(r.stage == StampStage::Done, qPrintable(describe(r)));
        QVERIFY(!r.error);
        QVERIFY(r.warning.isEmpty());
        QCOMPARE(r.path, params.files[i]);
        QCOMPARE(r.size, inputs[i].second.size());
        QCOMPARE(r.digest, Crypto::Sha256::hash(inputs[i].second));
        QCOMPARE(r.bundlePath, QDir(params.destinationDir).filePath(name + u".proof.zip"_s));
        QVERIFY(QFileInfo::exists(r.bundlePath));

        // Counters increase in the order of the files.
        const quint64 counter = r.counter().toULongLong();
        QVERIFY2(counter > previous, qPrintable(r.counter()));
        previous = counter;

        const QList<VerifyItem> items = verifyBundle(r.bundlePath);
        QCOMPARE(items.size(), 1);
        const VerifyItem &item = items.first();
        QCOMPARE(item.originalName, name);
        QCOMPARE(item.originalDigest, r.digest);
        QCOMPARE(item.originalSize, r.size);
        QVERIFY(item.proof);
        const JsonValue &proof = *item.proof;
        QCOMPARE(proof, r.proof);
        QCOMPARE(str(proof, u"commit", u"counter"), r.counter());
        QCOMPARE(str(proof, u"artifact", u"digestB64"), Encoding::toBase64(r.digest));
        QCOMPARE(str(proof, u"environment", u"enforcement"), u"stub"_s);
        // The attribution is in the proof, as given.
        QCOMPARE(str(proof, u"attribution", u"name"), u"Ada Lovelace"_s);
        QCOMPARE(str(proof, u"attribution", u"title"), u"Notes on the Engine"_s);
        QCOMPARE(str(proof, u"attribution", u"message"), u"Sketch of the analytical engine ✓"_s);
        // Metadata: the job's, plus the file's own name.
        QCOMPARE(str(proof, u"metadata", u"project"), u"engine"_s);
        QCOMPARE(str(proof, u"metadata", u"filename"), name);

        // The attribution is sealed (signed); the metadata is not.
        VerifyOptions options;
        options.artifactDigest = r.digest;
        const JsonValue forged = OccTest::withLeaf(proof,
                                                   {u"attribution"_s, u"name"_s},
                                                   JsonValue(u"Mallory"_s));
        const VerificationReport forgedReport = ProofVerifier::verify(forged, options);
        QCOMPARE(forgedReport.verdict, Verdict::Invalid);
        QCOMPARE(forgedReport.check(u"signature")->status, CheckStatus::Fail);
        const JsonValue relabelled = OccTest::withLeaf(proof,
                                                       {u"metadata"_s, u"project"_s},
                                                       JsonValue(u"other"_s));
        QCOMPARE(ProofVerifier::verify(relabelled, options).verdict, Verdict::Valid);
        // And the bundle's proof is bound to these bytes only.
        options.artifactDigest = Crypto::Sha256::hash("other bytes");
        QCOMPARE(ProofVerifier::verify(proof, options).verdict, Verdict::Invalid);
    }
}

void tst_StampJob::countersContinueAcrossJobs()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString state = makeState(dir);
    JsonValue last = probe(state);
    quint64 lastCounter = counterOf(last);
    QVERIFY(lastCounter > 0);
    for (int round = 0; round < 2; ++round) {
        StampParams params;
        for (int i = 0; i < 2; ++i) {
            params.files.append(
                writeFile(dir.filePath(u"in%1/f%2"_s.arg(round).arg(i)), contentFor(round, i + 9)));
        }
        params.destinationDir = dir.filePath(u"out"_s);
        params.stubStatePath = state;
        StampJob job(params);
        QSignalSpy finished(&job, &StampJob::finished);
        QVERIFY(run(job, finished));
        for (const StampFileResult &r : job.results()) {
            QVERIFY2(r.stage == StampStage::Done, qPrintable(describe(r)));
            // Each proof takes the counter after the last one, and links to it.
            QCOMPARE(counterOf(r.proof, u"slotAllocation"), lastCounter + 1);
            QCOMPARE(str(r.proof, u"commit", u"prevB64"),
                     Encoding::toBase64(ProofHashes::chainHash(last)));
            last = r.proof;
            lastCounter = counterOf(r.proof);
        }
    }
    QCOMPARE(bundlesIn(dir.filePath(u"out"_s)).size(), 4);
    const JsonValue next = probe(state);
    QCOMPARE(counterOf(next, u"slotAllocation"), lastCounter + 1);
    QCOMPARE(str(next, u"commit", u"prevB64"), Encoding::toBase64(ProofHashes::chainHash(last)));
}

void tst_StampJob::oneBadFileDoesNotStopTheOthers_data()
{
    QTest::addColumn<QString>("bad");
    QTest::newRow("missing file") << u"missing"_s;
    QTest::newRow("folder") << u"folder"_s;
    QTest::newRow("unreadable file") << u"unreadable"_s;
}

void tst_StampJob::oneBadFileDoesNotStopTheOthers()
{
    QFETCH(QString, bad);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    StampParams params;
    params.files = {writeFile(dir.filePath(u"in/first.txt"_s), "first"),
                    dir.filePath(u"in/bad.txt"_s),
                    writeFile(dir.filePath(u"in/third.txt"_s), "third")};
    if (bad == u"folder")
        QVERIFY(QDir().mkpath(params.files[1]));
    if (bad == u"unreadable") {
        writeFile(params.files[1], "secret");
        QVERIFY(QFile::setPermissions(params.files[1], QFileDevice::WriteOwner));
        if (QFile(params.files[1]).open(QIODevice::ReadOnly))
            QSKIP("running with privileges that read any file");
    }
    params.destinationDir = dir.filePath(u"out"_s);
    params.stubStatePath = dir.filePath(u"state.json"_s);
    StampJob job(params);
    QSignalSpy finished(&job, &StampJob::finished);
    QVERIFY(run(job, finished));

    QVERIFY(!job.jobError());
    const StampFileResult &failed = job.results()[1];
    QVERIFY2(failed.stage == StampStage::Failed, qPrintable(describe(failed)));
    QVERIFY(failed.error);
    QVERIFY(!failed.error->message.isEmpty());
    QVERIFY(failed.bundlePath.isEmpty());
    QVERIFY(failed.counter().isEmpty());
    for (int i : {0, 2}) {
        const StampFileResult &r = job.results()[i];
        QVERIFY2(r.stage == StampStage::Done, qPrintable(describe(r)));
        QCOMPARE(verifyBundle(r.bundlePath).size(), 1);
    }
    QCOMPARE(bundlesIn(params.destinationDir),
             (QStringList{u"first.txt.proof.zip"_s, u"third.txt.proof.zip"_s}));
}

void tst_StampJob::batchBundle()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    StampParams params;
    for (int i = 0; i < 3; ++i)
        params.files.append(
            writeFile(dir.filePath(u"in/b%1.dat"_s.arg(i)), contentFor(i, 1000 * i)));
    params.destinationDir = dir.filePath(u"out"_s);
    params.stubStatePath = dir.filePath(u"state.json"_s);
    params.batch = true;
    JsonObject attribution;
    attribution.append(u"name"_s, u"Batch Author"_s);
    params.attribution = attribution;
    StampJob job(params);
    QSignalSpy finished(&job, &StampJob::finished);
    QVERIFY(run(job, finished));

    const QString batch = job.batchBundlePath();
    QVERIFY(!batch.isEmpty());
    QCOMPARE(QFileInfo(batch).absolutePath(), QFileInfo(params.destinationDir).absoluteFilePath());
    QVERIFY2(QFileInfo(batch).fileName().startsWith(u"occ-batch-"), qPrintable(batch));
    QVERIFY(batch.endsWith(u".proof.zip"));
    QCOMPARE(bundlesIn(params.destinationDir), QStringList{QFileInfo(batch).fileName()});
    for (const StampFileResult &r : job.results()) {
        QVERIFY2(r.stage == StampStage::Done, qPrintable(describe(r)));
        QCOMPARE(r.bundlePath, batch);
    }

    const QList<VerifyItem> items = verifyBundle(batch);
    QCOMPARE(items.size(), 3);
    QCOMPARE(VerifySession::overall(items), Verdict::Valid);
    for (int i = 0; i < 3; ++i) {
        const VerifyItem &item = items[i];
        const QString name = u"b%1.dat"_s.arg(i);
        QCOMPARE(item.bundleFolder, name);
        QCOMPARE(item.originalName, name);
        QCOMPARE(item.originalDigest, job.results()[i].digest);
        QCOMPARE(*item.proof, job.results()[i].proof);
        QCOMPARE(str(*item.proof, u"metadata", u"filename"), name);
        QCOMPARE(str(*item.proof, u"attribution", u"name"), u"Batch Author"_s);
    }
}

void tst_StampJob::partialBatchCommitsNothing()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString state = makeState(dir);
    const JsonValue before = probe(state);
    const QByteArray stateBytes = readAll(state);

    StampParams params;
    params.files = {writeFile(dir.filePath(u"in/a"_s), "a"),
                    dir.filePath(u"in/missing"_s),
                    writeFile(dir.filePath(u"in/c"_s), "c")};
    params.destinationDir = dir.filePath(u"out"_s);
    params.stubStatePath = state;
    params.batch = true;
    StampJob job(params);
    QSignalSpy finished(&job, &StampJob::finished);
    QVERIFY(run(job, finished));

    for (const StampFileResult &r : job.results()) {
        QVERIFY2(r.stage == StampStage::Failed, qPrintable(describe(r)));
        QVERIFY(r.error);
        QVERIFY(r.proof.isNull());
        QVERIFY(r.bundlePath.isEmpty());
    }
    QVERIFY(job.batchBundlePath().isEmpty());
    QVERIFY(bundlesIn(params.destinationDir).isEmpty());
    // Nothing was committed: the state is untouched and the next counter follows the last one.
    QCOMPARE(readAll(state), stateBytes);
    const JsonValue next = probe(state);
    QCOMPARE(counterOf(next, u"slotAllocation"), counterOf(before) + 1);
    QCOMPARE(str(next, u"commit", u"prevB64"), Encoding::toBase64(ProofHashes::chainHash(before)));
}

void tst_StampJob::batchOfFilesWithTheSameName()
{
    // Two folders each with a "notes.txt": the batch either holds both, or commits nothing.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString state = makeState(dir);
    const JsonValue before = probe(state);
    const QByteArray stateBytes = readAll(state);
    StampParams params;
    params.files = {writeFile(dir.filePath(u"monday/notes.txt"_s), "monday"),
                    writeFile(dir.filePath(u"tuesday/notes.txt"_s), "tuesday")};
    params.destinationDir = dir.filePath(u"out"_s);
    params.stubStatePath = state;
    params.batch = true;
    StampJob job(params);
    QSignalSpy finished(&job, &StampJob::finished);
    QVERIFY(run(job, finished));

    if (job.results().first().stage == StampStage::Done) {
        QCOMPARE(job.results().last().stage, StampStage::Done);
        const QList<VerifyItem> items = verifyBundle(job.batchBundlePath());
        QCOMPARE(items.size(), 2);
        QVERIFY(items[0].bundleFolder != items[1].bundleFolder);
        return;
    }
    for (const StampFileResult &r : job.results()) {
        QVERIFY2(r.stage == StampStage::Failed, qPrintable(describe(r)));
        QVERIFY(r.error);
    }
    QVERIFY(bundlesIn(params.destinationDir).isEmpty());
    // No bundle, so no counter may have been spent on proofs nobody keeps.
    QVERIFY2(readAll(state) == stateBytes,
             qPrintable(u"the batch failed (%1) after committing its digests"_s.arg(
                 job.results().first().error->message)));
    QCOMPARE(counterOf(probe(state), u"slotAllocation"), counterOf(before) + 1);
}

void tst_StampJob::cancelBeforeCommitBurnsNoCounter()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString state = makeState(dir);
    const JsonValue before = probe(state);
    const QByteArray stateBytes = readAll(state);

    const QString big = dir.filePath(u"in/big.iso"_s);
    {
        QDir().mkpath(dir.filePath(u"in"_s));
        QFile f(big);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(qint64(300) << 20)); // sparse: cheap to make, slow to hash
    }
    StampParams params;
    params.files = {writeFile(dir.filePath(u"in/small.txt"_s), "small"), big};
    params.destinationDir = dir.filePath(u"out"_s);
    params.stubStatePath = state;
    StampJob job(params);
    QSignalSpy finished(&job, &StampJob::finished);
    job.start();
    job.cancel();
    QVERIFY(job.isCancelled());
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, kTimeoutMs);
    QTest::qWait(20);
    QCOMPARE(finished.count(), 1);

    for (const StampFileResult &r : job.results()) {
        QVERIFY2(r.stage == StampStage::Cancelled, qPrintable(describe(r)));
        QVERIFY(r.error);
        QCOMPARE(r.error->code, ErrorCode::Cancelled);
        QVERIFY(r.proof.isNull());
        QVERIFY(r.bundlePath.isEmpty());
    }
    // Hashing stopped early rather than running to the end.
    QVERIFY2(job.results()[1].size < (qint64(300) << 20),
             qPrintable(QString::number(job.results()[1].size)));
    QVERIFY(!job.jobError());
    QVERIFY(bundlesIn(params.destinationDir).isEmpty());
    QCOMPARE(readAll(state), stateBytes);
    const JsonValue next = probe(state);
    QCOMPARE(counterOf(next, u"slotAllocation"), counterOf(before) + 1);
}

void tst_StampJob::destroyedWhileHashing()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString state = makeState(dir);
    const QByteArray stateBytes = readAll(state);
    const QString big = dir.filePath(u"big.bin"_s);
    {
        QFile f(big);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(qint64(300) << 20));
    }
    StampParams params;
    params.files = {big, writeFile(dir.filePath(u"small"_s), "small")};
    params.destinationDir = dir.filePath(u"out"_s);
    params.stubStatePath = state;
    {
        StampJob job(params);
        job.start();
    }
    QTest::qWait(100); // anything the job left queued would run (and crash) here
    QVERIFY(bundlesIn(params.destinationDir).isEmpty());
    QCOMPARE(readAll(state), stateBytes);
}

void tst_StampJob::corruptStateFile_data()
{
    QTest::addColumn<QByteArray>("content");
    QByteArray valid;
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"state.json"_s);
        probe(path);
        valid = readAll(path);
    }
    QVERIFY(valid.size() > 20);
    QTest::newRow("binary garbage") << QByteArray("\x00\xff\x13garbage\x00\x01", 12);
    QTest::newRow("truncated state") << valid.left(valid.size() / 2);
    QTest::newRow("unknown format") << QByteArray(R"({"format": "not-occ/9", "chains": {}})");
    QTest::newRow("JSON array") << QByteArray("[]");
    QTest::newRow("empty file") << QByteArray();
}

void tst_StampJob::corruptStateFile()
{
    QFETCH(QByteArray, content);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString state = writeFile(dir.filePath(u"state.json"_s), content);
    StampParams params;
    params.files = {writeFile(dir.filePath(u"in/a"_s), "a"),
                    writeFile(dir.filePath(u"in/b"_s), "b")};
    params.destinationDir = dir.filePath(u"out"_s);
    params.stubStatePath = state;
    StampJob job(params);
    QSignalSpy finished(&job, &StampJob::finished);
    QVERIFY(run(job, finished));

    QVERIFY(job.jobError());
    QVERIFY2(job.jobError()->message.contains(u"state"), qPrintable(job.jobError()->message));
    for (const StampFileResult &r : job.results()) {
        QVERIFY2(r.stage == StampStage::Failed, qPrintable(describe(r)));
        QVERIFY(r.error);
        QVERIFY(r.bundlePath.isEmpty());
    }
    QVERIFY(bundlesIn(params.destinationDir).isEmpty());
    // Never replaced, not even partly.
    QCOMPARE(readAll(state), content);
}

void tst_StampJob::profilePinningAnotherKeyFailsEveryFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto other = StubSigner::open(dir.filePath(u"other-state.json"_s));
    QVERIFY_RESULT(other);
    TrustProfile profile;
    profile.name = u"Someone else"_s;
    profile.allowedPublicKeys = {other->publicKeyB64()};

    StampParams params;
    params.files = {writeFile(dir.filePath(u"in/a"_s), "a"),
                    writeFile(dir.filePath(u"in/b"_s), "b")};
    params.destinationDir = dir.filePath(u"out"_s);
    params.stubStatePath = dir.filePath(u"state.json"_s);
    params.profile = profile;
    StampJob job(params);
    QSignalSpy finished(&job, &StampJob::finished);
    QVERIFY(run(job, finished));

    QVERIFY(!job.jobError()); // the signer worked; its proofs were refused
    for (const StampFileResult &r : job.results()) {
        QVERIFY2(r.stage == StampStage::Failed, qPrintable(describe(r)));
        QVERIFY(r.error);
        QVERIFY(r.bundlePath.isEmpty());
    }
    QVERIFY(bundlesIn(params.destinationDir).isEmpty());
}

void tst_StampJob::profilePinningThisSignerIsTrusted()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString state = makeState(dir);
    auto signer = StubSigner::open(state);
    QVERIFY_RESULT(signer);
    TrustProfile profile;
    profile.name = u"This machine"_s;
    profile.requireEnforcement = u"stub"_s;
    profile.allowedPublicKeys = {signer->publicKeyB64()};

    StampParams params;
    params.files = {writeFile(dir.filePath(u"in/a"_s), "a")};
    params.destinationDir = dir.filePath(u"out"_s);
    params.stubStatePath = state;
    params.profile = profile;
    StampJob job(params);
    QSignalSpy finished(&job, &StampJob::finished);
    QVERIFY(run(job, finished));

    const StampFileResult &r = job.results().first();
    QVERIFY2(r.stage == StampStage::Done, qPrintable(describe(r)));
    QCOMPARE(verifyBundle(r.bundlePath, &profile).size(), 1);
}

void tst_StampJob::neverOverwritesAnExistingBundle()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString state = dir.filePath(u"state.json"_s);
    const QString out = dir.filePath(u"out"_s);
    const QString file = writeFile(dir.filePath(u"doc.txt"_s), "the document");
    auto stamp = [&](bool overwrite) {
        StampParams params;
        params.files = {file};
        params.destinationDir = out;
        params.stubStatePath = state;
        params.overwrite = overwrite;
        StampJob job(params);
        QSignalSpy finished(&job, &StampJob::finished);
        if (!run(job, finished) || job.results().first().stage != StampStage::Done)
            return QString();
        return job.results().first().bundlePath;
    };
    const QString first = stamp(false);
    QCOMPARE(first, QDir(out).filePath(u"doc.txt.proof.zip"_s));
    const QByteArray firstBytes = readAll(first);
    const QString second = stamp(false);
    QCOMPARE(second, QDir(out).filePath(u"doc.txt (2).proof.zip"_s));
    QCOMPARE(readAll(first), firstBytes);
    QCOMPARE(verifyBundle(second).size(), 1);

    const QString replaced = stamp(true);
    QCOMPARE(replaced, first);
    QVERIFY(readAll(first) != firstBytes);
    QCOMPARE(verifyBundle(first).size(), 1);
    QCOMPARE(bundlesIn(out).size(), 2);
}

void tst_StampJob::destinationCannotBeCreated()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString blocker = writeFile(dir.filePath(u"a-file"_s), "in the way");
    StampParams params;
    params.files = {writeFile(dir.filePath(u"in/a"_s), "a")};
    params.destinationDir = blocker + u"/sub"_s;
    params.stubStatePath = dir.filePath(u"state.json"_s);
    StampJob job(params);
    QSignalSpy finished(&job, &StampJob::finished);
    QVERIFY(run(job, finished));
    QVERIFY(job.jobError());
    QCOMPARE(job.jobError()->code, ErrorCode::Io);
    QCOMPARE(job.results().first().stage, StampStage::Failed);
    // Nothing was committed: the signer was never opened.
    QVERIFY(!QFileInfo::exists(params.stubStatePath));
}

void tst_StampJob::noFiles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    StampParams params;
    params.destinationDir = dir.filePath(u"out"_s);
    params.stubStatePath = dir.filePath(u"state.json"_s);
    StampJob job(params);
    QSignalSpy finished(&job, &StampJob::finished);
    QVERIFY(run(job, finished));
    QVERIFY(job.results().isEmpty());
    QVERIFY(!job.jobError());
    QVERIFY(!QFileInfo::exists(params.stubStatePath));
}

void tst_StampJob::throughCommitService_data()
{
    QTest::addColumn<bool>("batch");
    QTest::newRow("one request per file") << false;
    QTest::newRow("batch") << true;
}

void tst_StampJob::throughCommitService()
{
    QFETCH(bool, batch);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto signer = StubSigner::open(dir.filePath(u"service-state.json"_s));
    QVERIFY_RESULT(signer);
    const QString serviceKey = signer->publicKeyB64();
    CommitService service(*signer, {});
    int commits = 0;
    HttpServer server([&](const HttpRequest &r) {
        if (r.path == "/commit")
            ++commits;
        return service.handle(r);
    });
    QVERIFY_RESULT(server.listen(QHostAddress::LocalHost, 0));

    StampParams params;
    params.files = {writeFile(dir.filePath(u"in/one.txt"_s), "one"),
                    writeFile(dir.filePath(u"in/two.txt"_s), contentFor(2, 70'000))};
    params.destinationDir = dir.filePath(u"out"_s);
    params.stubStatePath = dir.filePath(u"local-state-never-used.json"_s);
    params.batch = batch;
    JsonObject attribution;
    attribution.append(u"name"_s, u"Remote Author"_s);
    params.attribution = attribution;
    CommitClientConfig config;
    config.endpoint = QUrl(u"http://127.0.0.1:%1"_s.arg(server.port()));
    config.timeoutMs = 10'000;
    params.endpoint = config;
    StampJob job(params);
    QSignalSpy finished(&job, &StampJob::finished);
    QVERIFY(run(job, finished));

    QVERIFY(!job.jobError());
    QCOMPARE(commits, batch ? 1 : 2);
    QVERIFY2(job.signerSummary().contains(u"127.0.0.1"), qPrintable(job.signerSummary()));
    QVERIFY(!QFileInfo::exists(params.stubStatePath)); // the local stub was not used
    QStringList bundles;
    for (const StampFileResult &r : job.results()) {
        QVERIFY2(r.stage == StampStage::Done, qPrintable(describe(r)));
        QCOMPARE(str(r.proof, u"signer", u"publicKeyB64"), serviceKey);
        QCOMPARE(str(r.proof, u"attribution", u"name"), u"Remote Author"_s);
        if (!bundles.contains(r.bundlePath))
            bundles.append(r.bundlePath);
    }
    QCOMPARE(bundles.size(), batch ? 1 : 2);
    QCOMPARE(bundlesIn(params.destinationDir).size(), bundles.size());
    if (batch)
        QCOMPARE(job.batchBundlePath(), bundles.first());
    int verified = 0;
    for (const QString &bundle : std::as_const(bundles)) {
        const QList<VerifyItem> items = verifyBundle(bundle);
        QVERIFY(!items.isEmpty());
        for (const VerifyItem &item : items) {
            if (!batch)
                QCOMPARE(str(*item.proof, u"metadata", u"filename"), item.originalName);
            QCOMPARE(str(*item.proof, u"signer", u"publicKeyB64"), serviceKey);
        }
        verified += int(items.size());
    }
    QCOMPARE(verified, 2);
}

void tst_StampJob::commitServicePinnedToAnotherKey()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto signer = StubSigner::open(dir.filePath(u"service-state.json"_s));
    QVERIFY_RESULT(signer);
    auto other = StubSigner::open(dir.filePath(u"other-state.json"_s));
    QVERIFY_RESULT(other);
    CommitService service(*signer, {});
    HttpServer server([&](const HttpRequest &r) { return service.handle(r); });
    QVERIFY_RESULT(server.listen(QHostAddress::LocalHost, 0));

    TrustProfile profile;
    profile.allowedPublicKeys = {other->publicKeyB64()};
    StampParams params;
    params.files = {writeFile(dir.filePath(u"in/one"_s), "1"),
                    writeFile(dir.filePath(u"in/two"_s), "2")};
    params.destinationDir = dir.filePath(u"out"_s);
    CommitClientConfig config;
    config.endpoint = QUrl(u"http://127.0.0.1:%1"_s.arg(server.port()));
    config.timeoutMs = 10'000;
    params.endpoint = config;
    params.profile = profile;
    StampJob job(params);
    QSignalSpy finished(&job, &StampJob::finished);
    QVERIFY(run(job, finished));
    for (const StampFileResult &r : job.results()) {
        QVERIFY2(r.stage == StampStage::Failed, qPrintable(describe(r)));
        QVERIFY(r.error);
        QVERIFY(r.bundlePath.isEmpty());
    }
    QVERIFY(bundlesIn(params.destinationDir).isEmpty());
}

void tst_StampJob::unreachableCommitService()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    quint16 port = 0;
    {
        HttpServer closed([](const HttpRequest &) { return HttpResponse(); });
        QVERIFY_RESULT(closed.listen(QHostAddress::LocalHost, 0));
        port = closed.port();
    }
    StampParams params;
    params.files = {writeFile(dir.filePath(u"in/one"_s), "1")};
    params.destinationDir = dir.filePath(u"out"_s);
    params.stubStatePath = dir.filePath(u"local.json"_s);
    CommitClientConfig config;
    config.endpoint = QUrl(u"http://127.0.0.1:%1"_s.arg(port));
    config.timeoutMs = 5'000;
    params.endpoint = config;
    StampJob job(params);
    QSignalSpy finished(&job, &StampJob::finished);
    QVERIFY(run(job, finished));
    const StampFileResult &r = job.results().first();
    QVERIFY2(r.stage == StampStage::Failed, qPrintable(describe(r)));
    QVERIFY(r.error);
    QCOMPARE(r.error->code, ErrorCode::Network);
    QVERIFY(bundlesIn(params.destinationDir).isEmpty());
    QVERIFY(!QFileInfo::exists(params.stubStatePath));
}

namespace {

/** The software authenticator as the only FIDO2 device, for one test. */
struct SoftKey
{
    OccTest::SoftFido2 soft;
    SoftKey()
    {
        Fido2Authenticator::setDeviceHooks(Fido2Authenticator::DeviceHooks{
            [this] {
                return QList<AuthenticatorDevice>{{soft.path(), u"Soft Key"_s, {}}};
            },
            [this](fido_dev_t *dev, const QString &) { soft.attachHid(dev); }});
    }
    ~SoftKey() { Fido2Authenticator::setDeviceHooks(std::nullopt); }
};

class CountingPrompt final : public PasskeyPrompt
{
public:
    std::atomic_int touches = 0;
    std::optional<QString> pin(const AuthenticatorDevice &, int, bool) override
    {
        return std::nullopt;
    }
    void touch(const AuthenticatorDevice &) override { ++touches; }
};

} // namespace

void tst_StampJob::passkeyAuthorizesTheBatch_data()
{
    QTest::addColumn<bool>("remote");
    QTest::newRow("embedded stub") << false;
    QTest::newRow("commit service") << true;
}

void tst_StampJob::passkeyAuthorizesTheBatch()
{
    QFETCH(bool, remote);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    SoftKey key;
    CountingPrompt prompt;
    auto authenticator = std::make_shared<Fido2Authenticator>(10'000);
    auto credential = authenticator->registerPasskey({}, &prompt);
    QVERIFY_RESULT(credential);

    auto signer = StubSigner::open(dir.filePath(u"service-state.json"_s));
    QVERIFY_RESULT(signer);
    CommitService service(*signer, {});
    int challenges = 0;
    int commits = 0;
    HttpServer server([&](const HttpRequest &r) {
        challenges += r.path == "/challenge";
        commits += r.path == "/commit";
        return service.handle(r);
    });
    QVERIFY_RESULT(server.listen(QHostAddress::LocalHost, 0));

    StampParams params;
    for (int i = 0; i < 3; ++i)
        params.files.append(writeFile(dir.filePath(u"in/f%1.txt"_s.arg(i)), contentFor(i, 1000)));
    params.destinationDir = dir.filePath(u"out"_s);
    params.stubStatePath = dir.filePath(u"stub.json"_s);
    if (remote) {
        CommitClientConfig config;
        config.endpoint = QUrl(u"http://127.0.0.1:%1"_s.arg(server.port()));
        config.timeoutMs = 10'000;
        params.endpoint = config;
    }
    params.authorizer = std::make_shared<PasskeyAuthorizer>(authenticator, *credential, &prompt);
    const int touchesBefore = key.soft.userPresenceCount();
    StampJob job(params);
    QSignalSpy finished(&job, &StampJob::finished);
    QVERIFY(run(job, finished));

    QCOMPARE(key.soft.userPresenceCount() - touchesBefore, 1); // one touch for three files
    if (remote) {
        QCOMPARE(challenges, 1);
        QCOMPARE(commits, 1);
    }
    const TrustProfile profile = credential->trustProfile();
    for (const StampFileResult &r : job.results()) {
        QVERIFY2(r.stage == StampStage::Done, qPrintable(describe(r)));
        QCOMPARE(str(r.proof, u"agency", u"authorization").isEmpty(), false);
        QCOMPARE(r.proof.member(u"agency")->member(u"actor")->stringMember(u"keyId")
                     ? *r.proof.member(u"agency")->member(u"actor")->stringMember(u"keyId")
                     : QString(),
                 credential->keyId);
        const QList<VerifyItem> items = verifyBundle(r.bundlePath, &profile);
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.first().report.check(u"policy.allowedActorKeyIds")->status,
                 CheckStatus::Pass);
    }
}

void tst_StampJob::cancelWhileWaitingForTheTouch()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    SoftKey key;
    CountingPrompt prompt;
    auto authenticator = std::make_shared<Fido2Authenticator>(30'000);
    auto credential = authenticator->registerPasskey({}, &prompt);
    QVERIFY_RESULT(credential);
    key.soft.options().touchDelayMs = 20'000;

    StampParams params;
    params.files = {writeFile(dir.filePath(u"in/a.txt"_s), "a"),
                    writeFile(dir.filePath(u"in/b.txt"_s), "b")};
    params.destinationDir = dir.filePath(u"out"_s);
    params.stubStatePath = makeState(dir);
    const JsonValue before = probe(params.stubStatePath);
    params.authorizer = std::make_shared<PasskeyAuthorizer>(authenticator, *credential, &prompt);
    StampJob job(params);
    QSignalSpy finished(&job, &StampJob::finished);
    job.start();
    QVERIFY(QTest::qWaitFor([&] { return prompt.touches >= 2; }, kTimeoutMs));
    QTest::qWait(200);
    QElapsedTimer timer;
    timer.start();
    job.cancel();
    QVERIFY(QTest::qWaitFor([&] { return finished.count() > 0; }, kTimeoutMs));
    QVERIFY2(timer.elapsed() < 10'000, "cancel did not end the wait for the touch");
    for (const StampFileResult &r : job.results())
        QVERIFY2(r.stage == StampStage::Cancelled, qPrintable(describe(r)));
    QVERIFY(bundlesIn(params.destinationDir).isEmpty());
    // No counter was spent: the next commit follows the probe directly.
    QCOMPARE(counterOf(probe(params.stubStatePath)), counterOf(before) + 2);
}

QTEST_GUILESS_MAIN(tst_StampJob)
#include "tst_stampjob.moc"
