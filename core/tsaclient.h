// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "jsonvalue.h"
#include "result.h"

#include <QObject>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace Occ {

/**
 * An RFC 3161 client: POSTs a TimeStampReq (SHA-256, fresh nonce, certReq) to a TSA and hands
 * back the token once the answer carries our nonce, timestamps our digest and is intact.
 */
class TsaClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TsaClient)

public:
    explicit TsaClient(QUrl url, int timeoutMs = 10'000, QObject *parent = nullptr);

    void timestamp(const QByteArray &digest,
                   QObject *context,
                   std::function<void(Result<QByteArray>)> done);

    /**
     * Adds `timestamps.artifact` (over the artifact digest) and `timestamps.proof` (over the
     * proofCore digest) records for these tokens. The records are unsigned: verification checks
     * the tokens themselves. An empty token leaves its record out.
     */
    static JsonValue attach(JsonValue proof,
                            const QString &authority,
                            const QByteArray &artifactToken,
                            const QByteArray &proofToken);

private:
    QUrl m_url;
    int m_timeoutMs;
    QNetworkAccessManager *m_network;
};

} // namespace Occ
