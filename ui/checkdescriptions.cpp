// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0

#include "checkdescriptions.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPixmap>

using namespace Qt::StringLiterals;

namespace Occ::Ui {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Occ::Ui::CheckDescriptions", text);
}
} // namespace

QString CheckDescriptions::title(const QString &id)
{
    if (id == u"bundle")
        return tr("Bundle");
    if (id == u"json")
        return tr("Readable proof");
    if (id == u"structure")
        return tr("Proof structure");
    if (id == u"digest")
        return tr("File matches the proof");
    if (id == u"signature")
        return tr("Signer's signature");
    if (id == u"agency")
        return tr("Passkey authorization");
    if (id == u"slot")
        return tr("Causal slot");
    if (id == u"epochLink")
        return tr("Epoch link");
    if (id == u"attestation")
        return tr("Enclave attestation");
    if (id == u"timestamp.artifact")
        return tr("Timestamp of the file");
    if (id == u"timestamp.proof")
        return tr("Timestamp of the proof");
    if (id == u"trust")
        return tr("Signer trusted");
    if (id.startsWith(u"policy."))
        return tr("Trust profile: %1").arg(id.mid(7));
    return id;
}

QString CheckDescriptions::explanation(const QString &id)
{
    if (id == u"bundle")
        return tr("The bundle was read in memory, entry by entry, without extracting anything.");
    if (id == u"json")
        return tr("The proof is unambiguous JSON: no duplicate members, bounded size.");
    if (id == u"structure")
        return tr("Every required occ/1 field is present and well formed.");
    if (id == u"digest")
        return tr("The SHA-256 of the file's bytes equals the digest the signer signed.");
    if (id == u"signature")
        return tr("The Ed25519 signature over the canonical signed body verifies with the key in "
                  "the proof.");
    if (id == u"agency")
        return tr("A passkey (P-256 WebAuthn) authorized this commit; its signature is checked "
                  "separately from the signer's.");
    if (id == u"slot")
        return tr("The counter slot was allocated before the content was known, and is bound to "
                  "this commit.");
    if (id == u"epochLink")
        return tr("This signer's epoch links to the previous one, without forks.");
    if (id == u"attestation")
        return tr("An AWS Nitro attestation document binds the signing enclave's measurement to "
                  "this proof, checked against Amazon's root at the document's own time.");
    if (id == u"timestamp.artifact")
        return tr("An RFC 3161 timestamp authority saw the file's digest at the time it states.");
    if (id == u"timestamp.proof")
        return tr("An RFC 3161 timestamp authority saw the proof at the time it states.");
    if (id == u"trust")
        return tr("The trust profile pins this signer: its key, or its attested measurement.");
    if (id.startsWith(u"policy."))
        return tr("A constraint of the selected trust profile.");
    return {};
}

QString CheckDescriptions::action(const QString &id, CheckStatus status)
{
    if (status == CheckStatus::Pass || status == CheckStatus::Skip)
        return {};
    if (id == u"digest")
        return tr("Make sure you opened the very file that was stamped: any change to its bytes, "
                  "even one, breaks this check.");
    if (id == u"signature" || id == u"structure" || id == u"json")
        return tr("The proof was altered or damaged after it was signed. Ask the sender for the "
                  "original bundle.");
    if (id == u"trust")
        return tr("If you know this signer, use \"Pin this signer…\" after comparing its "
                  "fingerprint with one you got from the signer directly.");
    if (id.startsWith(u"timestamp."))
        return tr("To trust this timestamp, add the authority's root certificate to the trust "
                  "profile (Trust profiles → TSA roots).");
    if (id == u"attestation")
        return tr("Without a verified attestation the measurement is only the signer's own claim.");
    if (id.startsWith(u"policy."))
        return tr("The proof does not meet the selected trust profile. Choose another profile, or "
                  "edit this one if the constraint is wrong.");
    return {};
}

QString CheckDescriptions::statusText(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass:
        return tr("Passed");
    case CheckStatus::Fail:
        return tr("Failed");
    case CheckStatus::Warn:
        return tr("Warning");
    case CheckStatus::Info:
        return tr("Note");
    case CheckStatus::Skip:
        return tr("Not checked");
    }
    return {};
}

QIcon CheckDescriptions::statusIcon(CheckStatus status)
{
    QPixmap pm(16, 16);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    switch (status) {
    case CheckStatus::Pass:
        p.setBrush(QColor(0x1e, 0x88, 0x3a));
        p.setPen(Qt::NoPen);
        p.drawEllipse(1, 1, 14, 14);
        p.setPen(QPen(Qt::white, 2));
        p.drawPolyline(QPolygonF({QPointF(4.5, 8), QPointF(7, 10.5), QPointF(11.5, 5)}));
        break;
    case CheckStatus::Fail:
        p.setBrush(QColor(0xc6, 0x28, 0x28));
        p.setPen(Qt::NoPen);
        p.drawRect(1, 1, 14, 14);
        p.setPen(QPen(Qt::white, 2));
        p.drawLine(5, 5, 11, 11);
        p.drawLine(11, 5, 5, 11);
        break;
    case CheckStatus::Warn:
        p.setBrush(QColor(0xc2, 0x7c, 0x0e));
        p.setPen(Qt::NoPen);
        p.drawPolygon(QPolygonF({QPointF(8, 1), QPointF(15, 14), QPointF(1, 14)}));
        p.setPen(QPen(Qt::white, 2));
        p.drawLine(8, 5, 8, 9);
        p.drawPoint(8, 12);
        break;
    case CheckStatus::Info:
        p.setBrush(QColor(0x1f, 0x5f, 0xbf));
        p.setPen(Qt::NoPen);
        p.drawEllipse(1, 1, 14, 14);
        p.setPen(QPen(Qt::white, 2));
        p.drawPoint(8, 4);
        p.drawLine(8, 7, 8, 12);
        break;
    case CheckStatus::Skip:
        p.setPen(QPen(QColor(0x80, 0x80, 0x80), 1.5));
        p.drawEllipse(2, 2, 12, 12);
        break;
    }
    return QIcon(pm);
}

QString CheckDescriptions::verdictText(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Trusted:
        return tr("Trusted");
    case Verdict::Valid:
        return tr("Valid — signer not pinned");
    case Verdict::Invalid:
        return tr("Invalid");
    }
    return {};
}

} // namespace Occ::Ui
