// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QMainWindow>
#include <QThreadPool>

class QLabel;
class QTabWidget;

namespace Occ {
class Settings;
struct RoutedInputs;
} // namespace Occ

namespace Occ::Ui {

class AuditView;
class LibraryView;
class PasskeysView;
class SettingsPage;
class StampView;
class TrustProfileEditor;
class VerifyView;

/**
 * The studio's one window: Stamp, Verify, Audit, Library, Trust profiles, Passkeys and Settings
 * pages. Anything dropped anywhere, opened, pasted or given on the command line is routed by
 * content: bundles and proofs to verification, everything else to the stamp list.
 */
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    enum Page {
        StampPage,
        VerifyPage,
        AuditPage,
        LibraryPage,
        TrustPage,
        PasskeysPage,
        SettingsPageIndex
    };

    explicit MainWindow(Settings *settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    /** Routes paths (files or folders) off the GUI thread, then hands them to the views. */
    void openPaths(const QStringList &paths);
    void showPage(Page page);

    StampView *stampView() const { return m_stamp; }
    VerifyView *verifyView() const { return m_verify; }
    AuditView *auditView() const { return m_audit; }
    LibraryView *libraryView() const { return m_library; }
    TrustProfileEditor *trustEditor() const { return m_trust; }
    PasskeysView *passkeysView() const { return m_passkeys; }
    QTabWidget *tabs() const { return m_tabs; }

signals:
    /** Emitted once dropped or opened paths have been routed to the views. */
    void pathsRouted();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void route(const RoutedInputs &routed);
    void openDialog();
    void paste();
    void about();
    void createMenus();

    Settings *m_settings;
    QTabWidget *m_tabs;
    StampView *m_stamp;
    VerifyView *m_verify;
    AuditView *m_audit;
    LibraryView *m_library;
    TrustProfileEditor *m_trust;
    PasskeysView *m_passkeys;
    SettingsPage *m_settingsPage;
    QLabel *m_statusLabel;
    QThreadPool m_pool;
    bool m_closeWhenIdle = false;
};

} // namespace Occ::Ui
