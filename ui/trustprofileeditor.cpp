// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0

#include "trustprofileeditor.h"

#include "accessibility.h"

#include "messagebox.h"

#include "core/builtinroots.h"
#include "core/crypto.h"
#include "core/settings.h"
#include "core/trustprofilestore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Occ::Ui {

namespace {

QStringList lines(const QString &text)
{
    QStringList out;
    for (const QString &l : text.split(QRegularExpression(u"[\\s,]+"_s), Qt::SkipEmptyParts))
        out.append(l.trimmed());
    return out;
}

JsonValue array(const QStringList &l)
{
    JsonArray a;
    for (const QString &s : l)
        a.emplace_back(s);
    return JsonValue(std::move(a));
}

} // namespace

TrustProfileEditor::TrustProfileEditor(Settings *settings, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
{
    setObjectName(u"trustProfileEditor"_s);
    m_list = named(new QListWidget, u"profileList"_s, tr("Trust profiles"));
    m_newButton = named(new QPushButton(tr("&New")), u"newProfileButton"_s, tr("New profile"));
    m_removeButton = named(new QPushButton(tr("&Delete")),
                           u"removeProfileButton"_s,
                           tr("Delete profile"));
    m_importButton = named(new QPushButton(tr("&Import…")),
                           u"importProfileButton"_s,
                           tr("Import a profile file"));
    m_exportButton = named(new QPushButton(tr("E&xport…")),
                           u"exportProfileButton"_s,
                           tr("Export the profile as a file for occ --policy"));
    m_defaultButton = named(new QPushButton(tr("Use for &verification")),
                            u"defaultProfileButton"_s,
                            tr("Make this the profile used to verify"));
    auto *listButtons = new QGridLayout;
    listButtons->addWidget(m_newButton, 0, 0);
    listButtons->addWidget(m_removeButton, 0, 1);
    listButtons->addWidget(m_importButton, 1, 0);
    listButtons->addWidget(m_exportButton, 1, 1);
    listButtons->addWidget(m_defaultButton, 2, 0, 1, 2);
    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addLayout(listButtons);

    m_name = named(new QLineEdit, u"profileNameEdit"_s, tr("Profile name"));
    m_enforcement = named(new QComboBox, u"enforcementCombo"_s, tr("Required enforcement tier"));
    m_enforcement->addItem(tr("Any tier"), QString());
    m_enforcement->addItem(tr("stub — software key"), u"stub"_s);
    m_enforcement->addItem(tr("hw-key — hardware key"), u"hw-key"_s);
    m_enforcement->addItem(tr("measured-tee — attested enclave"), u"measured-tee"_s);
    m_keys = named(new QPlainTextEdit,
                   u"allowedKeysEdit"_s,
                   tr("Allowed signer public keys, base64, one per line"));
    m_measurements = named(new QPlainTextEdit,
                           u"allowedMeasurementsEdit"_s,
                           tr("Allowed enclave measurements (PCR0), one per line"));
    for (QPlainTextEdit *e : {m_keys, m_measurements}) {
        e->setTabChangesFocus(true);
        e->setMaximumHeight(70);
    }
    m_requireAttestation = named(new QCheckBox(tr("Require a verified attestation")),
                                 u"requireAttestationCheck"_s,
                                 tr("Require a verified attestation"));
    m_attestationFormats = named(new QLineEdit,
                                 u"attestationFormatsEdit"_s,
                                 tr("Accepted attestation formats, comma separated"));
    m_attestationFormats->setPlaceholderText(u"aws-nitro"_s);
    auto *digits = new QRegularExpressionValidator(QRegularExpression(u"0|[1-9][0-9]*"_s), this);
    m_minCounter = named(new QLineEdit, u"minCounterEdit"_s, tr("Lowest counter accepted"));
    m_maxCounter = named(new QLineEdit, u"maxCounterEdit"_s, tr("Highest counter accepted"));
    for (QLineEdit *e : {m_minCounter, m_maxCounter}) {
        e->setValidator(digits);
        e->setPlaceholderText(tr("no limit"));
    }
    m_useMinTime = named(new QCheckBox(tr("Not before")),
                         u"useMinTimeCheck"_s,
                         tr("Limit the earliest commit time"));
    m_minTime = named(new QDateTimeEdit,
                      u"minTimeEdit"_s,
                      tr("Earliest commit time (signer's clock)"));
    m_useMaxTime = named(new QCheckBox(tr("Not after")),
                         u"useMaxTimeCheck"_s,
                         tr("Limit the latest commit time"));
    m_maxTime = named(new QDateTimeEdit,
                      u"maxTimeEdit"_s,
                      tr("Latest commit time (signer's clock)"));
    for (QDateTimeEdit *e : {m_minTime, m_maxTime}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(u"yyyy-MM-dd HH:mm:ss"_s);
        e->setDateTime(QDateTime::currentDateTime());
        e->setEnabled(false);
    }
    connect(m_useMinTime, &QCheckBox::toggled, m_minTime, &QWidget::setEnabled);
    connect(m_useMaxTime, &QCheckBox::toggled, m_maxTime, &QWidget::setEnabled);
    m_requireEpochId = named(new QCheckBox(tr("Require an epoch id")),
                             u"requireEpochCheck"_s,
                             tr("Require an epoch id"));
    m_requireSlot = named(new QCheckBox(tr("Require a causal slot")),
                          u"requireSlotCheck"_s,
                          tr("Require a causal slot"));
    m_requireActor = named(new QCheckBox(tr("Require a passkey authorization (actor)")),
                           u"requireActorCheck"_s,
                           tr("Require a passkey authorization"));
    m_actorKeyIds = named(new QPlainTextEdit,
                          u"actorKeyIdsEdit"_s,
                          tr("Allowed actor key ids, one per line"));
    m_actorKeyIds->setTabChangesFocus(true);
    m_actorKeyIds->setMaximumHeight(60);
    m_actorProviders = named(new QLineEdit,
                             u"actorProvidersEdit"_s,
                             tr("Allowed actor providers, comma separated"));
    m_rpIds = named(new QLineEdit,
                    u"rpIdsEdit"_s,
                    tr("Allowed WebAuthn relying-party ids, comma separated"));
    m_tsaRoots = named(new QListWidget, u"tsaRootsList"_s, tr("Trusted timestamp authority roots"));
    m_attestationRoots = named(new QListWidget,
                               u"attestationRootsList"_s,
                               tr("Extra attestation roots"));
    for (QListWidget *l : {m_tsaRoots, m_attestationRoots})
        l->setMaximumHeight(70);

    auto certButtons = [this](QListWidget *list, bool offerFreeTsa) {
        auto *row = new QHBoxLayout;
        auto *add = named(new QPushButton(tr("Add certificate…")),
                          list->objectName() + u"Add"_s,
                          tr("Add a PEM certificate"));
        auto *remove = named(new QPushButton(tr("Remove")),
                             list->objectName() + u"Remove"_s,
                             tr("Remove the selected certificate"));
        connect(add, &QPushButton::clicked, this, [this, list] { addCertificateFile(list); });
        connect(remove, &QPushButton::clicked, this, [list] { delete list->currentItem(); });
        row->addWidget(add);
        row->addWidget(remove);
        if (offerFreeTsa) {
            auto *free = named(new QPushButton(tr("Add freetsa.org root")),
                               u"addFreeTsaButton"_s,
                               tr("Trust the freetsa.org timestamp authority"));
            connect(free, &QPushButton::clicked, this, [this, list] {
                addCertificate(list, QByteArray(kFreeTsaRootPem));
            });
            row->addWidget(free);
        }
        row->addStretch();
        return row;
    };

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    auto *signerBox = new QGroupBox(
        tr("Who may sign (pins: a proof is trusted only if one matches)"));
    auto *signerForm = new QFormLayout(signerBox);
    signerForm->addRow(tr("Public &keys:"), m_keys);
    signerForm->addRow(tr("&Measurements:"), m_measurements);
    signerForm->addRow(tr("&Enforcement:"), m_enforcement);
    signerForm->addRow(m_requireAttestation);
    signerForm->addRow(tr("Attestation &formats:"), m_attestationFormats);
    signerForm->addRow(tr("Extra attestation roots:"), m_attestationRoots);
    signerForm->addRow(certButtons(m_attestationRoots, false));
    auto *windowBox = new QGroupBox(tr("Windows"));
    auto *windowForm = new QFormLayout(windowBox);
    windowForm->addRow(tr("Counter &from:"), m_minCounter);
    windowForm->addRow(tr("Counter &to:"), m_maxCounter);
    auto *minRow = new QHBoxLayout;
    minRow->addWidget(m_useMinTime);
    minRow->addWidget(m_minTime, 1);
    auto *maxRow = new QHBoxLayout;
    maxRow->addWidget(m_useMaxTime);
    maxRow->addWidget(m_maxTime, 1);
    windowForm->addRow(tr("Commit time:"), minRow);
    windowForm->addRow(QString(), maxRow);
    windowForm->addRow(m_requireEpochId);
    windowForm->addRow(m_requireSlot);
    auto *actorBox = new QGroupBox(tr("Actors (passkeys)"));
    auto *actorForm = new QFormLayout(actorBox);
    actorForm->addRow(m_requireActor);
    actorForm->addRow(tr("Actor key &ids:"), m_actorKeyIds);
    actorForm->addRow(tr("Actor &providers:"), m_actorProviders);
    actorForm->addRow(tr("&Relying-party ids:"), m_rpIds);
    auto *tsaBox = new QGroupBox(tr("Timestamp authorities (RFC 3161)"));
    auto *tsaForm = new QFormLayout(tsaBox);
    tsaForm->addRow(tr("Trusted roots:"), m_tsaRoots);
    tsaForm->addRow(certButtons(m_tsaRoots, true));

    m_saveButton = named(new QPushButton(tr("&Save profile")),
                         u"saveProfileButton"_s,
                         tr("Save profile"));
    m_saveButton->setDefault(true);
    m_status = new QLabel;
    m_status->setObjectName(u"profileStatus"_s);
    m_status->setWordWrap(true);
    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(m_status, 1);
    saveRow->addWidget(m_saveButton);

    auto *formWidget = new QWidget;
    auto *formLayout = new QVBoxLayout(formWidget);
    formLayout->addLayout(form);
    formLayout->addWidget(signerBox);
    formLayout->addWidget(windowBox);
    formLayout->addWidget(actorBox);
    formLayout->addWidget(tsaBox);
    formLayout->addStretch();
    auto *scroll = new QScrollArea;
    scroll->setWidget(formWidget);
    scroll->setWidgetResizable(true);
    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(scroll, 1);
    rightLayout->addLayout(saveRow);

    auto *split = new QSplitter;
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);

    connect(m_newButton, &QPushButton::clicked, this, &TrustProfileEditor::newProfile);
    connect(m_removeButton, &QPushButton::clicked, this, &TrustProfileEditor::removeProfile);
    connect(m_importButton, &QPushButton::clicked, this, &TrustProfileEditor::importProfile);
    connect(m_exportButton, &QPushButton::clicked, this, &TrustProfileEditor::exportProfile);
    connect(m_defaultButton, &QPushButton::clicked, this, &TrustProfileEditor::makeDefault);
    connect(m_saveButton, &QPushButton::clicked, this, &TrustProfileEditor::save);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        selectProfile(m_list->item(row)->data(Qt::UserRole).toString());
    });
    reload();
}

