// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

class QWidget;

namespace Occ::Ui {

/**
 * Gives the named controls under root the accessible description (and, where they have none,
 * the tooltip) a screen reader announces after the name: what the control does or holds. One
 * table for every view, so descriptions are written, reviewed and translated in one place.
 */
void describeControls(QWidget *root);

} // namespace Occ::Ui
