// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0
#include "mcpserver.h"

#include "bundle.h"
#include "canonicaljson.h"
#include "core/version.h"
#include "crypto.h"
#include "encoding.h"
#include "fieldtiers.h"
#include "jsonparser.h"
#include "jsutil.h"
#include "proof.h"
#include "proofhashes.h"
#include "proofverifier.h"
#include "trustprofile.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryFile>

using namespace Qt::StringLiterals;

namespace Occ {
namespace {

// JSON-RPC 2.0 error codes.
constexpr int kParseError = -32700;
constexpr int kInvalidRequest = -32600;
constexpr int kMethodNotFound = -32601;
constexpr int kInvalidParams = -32602;

const char kToolsJson[] = R"JSON([
{"name":"commit_text","title":"Commit text",
 "description":"Commit the SHA-256 of a text with the OCC signer and return the signed occ/1 proof. Only the digest is sent to the signer. With outputDir, also write a .proof.zip bundle holding the text and its proof.",
 "inputSchema":{"type":"object","properties":{
   "text":{"type":"string","description":"The text to commit (its UTF-8 bytes are hashed)"},
   "name":{"type":"string","description":"Attribution sealed into the signed proof (public)"},
   "title":{"type":"string"},"message":{"type":"string"},
   "outputDir":{"type":"string","description":"Folder for the bundle"}},
  "required":["text"],"additionalProperties":false}},
{"name":"commit_file","title":"Commit a file",
 "description":"Hash a local file, commit its digest with the OCC signer, and write <file>.proof.zip (the file and its proof) into outputDir, or next to the file. The file's bytes never leave the machine.",
 "inputSchema":{"type":"object","properties":{
   "path":{"type":"string","description":"The file to commit"},
   "outputDir":{"type":"string","description":"Folder for the bundle (default: the file's folder)"},
   "name":{"type":"string"},"title":{"type":"string"},"message":{"type":"string"}},
  "required":["path"],"additionalProperties":false}},
{"name":"verify_proof","title":"Verify a proof",
 "description":"Verify an occ/1 proof (an object, JSON text, or a .proof.zip bundle) against the original bytes (text or a file path), or proof-only. Returns the verdict (invalid, valid or trusted), the first failure and every check, exactly as `occ verify --json`. Trusted needs a trust profile (policy) that pins the signer.",
 "inputSchema":{"type":"object","properties":{
   "proof":{"type":["object","string"],"description":"The proof, as an object or JSON text"},
   "bundlePath":{"type":"string","description":"A .proof.zip bundle instead of proof"},
   "text":{"type":"string","description":"The original bytes as text"},
   "path":{"type":"string","description":"The original file"},
   "policy":{"type":"object","description":"Trust profile (allowedPublicKeys, allowedMeasurements, requireEnforcement, ...)"},
   "policyPath":{"type":"string","description":"Trust profile file"}},
  "additionalProperties":false}},
{"name":"inspect_proof","title":"Inspect a proof",
 "description":"List every field of an occ/1 proof with its tier: signed (covered by the signature), self-authenticating (carries its own signature) or advisory (unsigned, anyone can edit it), plus the proof hash. Does not verify.",
 "inputSchema":{"type":"object","properties":{
   "proof":{"type":["object","string"],"description":"The proof, as an object or JSON text"}},
  "required":["proof"],"additionalProperties":false}}
])JSON";

JsonValue rpcError(const JsonValue &id, int code, const QString &message)
{
    JsonObject error;
    error.append(u"code"_s, code);
    error.append(u"message"_s, message);
    JsonObject o;
    o.append(u"jsonrpc"_s, u"2.0"_s);
    o.append(u"id"_s, id);
    o.append(u"error"_s, JsonValue(std::move(error)));
    return JsonValue(std::move(o));
}

JsonValue rpcResult(const JsonValue &id, JsonValue result)
{
    JsonObject o;
    o.append(u"jsonrpc"_s, u"2.0"_s);
    o.append(u"id"_s, id);
    o.append(u"result"_s, std::move(result));
    return JsonValue(std::move(o));
}