void TrustProfileEditor::reload()
{
    const QString keep = m_currentId;
    {
        const QSignalBlocker block(m_list);
        m_list->clear();
        const QString active = m_settings->activeProfile();
        for (const StoredProfile &p : TrustProfileStore(m_settings->profilesDir()).list()) {
            QString label = p.profile.name.isEmpty() ? p.id : p.profile.name;
            if (p.id == active)
                label += tr(" (used for verification)");
            auto *item = new QListWidgetItem(label, m_list);
            item->setData(Qt::UserRole, p.id);
        }
    }
    selectProfile(keep.isEmpty() && m_list->count() ? m_list->item(0)->data(Qt::UserRole).toString()
                                                    : keep);
}

void TrustProfileEditor::selectProfile(const QString &id)
{
    m_currentId.clear();
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(Qt::UserRole).toString() == id) {
            const QSignalBlocker block(m_list);
            m_list->setCurrentRow(i);
            m_currentId = id;
        }
    }
    const bool has = !m_currentId.isEmpty();
    m_removeButton->setEnabled(has);
    m_exportButton->setEnabled(has);
    m_defaultButton->setEnabled(has && m_settings->activeProfile() != m_currentId);
    if (!has) {
        setForm(TrustProfile());
        setStatus(tr("A new profile: fill it in and save."), false);
        return;
    }
    auto p = TrustProfileStore(m_settings->profilesDir()).load(m_currentId);
    if (!p) {
        setStatus(p.error().message, true);
        return;
    }
    setForm(p->profile);
    setStatus(tr("Saved as %1").arg(p->path), false);
}

