// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace Occ::Encoding {

/** Standard base64 (RFC 4648 section 4) with '=' padding. */
QString toBase64(QByteArrayView bytes);

/**
 * Strict ("round-trip") decoding, as occ/1 demands for digests, keys and signatures: the text
 * must be exactly the canonical standard-alphabet, padded encoding of the bytes it decodes to.
 * Rejects missing padding, the URL-safe alphabet, whitespace and non-zero trailing bits.
 */
std::optional<QByteArray> fromBase64Strict(QStringView text);

/**
 * Lenient decoding as Node's Buffer.from(text, "base64"): both alphabets, characters outside
 * them skipped, decoding stops at the first '='; characters above U+00FF count as their low
 * byte, as Node reads them. Never fails; may return fewer bytes.
 */
QByteArray fromBase64Lenient(QStringView text);

/** base64url without padding (WebAuthn clientDataJSON.challenge) to padded standard base64. */
QString base64UrlToBase64(QStringView text);
/** Standard base64 to base64url without padding. */
QString base64ToBase64Url(QStringView text);

/** Lowercase hexadecimal. */
QString toHex(QByteArrayView bytes);

/**
 * A canonical decimal counter: ASCII digits, no sign, no leading zeros except "0", no
 * whitespace. Such strings compare as unbounded integers with compareDecimal().
 */
bool isCanonicalDecimal(QStringView text);
/** Compares two canonical decimals numerically: <0, 0, >0. */
int compareDecimal(QStringView a, QStringView b);

} // namespace Occ::Encoding
