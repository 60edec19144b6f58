// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Occ::TimestampToken {

/** What an RFC 3161 TimeStampToken says, once its signature is checked. */
struct Info
{
    QDateTime genTime;  ///< the TSA's clock: third-party time
    QString tsaSubject; ///< the signing certificate's common name (or subject)
    QString serial;     ///< hex
    QString policyOid;
    bool trusted = false; ///< the TSA chains to one of the trust anchors at genTime
    QString untrustedWhy; ///< when not trusted: why
};

/**
 * Checks a DER TimeStampToken (CMS SignedData with TSTInfo): the imprint must be SHA-256 and
 * equal `expectedDigest`, and the CMS signature must verify with the token's own signing
 * certificate ("intact"). The TSA is trusted only when that certificate chains to one of
 * `trustAnchorsPem` at genTime and carries the critical timeStamping extended key usage.
 * An error means the token is broken or is for other bytes.
 */
Result<Info> verify(QByteArrayView tokenDer,
                    QByteArrayView expectedDigest,
                    const QList<QByteArray> &trustAnchorsPem);

/** A DER TimeStampReq: version 1, SHA-256 imprint of `digest`, the nonce, certReq true. */
QByteArray makeRequest(QByteArrayView digest, QByteArrayView nonce);

/**
 * Reads a DER TimeStampResp: the status must be granted, and the token must carry the nonce we
 * sent, timestamp `digest`, and have an intact signature. Returns the token (DER).
 */
Result<QByteArray> tokenFromResponse(QByteArrayView responseDer,
                                     QByteArrayView digest,
                                     QByteArrayView nonce);

} // namespace Occ::TimestampToken
