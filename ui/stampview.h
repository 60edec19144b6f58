// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "core/stampjob.h"
#include "core/verifysession.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QTimer;

namespace Occ {
class ActorAuthorizer;
class Settings;
} // namespace Occ

namespace Occ::Ui {

class GuiPasskeyPrompt;
class StampFileModel;

/**
 * Stamping: a file list, the signer in use, sealed attribution, a destination and one primary
 * button. The work runs in a core StampJob; this view only reflects its signals.
 */
class StampView final : public QWidget
{
    Q_OBJECT

public:
    explicit StampView(Settings *settings, QWidget *parent = nullptr);
    ~StampView() override;

    void addFiles(const QStringList &paths);
    StampFileModel *model() const { return m_model; }
    bool isBusy() const { return m_job != nullptr; }
    /** Re-reads the signer settings (after the settings page changed them). */
    void refreshBackend();
    /** Re-reads the registered passkeys (after the Passkeys page changed them). */
    void refreshPasskeys();
    GuiPasskeyPrompt *passkeyPrompt() const { return m_prompt; }
    /** The files the last stamping made bundles for, as verified items (for the library). */
    QList<VerifyItem> stampedItems() const { return m_stamped; }

public slots:
    void stamp();
    void cancel();

signals:
    void inspectRequested(const QString &bundlePath);
    void busyChanged(bool busy);
    void stampFinished();

private:
    void updateButtons();
    void chooseFiles();
    void chooseDestination();
    void removeSelected();
    void showInFolder();
    void inspectSelected();
    int currentRow() const;
    void updatePasskeyNote();

    Settings *m_settings;
    StampFileModel *m_model;
    QTableView *m_table;
    QLabel *m_backendLabel;
    QLabel *m_healthLabel;
    QLineEdit *m_name;
    QLineEdit *m_title;
    QPlainTextEdit *m_message;
    QLineEdit *m_destination;
    QPushButton *m_addButton;
    QPushButton *m_removeButton;
    QPushButton *m_clearButton;
    QPushButton *m_stampButton;
    QPushButton *m_cancelButton;
    QPushButton *m_showButton;
    QPushButton *m_inspectButton;
    QProgressBar *m_progress;
    QLabel *m_status;
    QLabel *m_dropHint;
    QCheckBox *m_authorize;
    QComboBox *m_passkeyCombo;
    QLabel *m_passkeyNote;
    GuiPasskeyPrompt *m_prompt;
    /** The running job's authorizer: Cancel repeats its cancel() until the job answers. */
    std::shared_ptr<ActorAuthorizer> m_authorizer;
    QTimer *m_cancelTimer = nullptr;
    QPointer<StampJob> m_job;
    QString m_apiKey;
    QList<VerifyItem> m_stamped;
    QTimer *m_buttonTimer = nullptr;
};

} // namespace Occ::Ui
