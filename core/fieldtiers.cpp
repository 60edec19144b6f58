// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0
#include "fieldtiers.h"

#include "canonicaljson.h"
#include "encoding.h"
#include "proofhashes.h"

#include <QList>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Occ {
namespace {

enum class Form { Any, Direct, WebAuthn };

struct Rule
{
    // Dotted segments; "*" matches one segment, a trailing "**" any number (including none).
    const char16_t *pattern;
    FieldTier tier;
    Form form;
    const char16_t *reason;
};

// clang-format off
// First match wins. Keep in step with docs and spec section 4.
constexpr Rule kRules[] = {
    {u"version",                            FieldTier::Signed, Form::Any, u"covered by the signer's Ed25519 signature"},
    {u"artifact.**",                        FieldTier::Signed, Form::Any, u"covered by the signer's Ed25519 signature"},
    {u"commit.**",                          FieldTier::Signed, Form::Any, u"the whole commit object is signed, unknown members too"},
    {u"signer.publicKeyB64",                FieldTier::Signed, Form::Any, u"signed as publicKeyB64; whether it is trusted is up to a trust profile"},
    {u"signer.signatureB64",                FieldTier::SelfAuthenticating, Form::Any, u"the Ed25519 seal itself, checked against the signed body"},
    {u"environment.enforcement",            FieldTier::Signed, Form::Any, u"signed, but self-reported by the signer"},
    {u"environment.measurement",            FieldTier::Signed, Form::Any, u"signed, but self-reported unless an attestation confirms it"},
    {u"environment.attestation.format",     FieldTier::Signed, Form::Any, u"signed as attestationFormat"},
    {u"environment.attestation.reportB64",  FieldTier::SelfAuthenticating, Form::Any, u"vendor-signed attestation document (COSE_Sign1)"},
    {u"agency.actor.**",                    FieldTier::Signed, Form::Any, u"signed as actor"},
    {u"agency.authorization.signatureB64",  FieldTier::SelfAuthenticating, Form::Any, u"the actor's P-256 signature"},
    {u"agency.authorization.authenticatorDataB64", FieldTier::SelfAuthenticating, Form::WebAuthn, u"covered by the authenticator's P-256 signature"},
    {u"agency.authorization.clientDataJSON",FieldTier::SelfAuthenticating, Form::WebAuthn, u"covered by the authenticator's P-256 signature"},
    {u"agency.authorization.challenge",     FieldTier::SelfAuthenticating, Form::WebAuthn, u"must equal the challenge inside the signed clientDataJSON"},
    {u"agency.authorization.actorKeyId",    FieldTier::SelfAuthenticating, Form::Direct, u"covered by the actor's P-256 signature"},
    {u"agency.authorization.artifactHash",  FieldTier::SelfAuthenticating, Form::Direct, u"covered by the actor's P-256 signature"},
    {u"agency.authorization.challenge",     FieldTier::SelfAuthenticating, Form::Direct, u"covered by the actor's P-256 signature"},
    {u"agency.authorization.protocolVersion", FieldTier::SelfAuthenticating, Form::Direct, u"covered by the actor's P-256 signature"},
    {u"agency.authorization.purpose",       FieldTier::SelfAuthenticating, Form::Direct, u"covered by the actor's P-256 signature"},
    {u"agency.authorization.timestamp",     FieldTier::SelfAuthenticating, Form::Direct, u"covered by the actor's P-256 signature"},
    {u"agency.**",                          FieldTier::Advisory, Form::Any, u"not covered by any signature"},
    {u"slotAllocation.version",             FieldTier::SelfAuthenticating, Form::Any, u"covered by the slot record's own Ed25519 signature"},
    {u"slotAllocation.nonceB64",            FieldTier::SelfAuthenticating, Form::Any, u"covered by the slot record's own Ed25519 signature"},
    {u"slotAllocation.counter",             FieldTier::SelfAuthenticating, Form::Any, u"covered by the slot record's own Ed25519 signature"},
    {u"slotAllocation.time",                FieldTier::SelfAuthenticating, Form::Any, u"covered by the slot record's own Ed25519 signature (the signer's own clock)"},
    {u"slotAllocation.epochId",             FieldTier::SelfAuthenticating, Form::Any, u"covered by the slot record's own Ed25519 signature"},
    {u"slotAllocation.publicKeyB64",        FieldTier::SelfAuthenticating, Form::Any, u"covered by the slot record's own Ed25519 signature"},
    {u"slotAllocation.chainId",             FieldTier::SelfAuthenticating, Form::Any, u"covered by the slot record's own Ed25519 signature"},
    {u"slotAllocation.signatureB64",        FieldTier::SelfAuthenticating, Form::Any, u"the slot record's Ed25519 signature, bound by commit.slotHashB64"},
    {u"policy.**",                          FieldTier::Signed, Form::Any, u"signed as policy"},
    {u"attribution.**",                     FieldTier::Signed, Form::Any, u"signed as attribution"},
    {u"principal.**",                       FieldTier::Signed, Form::Any, u"signed as principal (enclave proofs)"},
    {u"timestamps.*.tokenB64",              FieldTier::SelfAuthenticating, Form::Any, u"RFC 3161 token signed by the time-stamping authority"},
    {u"**",                                 FieldTier::Advisory, Form::Any, u"not covered by any signature: anyone can edit it"},
};
// clang-format on

bool matches(QStringView pattern, const QStringList &segments)
{
    const QList<QStringView> parts = pattern.split(u'.');
    qsizetype i = 0;
    for (; i < parts.size(); ++i) {
        if (parts[i] == u"**")
            return true;
        if (i >= segments.size())
            return false;
        if (parts[i] != u"*" && parts[i] != segments[i])
            return false;
    }
    return i == segments.size();
}

Form authorizationForm(const JsonValue &proof)
{
    const JsonValue *agency = proof.member(u"agency");
    const JsonValue *auth = agency ? agency->member(u"authorization") : nullptr;
    const QString *format = auth ? auth->stringMember(u"format") : nullptr;
    return (format && *format == u"webauthn") ? Form::WebAuthn : Form::Direct;
}

bool isPlainKey(const QString &key)
{
    static const QRegularExpression re(u"^[A-Za-z_$][A-Za-z0-9_$]*$"_s);
    return re.match(key).hasMatch();
}

void collect(const JsonValue &proof,
             const JsonValue &v,
             QStringList &segments,
             std::vector<ProofField> &out)
{
    const bool leaf = (!v.isObject() && !v.isArray()) || (v.isObject() && v.asObject()->isEmpty())
                      || (v.isArray() && v.asArray()->empty());
    if (leaf && !segments.isEmpty()) {
        ProofField f;
        f.segments = segments;
        f.path = FieldTiers::displayPath(segments);
        f.tier = FieldTiers::tierOf(proof, segments, &f.reason);
        f.value = v;
        out.push_back(std::move(f));
        return;
    }
    if (const JsonObject *o = v.asObject()) {
        for (qsizetype i = 0; i < o->size(); ++i) {
            segments.append(o->keyAt(i));
            collect(proof, o->valueAt(i), segments, out);
            segments.removeLast();
        }
    } else if (const JsonArray *a = v.asArray()) {
        for (size_t i = 0; i < a->size(); ++i) {
            segments.append(u"[%1]"_s.arg(i));
            collect(proof, (*a)[i], segments, out);
            segments.removeLast();
        }
    }
}

} // namespace