JsonValue toolResult(JsonValue structured, const QString &text, bool isError = false)
{
    JsonObject content;
    content.append(u"type"_s, u"text"_s);
    content.append(u"text"_s, text);
    JsonObject o;
    o.append(u"content"_s, JsonValue(JsonArray{JsonValue(std::move(content))}));
    if (!structured.isNull())
        o.append(u"structuredContent"_s, std::move(structured));
    o.append(u"isError"_s, isError);
    return JsonValue(std::move(o));
}

JsonValue toolError(const QString &message)
{
    return toolResult(JsonValue(), message, true);
}

QString optString(const JsonObject &args, QStringView key, bool *wrongType = nullptr)
{
    const JsonValue *v = args.value(key);
    if (v && !v->isString() && wrongType)
        *wrongType = true;
    return v && v->isString() ? *v->asString() : QString();
}

std::optional<JsonObject> attributionFrom(const JsonObject &args)
{
    JsonObject a;
    for (const QString &k : {u"name"_s, u"title"_s, u"message"_s}) {
        const QString v = optString(args, k);
        if (!v.isEmpty())
            a.append(k, v);
    }
    return a.isEmpty() ? std::nullopt : std::optional<JsonObject>(a);
}

JsonValue proofSummary(const JsonValue &proof, const QString &bundlePath)
{
    JsonObject o;
    o.append(u"proof"_s, proof);
    const JsonValue *artifact = proof.member(u"artifact");
    o.append(u"digestB64"_s,
             artifact && artifact->stringMember(u"digestB64")
                 ? *artifact->stringMember(u"digestB64")
                 : QString());
    o.append(u"proofHashB64"_s, Encoding::toBase64(ProofHashes::chainHash(proof)));
    if (!bundlePath.isEmpty())
        o.append(u"bundlePath"_s, bundlePath);
    return JsonValue(std::move(o));
}

// A JSON proof given as an object or as JSON text, read with the strict rules.
Result<QByteArray> proofText(const JsonValue &v)
{
    if (v.isString())
        return v.asString()->toUtf8();
    if (v.isObject())
        return Json::toPrettyJson(v);
    return makeError(ErrorCode::InvalidArgument, u"proof must be an object or JSON text"_s);
}

} // namespace

McpServer::McpServer(CommitFn commit, QString backendDescription)
    : m_commit(std::move(commit))
    , m_backend(std::move(backendDescription))
{}

QStringList McpServer::supportedVersions()
{
    return {u"2025-06-18"_s, u"2025-03-26"_s, u"2024-11-05"_s};
}

QByteArray McpServer::handle(const QByteArray &message)
{
    auto parsed = JsonParser::parse(message, JsonParser::strictOptions(64));
    if (!parsed)
        return Json::toPrettyJson(rpcError(JsonValue(nullptr),
                                           kParseError,
                                           u"Parse error: "_s + parsed.error().message),
                                  0);
    if (const JsonArray *batch = parsed->asArray()) {
        if (batch->empty())
            return Json::toPrettyJson(rpcError(JsonValue(nullptr),
                                               kInvalidRequest,
                                               u"Invalid Request: empty batch"_s),
                                      0);
        JsonArray responses;
        for (const JsonValue &m : *batch) {
            bool respond = false;
            JsonValue r = dispatch(m, &respond);
            if (respond)
                responses.push_back(std::move(r));
        }
        return responses.empty() ? QByteArray()
                                 : Json::toPrettyJson(JsonValue(std::move(responses)), 0);
    }
    bool respond = false;
    JsonValue r = dispatch(*parsed, &respond);
    return respond ? Json::toPrettyJson(r, 0) : QByteArray();
}

