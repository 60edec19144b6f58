// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0

#include "auditview.h"

#include "accessibility.h"
#include "audittimeline.h"
#include "checkdescriptions.h"
#include "fielddecoder.h"
#include "messagebox.h"

#include "core/canonicaljson.h"
#include "core/jsutil.h"
#include "core/savefile.h"
#include "core/settings.h"
#include "core/trustprofilestore.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Occ::Ui {

namespace {

QString problemWords(const QString &kind)
{
    if (kind == u"invalid")
        return AuditView::tr("Invalid proof");
    if (kind == u"fork")
        return AuditView::tr("Fork");
    if (kind == u"counter-reuse")
        return AuditView::tr("Counter reused");
    if (kind == u"gap")
        return AuditView::tr("Gap");
    if (kind == u"time-order")
        return AuditView::tr("Time goes backwards");
    if (kind == u"broken-link")
        return AuditView::tr("Broken link");
    if (kind == u"duplicate")
        return AuditView::tr("Duplicate");
    return kind;
}

} // namespace

AuditView::AuditView(Settings *settings, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_cancelFlag(std::make_shared<std::atomic_bool>(false))
{
    setObjectName(u"auditView"_s);
    m_pool.setMaxThreadCount(1);

    auto *intro = new QLabel(tr("Audit many proofs as chains: every proof is verified with the "
                                "selected trust profile, then grouped by signer, epoch and chain "
                                "and checked for forks, gaps, reused counters, backwards times and "
                                "duplicates. Drop folders here or add them."));
    intro->setWordWrap(true);
    m_pathList = new QListWidget;
    m_pathList->setObjectName(u"auditPathList"_s);
    m_pathList->setAccessibleName(tr("Folders and files to audit"));
    m_pathList->setMaximumHeight(90);
    m_addFolder = makeButton(tr("Add &folder…"),
                             u"auditAddFolderButton"_s,
                             tr("Add a folder of bundles and proofs"));
    m_addFiles = makeButton(tr("Add f&iles…"),
                            u"auditAddFilesButton"_s,
                            tr("Add bundles or proof files"));
    m_clear = makeButton(tr("C&lear"),
                         u"auditClearButton"_s,
                         tr("Remove every path from the audit"));
    m_run = makeButton(tr("&Run audit"),
                       u"runAuditButton"_s,
                       tr("Verify and audit every proof under the listed paths"));
    m_cancel = makeButton(tr("Cancel"), u"auditCancelButton"_s, tr("Stop the audit"));
    m_report = makeButton(tr("Save &report…"), u"auditReportButton"_s, tr("Save the audit as JSON"));
    m_progress = new QProgressBar;
    m_progress->setObjectName(u"auditProgress"_s);
    m_progress->setAccessibleName(tr("Audit progress"));
    m_progress->setValue(0);
    connect(m_addFolder, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Folder to audit"));
        if (!dir.isEmpty())
            addPaths({dir});
    });
    connect(m_addFiles, &QPushButton::clicked, this, [this] {
        addPaths(QFileDialog::getOpenFileNames(this,
                                               tr("Proofs to audit"),
                                               QString(),
                                               tr("Bundles and proofs (*.zip *.json)")));
    });
    connect(m_clear, &QPushButton::clicked, this, [this] {
        m_pathList->clear();
        m_run->setEnabled(false);
    });
    connect(m_run, &QPushButton::clicked, this, &AuditView::run);
    connect(m_cancel, &QPushButton::clicked, this, &AuditView::cancel);
    connect(m_report, &QPushButton::clicked, this, &AuditView::saveReport);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_addFolder, m_addFiles, m_clear})
        buttons->addWidget(b);
    buttons->addWidget(m_progress, 1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_run);

    m_summary = new QLabel(tr("No audit yet."));
    m_summary->setObjectName(u"auditSummary"_s);
    m_summary->setWordWrap(true);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);

    m_timeline = new AuditTimeline;
    m_chains = new QTreeWidget;
    m_chains->setObjectName(u"auditChains"_s);
    m_chains->setAccessibleName(tr("Chains"));
    m_chains->setHeaderLabels(
        {tr("Signer"), tr("Chain"), tr("Proofs"), tr("Counters"), tr("Links"), tr("Epoch")});
    m_chains->setRootIsDecorated(false);
    m_problems = new QTreeWidget;
    m_problems->setObjectName(u"auditProblems"_s);
    m_problems->setAccessibleName(tr("Problems"));
    m_problems->setHeaderLabels({tr("Problem"), tr("Details")});
    m_problems->setColumnWidth(0, 180);
    connect(m_problems, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QStringList sources = item->data(0, Qt::UserRole).toStringList();
        QStringList files;
        for (const QString &s : sources) {
            // "bundle.proof.zip:folder" names an item in a batch bundle: open the bundle.
            const qsizetype colon = s.indexOf(u".zip:"_s);
            files.append(colon > 0 ? s.left(colon + 4) : s);
        }
        if (!files.isEmpty())
            emit openRequested(files);
    });

    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_timeline);
    split->addWidget(m_chains);
    split->addWidget(m_problems);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_summary, 1);
    bottom->addWidget(m_report);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_pathList);
    layout->addLayout(buttons);
    layout->addLayout(bottom);
    layout->addWidget(split, 1);

    m_run->setEnabled(false);
    m_cancel->setEnabled(false);
    m_report->setEnabled(false);
}

AuditView::~AuditView()
{
    m_cancelFlag->store(true);
    m_pool.waitForDone();
}

