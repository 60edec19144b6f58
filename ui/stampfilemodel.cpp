// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0

#include "stampfilemodel.h"

#include "checkdescriptions.h"

#include "core/encoding.h"

#include <QFileInfo>
#include <QLocale>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Occ::Ui {

StampFileModel::StampFileModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_applyTimer.setSingleShot(true);
    m_applyTimer.setInterval(50);
    connect(&m_applyTimer, &QTimer::timeout, this, &StampFileModel::applyStageChanges);
}

int StampFileModel::addFiles(const QStringList &paths)
{
    QSet<QString> known;
    for (const Row &r : std::as_const(m_rows))
        known.insert(r.result.path);
    QList<Row> fresh;
    for (const QString &p : paths) {
        const QString abs = QFileInfo(p).absoluteFilePath();
        if (known.contains(abs))
            continue;
        known.insert(abs);
        Row r;
        r.result.path = abs;
        r.result.size = QFileInfo(abs).size();
        fresh.append(r);
    }
    if (fresh.isEmpty())
        return 0;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + fresh.size() - 1));
    m_rows.append(fresh);
    endInsertRows();
    return int(fresh.size());
}

void StampFileModel::removeRows(QList<int> rows)
{
    std::sort(rows.begin(), rows.end(), std::greater<>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    for (int row : rows) {
        if (row < 0 || row >= m_rows.size())
            continue;
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }
}

void StampFileModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

QStringList StampFileModel::paths() const
{
    QStringList out;
    for (const Row &r : m_rows)
        out.append(r.result.path);
    return out;
}

int StampFileModel::pendingCount() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(), [](const Row &r) {
        return r.result.stage != StampStage::Done;
    }));
}

void StampFileModel::track(StampJob *job, const QList<int> &rows)
{
    for (int i = 0; i < rows.size(); ++i) {
        Row &r = m_rows[rows[i]];
        r.result.stage = StampStage::Waiting;
        r.result.error.reset();
        r.result.warning.clear();
        r.done = 0;
        rowChanged(rows[i]);
    }
    applyStageChanges(); // what an earlier job left pending
    m_job = job;
    m_jobRows = rows;
    connect(job, &StampJob::fileStageChanged, this, [this, job](int i) {
        if (job != m_job)
            return;
        m_changed.insert(i);
        if (!m_applyTimer.isActive())
            m_applyTimer.start();
    });
    // Connected before the view's own handler: it sees every final stage.
    connect(job, &StampJob::finished, this, &StampFileModel::applyStageChanges);
    connect(job,
            &StampJob::fileProgressChanged,
            this,
            [this, rows](int i, qint64 done, qint64 total) {
                if (i < 0 || i >= rows.size() || rows[i] >= m_rows.size())
                    return;
                Row &r = m_rows[rows[i]];
                r.done = done;
                r.total = total;
                const QModelIndex cell = index(rows[i], ProgressColumn);
                emit dataChanged(cell, cell);
            });
}

void StampFileModel::applyStageChanges()
{
    m_applyTimer.stop();
    if (!m_job || m_changed.isEmpty()) {
        m_changed.clear();
        return;
    }
    int first = int(m_rows.size());
    int last = -1;
    for (int i : std::as_const(m_changed)) {
        if (i < 0 || i >= m_jobRows.size() || m_jobRows[i] >= m_rows.size()
            || i >= m_job->results().size())
            continue;
        const int row = m_jobRows[i];
        Row &r = m_rows[row];
        // Everything but the proof, which stays with the job: copying 10,000 proof trees here
        // cost the GUI thread a tenth of a second.
        const StampFileResult &from = m_job->results()[i];
        r.result.path = from.path;
        r.result.size = from.size;
        r.result.digest = from.digest;
        r.result.stage = from.stage;
        r.result.bundlePath = from.bundlePath;
        r.result.error = from.error;
        r.result.warning = from.warning;
        r.counter = from.counter();
        if (r.result.stage == StampStage::Hashed)
            r.done = r.total = r.result.size;
        first = std::min(first, row);
        last = std::max(last, row);
    }
    m_changed.clear();
    if (last >= 0)
        emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

void StampFileModel::rowChanged(int row)
{
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int StampFileModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StampFileModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString StampFileModel::stageText(StampStage stage)
{
    switch (stage) {
    case StampStage::Waiting:
        return tr("Ready");
    case StampStage::Hashing:
        return tr("Hashing…");
    case StampStage::Hashed:
        return tr("Hashed");
    case StampStage::Committing:
        return tr("Committing…");
    case StampStage::Timestamping:
        return tr("Committed");
    case StampStage::Writing:
        return tr("Writing bundle…");
    case StampStage::Done:
        return tr("Stamped");
    case StampStage::Failed:
        return tr("Failed");
    case StampStage::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QVariant StampFileModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows[index.row()];
    const StampFileResult &res = r.result;
    auto statusLine = [&] {
        QString s = stageText(res.stage);
        if (res.stage == StampStage::Done)
            s = tr("Stamped — counter %1").arg(m_rows[index.row()].counter);
        if (res.error && (res.stage == StampStage::Failed || res.stage == StampStage::Cancelled))
            s += u": "_s + res.error->message;
        if (!res.warning.isEmpty())
            s += u" ("_s + res.warning + u")"_s;
        return s;
    };
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return QFileInfo(res.path).fileName();
        case SizeColumn:
            return QLocale().formattedDataSize(res.size);
        case DigestColumn:
            return res.digest.isEmpty() ? QString() : Encoding::toHex(res.digest);
        case StatusColumn:
            return statusLine();
        case ProgressColumn:
            if (res.stage == StampStage::Hashing && r.total > 0)
                return u"%1%"_s.arg(int(100.0 * double(r.done) / double(r.total)));
            return res.stage == StampStage::Waiting ? QString() : u"100%"_s;
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case NameColumn:
            return res.bundlePath.isEmpty() ? res.path
                                            : tr("%1\nBundle: %2").arg(res.path, res.bundlePath);
        case DigestColumn:
            return res.digest.isEmpty() ? tr("Computed on this computer; the file never leaves it")
                                        : tr("SHA-256 %1").arg(Encoding::toHex(res.digest));
        case StatusColumn:
            return statusLine();
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == StatusColumn) {
            if (res.stage == StampStage::Done)
                return CheckDescriptions::statusIcon(CheckStatus::Pass);
            if (res.stage == StampStage::Failed)
                return CheckDescriptions::statusIcon(CheckStatus::Fail);
            if (res.stage == StampStage::Cancelled)
                return CheckDescriptions::statusIcon(CheckStatus::Skip);
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn || index.column() == ProgressColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case PathRole:
        return res.path;
    case BundleRole:
        return res.bundlePath;
    case StageRole:
        return int(res.stage);
    case ProgressRole:
        if (res.stage == StampStage::Hashing && r.total > 0)
            return int(1000.0 * double(r.done) / double(r.total));
        return res.stage == StampStage::Waiting ? 0 : 1000;
    }
    return {};
}

QVariant StampFileModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case SizeColumn:
        return tr("Size");
    case DigestColumn:
        return tr("SHA-256");
    case StatusColumn:
        return tr("Status");
    case ProgressColumn:
        return tr("Progress");
    }
    return {};
}

} // namespace Occ::Ui
