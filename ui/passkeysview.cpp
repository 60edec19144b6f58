// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0

#include "passkeysview.h"

#include "accessibility.h"
#include "messagebox.h"
#include "passkeyprompt.h"

#include "core/crypto.h"
#include "core/settings.h"
#include "core/trustprofile.h"
#include "core/trustprofilestore.h"

#include <QAction>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QShowEvent>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Occ::Ui {

namespace {

constexpr int kKeyIdRole = Qt::UserRole + 1;

QString shortKeyId(const QString &keyId)
{
    return keyId.size() > 16 ? keyId.left(16) + u'…' : keyId;
}

} // namespace

PasskeysView::PasskeysView(Settings *settings, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
{
    setObjectName(u"passkeysView"_s);
    m_prompt = new GuiPasskeyPrompt(this, this);

    auto *intro = new QLabel(
        tr("A passkey on a FIDO2 security key (or Windows Hello) can authorize commits: each "
           "stamp then carries your touch, signed by the key, as the proof's actor. Only public "
           "keys are listed here; the private keys never leave the security keys."));
    intro->setWordWrap(true);

    m_list = named(new QTreeWidget, u"passkeyList"_s, tr("Registered passkeys"));
    m_list->setColumnCount(5);
    m_list->setHeaderLabels(
        {tr("Label"), tr("Key id"), tr("Relying party"), tr("Security key"), tr("Registered")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers); // labels: through Rename only
    m_list->setColumnWidth(LabelColumn, 220);
    m_list->setColumnWidth(KeyIdColumn, 170);
    m_list->setColumnWidth(RpIdColumn, 150);
    m_list->setColumnWidth(DeviceColumn, 150);
    connect(m_list, &QTreeWidget::itemChanged, this, &PasskeysView::labelEdited);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &PasskeysView::updateButtons);
    auto *renameAction = new QAction(tr("Rename"), m_list);
    renameAction->setShortcut(Qt::Key_F2);
    renameAction->setShortcutContext(Qt::WidgetShortcut);
    connect(renameAction, &QAction::triggered, this, &PasskeysView::renameSelected);
    m_list->addAction(renameAction);

    m_renameButton = makeButton(tr("Re&name"),
                                u"renamePasskeyButton"_s,
                                tr("Edit the label of the selected passkey"));
    m_removeButton = makeButton(tr("Remo&ve"),
                                u"removePasskeyButton"_s,
                                tr("Forget the selected passkey here; the credential stays on the "
                                   "security key"));
    m_exportButton = makeButton(tr("&Export trust profile…"),
                                u"exportPasskeyProfileButton"_s,
                                tr("Write a trust profile that accepts only proofs this passkey "
                                   "authorized, for occ verify --policy or for others"));
    m_addProfileButton = makeButton(tr("Add as trust &profile"),
                                    u"addPasskeyProfileButton"_s,
                                    tr("Save a trust profile that accepts only proofs this passkey "
                                       "authorized, for the Verify page"));
    connect(m_renameButton, &QPushButton::clicked, this, &PasskeysView::renameSelected);
    connect(m_removeButton, &QPushButton::clicked, this, &PasskeysView::removeSelected);
    connect(m_exportButton, &QPushButton::clicked, this, &PasskeysView::exportProfile);
    connect(m_addProfileButton, &QPushButton::clicked, this, &PasskeysView::addProfile);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_renameButton);
    listButtons->addWidget(m_removeButton);
    listButtons->addStretch();
    listButtons->addWidget(m_exportButton);
    listButtons->addWidget(m_addProfileButton);

    // Registering a new passkey.
    auto *registerBox = new QGroupBox(tr("Register a passkey"));
    m_labelEdit = named(new QLineEdit, u"passkeyLabelEdit"_s, tr("Label for the new passkey"));
    m_labelEdit->setPlaceholderText(tr("optional; default: the key's name and today's date"));
    m_registerButton = makeButton(tr("&Register passkey…"),
                                  u"registerPasskeyButton"_s,
                                  tr("Make a new passkey on the attached security key; you will "
                                     "be asked to touch it"));
    m_cancelButton = makeButton(tr("Cancel"),
                                u"cancelPasskeyButton"_s,
                                tr("Stop waiting for the security key"));
    connect(m_registerButton, &QPushButton::clicked, this, &PasskeysView::registerPasskey);
    connect(m_cancelButton, &QPushButton::clicked, this, &PasskeysView::cancelRegistration);
    m_status = new QLabel;
    m_status->setObjectName(u"passkeyStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *registerRow = new QHBoxLayout;
    auto *labelLabel = new QLabel(tr("&Label:"));
    labelLabel->setBuddy(m_labelEdit);
    registerRow->addWidget(labelLabel);
    registerRow->addWidget(m_labelEdit, 1);
    registerRow->addWidget(m_registerButton);
    registerRow->addWidget(m_cancelButton);

    m_rpIdEdit = named(new QLineEdit(m_settings->passkeyRpId()),
                       u"passkeyRpIdEdit"_s,
                       tr("Relying-party id of new passkeys"));
    m_rpIdEdit->setPlaceholderText(QString::fromUtf16(Passkeys::kDefaultRpId));
    m_rpIdEdit->setValidator(
        new QRegularExpressionValidator(QRegularExpression(u"\\S*"_s), m_rpIdEdit));
    connect(m_rpIdEdit, &QLineEdit::editingFinished, this, [this] {
        m_settings->setPasskeyRpId(m_rpIdEdit->text());
        if (m_rpIdEdit->text().trimmed().isEmpty())
            m_rpIdEdit->setText(m_settings->passkeyRpId());
    });
    auto *rpIdNote = new QLabel(
        tr("The relying party a passkey is made for. The default, %1, is not a domain name, so "
           "no website can ask your security key for these passkeys. Passkeys already registered "
           "keep their own.")
            .arg(QString::fromUtf16(Passkeys::kDefaultRpId)));
    rpIdNote->setWordWrap(true);
    auto *rpIdLabel = new QLabel(tr("Relying-party &id:"));
    rpIdLabel->setBuddy(m_rpIdEdit);
    auto *rpIdRow = new QHBoxLayout;
    rpIdRow->addWidget(rpIdLabel);
    rpIdRow->addWidget(m_rpIdEdit, 1);

    auto *registerLayout = new QVBoxLayout(registerBox);
    registerLayout->addLayout(registerRow);
    registerLayout->addWidget(m_status);
    registerLayout->addLayout(rpIdRow);
    registerLayout->addWidget(rpIdNote);

    // The attached security keys.
    auto *devicesBox = new QGroupBox(tr("Security keys"));
    m_devicesLabel = new QLabel(tr("Not looked for yet."));
    m_devicesLabel->setObjectName(u"authenticatorStatus"_s);
    m_devicesLabel->setWordWrap(true);
    m_devicesLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_refreshButton = makeButton(tr("Re&fresh"),
                                 u"refreshAuthenticatorsButton"_s,
                                 tr("Look again for attached security keys"));
    connect(m_refreshButton, &QPushButton::clicked, this, &PasskeysView::refreshDevices);
    auto *devicesLayout = new QHBoxLayout(devicesBox);
    devicesLayout->addWidget(m_devicesLabel, 1);
    devicesLayout->addWidget(m_refreshButton, 0, Qt::AlignTop);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addLayout(listButtons);
    layout->addWidget(registerBox);
    layout->addWidget(devicesBox);

    // Cancel is repeated until the worker answers: a cancel that reaches the authenticator just
    // before it starts an operation would otherwise be forgotten.
    m_cancelTimer = new QTimer(this);
    m_cancelTimer->setInterval(200);
    connect(m_cancelTimer, &QTimer::timeout, this, [this] {
        if (m_authenticator)
            m_authenticator->cancel();
        else
            m_cancelTimer->stop();
    });
    connect(
        m_prompt,
        &GuiPasskeyPrompt::touchRequested,
        this,
        [this](const QString &device) {
            if (m_authenticator && !m_cancelTimer->isActive())
                setStatus(tr("Touch %1 now… (it may ask for its PIN or your fingerprint first)")
                              .arg(device));
        },
        Qt::QueuedConnection);

    reload();
}

PasskeysView::~PasskeysView()
{
    m_prompt->shutdown();
    // A worker may wait for a touch: cancel until it gives up (see m_cancelTimer).
    while (!m_pool.waitForDone(100)) {
        if (m_authenticator)
            m_authenticator->cancel();
    }
}

void PasskeysView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_devicesListed)
        refreshDevices();
}