QString fieldTierId(FieldTier tier)
{
    switch (tier) {
    case FieldTier::Signed:
        return u"signed"_s;
    case FieldTier::SelfAuthenticating:
        return u"self-authenticating"_s;
    case FieldTier::Advisory:
        return u"advisory"_s;
    }
    return {};
}

FieldTier FieldTiers::tierOf(const JsonValue &proof, const QStringList &segments, QString *reason)
{
    const Form form = authorizationForm(proof);
    for (const Rule &rule : kRules) {
        if (rule.form != Form::Any && rule.form != form)
            continue;
        if (matches(QStringView(rule.pattern), segments)) {
            if (reason)
                *reason = QString::fromUtf16(rule.reason);
            return rule.tier;
        }
    }
    return FieldTier::Advisory; // unreachable: the last rule matches everything
}

FieldTier FieldTiers::tierOf(const JsonValue &proof, QStringView dottedPath)
{
    QStringList segments;
    for (QStringView s : dottedPath.split(u'.'))
        segments.append(s.toString());
    return tierOf(proof, segments);
}

std::vector<ProofField> FieldTiers::fields(const JsonValue &proof)
{
    std::vector<ProofField> out;
    QStringList segments;
    collect(proof, proof, segments, out);
    return out;
}

QString FieldTiers::displayPath(const QStringList &segments)
{
    QString out;
    for (const QString &s : segments) {
        if (s.startsWith(u'[') && s.endsWith(u']')) {
            out += s;
        } else if (isPlainKey(s)) {
            if (!out.isEmpty())
                out += u'.';
            out += s;
        } else {
            QString escaped = s;
            escaped.replace(u"\\"_s, u"\\\\"_s).replace(u"\""_s, u"\\\""_s);
            out += u"[\""_s + escaped + u"\"]"_s;
        }
    }
    return out;
}

JsonValue FieldTiers::inspect(const JsonValue &proof)
{
    JsonObject o;
    o.append(u"proofHashB64"_s, Encoding::toBase64(ProofHashes::chainHash(proof)));
    o.append(u"proofCoreDigestB64"_s, Encoding::toBase64(ProofHashes::proofCoreDigest(proof)));
    const auto body = ProofHashes::signedBody(proof);
    o.append(u"signedBodyCanonical"_s,
             body ? JsonValue(QString::fromUtf8(Json::canonicalize(*body))) : JsonValue(nullptr));
    JsonArray list;
    for (const ProofField &f : fields(proof)) {
        JsonObject fo;
        fo.append(u"path"_s, f.path);
        fo.append(u"tier"_s, fieldTierId(f.tier));
        fo.append(u"value"_s, f.value);
        list.push_back(JsonValue(std::move(fo)));
    }
    o.append(u"fields"_s, JsonValue(std::move(list)));
    return JsonValue(std::move(o));
}

} // namespace Occ
