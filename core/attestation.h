// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

namespace Occ::Attestation {

/** What a verified AWS Nitro attestation document says. */
struct NitroDocument
{
    QString moduleId;
    QDateTime timestamp;        ///< the vendor's clock (the NSM), UTC
    QMap<int, QByteArray> pcrs; ///< index -> 48-byte SHA-384 register
    QByteArray userData;
    QByteArray nonce;
    QByteArray publicKey;
    QString leafSubject;    ///< the enclave's certificate
    QString rootSubject;    ///< the trust anchor the chain ended in
    bool debugMode = false; ///< all PCRs zero: an enclave started in debug mode

    QString pcr0Hex() const;
};

/** The AWS Nitro Enclaves Root-G1 certificate (PEM), shipped as the default root. */
QByteArray awsNitroRootG1Pem();

/**
 * Decodes and verifies an AWS Nitro attestation document (CBOR COSE_Sign1, ES384): the
 * signature with the leaf certificate, and the chain leaf -> cabundle -> one of `rootsPem`
 * validated at the document's own timestamp (leaf certificates live about three hours). No
 * Authority Key Identifier is demanded (Nitro certificates have none). Errors say what failed.
 */
Result<NitroDocument> verifyNitro(QByteArrayView document, const QList<QByteArray> &rootsPem);

/** Decodes without verifying anything (to show what a document claims). */
Result<NitroDocument> decodeNitro(QByteArrayView document);

} // namespace Occ::Attestation
