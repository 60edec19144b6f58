// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0
#include "testdata.h"

#include "core/bundle.h"
#include "core/canonicaljson.h"
#include "core/crypto.h"
#include "core/plainzip.h"
#include "core/proofverifier.h"
#include "core/stubsigner.h"

#include <QTemporaryDir>
#include <QTest>

#include <quazip/quacrc32.h>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

using namespace Occ;
using namespace Qt::StringLiterals;

namespace {

struct RawEntry
{
    QString name;
    QByteArray data;
    int method = 8;
    quint32 unixMode = 0100644;
    const char *password = nullptr;
};

// Writes a zip with exactly the given entries (minizip does not stop duplicates or odd names).
bool writeZip(const QString &path, const QList<RawEntry> &entries)
{
    QuaZip zip(path);
    zip.setUtf8Enabled(true);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    for (const RawEntry &e : entries) {
        QuaZipNewInfo info(e.name);
        info.externalAttr = e.unixMode << 16;
        QuaZipFile f(&zip);
        QuaCrc32 crc;
        if (!f.open(QIODevice::WriteOnly,
                    info,
                    e.password,
                    crc.calculate(e.data),
                    e.method,
                    e.method ? 6 : 0))
            return false;
        f.write(e.data);
        f.close();
    }
    zip.close();
    return zip.getZipError() == 0;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

// Small bundles are read from memory; limits with this setting read them from the file.
BundleLimits streamed()
{
    BundleLimits limits;
    limits.maxInMemorySize = -1;
    return limits;
}

// Empty when both readings came to the same: the same items, or the same error.
QString difference(const Result<QList<BundleItem>> &a, const Result<QList<BundleItem>> &b)
{
    if (bool(a) != bool(b))
        return u"one read it, the other said: "_s + (a ? b.error().message : a.error().message);
    if (!a)
        return a.error().message == b.error().message
                   ? QString()
                   : a.error().message + u" <> "_s + b.error().message;
    if (a->size() != b->size())
        return u"%1 items <> %2"_s.arg(a->size()).arg(b->size());
    for (qsizetype i = 0; i < a->size(); ++i) {
        if (a->at(i) != b->at(i))
            return u"item %1 differs"_s.arg(i);
    }
    return {};
}

} // namespace

class tst_Bundle : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void singleRoundTrip();
    void originalNamedProofJson();
    void batchRoundTrip();
    void neverOverwrites();
    void changedFileIsNotBundled();
    void referenceLayout();
    void attacks_data();
    void attacks();
    void badCrc();
    void lyingSizeHeader();
    void zipBomb();
    void notAZip();
    void inMemoryMatchesStreamed_data();
    void inMemoryMatchesStreamed();
    void plainReader();
    void notPlain_data();
    void notPlain();
    void damagedMatchesStreamed_data();
    void damagedMatchesStreamed();

private:
    JsonValue commit(const QByteArray &bytes);
    QTemporaryDir m_dir;
    std::optional<StubSigner> m_signer;
};

void tst_Bundle::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto signer = StubSigner::open(m_dir.filePath(u"state.json"_s));
    QVERIFY_RESULT(signer);
    m_signer = *signer;
}

JsonValue tst_Bundle::commit(const QByteArray &bytes)
{
    CommitRequest request;
    request.digests = {Crypto::Sha256::hash(bytes)};
    auto proofs = m_signer->commit(request);
    if (!proofs)
        qFatal("commit failed: %s", qPrintable(proofs.error().message));
    return proofs->first();
}

