// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0
#include "testdata.h"

#include "core/bundle.h"
#include "core/canonicaljson.h"
#include "core/crypto.h"
#include "core/inputrouter.h"
#include "core/stubsigner.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <unistd.h>

using namespace Occ;
using namespace Qt::StringLiterals;

namespace {

bool writeAll(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

// A zip with the given (name, data) entries, written with QuaZip.
bool writeZip(const QString &path, const QList<std::pair<QString, QByteArray>> &entries)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    for (const auto &[name, data] : entries) {
        QuaZipFile f(&zip);
        if (!f.open(QIODevice::WriteOnly, QuaZipNewInfo(name)))
            return false;
        f.write(data);
        f.close();
    }
    zip.close();
    return zip.getZipError() == 0;
}

// A JSON object of exactly `size` bytes that is an occ/1 proof but for its size.
// A file name for the current data row ("a/b (c)" -> "a_b _c_").
QString tagFileName(const QString &suffix)
{
    QString tag = QString::fromLatin1(QTest::currentDataTag());
    for (QChar &c : tag) {
        if (!c.isLetterOrNumber() && c != u' ' && c != u'-')
            c = u'_';
    }
    return tag + suffix;
}

QByteArray paddedOccJson(qsizetype size)
{
    const QByteArray head = R"({"version":"occ/1","pad":")";
    const QByteArray tail = R"("})";
    return head + QByteArray(size - head.size() - tail.size(), 'x') + tail;
}

} // namespace

class tst_InputRouter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void isBundle_data();
    void isBundle();
    void isProofJson_data();
    void isProofJson();
    void route_data();
    void route();
    void foldersAreExpandedRecursively();
    void duplicatesAreRemoved();
    void missingPaths();
    void unreadableFile();
    void maxFilesCap();
    void folderSymlinkCycleIsNotFollowed();
    void empty();

private:
    // Creates a file of the given kind at path (see route_data for the kinds).
    void make(const QString &kind, const QString &path);
    JsonValue commit(const QByteArray &bytes);

    QTemporaryDir m_dir;
    std::optional<StubSigner> m_signer;
};

void tst_InputRouter::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto signer = StubSigner::open(m_dir.filePath(u"state/stub-state.json"_s));
    QVERIFY_RESULT(signer);
    m_signer = *signer;
}

JsonValue tst_InputRouter::commit(const QByteArray &bytes)
{
    CommitRequest request;
    request.digests = {Crypto::Sha256::hash(bytes)};
    auto proofs = m_signer->commit(request);
    if (!proofs)
        qFatal("commit failed: %s", qPrintable(proofs.error().message));
    return proofs->first();
}

