// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0
#include "commitclient.h"

#include "canonicaljson.h"
#include "encoding.h"
#include "jsonparser.h"
#include "proofverifier.h"
#include "trustprofile.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Occ {
namespace {

constexpr qint64 kMaxResponse = 64 << 20;
const char kSslErrorsProperty[] = "occSslErrors";

Error networkError(const QString &message)
{
    return makeError(ErrorCode::Network, message);
}

} // namespace

CommitClient::CommitClient(CommitClientConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_network(new QNetworkAccessManager(this))
{
    // Proxies from the environment (http_proxy, https_proxy, no_proxy) or the system.
    QNetworkProxyFactory::setUseSystemConfiguration(true);
}

CommitClient::~CommitClient()
{
    cancelAll();
}

QByteArray CommitClient::commitBody(const CommitRequest &request)
{
    JsonObject body;
    JsonArray digests;
    for (const QByteArray &d : request.digests) {
        JsonObject o;
        o.append(u"digestB64"_s, Encoding::toBase64(d));
        o.append(u"hashAlg"_s, u"sha256"_s);
        digests.push_back(JsonValue(std::move(o)));
    }
    body.append(u"digests"_s, JsonValue(std::move(digests)));
    if (request.metadata)
        body.append(u"metadata"_s, JsonValue(*request.metadata));
    if (request.agency)
        body.append(u"agency"_s, *request.agency);
    if (request.attribution)
        body.append(u"attribution"_s, JsonValue(*request.attribution));
    if (request.policy)
        body.append(u"policy"_s, *request.policy);
    if (!request.chainId.isEmpty())
        body.append(u"chainId"_s, request.chainId);
    return Json::toPrettyJson(JsonValue(std::move(body)), 0);
}

Result<QList<JsonValue>> checkCommitResponse(const JsonValue &response,
                                             const CommitRequest &request,
                                             const TrustProfile *profile)
{
    const JsonArray *proofs = response.asArray();
    if (!proofs) {
        return makeError(
            ErrorCode::InvalidProof,
            QCoreApplication::translate("Occ::CommitClient",
                                        "The service answered with %1 instead of a list of proofs")
                .arg(response.typeName()));
    }
    if (proofs->size() != size_t(request.digests.size())) {
        return makeError(ErrorCode::InvalidProof,
                         QCoreApplication::translate(
                             "Occ::CommitClient", "The service returned %1 proofs for %2 digests")
                             .arg(proofs->size())
                             .arg(request.digests.size()));
    }
    QList<JsonValue> out;
    for (qsizetype i = 0; i < request.digests.size(); ++i) {
        const JsonValue &proof = (*proofs)[size_t(i)];
        const QString sent = Encoding::toBase64(request.digests[i]);
        const JsonValue *artifact = proof.member(u"artifact");
        const QString *returned = artifact ? artifact->stringMember(u"digestB64") : nullptr;
        if (!returned || *returned != sent) {
            return makeError(ErrorCode::InvalidProof,
                             QCoreApplication::translate("Occ::CommitClient",
                                                         "Proof %1 from the service is for other "
                                                         "bytes than the digest sent "
                                                         "in that position; nothing was accepted")
                                 .arg(i + 1));
        }
        VerifyOptions options;
        options.artifactDigest = request.digests[i];
        options.profile = profile;
        const VerificationReport report = ProofVerifier::verify(proof, options);
        if (report.verdict == Verdict::Invalid) {
            return makeError(ErrorCode::InvalidProof,
                             QCoreApplication::translate(
                                 "Occ::CommitClient",
                                 "Proof %1 from the service does not verify (%2); nothing was "
                                 "accepted")
                                 .arg(i + 1)
                                 .arg(report.reason()));
        }
        out.append(proof);
    }
    return out;
}

void CommitClient::cancelAll()
{
    m_cancelled = true;
    const auto replies = m_inFlight;
    for (const QPointer<QNetworkReply> &r : replies) {
        if (r)
            r->abort();
    }
    m_cancelled = false;
}

Error CommitClient::replyError(QNetworkReply *reply, const QByteArray &body) const
{
    const QString host = m_config.endpoint.host();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 400) {
        QString text;
        auto parsed = JsonParser::parse(body);
        if (parsed && parsed->stringMember(u"error"))
            text = *parsed->stringMember(u"error");
        if (status == 401)
            return networkError(
                QCoreApplication::translate("Occ::CommitClient",
                                            "API key missing or rejected by %1 (HTTP 401)")
                    .arg(host));
        return networkError(
            text.isEmpty()
                ? QCoreApplication::translate("Occ::CommitClient", "%1 answered HTTP %2")
                      .arg(host)
                      .arg(status)
                : QCoreApplication::translate("Occ::CommitClient", "%1 answered HTTP %2: %3")
                      .arg(host)
                      .arg(status)
                      .arg(text));
    }
    switch (reply->error()) {
    case QNetworkReply::ConnectionRefusedError:
        return networkError(QCoreApplication::translate("Occ::CommitClient",
                                                        "Cannot connect to %1: connection refused")
                                .arg(host));
    case QNetworkReply::HostNotFoundError:
        return networkError(
            QCoreApplication::translate("Occ::CommitClient",
                                        "Cannot find the host %1 (DNS lookup failed)")
                .arg(host));
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::TimeoutError:
        return networkError(
            QCoreApplication::translate("Occ::CommitClient", "%1 did not answer within %2 s")
                .arg(host)
                .arg(m_config.timeoutMs / 1000.0));
    case QNetworkReply::RemoteHostClosedError:
        return networkError(
            QCoreApplication::translate("Occ::CommitClient",
                                        "%1 closed the connection before answering completely")
                .arg(host));
    case QNetworkReply::SslHandshakeFailedError: {
        const QString errors = reply->property(kSslErrorsProperty).toString();
        return networkError(
            QCoreApplication::translate("Occ::CommitClient", "TLS failure with %1: %2")
                .arg(host, errors.isEmpty() ? reply->errorString() : errors));
    }
    default:
        return networkError(
            QCoreApplication::translate("Occ::CommitClient", "Request to %1 failed: %2")
                .arg(host, reply->errorString()));
    }
}

