// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "core/chainaudit.h"

#include <QWidget>

namespace Occ::Ui {

/**
 * A picture of audited chains: one lane per signer/epoch/chain, each proof a mark placed by the
 * signer's clock (or by counter when times are missing), links drawn between proofs, and marks of
 * a different shape for invalid proofs and proofs involved in a problem. Hovering a mark names
 * the proof; the accessible description summarises the picture in words.
 */
class AuditTimeline final : public QWidget
{
    Q_OBJECT

public:
    explicit AuditTimeline(QWidget *parent = nullptr);

    void setAudit(const QList<AuditEntry> &entries, const AuditResult &result);
    void clear();
    /** Marks drawn (tests). */
    int markCount() const { return int(m_marks.size()); }

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Mark
    {
        int lane = 0;
        double x = 0; ///< 0..1 across the lane
        bool invalid = false;
        bool problem = false;
        int linkedTo = -1; ///< index of the mark this one links back to
        QString tip;
    };
    struct Lane
    {
        QString label;
    };
    QRectF markRect(const Mark &m) const;

    QList<Mark> m_marks;
    QList<Lane> m_lanes;
    bool m_byTime = true;
    QString m_rangeText;
};

} // namespace Occ::Ui
