// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0

#include "mainwindow.h"

#include "accessibility.h"
#include "auditview.h"
#include "libraryview.h"
#include "messagebox.h"
#include "passkeysview.h"
#include "settingspage.h"
#include "stampview.h"
#include "trustprofileeditor.h"
#include "verifyview.h"

#include "core/inputrouter.h"
#include "core/settings.h"
#include "core/version.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QMimeData>
#include <QStatusBar>
#include <QTabWidget>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Occ::Ui {

MainWindow::MainWindow(Settings *settings, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("OCC Proof Studio"));
    setAcceptDrops(true);
    m_pool.setMaxThreadCount(1);

    m_stamp = new StampView(settings);
    m_verify = new VerifyView(settings);
    m_audit = new AuditView(settings);
    m_library = new LibraryView(settings);
    m_trust = new TrustProfileEditor(settings);
    m_passkeys = new PasskeysView(settings);
    m_settingsPage = new SettingsPage(settings);
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(u"mainTabs"_s);
    m_tabs->setAccessibleName(tr("Pages"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_stamp, tr("&Stamp"));
    m_tabs->addTab(m_verify, tr("&Verify"));
    m_tabs->addTab(m_audit, tr("&Audit"));
    m_tabs->addTab(m_library, tr("&Library"));
    m_tabs->addTab(m_trust, tr("&Trust profiles"));
    m_tabs->addTab(m_passkeys, tr("&Passkeys"));
    m_tabs->addTab(m_settingsPage, tr("Se&ttings"));
    setCentralWidget(m_tabs);

    m_statusLabel = new QLabel;
    m_statusLabel->setObjectName(u"statusLabel"_s);
    statusBar()->addWidget(m_statusLabel, 1);

    connect(m_stamp, &StampView::inspectRequested, this, [this](const QString &bundle) {
        m_verify->open({bundle}, {});
        showPage(VerifyPage);
    });
    connect(m_verify, &VerifyView::editProfilesRequested, this, [this] {
        m_trust->selectProfile(m_settings->activeProfile());
        showPage(TrustPage);
    });
    connect(m_audit, &AuditView::openRequested, this, [this](const QStringList &paths) {
        openPaths(paths);
    });
    connect(m_library, &LibraryView::openRequested, this, [this](const QStringList &paths) {
        openPaths(paths);
    });
    // Every proof verified or made here goes into the local library.
    connect(m_verify, &VerifyView::loaded, this, [this] {
        m_library->record(m_verify->items(), LibrarySource::Verified);
    });
    connect(m_stamp, &StampView::stampFinished, this, [this] {
        m_library->record(m_stamp->stampedItems(), LibrarySource::Stamped);
    });
    connect(m_verify, &VerifyView::profilesChanged, m_trust, &TrustProfileEditor::reload);
    connect(m_trust, &TrustProfileEditor::profilesChanged, m_verify, &VerifyView::reloadProfiles);
    connect(m_settingsPage, &SettingsPage::backendChanged, m_stamp, &StampView::refreshBackend);
    connect(m_passkeys, &PasskeysView::passkeysChanged, m_stamp, &StampView::refreshPasskeys);
    connect(m_passkeys, &PasskeysView::passkeysChanged, m_verify, &VerifyView::reloadPasskeys);
    connect(m_passkeys, &PasskeysView::profilesChanged, m_trust, &TrustProfileEditor::reload);
    connect(m_passkeys, &PasskeysView::profilesChanged, m_verify, &VerifyView::reloadProfiles);
    connect(m_stamp, &StampView::stampFinished, this, [this] {
        if (m_closeWhenIdle)
            close();
    });

    createMenus();
    describeControls(this);
    const QByteArray geometry = m_settings->uiValue(u"geometry"_s).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1100, 760);
    restoreState(m_settings->uiValue(u"state"_s).toByteArray());
    m_tabs->setCurrentIndex(m_settings->uiValue(u"page"_s, 0).toInt() == VerifyPage ? VerifyPage
                                                                                    : StampPage);
}

