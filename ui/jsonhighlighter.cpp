// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0

#include "jsonhighlighter.h"

#include <QGuiApplication>
#include <QPalette>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Occ::Ui {

JsonHighlighter::JsonHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{}

void JsonHighlighter::highlightBlock(const QString &text)
{
    // Colours that keep contrast in light and dark palettes alike.
    const bool dark = QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
    QTextCharFormat key;
    key.setForeground(dark ? QColor(0x9c, 0xdc, 0xfe) : QColor(0x00, 0x45, 0x8b));
    key.setFontWeight(QFont::DemiBold);
    QTextCharFormat string;
    string.setForeground(dark ? QColor(0xce, 0x91, 0x78) : QColor(0xa3, 0x15, 0x15));
    QTextCharFormat number;
    number.setForeground(dark ? QColor(0xb5, 0xce, 0xa8) : QColor(0x09, 0x86, 0x58));
    QTextCharFormat literal;
    literal.setForeground(dark ? QColor(0x56, 0x9c, 0xd6) : QColor(0x00, 0x00, 0xff));

    static const QRegularExpression strings(uR"("(?:[^"\\]|\\.)*"(\s*:)?)"_s);
    static const QRegularExpression numbers(uR"((?<![\w."])-?\d+(\.\d+)?([eE][+-]?\d+)?)"_s);
    static const QRegularExpression literals(uR"(\b(true|false|null)\b)"_s);
    for (auto it = numbers.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        setFormat(int(m.capturedStart()), int(m.capturedLength()), number);
    }
    for (auto it = literals.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        setFormat(int(m.capturedStart()), int(m.capturedLength()), literal);
    }
    for (auto it = strings.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const bool isKey = !m.captured(1).isEmpty();
        setFormat(int(m.capturedStart()),
                  int(m.capturedLength() - m.captured(1).size()),
                  isKey ? key : string);
    }
}

} // namespace Occ::Ui
