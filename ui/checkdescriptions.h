// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "core/proofverifier.h"

#include <QIcon>
#include <QString>

namespace Occ::Ui {

/** Words for the verifier's stable check ids and statuses: one place for the views. */
class CheckDescriptions
{
public:
    /** "Signer's signature", "File matches the proof", ... */
    static QString title(const QString &checkId);
    /** What the check establishes, in one sentence for people. */
    static QString explanation(const QString &checkId);
    /** What the user can do about a failure or warning of this check; may be empty. */
    static QString action(const QString &checkId, CheckStatus status);
    /** "Passed", "Failed", "Warning", "Note", "Not checked". */
    static QString statusText(CheckStatus status);
    /** A distinct shape per status, so status never rests on colour alone. */
    static QIcon statusIcon(CheckStatus status);
    static QString verdictText(Verdict verdict);
};

} // namespace Occ::Ui