void TrustProfileEditor::setForm(const TrustProfile &p)
{
    m_name->setText(p.name);
    m_enforcement->setCurrentIndex(
        qMax(0, m_enforcement->findData(p.requireEnforcement.value_or(QString()))));
    m_keys->setPlainText(p.allowedPublicKeys.join(u'\n'));
    m_measurements->setPlainText(p.allowedMeasurements.join(u'\n'));
    m_requireAttestation->setChecked(p.requireAttestation);
    m_attestationFormats->setText(p.requireAttestationFormat.join(u", "_s));
    m_minCounter->setText(p.minCounter.value_or(QString()));
    m_maxCounter->setText(p.maxCounter.value_or(QString()));
    m_useMinTime->setChecked(p.minTime.has_value());
    if (p.minTime)
        m_minTime->setDateTime(QDateTime::fromMSecsSinceEpoch(qint64(*p.minTime)));
    m_useMaxTime->setChecked(p.maxTime.has_value());
    if (p.maxTime)
        m_maxTime->setDateTime(QDateTime::fromMSecsSinceEpoch(qint64(*p.maxTime)));
    m_requireEpochId->setChecked(p.requireEpochId);
    m_requireSlot->setChecked(p.requireSlot);
    m_requireActor->setChecked(p.requireActor);
    m_actorKeyIds->setPlainText(p.allowedActorKeyIds.join(u'\n'));
    m_actorProviders->setText(p.allowedActorProviders.join(u", "_s));
    m_rpIds->setText(p.allowedRpIds.join(u", "_s));
    m_tsaRoots->clear();
    for (const QByteArray &pem : p.tsaTrustAnchors)
        addCertificate(m_tsaRoots, pem);
    m_attestationRoots->clear();
    for (const QByteArray &pem : p.attestationRoots)
        addCertificate(m_attestationRoots, pem);
}