void tst_Bundle::singleRoundTrip()
{
    const QByteArray bytes = "the original bytes\n";
    const QString original = m_dir.filePath(u"report.txt"_s);
    QVERIFY(writeAll(original, bytes));
    const JsonValue proof = commit(bytes);
    const QString bundle = Bundle::freePath(m_dir.path(), u"report.txt"_s);
    QCOMPARE(bundle, m_dir.filePath(u"report.txt.proof.zip"_s));
    QVERIFY_RESULT(Bundle::write(bundle, {{original, u"report.txt"_s, proof}}, false));
    QCOMPARE(Bundle::freePath(m_dir.path(), u"report.txt"_s),
             m_dir.filePath(u"report.txt (2).proof.zip"_s));

    auto items = Bundle::read(bundle);
    QVERIFY_RESULT(items);
    QCOMPARE(items->size(), 1);
    const BundleItem &item = items->first();
    QVERIFY(item.hasOriginal);
    QCOMPARE(item.originalName, u"report.txt"_s);
    QCOMPARE(item.originalSize, bytes.size());
    QCOMPARE(item.originalDigest, Crypto::Sha256::hash(bytes));
    QCOMPARE(item.proofText, Json::toPrettyJson(proof));
    VerifyOptions options;
    options.artifactDigest = item.originalDigest;
    QCOMPARE(ProofVerifier::verifyText(item.proofText, options).verdict, Verdict::Valid);

    // The original is stored, not compressed.
    QuaZip zip(bundle);
    QVERIFY(zip.open(QuaZip::mdUnzip));
    QVERIFY(zip.setCurrentFile(u"report.txt"_s));
    QuaZipFileInfo64 info;
    QVERIFY(zip.getCurrentFileInfo(&info));
    QCOMPARE(info.method, quint16(0));
}

void tst_Bundle::originalNamedProofJson()
{
    const QByteArray bytes = R"({"not":"a proof"})";
    const QString original = m_dir.filePath(u"proof.json"_s);
    QVERIFY(writeAll(original, bytes));
    const QString bundle = m_dir.filePath(u"named.proof.zip"_s);
    QVERIFY_RESULT(Bundle::write(bundle, {{original, u"proof.json"_s, commit(bytes)}}, false));
    auto items = Bundle::read(bundle);
    QVERIFY_RESULT(items);
    QCOMPARE(items->first().originalName, u"proof.json"_s);
    QCOMPARE(items->first().originalDigest, Crypto::Sha256::hash(bytes));
}

void tst_Bundle::batchRoundTrip()
{
    QList<BundleSource> sources;
    for (int i = 0; i < 3; ++i) {
        const QByteArray bytes = "file number " + QByteArray::number(i);
        const QString name = u"f%1.bin"_s.arg(i);
        QVERIFY(writeAll(m_dir.filePath(name), bytes));
        sources.append({m_dir.filePath(name), name, commit(bytes)});
    }
    const QString bundle = m_dir.filePath(u"batch.proof.zip"_s);
    QVERIFY_RESULT(Bundle::write(bundle, sources, true));
    auto items = Bundle::read(bundle);
    QVERIFY_RESULT(items);
    QCOMPARE(items->size(), 3);
    for (int i = 0; i < 3; ++i) {
        const BundleItem &item = (*items)[i];
        QCOMPARE(item.folder, u"f%1.bin"_s.arg(i));
        QCOMPARE(item.originalName, item.folder);
        QCOMPARE(item.originalDigest,
                 Crypto::Sha256::hash(QByteArray("file number " + QByteArray::number(i))));
        QCOMPARE(item.proofText, Json::toPrettyJson(sources[i].proof));
    }
    // A single bundle takes one file only.
    QVERIFY(!Bundle::write(m_dir.filePath(u"x.proof.zip"_s), sources, false));
}

void tst_Bundle::neverOverwrites()
{
    const QString original = m_dir.filePath(u"keep.txt"_s);
    QVERIFY(writeAll(original, "keep"));
    const QString bundle = m_dir.filePath(u"keep.txt.proof.zip"_s);
    QVERIFY(writeAll(bundle, "existing content"));
    auto r = Bundle::write(bundle, {{original, u"keep.txt"_s, commit("keep")}}, false);
    QVERIFY(!r);
    QVERIFY(r.error().message.contains(u"already exists"));
    QCOMPARE(readAll(bundle), QByteArray("existing content"));
    QVERIFY_RESULT(Bundle::write(bundle, {{original, u"keep.txt"_s, commit("keep")}}, false, true));
    QVERIFY_RESULT(Bundle::read(bundle));
}

void tst_Bundle::changedFileIsNotBundled()
{
    const QString original = m_dir.filePath(u"moving.txt"_s);
    QVERIFY(writeAll(original, "version 1"));
    const JsonValue proof = commit("version 1");
    QVERIFY(writeAll(original, "version 2")); // edited after hashing
    const QString bundle = m_dir.filePath(u"moving.txt.proof.zip"_s);
    auto r = Bundle::write(bundle, {{original, u"moving.txt"_s, proof}}, false);
    QVERIFY(!r);
    QVERIFY(r.error().message.contains(u"changed after it was hashed"));
    QVERIFY(!QFileInfo::exists(bundle));
}