void tst_InputRouter::make(const QString &kind, const QString &path)
{
    if (kind == u"text") {
        QVERIFY(writeAll(path, QByteArray("plain text in " + QFile::encodeName(path) + '\n')));
    } else if (kind == u"proof") {
        QVERIFY(writeAll(path, Json::toPrettyJson(commit(QFile::encodeName(path)))));
    } else if (kind == u"bundle") {
        // A real bundle: an original, its SHA-256 from the file, a stub proof, Bundle::write.
        const QString original = m_dir.filePath(u"originals/"_s + QFileInfo(path).fileName());
        QVERIFY(writeAll(original, QByteArray("the original of " + QFile::encodeName(path))));
        auto digest = Crypto::sha256File(original);
        QVERIFY_RESULT(digest);
        CommitRequest request;
        request.digests = {*digest};
        auto proofs = m_signer->commit(request);
        QVERIFY_RESULT(proofs);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QVERIFY_RESULT(Bundle::write(path,
                                     {{original, QFileInfo(original).fileName(), proofs->first()}},
                                     false));
    } else if (kind == u"batchbundle") {
        QVERIFY(writeZip(path,
                         {{u"a.txt/a.txt"_s, "a"},
                          {u"a.txt/proof.json"_s, Json::toPrettyJson(commit("a"))}}));
    } else if (kind == u"zip") {
        QVERIFY(writeZip(path, {{u"readme.txt"_s, "not a proof"}, {u"data.json"_s, "{}"}}));
    } else if (kind == u"zipmyproof") {
        QVERIFY(writeZip(path, {{u"myproof.json"_s, Json::toPrettyJson(commit("m"))}}));
    } else if (kind == u"pk") {
        QVERIFY(writeAll(path, QByteArray("PK\x03\x04", 4) + QByteArray(4096, '\xa5')));
    } else if (kind == u"notocc") {
        QVERIFY(writeAll(path, R"({"version": "occ/2", "artifact": {}})"));
    } else if (kind == u"big") {
        QVERIFY(writeAll(path, paddedOccJson((1 << 20) + 1)));
    } else if (kind == u"exact1mib") {
        QVERIFY(writeAll(path, paddedOccJson(1 << 20)));
    } else if (kind == u"indented") {
        QVERIFY(writeAll(path, "\n\t  " + Json::toPrettyJson(commit("indented")) + "\n\n"));
    } else if (kind == u"array") {
        QVERIFY(writeAll(path, R"([{"version": "occ/1"}])"));
    } else if (kind == u"numversion") {
        QVERIFY(writeAll(path, R"({"version": 1})"));
    } else if (kind == u"truncated") {
        const QByteArray proof = Json::toPrettyJson(commit("truncated"));
        QVERIFY(writeAll(path, proof.left(proof.size() / 2)));
    } else if (kind == u"duplicate") {
        QVERIFY(writeAll(path, R"({"version": "occ/1", "version": "occ/1"})"));
    } else if (kind == u"empty") {
        QVERIFY(writeAll(path, QByteArray()));
    } else if (kind == u"missing") {
        QFile::remove(path);
    } else {
        QFAIL(qPrintable(u"unknown kind "_s + kind));
    }
}

void tst_InputRouter::isBundle_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("expected");
    QTest::newRow("real bundle") << u"bundle"_s << true;
    QTest::newRow("batch layout (folder/proof.json)") << u"batchbundle"_s << true;
    QTest::newRow("zip without proof.json") << u"zip"_s << false;
    QTest::newRow("zip with myproof.json only") << u"zipmyproof"_s << false;
    QTest::newRow("PK header then garbage") << u"pk"_s << false;
    QTest::newRow("proof json") << u"proof"_s << false;
    QTest::newRow("text") << u"text"_s << false;
    QTest::newRow("empty file") << u"empty"_s << false;
    QTest::newRow("missing file") << u"missing"_s << false;
}

void tst_InputRouter::isBundle()
{
    QFETCH(QString, kind);
    QFETCH(bool, expected);
    const QString path = m_dir.filePath(u"isbundle/"_s + tagFileName(u".zip"_s));
    make(kind, path);
    QCOMPARE(InputRouter::isBundle(path), expected);
    // Content decides, not the name.
    if (kind != u"missing") {
        const QString renamed = path + u".renamed"_s;
        QVERIFY(QFile::copy(path, renamed));
        QCOMPARE(InputRouter::isBundle(renamed), expected);
    }
}

void tst_InputRouter::isProofJson_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("expected");
    QTest::newRow("stub proof") << u"proof"_s << true;
    QTest::newRow("proof with leading whitespace") << u"indented"_s << true;
    QTest::newRow("occ/1 object of exactly 1 MiB") << u"exact1mib"_s << true;
    QTest::newRow("occ/1 object of 1 MiB + 1") << u"big"_s << false;
    QTest::newRow("version occ/2") << u"notocc"_s << false;
    QTest::newRow("version is a number") << u"numversion"_s << false;
    QTest::newRow("array") << u"array"_s << false;
    QTest::newRow("truncated proof") << u"truncated"_s << false;
    QTest::newRow("duplicate members") << u"duplicate"_s << false;
    QTest::newRow("bundle") << u"bundle"_s << false;
    QTest::newRow("text") << u"text"_s << false;
    QTest::newRow("empty file") << u"empty"_s << false;
    QTest::newRow("missing file") << u"missing"_s << false;
}

