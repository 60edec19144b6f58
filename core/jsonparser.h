// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "jsonvalue.h"
#include "result.h"

#include <QByteArrayView>

namespace Occ {

/**
 * A JSON parser with ECMAScript JSON.parse semantics over UTF-8 text: the same grammar, numbers
 * rounded to the nearest double, strings kept as UTF-16 (escaped lone surrogates survive).
 *
 * Differences, all on purpose: invalid UTF-8 is an error (Node would substitute U+FFFD), a UTF-8
 * byte order mark at the start is skipped, nesting deeper than maxDepth is an error rather than
 * a stack overflow, and duplicate member names or a "__proto__" member can be rejected.
 */
class JsonParser
{
public:
    enum class Duplicates {
        LastWins, ///< JSON.parse: the last value wins, at the first one's position
        Reject,   ///< "ambiguous JSON": the text means different things to different readers
    };

    struct Options
    {
        Duplicates duplicates = Duplicates::LastWins;
        bool rejectProtoKey = false; ///< a "__proto__" member is an error
        int maxDepth = 256;          ///< arrays and objects nested deeper are an error
    };

    /** Options for untrusted documents: duplicates and "__proto__" rejected, depth capped. */
    static Options strictOptions(int maxDepth)
    {
        Options o;
        o.duplicates = Duplicates::Reject;
        o.rejectProtoKey = true;
        o.maxDepth = maxDepth;
        return o;
    }

    /** Parses a complete JSON text (surrounding JSON whitespace allowed, nothing else). */
    static Result<JsonValue> parse(QByteArrayView utf8, const Options &options);
    static Result<JsonValue> parse(QByteArrayView utf8) { return parse(utf8, Options{}); }
};

} // namespace Occ
