// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0

#include "verifyview.h"

#include "checkdescriptions.h"
#include "fielddecoder.h"
#include "jsonhighlighter.h"
#include "messagebox.h"
#include "prooftreemodel.h"

#include "core/agency.h"
#include "core/attestation.h"
#include "core/canonicaljson.h"
#include "core/crypto.h"
#include "core/encoding.h"
#include "core/jsonparser.h"
#include "core/savefile.h"
#include "core/settings.h"
#include "core/trustprofilestore.h"
#include "core/version.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Occ::Ui {

namespace {

QString profileLabel(const QString &name)
{
    return name.isEmpty() ? QCoreApplication::translate("Occ::Ui::VerifyView", "(unnamed profile)")
                          : name;
}

const QString kPinnedProfileName = u"My trusted signers"_s;

} // namespace

VerifyView::VerifyView(Settings *settings, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_cancel(std::make_shared<std::atomic_bool>(false))
{
    setObjectName(u"verifyView"_s);
    m_pool.setMaxThreadCount(1);

    m_profileCombo = new QComboBox;
    m_profileCombo->setObjectName(u"profileCombo"_s);
    m_profileCombo->setAccessibleName(tr("Trust profile"));
    m_profileCombo->setAccessibleDescription(
        tr("The signers and constraints this verification trusts; changing it re-verifies"));
    auto *profileLabelWidget = new QLabel(tr("&Trust profile:"));
    profileLabelWidget->setBuddy(m_profileCombo);
    m_editProfilesButton = new QPushButton(tr("&Edit profiles…"));
    m_editProfilesButton->setObjectName(u"editProfilesButton"_s);
    m_editProfilesButton->setAccessibleName(tr("Edit trust profiles"));
    connect(m_editProfilesButton, &QPushButton::clicked, this, &VerifyView::editProfilesRequested);
    auto *top = new QHBoxLayout;
    top->addWidget(profileLabelWidget);
    top->addWidget(m_profileCombo, 1);
    top->addWidget(m_editProfilesButton);

    m_loadProgress = new QProgressBar;
    m_loadProgress->setObjectName(u"loadProgress"_s);
    m_loadProgress->setAccessibleName(tr("Reading and hashing"));
    m_loadProgress->setRange(0, 0);
    m_loadLabel = new QLabel;
    m_loadCancelButton = new QPushButton(tr("Cancel"));
    m_loadCancelButton->setObjectName(u"loadCancelButton"_s);
    m_loadCancelButton->setAccessibleName(tr("Cancel reading"));
    connect(m_loadCancelButton, &QPushButton::clicked, this, &VerifyView::cancelLoading);
    auto *loadRow = new QHBoxLayout;
    loadRow->addWidget(m_loadLabel);
    loadRow->addWidget(m_loadProgress, 1);
    loadRow->addWidget(m_loadCancelButton);

    // The verdict: an icon and words, never colour alone.
    m_banner = new QFrame;
    m_banner->setObjectName(u"verdictBanner"_s);
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setAutoFillBackground(true);
    m_verdictIcon = new QLabel;
    m_verdictIcon->setObjectName(u"verdictIcon"_s);
    m_verdictLabel = new QLabel;
    m_verdictLabel->setObjectName(u"verdictLabel"_s);
    m_verdictLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_verdictLabel->setWordWrap(true);
    QFont big = m_verdictLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_verdictLabel->setFont(big);
    m_verdictDetail = new QLabel;
    m_verdictDetail->setObjectName(u"verdictDetail"_s);
    m_verdictDetail->setWordWrap(true);
    m_verdictDetail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *bannerText = new QVBoxLayout;
    bannerText->addWidget(m_verdictLabel);
    bannerText->addWidget(m_verdictDetail);
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->addWidget(m_verdictIcon, 0, Qt::AlignTop);
    bannerLayout->addLayout(bannerText, 1);

    auto makeFact = [](const QString &name) {
        auto *l = new QLabel;
        l->setObjectName(name);
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        return l;
    };
    m_bytesLabel = makeFact(u"bytesLabel"_s);
    m_signerLabel = makeFact(u"signerLabel"_s);
    m_timesLabel = makeFact(u"timesLabel"_s);
    m_problemsLabel = makeFact(u"problemsLabel"_s);
    m_pinButton = new QPushButton(tr("&Pin this signer…"));
    m_pinButton->setObjectName(u"pinButton"_s);
    m_pinButton->setAccessibleName(tr("Pin this signer"));
    m_pinButton->setAccessibleDescription(
        tr("Adds this proof's signer key to the selected trust profile after you confirm its "
           "fingerprint"));
    connect(m_pinButton, &QPushButton::clicked, this, &VerifyView::pinSigner);
    m_reportButton = new QPushButton(tr("Save &report…"));
    m_reportButton->setObjectName(u"reportButton"_s);
    m_reportButton->setAccessibleName(tr("Save the verification report as JSON"));
    connect(m_reportButton, &QPushButton::clicked, this, &VerifyView::saveReport);
    auto *signerRow = new QHBoxLayout;
    signerRow->addWidget(m_signerLabel, 1);
    signerRow->addWidget(m_pinButton, 0, Qt::AlignTop);
    signerRow->addWidget(m_reportButton, 0, Qt::AlignTop);

    m_checkList = new QTreeWidget;
    m_checkList->setObjectName(u"checkList"_s);
    m_checkList->setAccessibleName(tr("Checks"));
    m_checkList->setColumnCount(3);
    m_checkList->setHeaderLabels({tr("Status"), tr("Check"), tr("Details")});
    m_checkList->setWordWrap(true);
    m_checkList->header()->setStretchLastSection(true);
    m_checkList->setColumnWidth(0, 120);
    m_checkList->setColumnWidth(1, 200);

    m_treeModel = new ProofTreeModel(this);
    m_proofTree = new QTreeView;
    m_proofTree->setObjectName(u"proofTree"_s);
    m_proofTree->setAccessibleName(tr("Proof fields with their coverage"));
    m_proofTree->setModel(m_treeModel);
    m_proofTree->setTextElideMode(Qt::ElideMiddle);
    m_proofTree->setUniformRowHeights(true);
    m_proofTree->setColumnWidth(ProofTreeModel::FieldColumn, 220);
    m_proofTree->setColumnWidth(ProofTreeModel::ValueColumn, 420);
    m_proofTree->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *copyValue = new QAction(tr("&Copy value"), m_proofTree);
    copyValue->setShortcut(QKeySequence::Copy);
    copyValue->setShortcutContext(Qt::WidgetShortcut);
    connect(copyValue, &QAction::triggered, this, [this] {
        const QModelIndex i = m_proofTree->currentIndex();
        if (i.isValid())
            QApplication::clipboard()->setText(
                i.siblingAtColumn(0).data(ProofTreeModel::RawValueRole).toString());
    });
    auto *copyPath = new QAction(tr("Copy &path"), m_proofTree);
    connect(copyPath, &QAction::triggered, this, [this] {
        const QModelIndex i = m_proofTree->currentIndex();
        if (i.isValid())
            QApplication::clipboard()->setText(
                i.siblingAtColumn(0).data(ProofTreeModel::PathRole).toString());
    });
    m_proofTree->addAction(copyValue);
    m_proofTree->addAction(copyPath);

    m_rawJson = new QPlainTextEdit;
    m_rawJson->setObjectName(u"rawJson"_s);
    m_rawJson->setAccessibleName(tr("Proof as JSON"));
    m_rawJson->setReadOnly(true);
    m_rawJson->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    new JsonHighlighter(m_rawJson->document());

    auto *legend = new QLabel(
        tr("<b>Signed</b>: covered by the signer's signature. <b>Self-authenticating</b>: carries "
           "its own signature, checked separately. <b>Advisory (unsigned)</b>: anyone could have "
           "changed it; never rely on it."));
    legend->setWordWrap(true);
    auto *treePage = new QWidget;
    auto *treeLayout = new QVBoxLayout(treePage);
    treeLayout->setContentsMargins(0, 0, 0, 0);
    treeLayout->addWidget(legend);
    treeLayout->addWidget(m_proofTree, 1);

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(u"verifyTabs"_s);
    m_tabs->addTab(m_checkList, tr("Checks"));
    m_tabs->addTab(treePage, tr("Proof fields"));
    m_tabs->addTab(m_rawJson, tr("Raw JSON"));
    m_attestation = new QTreeWidget;
    m_attestation->setObjectName(u"attestationDetails"_s);
    m_attestation->setAccessibleName(tr("Attestation document"));
    m_attestation->setHeaderLabels({tr("Item"), tr("Value")});
    m_attestation->setRootIsDecorated(false);
    m_attestation->setColumnWidth(0, 220);
    m_tabs->addTab(m_attestation, tr("Attestation"));

    // Who authorized the commit (agency), when a proof says so.
    m_passkeySection = new QGroupBox(tr("Passkey authorization"));
    m_passkeySection->setObjectName(u"passkeySection"_s);
    m_passkeyResult = makeFact(u"passkeyResultLabel"_s);
    m_passkeyActor = makeFact(u"passkeyActorLabel"_s);
    m_passkeyForm = makeFact(u"passkeyFormLabel"_s);
    m_passkeyFlags = makeFact(u"passkeyFlagsLabel"_s);
    m_passkeySignCount = makeFact(u"passkeySignCountLabel"_s);
    m_passkeyRpId = makeFact(u"passkeyRpIdLabel"_s);
    m_passkeyMine = makeFact(u"passkeyMineLabel"_s);
    m_passkeyUncovered = makeFact(u"passkeyUncoveredLabel"_s);
    for (QLabel *l : {m_passkeyResult,
                      m_passkeyActor,
                      m_passkeyForm,
                      m_passkeyFlags,
                      m_passkeySignCount,
                      m_passkeyRpId,
                      m_passkeyMine,
                      m_passkeyUncovered})
        l->setTextFormat(Qt::PlainText);
    auto *passkeyForm = new QFormLayout(m_passkeySection);
    passkeyForm->addRow(m_passkeyResult);
    passkeyForm->addRow(tr("Actor:"), m_passkeyActor);
    passkeyForm->addRow(tr("Form:"), m_passkeyForm);
    passkeyForm->addRow(tr("Presence and verification:"), m_passkeyFlags);
    passkeyForm->addRow(tr("Signature counter:"), m_passkeySignCount);
    passkeyForm->addRow(tr("Relying party:"), m_passkeyRpId);
    passkeyForm->addRow(tr("Your passkeys:"), m_passkeyMine);
    passkeyForm->addRow(m_passkeyUncovered);
    m_passkeySection->hide();

    m_itemList = new QListWidget;
    m_itemList->setObjectName(u"itemList"_s);
    m_itemList->setAccessibleName(tr("Verified proofs"));
    m_itemList->setMaximumWidth(260);
    connect(m_itemList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row != m_current)
            selectItem(row);
    });

    auto *detail = new QWidget;
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_banner);
    detailLayout->addWidget(m_bytesLabel);
    detailLayout->addLayout(signerRow);
    detailLayout->addWidget(m_timesLabel);
    detailLayout->addWidget(m_problemsLabel);
    detailLayout->addWidget(m_passkeySection);
    detailLayout->addWidget(m_tabs, 1);
    auto *split = new QSplitter;
    split->addWidget(m_itemList);
    split->addWidget(detail);
    split->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(loadRow);
    layout->addWidget(split, 1);

    connect(m_profileCombo, &QComboBox::currentIndexChanged, this, &VerifyView::profileSelected);
    PasskeyStore passkeys(m_settings->passkeysPath());
    if (passkeys.load())
        m_passkeys = passkeys.credentials();
    reloadProfiles();
    showEmpty(tr("Open or drop a .proof.zip bundle, or a proof JSON file with its original, to "
                 "verify it. Nothing is sent anywhere: verification is offline."));
    m_loadProgress->hide();
    m_loadCancelButton->hide();
    m_loadLabel->hide();
}