void PasskeysView::setStatus(const QString &text)
{
    m_status->setText(text);
    m_status->setAccessibleName(text);
}

void PasskeysView::reload()
{
    const QString current = selected() ? selected()->keyId : QString();
    PasskeyStore store(m_settings->passkeysPath());
    const auto loaded = store.load();
    m_credentials = store.credentials();
    m_filling = true;
    m_list->clear();
    for (const PasskeyCredential &c : std::as_const(m_credentials)) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(LabelColumn, c.label);
        item->setText(KeyIdColumn, shortKeyId(c.keyId));
        item->setToolTip(KeyIdColumn, c.keyId);
        item->setData(KeyIdColumn, Qt::AccessibleTextRole, c.keyId);
        item->setText(RpIdColumn, c.rpId);
        item->setText(DeviceColumn, c.device);
        item->setToolTip(DeviceColumn,
                         tr("Attestation: %1; discoverable: %2")
                             .arg(c.attestationText(), c.residentKey ? tr("yes") : tr("no")));
        item->setText(CreatedColumn,
                      c.created.isValid()
                          ? QLocale().toString(c.created.toLocalTime(), QLocale::ShortFormat)
                          : QString());
        item->setData(LabelColumn, kKeyIdRole, c.keyId);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
        if (c.keyId == current)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    m_filling = false;
    if (!loaded)
        setStatus(loaded.error().message);
    updateButtons();
}

