// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "httpserver.h"
#include "stubsigner.h"

#include <QStringList>

#include <variant>

namespace Occ {

/**
 * The OCC commit API (spec section 7, reference section 4.1) backed by the embedded stub
 * signer: POST /commit, POST /challenge, GET /key, GET /health, plus POST /verify (full
 * verification; bytesB64 optional). Errors are {"error": ...} with proper status codes; every
 * response carries the parent service's CORS headers; OPTIONS answers 204.
 *
 * Only digests arrive: file bytes never reach the service (except /verify's optional bytesB64).
 */
class CommitService
{
public:
    /** apiKeys empty: /commit is open, as the reference with API_KEYS unset. */
    CommitService(StubSigner signer, QStringList apiKeys);

    HttpResponse handle(const HttpRequest &request);
    /**
     * Answers requests that arrived together (HttpServer::BatchHandler): the valid commits among
     * them are made with StubSigner::commitMany, so the group costs one durable state write.
     * Each request's answer is exactly what handle() would give it.
     */
    QList<HttpResponse> handleAll(const QList<HttpRequest> &requests);

    /** API_KEYS syntax: comma-separated, trimmed, empties dropped. */
    static QStringList parseApiKeys(const QString &commaSeparated);

private:
    /** A commit request, or the answer refusing it. */
    std::variant<CommitRequest, HttpResponse> parseCommit(const HttpRequest &request) const;
    static HttpResponse commitResponse(Result<QList<JsonValue>> proofs);
    HttpResponse verify(const HttpRequest &request);
    bool authorized(const HttpRequest &request) const;

    StubSigner m_signer;
    QStringList m_apiKeys;
};

} // namespace Occ