Result<TrustProfile> TrustProfileEditor::formProfile() const
{
    // Build the JSON a profile file would hold, and let the one parser judge it.
    JsonObject o;
    if (!m_name->text().trimmed().isEmpty())
        o.append(u"name"_s, m_name->text().trimmed());
    if (const QString tier = m_enforcement->currentData().toString(); !tier.isEmpty())
        o.append(u"requireEnforcement"_s, tier);
    if (const QStringList l = lines(m_measurements->toPlainText()); !l.isEmpty())
        o.append(u"allowedMeasurements"_s, array(l));
    if (const QStringList l = lines(m_keys->toPlainText()); !l.isEmpty())
        o.append(u"allowedPublicKeys"_s, array(l));
    if (m_requireAttestation->isChecked())
        o.append(u"requireAttestation"_s, true);
    if (const QStringList l = lines(m_attestationFormats->text()); !l.isEmpty())
        o.append(u"requireAttestationFormat"_s, array(l));
    if (!m_minCounter->text().isEmpty())
        o.append(u"minCounter"_s, m_minCounter->text());
    if (!m_maxCounter->text().isEmpty())
        o.append(u"maxCounter"_s, m_maxCounter->text());
    if (m_useMinTime->isChecked())
        o.append(u"minTime"_s, double(m_minTime->dateTime().toMSecsSinceEpoch()));
    if (m_useMaxTime->isChecked())
        o.append(u"maxTime"_s, double(m_maxTime->dateTime().toMSecsSinceEpoch()));
    if (m_requireEpochId->isChecked())
        o.append(u"requireEpochId"_s, true);
    if (m_requireActor->isChecked())
        o.append(u"requireActor"_s, true);
    if (const QStringList l = lines(m_actorKeyIds->toPlainText()); !l.isEmpty())
        o.append(u"allowedActorKeyIds"_s, array(l));
    if (const QStringList l = lines(m_actorProviders->text()); !l.isEmpty())
        o.append(u"allowedActorProviders"_s, array(l));
    if (m_requireSlot->isChecked())
        o.append(u"requireSlot"_s, true);
    if (const QStringList l = lines(m_rpIds->text()); !l.isEmpty())
        o.append(u"allowedRpIds"_s, array(l));
    auto pems = [](QListWidget *list) {
        QStringList out;
        for (int i = 0; i < list->count(); ++i)
            out.append(list->item(i)->data(Qt::UserRole).toString());
        return out;
    };
    if (const QStringList l = pems(m_tsaRoots); !l.isEmpty())
        o.append(u"tsaTrustAnchors"_s, array(l));
    if (const QStringList l = pems(m_attestationRoots); !l.isEmpty())
        o.append(u"attestationRoots"_s, array(l));
    return TrustProfile::fromValue(JsonValue(std::move(o)));
}

