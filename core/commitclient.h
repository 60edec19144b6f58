// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "commitrequest.h"
#include "jsonvalue.h"
#include "result.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace Occ {

struct TrustProfile;

/** Where and how to reach a commit service. */
struct CommitClientConfig
{
    /** Production default: the AWS Nitro Enclave commit service. */
    static constexpr char16_t kProductionEndpoint[] = u"https://nitro.occproof.com";

    QUrl endpoint;
    QString apiKey;         ///< sent as "Authorization: Bearer"; never logged or shown
    int timeoutMs = 30'000; ///< per request
    QString extraCaFile;    ///< PEM bundle trusted in addition to the system store
    int getRetries = 2;     ///< GET only; POST /commit is never retried (not idempotent)
    const TrustProfile *profile = nullptr; ///< returned proofs must satisfy it
};

/**
 * Client of the OCC commit API (spec section 7): POST /commit with digests only, POST
 * /challenge, GET /key, GET /health. Every returned proof is verified locally before it is
 * accepted (signature, structure, its digest equal to the one sent at the same position, and
 * the trust profile when one is set); one bad proof, or a response that is not an array of the
 * right length, fails the whole call. TLS errors are never ignored.
 *
 * Calls are asynchronous: the callback runs on this object's thread, unless `context` is gone.
 */
class CommitClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommitClient)

public:
    explicit CommitClient(CommitClientConfig config, QObject *parent = nullptr);
    ~CommitClient() override;

    const CommitClientConfig &config() const { return m_config; }

    /** The request must not carry per-file metadata (the API has one metadata per request). */
    void commit(const CommitRequest &request,
                QObject *context,
                std::function<void(Result<QList<JsonValue>>)> done);
    void challenge(QObject *context, std::function<void(Result<QString>)> done);
    void key(QObject *context, std::function<void(Result<JsonValue>)> done);
    void health(QObject *context, std::function<void(Result<void>)> done);

    /** Aborts every request in flight; their callbacks get ErrorCode::Cancelled. */
    void cancelAll();

    /** The JSON body POST /commit sends for a request (digests only, never file bytes). */
    static QByteArray commitBody(const CommitRequest &request);

private:
    using RawDone = std::function<void(Result<JsonValue>)>;
    void send(const QByteArray &method,
              const QString &path,
              const QByteArray &body,
              int attemptsLeft,
              QObject *context,
              RawDone done);
    Error replyError(QNetworkReply *reply, const QByteArray &body) const;

    CommitClientConfig m_config;
    QNetworkAccessManager *m_network;
    QList<QPointer<QNetworkReply>> m_inFlight;
    bool m_cancelled = false;
};

/** Checks a /commit response against the request (exposed for tests). */
Result<QList<JsonValue>> checkCommitResponse(const JsonValue &response,
                                             const CommitRequest &request,
                                             const TrustProfile *profile);

} // namespace Occ
