// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0
#include "testdata.h"

#include "core/bundle.h"
#include "core/canonicaljson.h"
#include "core/crypto.h"
#include "core/encoding.h"
#include "core/prooflibrary.h"
#include "core/stubsigner.h"
#include "core/trustprofile.h"
#include "core/verifysession.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <algorithm>
#include <optional>

using namespace Occ;
using namespace Qt::StringLiterals;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

QString hexSha256(QByteArrayView data)
{
    return Encoding::toHex(Crypto::Sha256::hash(data));
}

QStringList names(const QList<LibraryEntry> &entries)
{
    QStringList out;
    for (const LibraryEntry &e : entries)
        out << e.fileName;
    return out;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

// An entry that is not backed by a file: for search and ordering.
LibraryEntry synthetic(const QString &name,
                       const QString &counter,
                       qint64 recordedAt = 0,
                       const QString &key = u"Zm9vYmFyYmF6cXV4Zm9vYmFyYmF6cXV4Zm9vYmFyYmE="_s,
                       const QString &digest = QString(u"00ff"_s.repeated(16)))
{
    LibraryEntry e;
    e.fileName = name;
    e.digestHex = digest;
    e.signerKey = key;
    e.enforcement = u"hw-key"_s;
    e.counter = counter;
    e.commitTime = 1'700'000'000'000;
    e.verdict = Verdict::Valid;
    e.path = u"/nowhere/"_s + name + u".proof.zip"_s;
    e.fromBundle = true;
    e.source = LibrarySource::Verified;
    e.recordedAt = recordedAt;
    e.proofHash = hexSha256(QString(name + u'|' + counter).toUtf8());
    return e;
}

// Runs SQL on a database file directly (what another program, or a newer studio, would do).
bool execSql(const QString &dbPath, const QStringList &statements)
{
    const QString connection = QUuid::createUuid().toString();
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(dbPath);
        ok = db.open();
        QSqlQuery q(db);
        for (const QString &s : statements)
            ok = ok && q.exec(s);
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}

QStringList corruptFilesIn(const QString &dir)
{
    return QDir(dir).entryList({u"*.corrupt-*"_s}, QDir::Files);
}

} // namespace

class tst_ProofLibrary : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void entryForBundle();
    void search_data();
    void search();
    void searchLimit();
    void dedup();
    void batchBundleRows();
    void ordering();
    void counterOrderBeyond64Bits();
    void recordRejectsBadEntries();
    void removeRow();
    void reverifyPinning();
    void reverifyMissingBundle();
    void reverifyTamperedBundle_data();
    void reverifyTamperedBundle();
    void reverifyLooseProof();
    void reverifyCancelled();
    void corruptRecovery_data();
    void corruptRecovery();
    void newerSchemaIsLeftAlone();
    void folderInTheWay();
    void reopenKeepsRows();
    void moveAndTwoConnections();

private:
    JsonValue commit(const QByteArray &bytes);
    QString makeBundle(const QString &name, const QByteArray &bytes);
    LibraryEntry bundleEntry(const QString &bundlePath,
                             LibrarySource source = LibrarySource::Verified);
    ProofLibrary freshLibrary();

    QTemporaryDir m_dir;
    std::optional<StubSigner> m_signer;
    std::optional<ProofLibrary> m_lib; // the search fixture
    QMap<QString, LibraryEntry> m_fixture;
    int m_libraries = 0;
};

JsonValue tst_ProofLibrary::commit(const QByteArray &bytes)
{
    CommitRequest request;
    request.digests = {Crypto::Sha256::hash(bytes)};
    auto proofs = m_signer->commit(request);
    if (!proofs)
        qFatal("commit failed: %s", qPrintable(proofs.error().message));
    return proofs->first();
}

QString tst_ProofLibrary::makeBundle(const QString &name, const QByteArray &bytes)
{
    const QString original = m_dir.filePath(u"originals/"_s + name);
    if (!writeAll(original, bytes))
        qFatal("cannot write %s", qPrintable(original));
    const QString bundle = Bundle::freePath(m_dir.filePath(u"bundles"_s), name);
    QDir().mkpath(m_dir.filePath(u"bundles"_s));
    auto written = Bundle::write(bundle, {{original, name, commit(bytes)}}, false);
    if (!written)
        qFatal("cannot write bundle: %s", qPrintable(written.error().message));
    return bundle;
}

LibraryEntry tst_ProofLibrary::bundleEntry(const QString &bundlePath, LibrarySource source)
{
    auto entries = ProofLibrary::entriesForBundle(bundlePath, source, nullptr);
    if (!entries || entries->size() != 1)
        qFatal("cannot read back %s", qPrintable(bundlePath));
    return entries->first();
}

ProofLibrary tst_ProofLibrary::freshLibrary()
{
    auto lib = ProofLibrary::open(m_dir.filePath(u"libs/lib%1.db"_s.arg(++m_libraries)));
    if (!lib)
        qFatal("cannot open a library: %s", qPrintable(lib.error().message));
    if (!lib->recoveryNote().isEmpty())
        qFatal("a fresh library needed recovery");
    return std::move(lib).value();
}