void tst_InputRouter::isProofJson()
{
    QFETCH(QString, kind);
    QFETCH(bool, expected);
    const QString path = m_dir.filePath(u"isproof/"_s + tagFileName(u".json"_s));
    make(kind, path);
    QCOMPARE(InputRouter::isProofJson(path), expected);
}

void tst_InputRouter::route_data()
{
    // files: "kind:relative name" created in a fresh folder; inputs: the names passed.
    // Expected lists are relative names; proofs are "proof=original" ("proof=" when alone).
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<QStringList>("inputs");
    QTest::addColumn<QStringList>("bundles");
    QTest::addColumn<QStringList>("proofs");
    QTest::addColumn<QStringList>("toStamp");

    QTest::newRow("x.txt.proof.json beside x.txt")
        << QStringList{u"text:x.txt"_s, u"proof:x.txt.proof.json"_s}
        << QStringList{u"x.txt.proof.json"_s, u"x.txt"_s} << QStringList{}
        << QStringList{u"x.txt.proof.json=x.txt"_s} << QStringList{};
    QTest::newRow("x.txt.json beside x.txt")
        << QStringList{u"text:x.txt"_s, u"proof:x.txt.json"_s}
        << QStringList{u"x.txt"_s, u"x.txt.json"_s} << QStringList{}
        << QStringList{u"x.txt.json=x.txt"_s} << QStringList{};
    QTest::newRow("two named pairs and an unrelated file")
        << QStringList{u"text:x.txt"_s,
                       u"proof:x.txt.proof.json"_s,
                       u"text:y.bin"_s,
                       u"proof:y.bin.proof.json"_s,
                       u"text:other.txt"_s}
        << QStringList{u"x.txt"_s,
                       u"y.bin.proof.json"_s,
                       u"other.txt"_s,
                       u"x.txt.proof.json"_s,
                       u"y.bin"_s}
        << QStringList{} << QStringList{u"x.txt.proof.json=x.txt"_s, u"y.bin.proof.json=y.bin"_s}
        << QStringList{u"other.txt"_s};
    QTest::newRow("lone proof and one other file")
        << QStringList{u"text:report.pdf"_s, u"proof:whatever.json"_s}
        << QStringList{u"whatever.json"_s, u"report.pdf"_s} << QStringList{}
        << QStringList{u"whatever.json=report.pdf"_s} << QStringList{};
    QTest::newRow("lone proof and two unrelated files")
        << QStringList{u"text:a.txt"_s, u"text:b.txt"_s, u"proof:p.json"_s}
        << QStringList{u"a.txt"_s, u"p.json"_s, u"b.txt"_s} << QStringList{}
        << QStringList{u"p.json="_s} << QStringList{u"a.txt"_s, u"b.txt"_s};
    QTest::newRow("lone proof, one file and a bundle")
        << QStringList{u"text:a.txt"_s, u"proof:p.json"_s, u"bundle:b.txt.proof.zip"_s}
        << QStringList{u"a.txt"_s, u"p.json"_s, u"b.txt.proof.zip"_s}
        << QStringList{u"b.txt.proof.zip"_s} << QStringList{u"p.json="_s}
        << QStringList{u"a.txt"_s};
    QTest::newRow("named proof whose original was not given")
        << QStringList{u"text:x.txt"_s, u"proof:x.txt.proof.json"_s}
        << QStringList{u"x.txt.proof.json"_s} << QStringList{}
        << QStringList{u"x.txt.proof.json="_s} << QStringList{};
    QTest::newRow("two proofs named after one file")
        << QStringList{u"text:x"_s, u"proof:x.proof.json"_s, u"proof:x.json"_s}
        << QStringList{u"x"_s, u"x.proof.json"_s, u"x.json"_s} << QStringList{}
        << QStringList{u"x.proof.json=x"_s, u"x.json="_s} << QStringList{};
    QTest::newRow("bundle by content whatever its name")
        << QStringList{u"bundle:archive.dat"_s} << QStringList{u"archive.dat"_s}
        << QStringList{u"archive.dat"_s} << QStringList{} << QStringList{};
    QTest::newRow("zip that is not a bundle")
        << QStringList{u"zip:photos.zip"_s} << QStringList{u"photos.zip"_s} << QStringList{}
        << QStringList{} << QStringList{u"photos.zip"_s};
    QTest::newRow("PK header then garbage")
        << QStringList{u"pk:broken.proof.zip"_s} << QStringList{u"broken.proof.zip"_s}
        << QStringList{} << QStringList{} << QStringList{u"broken.proof.zip"_s};
    QTest::newRow("JSON that is not occ/1")
        << QStringList{u"notocc:x.txt.proof.json"_s, u"text:x.txt"_s}
        << QStringList{u"x.txt.proof.json"_s, u"x.txt"_s} << QStringList{} << QStringList{}
        << QStringList{u"x.txt.proof.json"_s, u"x.txt"_s};
    QTest::newRow("occ/1 JSON over 1 MiB")
        << QStringList{u"big:big.json"_s} << QStringList{u"big.json"_s} << QStringList{}
        << QStringList{} << QStringList{u"big.json"_s};
    QTest::newRow("everything in a folder")
        << QStringList{u"text:in/x.txt"_s,
                       u"proof:in/x.txt.proof.json"_s,
                       u"bundle:in/deep/er/y.proof.zip"_s,
                       u"zip:in/deep/z.zip"_s,
                       u"text:in/.hidden"_s}
        << QStringList{u"in"_s} << QStringList{u"in/deep/er/y.proof.zip"_s}
        << QStringList{u"in/x.txt.proof.json=in/x.txt"_s}
        << QStringList{u"in/deep/z.zip"_s, u"in/.hidden"_s};
}

