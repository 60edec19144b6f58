// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0
#include "tsaclient.h"

#include "crypto.h"
#include "encoding.h"
#include "proofhashes.h"
#include "timestamptoken.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <openssl/rand.h>

using namespace Qt::StringLiterals;

namespace Occ {

TsaClient::TsaClient(QUrl url, int timeoutMs, QObject *parent)
    : QObject(parent)
    , m_url(std::move(url))
    , m_timeoutMs(timeoutMs)
    , m_network(new QNetworkAccessManager(this))
{}

void TsaClient::timestamp(const QByteArray &digest,
                          QObject *context,
                          std::function<void(Result<QByteArray>)> done)
{
    QByteArray nonce(16, Qt::Uninitialized);
    RAND_bytes(reinterpret_cast<unsigned char *>(nonce.data()), int(nonce.size()));
    nonce[0] = char(nonce[0] & 0x7F); // a positive INTEGER
    QNetworkRequest request(m_url);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/timestamp-query"));
    request.setTransferTimeout(m_timeoutMs);
    QNetworkReply *reply = m_network->post(request, TimestampToken::makeRequest(digest, nonce));
    connect(
        reply,
        &QNetworkReply::finished,
        context ? context : this,
        [reply, digest, nonce, host = m_url.host(), done = std::move(done)] {
            reply->deleteLater();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (reply->error() != QNetworkReply::NoError || status != 200) {
                done(makeError(
                    ErrorCode::Network,
                    QCoreApplication::translate("Occ::TsaClient",
                                                "The time-stamping authority %1 did not answer: %2")
                        .arg(host, status ? u"HTTP %1"_s.arg(status) : reply->errorString())));
                return;
            }
            done(TimestampToken::tokenFromResponse(reply->readAll(), digest, nonce));
        });
}

JsonValue TsaClient::attach(JsonValue proof,
                            const QString &authority,
                            const QByteArray &artifactToken,
                            const QByteArray &proofToken)
{
    JsonObject *root = proof.asObject();
    if (!root)
        return proof;
    JsonObject timestamps = root->value(u"timestamps") && root->value(u"timestamps")->isObject()
                                ? *root->value(u"timestamps")->asObject()
                                : JsonObject();
    const JsonValue *artifact = proof.member(u"artifact");
    const QString artifactDigest = artifact && artifact->stringMember(u"digestB64")
                                       ? *artifact->stringMember(u"digestB64")
                                       : QString();
    auto record = [&](const QByteArray &token, const QByteArray &digest) {
        auto info = TimestampToken::verify(token, digest, {});
        JsonObject r;
        r.append(u"authority"_s, authority);
        r.append(u"time"_s, info ? info->genTime.toString(Qt::ISODate) : QString());
        r.append(u"tokenB64"_s, Encoding::toBase64(token));
        r.append(u"digestAlg"_s, u"sha256"_s);
        r.append(u"digestB64"_s, Encoding::toBase64(digest));
        return JsonValue(std::move(r));
    };
    if (!artifactToken.isEmpty())
        timestamps.insert(u"artifact"_s,
                          record(artifactToken,
                                 Encoding::fromBase64Strict(artifactDigest).value_or(QByteArray())));
    if (!proofToken.isEmpty())
        timestamps.insert(u"proof"_s, record(proofToken, ProofHashes::proofCoreDigest(proof)));
    if (!timestamps.isEmpty())
        root->insert(u"timestamps"_s, JsonValue(std::move(timestamps)));
    return proof;
}

} // namespace Occ
