// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0

// The AWS Nitro attestation parser (CBOR COSE_Sign1 through libcbor, X.509 chain, ES384).

#include "core/attestation.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    (void) Occ::Attestation::decodeNitro(input);
    static const QList<QByteArray> roots = {Occ::Attestation::awsNitroRootG1Pem()};
    (void) Occ::Attestation::verifyNitro(input, roots);
    return 0;
}