void tst_ProofLibrary::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto signer = StubSigner::open(m_dir.filePath(u"state.json"_s));
    QVERIFY_RESULT(signer);
    m_signer = *signer;

    auto lib = ProofLibrary::open(m_dir.filePath(u"fixture/library.db"_s));
    QVERIFY_RESULT(lib);
    QVERIFY(lib->isOpen());
    QCOMPARE(lib->recoveryNote(), QString());
    QCOMPARE(*lib->count(), 0);
    m_lib.emplace(std::move(lib).value());

    // Four real bundles (the stub spends a counter on each slot: commit counters 2, 4, 6, 8),
    // and two entries that only live in the index.
    const QList<std::pair<QString, QByteArray>> files = {
        {u"report.txt"_s, "quarterly report\n"},
        {u"Été Photo.JPG"_s, "\xff\xd8 not really a jpeg"},
        {u"budget_100%.xlsx"_s, "numbers"},
        {u"plan_b.txt"_s, "the other plan"},
    };
    qint64 time = 1'000;
    for (const auto &[name, bytes] : files) {
        LibraryEntry e = bundleEntry(makeBundle(name, bytes), LibrarySource::Stamped);
        e.recordedAt = time += 1'000;
        auto id = m_lib->record(e);
        QVERIFY_RESULT(id);
        e.id = *id;
        m_fixture.insert(name, e);
    }
    QCOMPARE(m_fixture[u"report.txt"_s].counter, u"2"_s);
    QCOMPARE(m_fixture[u"Été Photo.JPG"_s].counter, u"4"_s);
    QCOMPARE(m_fixture[u"budget_100%.xlsx"_s].counter, u"6"_s);
    QCOMPARE(m_fixture[u"plan_b.txt"_s].counter, u"8"_s);
    for (LibraryEntry e : {synthetic(u"back\\slash.txt"_s, u"18446744073709551616"_s, 9'000),
                           synthetic(u"x'); DELETE FROM proofs; --"_s,
                                     u"100"_s,
                                     9'500,
                                     u"q83vEjRWeJCrze8SNFZ4kKvN7xI0VniQq83vEjRWeJA="_s,
                                     hexSha256("x"))}) {
        auto id = m_lib->record(e);
        QVERIFY_RESULT(id);
        e.id = *id;
        e.checkedAt = e.recordedAt; // what record() stores for checkedAt 0
        m_fixture.insert(e.fileName, e);
    }
    QCOMPARE(*m_lib->count(), 6);
}

void tst_ProofLibrary::entryForBundle()
{
    const QByteArray bytes = "what entryFor reads\n";
    const QString bundle = makeBundle(u"fields.txt"_s, bytes);
    auto items = VerifySession::loadBundle(bundle);
    QVERIFY_RESULT(items);
    VerifySession::verify(*items, nullptr);
    const LibraryEntry e = ProofLibrary::entryFor(items->first(), LibrarySource::Stamped);

    QCOMPARE(e.id, 0);
    QCOMPARE(e.fileName, u"fields.txt"_s);
    QCOMPARE(e.digestHex, hexSha256(bytes));
    QCOMPARE(e.signerKey, m_signer->publicKeyB64());
    QCOMPARE(e.enforcement, u"stub"_s);
    QCOMPARE(e.counter, *(items->first().proof->member(u"commit")->stringMember(u"counter")));
    QVERIFY(e.commitTime.has_value());
    QVERIFY(qAbs(*e.commitTime - QDateTime::currentMSecsSinceEpoch()) < 60'000);
    QCOMPARE(e.verdict, Verdict::Valid);
    QCOMPARE(e.reason, QString());
    QCOMPARE(e.path, QFileInfo(bundle).absoluteFilePath());
    QVERIFY(e.fromBundle);
    QCOMPARE(e.originalPath, QString());
    QCOMPARE(e.source, LibrarySource::Stamped);
    QCOMPARE(e.proofHash, hexSha256(items->first().proofText));
    QCOMPARE(e.proofHash, hexSha256(Json::toPrettyJson(*items->first().proof)));
    QVERIFY(e.recordedAt > 0);

    // What is stored is what is read back.
    ProofLibrary lib = freshLibrary();
    auto id = lib.record(e);
    QVERIFY_RESULT(id);
    auto back = lib.entry(*id);
    QVERIFY_RESULT(back);
    LibraryEntry expected = e;
    expected.id = *id;
    QVERIFY(*back == expected);
}

void tst_ProofLibrary::search_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected");

    const QStringList stub = {u"report.txt"_s,
                              u"Été Photo.JPG"_s,
                              u"budget_100%.xlsx"_s,
                              u"plan_b.txt"_s};
    const QString reportDigest = m_fixture[u"report.txt"_s].digestHex;
    const QString stubKey = m_fixture[u"report.txt"_s].signerKey;

    QTest::newRow("empty: everything") << QString() << QStringList(m_fixture.keys());
    QTest::newRow("blank: everything") << u"   "_s << QStringList(m_fixture.keys());
    QTest::newRow("name") << u"report"_s << QStringList{u"report.txt"_s};
    QTest::newRow("name, other case") << u"REPORT.TXT"_s << QStringList{u"report.txt"_s};
    QTest::newRow("name, trimmed") << u"  report  "_s << QStringList{u"report.txt"_s};
    QTest::newRow("name, accented capital") << u"ÉTÉ"_s << QStringList{u"Été Photo.JPG"_s};
    QTest::newRow("name, middle") << u"photo.jpg"_s << QStringList{u"Été Photo.JPG"_s};
    QTest::newRow("digest prefix") << reportDigest.left(8) << QStringList{u"report.txt"_s};
    QTest::newRow("digest prefix, uppercase")
        << reportDigest.left(10).toUpper() << QStringList{u"report.txt"_s};
    QTest::newRow("whole digest") << reportDigest << QStringList{u"report.txt"_s};
    QTest::newRow("digest, 4 hex digits") << u"00fF"_s << QStringList{u"back\\slash.txt"_s};
    QTest::newRow("digest, 3 hex digits are too few") << u"00f"_s << QStringList();
    QTest::newRow("digest, not a prefix") << reportDigest.mid(1, 8) << QStringList();
    QTest::newRow("signer prefix") << stubKey.left(6) << stub;
    QTest::newRow("signer prefix, other case")
        << u"zM9VYMFY"_s << QStringList{u"back\\slash.txt"_s};
    QTest::newRow("signer prefix, 3 characters are too few") << u"Zm9"_s << QStringList();
    QTest::newRow("signer, not a prefix") << u"m9vYmFy"_s << QStringList();
    QTest::newRow("counter") << u"4"_s << QStringList{u"Été Photo.JPG"_s};
    QTest::newRow("counter, leading zeros") << u"0004"_s << QStringList{u"Été Photo.JPG"_s};
    QTest::newRow("counter, no such") << u"3"_s << QStringList();
    QTest::newRow("counter or name")
        << u"100"_s << QStringList{u"budget_100%.xlsx"_s, u"x'); DELETE FROM proofs; --"_s};
    QTest::newRow("name, not counter prefix") << u"10"_s << QStringList{u"budget_100%.xlsx"_s};
    QTest::newRow("counter beyond 64 bits")
        << u"18446744073709551616"_s << QStringList{u"back\\slash.txt"_s};
    QTest::newRow("counter, exact only") << u"1844674407370955161"_s << QStringList();
    QTest::newRow("percent is literal") << u"%"_s << QStringList{u"budget_100%.xlsx"_s};
    QTest::newRow("underscore is literal")
        << u"_"_s << QStringList{u"budget_100%.xlsx"_s, u"plan_b.txt"_s};
    QTest::newRow("underscore inside") << u"t_1"_s << QStringList{u"budget_100%.xlsx"_s};
    QTest::newRow("underscore is not any character") << u"t_t"_s << QStringList();
    QTest::newRow("percent is not any run") << u"b%t"_s << QStringList();
    QTest::newRow("backslash is literal") << u"\\"_s << QStringList{u"back\\slash.txt"_s};
    QTest::newRow("injection: drop table") << u"'; DROP TABLE proofs; --"_s << QStringList();
    QTest::newRow("injection: or 1=1") << u"' OR '1'='1"_s << QStringList();
    QTest::newRow("injection text is stored as text")
        << u"'); DELETE"_s << QStringList{u"x'); DELETE FROM proofs; --"_s};
    QTest::newRow("no match") << u"nothing-like-this"_s << QStringList();
}

