// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "core/result.h"
#include "core/trustprofile.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace Occ {
class Settings;
}

namespace Occ::Ui {

/**
 * Trust profiles: a list of profiles and a form for every option of spec section 5. The form is
 * turned into the same JSON the CLI's `--policy` reads and validated by the same parser, so the
 * editor cannot save what `occ verify` would refuse. Import and export use that file as is.
 */
class TrustProfileEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit TrustProfileEditor(Settings *settings, QWidget *parent = nullptr);

    void reload();
    /** Selects a profile by id (empty: none). */
    void selectProfile(const QString &id);
    QString currentId() const { return m_currentId; }

    /** The form as a profile, validated by TrustProfile::fromValue. */
    Result<TrustProfile> formProfile() const;
    void setForm(const TrustProfile &profile);

public slots:
    bool save();
    void newProfile();
    void removeProfile();
    void importProfile();
    void exportProfile();
    void makeDefault();

signals:
    void profilesChanged();

private:
    void addCertificate(QListWidget *list, const QByteArray &pem);
    void addCertificateFile(QListWidget *list);
    void setStatus(const QString &text, bool error);

    Settings *m_settings;
    QString m_currentId;
    QListWidget *m_list;
    QPushButton *m_newButton;
    QPushButton *m_removeButton;
    QPushButton *m_importButton;
    QPushButton *m_exportButton;
    QPushButton *m_defaultButton;
    QPushButton *m_saveButton;
    QLabel *m_status;

    QLineEdit *m_name;
    QComboBox *m_enforcement;
    QPlainTextEdit *m_keys;
    QPlainTextEdit *m_measurements;
    QCheckBox *m_requireAttestation;
    QLineEdit *m_attestationFormats;
    QLineEdit *m_minCounter;
    QLineEdit *m_maxCounter;
    QCheckBox *m_useMinTime;
    QDateTimeEdit *m_minTime;
    QCheckBox *m_useMaxTime;
    QDateTimeEdit *m_maxTime;
    QCheckBox *m_requireEpochId;
    QCheckBox *m_requireSlot;
    QCheckBox *m_requireActor;
    QPlainTextEdit *m_actorKeyIds;
    QLineEdit *m_actorProviders;
    QLineEdit *m_rpIds;
    QListWidget *m_tsaRoots;
    QListWidget *m_attestationRoots;
};

} // namespace Occ::Ui
