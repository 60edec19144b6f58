// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0
#include "testdata.h"

#include "core/crypto.h"
#include "core/hashjob.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Occ;
using namespace Qt::StringLiterals;

class tst_HashJob : public QObject
{
    Q_OBJECT

private slots:
    void hashesManyFilesInOrder_data();
    void hashesManyFilesInOrder();
    void unreadableFilesDoNotStopOthers();
    void progressSignals();
    void smallFilesDoNotFloodTheReceiver();
    void cancel();
    void empty();
};

namespace {

QByteArray contentFor(int i)
{
    // Sizes from 0 to a little over 2 MiB, so some files span several chunks.
    const qsizetype size = qsizetype(i) * 37'813 % (2 * 1024 * 1024 + 17);
    QByteArray data = QByteArray("file " + QByteArray::number(i) + ' ').repeated(size / 6 + 1);
    data.truncate(size);
    return data;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &data)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

} // namespace

void tst_HashJob::hashesManyFilesInOrder_data()
{
    QTest::addColumn<int>("threads");
    QTest::newRow("one thread") << 1;
    QTest::newRow("two threads") << 2;
    QTest::newRow("eight threads") << 8;
    QTest::newRow("default") << 0;
}

void tst_HashJob::hashesManyFilesInOrder()
{
    QFETCH(int, threads);
    QTemporaryDir dir;
    QStringList paths;
    QList<QByteArray> expected;
    for (int i = 0; i < 60; ++i) {
        const QByteArray data = contentFor(i);
        paths.append(writeFile(dir, u"f%1"_s.arg(i), data));
        expected.append(Crypto::Sha256::hash(data));
    }
    const QList<FileHash> results = HashJob::hashFiles(paths, threads);
    QCOMPARE(results.size(), paths.size());
    for (int i = 0; i < results.size(); ++i) {
        QCOMPARE(results[i].path, paths[i]);
        QVERIFY(results[i].ok());
        QCOMPARE(results[i].digest, expected[i]);
        QCOMPARE(results[i].size, contentFor(i).size());
    }
}

void tst_HashJob::unreadableFilesDoNotStopOthers()
{
    QTemporaryDir dir;
    const QString good1 = writeFile(dir, u"a"_s, "alpha");
    const QString good2 = writeFile(dir, u"b"_s, "beta");
    const QStringList paths = {good1, dir.filePath(u"missing"_s), dir.path(), good2};
    const QList<FileHash> results = HashJob::hashFiles(paths, 2);
    QVERIFY(results[0].ok());
    QVERIFY(!results[1].ok());
    QCOMPARE(results[1].error->code, ErrorCode::Io);
    QVERIFY(results[1].error->message.contains(u"missing"));
    QVERIFY(!results[2].ok());
    QVERIFY(results[2].error->message.contains(u"folder"));
    QVERIFY(results[3].ok());
    QCOMPARE(results[3].digest, Crypto::Sha256::hash("beta"));
}

void tst_HashJob::progressSignals()
{
    QTemporaryDir dir;
    QStringList paths;
    qint64 total = 0;
    for (int i = 1; i <= 5; ++i) {
        const QByteArray data = contentFor(i * 11);
        total += data.size();
        paths.append(writeFile(dir, u"p%1"_s.arg(i), data));
    }
    HashJob job(paths, 2);
    // Worker threads emit; a context object in this thread receives them queued.
    QObject receiver;
    int finished = 0;
    int filesFinished = 0;
    qint64 maxDone = 0;
    bool totalsRight = true;
    connect(&job, &HashJob::finished, &receiver, [&] { ++finished; });
    connect(&job, &HashJob::fileFinished, &receiver, [&](int) { ++filesFinished; });
    connect(&job, &HashJob::progressChanged, &receiver, [&](qint64 done, qint64 all) {
        totalsRight = totalsRight && all == total;
        maxDone = std::max(maxDone, done);
    });
    job.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished, 1, 30'000);
    QTRY_COMPARE(filesFinished, 5);
    QVERIFY(totalsRight);
    QTRY_COMPARE(maxDone, total);
}

void tst_HashJob::smallFilesDoNotFloodTheReceiver()
{
    // 3,000 one-piece files: per-file progress would be noise, and one overall report per file
    // would queue thousands of events on the receiver's (the GUI's) thread.
    QTemporaryDir dir;
    QStringList paths;
    qint64 total = 0;
    for (int i = 0; i < 3000; ++i) {
        const QByteArray data = "small " + QByteArray::number(i);
        total += data.size();
        paths.append(writeFile(dir, u"s%1"_s.arg(i), data));
    }
    QElapsedTimer clock;
    clock.start();
    HashJob job(paths, 2);
    QObject receiver;
    int finished = 0;
    int filesFinished = 0;
    int fileProgress = 0;
    QList<qint64> reports;
    connect(&job, &HashJob::finished, &receiver, [&] { ++finished; });
    connect(&job, &HashJob::fileFinished, &receiver, [&](int) { ++filesFinished; });
    connect(&job, &HashJob::fileProgressChanged, &receiver, [&](int, qint64, qint64) {
        ++fileProgress;
    });
    connect(&job, &HashJob::progressChanged, &receiver, [&](qint64 done, qint64 all) {
        QCOMPARE(all, total);
        reports.append(done);
    });
    job.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished, 1, 60'000);
    const qint64 elapsed = clock.elapsed();
    QTRY_COMPARE(filesFinished, 3000);
    QCOMPARE(fileProgress, 0);
    QVERIFY(!reports.isEmpty());
    QCOMPARE(reports.last(), total); // the last report is always sent
    // At most one report per 50 ms interval, plus the last one.
    QVERIFY2(reports.size() <= elapsed / 50 + 2,
             qPrintable(u"%1 reports in %2 ms"_s.arg(reports.size()).arg(elapsed)));
}

void tst_HashJob::cancel()
{
    QTemporaryDir dir;
    QStringList paths;
    for (int i = 0; i < 8; ++i)
        paths.append(writeFile(dir, u"big%1"_s.arg(i), QByteArray(8 << 20, char(i))));
    HashJob job(paths, 1);
    // Cancel from the first progress report: the file in hand stops mid-way and the rest never
    // start.
    connect(
        &job,
        &HashJob::fileProgressChanged,
        &job,
        [&job](int, qint64, qint64) { job.cancel(); },
        Qt::DirectConnection);
    job.start();
    job.waitForFinished();
    const QList<FileHash> results = job.results();
    int cancelled = 0;
    for (const FileHash &r : results) {
        if (!r.ok()) {
            QCOMPARE(r.error->code, ErrorCode::Cancelled);
            ++cancelled;
        }
    }
    QCOMPARE(cancelled, 8);
}

void tst_HashJob::empty()
{
    HashJob job({});
    QSignalSpy finished(&job, &HashJob::finished);
    job.start();
    QCOMPARE(finished.size(), 1);
    QVERIFY(job.results().isEmpty());
}

QTEST_GUILESS_MAIN(tst_HashJob)
#include "tst_hashjob.moc"