VerifyView::~VerifyView()
{
    m_cancel->store(true);
    m_pool.waitForDone();
}

std::optional<TrustProfile> VerifyView::activeProfile(QString *id) const
{
    const QString active = m_settings->activeProfile();
    if (id)
        *id = active;
    if (active.isEmpty())
        return std::nullopt;
    auto p = TrustProfileStore(m_settings->profilesDir()).load(active);
    if (!p)
        return std::nullopt;
    return p->profile;
}

void VerifyView::reloadProfiles()
{
    const QSignalBlocker block(m_profileCombo);
    m_profileCombo->clear();
    m_profileCombo->addItem(tr("No trust profile — check integrity only"), QString());
    const QString active = m_settings->activeProfile();
    int select = 0;
    for (const StoredProfile &p : TrustProfileStore(m_settings->profilesDir()).list()) {
        m_profileCombo->addItem(profileLabel(p.profile.name), p.id);
        if (p.id == active)
            select = m_profileCombo->count() - 1;
    }
    m_profileCombo->setCurrentIndex(select);
    if (select == 0 && !active.isEmpty())
        m_settings->setActiveProfile(QString()); // it was removed
    m_profile = activeProfile();
    verifyAll();
}

void VerifyView::reloadPasskeys()
{
    PasskeyStore store(m_settings->passkeysPath());
    m_passkeys = store.load() ? store.credentials() : QList<PasskeyCredential>();
    if (m_current >= 0 && m_current < m_items.size())
        showAgency(m_items[m_current].proof ? &*m_items[m_current].proof : nullptr);
}

