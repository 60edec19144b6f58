// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// JavaScript value semantics the reference relies on, for code that must match its wording and
// tests. Internal to core.

#include "jsonvalue.h"

namespace Occ::Js {

/** JavaScript String(value), as template literals interpolate it ("undefined" for absent). */
QString toString(const JsonValue *v);
/** A string member that is present and not empty. */
bool isNonEmptyString(const JsonValue *v);
/** JavaScript truthiness, for the reference's `if (x)` tests (absent is false). */
bool isTruthy(const JsonValue *v);
/** The string value, or an empty string for anything else. */
QString str(const JsonValue *v);

} // namespace Occ::Js