void tst_InputRouter::route()
{
    QFETCH(QStringList, files);
    QFETCH(QStringList, inputs);
    QFETCH(QStringList, bundles);
    QFETCH(QStringList, proofs);
    QFETCH(QStringList, toStamp);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (const QString &spec : std::as_const(files)) {
        const qsizetype colon = spec.indexOf(u':');
        make(spec.left(colon), dir.filePath(spec.mid(colon + 1)));
        if (QTest::currentTestFailed())
            return;
    }
    QStringList paths;
    for (const QString &input : std::as_const(inputs))
        paths.append(dir.filePath(input));

    const RoutedInputs routed = InputRouter::route(paths);
    const QDir root(dir.path());
    auto relative = [&](QStringList list) {
        for (QString &p : list)
            p = root.relativeFilePath(p);
        list.sort();
        return list;
    };
    QStringList gotProofs;
    for (const ProofInput &p : routed.proofs) {
        QVERIFY(QFileInfo(p.proofPath).isAbsolute());
        QVERIFY(p.originalPath.isEmpty() || QFileInfo(p.originalPath).isAbsolute());
        gotProofs.append(
            root.relativeFilePath(p.proofPath) + u'='
            + (p.originalPath.isEmpty() ? QString() : root.relativeFilePath(p.originalPath)));
    }
    gotProofs.sort();
    bundles.sort();
    proofs.sort();
    toStamp.sort();

    for (const QString &p : routed.bundles + routed.toStamp)
        QVERIFY2(QFileInfo(p).isAbsolute(), qPrintable(p));
    QCOMPARE(routed.problems, QStringList());
    QCOMPARE(relative(routed.bundles), bundles);
    QCOMPARE(gotProofs, proofs);
    QCOMPARE(relative(routed.toStamp), toStamp);
}

