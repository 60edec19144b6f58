// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "core/chainaudit.h"

#include <QThreadPool>
#include <QWidget>

#include <atomic>
#include <memory>

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace Occ {
class Settings;
}

namespace Occ::Ui {

class AuditTimeline;

/**
 * Chain audits in the studio: verify every proof under some folders and files, group them by
 * signer, epoch and chain, order them by counter, and show links, forks, gaps, counter reuse,
 * backwards times and duplicates, with a timeline. Reading and verifying run off the GUI thread.
 */
class AuditView final : public QWidget
{
    Q_OBJECT

public:
    explicit AuditView(Settings *settings, QWidget *parent = nullptr);
    ~AuditView() override;

    void addPaths(const QStringList &paths);
    QStringList paths() const;
    bool isRunning() const { return m_running; }
    const AuditResult &result() const { return m_result; }
    const QList<AuditEntry> &entries() const { return m_entries; }

public slots:
    void run();
    void cancel();

signals:
    void finished();
    void openRequested(const QStringList &paths);

private:
    void show(const AuditInput &input);
    void saveReport();

    Settings *m_settings;
    QListWidget *m_pathList;
    QPushButton *m_addFolder;
    QPushButton *m_addFiles;
    QPushButton *m_clear;
    QPushButton *m_run;
    QPushButton *m_cancel;
    QPushButton *m_report;
    QProgressBar *m_progress;
    QLabel *m_summary;
    QTreeWidget *m_chains;
    QTreeWidget *m_problems;
    AuditTimeline *m_timeline;

    QList<AuditEntry> m_entries;
    AuditResult m_result;
    bool m_running = false;
    std::shared_ptr<std::atomic_bool> m_cancelFlag;
    QThreadPool m_pool;
};

} // namespace Occ::Ui
