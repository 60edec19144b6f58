// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0

#include "libraryview.h"

#include "accessibility.h"
#include "checkdescriptions.h"
#include "fielddecoder.h"
#include "messagebox.h"

#include "core/canonicaljson.h"
#include "core/crypto.h"
#include "core/settings.h"
#include "core/trustprofilestore.h"
#include "core/verifysession.h"

#include <QDateTime>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Occ::Ui {

namespace {

enum Column {
    NameColumn,
    VerdictColumn,
    SignerColumn,
    CounterColumn,
    TimeColumn,
    SourceColumn,
    PathColumn,
    ColumnCount
};

CheckStatus tone(Verdict v)
{
    return v == Verdict::Trusted ? CheckStatus::Pass
           : v == Verdict::Valid ? CheckStatus::Warn
                                 : CheckStatus::Fail;
}

} // namespace

LibraryView::LibraryView(Settings *settings, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_cancel(std::make_shared<std::atomic_bool>(false))
{
    setObjectName(u"libraryView"_s);
    m_pool.setMaxThreadCount(1);

    m_search = new QLineEdit;
    m_search->setObjectName(u"librarySearch"_s);
    m_search->setAccessibleName(tr("Search the proof library"));
    m_search->setPlaceholderText(
        tr("File name, digest prefix (hex), signer key prefix or counter"));
    m_search->setClearButtonEnabled(true);
    auto *searchLabel = new QLabel(tr("&Search:"));
    searchLabel->setBuddy(m_search);
    auto *debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(150);
    connect(m_search, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(debounce, &QTimer::timeout, this, &LibraryView::refresh);

    m_table = new QTreeWidget;
    m_table->setObjectName(u"libraryTable"_s);
    m_table->setAccessibleName(tr("Proofs in the library"));
    m_table->setRootIsDecorated(false);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setHeaderLabels({tr("Name"),
                              tr("Verdict"),
                              tr("Signer"),
                              tr("Counter"),
                              tr("Time (signer's clock)"),
                              tr("Source"),
                              tr("File")});
    m_table->setColumnWidth(NameColumn, 200);
    m_table->setColumnWidth(VerdictColumn, 190);
    m_table->setColumnWidth(SignerColumn, 200);
    m_table->setTextElideMode(Qt::ElideMiddle);
    connect(m_table, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        emit openRequested({item->text(PathColumn)});
    });

    m_reverify = makeButton(
        tr("&Re-verify"),
        u"reverifyButton"_s,
        tr("Check the selected proofs again from disk with the selected trust profile"));
    m_open = makeButton(tr("&Open"),
                        u"libraryOpenButton"_s,
                        tr("Open the selected proof in Verify"));
    m_remove = makeButton(tr("Remove from &library"),
                          u"libraryRemoveButton"_s,
                          tr("Forget the selected entries (the files stay)"));
    connect(m_reverify, &QPushButton::clicked, this, &LibraryView::reverifySelected);
    connect(m_remove, &QPushButton::clicked, this, &LibraryView::removeSelected);
    connect(m_open, &QPushButton::clicked, this, [this] {
        QStringList paths;
        for (QTreeWidgetItem *item : m_table->selectedItems())
            paths.append(item->text(PathColumn));
        if (!paths.isEmpty())
            emit openRequested(paths);
    });
    m_status = new QLabel;
    m_status->setObjectName(u"libraryStatus"_s);
    m_status->setWordWrap(true);

    auto *top = new QHBoxLayout;
    top->addWidget(searchLabel);
    top->addWidget(m_search, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_open);
    buttons->addWidget(m_reverify);
    buttons->addWidget(m_remove);
    auto *note = new QLabel(tr("Every proof this studio made or verified is indexed here, on this "
                               "computer only. Nothing is uploaded."));
    note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    auto opened = ProofLibrary::open(m_settings->libraryPath());
    if (opened) {
        m_library.emplace(std::move(opened).value());
        m_note = m_library->recoveryNote();
    } else {
        m_note = tr("The library cannot be used: %1").arg(opened.error().message);
        m_status->setText(m_note);
    }
    refresh();
}

LibraryView::~LibraryView()
{
    m_cancel->store(true);
    m_pool.waitForDone();
}

int LibraryView::rowCount() const
{
    return m_table->topLevelItemCount();
}

void LibraryView::record(const QList<VerifyItem> &items, LibrarySource source)
{
    if (!m_library)
        return;
    // Thousands of proofs after a big stamp: verifying what is not yet verified and writing the
    // index happen on a worker with its own database connection, in one transaction.
    const QString dbPath = m_library->path();
    m_pool.start([this, items, source, dbPath] {
        QList<VerifyItem> todo;
        for (VerifyItem item : items) {
            if (item.proofText.isEmpty() && item.proof)
                item.proofText = Json::toPrettyJson(*item.proof); // as Bundle::write stores it
            if (!item.proofText.isEmpty() && QFileInfo::exists(item.source))
                todo.append(item); // pasted text or an unreadable bundle: nothing to find again
        }
        QList<VerifyItem> unverified;
        QList<qsizetype> where;
        for (qsizetype i = 0; i < todo.size(); ++i) {
            if (todo[i].report.checks.isEmpty()) {
                unverified.append(todo[i]);
                where.append(i);
            }
        }
        VerifySession::verify(unverified, nullptr);
        for (qsizetype k = 0; k < where.size(); ++k)
            todo[where[k]].report = unverified[k].report;
        QList<LibraryEntry> entries;
        for (const VerifyItem &item : std::as_const(todo))
            entries.append(ProofLibrary::entryFor(item, source));
        QString error;
        if (!entries.isEmpty()) {
            auto library = ProofLibrary::open(dbPath);
            if (!library)
                error = library.error().message;
            else if (auto recorded = library->recordAll(entries); !recorded)
                error = recorded.error().message;
        }
        Crypto::releaseThreadState();
        QMetaObject::invokeMethod(
            this,
            [this, error] {
                if (!error.isEmpty())
                    m_note = error;
                refresh();
                emit recorded();
            },
            Qt::QueuedConnection);
    });
}

void LibraryView::refresh()
{
    m_table->clear();
    const bool usable = m_library.has_value();
    m_reverify->setEnabled(usable);
    m_remove->setEnabled(usable);
    m_open->setEnabled(usable);
    if (!usable)
        return;
    auto found = m_library->search(m_search->text().trimmed());
    if (!found) {
        m_status->setText(found.error().message);
        return;
    }
    for (const LibraryEntry &e : std::as_const(*found)) {
        auto *row = new QTreeWidgetItem(m_table);
        row->setData(0, Qt::UserRole, e.id);
        row->setText(NameColumn, e.fileName);
        row->setIcon(VerdictColumn, CheckDescriptions::statusIcon(tone(e.verdict)));
        row->setText(VerdictColumn, CheckDescriptions::verdictText(e.verdict));
        row->setToolTip(VerdictColumn,
                        e.reason.isEmpty()
                            ? tr("Checked %1").arg(FieldDecoder::timeText(double(e.checkedAt)))
                            : tr("%1\nChecked %2")
                                  .arg(e.reason, FieldDecoder::timeText(double(e.checkedAt))));
        row->setText(SignerColumn, FieldDecoder::fingerprint(e.signerKey));
        row->setToolTip(SignerColumn, e.signerKey);
        row->setText(CounterColumn, e.counter);
        row->setText(TimeColumn,
                     e.commitTime ? FieldDecoder::timeText(double(*e.commitTime)) : QString());
        row->setText(SourceColumn,
                     e.source == LibrarySource::Stamped ? tr("stamped here") : tr("verified here"));
        row->setText(PathColumn, e.path);
        row->setToolTip(PathColumn, e.path);
        row->setData(NameColumn,
                     Qt::AccessibleTextRole,
                     tr("%1, %2, counter %3")
                         .arg(e.fileName, CheckDescriptions::verdictText(e.verdict), e.counter));
    }
    const auto total = m_library->count();
    const QString shown = tr("Showing %1 of %2 proofs").arg(found->size()).arg(total ? *total : 0);
    m_status->setText(m_note.isEmpty() ? shown : m_note + u'\n' + shown);
}

QList<qint64> LibraryView::selectedIds() const
{
    QList<qint64> ids;
    for (QTreeWidgetItem *item : m_table->selectedItems())
        ids.append(item->data(0, Qt::UserRole).toLongLong());
    return ids;
}

void LibraryView::reverifySelected()
{
    if (!m_library)
        return;
    QList<LibraryEntry> entries;
    for (qint64 id : selectedIds()) {
        if (auto e = m_library->entry(id))
            entries.append(*e);
    }
    if (entries.isEmpty())
        return;
    std::optional<TrustProfile> profile;
    if (const QString id = m_settings->activeProfile(); !id.isEmpty()) {
        if (auto p = TrustProfileStore(m_settings->profilesDir()).load(id))
            profile = p->profile;
    }
    m_reverify->setEnabled(false);
    m_status->setText(tr("Re-verifying %1 proofs from disk…").arg(entries.size()));
    auto cancel = m_cancel;
    // Reading bundles and hashing originals is slow: a worker does it; the database stays here.
    m_pool.start([this, entries, profile, cancel] {
        QList<LibraryEntry> checked;
        for (const LibraryEntry &e : entries) {
            auto r = ProofLibrary::recheck(e, profile ? &*profile : nullptr, cancel.get());
            if (r)
                checked.append(*r);
        }
        Crypto::releaseThreadState();
        QMetaObject::invokeMethod(
            this,
            [this, checked] {
                for (const LibraryEntry &e : checked) {
                    if (auto stored = m_library->updateVerdict(e); !stored)
                        m_note = stored.error().message;
                }
                refresh();
                m_reverify->setEnabled(true);
                emit reverified();
            },
            Qt::QueuedConnection);
    });
}

void LibraryView::removeSelected()
{
    const QList<qint64> ids = selectedIds();
    if (!m_library || ids.isEmpty())
        return;
    if (MessageBox::question(this,
                             tr("Remove from library"),
                             tr("Forget %1 entries? The bundles and proof files are not touched.")
                                 .arg(ids.size()))
        != QMessageBox::Yes)
        return;
    for (qint64 id : ids) {
        if (auto removed = m_library->remove(id); !removed)
            m_note = removed.error().message;
    }
    refresh();
}

} // namespace Occ::Ui