JsonValue McpServer::dispatch(const JsonValue &message, bool *respond)
{
    *respond = true;
    const JsonObject *m = message.asObject();
    const JsonValue *idValue = m ? m->value(u"id") : nullptr;
    const JsonValue id = idValue ? *idValue : JsonValue(nullptr);
    const JsonValue *method = m ? m->value(u"method") : nullptr;
    if (!m || !m->value(u"jsonrpc") || *m->value(u"jsonrpc") != JsonValue(u"2.0"_s)
        || (idValue && !idValue->isString() && !idValue->isNumber())) {
        if (m && !method && (m->contains(u"result") || m->contains(u"error"))) {
            *respond = false; // a response from the client: nothing to answer
            return {};
        }
        return rpcError(JsonValue(nullptr), kInvalidRequest, u"Invalid Request"_s);
    }
    if (!method || !method->isString())
        return rpcError(id, kInvalidRequest, u"Invalid Request: no method"_s);
    const QString name = *method->asString();
    const JsonValue *paramsValue = m->value(u"params");
    if (paramsValue && !paramsValue->isObject())
        return rpcError(id, kInvalidParams, u"Invalid params: params must be an object"_s);
    const JsonObject params = paramsValue ? *paramsValue->asObject() : JsonObject();

    if (!idValue) {
        // A notification (notifications/initialized, notifications/cancelled, ...): no answer.
        *respond = false;
        return {};
    }
    if (name == u"initialize") {
        const QString asked = optString(params, u"protocolVersion");
        const QString version = supportedVersions().contains(asked) ? asked
                                                                    : supportedVersions().first();
        JsonObject tools;
        tools.append(u"listChanged"_s, false);
        JsonObject capabilities;
        capabilities.append(u"tools"_s, JsonValue(std::move(tools)));
        JsonObject info;
        info.append(u"name"_s, u"occ"_s);
        info.append(u"title"_s, u"OCC Proof Studio"_s);
        info.append(u"version"_s, QStringLiteral(OCC_VERSION_STRING));
        JsonObject result;
        result.append(u"protocolVersion"_s, version);
        result.append(u"capabilities"_s, JsonValue(std::move(capabilities)));
        result.append(u"serverInfo"_s, JsonValue(std::move(info)));
        result.append(u"instructions"_s,
                      u"Commit text or files to get signed occ/1 proofs (%1), and verify or "
                      u"inspect proofs. A 'valid' verdict means intact, not trusted: only a trust "
                      u"profile that pins the signer makes a proof 'trusted'."_s.arg(m_backend));
        m_initialized = true;
        return rpcResult(id, JsonValue(std::move(result)));
    }
    if (name == u"ping")
        return rpcResult(id, JsonValue(JsonObject()));
    if (name == u"tools/list") {
        JsonObject result;
        result.append(u"tools"_s, *JsonParser::parse(kToolsJson));
        return rpcResult(id, JsonValue(std::move(result)));
    }
    if (name == u"tools/call") {
        const QString tool = optString(params, u"name");
        const JsonValue *argsValue = params.value(u"arguments");
        if (tool.isEmpty())
            return rpcError(id, kInvalidParams, u"Invalid params: tools/call needs a tool name"_s);
        if (argsValue && !argsValue->isObject())
            return rpcError(id, kInvalidParams, u"Invalid params: arguments must be an object"_s);
        QString protocolError;
        JsonValue result = callTool(tool,
                                    argsValue ? *argsValue->asObject() : JsonObject(),
                                    &protocolError);
        if (!protocolError.isEmpty())
            return rpcError(id, kInvalidParams, protocolError);
        return rpcResult(id, std::move(result));
    }
    return rpcError(id, kMethodNotFound, u"Method not found: %1"_s.arg(name));
}

JsonValue McpServer::callTool(const QString &name,
                              const JsonObject &arguments,
                              QString *protocolError)
{
    // Unknown arguments are tool errors the model can read and correct.
    static const QHash<QString, QStringList> known = {
        {u"commit_text"_s, {u"text"_s, u"name"_s, u"title"_s, u"message"_s, u"outputDir"_s}},
        {u"commit_file"_s, {u"path"_s, u"outputDir"_s, u"name"_s, u"title"_s, u"message"_s}},
        {u"verify_proof"_s,
         {u"proof"_s, u"bundlePath"_s, u"text"_s, u"path"_s, u"policy"_s, u"policyPath"_s}},
        {u"inspect_proof"_s, {u"proof"_s}},
    };
    if (!known.contains(name)) {
        *protocolError = u"Unknown tool: %1"_s.arg(name);
        return {};
    }
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (!known.value(name).contains(arguments.keyAt(i)))
            return toolError(
                u"%1 does not take an argument named \"%2\""_s.arg(name, arguments.keyAt(i)));
    }
    if (name == u"commit_text")
        return commitText(arguments);
    if (name == u"commit_file")
        return commitFile(arguments);
    if (name == u"verify_proof")
        return verifyProof(arguments);
    return inspectProof(arguments);
}

