// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QString>
#include <QStringList>

namespace Occ {
class JsonValue;
}

namespace Occ::Ui {

/**
 * Human readings of well-known proof values, shown beside the raw value (never instead of it):
 * dates with the clock they come from, the enforcement tier in words, key fingerprints, WebAuthn
 * flags. Empty when there is nothing to add.
 */
class FieldDecoder
{
public:
    static QString decode(const QStringList &segments, const JsonValue &value);
    /** "SHA256:ab12 cd34 …": a short, comparable fingerprint of base64 key bytes. */
    static QString fingerprint(const QString &base64Key);
    /** The enforcement tier in words. */
    static QString enforcementText(const QString &tier);
    /** Unix milliseconds as a local date and time with its UTC offset. */
    static QString timeText(double unixMs);
};

} // namespace Occ::Ui
