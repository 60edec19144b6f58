// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "core/passkey.h"

#include <QList>
#include <QThreadPool>
#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace Occ {
class Settings;
} // namespace Occ

namespace Occ::Ui {

class GuiPasskeyPrompt;

/**
 * Passkeys: the FIDO2 credentials this user registered to authorize commits (agency), kept in
 * `passkeys.json` (nothing secret: the private keys never leave the security keys). Registering
 * waits for a touch on a worker thread; Cancel ends that wait at the key.
 */
class PasskeysView final : public QWidget
{
    Q_OBJECT

public:
    enum Column { LabelColumn, KeyIdColumn, RpIdColumn, DeviceColumn, CreatedColumn };

    explicit PasskeysView(Settings *settings, QWidget *parent = nullptr);
    ~PasskeysView() override;

    /** What the list shows (as last read from the store). */
    const QList<PasskeyCredential> &credentials() const { return m_credentials; }
    bool isRegistering() const { return m_authenticator != nullptr; }
    GuiPasskeyPrompt *prompt() const { return m_prompt; }

public slots:
    /** Re-reads the store and refills the list. */
    void reload();
    void registerPasskey();
    void cancelRegistration();
    void renameSelected();
    void removeSelected();
    void exportProfile();
    void addProfile();
    void refreshDevices();

signals:
    /** The registered passkeys changed (added, renamed, removed). */
    void passkeysChanged();
    /** A trust profile was added to the studio's store. */
    void profilesChanged();
    /** Registration ended (with a passkey or not); the status line says how. */
    void registrationFinished(bool registered);
    /** The authenticator list was refreshed. */
    void devicesRefreshed();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void registered(const Result<PasskeyCredential> &result);
    void labelEdited(QTreeWidgetItem *item, int column);
    const PasskeyCredential *selected() const;
    void updateButtons();
    void setStatus(const QString &text);

    Settings *m_settings;
    QList<PasskeyCredential> m_credentials;
    QTreeWidget *m_list;
    QPushButton *m_renameButton;
    QPushButton *m_removeButton;
    QPushButton *m_exportButton;
    QPushButton *m_addProfileButton;
    QLineEdit *m_labelEdit;
    QPushButton *m_registerButton;
    QPushButton *m_cancelButton;
    QLabel *m_status;
    QLineEdit *m_rpIdEdit;
    QLabel *m_devicesLabel;
    QPushButton *m_refreshButton;
    GuiPasskeyPrompt *m_prompt;
    /** The registration in progress, shared with its worker so Cancel can reach the key. */
    std::shared_ptr<Fido2Authenticator> m_authenticator;
    QTimer *m_cancelTimer;
    bool m_filling = false;
    bool m_devicesListed = false;
    bool m_listingDevices = false;
    QThreadPool m_pool;
};

} // namespace Occ::Ui
