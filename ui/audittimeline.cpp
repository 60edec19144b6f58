// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0

#include "audittimeline.h"

#include "fielddecoder.h"

#include "core/jsutil.h"

#include <QHelpEvent>
#include <QPainter>
#include <QSet>
#include <QToolTip>

#include <limits>

using namespace Qt::StringLiterals;

namespace Occ::Ui {

namespace {
constexpr int kLaneHeight = 44;
constexpr int kLabelWidth = 190;
constexpr int kMargin = 12;
constexpr int kTop = 24;
} // namespace

AuditTimeline::AuditTimeline(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"auditTimeline"_s);
    setAccessibleName(tr("Timeline of the audited chains"));
    setMouseTracking(true);
    setMinimumHeight(80);
    setFocusPolicy(Qt::NoFocus);
}

void AuditTimeline::clear()
{
    m_marks.clear();
    m_lanes.clear();
    m_rangeText.clear();
    setAccessibleDescription(QString());
    updateGeometry();
    update();
}

void AuditTimeline::setAudit(const QList<AuditEntry> &entries, const AuditResult &result)
{
    clear();
    QSet<QString> troubled;
    for (const AuditProblem &p : result.problems) {
        for (const QString &s : p.sources)
            troubled.insert(s);
    }
    auto timeOf = [&](int i) -> std::optional<double> {
        const JsonValue *commit = entries[i].proof.member(u"commit");
        const JsonValue *t = commit ? commit->member(u"time") : nullptr;
        return t ? t->asNumber() : std::nullopt;
    };
    double lo = std::numeric_limits<double>::max();
    double hi = std::numeric_limits<double>::lowest();
    m_byTime = true;
    for (const AuditChain &c : result.chains) {
        for (int i : c.entries) {
            const auto t = timeOf(i);
            if (!t)
                m_byTime = false;
            else {
                lo = std::min(lo, *t);
                hi = std::max(hi, *t);
            }
        }
    }
    int longest = 1;
    for (const AuditChain &c : result.chains)
        longest = std::max(longest, int(c.entries.size()));
    int invalidCount = 0;
    for (const AuditChain &c : result.chains) {
        Lane lane;
        lane.label = tr("%1 · %2").arg(FieldDecoder::fingerprint(c.publicKeyB64).mid(7, 14),
                                       c.chainId.isEmpty() ? tr("default chain") : c.chainId);
        const int laneIndex = int(m_lanes.size());
        m_lanes.append(lane);
        int previous = -1;
        for (qsizetype k = 0; k < c.entries.size(); ++k) {
            const int i = c.entries[k];
            Mark m;
            m.lane = laneIndex;
            const auto t = timeOf(i);
            m.x = m_byTime ? (hi > lo ? (*t - lo) / (hi - lo) : 0.5)
                           : (longest > 1 ? double(k) / double(longest - 1) : 0.5);
            m.invalid = entries[i].report.verdict == Verdict::Invalid;
            invalidCount += m.invalid ? 1 : 0;
            m.problem = troubled.contains(entries[i].source);
            m.linkedTo = previous;
            const JsonValue *commit = entries[i].proof.member(u"commit");
            m.tip = tr("Counter %1\n%2\n%3")
                        .arg(Js::str(commit ? commit->member(u"counter") : nullptr),
                             t ? tr("Signer's clock: %1").arg(FieldDecoder::timeText(*t))
                               : tr("No time in the proof"),
                             entries[i].source);
            if (m.invalid)
                m.tip += u"\n"_s + tr("Invalid: %1").arg(entries[i].report.reason());
            previous = int(m_marks.size());
            m_marks.append(m);
        }
    }
    if (m_byTime && lo <= hi)
        m_rangeText = tr("%1 → %2 (signer's clock)")
                          .arg(FieldDecoder::timeText(lo), FieldDecoder::timeText(hi));
    else
        m_rangeText = tr("ordered by counter (some proofs carry no time)");
    setAccessibleDescription(tr("%1 chains, %2 proofs, %3 invalid, %4 problems; %5")
                                 .arg(result.chains.size())
                                 .arg(m_marks.size())
                                 .arg(invalidCount)
                                 .arg(result.problems.size())
                                 .arg(m_rangeText));
    updateGeometry();
    update();
}