JsonValue McpServer::commitText(const JsonObject &args)
{
    bool wrongType = false;
    const JsonValue *text = args.value(u"text");
    const QString outputDir = optString(args, u"outputDir", &wrongType);
    if (!text || !text->isString() || wrongType)
        return toolError(
            u"commit_text needs \"text\" (a string); outputDir, name, title and message are strings"_s);
    const QByteArray bytes = text->asString()->toUtf8();
    CommitRequest request;
    request.digests = {Crypto::Sha256::hash(bytes)};
    request.attribution = attributionFrom(args);
    auto proofs = m_commit(request);
    if (!proofs)
        return toolError(u"The commit failed: %1"_s.arg(proofs.error().message));
    QString bundlePath;
    if (!outputDir.isEmpty()) {
        if (!QDir().mkpath(outputDir))
            return toolError(u"Cannot create the folder %1"_s.arg(outputDir));
        QTemporaryFile original;
        if (!original.open() || original.write(bytes) != bytes.size() || !original.flush())
            return toolError(u"Cannot stage the text for the bundle"_s);
        const QString name = u"occ-text-%1.txt"_s.arg(
            Encoding::toHex(request.digests.first()).left(12));
        bundlePath = Bundle::freePath(QDir(outputDir).absolutePath(), name);
        if (auto w = Bundle::write(bundlePath,
                                   {{original.fileName(), name, proofs->first()}},
                                   false);
            !w)
            return toolError(u"The proof was made but the bundle could not be written: %1"_s.arg(
                w.error().message));
    }
    const JsonValue &proof = proofs->first();
    return toolResult(proofSummary(proof, bundlePath),
                      u"Committed %1 bytes of text: digest %2, counter %3.%4\n%5"_s
                          .arg(bytes.size())
                          .arg(Encoding::toBase64(request.digests.first()),
                               Js::str(proof.member(u"commit")->member(u"counter")),
                               bundlePath.isEmpty() ? QString() : u" Bundle: %1."_s.arg(bundlePath),
                               QString::fromUtf8(Json::toPrettyJson(proof))));
}

JsonValue McpServer::commitFile(const JsonObject &args)
{
    bool wrongType = false;
    const QString path = optString(args, u"path", &wrongType);
    QString outputDir = optString(args, u"outputDir", &wrongType);
    if (path.isEmpty() || wrongType)
        return toolError(
            u"commit_file needs \"path\" (a string); outputDir, name, title and message are strings"_s);
    const QFileInfo info(path);
    if (!info.isFile())
        return toolError(u"%1 is not a readable file"_s.arg(path));
    auto digest = Crypto::sha256File(info.absoluteFilePath());
    if (!digest)
        return toolError(digest.error().message);
    if (outputDir.isEmpty())
        outputDir = info.absolutePath();
    if (!QDir().mkpath(outputDir))
        return toolError(u"Cannot create the folder %1"_s.arg(outputDir));
    CommitRequest request;
    request.digests = {*digest};
    request.attribution = attributionFrom(args);
    JsonObject metadata;
    metadata.append(u"filename"_s, info.fileName());
    request.metadata = metadata;
    auto proofs = m_commit(request);
    if (!proofs)
        return toolError(u"The commit failed: %1"_s.arg(proofs.error().message));
    // Only the file's base name is used, so the bundle always lands inside outputDir.
    const QString bundlePath = Bundle::freePath(QDir(outputDir).absolutePath(), info.fileName());
    if (auto w = Bundle::write(bundlePath,
                               {{info.absoluteFilePath(), info.fileName(), proofs->first()}},
                               false);
        !w)
        return toolError(
            u"The proof was made but the bundle could not be written: %1"_s.arg(w.error().message));
    return toolResult(proofSummary(proofs->first(), bundlePath),
                      u"Committed %1 (%2 bytes): digest %3. Bundle: %4"_s.arg(info.fileName())
                          .arg(info.size())
                          .arg(Encoding::toBase64(*digest), bundlePath));
}

