// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0

// The trust-profile parser: whatever it accepts must write back to a profile it reads as equal.

#include "core/trustprofile.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    // No base folder that exists: certificate paths must fail cleanly, never be read from cwd.
    auto profile = Occ::TrustProfile::fromJson(input, QStringLiteral("/nonexistent-fuzz-dir"));
    if (!profile)
        return 0;
    auto again = Occ::TrustProfile::fromJson(profile->toJson());
    if (!again || !(*again == *profile))
        std::abort();
    return 0;
}
