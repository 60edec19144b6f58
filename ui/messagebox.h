// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QMessageBox>

#include <optional>

namespace Occ::Ui {

/**
 * Every modal question the studio asks goes through here, so GUI tests can answer it in
 * advance instead of blocking on a dialog.
 */
class MessageBox
{
public:
    static QMessageBox::StandardButton question(
        QWidget *parent,
        const QString &title,
        const QString &text,
        const QString &details = {},
        QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No,
        QMessageBox::StandardButton defaultButton = QMessageBox::No);
    static void warning(QWidget *parent, const QString &title, const QString &text);

    /** Tests: the next question() returns this without showing anything. */
    static void setNextAnswer(QMessageBox::StandardButton answer);
    /** Tests: the text of the last question or warning, shown or pre-answered. */
    static QString lastText();

private:
    static std::optional<QMessageBox::StandardButton> s_nextAnswer;
    static QString s_lastText;
};

} // namespace Occ::Ui