QSize AuditTimeline::sizeHint() const
{
    return {600, kTop + kMargin + int(std::max<qsizetype>(1, m_lanes.size())) * kLaneHeight};
}

QRectF AuditTimeline::markRect(const Mark &m) const
{
    const double left = kLabelWidth;
    const double width = std::max(20, this->width() - kLabelWidth - 2 * kMargin);
    const double cx = left + m.x * width;
    const double cy = kTop + m.lane * kLaneHeight + kLaneHeight / 2.0;
    return {cx - 6, cy - 6, 12, 12};
}

void AuditTimeline::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    p.fillRect(rect(), pal.color(QPalette::Base));
    p.setPen(pal.color(QPalette::Text));
    if (m_lanes.isEmpty()) {
        p.drawText(rect(), Qt::AlignCenter, tr("Run an audit to see its chains here."));
        return;
    }
    p.drawText(QRect(kMargin, 2, width() - 2 * kMargin, kTop - 4), Qt::AlignRight, m_rangeText);
    for (int l = 0; l < m_lanes.size(); ++l) {
        const int y = kTop + l * kLaneHeight;
        p.setPen(pal.color(QPalette::Text));
        p.drawText(QRect(kMargin, y, kLabelWidth - kMargin, kLaneHeight),
                   Qt::AlignVCenter | Qt::AlignLeft,
                   m_lanes[l].label);
        p.setPen(QPen(pal.color(QPalette::Mid), 1, Qt::DotLine));
        p.drawLine(kLabelWidth, y + kLaneHeight / 2, width() - kMargin, y + kLaneHeight / 2);
    }
    // Links first, marks on top.
    p.setPen(QPen(pal.color(QPalette::Text), 1.5));
    for (const Mark &m : std::as_const(m_marks)) {
        if (m.linkedTo >= 0)
            p.drawLine(markRect(m_marks[m.linkedTo]).center(), markRect(m).center());
    }
    for (const Mark &m : std::as_const(m_marks)) {
        const QRectF r = markRect(m);
        if (m.invalid) {
            // A red square with a cross: invalid.
            p.setPen(Qt::NoPen);
            p.setBrush(QColor(0xc6, 0x28, 0x28));
            p.drawRect(r);
            p.setPen(QPen(Qt::white, 2));
            p.drawLine(r.topLeft() + QPointF(3, 3), r.bottomRight() - QPointF(3, 3));
            p.drawLine(r.topRight() + QPointF(-3, 3), r.bottomLeft() + QPointF(3, -3));
        } else if (m.problem) {
            // An amber triangle: part of a fork, gap or other finding.
            p.setPen(Qt::NoPen);
            p.setBrush(QColor(0xc2, 0x7c, 0x0e));
            p.drawPolygon(QPolygonF({QPointF(r.center().x(), r.top() - 1),
                                     r.bottomRight() + QPointF(1, 1),
                                     r.bottomLeft() + QPointF(-1, 1)}));
        } else {
            p.setPen(Qt::NoPen);
            p.setBrush(QColor(0x1e, 0x88, 0x3a));
            p.drawEllipse(r);
        }
    }
}

bool AuditTimeline::event(QEvent *e)
{
    if (e->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(e);
        for (const Mark &m : std::as_const(m_marks)) {
            if (markRect(m).adjusted(-3, -3, 3, 3).contains(help->pos())) {
                QToolTip::showText(help->globalPos(), m.tip, this);
                return true;
            }
        }
        QToolTip::hideText();
        e->ignore();
        return true;
    }
    return QWidget::event(e);
}

} // namespace Occ::Ui