void VerifyView::profileSelected()
{
    m_settings->setActiveProfile(m_profileCombo->currentData().toString());
    m_profile = activeProfile();
    verifyAll();
}

void VerifyView::open(const QStringList &bundles, const QList<ProofInput> &proofs)
{
    if (bundles.isEmpty() && proofs.isEmpty())
        return;
    const QString what
        = bundles.size() + proofs.size() == 1
              ? QFileInfo(bundles.isEmpty() ? proofs.first().proofPath : bundles.first()).fileName()
              : tr("%n input(s)", nullptr, int(bundles.size() + proofs.size()));
    startLoad(
        [bundles, proofs](const std::atomic_bool &cancel, QStringList &problems) {
            QList<VerifyItem> items;
            for (const QString &b : bundles) {
                if (cancel)
                    break;
                auto loaded = VerifySession::loadBundle(b, &cancel);
                if (!loaded) {
                    // A bundle that cannot be read is an invalid input, shown with its reason.
                    VerifyItem failed;
                    failed.source = b;
                    failed.fromBundle = true;
                    failed.label = QFileInfo(b).fileName();
                    failed.report.checks.append(
                        Check{u"bundle"_s, CheckStatus::Fail, loaded.error().message});
                    items.append(failed);
                    continue;
                }
                items.append(*loaded);
            }
            for (const ProofInput &p : proofs) {
                if (cancel)
                    break;
                auto loaded = VerifySession::loadProof(p.proofPath, p.originalPath, &cancel);
                if (!loaded) {
                    problems.append(u"%1: %2"_s.arg(p.proofPath, loaded.error().message));
                    continue;
                }
                items.append(*loaded);
            }
            Crypto::releaseThreadState();
            return items;
        },
        what);
}