void tst_Bundle::referenceLayout()
{
    // The reference CLI: deflated original, proof.json, VERIFY.txt.
    const QByteArray bytes = "reference cli file";
    const QString bundle = m_dir.filePath(u"ref.proof.zip"_s);
    QVERIFY(writeZip(bundle,
                     {{u"doc.txt"_s, bytes},
                      {u"proof.json"_s, Json::toPrettyJson(commit(bytes))},
                      {u"VERIFY.txt"_s, "Drop the zip on the verifier"}}));
    auto items = Bundle::read(bundle);
    QVERIFY_RESULT(items);
    QCOMPARE(items->size(), 1);
    QCOMPARE(items->first().originalName, u"doc.txt"_s);
    QCOMPARE(items->first().originalDigest, Crypto::Sha256::hash(bytes));
}

void tst_Bundle::attacks_data()
{
    QTest::addColumn<QList<RawEntry>>("entries");
    QTest::addColumn<QString>("reason");
    const QByteArray proof = R"({"version":"occ/1"})";
    // clang-format off
    QTest::newRow("dot-dot")      << QList<RawEntry>{{u"../evil.txt"_s, "x"}, {u"proof.json"_s, proof}} << u"\"..\" path component"_s;
    QTest::newRow("nested dotdot")<< QList<RawEntry>{{u"a/../../evil"_s, "x"}, {u"proof.json"_s, proof}} << u"\"..\" path component"_s;
    QTest::newRow("absolute")     << QList<RawEntry>{{u"/etc/passwd"_s, "x"}, {u"proof.json"_s, proof}} << u"absolute path"_s;
    QTest::newRow("drive letter") << QList<RawEntry>{{u"C:evil"_s, "x"}, {u"proof.json"_s, proof}} << u"absolute path"_s;
    QTest::newRow("backslash")    << QList<RawEntry>{{u"a\\b.txt"_s, "x"}, {u"proof.json"_s, proof}} << u"backslash"_s;
    QTest::newRow("symlink")      << QList<RawEntry>{{u"link"_s, "/etc/passwd", 0, 0120777}, {u"proof.json"_s, proof}} << u"symbolic link"_s;
    QTest::newRow("duplicate")    << QList<RawEntry>{{u"a.txt"_s, "x"}, {u"a.txt"_s, "y"}, {u"proof.json"_s, proof}} << u"appears twice"_s;
    QTest::newRow("case clash")   << QList<RawEntry>{{u"A.txt"_s, "x"}, {u"a.txt"_s, "y"}} << u"only in case"_s;
    QTest::newRow("two originals")<< QList<RawEntry>{{u"a.txt"_s, "x"}, {u"b.txt"_s, "y"}, {u"proof.json"_s, proof}} << u"more than one candidate original"_s;
    QTest::newRow("no proof")     << QList<RawEntry>{{u"a.txt"_s, "x"}} << u"no proof.json"_s;
    QTest::newRow("batch no proof") << QList<RawEntry>{{u"a/a.txt"_s, "x"}, {u"b/b.txt"_s, "y"}, {u"b/proof.json"_s, proof}} << u"folder \"a\" has no proof.json"_s;
    QTest::newRow("too deep")     << QList<RawEntry>{{u"a/b/c.txt"_s, "x"}, {u"proof.json"_s, proof}} << u"nested too deeply"_s;
    QTest::newRow("mixed")        << QList<RawEntry>{{u"proof.json"_s, proof}, {u"a/proof.json"_s, proof}} << u"mixes"_s;
    QTest::newRow("encrypted")    << QList<RawEntry>{{u"a.txt"_s, "secret", 8, 0100644, "pw"}, {u"proof.json"_s, proof}} << u"encrypted"_s;
    QTest::newRow("big proof")    << QList<RawEntry>{{u"proof.json"_s, QByteArray((1 << 20) + 1, ' ')}} << u"over the limit"_s;
    QTest::newRow("empty name")   << QList<RawEntry>{{u"a//b"_s, "x"}, {u"proof.json"_s, proof}} << u"empty path component"_s;
    // clang-format on
}

