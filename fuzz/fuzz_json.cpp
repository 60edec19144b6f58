// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0

// The JSON reader (JSON.parse semantics and the strict proof options) and the canonicalizer:
// whatever parses must canonicalize, and canonical text must parse back to the same bytes.

#include "core/canonicaljson.h"
#include "core/jsonparser.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const auto &options : {Occ::JsonParser::Options{}, Occ::JsonParser::strictOptions(64)}) {
        auto value = Occ::JsonParser::parse(input, options);
        if (!value)
            continue;
        const QByteArray canonical = Occ::Json::canonicalize(*value);
        auto again = Occ::JsonParser::parse(canonical);
        if (!again || Occ::Json::canonicalize(*again) != canonical)
            std::abort(); // canonical form must be a fixed point
        (void) Occ::Json::toPrettyJson(*value);
    }
    return 0;
}
