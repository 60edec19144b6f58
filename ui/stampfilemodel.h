// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "core/stampjob.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QSet>
#include <QTimer>

namespace Occ::Ui {

/** The stamp view's file list: one row per file, updated from a running StampJob. */
class StampFileModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, SizeColumn, DigestColumn, StatusColumn, ProgressColumn, ColumnCount };
    enum Role { PathRole = Qt::UserRole + 1, BundleRole, StageRole, ProgressRole };

    explicit StampFileModel(QObject *parent = nullptr);

    /** Adds files not listed yet; returns how many were added. */
    int addFiles(const QStringList &paths);
    void removeRows(QList<int> rows);
    void clear();
    QStringList paths() const;
    int pendingCount() const; ///< rows not stamped yet (waiting, failed or cancelled)
    const StampFileResult &result(int row) const { return m_rows[row].result; }

    /**
     * Feeds progress from a job over the given rows (job index i is model row rows[i]). Stage
     * changes are applied in batches (at most every 50 ms, and all at once when the job
     * finishes): with thousands of files, one model update per file and stage kept the GUI
     * thread busy for hundreds of milliseconds.
     */
    void track(StampJob *job, const QList<int> &rows);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static QString stageText(StampStage stage);

private:
    struct Row
    {
        StampFileResult result; ///< without the proof (see applyStageChanges)
        QString counter;        ///< the proof's commit counter, once committed
        qint64 done = 0;
        qint64 total = 0;
    };
    void rowChanged(int row);
    void applyStageChanges();
    QList<Row> m_rows;
    QPointer<StampJob> m_job;
    QList<int> m_jobRows;
    QSet<int> m_changed; ///< job indexes whose stage changed since the last update
    QTimer m_applyTimer;
};

} // namespace Occ::Ui