void tst_Bundle::attacks()
{
    QFETCH(QList<RawEntry>, entries);
    QFETCH(QString, reason);
    const QString bundle = m_dir.filePath(u"attack.proof.zip"_s);
    QFile::remove(bundle);
    QVERIFY(writeZip(bundle, entries));
    auto items = Bundle::read(bundle);
    QVERIFY(!items);
    QVERIFY2(items.error().message.contains(reason), qPrintable(items.error().message));
    QVERIFY(items.error().message.contains(u"not a usable proof bundle"));
}

void tst_Bundle::badCrc()
{
    const QString bundle = m_dir.filePath(u"crc.proof.zip"_s);
    const QByteArray marker = "UNIQUE-MARKER-0123456789";
    QVERIFY(writeZip(bundle, {{u"a.txt"_s, marker, 0}, {u"proof.json"_s, "{}"}}));
    QByteArray raw = readAll(bundle);
    const qsizetype at = raw.indexOf(marker);
    QVERIFY(at > 0);
    raw[at] = 'X';
    QVERIFY(writeAll(bundle, raw));
    auto items = Bundle::read(bundle);
    QVERIFY(!items);
    QVERIFY2(items.error().message.contains(u"CRC"), qPrintable(items.error().message));
    const auto fromFile = Bundle::read(bundle, streamed());
    QVERIFY(!fromFile);
    QCOMPARE(fromFile.error().message, items.error().message);
}

void tst_Bundle::lyingSizeHeader()
{
    // Headers that claim fewer bytes than the entry holds: the reader must not take them at
    // their word.
    const QString bundle = m_dir.filePath(u"lying.proof.zip"_s);
    const QByteArray data(4096, 'a');
    QVERIFY(writeZip(bundle, {{u"a.txt"_s, data, 8}, {u"proof.json"_s, "{}"}}));
    QByteArray raw = readAll(bundle);
    // Patch the uncompressed size in the local (offset 22) and central (offset 24) headers.
    const auto patch = [&raw](const QByteArray &signature, int offset) {
        for (qsizetype at = raw.indexOf(signature); at >= 0; at = raw.indexOf(signature, at + 1)) {
            quint32 size;
            memcpy(&size, raw.constData() + at + offset, 4);
            if (size == 4096) {
                const quint32 lie = 10;
                memcpy(raw.data() + at + offset, &lie, 4);
            }
        }
    };
    patch(QByteArray("PK\x03\x04", 4), 22);
    patch(QByteArray("PK\x01\x02", 4), 24);
    QVERIFY(writeAll(bundle, raw));
    auto items = Bundle::read(bundle);
    QVERIFY(!items);
    QVERIFY2(items.error().message.contains(u"a.txt"), qPrintable(items.error().message));
    const auto fromFile = Bundle::read(bundle, streamed());
    QVERIFY(!fromFile);
    QCOMPARE(fromFile.error().message, items.error().message);
}

void tst_Bundle::zipBomb()
{
    const QString bundle = m_dir.filePath(u"bomb.proof.zip"_s);
    QVERIFY(writeZip(bundle,
                     {{u"zeros.bin"_s, QByteArray(32 << 20, '\0'), 8}, {u"proof.json"_s, "{}"}}));
    QVERIFY(QFileInfo(bundle).size() < (1 << 20)); // it really is a bomb
    BundleLimits limits;
    limits.maxOriginalSize = 1 << 20;
    auto items = Bundle::read(bundle, limits);
    QVERIFY(!items);
    QVERIFY2(items.error().message.contains(u"over the limit"), qPrintable(items.error().message));
    // With the default cap it reads fine, in constant memory.
    QVERIFY_RESULT(Bundle::read(bundle));
}