void CommitClient::send(const QByteArray &method,
                        const QString &path,
                        const QByteArray &body,
                        int attemptsLeft,
                        QObject *context,
                        RawDone done)
{
    QUrl url = m_config.endpoint;
    url.setPath(url.path().chopped(url.path().endsWith(u'/') ? 1 : 0) + path);
    QNetworkRequest request(url);
    request.setTransferTimeout(m_config.timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    if (!m_config.apiKey.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_config.apiKey.toUtf8());
    if (method == "POST")
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!m_config.extraCaFile.isEmpty()) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificates(QSslCertificate::fromPath(m_config.extraCaFile, QSsl::Pem));
        request.setSslConfiguration(ssl);
    }
    QNetworkReply *reply = method == "POST" ? m_network->post(request, body)
                                            : m_network->get(request);
    m_inFlight.append(reply);
    // Record the reasons; never ignore them.
    connect(reply, &QNetworkReply::sslErrors, reply, [reply](const QList<QSslError> &errors) {
        QStringList texts;
        for (const QSslError &e : errors)
            texts.append(e.errorString());
        reply->setProperty(kSslErrorsProperty, texts.join(u"; "_s));
    });
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64) {
        if (received > kMaxResponse)
            reply->abort();
    });
    connect(
        reply,
        &QNetworkReply::finished,
        context ? context : this,
        [this, reply, method, path, body, attemptsLeft, context, done = std::move(done)]() mutable {
            m_inFlight.removeAll(reply);
            reply->deleteLater();
            if (m_cancelled) {
                done(makeError(ErrorCode::Cancelled, u"Cancelled"_s));
                return;
            }
            const QByteArray data = reply->isOpen() ? reply->readAll() : QByteArray();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const bool transportError = status == 0;
            if (transportError && method == "GET" && attemptsLeft > 0) {
                // Idempotent: try again with a growing pause.
                const int delay = 300 * (m_config.getRetries - attemptsLeft + 1);
                QTimer::singleShot(delay,
                                   context ? context : this,
                                   [this, method, path, body, attemptsLeft, context, done] {
                                       send(method, path, body, attemptsLeft - 1, context, done);
                                   });
                return;
            }
            if (reply->error() != QNetworkReply::NoError || status < 200 || status >= 300) {
                done(replyError(reply, data));
                return;
            }
            auto parsed = JsonParser::parse(data, JsonParser::strictOptions(64));
            if (!parsed) {
                done(
                    networkError(QCoreApplication::translate("Occ::CommitClient",
                                                             "%1 answered with malformed JSON (%2)")
                                     .arg(m_config.endpoint.host(), parsed.error().message)));
                return;
            }
            done(std::move(parsed).value());
        });
}

void CommitClient::commit(const CommitRequest &request,
                          QObject *context,
                          std::function<void(Result<QList<JsonValue>>)> done)
{
    if (request.digests.isEmpty() || !request.itemMetadata.isEmpty()) {
        done(makeError(
            ErrorCode::InvalidArgument,
            request.digests.isEmpty()
                ? QCoreApplication::translate("Occ::CommitClient", "Nothing to commit: no digests")
                : QCoreApplication::translate("Occ::CommitClient",
                                              "Per-file metadata needs one request per file")));
        return;
    }
    const TrustProfile *profile = m_config.profile;
    send("POST",
         u"/commit"_s,
         commitBody(request),
         0,
         context,
         [request, profile, done = std::move(done)](Result<JsonValue> response) {
             if (!response) {
                 done(response.error());
                 return;
             }
             done(checkCommitResponse(*response, request, profile));
         });
}

void CommitClient::challenge(QObject *context, std::function<void(Result<QString>)> done)
{
    send("POST", u"/challenge"_s, "{}", 0, context, [done = std::move(done)](Result<JsonValue> r) {
        if (!r)
            return done(r.error());
        const QString *c = r->stringMember(u"challenge");
        if (!c || !Encoding::fromBase64Strict(*c))
            return done(
                makeError(ErrorCode::Network,
                          QCoreApplication::translate("Occ::CommitClient",
                                                      "The service's challenge is malformed")));
        done(*c);
    });
}

void CommitClient::key(QObject *context, std::function<void(Result<JsonValue>)> done)
{
    send("GET",
         u"/key"_s,
         {},
         m_config.getRetries,
         context,
         [done = std::move(done)](Result<JsonValue> r) {
             if (r && !r->stringMember(u"publicKeyB64"))
                 return done(makeError(
                     ErrorCode::Network,
                     QCoreApplication::translate("Occ::CommitClient",
                                                 "The service's /key answer has no publicKeyB64")));
             done(std::move(r));
         });
}

void CommitClient::health(QObject *context, std::function<void(Result<void>)> done)
{
    send("GET",
         u"/health"_s,
         {},
         m_config.getRetries,
         context,
         [done = std::move(done)](Result<JsonValue> r) {
             if (!r)
                 return done(r.error());
             const JsonValue *ok = r->member(u"ok");
             if (!ok || ok->asBool() != true)
                 return done(
                     makeError(ErrorCode::Network,
                               QCoreApplication::translate(
                                   "Occ::CommitClient", "The service reports it is not healthy")));
             done({});
         });
}

} // namespace Occ