void tst_ProofLibrary::search()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    auto found = m_lib->search(query);
    QVERIFY_RESULT(found);
    QCOMPARE(sorted(names(*found)), sorted(expected));
    for (const LibraryEntry &e : std::as_const(*found))
        QVERIFY(e == m_fixture[e.fileName]);
    // Whatever was typed, the index is intact.
    QCOMPARE(*m_lib->count(), 6);
    QCOMPARE(m_lib->search(QString())->size(), 6);
}

void tst_ProofLibrary::searchLimit()
{
    auto two = m_lib->search(QString(), 2);
    QVERIFY_RESULT(two);
    QCOMPARE(names(*two), (QStringList{u"x'); DELETE FROM proofs; --"_s, u"back\\slash.txt"_s}));
    QCOMPARE(m_lib->search(QString(), 0)->size(), 6);
    QCOMPARE(m_lib->search(QString(), -1)->size(), 6);
    QCOMPARE(m_lib->search(u"txt"_s, 1)->size(), 1);
}

void tst_ProofLibrary::dedup()
{
    ProofLibrary lib = freshLibrary();
    const QString bundle = makeBundle(u"twice.txt"_s, "recorded twice");
    LibraryEntry stamped = bundleEntry(bundle, LibrarySource::Stamped);
    stamped.recordedAt = 1'000;
    auto first = lib.record(stamped);
    QVERIFY_RESULT(first);

    // The same proof at the same path, verified later with another verdict: one row, updated,
    // and it stays "stamped".
    LibraryEntry verified = stamped;
    verified.source = LibrarySource::Verified;
    verified.verdict = Verdict::Trusted;
    verified.recordedAt = 5'000;
    verified.checkedAt = 6'000;
    auto second = lib.record(verified);
    QVERIFY_RESULT(second);
    QCOMPARE(*second, *first);
    QCOMPARE(*lib.count(), 1);
    auto row = lib.entry(*first);
    QVERIFY_RESULT(row);
    QCOMPARE(row->verdict, Verdict::Trusted);
    QCOMPARE(row->recordedAt, 5'000);
    QCOMPARE(row->checkedAt, 6'000);
    QCOMPARE(row->source, LibrarySource::Stamped);

    // The same path written differently (and uppercase hex) is still the same row.
    LibraryEntry again = stamped;
    again.path = QFileInfo(bundle).absolutePath() + u"/../bundles/./"_s
                 + QFileInfo(bundle).fileName();
    again.proofHash = stamped.proofHash.toUpper();
    QCOMPARE(*lib.record(again), *first);
    QCOMPARE(*lib.count(), 1);

    // A verified-only proof stays "verified" when verified again.
    LibraryEntry other = bundleEntry(makeBundle(u"once.txt"_s, "verified only"));
    auto otherId = lib.record(other);
    QVERIFY_RESULT(otherId);
    QCOMPARE(*lib.record(other), *otherId);
    QCOMPARE(lib.entry(*otherId)->source, LibrarySource::Verified);

    // The same proof copied elsewhere is another row.
    const QString copy = m_dir.filePath(u"elsewhere/twice.txt.proof.zip"_s);
    QVERIFY(QDir().mkpath(QFileInfo(copy).absolutePath()));
    QVERIFY(QFile::copy(bundle, copy));
    LibraryEntry copied = bundleEntry(copy);
    QCOMPARE(copied.proofHash, stamped.proofHash);
    auto copiedId = lib.record(copied);
    QVERIFY_RESULT(copiedId);
    QVERIFY(*copiedId != *first);
    QCOMPARE(*lib.count(), 3);
    QCOMPARE(lib.search(stamped.digestHex.left(12))->size(), 2);
}

void tst_ProofLibrary::batchBundleRows()
{
    ProofLibrary lib = freshLibrary();
    QList<BundleSource> sources;
    for (int i = 0; i < 3; ++i) {
        const QByteArray bytes = "batch member " + QByteArray::number(i);
        const QString path = m_dir.filePath(u"batch/m%1.bin"_s.arg(i));
        QVERIFY(writeAll(path, bytes));
        sources.append({path, QFileInfo(path).fileName(), commit(bytes)});
    }
    const QString bundle = m_dir.filePath(u"batch/batch.proof.zip"_s);
    QVERIFY_RESULT(Bundle::write(bundle, sources, true));
    auto entries = ProofLibrary::entriesForBundle(bundle, LibrarySource::Stamped, nullptr);
    QVERIFY_RESULT(entries);
    QCOMPARE(entries->size(), 3);
    QList<qint64> ids;
    for (const LibraryEntry &e : std::as_const(*entries)) {
        QCOMPARE(e.verdict, Verdict::Valid);
        ids << *lib.record(e);
    }
    QCOMPARE(*lib.count(), 3);
    QCOMPARE(QSet<qint64>(ids.begin(), ids.end()).size(), 3);

    // Each row re-verifies its own member of the batch.
    TrustProfile pinned;
    pinned.allowedPublicKeys = {m_signer->publicKeyB64()};
    for (int i = 0; i < 3; ++i) {
        auto again = lib.reverify(ids[i], &pinned);
        QVERIFY_RESULT(again);
        QCOMPARE(again->verdict, Verdict::Trusted);
        QCOMPARE(again->fileName, u"m%1.bin"_s.arg(i));
    }
}

void tst_ProofLibrary::ordering()
{
    ProofLibrary lib = freshLibrary();
    QVERIFY_RESULT(lib.record(synthetic(u"b-middle"_s, u"7"_s, 2'000)));
    QVERIFY_RESULT(lib.record(synthetic(u"C-newest"_s, u"8"_s, 3'000)));
    QVERIFY_RESULT(lib.record(synthetic(u"a-oldest"_s, u"9"_s, 1'000)));
    // Same time: the later row first.
    QVERIFY_RESULT(lib.record(synthetic(u"d-tie-first"_s, u"10"_s, 2'500)));
    QVERIFY_RESULT(lib.record(synthetic(u"e-tie-second"_s, u"11"_s, 2'500)));

    QCOMPARE(names(*lib.search(QString())),
             (QStringList{u"C-newest"_s,
                          u"e-tie-second"_s,
                          u"d-tie-first"_s,
                          u"b-middle"_s,
                          u"a-oldest"_s}));
    QCOMPARE(names(*lib.search(QString(), 500, ProofLibrary::Order::Oldest)),
             (QStringList{u"a-oldest"_s,
                          u"b-middle"_s,
                          u"d-tie-first"_s,
                          u"e-tie-second"_s,
                          u"C-newest"_s}));
    QCOMPARE(names(*lib.search(QString(), 500, ProofLibrary::Order::Name)),
             (QStringList{u"a-oldest"_s,
                          u"b-middle"_s,
                          u"C-newest"_s,
                          u"d-tie-first"_s,
                          u"e-tie-second"_s}));
    // A filtered search keeps the order.
    QCOMPARE(names(*lib.search(u"-"_s, 500)),
             (QStringList{u"C-newest"_s,
                          u"e-tie-second"_s,
                          u"d-tie-first"_s,
                          u"b-middle"_s,
                          u"a-oldest"_s}));
}

void tst_ProofLibrary::counterOrderBeyond64Bits()
{
    ProofLibrary lib = freshLibrary();
    const QStringList counters = {u"18446744073709551616"_s, // 2^64
                                  u"9"_s,
                                  u"100000000000000000000000000000"_s,
                                  u"18446744073709551615"_s, // 2^64 - 1
                                  u"0"_s,
                                  u"10"_s,
                                  u"9223372036854775808"_s}; // 2^63
    qint64 t = 1'000;
    for (const QString &c : counters)
        QVERIFY_RESULT(lib.record(synthetic(u"n"_s + c, c, t += 10)));

    const QStringList ascending = {u"0"_s,
                                   u"9"_s,
                                   u"10"_s,
                                   u"9223372036854775808"_s,
                                   u"18446744073709551615"_s,
                                   u"18446744073709551616"_s,
                                   u"100000000000000000000000000000"_s};
    auto up = lib.search(QString(), 500, ProofLibrary::Order::CounterAscending);
    QVERIFY_RESULT(up);
    QStringList got;
    for (const LibraryEntry &e : std::as_const(*up))
        got << e.counter;
    QCOMPARE(got, ascending);

    auto down = lib.search(QString(), 500, ProofLibrary::Order::CounterDescending);
    QVERIFY_RESULT(down);
    got.clear();
    for (const LibraryEntry &e : std::as_const(*down))
        got << e.counter;
    QStringList descending = ascending;
    std::reverse(descending.begin(), descending.end());
    QCOMPARE(got, descending);

    // The counter text survives exactly (no 64-bit or double rounding).
    auto exact = lib.search(u"18446744073709551616"_s);
    QVERIFY_RESULT(exact);
    QCOMPARE(exact->size(), 1);
    QCOMPARE(exact->first().counter, u"18446744073709551616"_s);
    QCOMPARE(lib.search(u"100000000000000000000000000000"_s)->size(), 1);
}

void tst_ProofLibrary::recordRejectsBadEntries()
{
    ProofLibrary lib = freshLibrary();
    LibraryEntry noPath = synthetic(u"a"_s, u"1"_s);
    noPath.path.clear();
    auto r = lib.record(noPath);
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::InvalidArgument);

    LibraryEntry badHash = synthetic(u"b"_s, u"1"_s);
    badHash.proofHash = u"not a hash"_s;
    QCOMPARE(lib.record(badHash).error().code, ErrorCode::InvalidArgument);

    LibraryEntry badDigest = synthetic(u"c"_s, u"1"_s);
    badDigest.digestHex = u"zz%"_s;
    QCOMPARE(lib.record(badDigest).error().code, ErrorCode::InvalidArgument);

    QCOMPARE(*lib.count(), 0);

    // recordedAt 0 is now; checkedAt 0 is recordedAt.
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    auto id = lib.record(synthetic(u"d"_s, u"1"_s, 0));
    QVERIFY_RESULT(id);
    auto row = lib.entry(*id);
    QVERIFY(row->recordedAt >= before);
    QCOMPARE(row->checkedAt, row->recordedAt);
}

void tst_ProofLibrary::removeRow()
{
    ProofLibrary lib = freshLibrary();
    const QString bundle = makeBundle(u"remove-me.txt"_s, "to be forgotten");
    auto id = lib.record(bundleEntry(bundle));
    QVERIFY_RESULT(id);
    auto keep = lib.record(synthetic(u"keep"_s, u"1"_s));
    QVERIFY_RESULT(keep);
    QCOMPARE(*lib.count(), 2);

    QVERIFY_RESULT(lib.remove(*id));
    QCOMPARE(*lib.count(), 1);
    QVERIFY(QFileInfo::exists(bundle)); // the bundle itself is never touched
    QCOMPARE(lib.entry(*id).error().code, ErrorCode::InvalidArgument);
    QCOMPARE(lib.remove(*id).error().code, ErrorCode::InvalidArgument);
    QVERIFY_RESULT(lib.entry(*keep));

    // Ids are never reused, so a stale id in a view cannot hit another proof.
    auto next = lib.record(bundleEntry(bundle));
    QVERIFY_RESULT(next);
    QVERIFY(*next > *keep);
}

void tst_ProofLibrary::reverifyPinning()
{
    ProofLibrary lib = freshLibrary();
    const QString bundle = makeBundle(u"pin-me.txt"_s, "pin me");
    LibraryEntry e = bundleEntry(bundle);
    QCOMPARE(e.verdict, Verdict::Valid);
    e.checkedAt = 1'000;
    e.recordedAt = 1'000;
    auto id = lib.record(e);
    QVERIFY_RESULT(id);

    TrustProfile pinned;
    pinned.name = u"Me"_s;
    pinned.allowedPublicKeys = {m_signer->publicKeyB64()};
    auto trusted = lib.reverify(*id, &pinned);
    QVERIFY_RESULT(trusted);
    QCOMPARE(trusted->verdict, Verdict::Trusted);
    QCOMPARE(trusted->reason, QString());
    QVERIFY(trusted->checkedAt > 1'000);
    QCOMPARE(trusted->recordedAt, 1'000);
    auto stored = lib.entry(*id);
    QVERIFY_RESULT(stored);
    QVERIFY(*stored == *trusted);

    // Pinning someone else: not trusted, and the reason says why.
    TrustProfile other;
    other.allowedPublicKeys = {u"11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo="_s};
    auto notTrusted = lib.reverify(*id, &other);
    QVERIFY_RESULT(notTrusted);
    QVERIFY(notTrusted->verdict != Verdict::Trusted);
    QCOMPARE(lib.entry(*id)->verdict, notTrusted->verdict);

    // No profile: valid again.
    auto valid = lib.reverify(*id, nullptr);
    QVERIFY_RESULT(valid);
    QCOMPARE(valid->verdict, Verdict::Valid);
    QCOMPARE(lib.entry(*id)->verdict, Verdict::Valid);

    QCOMPARE(lib.reverify(*id + 100, nullptr).error().code, ErrorCode::InvalidArgument);
}

void tst_ProofLibrary::reverifyMissingBundle()
{
    ProofLibrary lib = freshLibrary();
    const QString bundle = makeBundle(u"vanishing.txt"_s, "here today");
    auto id = lib.record(bundleEntry(bundle));
    QVERIFY_RESULT(id);
    QVERIFY(QFile::remove(bundle));

    TrustProfile pinned;
    pinned.allowedPublicKeys = {m_signer->publicKeyB64()};
    auto gone = lib.reverify(*id, &pinned);
    QVERIFY_RESULT(gone);
    QCOMPARE(gone->verdict, Verdict::Invalid);
    QVERIFY2(gone->reason.contains(u"missing"), qPrintable(gone->reason));
    QVERIFY(gone->reason.contains(QDir::toNativeSeparators(bundle)));
    QCOMPARE(*lib.count(), 1); // the row is kept
    auto row = lib.entry(*id);
    QVERIFY_RESULT(row);
    QCOMPARE(row->verdict, Verdict::Invalid);
    QCOMPARE(row->reason, gone->reason);
    QCOMPARE(row->fileName, u"vanishing.txt"_s);
    QCOMPARE(lib.search(u"vanish"_s)->size(), 1);
}

void tst_ProofLibrary::reverifyTamperedBundle_data()
{
    QTest::addColumn<QString>("how");
    QTest::addColumn<QString>("reasonPart");
    QTest::newRow("original bytes flipped") << u"flip"_s << u"cannot be read"_s;
    QTest::newRow("replaced by another bundle") << u"replace"_s << u"no longer holds"_s;
    QTest::newRow("not a zip any more") << u"garbage"_s << u"cannot be read"_s;
    QTest::newRow("a folder in its place") << u"folder"_s << u"cannot be read"_s;
}

void tst_ProofLibrary::reverifyTamperedBundle()
{
    QFETCH(QString, how);
    QFETCH(QString, reasonPart);
    ProofLibrary lib = freshLibrary();
    const QByteArray bytes = "UNIQUE-ORIGINAL-BYTES-" + QUuid::createUuid().toByteArray();
    const QString bundle = makeBundle(u"tampered-%1.txt"_s.arg(how), bytes);
    auto id = lib.record(bundleEntry(bundle));
    QVERIFY_RESULT(id);
    QCOMPARE(lib.entry(*id)->verdict, Verdict::Valid);

    if (how == u"flip") {
        // The original is stored uncompressed: change one of its bytes in place.
        QByteArray zip = readAll(bundle);
        const qsizetype at = zip.indexOf(bytes);
        QVERIFY(at >= 0);
        zip[at] = 'u';
        QVERIFY(writeAll(bundle, zip));
    } else if (how == u"replace") {
        const QString other = makeBundle(u"other-%1.txt"_s.arg(how), "other bytes");
        QVERIFY(QFile::remove(bundle));
        QVERIFY(QFile::rename(other, bundle));
    } else if (how == u"garbage") {
        QVERIFY(writeAll(bundle, "this is no longer a zip file"));
    } else if (how == u"folder") {
        QVERIFY(QFile::remove(bundle));
        QVERIFY(QDir().mkpath(bundle));
    }

    TrustProfile pinned;
    pinned.allowedPublicKeys = {m_signer->publicKeyB64()};
    auto again = lib.reverify(*id, &pinned);
    QVERIFY_RESULT(again);
    QCOMPARE(again->verdict, Verdict::Invalid);
    QVERIFY2(again->reason.contains(reasonPart), qPrintable(again->reason));
    QCOMPARE(lib.entry(*id)->verdict, Verdict::Invalid);
    QCOMPARE(*lib.count(), 1);
}

void tst_ProofLibrary::reverifyLooseProof()
{
    ProofLibrary lib = freshLibrary();
    const QByteArray bytes = "a loose original\n";
    const QString original = m_dir.filePath(u"loose/original.txt"_s);
    const QString proofPath = m_dir.filePath(u"loose/original.txt.proof.json"_s);
    QVERIFY(writeAll(original, bytes));
    const QByteArray proofText = Json::toPrettyJson(commit(bytes));
    QVERIFY(writeAll(proofPath, proofText));

    auto item = VerifySession::loadProof(proofPath, original);
    QVERIFY_RESULT(item);
    QList<VerifyItem> items{*item};
    VerifySession::verify(items, nullptr);
    const LibraryEntry e = ProofLibrary::entryFor(items.first(), LibrarySource::Verified);
    QCOMPARE(e.verdict, Verdict::Valid);
    QVERIFY(!e.fromBundle);
    QCOMPARE(e.path, QFileInfo(proofPath).absoluteFilePath());
    QCOMPARE(e.originalPath, QFileInfo(original).absoluteFilePath());
    QCOMPARE(e.fileName, u"original.txt"_s);
    QCOMPARE(e.digestHex, hexSha256(bytes));
    auto id = lib.record(e);
    QVERIFY_RESULT(id);

    TrustProfile pinned;
    pinned.allowedPublicKeys = {m_signer->publicKeyB64()};
    QCOMPARE(lib.reverify(*id, &pinned)->verdict, Verdict::Trusted);

    // The original changed: the digest check fails.
    QVERIFY(writeAll(original, "a loose original, edited\n"));
    auto edited = lib.reverify(*id, &pinned);
    QVERIFY_RESULT(edited);
    QCOMPARE(edited->verdict, Verdict::Invalid);
    QVERIFY(!edited->reason.isEmpty());

    // The original is gone.
    QVERIFY(QFile::remove(original));
    auto noOriginal = lib.reverify(*id, &pinned);
    QVERIFY_RESULT(noOriginal);
    QCOMPARE(noOriginal->verdict, Verdict::Invalid);
    QVERIFY2(noOriginal->reason.contains(u"original file"), qPrintable(noOriginal->reason));
    QVERIFY(noOriginal->reason.contains(u"missing"));

    // Back in place: trusted again.
    QVERIFY(writeAll(original, bytes));
    QCOMPARE(lib.reverify(*id, &pinned)->verdict, Verdict::Trusted);

    // The proof file now holds another proof.
    QVERIFY(writeAll(proofPath, Json::toPrettyJson(commit(bytes))));
    auto replaced = lib.reverify(*id, &pinned);
    QVERIFY_RESULT(replaced);
    QCOMPARE(replaced->verdict, Verdict::Invalid);
    QVERIFY2(replaced->reason.contains(u"no longer holds"), qPrintable(replaced->reason));

    // The proof file is gone.
    QVERIFY(QFile::remove(proofPath));
    auto gone = lib.reverify(*id, &pinned);
    QVERIFY_RESULT(gone);
    QCOMPARE(gone->verdict, Verdict::Invalid);
    QVERIFY2(gone->reason.contains(u"proof file"), qPrintable(gone->reason));
    QVERIFY(gone->reason.contains(u"missing"));
    QCOMPARE(*lib.count(), 1);
}

void tst_ProofLibrary::reverifyCancelled()
{
    ProofLibrary lib = freshLibrary();
    LibraryEntry e = bundleEntry(makeBundle(u"cancel.txt"_s, "cancel me"));
    e.checkedAt = 1'234;
    auto id = lib.record(e);
    QVERIFY_RESULT(id);
    const std::atomic_bool cancel{true};
    auto r = lib.reverify(*id, nullptr, &cancel);
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::Cancelled);
    QCOMPARE(lib.entry(*id)->checkedAt, 1'234); // nothing stored
}

void tst_ProofLibrary::corruptRecovery_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("withJournal");
    QTest::newRow("text file") << u"text"_s << false;
    QTest::newRow("text file with a stale journal") << u"text"_s << true;
    QTest::newRow("SQLite header, then garbage") << u"header"_s << false;
    QTest::newRow("damaged library") << u"damaged"_s << false;
    QTest::newRow("another program's database") << u"foreign"_s << false;
}

void tst_ProofLibrary::corruptRecovery()
{
    QFETCH(QString, kind);
    QFETCH(bool, withJournal);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString dbPath = dir.filePath(u"library.db"_s);

    if (kind == u"text") {
        QVERIFY(writeAll(dbPath, QByteArray("this is not a database\n").repeated(200)));
    } else if (kind == u"header") {
        QByteArray bytes("SQLite format 3");
        bytes.append('\0');
        bytes.append(QByteArray(8192, '\x5a'));
        QVERIFY(writeAll(dbPath, bytes));
    } else if (kind == u"damaged") {
        {
            auto lib = ProofLibrary::open(dbPath);
            QVERIFY_RESULT(lib);
            for (int i = 0; i < 20; ++i)
                QVERIFY_RESULT(lib->record(synthetic(u"row%1"_s.arg(i), QString::number(i))));
        }
        QByteArray bytes = readAll(dbPath);
        QVERIFY(bytes.size() > 4096);
        for (qsizetype i = 100; i < 4096; ++i)
            bytes[i] = '\xff'; // the schema page, after the file header
        QVERIFY(writeAll(dbPath, bytes));
    } else if (kind == u"foreign") {
        QVERIFY(execSql(dbPath,
                        {u"CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)"_s,
                         u"INSERT INTO notes (body) VALUES ('keep me')"_s}));
    }
    if (withJournal)
        QVERIFY(writeAll(dbPath + u"-journal"_s, "stale journal of the unreadable file"));
    const QByteArray before = readAll(dbPath);
    QVERIFY(!before.isEmpty());

    {
        auto lib = ProofLibrary::open(dbPath);
        QVERIFY_RESULT(lib);
        QVERIFY(lib->isOpen());
        QVERIFY(!lib->recoveryNote().isEmpty());
        QVERIFY(!lib->movedAsidePath().isEmpty());
        qDebug() << lib->recoveryNote();

        // Moved aside intact, named as promised, and mentioned in the note.
        const QStringList aside = corruptFilesIn(dir.path());
        QVERIFY2(aside.contains(QFileInfo(lib->movedAsidePath()).fileName()),
                 qPrintable(aside.join(u", "_s)));
        QVERIFY(QFileInfo(lib->movedAsidePath()).fileName().startsWith(u"library.db.corrupt-"_s));
        QCOMPARE(readAll(lib->movedAsidePath()), before);
        QVERIFY(lib->recoveryNote().contains(QDir::toNativeSeparators(lib->movedAsidePath())));
        // SQLite discards a journal that is not a valid hot journal; a surviving one goes along
        // with the file. Either way none is left to be replayed into the new library.
        if (withJournal && QFileInfo::exists(lib->movedAsidePath() + u"-journal"_s)) {
            QCOMPARE(readAll(lib->movedAsidePath() + u"-journal"_s),
                     QByteArray("stale journal of the unreadable file"));
        }
        QVERIFY(!QFileInfo::exists(dbPath + u"-journal"_s));

        // A working, empty library in its place.
        QCOMPARE(*lib->count(), 0);
        auto id = lib->record(synthetic(u"after recovery"_s, u"1"_s));
        QVERIFY_RESULT(id);
        QCOMPARE(lib->search(u"recovery"_s)->size(), 1);
    }

    // Reopening finds it healthy: no second recovery.
    auto again = ProofLibrary::open(dbPath);
    QVERIFY_RESULT(again);
    QCOMPARE(again->recoveryNote(), QString());
    QCOMPARE(*again->count(), 1);
    QStringList databasesAside = corruptFilesIn(dir.path());
    databasesAside.removeIf([](const QString &name) { return name.endsWith(u"-journal"); });
    QCOMPARE(databasesAside.size(), 1);
}

void tst_ProofLibrary::newerSchemaIsLeftAlone()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString dbPath = dir.filePath(u"library.db"_s);
    {
        auto lib = ProofLibrary::open(dbPath);
        QVERIFY_RESULT(lib);
        QVERIFY_RESULT(lib->record(synthetic(u"from the future"_s, u"1"_s)));
    }
    QVERIFY(execSql(dbPath, {u"PRAGMA user_version = 99"_s}));
    const QByteArray before = readAll(dbPath);

    auto lib = ProofLibrary::open(dbPath);
    QVERIFY(!lib);
    QCOMPARE(lib.error().code, ErrorCode::Unsupported);
    QVERIFY2(lib.error().message.contains(u"newer"), qPrintable(lib.error().message));
    QCOMPARE(readAll(dbPath), before);
    QVERIFY(corruptFilesIn(dir.path()).isEmpty());
}

void tst_ProofLibrary::folderInTheWay()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString dbPath = dir.filePath(u"library.db"_s);
    QVERIFY(QDir().mkpath(dbPath));
    QVERIFY(writeAll(dbPath + u"/inside.txt"_s, "keep"));
    auto lib = ProofLibrary::open(dbPath);
    QVERIFY(!lib);
    QCOMPARE(lib.error().code, ErrorCode::Io);
    QVERIFY(QFileInfo(dbPath).isDir());
    QCOMPARE(readAll(dbPath + u"/inside.txt"_s), QByteArray("keep"));
    QVERIFY(corruptFilesIn(dir.path()).isEmpty());

    QCOMPARE(ProofLibrary::open(QString()).error().code, ErrorCode::InvalidArgument);
}

void tst_ProofLibrary::reopenKeepsRows()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString dbPath = dir.filePath(u"nested/folder/library.db"_s); // folders are created
    QList<LibraryEntry> recorded;
    {
        auto lib = ProofLibrary::open(dbPath);
        QVERIFY_RESULT(lib);
        LibraryEntry real = bundleEntry(makeBundle(u"kept.txt"_s, "kept"), LibrarySource::Stamped);
        real.recordedAt = 2'000;
        LibraryEntry fake = synthetic(u"kept too"_s, u"18446744073709551616"_s, 1'000);
        fake.commitTime.reset();
        fake.reason = u"a reason with 'quotes' and \"more\""_s;
        fake.verdict = Verdict::Invalid;
        for (LibraryEntry e : {real, fake}) {
            auto id = lib->record(e);
            QVERIFY_RESULT(id);
            e.id = *id;
            if (e.checkedAt == 0)
                e.checkedAt = e.recordedAt;
            recorded << e;
        }
    }
    QVERIFY(QFileInfo::exists(dbPath));
    auto lib = ProofLibrary::open(dbPath);
    QVERIFY_RESULT(lib);
    QCOMPARE(lib->recoveryNote(), QString());
    QCOMPARE(lib->path(), QFileInfo(dbPath).absoluteFilePath());
    auto all = lib->search(QString());
    QVERIFY_RESULT(all);
    QCOMPARE(all->size(), 2);
    QVERIFY(all->at(0) == recorded[0]);
    QVERIFY(all->at(1) == recorded[1]);
    QVERIFY(!all->at(1).commitTime.has_value());
}

void tst_ProofLibrary::moveAndTwoConnections()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString dbPath = dir.filePath(u"library.db"_s);
    const qsizetype connections = QSqlDatabase::connectionNames().size();
    {
        auto opened = ProofLibrary::open(dbPath);
        QVERIFY_RESULT(opened);
        ProofLibrary a = std::move(opened).value();
        QVERIFY(a.isOpen());
        QVERIFY_RESULT(a.record(synthetic(u"one"_s, u"1"_s)));

        // A second library on the same file sees the rows of the first, and the other way round.
        auto second = ProofLibrary::open(dbPath);
        QVERIFY_RESULT(second);
        QCOMPARE(*second->count(), 1);
        QVERIFY_RESULT(second->record(synthetic(u"two"_s, u"2"_s)));
        QCOMPARE(*a.count(), 2);

        ProofLibrary b = std::move(a);
        QVERIFY(b.isOpen());
        QVERIFY(!a.isOpen()); // NOLINT(bugprone-use-after-move): the documented moved-from state
        QCOMPARE(a.count().error().code, ErrorCode::InvalidArgument);
        QCOMPARE(a.search(QString()).error().code, ErrorCode::InvalidArgument);
        QCOMPARE(*b.count(), 2);

        QCOMPARE(QSqlDatabase::connectionNames().size(), connections + 2);

        b = std::move(*second); // closes b's own connection first
        QVERIFY(!second->isOpen());
        QCOMPARE(*b.count(), 2);
        QCOMPARE(QSqlDatabase::connectionNames().size(), connections + 1);
    }
    // Every connection is removed with its library.
    QCOMPARE(QSqlDatabase::connectionNames().size(), connections);
}

QTEST_GUILESS_MAIN(tst_ProofLibrary)
#include "tst_prooflibrary.moc"