void tst_Bundle::notAZip()
{
    const QString path = m_dir.filePath(u"plain.proof.zip"_s);
    QVERIFY(writeAll(path, "this is not a zip"));
    auto items = Bundle::read(path);
    QVERIFY(!items);
    QVERIFY(items.error().message.contains(u"not a readable zip"));
    QVERIFY(!Bundle::read(m_dir.filePath(u"missing.proof.zip"_s)));
    const auto fromFile = Bundle::read(path, streamed());
    QVERIFY(!fromFile);
    QCOMPARE(fromFile.error().message, items.error().message);
    // A truncated zip: its directory is gone.
    const QString bundle = m_dir.filePath(u"truncated.proof.zip"_s);
    QVERIFY(writeZip(bundle, {{u"a.txt"_s, "x"}, {u"proof.json"_s, "{}"}}));
    QVERIFY(writeAll(bundle, readAll(bundle).chopped(30)));
    const auto truncated = Bundle::read(bundle);
    QVERIFY(!truncated);
    QCOMPARE(Bundle::read(bundle, streamed()).error().message, truncated.error().message);
}

void tst_Bundle::inMemoryMatchesStreamed_data()
{
    attacks_data();
    const QByteArray proof = Json::toPrettyJson(commit("x"));
    QTest::newRow("good single") << QList<RawEntry>{{u"a.txt"_s, "x"}, {u"proof.json"_s, proof}}
                                 << QString();
    QTest::newRow("good batch, deflated original")
        << QList<RawEntry>{{u"a/a.txt"_s, QByteArray(100000, 'a'), 8},
                           {u"a/proof.json"_s, proof},
                           {u"b/b.txt"_s, "y", 0},
                           {u"b/proof.json"_s, proof},
                           {u"VERIFY.txt"_s, "read me"}}
        << QString();
    QTest::newRow("proof only") << QList<RawEntry>{{u"proof.json"_s, proof}} << QString();
    QTest::newRow("long name") << QList<RawEntry>{{QString(300, u'n'), "x"},
                                                  {u"proof.json"_s, proof}}
                               << QString();
}

// A bundle read from memory (the audit's path for small files) gives exactly what reading it
// from the file gives: the same items, or the same error.
void tst_Bundle::inMemoryMatchesStreamed()
{
    QFETCH(QList<RawEntry>, entries);
    const QString bundle = m_dir.filePath(u"both.proof.zip"_s);
    QFile::remove(bundle);
    QVERIFY(writeZip(bundle, entries));
    const auto fromFile = Bundle::read(bundle, streamed());
    const QString reason = difference(Bundle::read(bundle), fromFile);
    QVERIFY2(reason.isEmpty(), qPrintable(reason));
    const QString fromMemory = difference(Bundle::readData(readAll(bundle), bundle), fromFile);
    QVERIFY2(fromMemory.isEmpty(), qPrintable(fromMemory));
}

// The plain reader takes the bundles this studio writes, and finds what minizip finds in them.
void tst_Bundle::plainReader()
{
    const QByteArray bytes = "plain\n";
    const QString original = m_dir.filePath(u"plain.txt"_s);
    QVERIFY(writeAll(original, bytes));
    const JsonValue proof = commit(bytes);
    const QString bundle = m_dir.filePath(u"plain.txt.proof.zip"_s);
    QFile::remove(bundle);
    QVERIFY_RESULT(Bundle::write(bundle, {{original, u"plain.txt"_s, proof}}, false));
    const QByteArray zip = readAll(bundle);
    const auto records = PlainZip::directory(zip);
    QVERIFY(records);
    QCOMPARE(records->size(), 2);
    QCOMPARE(records->at(0).name, QByteArray("plain.txt"));
    QCOMPARE(records->at(0).method, quint16(0));
    const auto stored = PlainZip::storedData(zip, records->at(0));
    QVERIFY(stored);
    QCOMPARE(stored->toByteArray(), bytes);
    QCOMPARE(records->at(1).name, QByteArray("proof.json"));
    QCOMPARE(records->at(1).method, quint16(8));
    const auto deflated = PlainZip::storedData(zip, records->at(1));
    QVERIFY(deflated);
    QCOMPARE(qsizetype(records->at(1).compressedSize), deflated->size());
    QCOMPARE(qsizetype(records->at(1).uncompressedSize), Json::toPrettyJson(proof).size());
    // A local header that disagrees with its record: minizip's to judge.
    QByteArray lying = zip;
    lying[8] = char(8); // the stored original's local header claims deflate
    QVERIFY(!PlainZip::storedData(lying, records->at(0)));
    const QString reason = difference(Bundle::readData(zip, bundle),
                                      Bundle::read(bundle, streamed()));
    QVERIFY2(reason.isEmpty(), qPrintable(reason));
}

