// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "jsonvalue.h"

#include <QByteArray>

#include <vector>

namespace Occ::Json {

/**
 * The occ/1 canonical form: the UTF-8 bytes of ECMAScript JSON.stringify applied to the value
 * with every object rebuilt in sorted key order. Keys that look like array indices ("0" to
 * "4294967294", no leading zeros) come first in numeric order, the rest in UTF-16 code-unit
 * order; a "__proto__" member is dropped (the reference cannot recreate it); numbers print as
 * JS Number::toString does; lone surrogates are escaped as lowercase \\udxxx.
 * These are the bytes that are hashed and signed.
 */
QByteArray canonicalize(const JsonValue &value);

/** A member of an object that is not built: its key and a value held elsewhere. */
struct MemberRef
{
    QStringView key;
    const JsonValue *value = nullptr; ///< nullptr: the member is absent
};

/**
 * canonicalize() of the object with these members (absent ones left out; keys unique), without
 * copying the values: the bodies that are hashed and signed are made of members of a proof.
 */
QByteArray canonicalizeMembers(const std::vector<MemberRef> &members);

/**
 * JSON.stringify(value, null, indent): member order kept (array-index keys first, as JavaScript
 * enumerates them), same string and number formatting as canonicalize(). No trailing newline.
 * indent 0 gives the compact single-line form.
 */
QByteArray toPrettyJson(const JsonValue &value, int indent = 2);

/** JavaScript Number.prototype.toString() for a double (NaN/Infinity give "NaN"/"Infinity"). */
QByteArray jsNumberToString(double value);

/** True when JavaScript treats the key as an array index (0 .. 2^32-2 in canonical decimal). */
bool isArrayIndexKey(QStringView key);

} // namespace Occ::Json