MainWindow::~MainWindow()
{
    m_pool.waitForDone();
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open…"), this, &MainWindow::openDialog);
    open->setShortcut(QKeySequence::Open);
    QAction *pasteAction = file->addAction(tr("&Paste files or proof"), this, &MainWindow::paste);
    pasteAction->setShortcut(QKeySequence::Paste);
    file->addSeparator();
    QAction *stamp = file->addAction(tr("S&tamp listed files"), m_stamp, &StampView::stamp);
    stamp->setShortcut(Qt::CTRL | Qt::Key_Return);
    QAction *cancel = file->addAction(tr("&Cancel stamping"), m_stamp, &StampView::cancel);
    cancel->setShortcut(Qt::Key_Escape);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    const QStringList names = {tr("&Stamp"),
                               tr("&Verify"),
                               tr("&Audit"),
                               tr("&Library"),
                               tr("&Trust profiles"),
                               tr("&Passkeys"),
                               tr("S&ettings")};
    for (int i = 0; i < names.size(); ++i) {
        QAction *a = view->addAction(names[i], this, [this, i] { showPage(Page(i)); });
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About OCC Proof Studio"), this, &MainWindow::about);
}

void MainWindow::showPage(Page page)
{
    m_tabs->setCurrentIndex(page);
}

void MainWindow::openPaths(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    m_statusLabel->setText(tr("Looking at %n dropped item(s)…", nullptr, int(paths.size())));
    // Routing opens every file (zip directory, JSON sniffing): keep it off the GUI thread.
    m_pool.start([this, paths] {
        RoutedInputs routed = InputRouter::route(paths);
        QMetaObject::invokeMethod(
            this, [this, routed] { route(routed); }, Qt::QueuedConnection);
    });
}

void MainWindow::route(const RoutedInputs &routed)
{
    QStringList parts;
    if (!routed.bundles.isEmpty() || !routed.proofs.isEmpty()) {
        m_verify->open(routed.bundles, routed.proofs);
        parts << tr("%n proof input(s) to verify",
                    nullptr,
                    int(routed.bundles.size() + routed.proofs.size()));
    }
    if (!routed.toStamp.isEmpty()) {
        m_stamp->addFiles(routed.toStamp);
        parts << tr("%n file(s) added to the stamp list", nullptr, int(routed.toStamp.size()));
    }
    if (!routed.bundles.isEmpty() || !routed.proofs.isEmpty())
        showPage(VerifyPage);
    else if (!routed.toStamp.isEmpty())
        showPage(StampPage);
    QString text = parts.join(u"; "_s);
    if (!routed.problems.isEmpty())
        text += (text.isEmpty() ? QString() : u" — "_s) + routed.problems.join(u"; "_s);
    m_statusLabel->setText(text);
    emit pathsRouted();
}

void MainWindow::openDialog()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this,
        tr("Open bundles, proofs or files to stamp"),
        QString(),
        tr("All files (*);;Proof bundles (*.proof.zip);;Proof JSON (*.json)"));
    openPaths(files);
}

void MainWindow::paste()
{
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    if (!mime)
        return;
    if (mime->hasUrls()) {
        QStringList paths;
        for (const QUrl &u : mime->urls()) {
            if (u.isLocalFile())
                paths.append(u.toLocalFile());
        }
        openPaths(paths);
        return;
    }
    const QString text = mime->text().trimmed();
    if (text.startsWith(u'{')) {
        m_verify->openProofText(text.toUtf8(), tr("Pasted proof"));
        showPage(VerifyPage);
        return;
    }
    QStringList paths;
    for (const QString &line : text.split(u'\n', Qt::SkipEmptyParts)) {
        const QString p = line.trimmed();
        if (QFileInfo::exists(p))
            paths.append(p);
    }
    if (paths.isEmpty())
        m_statusLabel->setText(tr("The clipboard holds neither files nor a proof."));
    openPaths(paths);
}

void MainWindow::about()
{
    QMessageBox::about(this,
                       tr("About OCC Proof Studio"),
                       tr("<b>OCC Proof Studio</b> %1<br>Makes and checks OCC (occ/1) proofs. "
                          "Files are hashed on this computer; only digests are ever sent to a "
                          "signer, and verification never uses the network.")
                           .arg(QStringLiteral(OCC_VERSION_STRING)));
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &u : event->mimeData()->urls()) {
        if (u.isLocalFile())
            paths.append(u.toLocalFile());
    }
    event->acceptProposedAction();
    if (m_tabs->currentWidget() == m_audit) {
        m_audit->addPaths(paths); // on the Audit page, drops are what to audit
        emit pathsRouted();
        return;
    }
    openPaths(paths);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_stamp->isBusy()
        && MessageBox::question(this,
                                tr("Stamping in progress"),
                                tr("Stop stamping and quit? Files not yet committed get no proof; "
                                   "proofs already made are still written."))
               != QMessageBox::Yes) {
        event->ignore();
        return;
    }
    if (m_stamp->isBusy()) {
        // Proofs already committed must still reach their bundles: close once the job is done.
        m_closeWhenIdle = true;
        m_stamp->cancel();
        m_statusLabel->setText(tr("Finishing the bundles of proofs already made, then quitting…"));
        event->ignore();
        return;
    }
    m_settings->setUiValue(u"geometry"_s, saveGeometry());
    m_settings->setUiValue(u"state"_s, saveState());
    m_settings->setUiValue(u"page"_s, m_tabs->currentIndex());
    m_settings->sync();
    event->accept();
}

} // namespace Occ::Ui