void tst_InputRouter::foldersAreExpandedRecursively()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QStringList expected;
    for (int depth = 0; depth < 6; ++depth) {
        QString folder = u"top"_s;
        for (int d = 0; d < depth; ++d)
            folder += u"/level%1"_s.arg(d);
        for (int i = 0; i < 3; ++i) {
            const QString rel = folder + u"/file%1-%2.txt"_s.arg(depth).arg(i);
            make(u"text"_s, dir.filePath(rel));
            expected.append(dir.filePath(rel));
        }
    }
    QVERIFY(QDir(dir.path()).mkpath(u"top/empty/also-empty"_s));
    make(u"bundle"_s, dir.filePath(u"top/level0/level1/b.proof.zip"_s));
    make(u"proof"_s, dir.filePath(u"top/level0/p.proof.json"_s));

    const RoutedInputs routed = InputRouter::route({dir.filePath(u"top"_s)});
    QVERIFY(routed.problems.isEmpty());
    QCOMPARE(routed.bundles, QStringList{dir.filePath(u"top/level0/level1/b.proof.zip"_s)});
    QCOMPARE(routed.proofs.size(), 1);
    QCOMPARE(routed.proofs.first().proofPath, dir.filePath(u"top/level0/p.proof.json"_s));
    // One proof and 18 other files: no pairing by "lone proof".
    QVERIFY(routed.proofs.first().originalPath.isEmpty());
    QStringList toStamp = routed.toStamp;
    toStamp.sort();
    expected.sort();
    QCOMPARE(toStamp, expected);
}

void tst_InputRouter::duplicatesAreRemoved()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    make(u"text"_s, dir.filePath(u"f/a.txt"_s));
    make(u"text"_s, dir.filePath(u"f/sub/b.txt"_s));
    make(u"bundle"_s, dir.filePath(u"f/c.proof.zip"_s));
    make(u"proof"_s, dir.filePath(u"f/sub/b.txt.proof.json"_s));

    // Relative paths are made absolute against the current folder.
    const QString savedCwd = QDir::currentPath();
    QVERIFY(QDir::setCurrent(dir.path()));
    const RoutedInputs routed = InputRouter::route({
        dir.filePath(u"f/a.txt"_s),
        dir.filePath(u"f"_s),
        dir.filePath(u"f/a.txt"_s),
        u"f/a.txt"_s,
        dir.filePath(u"f/sub/../a.txt"_s),
        dir.filePath(u"f/./sub/b.txt"_s),
        dir.filePath(u"f/c.proof.zip"_s),
        dir.filePath(u"f/sub"_s),
        dir.filePath(u"f/sub/b.txt.proof.json"_s),
    });
    QVERIFY(QDir::setCurrent(savedCwd));

    QVERIFY(routed.problems.isEmpty());
    QCOMPARE(routed.bundles, QStringList{dir.filePath(u"f/c.proof.zip"_s)});
    QCOMPARE(routed.proofs.size(), 1);
    QCOMPARE(routed.proofs.first().proofPath, dir.filePath(u"f/sub/b.txt.proof.json"_s));
    QCOMPARE(routed.proofs.first().originalPath, dir.filePath(u"f/sub/b.txt"_s));
    QCOMPARE(routed.toStamp, QStringList{dir.filePath(u"f/a.txt"_s)});
}

void tst_InputRouter::missingPaths()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    make(u"text"_s, dir.filePath(u"there.txt"_s));
    const QString missing = dir.filePath(u"not-there.txt"_s);
    const QString missingFolder = dir.filePath(u"no/such/folder"_s);
    const RoutedInputs routed = InputRouter::route(
        {missing, dir.filePath(u"there.txt"_s), missingFolder});
    QCOMPARE(routed.toStamp, QStringList{dir.filePath(u"there.txt"_s)});
    QCOMPARE(routed.problems.size(), 2);
    QVERIFY2(routed.problems[0].contains(missing), qPrintable(routed.problems[0]));
    QVERIFY2(routed.problems[1].contains(missingFolder), qPrintable(routed.problems[1]));
    for (const QString &problem : routed.problems)
        QVERIFY2(problem.contains(u"no such file"), qPrintable(problem));
}

