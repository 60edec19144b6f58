// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace Occ {
class Settings;
}

namespace Occ::Ui {

/** The studio's settings, applied as they are edited; secrets go to the OS keychain only. */
class SettingsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit SettingsPage(Settings *settings, QWidget *parent = nullptr);

signals:
    void backendChanged();
    void profilesChanged();

private:
    void load();
    void apply();
    void refreshStubKey();
    void saveApiKey();
    void forgetApiKey();
    void exportStubTrust();

    Settings *m_settings;
    QRadioButton *m_stub;
    QRadioButton *m_endpoint;
    QLineEdit *m_endpointUrl;
    QLineEdit *m_apiKey;
    QPushButton *m_saveKey;
    QPushButton *m_forgetKey;
    QLabel *m_keyStatus;
    QLineEdit *m_caFile;
    QLineEdit *m_statePath;
    QLabel *m_stubKey;
    QPushButton *m_exportStub;
    QLineEdit *m_destination;
    QLineEdit *m_tsaUrl;
    QCheckBox *m_requireTimestamps;
    QComboBox *m_language;
    bool m_loading = false;
};

} // namespace Occ::Ui
