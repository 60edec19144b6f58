// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0

// Passkeys in the studio end to end: the real main window on the offscreen platform, a software
// CTAP2 authenticator behind libfido2 (tests/support/softfido2.h) instead of a security key.

#include "core/agency.h"
#include "core/jsonvalue.h"
#include "core/passkey.h"
#include "core/settings.h"
#include "core/stampjob.h"
#include "core/stubsigner.h"
#include "core/trustprofilestore.h"
#include "core/verifysession.h"
#include "support/softfido2.h"
#include "ui/mainwindow.h"
#include "ui/messagebox.h"
#include "ui/passkeyprompt.h"
#include "ui/passkeysview.h"
#include "ui/stampfilemodel.h"
#include "ui/stampview.h"
#include "ui/trustprofileeditor.h"
#include "ui/verifyview.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <memory>

using namespace Occ;
using namespace Occ::Ui;
using namespace Qt::StringLiterals;

class tst_Passkeys : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void registerThroughThePage();
    void registerWithPinOnlyKey();
    void wrongPinThenRight();
    void pinDialogAsksOnTheGuiThread();
    void cancelAtThePinPrompt();
    void cancelDuringLongTouch();
    void stampBatchWithOneTouchThenVerify();
    void keyWithoutUserVerificationBurnsNothing();
    void cancelStampingDuringTouch();
    void unknownRelyingPartyIsShownAsAHash();
    void renameAndRemove();
    void addAsTrustProfile();

private:
    QString writeFile(const QString &name, const QByteArray &bytes);
    /** Registers a passkey through the page; returns its keyId (empty on failure). */
    QString registerPasskey(const QString &label = {});
    template<typename T>
    T *find(const QString &name)
    {
        T *w = m_window->findChild<T *>(name);
        if (!w)
            qFatal("no widget %s", qPrintable(name));
        return w;
    }
    QList<PasskeyCredential> storedPasskeys() const;
    bool stampAndWait();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<OccTest::SoftFido2> m_soft;
    std::unique_ptr<MainWindow> m_window;
};

