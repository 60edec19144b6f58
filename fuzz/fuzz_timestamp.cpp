// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0

// The RFC 3161 parsers: a TimeStampToken as found in a proof, and a TimeStampResp as a TSA
// returns it.

#include "core/builtinroots.h"
#include "core/timestamptoken.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    static const QByteArray digest(32, '\x02');
    static const QList<QByteArray> anchors = {QByteArray(Occ::kFreeTsaRootPem)};
    (void) Occ::TimestampToken::verify(input, digest, anchors);
    (void) Occ::TimestampToken::tokenFromResponse(input, digest, QByteArray(8, '\x03'));
    return 0;
}