void AuditView::addPaths(const QStringList &paths)
{
    for (const QString &p : paths) {
        if (m_pathList->findItems(p, Qt::MatchExactly).isEmpty())
            m_pathList->addItem(p);
    }
    m_run->setEnabled(!m_running && m_pathList->count() > 0);
}

QStringList AuditView::paths() const
{
    QStringList out;
    for (int i = 0; i < m_pathList->count(); ++i)
        out.append(m_pathList->item(i)->text());
    return out;
}

void AuditView::run()
{
    if (m_running || m_pathList->count() == 0)
        return;
    std::optional<TrustProfile> profile;
    if (const QString id = m_settings->activeProfile(); !id.isEmpty()) {
        if (auto p = TrustProfileStore(m_settings->profilesDir()).load(id))
            profile = p->profile;
    }
    m_running = true;
    m_cancelFlag = std::make_shared<std::atomic_bool>(false);
    m_run->setEnabled(false);
    m_cancel->setEnabled(true);
    m_progress->setRange(0, 0);
    m_summary->setText(tr("Reading and verifying…"));
    const QStringList paths = this->paths();
    auto cancel = m_cancelFlag;
    m_pool.start([this, paths, profile, cancel] {
        auto progress = [this, cancel](int done, int total) {
            QMetaObject::invokeMethod(
                this,
                [this, cancel, done, total] {
                    if (cancel != m_cancelFlag)
                        return;
                    m_progress->setRange(0, total);
                    m_progress->setValue(done);
                },
                Qt::QueuedConnection);
        };
        AuditInput input = collectAuditEntries(paths,
                                               profile ? &*profile : nullptr,
                                               cancel.get(),
                                               progress);
        QMetaObject::invokeMethod(
            this,
            [this, input, cancel] {
                m_running = false;
                m_run->setEnabled(m_pathList->count() > 0);
                m_cancel->setEnabled(false);
                m_progress->setRange(0, 1);
                m_progress->setValue(1);
                if (cancel->load())
                    m_summary->setText(tr("Cancelled: no result."));
                else
                    show(input);
                emit finished();
            },
            Qt::QueuedConnection);
    });
}

void AuditView::cancel()
{
    m_cancelFlag->store(true);
}

void AuditView::show(const AuditInput &input)
{
    m_entries = input.entries;
    m_result = auditChains(m_entries);
    int invalid = 0;
    for (const AuditEntry &e : std::as_const(m_entries))
        invalid += e.report.verdict == Verdict::Invalid ? 1 : 0;
    QString summary = m_result.ok() && input.errors.isEmpty()
                          ? tr("No problems: %1 proofs in %2 chains, every link accounted for.")
                                .arg(m_entries.size())
                                .arg(m_result.chains.size())
                          : tr("Problems found: %1 proofs in %2 chains, %3 invalid, %4 problems.")
                                .arg(m_entries.size())
                                .arg(m_result.chains.size())
                                .arg(invalid)
                                .arg(m_result.problems.size() + input.errors.size());
    m_summary->setText(summary);
    m_summary->setAccessibleName(summary);
    m_report->setEnabled(true);

    m_chains->clear();
    for (const AuditChain &c : std::as_const(m_result.chains)) {
        auto counterOf = [&](int i) {
            const JsonValue *commit = m_entries[i].proof.member(u"commit");
            return commit ? Js::str(commit->member(u"counter")) : QString();
        };
        auto *row = new QTreeWidgetItem(m_chains);
        row->setText(0, FieldDecoder::fingerprint(c.publicKeyB64));
        row->setToolTip(0, c.publicKeyB64);
        row->setText(1, c.chainId.isEmpty() ? tr("default") : c.chainId);
        row->setText(2, QString::number(c.entries.size()));
        row->setText(3, u"%1 … %2"_s.arg(counterOf(c.entries.first()), counterOf(c.entries.last())));
        row->setText(4, QString::number(c.links));
        row->setText(5, c.epochId);
    }
    m_problems->clear();
    for (const QString &e : input.errors) {
        auto *row = new QTreeWidgetItem(m_problems);
        row->setIcon(0, CheckDescriptions::statusIcon(CheckStatus::Fail));
        row->setText(0, tr("Unreadable"));
        row->setText(1, e);
    }
    for (const AuditProblem &p : std::as_const(m_result.problems)) {
        auto *row = new QTreeWidgetItem(m_problems);
        row->setIcon(0,
                     CheckDescriptions::statusIcon(p.kind == u"invalid" ? CheckStatus::Fail
                                                                        : CheckStatus::Warn));
        row->setText(0, problemWords(p.kind));
        row->setText(1, p.message);
        row->setData(0, Qt::UserRole, p.sources);
        row->setToolTip(1, p.sources.join(u'\n'));
        row->setData(1, Qt::AccessibleTextRole, u"%1: %2"_s.arg(problemWords(p.kind), p.message));
    }
    m_timeline->setAudit(m_entries, m_result);
}

void AuditView::saveReport()
{
    const QString path = QFileDialog::getSaveFileName(this,
                                                      tr("Save audit report"),
                                                      u"occ-audit.json"_s,
                                                      tr("JSON (*.json)"));
    if (path.isEmpty())
        return;
    if (auto ok = saveFileAtomically(path,
                                     QByteArray(Json::toPrettyJson(m_result.toJson(m_entries))
                                                + '\n'));
        !ok)
        MessageBox::warning(this, tr("Save audit report"), ok.error().message);
}

} // namespace Occ::Ui