void tst_Passkeys::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_Passkeys::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<Settings>(m_dir->filePath(u"config/studio.ini"_s));
    m_settings->setStubStatePath(m_dir->filePath(u"state/stub-state.json"_s));
    m_settings->setDestinationDir(m_dir->filePath(u"out"_s));
    m_soft = std::make_unique<OccTest::SoftFido2>();
    OccTest::SoftFido2 *soft = m_soft.get();
    Fido2Authenticator::setDeviceHooks(Fido2Authenticator::DeviceHooks{
        [soft] {
            return QList<AuthenticatorDevice>{{soft->path(), u"Soft Key"_s, u"OCC tests"_s}};
        },
        [soft](fido_dev_t *dev, const QString &) { soft->attachHid(dev); }});
    m_window = std::make_unique<MainWindow>(m_settings.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void tst_Passkeys::cleanup()
{
    m_window.reset(); // waits for its workers, which may still use the soft key
    Fido2Authenticator::setDeviceHooks(std::nullopt);
    m_soft.reset();
    m_settings.reset();
    m_dir.reset();
    GuiPasskeyPrompt::setNextPins({});
}

QString tst_Passkeys::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir->filePath(u"in/"_s + name);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QList<PasskeyCredential> tst_Passkeys::storedPasskeys() const
{
    PasskeyStore store(m_settings->passkeysPath());
    if (!store.load())
        return {};
    return store.credentials();
}

QString tst_Passkeys::registerPasskey(const QString &label)
{
    m_window->showPage(MainWindow::PasskeysPage);
    PasskeysView *view = m_window->passkeysView();
    auto *list = find<QTreeWidget>(u"passkeyList"_s);
    const int before = list->topLevelItemCount();
    find<QLineEdit>(u"passkeyLabelEdit"_s)->setText(label);
    QSignalSpy finished(view, &PasskeysView::registrationFinished);
    QTest::mouseClick(find<QPushButton>(u"registerPasskeyButton"_s), Qt::LeftButton);
    if (!finished.wait(20'000) || !finished.first().first().toBool()) {
        qInfo("registration failed: %s", qPrintable(find<QLabel>(u"passkeyStatus"_s)->text()));
        return {};
    }
    if (list->topLevelItemCount() != before + 1)
        return {};
    const QList<PasskeyCredential> stored = storedPasskeys();
    return stored.isEmpty() ? QString() : stored.last().keyId;
}

bool tst_Passkeys::stampAndWait()
{
    auto *stampButton = find<QPushButton>(u"stampButton"_s);
    if (!stampButton->isEnabled())
        return false;
    QSignalSpy done(m_window->stampView(), &StampView::stampFinished);
    QTest::mouseClick(stampButton, Qt::LeftButton);
    return done.wait(60'000);
}

void tst_Passkeys::registerThroughThePage()
{
    // Nothing registered: the stamp page says where to start.
    auto *authorize = find<QCheckBox>(u"authorizeWithPasskeyCheck"_s);
    auto *combo = find<QComboBox>(u"passkeyCombo"_s);
    QVERIFY(!authorize->isEnabled());
    QVERIFY(!combo->isEnabled());
    QVERIFY2(combo->toolTip().contains(u"Passkeys page"_s), qPrintable(combo->toolTip()));

    // The page lists the attached (software) key.
    QSignalSpy listed(m_window->passkeysView(), &PasskeysView::devicesRefreshed);
    m_window->showPage(MainWindow::PasskeysPage);
    QVERIFY(!listed.isEmpty() || listed.wait(10'000));
    QVERIFY2(find<QLabel>(u"authenticatorStatus"_s)->text().contains(u"Soft Key"_s),
             qPrintable(find<QLabel>(u"authenticatorStatus"_s)->text()));
    QCOMPARE(find<QLineEdit>(u"passkeyRpIdEdit"_s)->text(), u"occ-proof-studio"_s);

    auto *list = find<QTreeWidget>(u"passkeyList"_s);
    QCOMPARE(list->topLevelItemCount(), 0);
    find<QLineEdit>(u"passkeyLabelEdit"_s)->setText(u"Office key"_s);
    auto *status = find<QLabel>(u"passkeyStatus"_s);
    QTest::mouseClick(find<QPushButton>(u"registerPasskeyButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(list->topLevelItemCount(), 1, 20'000);
    QVERIFY2(status->text().startsWith(u"Registered"_s), qPrintable(status->text()));
    QCOMPARE(m_soft->userPresenceCount(), 1);
    QCOMPARE(m_soft->credentialCount(), 1);
    QVERIFY(!find<QPushButton>(u"cancelPasskeyButton"_s)->isEnabled());
    QVERIFY(find<QLineEdit>(u"passkeyLabelEdit"_s)->text().isEmpty());

    // Stored beside the settings, and shown with a shortened key id (the full one as tooltip).
    const QList<PasskeyCredential> stored = storedPasskeys();
    QCOMPARE(stored.size(), 1);
    const PasskeyCredential &c = stored.first();
    QCOMPARE(c.label, u"Office key"_s);
    QCOMPARE(c.rpId, u"occ-proof-studio"_s);
    QCOMPARE(c.device, u"Soft Key"_s);
    QCOMPARE(c.keyId.size(), 64);
    QTreeWidgetItem *row = list->topLevelItem(0);
    QCOMPARE(row->text(PasskeysView::LabelColumn), u"Office key"_s);
    QCOMPARE(row->toolTip(PasskeysView::KeyIdColumn), c.keyId);
    QVERIFY(row->text(PasskeysView::KeyIdColumn).size() < 64);
    QCOMPARE(row->text(PasskeysView::RpIdColumn), u"occ-proof-studio"_s);
    QCOMPARE(row->text(PasskeysView::DeviceColumn), u"Soft Key"_s);
    QVERIFY(!row->text(PasskeysView::CreatedColumn).isEmpty());

    // The stamp page offers it at once.
    QVERIFY(authorize->isEnabled());
    QVERIFY(combo->isEnabled());
    QCOMPARE(combo->count(), 1);
    QCOMPARE(combo->currentData().toString(), c.keyId);
    QVERIFY(combo->currentText().startsWith(u"Office key"_s));

    // A second registration without a label gets the default one.
    const QString second = registerPasskey();
    QVERIFY(!second.isEmpty());
    QVERIFY(storedPasskeys().last().label.startsWith(u"Soft Key, "_s));
    QCOMPARE(combo->count(), 2);
}

void tst_Passkeys::registerWithPinOnlyKey()
{
    m_soft->options().builtInUv = false;
    m_soft->options().pin = "1234";
    GuiPasskeyPrompt::setNextPins({u"1234"_s});
    QVERIFY(!registerPasskey(u"PIN key"_s).isEmpty());
    QCOMPARE(GuiPasskeyPrompt::pendingPins(), 0);
    QVERIFY2(!GuiPasskeyPrompt::lastPinQuestion().contains(u"Wrong PIN"_s),
             qPrintable(GuiPasskeyPrompt::lastPinQuestion()));
    QVERIFY(GuiPasskeyPrompt::lastPinQuestion().contains(u"Soft Key"_s));
    QCOMPARE(m_soft->credentialCount(), 1);
}

void tst_Passkeys::wrongPinThenRight()
{
    m_soft->options().builtInUv = false;
    m_soft->options().pin = "1234";
    GuiPasskeyPrompt::setNextPins({u"0000"_s, u"1234"_s});
    QVERIFY(!registerPasskey(u"PIN key"_s).isEmpty());
    QCOMPARE(GuiPasskeyPrompt::pendingPins(), 0);
    // The second question said why it was asked again, and how many tries are left.
    const QString question = GuiPasskeyPrompt::lastPinQuestion();
    QVERIFY2(question.contains(u"Wrong PIN."_s), qPrintable(question));
    QVERIFY2(question.contains(u"7 tries left"_s), qPrintable(question));
    QCOMPARE(storedPasskeys().size(), 1);
}

void tst_Passkeys::pinDialogAsksOnTheGuiThread()
{
    // No pre-set PIN: the worker asks the GUI thread, which shows the dialog (modal, so answered
    // here from a timer running inside its event loop), while the worker waits.
    m_soft->options().builtInUv = false;
    m_soft->options().pin = "1234";
    QStringList questions;
    QStringList pins = {u"9999"_s, u"1234"_s};
    QTimer poll;
    poll.setInterval(20);
    connect(&poll, &QTimer::timeout, this, [&] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (w->objectName() != u"passkeyPinDialog" || !w->isVisible() || pins.isEmpty())
                continue;
            questions << w->findChild<QLabel *>(u"passkeyPinQuestion"_s)->text();
            auto *edit = w->findChild<QLineEdit *>(u"passkeyPinEdit"_s);
            QCOMPARE(edit->echoMode(), QLineEdit::Password);
            auto *ok = w->findChild<QPushButton *>(u"passkeyPinOkButton"_s);
            QVERIFY(!ok->isEnabled()); // nothing typed yet
            QTest::keyClicks(edit, pins.takeFirst());
            QTest::mouseClick(ok, Qt::LeftButton);
            return;
        }
    });
    poll.start();
    QVERIFY(!registerPasskey(u"Dialog key"_s).isEmpty());
    QCOMPARE(questions.size(), 2);
    QVERIFY2(!questions[0].contains(u"Wrong PIN"_s), qPrintable(questions[0]));
    QVERIFY2(questions[0].contains(u"Soft Key"_s), qPrintable(questions[0]));
    QVERIFY2(questions[1].startsWith(u"Wrong PIN."_s), qPrintable(questions[1]));
    QVERIFY2(questions[1].contains(u"7 tries left"_s), qPrintable(questions[1]));

    // Cancel in the dialog ends the registration as cancelled.
    pins.clear();
    connect(&poll, &QTimer::timeout, this, [&] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (w->objectName() == u"passkeyPinDialog" && w->isVisible())
                QTest::mouseClick(w->findChild<QPushButton *>(u"passkeyPinCancelButton"_s),
                                  Qt::LeftButton);
        }
    });
    QVERIFY(registerPasskey().isEmpty());
    QVERIFY(find<QLabel>(u"passkeyStatus"_s)->text().startsWith(u"Cancelled"_s));
    QCOMPARE(storedPasskeys().size(), 1);
}

void tst_Passkeys::cancelAtThePinPrompt()
{
    m_soft->options().builtInUv = false;
    m_soft->options().pin = "1234";
    GuiPasskeyPrompt::setNextPins({QString()}); // the person pressed Cancel in the PIN dialog
    QVERIFY(registerPasskey().isEmpty());
    QVERIFY2(find<QLabel>(u"passkeyStatus"_s)->text().startsWith(u"Cancelled"_s),
             qPrintable(find<QLabel>(u"passkeyStatus"_s)->text()));
    QCOMPARE(m_soft->credentialCount(), 0);
    QCOMPARE(m_soft->userPresenceCount(), 0);
    QVERIFY(storedPasskeys().isEmpty());
}

void tst_Passkeys::cancelDuringLongTouch()
{
    m_soft->options().touchDelayMs = 5000;
    m_window->showPage(MainWindow::PasskeysPage);
    auto *status = find<QLabel>(u"passkeyStatus"_s);
    auto *cancel = find<QPushButton>(u"cancelPasskeyButton"_s);
    auto *registerButton = find<QPushButton>(u"registerPasskeyButton"_s);
    QVERIFY(!cancel->isEnabled());
    QSignalSpy finished(m_window->passkeysView(), &PasskeysView::registrationFinished);
    QElapsedTimer clock;
    clock.start();
    QTest::mouseClick(registerButton, Qt::LeftButton);
    QVERIFY(!registerButton->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(u"Touch Soft Key now"_s), 5'000);
    QVERIFY(cancel->isEnabled());
    QTest::qWait(200); // the request is on its way to the key
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(finished.wait(10'000));
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY2(clock.elapsed() < 4'500, qPrintable(QString::number(clock.elapsed())));
    QVERIFY2(status->text().startsWith(u"Cancelled"_s), qPrintable(status->text()));
    QCOMPARE(find<QTreeWidget>(u"passkeyList"_s)->topLevelItemCount(), 0);
    QVERIFY(storedPasskeys().isEmpty());
    QVERIFY(registerButton->isEnabled());
    QVERIFY(!cancel->isEnabled());
}

void tst_Passkeys::stampBatchWithOneTouchThenVerify()
{
    const QString keyId = registerPasskey(u"Stamping key"_s);
    QVERIFY(!keyId.isEmpty());
    const int touchesBefore = m_soft->userPresenceCount();

    m_window->showPage(MainWindow::StampPage);
    m_window->stampView()->addFiles({writeFile(u"one.txt"_s, "one\n"),
                                     writeFile(u"two.txt"_s, "two\n"),
                                     writeFile(u"three.txt"_s, "three\n")});
    auto *authorize = find<QCheckBox>(u"authorizeWithPasskeyCheck"_s);
    QVERIFY(authorize->isEnabled());
    authorize->setChecked(true);
    QVERIFY(find<QLabel>(u"passkeyNote"_s)->text().contains(u"One touch"_s));
    // The touch prompt reaches the stamp view's status line while the key waits.
    m_soft->options().touchDelayMs = 600;
    auto *status = find<QLabel>(u"stampStatus"_s);
    QSignalSpy done(m_window->stampView(), &StampView::stampFinished);
    QTest::mouseClick(find<QPushButton>(u"stampButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(u"Touch Soft Key now"_s), 10'000);
    QVERIFY(!authorize->isEnabled()); // not while stamping
    QVERIFY(done.wait(30'000));

    StampFileModel *model = m_window->stampView()->model();
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(m_soft->userPresenceCount() - touchesBefore, 1); // one touch for the whole batch
    QString secondBundle;
    for (int r = 0; r < model->rowCount(); ++r) {
        const StampFileResult &res = model->result(r);
        QVERIFY2(res.stage == StampStage::Done,
                 qPrintable(res.error ? res.error->message : u"not done"_s));
        QVERIFY(model->data(model->index(r, StampFileModel::StatusColumn))
                    .toString()
                    .contains(u"counter"));
        // The bundle carries the actor, and it verifies, agency included.
        auto items = VerifySession::loadBundle(res.bundlePath);
        QVERIFY(items);
        VerifySession::verify(*items, nullptr);
        QCOMPARE(int(items->first().report.verdict), int(Verdict::Valid));
        const Check *agencyCheck = items->first().report.check(u"agency");
        QVERIFY(agencyCheck);
        QCOMPARE(int(agencyCheck->status), int(CheckStatus::Pass));
        QCOMPARE(*items->first().proof->member(u"agency")->member(u"actor")->stringMember(u"keyId"),
                 keyId);
        if (r == 1)
            secondBundle = res.bundlePath;
    }

    // The verify view explains the authorization (of a file bound through the batch rule: the
    // first file's digest is the one the key signed).
    QSignalSpy loaded(m_window->verifyView(), &VerifyView::loaded);
    m_window->openPaths({secondBundle});
    QVERIFY(loaded.wait(10'000));
    auto *section = find<QGroupBox>(u"passkeySection"_s);
    QVERIFY(section->isVisible());
    const QString result = find<QLabel>(u"passkeyResultLabel"_s)->text();
    QVERIFY2(result.contains(keyId.left(16)), qPrintable(result));
    QVERIFY2(result.contains(u"batch of 3"_s), qPrintable(result));
    QVERIFY(find<QLabel>(u"passkeyActorLabel"_s)->text().contains(keyId));
    QVERIFY(find<QLabel>(u"passkeyActorLabel"_s)->text().contains(u"passkey"_s));
    QVERIFY(find<QLabel>(u"passkeyFormLabel"_s)->text().startsWith(u"WebAuthn"_s));
    const QString flags = find<QLabel>(u"passkeyFlagsLabel"_s)->text();
    QVERIFY2(flags.contains(u"UP (user present): present"_s), qPrintable(flags));
    QVERIFY2(flags.contains(u"UV (user verified): present"_s), qPrintable(flags));
    QVERIFY(!find<QLabel>(u"passkeySignCountLabel"_s)->text().isEmpty());
    const QString rpId = find<QLabel>(u"passkeyRpIdLabel"_s)->text();
    QVERIFY2(rpId.contains(u"“occ-proof-studio”"_s), qPrintable(rpId));
    QVERIFY(find<QLabel>(u"passkeyMineLabel"_s)->text().contains(u"Stamping key"_s));
    const QString uncovered = find<QLabel>(u"passkeyUncoveredLabel"_s)->text();
    for (const QString &field : Agency::webauthnUncoveredFields())
        QVERIFY2(uncovered.contains(field), qPrintable(field));

    // With the passkey's own trust profile, the rpId is judged against its allowedRpIds.
    m_window->showPage(MainWindow::PasskeysPage);
    QTest::mouseClick(find<QPushButton>(u"addPasskeyProfileButton"_s), Qt::LeftButton);
    auto *profiles = find<QComboBox>(u"profileCombo"_s);
    QCOMPARE(profiles->count(), 2);
    profiles->setCurrentIndex(1);
    QVERIFY2(find<QLabel>(u"passkeyRpIdLabel"_s)->text().contains(u"allowed by the profile"_s),
             qPrintable(find<QLabel>(u"passkeyRpIdLabel"_s)->text()));
    QVERIFY(!m_window->verifyView()->verdictText().startsWith(u"Invalid"_s));

    // A proof without agency hides the section.
    const QString plain = writeFile(u"plain.txt"_s, "plain\n");
    authorize->setChecked(false);
    m_window->stampView()->addFiles({plain});
    QVERIFY(stampAndWait());
    m_window->openPaths({model->result(3).bundlePath});
    QVERIFY(loaded.wait(10'000));
    QVERIFY(!section->isVisible());
}

void tst_Passkeys::keyWithoutUserVerificationBurnsNothing()
{
    QVERIFY(!registerPasskey(u"Lazy key"_s).isEmpty());
    m_soft->options().omitUv = true;
    m_window->showPage(MainWindow::StampPage);
    m_window->stampView()->addFiles({writeFile(u"a.txt"_s, "a\n"), writeFile(u"b.txt"_s, "b\n")});
    find<QCheckBox>(u"authorizeWithPasskeyCheck"_s)->setChecked(true);
    QVERIFY(stampAndWait());
    StampFileModel *model = m_window->stampView()->model();
    for (int r = 0; r < model->rowCount(); ++r) {
        const StampFileResult &res = model->result(r);
        QCOMPARE(int(res.stage), int(StampStage::Failed));
        QVERIFY(res.error);
        QVERIFY2(res.error->message.contains(u"user presence and verification"_s),
                 qPrintable(res.error->message));
        QVERIFY(res.bundlePath.isEmpty());
    }
    QVERIFY(QDir(m_settings->destinationDir()).entryList(QDir::Files | QDir::Hidden).isEmpty());
    // No counter was burnt: the next commit is the chain's first.
    auto signer = StubSigner::open(m_settings->stubStatePath());
    QVERIFY(signer);
    CommitRequest request;
    request.digests = {QByteArray(32, 'x')};
    auto proofs = signer->commit(request);
    QVERIFY(proofs);
    QCOMPARE(*proofs->first().member(u"commit")->stringMember(u"counter"), u"2"_s);
}

void tst_Passkeys::cancelStampingDuringTouch()
{
    QVERIFY(!registerPasskey(u"Slow key"_s).isEmpty());
    m_soft->options().touchDelayMs = 5000;
    m_window->showPage(MainWindow::StampPage);
    m_window->stampView()->addFiles({writeFile(u"x.txt"_s, "x\n"), writeFile(u"y.txt"_s, "y\n")});
    find<QCheckBox>(u"authorizeWithPasskeyCheck"_s)->setChecked(true);
    auto *status = find<QLabel>(u"stampStatus"_s);
    QSignalSpy done(m_window->stampView(), &StampView::stampFinished);
    QElapsedTimer clock;
    clock.start();
    QTest::mouseClick(find<QPushButton>(u"stampButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(u"Touch Soft Key now"_s), 5'000);
    QTest::qWait(200); // the request is on its way to the key
    QTest::mouseClick(find<QPushButton>(u"cancelButton"_s), Qt::LeftButton);
    QVERIFY(done.wait(10'000));
    QVERIFY2(clock.elapsed() < 4'500, qPrintable(QString::number(clock.elapsed())));
    StampFileModel *model = m_window->stampView()->model();
    for (int r = 0; r < model->rowCount(); ++r)
        QCOMPARE(int(model->result(r).stage), int(StampStage::Cancelled));
    QVERIFY(QDir(m_settings->destinationDir()).entryList(QDir::Files | QDir::Hidden).isEmpty());
    auto signer = StubSigner::open(m_settings->stubStatePath());
    QVERIFY(signer);
    CommitRequest request;
    request.digests = {QByteArray(32, 'x')};
    auto proofs = signer->commit(request);
    QVERIFY(proofs);
    QCOMPARE(*proofs->first().member(u"commit")->stringMember(u"counter"), u"2"_s);
    QVERIFY(find<QCheckBox>(u"authorizeWithPasskeyCheck"_s)->isEnabled()); // usable again
}

void tst_Passkeys::unknownRelyingPartyIsShownAsAHash()
{
    // A passkey made for another relying party; once forgotten, its rpId is only a hash.
    auto *rpIdEdit = find<QLineEdit>(u"passkeyRpIdEdit"_s);
    m_window->showPage(MainWindow::PasskeysPage);
    rpIdEdit->setText(u"studio.example.org"_s);
    emit rpIdEdit->editingFinished();
    QCOMPARE(m_settings->passkeyRpId(), u"studio.example.org"_s);
    const QString keyId = registerPasskey(u"Web key"_s);
    QVERIFY(!keyId.isEmpty());
    QCOMPARE(storedPasskeys().first().rpId, u"studio.example.org"_s);
    rpIdEdit->setText(QString());
    emit rpIdEdit->editingFinished();
    QCOMPARE(m_settings->passkeyRpId(), u"occ-proof-studio"_s);
    QCOMPARE(rpIdEdit->text(), u"occ-proof-studio"_s);

    m_window->showPage(MainWindow::StampPage);
    m_window->stampView()->addFiles({writeFile(u"web.txt"_s, "web\n")});
    find<QCheckBox>(u"authorizeWithPasskeyCheck"_s)->setChecked(true);
    QVERIFY(stampAndWait());
    const QString bundle = m_window->stampView()->model()->result(0).bundlePath;
    QVERIFY(!bundle.isEmpty());

    QSignalSpy loaded(m_window->verifyView(), &VerifyView::loaded);
    m_window->openPaths({bundle});
    QVERIFY(loaded.wait(10'000));
    QVERIFY(find<QLabel>(u"passkeyRpIdLabel"_s)->text().contains(u"“studio.example.org”"_s));

    MessageBox::setNextAnswer(QMessageBox::Yes);
    m_window->showPage(MainWindow::PasskeysPage);
    QTest::mouseClick(find<QPushButton>(u"removePasskeyButton"_s), Qt::LeftButton);
    QVERIFY(storedPasskeys().isEmpty());
    const QString rpId = find<QLabel>(u"passkeyRpIdLabel"_s)->text();
    QVERIFY2(rpId.startsWith(u"unknown rpId (SHA-256 "_s), qPrintable(rpId));
    QVERIFY(find<QLabel>(u"passkeyMineLabel"_s)->text().startsWith(u"No"_s));
}

void tst_Passkeys::renameAndRemove()
{
    const QString keyId = registerPasskey(u"Old name"_s);
    QVERIFY(!keyId.isEmpty());
    auto *list = find<QTreeWidget>(u"passkeyList"_s);
    list->setCurrentItem(list->topLevelItem(0));

    // Rename edits the label in place; Enter saves it.
    QTest::mouseClick(find<QPushButton>(u"renamePasskeyButton"_s), Qt::LeftButton);
    auto *editor = list->findChild<QLineEdit *>();
    QVERIFY(editor);
    QTRY_VERIFY(editor->hasFocus());
    editor->selectAll();
    QTest::keyClicks(editor, u"New name"_s);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(storedPasskeys().first().label, u"New name"_s);
    QCOMPARE(storedPasskeys().first().keyId, keyId);
    QTRY_COMPARE(list->topLevelItem(0)->text(PasskeysView::LabelColumn), u"New name"_s);
    QVERIFY(find<QComboBox>(u"passkeyCombo"_s)->currentText().startsWith(u"New name"_s));

    // Remove asks first; declining keeps it.
    list->setCurrentItem(list->topLevelItem(0));
    auto *remove = find<QPushButton>(u"removePasskeyButton"_s);
    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(storedPasskeys().size(), 1);
    QVERIFY2(MessageBox::lastText().contains(u"stays on the security key"_s),
             qPrintable(MessageBox::lastText()));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(remove, Qt::LeftButton);
    QVERIFY(storedPasskeys().isEmpty());
    QCOMPARE(list->topLevelItemCount(), 0);
    QCOMPARE(m_soft->credentialCount(), 1); // still on the key
    QVERIFY(!remove->isEnabled());
    QVERIFY(!find<QCheckBox>(u"authorizeWithPasskeyCheck"_s)->isEnabled());
}

void tst_Passkeys::addAsTrustProfile()
{
    const QString keyId = registerPasskey(u"Profile key"_s);
    QVERIFY(!keyId.isEmpty());
    QTest::mouseClick(find<QPushButton>(u"addPasskeyProfileButton"_s), Qt::LeftButton);
    auto saved = TrustProfileStore(m_settings->profilesDir()).list();
    QCOMPARE(saved.size(), 1);
    const TrustProfile &p = saved.first().profile;
    QCOMPARE(p.allowedActorKeyIds, QStringList{keyId});
    QCOMPARE(p.allowedRpIds, QStringList{u"occ-proof-studio"_s});
    QVERIFY(p.requireActor);
    // The other pages see it at once.
    QCOMPARE(find<QListWidget>(u"profileList"_s)->count(), 1);
    QCOMPARE(find<QComboBox>(u"profileCombo"_s)->count(), 2);
    // Adding it again replaces it rather than piling up copies.
    QTest::mouseClick(find<QPushButton>(u"addPasskeyProfileButton"_s), Qt::LeftButton);
    QCOMPARE(TrustProfileStore(m_settings->profilesDir()).list().size(), 1);
    QVERIFY(find<QLabel>(u"passkeyStatus"_s)->text().startsWith(u"Saved the trust profile"_s));
}

QTEST_MAIN(tst_Passkeys)
#include "tst_passkeys.moc"
