// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "core/inputrouter.h"
#include "core/passkey.h"
#include "core/trustprofile.h"
#include "core/verifysession.h"

#include <QThreadPool>
#include <QWidget>

#include <atomic>
#include <memory>
#include <optional>

class QComboBox;
class QFrame;
class QGroupBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTreeView;
class QTreeWidget;

namespace Occ {
class Settings;
}

namespace Occ::Ui {

class ProofTreeModel;

/**
 * Verification: the verdict first, in words and with an icon (Trusted / Valid — signer not
 * pinned / Invalid — first failed check), then every check with what it means and what can be
 * done, the proof tree with each field's coverage, and the raw JSON. Inputs are read and hashed
 * off the GUI thread; changing the trust profile re-verifies at once without re-reading them.
 */
class VerifyView final : public QWidget
{
    Q_OBJECT

public:
    explicit VerifyView(Settings *settings, QWidget *parent = nullptr);
    ~VerifyView() override;

    void open(const QStringList &bundles, const QList<ProofInput> &proofs);
    /** Verifies proof JSON text (pasted): proof only, no file. */
    void openProofText(const QByteArray &text, const QString &label);

    bool isLoading() const { return m_loading; }
    const QList<VerifyItem> &items() const { return m_items; }
    int currentItem() const { return m_current; }
    void selectItem(int index);
    /** The verdict of the shown item, in the banner's words. */
    QString verdictText() const;

    /** Reloads the profile list (after the editor changed it) and re-verifies. */
    void reloadProfiles();
    /** Re-reads the registered passkeys (to name the actor of a proof) and shows them. */
    void reloadPasskeys();
    /** Adds the shown proof's signer key to the active profile, after a confirmation. */
    void pinSigner();
    void cancelLoading();

signals:
    void loaded();
    void profilesChanged();
    void editProfilesRequested();

private:
    void startLoad(std::function<QList<VerifyItem>(const std::atomic_bool &, QStringList &)> work,
                   const QString &what);
    void verifyAll();
    void showItem();
    void showEmpty(const QString &text);
    void showAgency(const JsonValue *proof);
    QString rpIdText(const QByteArray &rpIdHash) const;
    void profileSelected();
    void saveReport();
    std::optional<TrustProfile> activeProfile(QString *id = nullptr) const;

    Settings *m_settings;
    QComboBox *m_profileCombo;
    QPushButton *m_editProfilesButton;
    QListWidget *m_itemList;
    QProgressBar *m_loadProgress;
    QPushButton *m_loadCancelButton;
    QLabel *m_loadLabel;
    QFrame *m_banner;
    QLabel *m_verdictIcon;
    QLabel *m_verdictLabel;
    QLabel *m_verdictDetail;
    QLabel *m_bytesLabel;
    QLabel *m_signerLabel;
    QLabel *m_timesLabel;
    QLabel *m_problemsLabel;
    QPushButton *m_pinButton;
    QPushButton *m_reportButton;
    QTabWidget *m_tabs;
    QTreeWidget *m_checkList;
    QTreeView *m_proofTree;
    ProofTreeModel *m_treeModel;
    QPlainTextEdit *m_rawJson;
    QTreeWidget *m_attestation;
    QGroupBox *m_passkeySection;
    QLabel *m_passkeyResult;
    QLabel *m_passkeyActor;
    QLabel *m_passkeyForm;
    QLabel *m_passkeyFlags;
    QLabel *m_passkeySignCount;
    QLabel *m_passkeyRpId;
    QLabel *m_passkeyMine;
    QLabel *m_passkeyUncovered;
    QList<PasskeyCredential> m_passkeys;

    QList<VerifyItem> m_items;
    QStringList m_problems;
    std::optional<TrustProfile> m_profile;
    int m_current = -1;
    bool m_loading = false;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QThreadPool m_pool;
};

} // namespace Occ::Ui