const PasskeyCredential *PasskeysView::selected() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item || !item->isSelected())
        return nullptr;
    const QString keyId = item->data(LabelColumn, kKeyIdRole).toString();
    for (const PasskeyCredential &c : m_credentials) {
        if (c.keyId == keyId)
            return &c;
    }
    return nullptr;
}

void PasskeysView::updateButtons()
{
    const bool busy = m_authenticator != nullptr;
    const bool has = selected() != nullptr;
    m_renameButton->setEnabled(has);
    m_removeButton->setEnabled(has);
    m_exportButton->setEnabled(has);
    m_addProfileButton->setEnabled(has);
    m_registerButton->setEnabled(!busy);
    m_labelEdit->setEnabled(!busy);
    m_rpIdEdit->setEnabled(!busy);
    m_cancelButton->setEnabled(busy);
}

void PasskeysView::registerPasskey()
{
    if (m_authenticator)
        return;
    // A list that cannot be read would be overwritten by the new entry: stop first.
    PasskeyStore store(m_settings->passkeysPath());
    if (auto loaded = store.load(); !loaded) {
        setStatus(tr("Not registered: %1").arg(loaded.error().message));
        return;
    }
    m_settings->setPasskeyRpId(m_rpIdEdit->text());
    RegisterOptions options;
    options.rpId = m_settings->passkeyRpId();
    options.label = m_labelEdit->text().trimmed();
    auto authenticator = std::make_shared<Fido2Authenticator>();
    m_authenticator = authenticator;
    setStatus(tr("Looking for a security key…"));
    updateButtons();
    GuiPasskeyPrompt *prompt = m_prompt;
    m_pool.start([this, authenticator, options, prompt] {
        Result<PasskeyCredential> result = authenticator->registerPasskey(options, prompt);
        Crypto::releaseThreadState();
        QMetaObject::invokeMethod(
            this, [this, result = std::move(result)] { registered(result); }, Qt::QueuedConnection);
    });
}

void PasskeysView::cancelRegistration()
{
    if (!m_authenticator)
        return;
    m_authenticator->cancel();
    m_cancelTimer->start();
    setStatus(tr("Cancelling…"));
}

void PasskeysView::registered(const Result<PasskeyCredential> &result)
{
    const bool cancelled = m_cancelTimer->isActive();
    m_cancelTimer->stop();
    m_authenticator.reset();
    updateButtons();
    if (!result) {
        if (result.error().code == ErrorCode::Cancelled || cancelled)
            setStatus(tr("Cancelled: no passkey was registered. (%1)").arg(result.error().message));
        else
            setStatus(tr("Not registered: %1").arg(result.error().message));
        emit registrationFinished(false);
        return;
    }
    const PasskeyCredential &c = *result;
    PasskeyStore store(m_settings->passkeysPath());
    Result<void> saved = store.load();
    if (saved)
        saved = store.add(c);
    if (!saved) {
        setStatus(tr("%1 made the passkey, but it could not be saved: %2")
                      .arg(c.device, saved.error().message));
        emit registrationFinished(false);
        return;
    }
    m_labelEdit->clear();
    reload();
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (item->data(LabelColumn, kKeyIdRole).toString() == c.keyId)
            m_list->setCurrentItem(item);
    }
    setStatus(tr("Registered “%1” on %2 (key id %3). Choose it on the Stamp page to authorize "
                 "commits with it.")
                  .arg(c.label, c.device, shortKeyId(c.keyId)));
    emit passkeysChanged();
    emit registrationFinished(true);
}

void PasskeysView::renameSelected()
{
    QTreeWidgetItem *item = m_list->currentItem();
    if (!item || !selected())
        return;
    m_list->setFocus();
    m_list->editItem(item, LabelColumn);
}

