// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0

#include "settingspage.h"

#include "accessibility.h"

#include "fielddecoder.h"

#include "core/apikeystore.h"
#include "core/settings.h"
#include "core/stubsigner.h"
#include "core/trustprofilestore.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Occ::Ui {

SettingsPage::SettingsPage(Settings *settings, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
{
    setObjectName(u"settingsPage"_s);

    auto *signerBox = new QGroupBox(tr("Signer"));
    m_stub = named(new QRadioButton(tr("&Embedded stub signer (on this computer)")),
                   u"stubRadio"_s,
                   tr("Use the embedded stub signer"));
    m_endpoint = named(new QRadioButton(tr("&Commit service (AWS Nitro Enclave)")),
                       u"endpointRadio"_s,
                       tr("Use a commit service"));
    auto *group = new QButtonGroup(this);
    group->addButton(m_stub);
    group->addButton(m_endpoint);
    m_endpointUrl = named(new QLineEdit, u"endpointEdit"_s, tr("Commit service URL"));
    m_apiKey = named(new QLineEdit, u"apiKeyEdit"_s, tr("API key for the commit service"));
    m_apiKey->setEchoMode(QLineEdit::Password);
    m_apiKey->setPlaceholderText(tr("kept in the system keychain, never in a file"));
    m_saveKey = named(new QPushButton(tr("Save &key")),
                      u"saveApiKeyButton"_s,
                      tr("Save the API key in the keychain"));
    m_forgetKey = named(new QPushButton(tr("&Forget key")),
                        u"forgetApiKeyButton"_s,
                        tr("Remove the API key from the keychain"));
    m_keyStatus = new QLabel;
    m_keyStatus->setObjectName(u"apiKeyStatus"_s);
    m_keyStatus->setWordWrap(true);
    m_caFile = named(new QLineEdit,
                     u"caFileEdit"_s,
                     tr("Extra CA bundle (PEM) for the commit service"));
    auto *caBrowse = named(new QPushButton(tr("Browse…")),
                           u"caFileButton"_s,
                           tr("Choose the extra CA bundle"));
    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(m_apiKey, 1);
    keyRow->addWidget(m_saveKey);
    keyRow->addWidget(m_forgetKey);
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(caBrowse);
    auto *signerForm = new QFormLayout(signerBox);
    signerForm->addRow(m_stub);
    signerForm->addRow(m_endpoint);
    signerForm->addRow(tr("Service &URL:"), m_endpointUrl);
    signerForm->addRow(tr("API key:"), keyRow);
    signerForm->addRow(QString(), m_keyStatus);
    signerForm->addRow(tr("Extra CA:"), caRow);

    auto *stubBox = new QGroupBox(tr("Embedded stub signer"));
    m_statePath = named(new QLineEdit, u"statePathEdit"_s, tr("Stub signer state file"));
    m_stubKey = new QLabel;
    m_stubKey->setObjectName(u"stubKeyLabel"_s);
    m_stubKey->setWordWrap(true);
    m_stubKey->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_exportStub = named(new QPushButton(tr("E&xport its key as a trust profile…")),
                         u"exportStubTrustButton"_s,
                         tr("Export the stub signer's key as a trust profile"));
    auto *stubForm = new QFormLayout(stubBox);
    stubForm->addRow(tr("&State file:"), m_statePath);
    stubForm->addRow(tr("Key:"), m_stubKey);
    stubForm->addRow(QString(), m_exportStub);

    auto *stampBox = new QGroupBox(tr("Stamping"));
    m_destination = named(new QLineEdit,
                          u"defaultDestinationEdit"_s,
                          tr("Default destination folder"));
    m_tsaUrl = named(new QLineEdit, u"tsaUrlEdit"_s, tr("RFC 3161 timestamp authority URL"));
    m_tsaUrl->setPlaceholderText(tr("none (e.g. https://freetsa.org/tsr)"));
    m_requireTimestamps = named(new QCheckBox(
                                    tr("Write no bundle when a timestamp cannot be obtained")),
                                u"requireTimestampsCheck"_s,
                                tr("Require timestamps"));
    auto *stampForm = new QFormLayout(stampBox);
    stampForm->addRow(tr("&Destination:"), m_destination);
    stampForm->addRow(tr("&Timestamp authority:"), m_tsaUrl);
    stampForm->addRow(m_requireTimestamps);

    auto *uiBox = new QGroupBox(tr("Appearance"));
    m_language = named(new QComboBox, u"languageCombo"_s, tr("Language"));
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->addItem(u"Deutsch"_s, u"de"_s);
    m_language->addItem(u"Español"_s, u"es"_s);
    auto *uiForm = new QFormLayout(uiBox);
    uiForm->addRow(tr("&Language (after a restart):"), m_language);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(signerBox);
    layout->addWidget(stubBox);
    layout->addWidget(stampBox);
    layout->addWidget(uiBox);
    layout->addStretch();
    auto *scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    load();
    for (QLineEdit *e : {m_endpointUrl, m_caFile, m_statePath, m_destination, m_tsaUrl})
        connect(e, &QLineEdit::editingFinished, this, &SettingsPage::apply);
    connect(m_stub, &QRadioButton::toggled, this, &SettingsPage::apply);
    connect(m_requireTimestamps, &QCheckBox::toggled, this, &SettingsPage::apply);
    connect(m_language, &QComboBox::currentIndexChanged, this, &SettingsPage::apply);
    connect(m_saveKey, &QPushButton::clicked, this, &SettingsPage::saveApiKey);
    connect(m_forgetKey, &QPushButton::clicked, this, &SettingsPage::forgetApiKey);
    connect(m_exportStub, &QPushButton::clicked, this, &SettingsPage::exportStubTrust);
    connect(caBrowse, &QPushButton::clicked, this, [this] {
        const QString f = QFileDialog::getOpenFileName(this,
                                                       tr("Extra CA bundle"),
                                                       QString(),
                                                       tr("PEM (*.pem *.crt)"));
        if (!f.isEmpty()) {
            m_caFile->setText(f);
            apply();
        }
    });
}

void SettingsPage::load()
{
    m_loading = true;
    const bool stub = m_settings->backend() == Settings::Backend::Stub;
    m_stub->setChecked(stub);
    m_endpoint->setChecked(!stub);
    m_endpointUrl->setText(m_settings->endpoint().toString());
    m_caFile->setText(m_settings->extraCaFile());
    m_statePath->setText(m_settings->stubStatePath());
    m_destination->setText(m_settings->destinationDir());
    m_tsaUrl->setText(m_settings->tsaUrl().toString());
    m_requireTimestamps->setChecked(m_settings->requireTimestamps());
    m_language->setCurrentIndex(qMax(0, m_language->findData(m_settings->language())));
    m_loading = false;
    refreshStubKey();
}

void SettingsPage::apply()
{
    if (m_loading)
        return;
    const auto before = std::make_tuple(m_settings->backend(),
                                        m_settings->endpoint(),
                                        m_settings->stubStatePath(),
                                        m_settings->extraCaFile());
    m_settings->setBackend(m_stub->isChecked() ? Settings::Backend::Stub
                                               : Settings::Backend::Endpoint);
    const QUrl url(m_endpointUrl->text().trimmed(), QUrl::StrictMode);
    if (url.isValid() && (url.scheme() == u"https" || url.scheme() == u"http"))
        m_settings->setEndpoint(url);
    m_settings->setExtraCaFile(m_caFile->text().trimmed());
    m_settings->setStubStatePath(m_statePath->text().trimmed());
    m_settings->setDestinationDir(m_destination->text().trimmed());
    m_settings->setTsaUrl(QUrl(m_tsaUrl->text().trimmed()));
    m_settings->setRequireTimestamps(m_requireTimestamps->isChecked());
    m_settings->setLanguage(m_language->currentData().toString());
    m_settings->sync();
    refreshStubKey();
    const auto after = std::make_tuple(m_settings->backend(),
                                       m_settings->endpoint(),
                                       m_settings->stubStatePath(),
                                       m_settings->extraCaFile());
    if (before != after)
        emit backendChanged();
}

void SettingsPage::refreshStubKey()
{
    auto signer = StubSigner::open(m_settings->stubStatePath());
    if (!signer) {
        m_stubKey->setText(signer.error().message);
        m_exportStub->setEnabled(false);
        return;
    }
    m_stubKey->setText(
        u"%1\n%2"_s.arg(signer->publicKeyB64(), FieldDecoder::fingerprint(signer->publicKeyB64())));
    m_exportStub->setEnabled(true);
}

void SettingsPage::saveApiKey()
{
    const QString key = m_apiKey->text();
    if (key.isEmpty())
        return;
    m_keyStatus->setText(tr("Saving…"));
    ApiKeyStore::save(m_settings->endpoint(), key, this, [this](Result<void> r) {
        m_keyStatus->setText(r ? tr("Saved in the system keychain.") : r.error().message);
        if (r)
            m_apiKey->clear();
        emit backendChanged();
    });
}

void SettingsPage::forgetApiKey()
{
    ApiKeyStore::forget(m_settings->endpoint(), this, [this](Result<void> r) {
        m_keyStatus->setText(r ? tr("Removed from the keychain.") : r.error().message);
        emit backendChanged();
    });
}

void SettingsPage::exportStubTrust()
{
    auto signer = StubSigner::open(m_settings->stubStatePath());
    if (!signer)
        return;
    TrustProfile profile;
    profile.name = tr("OCC Proof Studio stub signer %1").arg(signer->publicKeyB64().left(12));
    profile.allowedPublicKeys = {signer->publicKeyB64()};
    profile.requireEnforcement = u"stub"_s;
    const QString path = QFileDialog::getSaveFileName(this,
                                                      tr("Export the stub signer's key"),
                                                      u"stub-signer-trust.json"_s,
                                                      tr("Trust profiles (*.json)"));
    if (path.isEmpty())
        return;
    if (auto r = TrustProfileStore::exportFile(profile, path, true); !r)
        m_stubKey->setText(r.error().message);
}

} // namespace Occ::Ui
