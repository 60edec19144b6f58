// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0

// The studio end to end: the real main window on the offscreen platform, driven through its
// widgets (found by objectName) and real drop events.

#include "core/bundle.h"
#include "core/canonicaljson.h"
#include "core/crypto.h"
#include "core/encoding.h"
#include "core/jsonparser.h"
#include "core/settings.h"
#include "core/stubsigner.h"
#include "core/trustprofilestore.h"
#include "core/verifysession.h"
#include "ui/audittimeline.h"
#include "ui/auditview.h"
#include "ui/libraryview.h"
#include "ui/mainwindow.h"
#include "ui/messagebox.h"
#include "ui/prooftreemodel.h"
#include "ui/stampfilemodel.h"
#include "ui/stampview.h"
#include "ui/trustprofileeditor.h"
#include "ui/verifyview.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QDir>
#include <QDropEvent>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>
#include <QUrl>

#include <memory>

using namespace Occ;
using namespace Occ::Ui;
using namespace Qt::StringLiterals;

class tst_Studio : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void dropStampsFilesIntoVerifiableBundles();
    void openValidBundleThenPinSigner();
    void tamperedBundleIsInvalidNamingTheCheck();
    void treeMarksTiers();
    void proofDroppedWithItsOriginalIsPaired();
    void unreadableBundleIsRejectedWithAReason();
    void profileEditorSavesWhatTheCliReads();
    void cancelLargeHashLeavesNoBundle();
    void guiKeepsRunningWhileHashing();
    void auditFindsAForkAndDrawsTheChains();
    void productionProofShowsItsAttestation();
    void libraryIndexesSearchesAndReverifies();
    void everyInteractiveWidgetHasAnAccessibleNameAndDescription();

private:
    QString writeFile(const QString &name, const QByteArray &bytes);
    QString makeBundle(const QString &name, const QByteArray &bytes, bool tamper = false);
    void drop(const QStringList &paths);
    void stampAndWait();
    QString bigSparseFile(qint64 size);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
};