void PasskeysView::labelEdited(QTreeWidgetItem *item, int column)
{
    if (m_filling || column != LabelColumn)
        return;
    const QString keyId = item->data(LabelColumn, kKeyIdRole).toString();
    const QString label = item->text(LabelColumn).trimmed();
    QString old;
    for (const PasskeyCredential &c : std::as_const(m_credentials)) {
        if (c.keyId == keyId)
            old = c.label;
    }
    if (label == old)
        return;
    if (label.isEmpty()) {
        setStatus(tr("A passkey needs a label; it was left as it was."));
        QTimer::singleShot(0, this, &PasskeysView::reload); // not while the item is being edited
        return;
    }
    PasskeyStore store(m_settings->passkeysPath());
    Result<void> renamed = store.load();
    if (renamed)
        renamed = store.rename(keyId, label);
    setStatus(renamed ? tr("Renamed “%1” to “%2”.").arg(old, label)
                      : tr("Not renamed: %1").arg(renamed.error().message));
    QTimer::singleShot(0, this, &PasskeysView::reload);
    if (renamed)
        emit passkeysChanged();
}

void PasskeysView::removeSelected()
{
    const PasskeyCredential *c = selected();
    if (!c)
        return;
    const PasskeyCredential credential = *c;
    const auto answer = MessageBox::question(
        this,
        tr("Remove passkey?"),
        tr("Remove the passkey “%1” from this studio?").arg(credential.label),
        tr("It can then no longer authorize commits from here; proofs it already authorized stay "
           "valid. The credential itself stays on the security key (%1): remove it there with "
           "the key's own tool if you want it gone.")
            .arg(credential.device));
    if (answer != QMessageBox::Yes)
        return;
    PasskeyStore store(m_settings->passkeysPath());
    Result<void> removed = store.load();
    if (removed)
        removed = store.remove(credential.keyId);
    setStatus(removed ? tr("Removed “%1” from this studio; it is still on %2.")
                            .arg(credential.label, credential.device)
                      : tr("Not removed: %1").arg(removed.error().message));
    reload();
    if (removed)
        emit passkeysChanged();
}

void PasskeysView::exportProfile()
{
    const PasskeyCredential *c = selected();
    if (!c)
        return;
    const TrustProfile profile = c->trustProfile();
    const QString path = QFileDialog::getSaveFileName(this,
                                                      tr("Export trust profile"),
                                                      u"passkey-%1.json"_s.arg(c->keyId.left(12)),
                                                      tr("Trust profile (*.json)"));
    if (path.isEmpty())
        return;
    // The file dialog already asked before replacing a file.
    const auto written = TrustProfileStore::exportFile(profile, path, true);
    setStatus(written ? tr("Wrote the trust profile “%1” to %2.").arg(profile.name, path)
                      : tr("Not exported: %1").arg(written.error().message));
}

void PasskeysView::addProfile()
{
    const PasskeyCredential *c = selected();
    if (!c)
        return;
    const TrustProfile profile = c->trustProfile();
    TrustProfileStore store(m_settings->profilesDir());
    QString id; // the same passkey's profile again: replace it rather than add a copy
    for (const StoredProfile &p : store.list()) {
        if (p.profile.name == profile.name
            && p.profile.allowedActorKeyIds == profile.allowedActorKeyIds)
            id = p.id;
    }
    const auto saved = store.save(profile, id);
    if (!saved) {
        setStatus(tr("Not added: %1").arg(saved.error().message));
        return;
    }
    setStatus(tr("Saved the trust profile “%1”. Choose it on the Verify page to accept only proofs "
                 "this passkey authorized.")
                  .arg(profile.name));
    emit profilesChanged();
}

void PasskeysView::refreshDevices()
{
    if (m_listingDevices)
        return;
    m_listingDevices = true;
    m_devicesListed = true;
    m_refreshButton->setEnabled(false);
    m_devicesLabel->setText(tr("Looking for security keys…"));
    m_pool.start([this] {
        Result<QList<AuthenticatorDevice>> devices = Fido2Authenticator(5000).devices();
        QMetaObject::invokeMethod(
            this,
            [this, devices = std::move(devices)] {
                m_listingDevices = false;
                m_refreshButton->setEnabled(true);
                QString text;
                if (!devices) {
                    text = devices.error().message;
                } else if (devices->isEmpty()) {
                    text = tr("No security key found. Plug one in (or use Windows Hello) and "
                              "press Refresh.");
                } else {
                    QStringList names;
                    for (const AuthenticatorDevice &d : *devices) {
                        names << (d.manufacturer.isEmpty() || d.manufacturer == d.displayName()
                                      ? d.displayName()
                                      : tr("%1 (%2)").arg(d.displayName(), d.manufacturer));
                    }
                    text = tr("Attached: %1").arg(names.join(u", "_s));
                }
                m_devicesLabel->setText(text);
                m_devicesLabel->setAccessibleName(text);
                emit devicesRefreshed();
            },
            Qt::QueuedConnection);
    });
}

} // namespace Occ::Ui
