// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0
#include "agency.h"

#include <QCoreApplication>

#include "crypto.h"
#include "encoding.h"
#include "jsonparser.h"
#include "jsutil.h"
#include "proofhashes.h"

using namespace Qt::StringLiterals;

namespace Occ::Agency {

using Js::isNonEmptyString;
using Js::isTruthy;
using Js::str;
using Js::toString;

namespace {

Error fail(const QString &reason)
{
    return makeError(ErrorCode::InvalidProof, reason);
}

} // namespace

QStringList webauthnUncoveredFields()
{
    return {u"authorization.artifactHash"_s,
            u"authorization.actorKeyId"_s,
            u"authorization.timestamp"_s,
            u"authorization.purpose"_s,
            u"batchContext"_s};
}

Result<Verified> verify(const JsonValue &agencyValue, const QString &digestB64)
{
    if (!agencyValue.isObject())
        return fail(QCoreApplication::translate("Occ::Agency", "agency must be an object"));
    const JsonValue *actorValue = agencyValue.member(u"actor");
    const JsonValue *authValue = agencyValue.member(u"authorization");
    if (!actorValue || !actorValue->isObject())
        return fail(QCoreApplication::translate("Occ::Agency", "agency.actor must be an object"));
    if (!authValue || !authValue->isObject())
        return fail(
            QCoreApplication::translate("Occ::Agency", "agency.authorization must be an object"));
    const JsonObject &actor = *actorValue->asObject();
    const JsonObject &auth = *authValue->asObject();
    if (!isNonEmptyString(actor.value(u"keyId")))
        return fail(QCoreApplication::translate("Occ::Agency",
                                                "agency.actor.keyId must be a non-empty string"));
    if (!isNonEmptyString(actor.value(u"publicKeyB64")))
        return fail(
            QCoreApplication::translate("Occ::Agency",
                                        "agency.actor.publicKeyB64 must be a non-empty string"));
    if (str(actor.value(u"algorithm")) != u"ES256" || !actor.value(u"algorithm")->isString())
        return fail(
            QCoreApplication::translate("Occ::Agency",
                                        "agency.actor.algorithm must be \"ES256\", got \"%1\"")
                .arg(toString(actor.value(u"algorithm"))));
    if (!isNonEmptyString(actor.value(u"provider")))
        return fail(
            QCoreApplication::translate("Occ::Agency",
                                        "agency.actor.provider must be a non-empty string"));
    if (str(auth.value(u"purpose")) != u"occ/commit-authorize/v1"
        || !auth.value(u"purpose")->isString()) {
        return fail(
            QCoreApplication::translate(
                "Occ::Agency",
                "agency.authorization.purpose must be \"occ/commit-authorize/v1\", got \"%1\"")
                .arg(toString(auth.value(u"purpose"))));
    }
    if (!isNonEmptyString(auth.value(u"signatureB64")))
        return fail(QCoreApplication::translate(
            "Occ::Agency", "agency.authorization.signatureB64 must be a non-empty string"));

    const QString keyId = str(actor.value(u"keyId"));
    Verified verified;
    verified.keyId = keyId;
    verified.provider = str(actor.value(u"provider"));
    const QByteArray spki = Encoding::fromBase64Lenient(str(actor.value(u"publicKeyB64")));
    if (ProofHashes::keyIdForSpki(spki) != keyId)
        return fail(QCoreApplication::translate(
            "Occ::Agency", "agency: actor.keyId does not match SHA-256 of public key"));
    if (!auth.value(u"actorKeyId") || !auth.value(u"actorKeyId")->isString()
        || str(auth.value(u"actorKeyId")) != keyId)
        return fail(QCoreApplication::translate(
            "Occ::Agency", "agency: authorization.actorKeyId does not match actor.keyId"));

    // Artifact binding, with the batch rule: one authorization covers every digest listed,
    // the first of which is the one the device signed.
    const JsonValue *artifactHash = auth.value(u"artifactHash");
    QString batchNote;
    if (!artifactHash || !artifactHash->isString() || *artifactHash->asString() != digestB64) {
        const JsonValue *batch = agencyValue.member(u"batchContext");
        const JsonArray *digests = batch ? (batch->member(u"batchDigests")
                                                ? batch->member(u"batchDigests")->asArray()
                                                : nullptr)
                                         : nullptr;
        bool bound = false;
        if (digests && !digests->empty() && artifactHash && (*digests)[0] == *artifactHash) {
            for (const JsonValue &d : *digests) {
                if (d.isString() && *d.asString() == digestB64)
                    bound = true;
            }
        }
        if (!bound)
            return fail(QCoreApplication::translate(
                "Occ::Agency",
                "agency: authorization.artifactHash does not match proof.artifact.digestB64"));
        batchNote = QCoreApplication::translate("Occ::Agency", ", as one of a batch of %1 files")
                        .arg(digests->size());
        verified.batchSize = int(digests->size());
    }

    const QByteArray signature = Encoding::fromBase64Lenient(str(auth.value(u"signatureB64")));
    const bool webauthn = auth.value(u"format") && auth.value(u"format")->isString()
                          && *auth.value(u"format")->asString() == u"webauthn";
    verified.webauthn = webauthn;
    QString how;
    if (webauthn) {
        if (!isTruthy(auth.value(u"clientDataJSON")))
            return fail(QCoreApplication::translate(
                "Occ::Agency", "agency: WebAuthn authorization missing clientDataJSON"));
        if (!isTruthy(auth.value(u"authenticatorDataB64")))
            return fail(QCoreApplication::translate(
                "Occ::Agency", "agency: WebAuthn authorization missing authenticatorDataB64"));
        const QString clientDataText = toString(auth.value(u"clientDataJSON"));
        const QByteArray clientData = clientDataText.toUtf8();
        const JsonParser::Options strict = JsonParser::strictOptions(16);
        auto parsed = JsonParser::parse(clientData, strict);
        if (!parsed) {
            if (parsed.error().message.startsWith(u"ambiguous"))
                return fail(
                    QCoreApplication::translate("Occ::Agency",
                                                "agency: clientDataJSON is ambiguous JSON (%1)")
                        .arg(parsed.error().message));
            return fail(QCoreApplication::translate("Occ::Agency",
                                                    "agency: clientDataJSON is not valid JSON"));
        }
        const JsonValue *type = parsed->member(u"type");
        if (!type || !type->isString() || *type->asString() != u"webauthn.get")
            return fail(QCoreApplication::translate(
                            "Occ::Agency",
                            "agency: clientDataJSON.type must be \"webauthn.get\", got \"%1\"")
                            .arg(toString(type)));
        const JsonValue *challenge = parsed->member(u"challenge");
        if (!isTruthy(challenge))
            return fail(
                QCoreApplication::translate("Occ::Agency",
                                            "agency: clientDataJSON missing challenge field"));
        if (!challenge->isString())
            return fail(
                QCoreApplication::translate("Occ::Agency",
                                            "agency: clientDataJSON.challenge must be a string"));
        const JsonValue *authChallenge = auth.value(u"challenge");
        if (!authChallenge || !authChallenge->isString()
            || Encoding::base64UrlToBase64(*challenge->asString()) != *authChallenge->asString())
            return fail(QCoreApplication::translate(
                "Occ::Agency",
                "agency: clientDataJSON challenge does not match authorization.challenge"));
        const QByteArray authData = Encoding::fromBase64Lenient(
            toString(auth.value(u"authenticatorDataB64")));
        if (authData.size() < 37)
            return fail(
                QCoreApplication::translate("Occ::Agency", "agency: authenticatorData too short"));
        const auto flags = quint8(authData[32]);
        if (!(flags & 0x01))
            return fail(QCoreApplication::translate("Occ::Agency",
                                                    "agency: authenticatorData UP flag not set"));
        if (!(flags & 0x04))
            return fail(QCoreApplication::translate("Occ::Agency",
                                                    "agency: authenticatorData UV flag not set"));
        const QByteArray signedData = authData + Crypto::Sha256::hash(clientData);
        auto ok = Crypto::p256VerifyDer(spki, signedData, signature);
        if (!ok)
            return fail(QCoreApplication::translate("Occ::Agency",
                                                    "agency: P-256 signature verification error: ")
                        + ok.error().message);
        if (!*ok)
            return fail(QCoreApplication::translate(
                "Occ::Agency", "agency: WebAuthn P-256 signature verification failed"));
        verified.rpIdHash = authData.left(32);
        verified.flags = flags;
        verified.signCount = (quint32(quint8(authData[33])) << 24)
                             | (quint32(quint8(authData[34])) << 16)
                             | (quint32(quint8(authData[35])) << 8) | quint32(quint8(authData[36]));
        verified.origin = toString(parsed->member(u"origin"));
        how = QCoreApplication::translate("Occ::Agency",
                                          "with a passkey (WebAuthn, user present and verified)");
    } else {
        const QByteArray payload = ProofHashes::directAuthorizationPayload(auth);
        auto ok = Crypto::p256VerifyDer(spki, payload, signature);
        if (!ok)
            return fail(QCoreApplication::translate("Occ::Agency",
                                                    "agency: P-256 signature verification error: ")
                        + ok.error().message);
        if (!*ok)
            return fail(QCoreApplication::translate("Occ::Agency",
                                                    "agency: P-256 signature verification failed"));
        how = QCoreApplication::translate("Occ::Agency", "with a direct P-256 signature");
    }
    verified.description = QCoreApplication::translate("Occ::Agency",
                                                       "Actor %1… (%2) authorized these bytes %3%4")
                               .arg(keyId.left(16), str(actor.value(u"provider")), how, batchNote);
    return verified;
}

} // namespace Occ::Agency
