// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0

#include "stampview.h"

#include "accessibility.h"
#include "fielddecoder.h"
#include "messagebox.h"
#include "passkeyprompt.h"
#include "stampfilemodel.h"

#include "core/apikeystore.h"
#include "core/canonicaljson.h"
#include "core/commitclient.h"
#include "core/passkey.h"
#include "core/settings.h"
#include "core/stampjob.h"
#include "core/stubsigner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Occ::Ui {

namespace {

/** Draws the per-file progress as a real progress bar, with its percentage as text. */
class ProgressDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter,
               const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyleOptionProgressBar bar;
        bar.rect = option.rect.adjusted(2, 3, -2, -3);
        bar.minimum = 0;
        bar.maximum = 1000;
        bar.progress = index.data(StampFileModel::ProgressRole).toInt();
        bar.text = index.data().toString();
        bar.textVisible = !bar.text.isEmpty();
        bar.state = option.state | QStyle::State_Horizontal;
        bar.palette = option.palette;
        QStyle *style = option.widget ? option.widget->style() : nullptr;
        if (style)
            style->drawControl(QStyle::CE_ProgressBar, &bar, painter, option.widget);
    }
};

} // namespace

StampView::StampView(Settings *settings, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_model(new StampFileModel(this))
{
    setObjectName(u"stampView"_s);

    // The signer in use, stated plainly.
    auto *signerBox = new QGroupBox(tr("Signer"));
    m_backendLabel = new QLabel;
    m_backendLabel->setObjectName(u"backendLabel"_s);
    m_backendLabel->setWordWrap(true);
    m_backendLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_healthLabel = new QLabel;
    m_healthLabel->setObjectName(u"healthLabel"_s);
    auto *signerLayout = new QVBoxLayout(signerBox);
    signerLayout->addWidget(m_backendLabel);
    signerLayout->addWidget(m_healthLabel);

    m_dropHint = new QLabel(tr("Drop files or folders anywhere in this window, or use Add files. "
                               "Each file's SHA-256 is computed on this computer: its bytes never "
                               "leave it; only the digest is signed."));
    m_dropHint->setWordWrap(true);

    m_table = new QTableView;
    m_table->setObjectName(u"fileTable"_s);
    m_table->setAccessibleName(tr("Files to stamp"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(StampFileModel::NameColumn,
                                                      QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(StampFileModel::DigestColumn,
                                                      QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(StampFileModel::StatusColumn,
                                                      QHeaderView::Stretch);
    m_table->setColumnWidth(StampFileModel::NameColumn, 220);
    m_table->setColumnWidth(StampFileModel::DigestColumn, 160);
    m_table->setItemDelegateForColumn(StampFileModel::ProgressColumn, new ProgressDelegate(m_table));
    connect(m_table, &QTableView::doubleClicked, this, &StampView::inspectSelected);

    m_addButton = makeButton(tr("&Add files…"), u"addFilesButton"_s, tr("Choose files to stamp"));
    m_removeButton = makeButton(tr("&Remove"),
                                u"removeButton"_s,
                                tr("Remove the selected files from the list"));
    m_clearButton = makeButton(tr("C&lear"),
                               u"clearButton"_s,
                               tr("Remove every file from the list"));
    m_showButton = makeButton(tr("Show in &folder"),
                              u"showInFolderButton"_s,
                              tr("Open the folder that holds the selected file's bundle"));
    m_inspectButton = makeButton(tr("&Inspect"),
                                 u"inspectButton"_s,
                                 tr("Verify the selected file's bundle and show its proof"));
    connect(m_addButton, &QPushButton::clicked, this, &StampView::chooseFiles);
    connect(m_removeButton, &QPushButton::clicked, this, &StampView::removeSelected);
    connect(m_clearButton, &QPushButton::clicked, this, [this] {
        m_model->clear();
        updateButtons();
    });
    connect(m_showButton, &QPushButton::clicked, this, &StampView::showInFolder);
    connect(m_inspectButton, &QPushButton::clicked, this, &StampView::inspectSelected);
    auto *listButtons = new QHBoxLayout;
    for (QPushButton *b : {m_addButton, m_removeButton, m_clearButton})
        listButtons->addWidget(b);
    listButtons->addStretch();
    listButtons->addWidget(m_showButton);
    listButtons->addWidget(m_inspectButton);

    // Attribution: sealed into the signed body, and public.
    auto *attributionBox = new QGroupBox(tr("Attribution (optional)"));
    auto *attributionNote = new QLabel(
        tr("Sealed into the signed proof: anyone who has the proof can read it, and nobody can "
           "change it without breaking the signature."));
    attributionNote->setWordWrap(true);
    m_name = new QLineEdit;
    m_name->setObjectName(u"nameEdit"_s);
    m_name->setAccessibleName(tr("Name (sealed, public)"));
    m_title = new QLineEdit;
    m_title->setObjectName(u"titleEdit"_s);
    m_title->setAccessibleName(tr("Title (sealed, public)"));
    m_message = new QPlainTextEdit;
    m_message->setObjectName(u"messageEdit"_s);
    m_message->setAccessibleName(tr("Message (sealed, public)"));
    m_message->setTabChangesFocus(true);
    m_message->setMaximumHeight(60);
    auto *form = new QFormLayout(attributionBox);
    form->addRow(attributionNote);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Message:"), m_message);

    // Agency: a passkey authorizes the commit, one touch for every listed file.
    auto *passkeyBox = new QGroupBox(tr("Authorization (optional)"));
    m_authorize = named(new QCheckBox(tr("Authorize with &passkey")),
                        u"authorizeWithPasskeyCheck"_s,
                        tr("Authorize with passkey"));
    m_passkeyCombo = named(new QComboBox, u"passkeyCombo"_s, tr("Passkey that authorizes"));
    m_passkeyCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_passkeyNote = new QLabel;
    m_passkeyNote->setObjectName(u"passkeyNote"_s);
    m_passkeyNote->setWordWrap(true);
    connect(m_authorize, &QCheckBox::toggled, this, [this] {
        updatePasskeyNote();
        updateButtons();
    });
    connect(m_passkeyCombo, &QComboBox::activated, this, [this] {
        m_settings->setUiValue(u"stampPasskey"_s, m_passkeyCombo->currentData());
    });
    auto *passkeyRow = new QHBoxLayout;
    passkeyRow->addWidget(m_authorize);
    passkeyRow->addWidget(m_passkeyCombo, 1);
    auto *passkeyLayout = new QVBoxLayout(passkeyBox);
    passkeyLayout->addLayout(passkeyRow);
    passkeyLayout->addWidget(m_passkeyNote);
    m_prompt = new GuiPasskeyPrompt(this, this);
    connect(
        m_prompt,
        &GuiPasskeyPrompt::touchRequested,
        this,
        [this](const QString &device) {
            if (m_job && !m_job->isCancelled())
                m_status->setText(
                    tr("Touch %1 now to authorize this stamp… (it may ask for its PIN "
                       "or your fingerprint first)")
                        .arg(device));
        },
        Qt::QueuedConnection);
    // A cancel that reaches the security key just before it starts waiting would be lost:
    // repeat it until the job answers.
    m_cancelTimer = new QTimer(this);
    m_cancelTimer->setInterval(200);
    connect(m_cancelTimer, &QTimer::timeout, this, [this] {
        if (m_job && m_authorizer)
            m_authorizer->cancel();
        else
            m_cancelTimer->stop();
    });

    m_destination = new QLineEdit(m_settings->destinationDir());
    m_destination->setObjectName(u"destinationEdit"_s);
    m_destination->setAccessibleName(tr("Destination folder for the bundles"));
    connect(m_destination, &QLineEdit::editingFinished, this, [this] {
        m_settings->setDestinationDir(m_destination->text());
    });
    auto *browse = makeButton(tr("&Browse…"),
                              u"destinationButton"_s,
                              tr("Choose the destination folder"));
    connect(browse, &QPushButton::clicked, this, &StampView::chooseDestination);
    auto *destLayout = new QHBoxLayout;
    auto *destLabel = new QLabel(tr("&Save bundles to:"));
    destLabel->setBuddy(m_destination);
    destLayout->addWidget(destLabel);
    destLayout->addWidget(m_destination, 1);
    destLayout->addWidget(browse);

    m_progress = new QProgressBar;
    m_progress->setObjectName(u"stampProgress"_s);
    m_progress->setAccessibleName(tr("Stamping progress"));
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->setTextVisible(false);
    m_status = new QLabel;
    m_status->setObjectName(u"stampStatus"_s);
    m_status->setWordWrap(true);

    m_stampButton = makeButton(tr("Stamp"),
                               u"stampButton"_s,
                               tr("Hash, sign and bundle the listed files"));
    m_stampButton->setDefault(true);
    QFont f = m_stampButton->font();
    f.setBold(true);
    m_stampButton->setFont(f);
    m_cancelButton = makeButton(tr("Cancel"),
                                u"cancelButton"_s,
                                tr("Stop stamping; files not yet committed get no proof"));
    connect(m_stampButton, &QPushButton::clicked, this, &StampView::stamp);
    connect(m_cancelButton, &QPushButton::clicked, this, &StampView::cancel);
    auto *actionLayout = new QHBoxLayout;
    actionLayout->addWidget(m_progress, 1);
    actionLayout->addWidget(m_cancelButton);
    actionLayout->addWidget(m_stampButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(signerBox);
    layout->addWidget(m_dropHint);
    layout->addWidget(m_table, 1);
    layout->addLayout(listButtons);
    layout->addWidget(attributionBox);
    layout->addWidget(passkeyBox);
    layout->addLayout(destLayout);
    layout->addLayout(actionLayout);
    layout->addWidget(m_status);

    // Thousands of rows change during a stamp: recount at most every 100 ms, not per change.
    m_buttonTimer = new QTimer(this);
    m_buttonTimer->setSingleShot(true);
    m_buttonTimer->setInterval(100);
    connect(m_buttonTimer, &QTimer::timeout, this, &StampView::updateButtons);
    auto later = [this] {
        if (!m_buttonTimer->isActive())
            m_buttonTimer->start();
    };
    connect(m_model, &QAbstractItemModel::rowsInserted, this, later);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, later);
    connect(m_model, &QAbstractItemModel::dataChanged, this, later);
    connect(m_table->selectionModel(),
            &QItemSelectionModel::selectionChanged,
            this,
            &StampView::updateButtons);
    refreshBackend();
    refreshPasskeys();
    updateButtons();
}

StampView::~StampView()
{
    // The job's worker may wait for a PIN or a touch: end both, then wait for it here, while
    // the prompt it uses still exists.
    m_prompt->shutdown();
    if (m_job) {
        m_job->cancel();
        delete m_job.data();
    }
}

void StampView::refreshPasskeys()
{
    const QString current = m_passkeyCombo->count() > 0
                                ? m_passkeyCombo->currentData().toString()
                                : m_settings->uiValue(u"stampPasskey"_s).toString();
    PasskeyStore store(m_settings->passkeysPath());
    const auto loaded = store.load();
    const QSignalBlocker block(m_passkeyCombo);
    m_passkeyCombo->clear();
    for (const PasskeyCredential &c : store.credentials()) {
        m_passkeyCombo->addItem(tr("%1 (%2…)").arg(c.label, c.keyId.left(12)), c.keyId);
        m_passkeyCombo
            ->setItemData(m_passkeyCombo->count() - 1,
                          tr("Key id %1\nRelying party %2\nOn %3").arg(c.keyId, c.rpId, c.device),
                          Qt::ToolTipRole);
        if (c.keyId == current)
            m_passkeyCombo->setCurrentIndex(m_passkeyCombo->count() - 1);
    }
    const bool any = m_passkeyCombo->count() > 0;
    if (!any) {
        const QString why = loaded ? tr("No passkey is registered yet: register one on the "
                                        "Passkeys page to authorize stamps with it.")
                                   : loaded.error().message;
        m_authorize->setChecked(false);
        m_authorize->setToolTip(why);
        m_passkeyCombo->setToolTip(why);
        m_passkeyCombo->addItem(tr("(no passkey registered)"));
    } else {
        m_authorize->setToolTip(m_authorize->accessibleDescription());
        m_passkeyCombo->setToolTip(m_passkeyCombo->accessibleDescription());
    }
    m_authorize->setProperty("hasPasskeys", any);
    updatePasskeyNote();
    updateButtons();
}

void StampView::updatePasskeyNote()
{
    if (!m_authorize->property("hasPasskeys").toBool()) {
        m_passkeyNote->setText(tr("Register a passkey on the Passkeys page to have each commit "
                                  "authorized by your touch."));
        return;
    }
    QString text = tr("One touch of the security key authorizes every listed file; each proof "
                      "names the passkey as its actor.");
    if (m_settings->backend() == Settings::Backend::Endpoint)
        text += u' '
                + tr("With a commit service, all files then go in one request (the service "
                     "takes one authorization per request).");
    m_passkeyNote->setText(text);
}

void StampView::refreshBackend()
{
    if (m_settings->backend() == Settings::Backend::Stub) {
        auto signer = StubSigner::open(m_settings->stubStatePath());
        if (signer) {
            m_backendLabel->setText(
                tr("<b>Embedded stub signer</b> on this computer — key %1<br>Enforcement: %2. "
                   "Good for trying things out and for local records; others can only trust it "
                   "if they pin this key.")
                    .arg(FieldDecoder::fingerprint(signer->publicKeyB64()),
                         FieldDecoder::enforcementText(u"stub"_s)));
            m_healthLabel->setText(tr("Ready"));
        } else {
            m_backendLabel->setText(tr("<b>Embedded stub signer</b> — cannot be used: %1")
                                        .arg(signer.error().message.toHtmlEscaped()));
            m_healthLabel->setText(tr("Not available"));
        }
        m_healthLabel->setAccessibleName(m_healthLabel->text());
        updatePasskeyNote();
        return;
    }
    updatePasskeyNote();
    const QUrl endpoint = m_settings->endpoint();
    m_backendLabel->setText(tr("<b>Commit service</b> %1 — only the SHA-256 digests are sent.")
                                .arg(endpoint.toString().toHtmlEscaped()));
    m_healthLabel->setText(tr("Checking the service…"));
    CommitClientConfig config;
    config.endpoint = endpoint;
    config.extraCaFile = m_settings->extraCaFile();
    config.timeoutMs = 10'000;
    auto *client = new CommitClient(config, this);
    client->health(this, [this, client](Result<void> r) {
        m_healthLabel->setText(r ? tr("● Reachable (GET /health answered)")
                                 : tr("✕ Unreachable: %1").arg(r.error().message));
        m_healthLabel->setAccessibleName(m_healthLabel->text());
        client->deleteLater();
    });
    ApiKeyStore::read(endpoint, this, [this](Result<QString> key) {
        m_apiKey = key ? *key : QString();
    });
}

void StampView::addFiles(const QStringList &paths)
{
    m_model->addFiles(paths);
    updateButtons();
}

int StampView::currentRow() const
{
    const QModelIndex i = m_table->currentIndex();
    return i.isValid() ? i.row() : -1;
}

void StampView::updateButtons()
{
    const bool busy = m_job != nullptr;
    const int pending = m_model->pendingCount();
    m_stampButton->setText(pending == 0   ? tr("Stamp")
                           : pending == 1 ? tr("Stamp 1 file")
                                          : tr("Stamp %1 files").arg(pending));
    m_stampButton->setAccessibleName(m_stampButton->text());
    m_stampButton->setEnabled(!busy && pending > 0);
    m_cancelButton->setEnabled(busy);
    m_addButton->setEnabled(!busy);
    m_removeButton->setEnabled(!busy && m_table->selectionModel()->hasSelection());
    m_clearButton->setEnabled(!busy && m_model->rowCount() > 0);
    const int row = currentRow();
    const bool hasBundle = row >= 0 && !m_model->result(row).bundlePath.isEmpty();
    m_showButton->setEnabled(hasBundle);
    m_inspectButton->setEnabled(hasBundle);
    m_dropHint->setVisible(m_model->rowCount() == 0);
    const bool hasPasskeys = m_authorize->property("hasPasskeys").toBool();
    m_authorize->setEnabled(!busy && hasPasskeys);
    m_passkeyCombo->setEnabled(!busy && hasPasskeys);
}

void StampView::chooseFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Files to stamp"));
    addFiles(files);
}

void StampView::chooseDestination()
{
    const QString dir = QFileDialog::getExistingDirectory(this,
                                                          tr("Save bundles to"),
                                                          m_destination->text());
    if (dir.isEmpty())
        return;
    m_destination->setText(dir);
    m_settings->setDestinationDir(dir);
}

void StampView::removeSelected()
{
    QList<int> rows;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
        rows.append(i.row());
    m_model->removeRows(rows);
    updateButtons();
}

void StampView::showInFolder()
{
    const int row = currentRow();
    if (row < 0 || m_model->result(row).bundlePath.isEmpty())
        return;
    QDesktopServices::openUrl(
        QUrl::fromLocalFile(QFileInfo(m_model->result(row).bundlePath).absolutePath()));
}

void StampView::inspectSelected()
{
    const int row = currentRow();
    if (row >= 0 && !m_model->result(row).bundlePath.isEmpty())
        emit inspectRequested(m_model->result(row).bundlePath);
}

void StampView::stamp()
{
    if (m_job)
        return;
    QList<int> rows;
    QStringList files;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (m_model->result(r).stage != StampStage::Done) {
            rows.append(r);
            files.append(m_model->result(r).path);
        }
    }
    if (files.isEmpty())
        return;
    m_settings->setDestinationDir(m_destination->text());

    StampParams params;
    params.files = files;
    params.destinationDir = m_destination->text();
    JsonObject attribution;
    if (!m_name->text().trimmed().isEmpty())
        attribution.append(u"name"_s, m_name->text().trimmed());
    if (!m_title->text().trimmed().isEmpty())
        attribution.append(u"title"_s, m_title->text().trimmed());
    if (!m_message->toPlainText().trimmed().isEmpty())
        attribution.append(u"message"_s, m_message->toPlainText().trimmed());
    if (!attribution.isEmpty())
        params.attribution = attribution;
    if (m_settings->backend() == Settings::Backend::Endpoint) {
        CommitClientConfig config;
        config.endpoint = m_settings->endpoint();
        config.extraCaFile = m_settings->extraCaFile();
        config.apiKey = m_apiKey;
        params.endpoint = config;
    } else {
        params.stubStatePath = m_settings->stubStatePath();
    }
    params.tsaUrl = m_settings->tsaUrl();
    params.requireTimestamps = m_settings->requireTimestamps();
    if (m_authorize->isChecked()) {
        PasskeyStore store(m_settings->passkeysPath());
        const auto loaded = store.load();
        auto credential = loaded ? store.find(m_passkeyCombo->currentData().toString())
                                 : Result<PasskeyCredential>(loaded.error());
        if (!credential) {
            m_status->setText(tr("Nothing was stamped: %1").arg(credential.error().message));
            return;
        }
        params.authorizer
            = std::make_shared<PasskeyAuthorizer>(std::make_shared<Fido2Authenticator>(),
                                                  *credential,
                                                  m_prompt);
    }
    m_authorizer = params.authorizer;

    m_job = new StampJob(params, this);
    m_model->track(m_job, rows);
    connect(m_job, &StampJob::progressChanged, this, [this](qint64 done, qint64 total) {
        m_progress->setValue(total > 0 ? int(1000.0 * double(done) / double(total)) : 0);
    });
    connect(m_job, &StampJob::statusChanged, m_status, &QLabel::setText);
    connect(m_job, &StampJob::finished, this, [this] {
        StampJob *job = m_job;
        m_job = nullptr;
        m_authorizer.reset();
        m_cancelTimer->stop();
        m_progress->setValue(1000);
        if (job->jobError())
            m_status->setText(tr("Nothing was stamped: %1").arg(job->jobError()->message));
        // What was made, as the bundle holds it (the same proof.json bytes), checked again.
        m_stamped.clear();
        for (StampFileResult &r : job->takeResults()) {
            if (r.stage != StampStage::Done)
                continue;
            VerifyItem item;
            item.source = r.bundlePath;
            item.fromBundle = true;
            item.bundleFolder = job->params().batch ? QFileInfo(r.path).fileName() : QString();
            item.label = QFileInfo(r.path).fileName();
            item.hasOriginal = true;
            item.originalName = item.label;
            item.originalDigest = r.digest;
            item.originalSize = r.size;
            // proofText (the bundle's proof.json bytes) is made by the library's worker.
            item.proof = std::move(r.proof);
            m_stamped.append(std::move(item));
        }
        // Verified (with the library's profile-free check) by the library's worker, not here.
        job->deleteLater();
        updateButtons();
        emit busyChanged(false);
        emit stampFinished();
    });
    m_progress->setValue(0);
    emit busyChanged(true);
    updateButtons();
    m_job->start();
}

void StampView::cancel()
{
    if (m_job) {
        m_job->cancel();
        if (m_authorizer)
            m_cancelTimer->start();
        m_status->setText(tr("Cancelling…"));
    }
}

} // namespace Occ::Ui
