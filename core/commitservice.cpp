// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0
#include "commitservice.h"

#include "crypto.h"
#include "encoding.h"
#include "jsonparser.h"
#include "proofhashes.h"
#include "proofverifier.h"
#include "trustprofile.h"

using namespace Qt::StringLiterals;

namespace Occ {
namespace {

void addCors(HttpResponse &r)
{
    r.headers.append(qMakePair(QByteArray("Access-Control-Allow-Origin"), QByteArray("*")));
    r.headers.append(
        qMakePair(QByteArray("Access-Control-Allow-Methods"), QByteArray("GET, POST, OPTIONS")));
    r.headers.append(qMakePair(QByteArray("Access-Control-Allow-Headers"),
                               QByteArray("Content-Type, Authorization")));
}

bool isJson(const HttpRequest &r)
{
    return r.header("content-type").toLower().contains("application/json");
}

Result<JsonValue> parseBody(const HttpRequest &r)
{
    auto v = JsonParser::parse(r.body, JsonParser::strictOptions(32));
    if (!v || !v->isObject())
        return makeError(ErrorCode::InvalidJson, u"Invalid JSON body"_s);
    return v;
}

} // namespace

CommitService::CommitService(StubSigner signer, QStringList apiKeys)
    : m_signer(std::move(signer))
    , m_apiKeys(std::move(apiKeys))
{}

QStringList CommitService::parseApiKeys(const QString &commaSeparated)
{
    QStringList keys;
    for (const QString &k : commaSeparated.split(u',')) {
        if (!k.trimmed().isEmpty())
            keys.append(k.trimmed());
    }
    return keys;
}

bool CommitService::authorized(const HttpRequest &request) const
{
    if (m_apiKeys.isEmpty())
        return true;
    const QByteArray auth = request.header("authorization");
    if (!auth.startsWith("Bearer "))
        return false;
    const QString presented = QString::fromUtf8(auth.mid(7)).trimmed();
    bool match = false;
    for (const QString &key : m_apiKeys) {
        // Compare every key in constant time, so timing tells nothing about near misses.
        match = Crypto::constantTimeEquals(presented.toUtf8(), key.toUtf8()) || match;
    }
    return match;
}

HttpResponse CommitService::handle(const HttpRequest &request)
{
    HttpResponse response;
    const QByteArray &m = request.method;
    const QByteArray &p = request.path;
    if (m == "OPTIONS") {
        response.status = 204;
    } else if (m == "GET" && p == "/health") {
        JsonObject o;
        o.append(u"ok"_s, true);
        response = HttpResponse::json(200, JsonValue(std::move(o)));
    } else if (m == "GET" && p == "/key") {
        JsonObject o;
        o.append(u"publicKeyB64"_s, m_signer.publicKeyB64());
        o.append(u"measurement"_s, m_signer.measurement());
        o.append(u"enforcement"_s, u"stub"_s);
        o.append(u"epochId"_s, m_signer.epochId());
        response = HttpResponse::json(200, JsonValue(std::move(o)));
    } else if (m == "POST" && p == "/challenge") {
        auto challenge = m_signer.issueChallenge();
        if (!challenge) {
            response = HttpResponse::error(503, challenge.error().message);
        } else {
            JsonObject o;
            o.append(u"challenge"_s, *challenge);
            response = HttpResponse::json(200, JsonValue(std::move(o)));
        }
    } else if (m == "POST" && p == "/commit") {
        auto parsed = parseCommit(request);
        if (auto *refusal = std::get_if<HttpResponse>(&parsed))
            response = std::move(*refusal);
        else
            response = commitResponse(m_signer.commit(std::get<CommitRequest>(parsed)));
    } else if (m == "POST" && p == "/verify") {
        response = verify(request);
    } else {
        response = HttpResponse::error(404,
                                       u"%1 %2 not found"_s.arg(QString::fromLatin1(m),
                                                                QString::fromUtf8(p)));
    }
    addCors(response);
    return response;
}

QList<HttpResponse> CommitService::handleAll(const QList<HttpRequest> &requests)
{
    QList<HttpResponse> responses;
    responses.reserve(requests.size());
    QList<CommitRequest> commits;
    QList<qsizetype> commitIndex; // where each commit's answer goes
    for (const HttpRequest &request : requests) {
        if (request.method == "POST" && request.path == "/commit") {
            auto parsed = parseCommit(request);
            if (auto *commit = std::get_if<CommitRequest>(&parsed)) {
                commitIndex.append(responses.size());
                commits.append(std::move(*commit));
                responses.append(HttpResponse());
                continue;
            }
            HttpResponse refusal = std::get<HttpResponse>(std::move(parsed));
            addCors(refusal);
            responses.append(std::move(refusal));
            continue;
        }
        responses.append(handle(request));
    }
    if (commits.isEmpty())
        return responses;
    std::vector<Result<QList<JsonValue>>> made = m_signer.commitMany(commits);
    for (qsizetype i = 0; i < commits.size(); ++i) {
        HttpResponse &response = responses[commitIndex[i]];
        response = commitResponse(std::move(made[size_t(i)]));
        addCors(response);
    }
    return responses;
}

std::variant<CommitRequest, HttpResponse> CommitService::parseCommit(const HttpRequest &request) const
{
    if (!authorized(request))
        return HttpResponse::error(
            401, u"Unauthorized: valid API key required (Authorization: Bearer <key>)"_s);
    if (!isJson(request))
        return HttpResponse::error(400, u"POST /commit requires Content-Type: application/json"_s);
    auto body = parseBody(request);
    if (!body)
        return HttpResponse::error(400, body.error().message);
    const JsonArray *digests = body->member(u"digests") ? body->member(u"digests")->asArray()
                                                        : nullptr;
    if (!digests || digests->empty())
        return HttpResponse::error(400, u"body.digests must be a non-empty array"_s);
    if (digests->size() > 10'000)
        return HttpResponse::error(413, u"at most 10000 digests per request"_s);
    CommitRequest commit;
    for (const JsonValue &d : *digests) {
        const QString *b64 = d.stringMember(u"digestB64");
        const QString *alg = d.stringMember(u"hashAlg");
        if (!b64 || !alg || *alg != u"sha256")
            return HttpResponse::error(
                400, u"each digest must have { digestB64: string, hashAlg: 'sha256' }"_s);
        // Stricter than the enclave, which signs any leniently decodable text verbatim.
        const auto bytes = Encoding::fromBase64Strict(*b64);
        if (!bytes || bytes->size() != 32)
            return HttpResponse::error(400, u"digestB64 must be canonical base64 of 32 bytes"_s);
        commit.digests.append(*bytes);
    }
    auto objectMember = [&](QStringView name, std::optional<JsonObject> &target) -> bool {
        const JsonValue *v = body->member(name);
        if (!v)
            return true;
        if (!v->isObject())
            return false;
        target = *v->asObject();
        return true;
    };
    if (!objectMember(u"metadata", commit.metadata))
        return HttpResponse::error(400, u"body.metadata must be an object"_s);
    if (!objectMember(u"attribution", commit.attribution))
        return HttpResponse::error(400, u"body.attribution must be an object"_s);
    if (const JsonValue *policy = body->member(u"policy")) {
        if (!policy->isObject())
            return HttpResponse::error(400, u"body.policy must be an object"_s);
        commit.policy = *policy;
    }
    if (const JsonValue *agency = body->member(u"agency")) {
        if (!agency->isObject())
            return HttpResponse::error(400, u"body.agency must be an object"_s);
        commit.agency = *agency;
    }
    if (const JsonValue *chain = body->member(u"chainId")) {
        if (!chain->isString() || chain->asString()->trimmed().isEmpty())
            return HttpResponse::error(400, u"body.chainId must be a non-empty string"_s);
        commit.chainId = *chain->asString();
    }
    return commit;
}

HttpResponse CommitService::commitResponse(Result<QList<JsonValue>> proofs)
{
    if (!proofs) {
        const int status = proofs.error().code == ErrorCode::InvalidArgument ? 400 : 500;
        return HttpResponse::error(status, proofs.error().message);
    }
    JsonArray out;
    for (JsonValue &proof : *proofs) {
        // As the production parent: the chain hash, unsigned, for the client's convenience.
        const QString hash = Encoding::toBase64(ProofHashes::chainHash(proof));
        proof.asObject()->append(u"proofHash"_s, hash);
        out.push_back(std::move(proof));
    }
    return HttpResponse::json(200, JsonValue(std::move(out)));
}

HttpResponse CommitService::verify(const HttpRequest &request)
{
    if (!isJson(request))
        return HttpResponse::error(400, u"POST /verify requires Content-Type: application/json"_s);
    auto body = parseBody(request);
    if (!body)
        return HttpResponse::error(400, body.error().message);
    const JsonValue *proof = body->member(u"proof");
    if (!proof)
        return HttpResponse::error(
            400,
            u"body must have { proof: OCCProof, policy?: VerificationPolicy, bytesB64?: string }"_s);
    VerifyOptions options;
    std::optional<TrustProfile> profile;
    if (const JsonValue *policy = body->member(u"policy")) {
        auto p = TrustProfile::fromValue(*policy);
        if (!p)
            return HttpResponse::error(400, p.error().message);
        profile = *p;
        options.profile = &*profile;
    }
    if (const JsonValue *bytes = body->member(u"bytesB64")) {
        const auto decoded = bytes->isString() ? Encoding::fromBase64Strict(*bytes->asString())
                                               : std::nullopt;
        if (!decoded)
            return HttpResponse::error(400, u"body.bytesB64 must be canonical base64"_s);
        options.artifactDigest = Crypto::Sha256::hash(*decoded);
    }
    const VerificationReport report = ProofVerifier::verify(*proof, options);
    JsonValue out = report.toJson();
    out.asObject()->insert(u"valid"_s, report.verdict != Verdict::Invalid);
    return HttpResponse::json(200, out);
}

} // namespace Occ