JsonValue McpServer::verifyProof(const JsonObject &args)
{
    const JsonValue *proof = args.value(u"proof");
    const QString bundlePath = optString(args, u"bundlePath");
    if (!proof == bundlePath.isEmpty())
        return toolError(u"verify_proof needs exactly one of \"proof\" and \"bundlePath\""_s);
    if (args.contains(u"text") && args.contains(u"path"))
        return toolError(u"Give the original as \"text\" or as \"path\", not both"_s);
    if (args.contains(u"policy") && args.contains(u"policyPath"))
        return toolError(u"Give the trust profile as \"policy\" or as \"policyPath\", not both"_s);

    std::optional<TrustProfile> profile;
    if (const JsonValue *policy = args.value(u"policy")) {
        auto p = TrustProfile::fromValue(*policy);
        if (!p)
            return toolError(p.error().message);
        profile = *p;
    } else if (args.contains(u"policyPath")) {
        auto p = TrustProfile::fromFile(optString(args, u"policyPath"));
        if (!p)
            return toolError(p.error().message);
        profile = *p;
    }
    VerifyOptions options;
    options.profile = profile ? &*profile : nullptr;
    EpochLinkRegistry registry;
    options.epochLinks = &registry;
    if (const JsonValue *text = args.value(u"text")) {
        if (!text->isString())
            return toolError(u"\"text\" must be a string"_s);
        options.artifactDigest = Crypto::Sha256::hash(text->asString()->toUtf8());
    } else if (args.contains(u"path")) {
        auto digest = Crypto::sha256File(optString(args, u"path"));
        if (!digest)
            return toolError(digest.error().message);
        options.artifactDigest = *digest;
    }

    VerificationReport report;
    if (proof) {
        auto text = proofText(*proof);
        if (!text)
            return toolError(text.error().message);
        report = ProofVerifier::verifyText(*text, options);
    } else {
        auto items = Bundle::read(bundlePath);
        if (!items) {
            report.checks.append(Check{u"bundle"_s, CheckStatus::Fail, items.error().message});
        } else if (items->size() != 1) {
            return toolError(
                u"%1 is a batch bundle of %2 proofs; verify them with occ verify"_s.arg(bundlePath)
                    .arg(items->size()));
        } else {
            const BundleItem &item = items->first();
            if (!options.artifactDigest && item.hasOriginal)
                options.artifactDigest = item.originalDigest;
            report = ProofVerifier::verifyText(item.proofText, options);
            report.checks.prepend(
                Check{u"bundle"_s,
                      CheckStatus::Pass,
                      u"Read %1 and its proof from the bundle"_s.arg(item.originalName)});
        }
    }
    QString text = verdictId(report.verdict).toUpper() + u": "_s + report.summary();
    for (const Check &c : report.checks)
        text += u"\n  [%1] %2: %3"_s.arg(checkStatusId(c.status), c.id, c.message);
    return toolResult(report.toJson(), text);
}

JsonValue McpServer::inspectProof(const JsonObject &args)
{
    auto text = proofText(args.value(u"proof") ? *args.value(u"proof") : JsonValue());
    if (!text)
        return toolError(text.error().message);
    auto proof = Proof::fromJson(*text);
    if (!proof)
        return toolError(u"Not a readable proof: %1"_s.arg(proof.error().message));
    JsonValue report = FieldTiers::inspect(proof->value());
    QString out = u"Proof hash: %1"_s.arg(Js::str(report.member(u"proofHashB64")));
    for (const JsonValue &f : *report.member(u"fields")->asArray())
        out += u"\n  %1  %2"_s.arg(Js::str(f.member(u"tier")).leftJustified(19),
                                   Js::str(f.member(u"path")));
    return toolResult(std::move(report), out);
}

} // namespace Occ