void VerifyView::openProofText(const QByteArray &text, const QString &label)
{
    VerifyItem item;
    item.source = label;
    item.label = label;
    item.proofText = text.left((1 << 20) + 1);
    m_items = {item};
    m_problems.clear();
    if (auto parsed = JsonParser::parse(item.proofText, JsonParser::strictOptions(64)); parsed)
        m_items.first().proof = *parsed;
    verifyAll();
    emit loaded();
}

void VerifyView::startLoad(
    std::function<QList<VerifyItem>(const std::atomic_bool &, QStringList &)> work,
    const QString &what)
{
    m_cancel->store(true); // an older load is superseded
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_loading = true;
    m_loadLabel->setText(tr("Reading and hashing %1…").arg(what));
    m_loadLabel->show();
    m_loadProgress->show();
    m_loadCancelButton->show();
    auto cancel = m_cancel;
    m_pool.start([this, work, cancel] {
        QStringList problems;
        QList<VerifyItem> items = work(*cancel, problems);
        QMetaObject::invokeMethod(
            this,
            [this, items, problems, cancel] {
                if (cancel != m_cancel)
                    return; // superseded
                m_loading = false;
                m_loadLabel->hide();
                m_loadProgress->hide();
                m_loadCancelButton->hide();
                if (cancel->load()) {
                    showEmpty(tr("Cancelled: nothing was verified."));
                    emit loaded();
                    return;
                }
                m_items = items;
                m_problems = problems;
                verifyAll();
                emit loaded();
            },
            Qt::QueuedConnection);
    });
}

void VerifyView::cancelLoading()
{
    m_cancel->store(true);
}

void VerifyView::verifyAll()
{
    if (m_items.isEmpty()) {
        if (!m_problems.isEmpty())
            showEmpty(m_problems.join(u'\n'));
        return;
    }
    // Bundles that could not be read keep their single failed check.
    QList<VerifyItem> readable;
    QList<int> where;
    for (int i = 0; i < m_items.size(); ++i) {
        if (!m_items[i].proofText.isEmpty()) {
            readable.append(m_items[i]);
            where.append(i);
        }
    }
    VerifySession::verify(readable, m_profile ? &*m_profile : nullptr);
    for (int k = 0; k < where.size(); ++k)
        m_items[where[k]].report = readable[k].report;

    const QSignalBlocker block(m_itemList);
    m_itemList->clear();
    for (const VerifyItem &item : std::as_const(m_items)) {
        const Verdict v = item.report.verdict;
        auto *row = new QListWidgetItem(CheckDescriptions::statusIcon(
                                            v == Verdict::Trusted ? CheckStatus::Pass
                                            : v == Verdict::Valid ? CheckStatus::Warn
                                                                  : CheckStatus::Fail),
                                        item.label);
        row->setToolTip(u"%1\n%2"_s.arg(CheckDescriptions::verdictText(v), item.source));
        row->setData(Qt::AccessibleTextRole,
                     u"%1: %2"_s.arg(item.label, CheckDescriptions::verdictText(v)));
        m_itemList->addItem(row);
    }
    m_itemList->setVisible(m_items.size() > 1);
    if (m_current < 0 || m_current >= m_items.size())
        m_current = 0;
    m_itemList->setCurrentRow(m_current);
    showItem();
}

void VerifyView::selectItem(int index)
{
    if (index < 0 || index >= m_items.size())
        return;
    m_current = index;
    m_itemList->setCurrentRow(index);
    showItem();
}

QString VerifyView::verdictText() const
{
    return m_verdictLabel->text();
}