// Zips the plain reader leaves to minizip; either way the reading is the same.
void tst_Bundle::notPlain_data()
{
    QTest::addColumn<QByteArray>("zip");
    const QString path = m_dir.filePath(u"base.proof.zip"_s);
    QFile::remove(path);
    QVERIFY(writeZip(path, {{u"a.txt"_s, "x", 0}, {u"proof.json"_s, "{}"}}));
    const QByteArray zip = readAll(path);
    QVERIFY(PlainZip::directory(zip));
    const qsizetype end = zip.lastIndexOf(QByteArray("PK\x05\x06", 4));
    QVERIFY(end > 0);
    QByteArray commented = zip;
    commented[end + 20] = 4; // a comment of four bytes: these
    QTest::newRow("prepended") << QByteArray("MZ stub ") + zip;
    QTest::newRow("appended") << zip + "junk";
    QTest::newRow("zip64 locator in the comment") << commented + QByteArray("PK\x06\x07", 4);
    QTest::newRow("comment longer than the file") << QByteArray(commented);
    QByteArray entries = zip;
    entries[end + 8] = 3;
    entries[end + 10] = 3;
    QTest::newRow("more entries than records") << entries;
    QByteArray directory = zip;
    directory[end + 16] = char(directory[end + 16] + 1);
    QTest::newRow("directory elsewhere") << directory;
    QTest::newRow("empty") << QByteArray("PK\x05\x06", 4) + QByteArray(18, '\0');
}

void tst_Bundle::notPlain()
{
    QFETCH(QByteArray, zip);
    QVERIFY(!PlainZip::directory(zip));
    const QString path = m_dir.filePath(u"notplain.proof.zip"_s);
    QVERIFY(writeAll(path, zip));
    const QString reason = difference(Bundle::readData(zip, path), Bundle::read(path, streamed()));
    QVERIFY2(reason.isEmpty(), qPrintable(reason));
}

void tst_Bundle::damagedMatchesStreamed_data()
{
    QTest::addColumn<QString>("bundle");
    const QByteArray proof = Json::toPrettyJson(commit("d"));
    const QString single = m_dir.filePath(u"damaged-single.proof.zip"_s);
    QFile::remove(single);
    QVERIFY(writeZip(single, {{u"d.txt"_s, "d", 0}, {u"proof.json"_s, proof}}));
    QTest::newRow("single") << single;
    const QString batch = m_dir.filePath(u"damaged-batch.proof.zip"_s);
    QFile::remove(batch);
    QVERIFY(writeZip(batch,
                     {{u"a/a.txt"_s, QByteArray(300, 'a'), 8},
                      {u"a/proof.json"_s, proof},
                      {u"b/b.txt"_s, "b", 0},
                      {u"b/proof.json"_s, proof}}));
    QTest::newRow("batch") << batch;
}

// Every byte of a bundle changed in turn, three ways: the plain reader and minizip must agree on
// each result (and the plain reader must have had its say on most of them).
void tst_Bundle::damagedMatchesStreamed()
{
    QFETCH(QString, bundle);
    const QByteArray zip = readAll(bundle);
    QVERIFY(PlainZip::directory(zip));
    const QString path = m_dir.filePath(u"damaged.proof.zip"_s);
    qsizetype plain = 0;
    qsizetype tried = 0;
    for (qsizetype i = 0; i < zip.size(); ++i) {
        for (const char flip : {'\x01', '\x80', '\xff'}) {
            QByteArray damaged = zip;
            damaged[i] = char(damaged[i] ^ flip);
            QVERIFY(writeAll(path, damaged));
            const QString reason = difference(Bundle::readData(damaged, path),
                                              Bundle::read(path, streamed()));
            QVERIFY2(reason.isEmpty(),
                     qPrintable(u"byte %1 ^ %2: %3"_s.arg(i).arg(int(uchar(flip))).arg(reason)));
            plain += PlainZip::directory(damaged) ? 1 : 0;
            ++tried;
        }
    }
    QVERIFY2(plain * 2 > tried, qPrintable(u"%1 of %2"_s.arg(plain).arg(tried)));
}

QTEST_GUILESS_MAIN(tst_Bundle)
#include "tst_bundle.moc"