void tst_InputRouter::unreadableFile()
{
    // An unreadable file is a problem, not a file to stamp.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString locked = dir.filePath(u"locked.txt"_s);
    make(u"text"_s, locked);
    QVERIFY(QFile::setPermissions(locked, QFileDevice::WriteOwner));
    if (::geteuid() == 0 || QFileInfo(locked).isReadable())
        QSKIP("running with privileges that read any file");
    const RoutedInputs lockedRouted = InputRouter::route({locked});
    QVERIFY(lockedRouted.toStamp.isEmpty());
    QCOMPARE(lockedRouted.problems.size(), 1);
    QVERIFY(lockedRouted.problems.first().contains(u"not readable"));
}

void tst_InputRouter::maxFilesCap()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QStringList all;
    for (int i = 0; i < 7; ++i) {
        make(u"text"_s, dir.filePath(u"many/f%1.txt"_s.arg(i)));
        all.append(dir.filePath(u"many/f%1.txt"_s.arg(i)));
    }
    const RoutedInputs capped = InputRouter::route({dir.filePath(u"many"_s)}, 3);
    QCOMPARE(capped.toStamp.size(), 3);
    for (const QString &p : capped.toStamp)
        QVERIFY(all.contains(p));
    // One problem, however many files were left out.
    QCOMPARE(capped.problems.size(), 1);
    QVERIFY2(capped.problems.first().contains(u"3"), qPrintable(capped.problems.first()));

    // Duplicates do not count against the cap, and exactly maxFiles is no problem.
    const RoutedInputs exact = InputRouter::route({all[0], all[0], all[1], all[2], all[1]}, 3);
    QCOMPARE(exact.toStamp, (QStringList{all[0], all[1], all[2]}));
    QVERIFY(exact.problems.isEmpty());

    // A missing path is reported besides the cap.
    const RoutedInputs both = InputRouter::route({dir.filePath(u"gone"_s), dir.filePath(u"many"_s)},
                                                 2);
    QCOMPARE(both.toStamp.size(), 2);
    QCOMPARE(both.problems.size(), 2);

    // The cap is reported once, also when other problems come between files left out.
    for (int i = 0; i < 3; ++i)
        make(u"text"_s, dir.filePath(u"more/g%1.txt"_s.arg(i)));
    const RoutedInputs interleaved = InputRouter::route({dir.filePath(u"many"_s),
                                                         dir.filePath(u"gone"_s),
                                                         dir.filePath(u"more"_s)},
                                                        3);
    QCOMPARE(interleaved.toStamp.size(), 3);
    QCOMPARE(interleaved.problems.size(), 2);
    QVERIFY(interleaved.problems.filter(u"More than"_s).size() == 1);
}

void tst_InputRouter::folderSymlinkCycleIsNotFollowed()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    make(u"text"_s, dir.filePath(u"loop/a.txt"_s));
    QVERIFY(QFile::link(dir.filePath(u"loop"_s), dir.filePath(u"loop/again"_s)));
    const RoutedInputs routed = InputRouter::route({dir.filePath(u"loop"_s)});
    QCOMPARE(routed.toStamp, QStringList{dir.filePath(u"loop/a.txt"_s)});
    QVERIFY(routed.problems.isEmpty());
}

void tst_InputRouter::empty()
{
    const RoutedInputs routed = InputRouter::route({});
    QVERIFY(routed.bundles.isEmpty());
    QVERIFY(routed.proofs.isEmpty());
    QVERIFY(routed.toStamp.isEmpty());
    QVERIFY(routed.problems.isEmpty());

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkpath(u"a/b/c"_s));
    const RoutedInputs emptyFolder = InputRouter::route({dir.path()});
    QVERIFY(emptyFolder.toStamp.isEmpty());
    QVERIFY(emptyFolder.problems.isEmpty());
}

QTEST_GUILESS_MAIN(tst_InputRouter)
#include "tst_inputrouter.moc"