void VerifyView::showEmpty(const QString &text)
{
    m_items.clear();
    m_current = -1;
    m_itemList->clear();
    m_itemList->hide();
    m_verdictIcon->clear();
    m_verdictLabel->setText(tr("Nothing to verify yet"));
    m_verdictDetail->setText(text);
    m_banner->setAccessibleName(m_verdictLabel->text());
    m_banner->setPalette(palette());
    for (QLabel *l : {m_bytesLabel, m_signerLabel, m_timesLabel, m_problemsLabel})
        l->clear();
    m_pinButton->setEnabled(false);
    m_reportButton->setEnabled(false);
    m_checkList->clear();
    m_treeModel->clear();
    m_rawJson->clear();
    m_attestation->clear();
    m_tabs->setTabVisible(m_tabs->indexOf(m_attestation), false);
    showAgency(nullptr);
}

void VerifyView::showItem()
{
    if (m_current < 0 || m_current >= m_items.size())
        return;
    const VerifyItem &item = m_items[m_current];
    const VerificationReport &r = item.report;

    // Banner: the answer in words first.
    QString headline = CheckDescriptions::verdictText(r.verdict);
    const Check *firstFail = nullptr;
    for (const Check &c : r.checks) {
        if (c.status == CheckStatus::Fail) {
            firstFail = &c;
            break;
        }
    }
    if (r.verdict == Verdict::Invalid && firstFail)
        headline = tr("Invalid — %1").arg(CheckDescriptions::title(firstFail->id));
    const CheckStatus tone = r.verdict == Verdict::Trusted ? CheckStatus::Pass
                             : r.verdict == Verdict::Valid ? CheckStatus::Warn
                                                           : CheckStatus::Fail;
    m_verdictLabel->setText(headline);
    m_verdictIcon->setPixmap(CheckDescriptions::statusIcon(tone).pixmap(32, 32));
    m_verdictIcon->setAccessibleName(CheckDescriptions::statusText(tone));
    QString detail;
    if (r.verdict == Verdict::Invalid)
        detail = firstFail ? firstFail->message : r.reason();
    else
        detail = r.summary();
    if (!detail.isEmpty())
        detail[0] = detail[0].toUpper();
    const QString profileName = m_profile ? profileLabel(m_profile->name) : QString();
    detail += u"\n"_s
              + (m_profile ? tr("Verified with the trust profile \"%1\".").arg(profileName)
                           : tr("Verified without a trust profile."));
    m_verdictDetail->setText(detail);
    m_banner->setAccessibleName(headline);
    m_banner->setAccessibleDescription(detail);
    QPalette pal = palette();
    const QColor base = pal.color(QPalette::Window);
    const QColor tint = tone == CheckStatus::Pass   ? QColor(0x1e, 0x88, 0x3a)
                        : tone == CheckStatus::Warn ? QColor(0xc2, 0x7c, 0x0e)
                                                    : QColor(0xc6, 0x28, 0x28);
    // A light tint of the window colour keeps the text's contrast in light and dark themes.
    pal.setColor(QPalette::Window,
                 QColor::fromRgbF(base.redF() * 0.85 + tint.redF() * 0.15,
                                  base.greenF() * 0.85 + tint.greenF() * 0.15,
                                  base.blueF() * 0.85 + tint.blueF() * 0.15));
    m_banner->setPalette(pal);

    // Which bytes were checked (the hash decides, not the name).
    if (item.hasOriginal) {
        m_bytesLabel->setText(tr("Checked bytes: <b>%1</b> (%2), SHA-256 <tt>%3</tt>")
                                  .arg(item.originalName.toHtmlEscaped(),
                                       QLocale().formattedDataSize(item.originalSize),
                                       Encoding::toHex(item.originalDigest)));
    } else {
        m_bytesLabel->setText(tr("<b>Proof only</b>: no original file was given, so no bytes were "
                                 "checked against this proof. Drop the original file together "
                                 "with the proof to check it."));
    }

    // Who signed: from the signed body; never from unsigned fields.
    const JsonValue *proof = item.proof ? &*item.proof : nullptr;
    const JsonValue *signer = proof ? proof->member(u"signer") : nullptr;
    const JsonValue *env = proof ? proof->member(u"environment") : nullptr;
    const QString *key = signer ? signer->stringMember(u"publicKeyB64") : nullptr;
    const QString *tier = env ? env->stringMember(u"enforcement") : nullptr;
    const QString *measurement = env ? env->stringMember(u"measurement") : nullptr;
    if (key && r.verdict != Verdict::Invalid) {
        m_signerLabel->setText(
            tr("Signer key <tt>%1</tt><br>%2<br>Enforcement claimed in the signed body: %3%4")
                .arg(key->toHtmlEscaped(),
                     FieldDecoder::fingerprint(*key),
                     tier ? FieldDecoder::enforcementText(*tier).toHtmlEscaped() : QString(),
                     measurement ? tr("; measurement <tt>%1</tt>").arg(measurement->toHtmlEscaped())
                                 : QString()));
    } else if (key) {
        m_signerLabel->setText(tr("The proof names key <tt>%1</tt>, but it is invalid: that "
                                  "says nothing about who signed it.")
                                   .arg(key->toHtmlEscaped()));
    } else {
        m_signerLabel->clear();
    }
    m_pinButton->setEnabled(key && r.verdict == Verdict::Valid);
    m_reportButton->setEnabled(true);

    // Every time value with where it comes from.
    QStringList times;
    const JsonValue *commit = proof ? proof->member(u"commit") : nullptr;
    if (const JsonValue *t = commit ? commit->member(u"time") : nullptr; t && t->asNumber())
        times << tr("Signer's clock (signed by the signer, not third-party): %1")
                     .arg(FieldDecoder::timeText(*t->asNumber()));
    for (const Check &c : r.checks) {
        if (c.id.startsWith(u"timestamp.") && c.status != CheckStatus::Skip)
            times << tr("RFC 3161 timestamp (%1): %2")
                         .arg(c.status == CheckStatus::Pass ? tr("trusted authority")
                                                            : tr("authority NOT trusted or token "
                                                                 "not valid"),
                              c.message);
        if (c.id == u"attestation" && c.status == CheckStatus::Pass)
            times << tr("Attestation (AWS Nitro's clock): %1").arg(c.message);
    }
    if (times.isEmpty())
        times << tr("No time from a third party: the counter orders this proof within its chain.");
    m_timesLabel->setText(times.join(u'\n'));
    m_problemsLabel->setText(m_problems.join(u'\n'));
    m_problemsLabel->setVisible(!m_problems.isEmpty());
    showAgency(proof);

    // Checks, each with what it means and what can be done.
    m_checkList->clear();
    for (const Check &c : r.checks) {
        auto *row = new QTreeWidgetItem(m_checkList);
        row->setIcon(0, CheckDescriptions::statusIcon(c.status));
        row->setText(0, CheckDescriptions::statusText(c.status));
        row->setText(1, CheckDescriptions::title(c.id));
        row->setText(2, c.message);
        row->setData(0, Qt::UserRole, c.id);
        const QString explanation = CheckDescriptions::explanation(c.id);
        for (int col = 0; col < 3; ++col) {
            row->setToolTip(col,
                            u"%1 (%2)\n%3"_s.arg(CheckDescriptions::title(c.id), c.id, explanation));
            row->setData(col,
                         Qt::AccessibleTextRole,
                         u"%1: %2. %3"_s.arg(CheckDescriptions::statusText(c.status),
                                             CheckDescriptions::title(c.id),
                                             c.message));
        }
        const QString action = CheckDescriptions::action(c.id, c.status);
        if (!action.isEmpty()) {
            auto *help = new QTreeWidgetItem(row);
            help->setText(1, tr("What you can do"));
            help->setText(2, action);
            row->setExpanded(true);
        }
    }

    // What the attestation document claims, with the verifier's judgement of it above.
    m_attestation->clear();
    const JsonValue *attestation = env ? env->member(u"attestation") : nullptr;
    const QString *report = attestation ? attestation->stringMember(u"reportB64") : nullptr;
    m_tabs->setTabVisible(m_tabs->indexOf(m_attestation), report != nullptr);
    if (report) {
        auto addRow = [this](const QString &what, const QString &value) {
            auto *row = new QTreeWidgetItem(m_attestation, {what, value});
            row->setToolTip(1, value);
            row->setData(1, Qt::AccessibleTextRole, u"%1: %2"_s.arg(what, value));
        };
        const Check *check = r.check(u"attestation");
        addRow(tr("Verified"),
               check
                   ? u"%1 — %2"_s.arg(CheckDescriptions::statusText(check->status), check->message)
                   : tr("not checked"));
        auto doc = Attestation::decodeNitro(QByteArray::fromBase64(report->toLatin1()));
        if (!doc) {
            addRow(tr("Document"), doc.error().message);
        } else {
            addRow(tr("Module id"), doc->moduleId);
            addRow(tr("Time (AWS Nitro's clock)"),
                   doc->timestamp.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss.zzz t"_s));
            addRow(tr("Debug mode"),
                   doc->debugMode
                       ? tr("yes — all PCRs are zero; the host can read the enclave's memory")
                       : tr("no"));
            for (auto it = doc->pcrs.cbegin(); it != doc->pcrs.cend(); ++it) {
                if (it.value().count('\0') == it.value().size() && it.key() > 8)
                    continue; // unused registers
                addRow(tr("PCR%1").arg(it.key()), Encoding::toHex(it.value()));
            }
            addRow(tr("Enclave certificate"), doc->leafSubject);
        }
    }

    if (proof) {
        m_treeModel->setProof(*proof);
        m_proofTree->expandToDepth(0);
        m_rawJson->setPlainText(QString::fromUtf8(Json::toPrettyJson(*proof, 2)));
    } else {
        m_treeModel->clear();
        m_rawJson->setPlainText(QString::fromUtf8(item.proofText.left(64 * 1024)));
    }
}

QString VerifyView::rpIdText(const QByteArray &rpIdHash) const
{
    // The assertion carries only SHA-256 of its rpId: try the names this studio knows.
    const QString defaultRpId = QString::fromUtf16(Passkeys::kDefaultRpId);
    QStringList candidates;
    if (m_profile)
        candidates << m_profile->allowedRpIds;
    for (const PasskeyCredential &c : m_passkeys)
        candidates << c.rpId;
    candidates << defaultRpId << m_settings->passkeyRpId();
    QString found;
    for (const QString &rpId : std::as_const(candidates)) {
        if (Crypto::Sha256::hash(rpId.toUtf8()) == rpIdHash) {
            found = rpId;
            break;
        }
    }
    QString text = found.isEmpty() ? tr("unknown rpId (SHA-256 %1)").arg(Encoding::toHex(rpIdHash))
                                   : u"“%1”"_s.arg(found);
    if (found == defaultRpId)
        text += u' ' + tr("(the studio's default; not a domain, so no website could ask for it)");
    if (m_profile && !m_profile->allowedRpIds.isEmpty())
        text += u" — "_s
                + (!found.isEmpty() && m_profile->allowedRpIds.contains(found)
                       ? tr("allowed by the profile")
                       : tr("NOT among the profile's allowedRpIds"));
    return text;
}

void VerifyView::showAgency(const JsonValue *proof)
{
    const JsonValue *agency = proof ? proof->member(u"agency") : nullptr;
    m_passkeySection->setVisible(agency != nullptr);
    if (!agency)
        return;
    const JsonValue *artifact = proof->member(u"artifact");
    const QString *digest = artifact ? artifact->stringMember(u"digestB64") : nullptr;
    const auto verified = Agency::verify(*agency, digest ? *digest : QString());

    // What the envelope claims; trusted only as far as Agency::verify confirmed it.
    const JsonValue *actor = agency->member(u"actor");
    const JsonValue *auth = agency->member(u"authorization");
    const QString *claimedKeyId = actor ? actor->stringMember(u"keyId") : nullptr;
    const QString *claimedProvider = actor ? actor->stringMember(u"provider") : nullptr;
    const QString *format = auth ? auth->stringMember(u"format") : nullptr;
    const QString *authDataB64 = auth ? auth->stringMember(u"authenticatorDataB64") : nullptr;
    const QString keyId = verified ? verified->keyId : claimedKeyId ? *claimedKeyId : QString();
    const QString provider = verified          ? verified->provider
                             : claimedProvider ? *claimedProvider
                                               : QString();
    const bool webauthn = verified ? verified->webauthn : format && *format == u"webauthn";
    QByteArray rpIdHash;
    quint8 flags = 0;
    quint32 signCount = 0;
    bool haveAuthData = false;
    if (verified && verified->webauthn) {
        rpIdHash = verified->rpIdHash;
        flags = verified->flags;
        signCount = verified->signCount;
        haveAuthData = true;
    } else if (webauthn && authDataB64) {
        const QByteArray authData = QByteArray::fromBase64(authDataB64->toLatin1());
        if (authData.size() >= 37) {
            rpIdHash = authData.left(32);
            flags = quint8(authData[32]);
            signCount = (quint32(quint8(authData[33])) << 24)
                        | (quint32(quint8(authData[34])) << 16)
                        | (quint32(quint8(authData[35])) << 8) | quint32(quint8(authData[36]));
            haveAuthData = true;
        }
    }
    const QString unverified = verified ? QString()
                                        : QString(u' ' + tr("(as claimed; not verified)"));

    m_passkeySection->setTitle(verified ? tr("Passkey authorization")
                                        : tr("Passkey authorization — NOT valid"));
    m_passkeyResult->setText(
        verified ? verified->description
                 : tr("The authorization does not verify: %1").arg(verified.error().message));
    m_passkeyActor->setText(
        keyId.isEmpty()
            ? tr("none named")
            : QString(tr("key id %1, provider “%2”").arg(keyId, provider) + unverified));
    m_passkeyForm->setText(webauthn ? tr("WebAuthn passkey (a security key's touch)")
                                    : tr("Direct P-256 signature (a software key; no touch)"));
    const bool showAuthData = webauthn && haveAuthData;
    for (QLabel *l : {m_passkeyFlags, m_passkeySignCount, m_passkeyRpId}) {
        l->setVisible(showAuthData);
        if (QWidget *label = qobject_cast<QFormLayout *>(m_passkeySection->layout())
                                 ->labelForField(l))
            label->setVisible(showAuthData);
    }
    if (showAuthData) {
        auto state = [](bool on) { return on ? tr("present") : tr("missing"); };
        m_passkeyFlags->setText(tr("UP (user present): %1; UV (user verified): %2")
                                    .arg(state(flags & 0x01), state(flags & 0x04))
                                + unverified);
        m_passkeySignCount->setText(signCount == 0
                                        ? tr("0 (this authenticator keeps no counter)")
                                        : QString(QString::number(signCount) + unverified));
        m_passkeyRpId->setText(rpIdText(rpIdHash) + unverified);
    }
    QString mine = tr("No: not one of the passkeys registered in this studio");
    for (const PasskeyCredential &c : std::as_const(m_passkeys)) {
        if (!keyId.isEmpty() && c.keyId == keyId)
            mine = tr("Yes: your passkey “%1” on %2").arg(c.label, c.device);
    }
    m_passkeyMine->setText(mine);
    m_passkeyUncovered->setVisible(webauthn);
    if (webauthn)
        m_passkeyUncovered->setText(
            tr("Not covered by the passkey's signature: %1. The passkey signs only the "
               "challenge; these fields are bound by the signer's single-use challenge and by "
               "the signer's Ed25519 signature over the actor.")
                .arg(Agency::webauthnUncoveredFields().join(u", "_s)));
}

void VerifyView::pinSigner()
{
    if (m_current < 0 || m_current >= m_items.size() || !m_items[m_current].proof)
        return;
    const VerifyItem &item = m_items[m_current];
    if (item.report.verdict == Verdict::Invalid)
        return;
    const JsonValue *signer = item.proof->member(u"signer");
    const QString *key = signer ? signer->stringMember(u"publicKeyB64") : nullptr;
    if (!key)
        return;
    QString id;
    std::optional<TrustProfile> profile = activeProfile(&id);
    const QString target = profile ? profileLabel(profile->name) : kPinnedProfileName;
    const auto answer = MessageBox::question(
        this,
        tr("Pin this signer?"),
        tr("Trust every proof signed by this key, in the profile \"%1\"?").arg(target),
        tr("Key: %1\nFingerprint: %2\n\nCompare the fingerprint with one you got from the signer "
           "through another channel. A key in a proof proves nothing by itself: anyone can make "
           "one.")
            .arg(*key, FieldDecoder::fingerprint(*key)));
    if (answer != QMessageBox::Yes)
        return;
    TrustProfileStore store(m_settings->profilesDir());
    if (!profile) {
        // Reuse "My trusted signers" if it exists, or start it.
        for (const StoredProfile &p : store.list()) {
            if (p.profile.name == kPinnedProfileName) {
                profile = p.profile;
                id = p.id;
            }
        }
        if (!profile) {
            profile = TrustProfile();
            profile->name = kPinnedProfileName;
            id.clear();
        }
    }
    if (!profile->allowedPublicKeys.contains(*key))
        profile->allowedPublicKeys.append(*key);
    auto saved = store.save(*profile, id);
    if (!saved) {
        MessageBox::warning(this, tr("Pin this signer"), saved.error().message);
        return;
    }
    m_settings->setActiveProfile(saved->id);
    reloadProfiles();
    emit profilesChanged();
}

void VerifyView::saveReport()
{
    if (m_current < 0)
        return;
    const VerifyItem &item = m_items[m_current];
    const QString path = QFileDialog::getSaveFileName(this,
                                                      tr("Save verification report"),
                                                      item.label + u".verification.json"_s,
                                                      tr("JSON (*.json)"));
    if (path.isEmpty())
        return;
    JsonValue report = item.report.toJson();
    JsonObject &o = *report.asObject();
    o.append(u"tool"_s, u"OCC Proof Studio " OCC_VERSION_STRING ""_s);
    o.append(u"verifiedAt"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    o.append(u"profile"_s, m_profile ? m_profile->toValue() : JsonValue());
    JsonObject input;
    input.append(u"source"_s, item.source);
    if (item.hasOriginal) {
        input.append(u"original"_s, item.originalName);
        input.append(u"sha256"_s, Encoding::toHex(item.originalDigest));
    }
    input.append(u"proofSha256"_s, Encoding::toHex(Crypto::Sha256::hash(item.proofText)));
    o.append(u"input"_s, JsonValue(std::move(input)));
    if (auto ok = saveFileAtomically(path, QByteArray(Json::toPrettyJson(report) + '\n')); !ok)
        MessageBox::warning(this, tr("Save report"), ok.error().message);
}

} // namespace Occ::Ui