void TrustProfileEditor::setStatus(const QString &text, bool error)
{
    m_status->setText(error ? tr("Not saved: %1").arg(text) : text);
    m_status->setAccessibleName(m_status->text());
    QPalette pal = palette();
    if (error)
        pal.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    m_status->setPalette(pal);
}

bool TrustProfileEditor::save()
{
    auto profile = formProfile();
    if (!profile) {
        setStatus(profile.error().message, true);
        return false;
    }
    if (profile->name.isEmpty()) {
        setStatus(tr("give the profile a name"), true);
        m_name->setFocus();
        return false;
    }
    auto saved = TrustProfileStore(m_settings->profilesDir()).save(*profile, m_currentId);
    if (!saved) {
        setStatus(saved.error().message, true);
        return false;
    }
    m_currentId = saved->id;
    reload();
    setStatus(tr("Saved as %1").arg(saved->path), false);
    emit profilesChanged();
    return true;
}

void TrustProfileEditor::newProfile()
{
    const QSignalBlocker block(m_list);
    m_list->clearSelection();
    m_list->setCurrentRow(-1);
    selectProfile(QString());
    m_name->setText(tr("New profile"));
    m_name->setFocus();
    m_name->selectAll();
}

void TrustProfileEditor::removeProfile()
{
    if (m_currentId.isEmpty())
        return;
    if (MessageBox::question(this,
                             tr("Delete profile"),
                             tr("Delete the trust profile \"%1\"?").arg(m_name->text()))
        != QMessageBox::Yes)
        return;
    if (auto r = TrustProfileStore(m_settings->profilesDir()).remove(m_currentId); !r) {
        setStatus(r.error().message, true);
        return;
    }
    if (m_settings->activeProfile() == m_currentId)
        m_settings->setActiveProfile(QString());
    m_currentId.clear();
    reload();
    emit profilesChanged();
}

void TrustProfileEditor::importProfile()
{
    const QString path = QFileDialog::getOpenFileName(this,
                                                      tr("Import trust profile"),
                                                      QString(),
                                                      tr("Trust profiles (*.json)"));
    if (path.isEmpty())
        return;
    auto imported = TrustProfileStore(m_settings->profilesDir()).importFile(path);
    if (!imported) {
        setStatus(imported.error().message, true);
        return;
    }
    m_currentId = imported->id;
    reload();
    emit profilesChanged();
}

void TrustProfileEditor::exportProfile()
{
    auto profile = formProfile();
    if (!profile) {
        setStatus(profile.error().message, true);
        return;
    }
    const QString path = QFileDialog::getSaveFileName(this,
                                                      tr("Export trust profile"),
                                                      (m_currentId.isEmpty() ? u"profile"_s
                                                                             : m_currentId)
                                                          + u".json"_s,
                                                      tr("Trust profiles (*.json)"));
    if (path.isEmpty())
        return;
    // The dialog already asked about replacing an existing file.
    if (auto r = TrustProfileStore::exportFile(*profile, path, true); !r)
        setStatus(r.error().message, true);
    else
        setStatus(tr("Exported to %1 (use it with occ verify --policy)").arg(path), false);
}

void TrustProfileEditor::makeDefault()
{
    if (m_currentId.isEmpty())
        return;
    m_settings->setActiveProfile(m_currentId);
    reload();
    emit profilesChanged();
}

void TrustProfileEditor::addCertificate(QListWidget *list, const QByteArray &pem)
{
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->data(Qt::UserRole).toByteArray() == pem)
            return;
    }
    auto described = Crypto::describeCertificate(pem);
    auto *item = new QListWidgetItem(described ? *described : described.error().message, list);
    item->setData(Qt::UserRole, QString::fromUtf8(pem));
    item->setToolTip(QString::fromUtf8(pem));
}

void TrustProfileEditor::addCertificateFile(QListWidget *list)
{
    const QString path = QFileDialog::getOpenFileName(this,
                                                      tr("Add a PEM certificate"),
                                                      QString(),
                                                      tr("Certificates (*.pem *.crt)"));
    if (path.isEmpty())
        return;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        setStatus(f.errorString(), true);
        return;
    }
    const QByteArray pem = f.read(1 << 20);
    if (auto d = Crypto::describeCertificate(pem); !d) {
        setStatus(tr("%1 is not a PEM certificate").arg(path), true);
        return;
    }
    addCertificate(list, pem);
}

} // namespace Occ::Ui