void tst_Studio::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_Studio::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<Settings>(m_dir->filePath(u"config/studio.ini"_s));
    m_settings->setStubStatePath(m_dir->filePath(u"state/stub-state.json"_s));
    m_settings->setDestinationDir(m_dir->filePath(u"out"_s));
    m_window = std::make_unique<MainWindow>(m_settings.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void tst_Studio::cleanup()
{
    m_window.reset();
    m_settings.reset();
    m_dir.reset();
}

QString tst_Studio::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir->filePath(u"in/"_s + name);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QString tst_Studio::makeBundle(const QString &name, const QByteArray &bytes, bool tamper)
{
    const QString file = writeFile(name, bytes);
    auto signer = StubSigner::open(m_settings->stubStatePath());
    if (!signer)
        qFatal("%s", qPrintable(signer.error().message));
    CommitRequest request;
    request.digests = {Crypto::Sha256::hash(bytes)};
    auto proofs = signer->commit(request);
    if (!proofs)
        qFatal("%s", qPrintable(proofs.error().message));
    JsonValue proof = proofs->first();
    if (tamper) // a signed member changed after signing
        proof.asObject()->valueRef(u"commit"_s)->asObject()->insert(u"counter"_s, u"999"_s);
    const QString bundle = m_dir->filePath(u"bundles/"_s + name + u".proof.zip"_s);
    QDir().mkpath(QFileInfo(bundle).absolutePath());
    if (auto w = Bundle::write(bundle, {{file, name, proof}}, false); !w)
        qFatal("%s", qPrintable(w.error().message));
    return bundle;
}

void tst_Studio::drop(const QStringList &paths)
{
    // A real drop event on the window, as a file manager would send it.
    auto *mime = new QMimeData;
    QList<QUrl> urls;
    for (const QString &p : paths)
        urls.append(QUrl::fromLocalFile(p));
    mime->setUrls(urls);
    QSignalSpy routed(m_window.get(), &MainWindow::pathsRouted);
    const QPointF where(m_window->width() / 2.0, m_window->height() / 2.0);
    QDragEnterEvent enter(where.toPoint(), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent dropEvent(where, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_window.get(), &dropEvent);
    QVERIFY(!routed.isEmpty() || routed.wait(10'000));
    delete mime;
}

void tst_Studio::stampAndWait()
{
    auto *stampButton = m_window->findChild<QPushButton *>(u"stampButton"_s);
    QVERIFY(stampButton);
    QVERIFY(stampButton->isEnabled());
    QSignalSpy done(m_window->stampView(), &StampView::stampFinished);
    QTest::mouseClick(stampButton, Qt::LeftButton);
    QVERIFY(done.wait(60'000));
}

QString tst_Studio::bigSparseFile(qint64 size)
{
    const QString path = m_dir->filePath(u"in/big.bin"_s);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || !f.resize(size))
        qFatal("cannot make %s", qPrintable(path));
    return path;
}

void tst_Studio::dropStampsFilesIntoVerifiableBundles()
{
    const QString a = writeFile(u"a.txt"_s, "first file\n");
    const QString b = writeFile(u"folder/b.txt"_s, "second file\n");
    const QString c = writeFile(u"folder/deeper/c.bin"_s, QByteArray(100'000, 'c'));
    drop({a, QFileInfo(b).absolutePath()}); // a file and a folder (expanded recursively)

    QCOMPARE(m_window->tabs()->currentIndex(), int(MainWindow::StampPage));
    StampFileModel *model = m_window->stampView()->model();
    QCOMPARE(model->rowCount(), 3);
    auto *stampButton = m_window->findChild<QPushButton *>(u"stampButton"_s);
    QCOMPARE(stampButton->text(), u"Stamp 3 files"_s);

    m_window->findChild<QLineEdit *>(u"nameEdit"_s)->setText(u"Ada"_s);
    stampAndWait();

    const QStringList bundles = QDir(m_settings->destinationDir())
                                    .entryList({u"*.proof.zip"_s}, QDir::Files, QDir::Name);
    QCOMPARE(bundles,
             QStringList({u"a.txt.proof.zip"_s, u"b.txt.proof.zip"_s, u"c.bin.proof.zip"_s}));
    for (int r = 0; r < model->rowCount(); ++r) {
        const StampFileResult &res = model->result(r);
        QCOMPARE(int(res.stage), int(StampStage::Done));
        QVERIFY(
            model->index(r, StampFileModel::StatusColumn).data().toString().startsWith(u"Stamped"_s));
        QCOMPARE(model->index(r, StampFileModel::DigestColumn).data().toString().size(), 64);
        auto items = VerifySession::loadBundle(res.bundlePath);
        QVERIFY(items);
        VerifySession::verify(*items, nullptr);
        QCOMPARE(items->size(), 1);
        QCOMPARE(int(items->first().report.verdict), int(Verdict::Valid));
        QCOMPARE(*items->first().proof->member(u"attribution")->stringMember(u"name"), u"Ada"_s);
    }
    QVERIFY(!stampButton->isEnabled()); // nothing left to stamp
    Q_UNUSED(c);
}

void tst_Studio::openValidBundleThenPinSigner()
{
    const QString bundle = makeBundle(u"report.pdf"_s, "%PDF-1.7 pretend\n");
    m_window->openPaths({bundle}); // as `occ-studio FILE` does
    QSignalSpy loaded(m_window->verifyView(), &VerifyView::loaded);
    QVERIFY(loaded.wait(10'000));
    QCOMPARE(m_window->tabs()->currentIndex(), int(MainWindow::VerifyPage));
    auto *verdict = m_window->findChild<QLabel *>(u"verdictLabel"_s);
    QCOMPARE(verdict->text(), u"Valid — signer not pinned"_s);
    auto *banner = m_window->findChild<QWidget *>(u"verdictBanner"_s);
    QCOMPARE(banner->accessibleName(), verdict->text());
    QVERIFY(m_window->findChild<QLabel *>(u"bytesLabel"_s)->text().contains(u"report.pdf"_s));

    // Declining the confirmation changes nothing.
    auto *pin = m_window->findChild<QPushButton *>(u"pinButton"_s);
    QVERIFY(pin->isEnabled());
    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(pin, Qt::LeftButton);
    QCOMPARE(verdict->text(), u"Valid — signer not pinned"_s);
    QVERIFY(TrustProfileStore(m_settings->profilesDir()).list().isEmpty());

    // The confirmation shows the fingerprint; accepting pins the key and re-verifies.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(pin, Qt::LeftButton);
    QVERIFY(MessageBox::lastText().contains(u"SHA256:"_s));
    QCOMPARE(verdict->text(), u"Trusted"_s);
    auto profiles = TrustProfileStore(m_settings->profilesDir()).list();
    QCOMPARE(profiles.size(), 1);
    auto signer = StubSigner::open(m_settings->stubStatePath());
    QCOMPARE(profiles.first().profile.allowedPublicKeys, QStringList{signer->publicKeyB64()});
    QCOMPARE(m_settings->activeProfile(), profiles.first().id);

    // The profile selector re-verifies at once, without re-reading the bundle.
    auto *combo = m_window->findChild<QComboBox *>(u"profileCombo"_s);
    QCOMPARE(combo->count(), 2);
    combo->setCurrentIndex(0);
    QCOMPARE(verdict->text(), u"Valid — signer not pinned"_s);
    combo->setCurrentIndex(1);
    QCOMPARE(verdict->text(), u"Trusted"_s);
    QVERIFY(!pin->isEnabled()); // already trusted
}

void tst_Studio::tamperedBundleIsInvalidNamingTheCheck()
{
    const QString bundle = makeBundle(u"contract.txt"_s, "I agree.\n", true);
    drop({bundle});
    QSignalSpy loaded(m_window->verifyView(), &VerifyView::loaded);
    QVERIFY(loaded.wait(10'000));
    auto *verdict = m_window->findChild<QLabel *>(u"verdictLabel"_s);
    QCOMPARE(verdict->text(), u"Invalid — Signer's signature"_s);
    QVERIFY(!m_window->findChild<QPushButton *>(u"pinButton"_s)->isEnabled());
    // The failed check is listed with its status in words and what to do.
    auto *checks = m_window->findChild<QTreeWidget *>(u"checkList"_s);
    bool found = false;
    for (int i = 0; i < checks->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = checks->topLevelItem(i);
        if (item->data(0, Qt::UserRole).toString() == u"signature") {
            found = true;
            QCOMPARE(item->text(0), u"Failed"_s);
            QVERIFY(item->childCount() == 1); // "What you can do"
        }
    }
    QVERIFY(found);
}

void tst_Studio::treeMarksTiers()
{
    const QString file = writeFile(u"photo.jpg"_s, "JFIF");
    m_window->openPaths({file});
    QSignalSpy routed(m_window.get(), &MainWindow::pathsRouted);
    QVERIFY(routed.wait(10'000));
    stampAndWait();
    const QString bundle = m_window->stampView()->model()->result(0).bundlePath;
    QVERIFY(QFileInfo::exists(bundle));
    // Inspect from the stamp list opens the verify view on that bundle.
    m_window->findChild<QTableView *>(u"fileTable"_s)
        ->setCurrentIndex(m_window->stampView()->model()->index(0, 0));
    QSignalSpy loaded(m_window->verifyView(), &VerifyView::loaded);
    QTest::mouseClick(m_window->findChild<QPushButton *>(u"inspectButton"_s), Qt::LeftButton);
    QVERIFY(loaded.wait(10'000));
    auto *tree = m_window->findChild<QTreeView *>(u"proofTree"_s);
    auto *model = qobject_cast<ProofTreeModel *>(tree->model());
    QVERIFY(model);
    auto tierAt = [&](const QString &path) {
        const QModelIndex i = model->indexForPath(path);
        return i.isValid() ? i.siblingAtColumn(ProofTreeModel::CoverageColumn).data().toString()
                           : u"<missing>"_s;
    };
    QCOMPARE(tierAt(u"commit.counter"_s), u"Signed"_s);
    QCOMPARE(tierAt(u"signer.signatureB64"_s), u"Self-authenticating"_s);
    QCOMPARE(tierAt(u"metadata.filename"_s), u"Advisory (unsigned)"_s);
    QCOMPARE(tierAt(u"metadata"_s), u"Advisory (unsigned)"_s);
    // The raw JSON tab holds the proof.
    auto *raw = m_window->findChild<QPlainTextEdit *>(u"rawJson"_s);
    QVERIFY(raw->toPlainText().contains(u"\"version\": \"occ/1\""_s));
}

void tst_Studio::proofDroppedWithItsOriginalIsPaired()
{
    const QByteArray bytes = "paired bytes\n";
    const QString bundle = makeBundle(u"paired.txt"_s, bytes);
    auto items = VerifySession::loadBundle(bundle);
    QVERIFY(items);
    const QString proofPath = writeFile(u"loose/paired.txt.proof.json"_s, items->first().proofText);
    const QString original = writeFile(u"loose/paired.txt"_s, bytes);
    drop({proofPath, original});
    QSignalSpy loaded(m_window->verifyView(), &VerifyView::loaded);
    QVERIFY(loaded.wait(10'000));
    QCOMPARE(m_window->findChild<QLabel *>(u"verdictLabel"_s)->text(),
             u"Valid — signer not pinned"_s);
    QVERIFY(m_window->findChild<QLabel *>(u"bytesLabel"_s)->text().contains(u"paired.txt"_s));
    QCOMPARE(m_window->stampView()->model()->rowCount(), 0); // not mistaken for a file to stamp

    // The same proof beside other bytes under the right name: the hash decides.
    writeFile(u"loose/paired.txt"_s, "other bytes\n");
    drop({proofPath, original});
    QVERIFY(loaded.wait(10'000));
    QCOMPARE(m_window->findChild<QLabel *>(u"verdictLabel"_s)->text(),
             u"Invalid — File matches the proof"_s);
}

void tst_Studio::unreadableBundleIsRejectedWithAReason()
{
    // A zip whose proof.json entry is garbage: routed as a bundle, rejected with a reason.
    const QString good = makeBundle(u"ok.txt"_s, "an original stored verbatim in the zip\n");
    QFile f(good);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QByteArray zip = f.readAll();
    const qsizetype at = zip.indexOf("stored verbatim");
    QVERIFY(at > 0);
    zip[at] = 'X'; // the stored original no longer matches its CRC
    QVERIFY(f.seek(0));
    QCOMPARE(f.write(zip), zip.size());
    f.close();
    drop({good});
    QSignalSpy loaded(m_window->verifyView(), &VerifyView::loaded);
    QVERIFY(loaded.wait(10'000));
    auto *verdict = m_window->findChild<QLabel *>(u"verdictLabel"_s);
    QCOMPARE(verdict->text(), u"Invalid — Bundle"_s);
    QVERIFY(!m_window->findChild<QLabel *>(u"verdictDetail"_s)->text().isEmpty());
}

void tst_Studio::profileEditorSavesWhatTheCliReads()
{
    m_window->showPage(MainWindow::TrustPage);
    TrustProfileEditor *editor = m_window->trustEditor();
    QTest::mouseClick(editor->findChild<QPushButton *>(u"newProfileButton"_s), Qt::LeftButton);
    auto *name = editor->findChild<QLineEdit *>(u"profileNameEdit"_s);
    name->setText(u"Production"_s);
    auto *keys = editor->findChild<QPlainTextEdit *>(u"allowedKeysEdit"_s);
    keys->setPlainText(u"not base64 at all"_s);
    editor->findChild<QLineEdit *>(u"minCounterEdit"_s)->setText(u"10"_s);
    editor->findChild<QLineEdit *>(u"maxCounterEdit"_s)->setText(u"5"_s);
    QTest::mouseClick(editor->findChild<QPushButton *>(u"saveProfileButton"_s), Qt::LeftButton);
    auto *status = editor->findChild<QLabel *>(u"profileStatus"_s);
    QVERIFY2(status->text().startsWith(u"Not saved"_s), qPrintable(status->text()));
    QVERIFY(TrustProfileStore(m_settings->profilesDir()).list().isEmpty());

    editor->findChild<QLineEdit *>(u"maxCounterEdit"_s)->setText(u"50"_s);
    QTest::mouseClick(editor->findChild<QPushButton *>(u"saveProfileButton"_s), Qt::LeftButton);
    const auto saved = TrustProfileStore(m_settings->profilesDir()).list();
    QCOMPARE(saved.size(), 1);
    // The file is exactly what `occ verify --policy` reads.
    auto reread = TrustProfile::fromFile(saved.first().path);
    QVERIFY(reread);
    QCOMPARE(reread->name, u"Production"_s);
    QCOMPARE(reread->minCounter.value_or(QString()), u"10"_s);
    QCOMPARE(reread->maxCounter.value_or(QString()), u"50"_s);
    // The verify view lists it.
    auto *combo = m_window->findChild<QComboBox *>(u"profileCombo"_s);
    QCOMPARE(combo->count(), 2);
    QCOMPARE(combo->itemText(1), u"Production"_s);
}

void tst_Studio::cancelLargeHashLeavesNoBundle()
{
    const QString big = bigSparseFile(qint64(4) << 30);
    m_window->stampView()->addFiles({big});
    auto *stampButton = m_window->findChild<QPushButton *>(u"stampButton"_s);
    auto *cancelButton = m_window->findChild<QPushButton *>(u"cancelButton"_s);
    QSignalSpy done(m_window->stampView(), &StampView::stampFinished);
    QTest::mouseClick(stampButton, Qt::LeftButton);
    StampFileModel *model = m_window->stampView()->model();
    QTRY_VERIFY_WITH_TIMEOUT(model->index(0, StampFileModel::ProgressColumn)
                                     .data(StampFileModel::ProgressRole)
                                     .toInt()
                                 > 0,
                             20'000);
    QVERIFY(cancelButton->isEnabled());
    QTest::mouseClick(cancelButton, Qt::LeftButton);
    QVERIFY(done.wait(20'000));
    QCOMPARE(int(model->result(0).stage), int(StampStage::Cancelled));
    QVERIFY(QDir(m_settings->destinationDir()).entryList(QDir::Files | QDir::Hidden).isEmpty());
    // No counter was burned: the next commit follows the last one ever made (none).
    auto signer = StubSigner::open(m_settings->stubStatePath());
    QVERIFY(signer);
    CommitRequest request;
    request.digests = {Crypto::Sha256::hash("next")};
    auto proofs = signer->commit(request);
    QVERIFY(proofs);
    QCOMPARE(*proofs->first().member(u"commit")->stringMember(u"counter"), u"2"_s);
}

void tst_Studio::guiKeepsRunningWhileHashing()
{
    // The GUI thread keeps turning while a large file is hashed: count timer ticks and
    // report the longest gap (the limit itself is checked by the bench, not here).
    const QString big = bigSparseFile(qint64(1) << 30);
    m_window->stampView()->addFiles({big});
    QElapsedTimer clock;
    qint64 last = 0;
    qint64 longest = 0;
    int ticks = 0;
    QTimer timer;
    timer.setInterval(5);
    connect(&timer, &QTimer::timeout, this, [&] {
        const qint64 now = clock.elapsed();
        longest = std::max(longest, now - last);
        last = now;
        ++ticks;
    });
    QSignalSpy done(m_window->stampView(), &StampView::stampFinished);
    clock.start();
    timer.start();
    QTest::mouseClick(m_window->findChild<QPushButton *>(u"stampButton"_s), Qt::LeftButton);
    QVERIFY(done.wait(120'000));
    timer.stop();
    const qint64 total = clock.elapsed();
    qInfo("hashed and stamped 1 GiB in %lld ms; %d timer ticks; longest GUI stall %lld ms",
          total,
          ticks,
          longest);
    QCOMPARE(int(m_window->stampView()->model()->result(0).stage), int(StampStage::Done));
    // Events were processed throughout: at least one tick per 100 ms of work on average.
    QVERIFY2(ticks >= total / 100, qPrintable(u"%1 ticks in %2 ms"_s.arg(ticks).arg(total)));
}

void tst_Studio::auditFindsAForkAndDrawsTheChains()
{
    // Three proofs on one chain, then a second state (file and journal) copied from the first:
    // its next proof claims the same predecessor as the third — a fork.
    const QString stateA = m_settings->stubStatePath();
    makeBundle(u"one.txt"_s, "1");
    makeBundle(u"two.txt"_s, "2");
    QVERIFY(QFile::copy(stateA, m_dir->filePath(u"state/copy.json"_s)));
    QVERIFY(QFile::copy(stateA + u".journal"_s, m_dir->filePath(u"state/copy.json.journal"_s)));
    makeBundle(u"three.txt"_s, "3");
    m_settings->setStubStatePath(m_dir->filePath(u"state/copy.json"_s));
    makeBundle(u"forked.txt"_s, "4");

    m_window->showPage(MainWindow::AuditPage);
    drop({m_dir->filePath(u"bundles"_s)}); // dropped on the Audit page: audited, not verified
    AuditView *audit = m_window->auditView();
    QCOMPARE(audit->paths(), QStringList{m_dir->filePath(u"bundles"_s)});
    QSignalSpy finished(audit, &AuditView::finished);
    QTest::mouseClick(m_window->findChild<QPushButton *>(u"runAuditButton"_s), Qt::LeftButton);
    QVERIFY(finished.wait(30'000));
    QCOMPARE(audit->entries().size(), 4);
    QVERIFY(!audit->result().ok());
    bool fork = false;
    for (const AuditProblem &p : audit->result().problems)
        fork = fork || p.kind == u"fork";
    QVERIFY(fork);
    auto *summary = m_window->findChild<QLabel *>(u"auditSummary"_s);
    QVERIFY2(summary->text().startsWith(u"Problems found"_s), qPrintable(summary->text()));
    auto *problems = m_window->findChild<QTreeWidget *>(u"auditProblems"_s);
    QVERIFY(!problems->findItems(u"Fork"_s, Qt::MatchExactly, 0).isEmpty());
    auto *timeline = m_window->findChild<AuditTimeline *>(u"auditTimeline"_s);
    QCOMPARE(timeline->markCount(), 4);
    QVERIFY(timeline->accessibleDescription().contains(u"4 proofs"_s));

    // A clean chain is reported as such.
    m_window->findChild<QPushButton *>(u"auditClearButton"_s)->click();
    const QString clean = m_dir->filePath(u"bundles/one.txt.proof.zip"_s);
    audit->addPaths({clean, m_dir->filePath(u"bundles/two.txt.proof.zip"_s)});
    QTest::mouseClick(m_window->findChild<QPushButton *>(u"runAuditButton"_s), Qt::LeftButton);
    QVERIFY(finished.wait(30'000));
    QVERIFY(audit->result().ok());
    QVERIFY2(summary->text().startsWith(u"No problems"_s), qPrintable(summary->text()));
}

void tst_Studio::productionProofShowsItsAttestation()
{
    QFile f(QStringLiteral(OCC_TEST_DATA_DIR "/real-proofs/production-test-proofs.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    auto all = JsonParser::parse(f.readAll());
    QVERIFY(all);
    const JsonValue &proof = *all->asArray()->front().member(u"proof"_s);
    m_window->verifyView()->openProofText(Json::toPrettyJson(proof), u"production.json"_s);
    auto *verdict = m_window->findChild<QLabel *>(u"verdictLabel"_s);
    QCOMPARE(verdict->text(), u"Valid — signer not pinned"_s); // proof only, nothing pinned
    QVERIFY(m_window->findChild<QLabel *>(u"bytesLabel"_s)->text().contains(u"Proof only"_s));
    auto *details = m_window->findChild<QTreeWidget *>(u"attestationDetails"_s);
    auto *tabs = m_window->findChild<QTabWidget *>(u"verifyTabs"_s);
    QVERIFY(tabs->isTabVisible(tabs->indexOf(details)));
    auto rowValue = [&](const QString &item) {
        const auto found = details->findItems(item, Qt::MatchExactly, 0);
        return found.isEmpty() ? QString() : found.first()->text(1);
    };
    QVERIFY(rowValue(u"Verified"_s).startsWith(u"Passed"_s));
    QVERIFY(!rowValue(u"Module id"_s).isEmpty());
    QCOMPARE(rowValue(u"PCR0"_s), *proof.member(u"environment"_s)->stringMember(u"measurement"_s));
    // The attestation's time is labelled as the vendor's clock among the time sources.
    QVERIFY(m_window->findChild<QLabel *>(u"timesLabel"_s)->text().contains(u"AWS Nitro's clock"_s));
}

void tst_Studio::libraryIndexesSearchesAndReverifies()
{
    // Stamp two files: both land in the library as "stamped".
    m_window->stampView()->addFiles(
        {writeFile(u"alpha.txt"_s, "alpha"), writeFile(u"beta.txt"_s, "beta")});
    stampAndWait();
    LibraryView *library = m_window->libraryView();
    QVERIFY(library->library());
    QTRY_COMPARE(library->rowCount(), 2); // recorded by a worker
    auto *table = m_window->findChild<QTreeWidget *>(u"libraryTable"_s);
    QVERIFY(!table->findItems(u"stamped here"_s, Qt::MatchExactly, 5).isEmpty());

    // Verifying a bundle made elsewhere adds it as "verified".
    const QString other = makeBundle(u"gamma.txt"_s, "gamma");
    m_window->openPaths({other});
    QSignalSpy loaded(m_window->verifyView(), &VerifyView::loaded);
    QVERIFY(loaded.wait(10'000));
    QTRY_COMPARE(library->rowCount(), 3);

    // Search by name, by digest prefix and by counter.
    auto *search = m_window->findChild<QLineEdit *>(u"librarySearch"_s);
    search->setText(u"gam"_s);
    QTRY_COMPARE(library->rowCount(), 1);
    const QString digestHex = Encoding::toHex(Crypto::Sha256::hash("alpha"));
    search->setText(digestHex.left(8));
    QTRY_VERIFY(library->rowCount() == 1 && table->topLevelItem(0)->text(0) == u"alpha.txt");

    // Pin the signer, re-verify from disk: the verdict becomes Trusted.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(m_window->findChild<QPushButton *>(u"pinButton"_s), Qt::LeftButton);
    QCOMPARE(m_window->findChild<QLabel *>(u"verdictLabel"_s)->text(), u"Trusted"_s);
    QCOMPARE(table->topLevelItem(0)->text(1), u"Valid — signer not pinned"_s);
    table->topLevelItem(0)->setSelected(true);
    QSignalSpy reverified(library, &LibraryView::reverified);
    QTest::mouseClick(m_window->findChild<QPushButton *>(u"reverifyButton"_s), Qt::LeftButton);
    QVERIFY(reverified.wait(10'000));
    QCOMPARE(table->topLevelItem(0)->text(1), u"Trusted"_s);

    // A bundle deleted from disk re-verifies as invalid, and its row stays.
    QVERIFY(QFile::remove(m_window->stampView()->model()->result(0).bundlePath));
    table->topLevelItem(0)->setSelected(true);
    QTest::mouseClick(m_window->findChild<QPushButton *>(u"reverifyButton"_s), Qt::LeftButton);
    QVERIFY(reverified.wait(10'000));
    QCOMPARE(library->rowCount(), 1);
    QCOMPARE(table->topLevelItem(0)->text(1), u"Invalid"_s);
}

void tst_Studio::everyInteractiveWidgetHasAnAccessibleNameAndDescription()
{
    QStringList allUndescribed;
    for (int page = 0; page < m_window->tabs()->count(); ++page) {
        m_window->tabs()->setCurrentIndex(page);
        QWidget *root = m_window->tabs()->widget(page);
        QStringList nameless;
        QStringList undescribed;
        for (QWidget *w : root->findChildren<QWidget *>()) {
            const bool interactive = w->focusPolicy() != Qt::NoFocus && w->isVisibleTo(root)
                                     && (qobject_cast<QAbstractButton *>(w)
                                         || qobject_cast<QLineEdit *>(w)
                                         || qobject_cast<QComboBox *>(w)
                                         || qobject_cast<QPlainTextEdit *>(w)
                                         || qobject_cast<QAbstractSpinBox *>(w)
                                         || qobject_cast<QAbstractItemView *>(w));
            // A spin box's inner line edit is announced through the spin box itself.
            if (!interactive || qobject_cast<QAbstractSpinBox *>(w->parentWidget()))
                continue;
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
            const QString name = iface ? iface->text(QAccessible::Name) : QString();
            const QString id = w->objectName().isEmpty()
                                   ? QString::fromLatin1(w->metaObject()->className())
                                   : w->objectName();
            if (name.trimmed().isEmpty())
                nameless << id;
            if (!iface || iface->text(QAccessible::Description).trimmed().isEmpty())
                undescribed << id;
        }
        allUndescribed += undescribed;
        QVERIFY2(nameless.isEmpty(),
                 qPrintable(u"page %1: %2"_s.arg(page).arg(nameless.join(u", "_s))));
    }
    QVERIFY2(allUndescribed.isEmpty(),
             qPrintable(u"no accessible description: "_s + allUndescribed.join(u", "_s)));
}

QTEST_MAIN(tst_Studio)
#include "tst_studio.moc"
