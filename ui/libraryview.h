// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "core/prooflibrary.h"

#include <QThreadPool>
#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace Occ {
class Settings;
struct VerifyItem;
} // namespace Occ

namespace Occ::Ui {

/**
 * The proof library: a local index (SQLite, never uploaded) of every proof the studio made or
 * verified, searchable by name, digest prefix, signer key prefix or counter, with re-verification
 * on demand against the selected trust profile.
 */
class LibraryView final : public QWidget
{
    Q_OBJECT

public:
    explicit LibraryView(Settings *settings, QWidget *parent = nullptr);
    ~LibraryView() override;

    /** Records items (verifying those not yet verified) off the GUI thread; items without a
     *  file are skipped. recorded() follows. */
    void record(const QList<VerifyItem> &items, LibrarySource source);
    /** The library, when it could be opened. */
    ProofLibrary *library() { return m_library ? &*m_library : nullptr; }
    int rowCount() const;

public slots:
    void refresh();
    void reverifySelected();
    void removeSelected();

signals:
    void openRequested(const QStringList &paths);
    void reverified();
    /** Emitted when a record() has reached the index. */
    void recorded();

private:
    QList<qint64> selectedIds() const;

    Settings *m_settings;
    std::optional<ProofLibrary> m_library;
    QLineEdit *m_search;
    QTreeWidget *m_table;
    QLabel *m_status;
    QString m_note; ///< a recovery note or the last error, shown above the count
    QPushButton *m_reverify;
    QPushButton *m_open;
    QPushButton *m_remove;
    QThreadPool m_pool;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace Occ::Ui
