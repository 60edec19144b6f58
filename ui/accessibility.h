// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QString>

class QPushButton;
class QWidget;

namespace Occ::Ui {

/** Sets a control's objectName (for tests) and accessible name (for screen readers). */
template<typename W>
W *named(W *widget, const QString &objectName, const QString &accessibleName)
{
    widget->setObjectName(objectName);
    widget->setAccessibleName(accessibleName);
    return widget;
}

/** A push button named for tests and screen readers, its description also as tooltip. */
QPushButton *makeButton(const QString &text, const QString &objectName, const QString &description);

/**
 * Gives the named controls under root the accessible description (and, where they have none,
 * the tooltip) a screen reader announces after the name: what the control does or holds. One
 * table for every view, so descriptions are written, reviewed and translated in one place.
 */
void describeControls(QWidget *root);

} // namespace Occ::Ui
