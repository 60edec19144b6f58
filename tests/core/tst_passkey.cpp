// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0

// Passkeys end to end without hardware: libfido2 talks to the software CTAP2 authenticator of
// tests/support (HID frames or whole CTAP messages), the stub signer checks the envelopes, and
// the verifier checks the proofs; one test checks an assertion with OpenSSL alone.

#include "testdata.h"

#include "core/agency.h"
#include "core/canonicaljson.h"
#include "core/crypto.h"
#include "core/encoding.h"
#include "core/jsonparser.h"
#include "core/jsutil.h"
#include "core/passkey.h"
#include "core/proofhashes.h"
#include "core/proofverifier.h"
#include "core/stubsigner.h"
#include "core/trustprofile.h"

#include "support/softfido2.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <thread>

using namespace Occ;
using namespace Qt::StringLiterals;

namespace {

/** A prompt that answers PINs from a list and counts what it was asked. */
class ScriptedPrompt final : public PasskeyPrompt
{
public:
    QStringList pins; ///< answered in order; an empty string declines
    int pinQuestions = 0;
    int touches = 0;
    QList<int> retriesSeen;
    QList<bool> againSeen;

    std::optional<QString> pin(const AuthenticatorDevice &, int retriesLeft, bool again) override
    {
        ++pinQuestions;
        retriesSeen.append(retriesLeft);
        againSeen.append(again);
        if (pins.isEmpty())
            return std::nullopt;
        const QString p = pins.takeFirst();
        if (p.isEmpty())
            return std::nullopt;
        return p;
    }
    void touch(const AuthenticatorDevice &) override { ++touches; }
};

/** Verifies ECDSA P-256/SHA-256 with OpenSSL alone: no code of ours on the path. */
bool opensslVerifies(const QByteArray &spki, const QByteArray &message, const QByteArray &der)
{
    const auto *p = reinterpret_cast<const unsigned char *>(spki.constData());
    EVP_PKEY *key = d2i_PUBKEY(nullptr, &p, long(spki.size()));
    if (!key)
        return false;
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    const bool ok = EVP_DigestVerifyInit(ctx, nullptr, EVP_sha256(), nullptr, key) == 1
                    && EVP_DigestVerify(ctx,
                                        reinterpret_cast<const unsigned char *>(der.constData()),
                                        size_t(der.size()),
                                        reinterpret_cast<const unsigned char *>(message.constData()),
                                        size_t(message.size()))
                           == 1;
    EVP_MD_CTX_free(ctx);
    EVP_PKEY_free(key);
    return ok;
}

QByteArray sha256(const QByteArray &data)
{
    unsigned char out[32];
    unsigned int len = 0;
    EVP_Digest(data.constData(), size_t(data.size()), out, &len, EVP_sha256(), nullptr);
    return QByteArray(reinterpret_cast<const char *>(out), int(len));
}

const JsonValue *at(const JsonValue &v, QStringView a, QStringView b = {})
{
    const JsonValue *x = v.member(a);
    return x && !b.isEmpty() ? x->member(b) : x;
}

} // namespace

class tst_Passkey : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void clientDataJson_data();
    void clientDataJson();
    void unwrapAuthenticatorData_data();
    void unwrapAuthenticatorData();
    void spkiFromRawPoint();
    void storeRoundTripAndErrors();

    void registerAndCommit_data();
    void registerAndCommit();
    void assertionVerifiesWithOpenSslAlone();
    void batchTakesOneTouch();
    void refusedAuthorizations_data();
    void refusedAuthorizations();
    void wrongCredential();
    void signerRejectsTamperedReplayedExpired();
    void pinFlows_data();
    void pinFlows();
    void pinBlocked();
    void cancelDuringTouch();
    void notTouchedInTime();
    void noAuthenticator();
    void softwareKeyDirectForm();

private:
    Result<PasskeyCredential> registerOn(OccTest::SoftFido2 &soft, ScriptedPrompt *prompt = nullptr);
    QTemporaryDir m_dir;
    std::unique_ptr<OccTest::SoftFido2> m_soft;
    bool m_transport = false;
};

void tst_Passkey::init()
{
    m_soft = std::make_unique<OccTest::SoftFido2>();
    m_transport = false;
    Fido2Authenticator::setDeviceHooks(Fido2Authenticator::DeviceHooks{
        [this] {
            return QList<AuthenticatorDevice>{{m_soft->path(), u"Soft Key"_s, u"OCC tests"_s}};
        },
        [this](fido_dev_t *dev, const QString &) {
            if (m_transport)
                m_soft->attachTransport(dev);
            else
                m_soft->attachHid(dev);
        }});
}

void tst_Passkey::cleanup()
{
    Fido2Authenticator::setDeviceHooks(std::nullopt);
    m_soft.reset();
}

Result<PasskeyCredential> tst_Passkey::registerOn(OccTest::SoftFido2 &, ScriptedPrompt *prompt)
{
    Fido2Authenticator authenticator(10'000);
    RegisterOptions options;
    options.label = u"test key"_s;
    return authenticator.registerPasskey(options, prompt);
}

void tst_Passkey::clientDataJson_data()
{
    QTest::addColumn<QString>("challenge");
    QTest::addColumn<QString>("origin");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("padding and url alphabet")
        << u"+/8="_s << u"occ-studio://occ-proof-studio"_s
        << QByteArray(
               R"({"type":"webauthn.get","challenge":"-_8","origin":"occ-studio://occ-proof-studio","crossOrigin":false})");
    QTest::newRow("quotes escaped")
        << u"AAAA"_s << u"x\"y"_s
        << QByteArray(
               R"({"type":"webauthn.get","challenge":"AAAA","origin":"x\"y","crossOrigin":false})");
}

void tst_Passkey::clientDataJson()
{
    QFETCH(QString, challenge);
    QFETCH(QString, origin);
    QFETCH(QByteArray, expected);
    const QByteArray json = Passkeys::clientDataJson(challenge, origin);
    QCOMPARE(json, expected);
    // And the verifier's reading of it gives back the challenge.
    auto parsed = JsonParser::parse(json);
    QVERIFY_RESULT(parsed);
    QCOMPARE(Encoding::base64UrlToBase64(*parsed->stringMember(u"challenge")), challenge);
}

void tst_Passkey::unwrapAuthenticatorData_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QByteArray>("expected");
    const QByteArray raw37(37, '\x05');
    const QByteArray raw300(300, '\x07');
    QTest::newRow("raw passes through") << raw37 << true << raw37;
    QTest::newRow("1-byte length") << QByteArray("\x58\x25", 2) + raw37 << true << raw37;
    QTest::newRow("2-byte length") << QByteArray("\x59\x01\x2c", 3) + raw300 << true << raw300;
    QTest::newRow("declared longer than given")
        << QByteArray("\x58\x26", 2) + raw37 << false << QByteArray();
    QTest::newRow("declared shorter than given")
        << QByteArray("\x58\x24", 2) + raw37 << false << QByteArray();
    QTest::newRow("header cut") << QByteArray("\x59\x01", 2) << false << QByteArray();
    QTest::newRow("too short inside")
        << QByteArray("\x44\x01\x02\x03\x04", 5) << false << QByteArray();
    QTest::newRow("indefinite length")
        << QByteArray("\x5f\x41\x00\xff", 4) << false << QByteArray();
    QTest::newRow("empty") << QByteArray() << false << QByteArray();
}

void tst_Passkey::unwrapAuthenticatorData()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, ok);
    QFETCH(QByteArray, expected);
    auto r = Passkeys::unwrapAuthenticatorData(input);
    QCOMPARE(bool(r), ok);
    if (ok)
        QCOMPARE(*r, expected);
    else
        QVERIFY(!r.error().message.isEmpty());
}

void tst_Passkey::spkiFromRawPoint()
{
    // A real key's point, from OpenSSL, comes back as the same SPKI OpenSSL writes.
    EVP_PKEY *key = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256");
    unsigned char *der = nullptr;
    const int len = i2d_PUBKEY(key, &der);
    const QByteArray expected(reinterpret_cast<const char *>(der), len);
    OPENSSL_free(der);
    EVP_PKEY_free(key);
    QCOMPARE(expected.size(), 91);
    const QByteArray xy = expected.right(64); // after 0x04
    auto spki = Passkeys::spkiFromRawPoint(xy);
    QVERIFY_RESULT(spki);
    QCOMPARE(*spki, expected);

    QVERIFY(!Passkeys::spkiFromRawPoint(xy.left(63)));
    QByteArray offCurve = xy;
    offCurve[63] = char(offCurve[63] ^ 1);
    QVERIFY(!Passkeys::spkiFromRawPoint(offCurve));
}

void tst_Passkey::storeRoundTripAndErrors()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"sub/passkeys.json"_s);
    auto first = registerOn(*m_soft);
    QVERIFY_RESULT(first);
    auto second = registerOn(*m_soft);
    QVERIFY_RESULT(second);
    QVERIFY(first->keyId != second->keyId);

    PasskeyStore store(path);
    QVERIFY_RESULT(store.load()); // missing file: empty
    QVERIFY(store.credentials().isEmpty());
    QVERIFY_RESULT(store.add(*first));
    QVERIFY(!store.add(*first)); // twice: refused
    PasskeyCredential renamed = *second;
    renamed.label = u"backup key"_s;
    QVERIFY_RESULT(store.add(renamed));

    PasskeyStore reread(path);
    QVERIFY_RESULT(reread.load());
    QCOMPARE(reread.credentials().size(), 2);
    const PasskeyCredential &c = reread.credentials().first();
    QCOMPARE(c.keyId, first->keyId);
    QCOMPARE(c.spki, first->spki);
    QCOMPARE(c.credentialId, first->credentialId);
    QCOMPARE(c.rpId, u"occ-proof-studio"_s);
    QCOMPARE(c.created, first->created);

    QCOMPARE(reread.find(first->keyId)->keyId, first->keyId);
    QCOMPARE(reread.find(first->keyId.left(10).toUpper())->keyId, first->keyId);
    QCOMPARE(reread.find(u"backup key"_s)->keyId, second->keyId);
    QVERIFY(!reread.find(first->keyId.left(4))); // too short to be a prefix
    QVERIFY(!reread.find(u"nothing"_s));

    QVERIFY_RESULT(reread.rename(first->keyId, u"  main key "_s));
    QVERIFY_RESULT(reread.remove(second->keyId));
    QVERIFY(!reread.remove(second->keyId));
    PasskeyStore again(path);
    QVERIFY_RESULT(again.load());
    QCOMPARE(again.credentials().size(), 1);
    QCOMPARE(again.credentials().first().label, u"main key"_s);

    // The exported profile accepts this actor and rpId only.
    const TrustProfile profile = first->trustProfile();
    QCOMPARE(profile.allowedActorKeyIds, QStringList{first->keyId});
    QCOMPARE(profile.allowedRpIds, QStringList{u"occ-proof-studio"_s});
    auto back = TrustProfile::fromJson(profile.toJson());
    QVERIFY_RESULT(back);
    QCOMPARE(*back, profile);

    // A damaged file is reported and left alone.
    const QByteArray before = [&] {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    QByteArray tampered = before;
    tampered.replace(first->keyId.toLatin1(), QByteArray(64, 'a'));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(tampered);
    }
    PasskeyStore damaged(path);
    auto loaded = damaged.load();
    QVERIFY(!loaded);
    QVERIFY2(loaded.error().message.contains(u"SHA-256"), qPrintable(loaded.error().message));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), tampered);
}

void tst_Passkey::registerAndCommit_data()
{
    QTest::addColumn<bool>("transport");
    QTest::newRow("hid frames") << false;
    QTest::newRow("transport functions") << true;
}

void tst_Passkey::registerAndCommit()
{
    QFETCH(bool, transport);
    m_transport = transport;
    ScriptedPrompt prompt;
    auto credential = registerOn(*m_soft, &prompt);
    QVERIFY_RESULT(credential);
    QCOMPARE(prompt.touches, 1);
    QCOMPARE(prompt.pinQuestions, 0); // built-in verification: no PIN
    QCOMPARE(credential->spki.size(), 91);
    QCOMPARE(credential->keyId, Encoding::toHex(sha256(credential->spki)));
    QCOMPARE(credential->attestation, u"self"_s);
    QVERIFY(credential->residentKey);
    QCOMPARE(credential->aaguid, m_soft->aaguid());
    QCOMPARE(m_soft->credentialCount(), 1);

    auto signer = StubSigner::open(m_dir.filePath(u"state-%1.json"_s.arg(transport)));
    QVERIFY_RESULT(signer);
    auto challenge = signer->issueChallenge();
    QVERIFY_RESULT(challenge);
    const QByteArray digest = Crypto::Sha256::hash("the bytes");
    PasskeyAuthorizer authorizer(std::make_shared<Fido2Authenticator>(10'000), *credential, &prompt);
    auto envelope = authorizer.authorize(*challenge, {digest}, QDateTime::currentMSecsSinceEpoch());
    QVERIFY_RESULT(envelope);
    QCOMPARE(prompt.touches, 2);
    QCOMPARE(Js::str(at(*envelope, u"actor", u"provider")), u"passkey"_s);
    QCOMPARE(Js::str(at(*envelope, u"authorization", u"format")), u"webauthn"_s);
    QVERIFY(!envelope->member(u"batchContext"));

    CommitRequest request;
    request.digests = {digest};
    request.agency = *envelope;
    auto proofs = signer->commit(request);
    QVERIFY_RESULT(proofs);
    const JsonValue &proof = proofs->first();
    QCOMPARE(Js::str(at(proof, u"agency", u"actor")->member(u"keyId")), credential->keyId);

    const TrustProfile profile = credential->trustProfile();
    VerifyOptions options;
    options.artifactDigest = digest;
    options.profile = &profile;
    const VerificationReport report = ProofVerifier::verify(proof, options);
    QVERIFY2(report.verdict == Verdict::Valid, qPrintable(report.reason()));
    QCOMPARE(report.check(u"agency")->status, CheckStatus::Pass);
    QCOMPARE(report.check(u"policy.allowedActorKeyIds")->status, CheckStatus::Pass);
    QCOMPARE(report.check(u"policy.allowedRpIds")->status, CheckStatus::Pass);

    auto verified = Agency::verify(*proof.member(u"agency"), Encoding::toBase64(digest));
    QVERIFY_RESULT(verified);
    QVERIFY(verified->webauthn);
    QCOMPARE(verified->flags & 0x05, 0x05);
    QCOMPARE(verified->rpIdHash, sha256("occ-proof-studio"));
    QCOMPARE(verified->origin, u"occ-studio://occ-proof-studio"_s);
    QCOMPARE(int(verified->signCount), m_soft->lastSignCount());

    // Another passkey's profile does not accept this proof.
    TrustProfile other = profile;
    other.allowedActorKeyIds = {QString(64, u'0')};
    options.profile = &other;
    QCOMPARE(ProofVerifier::verify(proof, options).verdict, Verdict::Invalid);
}

void tst_Passkey::assertionVerifiesWithOpenSslAlone()
{
    auto credential = registerOn(*m_soft);
    QVERIFY_RESULT(credential);
    ScriptedPrompt prompt;
    PasskeyAuthorizer authorizer(std::make_shared<Fido2Authenticator>(10'000), *credential, &prompt);
    const QString challenge = Encoding::toBase64(QByteArray(32, '\x42'));
    auto envelope = authorizer.authorize(challenge,
                                         {Crypto::Sha256::hash("x")},
                                         QDateTime::currentMSecsSinceEpoch());
    QVERIFY_RESULT(envelope);
    const JsonValue *auth = envelope->member(u"authorization");
    const QByteArray authData = QByteArray::fromBase64(
        Js::str(auth->member(u"authenticatorDataB64")).toLatin1());
    const QByteArray clientData = Js::str(auth->member(u"clientDataJSON")).toUtf8();
    const QByteArray sig = QByteArray::fromBase64(Js::str(auth->member(u"signatureB64")).toLatin1());
    const QByteArray spki = QByteArray::fromBase64(
        Js::str(at(*envelope, u"actor", u"publicKeyB64")).toLatin1());

    QCOMPARE(authData.left(32), sha256("occ-proof-studio"));
    QVERIFY(quint8(authData[32]) & 0x01);
    QVERIFY(quint8(authData[32]) & 0x04);
    QVERIFY(opensslVerifies(spki, authData + sha256(clientData), sig));
    // The signature covers the client data: a changed byte fails with OpenSSL too.
    QByteArray changed = clientData;
    changed.replace("webauthn.get", "webauthn.GET");
    QVERIFY(!opensslVerifies(spki, authData + sha256(changed), sig));
    QVERIFY(clientData.contains(Encoding::base64ToBase64Url(challenge).remove(u'=').toUtf8()));
}

void tst_Passkey::batchTakesOneTouch()
{
    auto credential = registerOn(*m_soft);
    QVERIFY_RESULT(credential);
    const int touchesBefore = m_soft->userPresenceCount();
    auto signer = StubSigner::open(m_dir.filePath(u"batch-state.json"_s));
    QVERIFY_RESULT(signer);
    QList<QByteArray> digests;
    for (int i = 0; i < 5; ++i)
        digests.append(Crypto::Sha256::hash(QByteArray::number(i)));
    ScriptedPrompt prompt;
    PasskeyAuthorizer authorizer(std::make_shared<Fido2Authenticator>(10'000), *credential, &prompt);
    auto envelope = authorizer.authorize(*signer->issueChallenge(),
                                         digests,
                                         QDateTime::currentMSecsSinceEpoch());
    QVERIFY_RESULT(envelope);
    QCOMPARE(m_soft->userPresenceCount() - touchesBefore, 1);
    QCOMPARE(at(*envelope, u"batchContext", u"batchDigests")->asArray()->size(), size_t(5));
    CommitRequest request;
    request.digests = digests;
    request.agency = *envelope;
    auto proofs = signer->commit(request);
    QVERIFY_RESULT(proofs);
    QCOMPARE(proofs->size(), 5);
    for (qsizetype i = 0; i < proofs->size(); ++i) {
        VerifyOptions options;
        options.artifactDigest = digests[i];
        const VerificationReport report = ProofVerifier::verify((*proofs)[i], options);
        QVERIFY2(report.verdict == Verdict::Valid, qPrintable(report.reason()));
        QCOMPARE(report.check(u"agency")->status, CheckStatus::Pass);
        QCOMPARE(at((*proofs)[i], u"agency", u"batchContext")->member(u"batchIndex")->asNumber(),
                 std::optional<double>(double(i)));
    }
}

void tst_Passkey::refusedAuthorizations_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    QTest::newRow("UP missing") << u"omitUp"_s << int(ErrorCode::Crypto) << u"presence"_s;
    QTest::newRow("UV missing") << u"omitUv"_s << int(ErrorCode::Crypto) << u"verification"_s;
    QTest::newRow("touch declined") << u"denyTouch"_s << int(ErrorCode::Cancelled) << u"refused"_s;
    QTest::newRow("no touch in time") << u"timeout"_s << int(ErrorCode::Cancelled) << u"in time"_s;
}

void tst_Passkey::refusedAuthorizations()
{
    QFETCH(QString, option);
    QFETCH(int, code);
    QFETCH(QString, message);
    auto credential = registerOn(*m_soft);
    QVERIFY_RESULT(credential);
    OccTest::SoftFido2Options &o = m_soft->options();
    o.omitUp = option == u"omitUp";
    o.omitUv = option == u"omitUv";
    o.denyTouch = option == u"denyTouch";
    o.timeout = option == u"timeout";

    // Nothing reaches the signer: its counter is untouched.
    const QString statePath = m_dir.filePath(u"refused-%1.json"_s.arg(option));
    auto signer = StubSigner::open(statePath);
    QVERIFY_RESULT(signer);
    const QByteArray before = OccTest::stubStateBytes(statePath);
    ScriptedPrompt prompt;
    PasskeyAuthorizer authorizer(std::make_shared<Fido2Authenticator>(10'000), *credential, &prompt);
    auto envelope = authorizer.authorize(*signer->issueChallenge(),
                                         {Crypto::Sha256::hash("x")},
                                         QDateTime::currentMSecsSinceEpoch());
    QVERIFY(!envelope);
    QCOMPARE(int(envelope.error().code), code);
    QVERIFY2(envelope.error().message.contains(message), qPrintable(envelope.error().message));
    QCOMPARE(OccTest::stubStateBytes(statePath), before);
}

void tst_Passkey::wrongCredential()
{
    auto credential = registerOn(*m_soft);
    QVERIFY_RESULT(credential);
    PasskeyCredential forged = *credential;
    forged.credentialId = Crypto::randomBytes(32);
    ScriptedPrompt prompt;
    PasskeyAuthorizer authorizer(std::make_shared<Fido2Authenticator>(10'000), forged, &prompt);
    auto envelope = authorizer.authorize(Encoding::toBase64(QByteArray(32, 'c')),
                                         {Crypto::Sha256::hash("x")},
                                         QDateTime::currentMSecsSinceEpoch());
    QVERIFY(!envelope);
    QVERIFY2(envelope.error().message.contains(u"not on"), qPrintable(envelope.error().message));

    // A credential from another authenticator is not on this one either.
    OccTest::SoftFido2 other;
    Fido2Authenticator::setDeviceHooks(Fido2Authenticator::DeviceHooks{
        [&] {
            return QList<AuthenticatorDevice>{{other.path(), u"Other"_s, {}}};
        },
        [&](fido_dev_t *dev, const QString &) { other.attachHid(dev); }});
    auto onOther
        = PasskeyAuthorizer(std::make_shared<Fido2Authenticator>(10'000), *credential, &prompt)
              .authorize(Encoding::toBase64(QByteArray(32, 'c')), {Crypto::Sha256::hash("x")}, 0);
    QVERIFY(!onOther);
    QVERIFY2(onOther.error().message.contains(u"Other"), qPrintable(onOther.error().message));
}

void tst_Passkey::signerRejectsTamperedReplayedExpired()
{
    auto credential = registerOn(*m_soft);
    QVERIFY_RESULT(credential);
    const QString statePath = m_dir.filePath(u"tamper.json"_s);
    auto signer = StubSigner::open(statePath);
    QVERIFY_RESULT(signer);
    qint64 now = QDateTime::currentMSecsSinceEpoch();
    signer->setClock([&now] { return now; });
    ScriptedPrompt prompt;
    PasskeyAuthorizer authorizer(std::make_shared<Fido2Authenticator>(10'000), *credential, &prompt);
    const QByteArray digest = Crypto::Sha256::hash("doc");
    auto envelope = authorizer.authorize(*signer->issueChallenge(), {digest}, now);
    QVERIFY_RESULT(envelope);
    CommitRequest request;
    request.digests = {digest};

    struct Case
    {
        const char *name;
        std::function<void(JsonObject &auth)> change;
        const char *reason;
    };
    const QList<Case> cases = {
        {"tampered clientDataJSON",
         [](JsonObject &auth) {
             QString cd = Js::str(auth.value(u"clientDataJSON"));
             cd.replace(u"occ-studio://"_s, u"https://"_s);
             auth.insert(u"clientDataJSON"_s, cd);
         },
         "signature verification failed"},
        {"other digest signed",
         [](JsonObject &auth) {
             auth.insert(u"artifactHash"_s, Encoding::toBase64(Crypto::Sha256::hash("other")));
         },
         "artifactHash"},
        {"flags byte flipped",
         [](JsonObject &auth) {
             QByteArray ad = QByteArray::fromBase64(
                 Js::str(auth.value(u"authenticatorDataB64")).toLatin1());
             ad[32] = char(ad[32] & ~0x04);
             auth.insert(u"authenticatorDataB64"_s, QString::fromLatin1(ad.toBase64()));
         },
         "UV"},
    };
    for (const Case &c : cases) {
        JsonValue changed = *envelope;
        c.change(*changed.asObject()->valueRef(u"authorization")->asObject());
        request.agency = changed;
        auto r = signer->commit(request);
        QVERIFY2(!r, c.name);
        QVERIFY2(r.error().message.contains(QLatin1String(c.reason)),
                 qPrintable(QLatin1String(c.name) + u": "_s + r.error().message));
    }
    // None of that burnt the challenge or a counter: the genuine envelope still commits, at 1.
    request.agency = *envelope;
    auto proofs = signer->commit(request);
    QVERIFY_RESULT(proofs);
    QCOMPARE(Js::str(at(proofs->first(), u"commit", u"counter")), u"2"_s);

    // Replayed: the challenge was consumed.
    auto replay = signer->commit(request);
    QVERIFY(!replay);
    QVERIFY2(replay.error().message.contains(u"challenge not found"),
             qPrintable(replay.error().message));

    // Expired: 61 s after the challenge was issued.
    auto late = authorizer.authorize(*signer->issueChallenge(), {digest}, now);
    QVERIFY_RESULT(late);
    now += 61'000;
    request.agency = *late;
    auto expired = signer->commit(request);
    QVERIFY(!expired);
    QVERIFY2(expired.error().message.contains(u"challenge not found or expired"),
             qPrintable(expired.error().message));
}

void tst_Passkey::pinFlows_data()
{
    QTest::addColumn<QStringList>("answers");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("questions");
    QTest::addColumn<int>("retriesLeftAfter");
    QTest::newRow("right PIN") << QStringList{u"1234"_s} << true << 1 << 8;
    QTest::newRow("wrong, then right") << QStringList{u"0000"_s, u"1234"_s} << true << 2 << 8;
    QTest::newRow("declined") << QStringList{QString()} << false << 1 << 8;
    QTest::newRow("wrong, then declined") << QStringList{u"9999"_s, QString()} << false << 2 << 7;
}

void tst_Passkey::pinFlows()
{
    QFETCH(QStringList, answers);
    QFETCH(bool, ok);
    QFETCH(int, questions);
    QFETCH(int, retriesLeftAfter);
    m_soft->options().builtInUv = false;
    m_soft->options().pin = "1234";
    ScriptedPrompt registration;
    registration.pins = {u"1234"_s};
    auto credential = registerOn(*m_soft, &registration);
    QVERIFY_RESULT(credential);
    QCOMPARE(registration.pinQuestions, 1);

    ScriptedPrompt prompt;
    prompt.pins = answers;
    PasskeyAuthorizer authorizer(std::make_shared<Fido2Authenticator>(10'000), *credential, &prompt);
    auto envelope = authorizer.authorize(Encoding::toBase64(QByteArray(32, 'p')),
                                         {Crypto::Sha256::hash("x")},
                                         0);
    QCOMPARE(bool(envelope), ok);
    QCOMPARE(prompt.pinQuestions, questions);
    QCOMPARE(prompt.retriesSeen.first(), 8);
    if (questions > 1) {
        QCOMPARE(prompt.againSeen.at(1), true);
        QCOMPARE(prompt.retriesSeen.at(1), 7);
    }
    if (!ok)
        QCOMPARE(envelope.error().code, ErrorCode::Cancelled);
    else
        QVERIFY(Agency::verify(*envelope, Encoding::toBase64(Crypto::Sha256::hash("x"))));
    QCOMPARE(m_soft->options().pinRetries, retriesLeftAfter);
}

void tst_Passkey::pinBlocked()
{
    m_soft->options().builtInUv = false;
    m_soft->options().pin = "1234";
    ScriptedPrompt registration;
    registration.pins = {u"1234"_s};
    auto credential = registerOn(*m_soft, &registration);
    QVERIFY_RESULT(credential);
    m_soft->options().pinRetries = 1;
    ScriptedPrompt prompt;
    prompt.pins = {u"0000"_s, u"1111"_s};
    auto envelope
        = PasskeyAuthorizer(std::make_shared<Fido2Authenticator>(10'000), *credential, &prompt)
              .authorize(Encoding::toBase64(QByteArray(32, 'p')), {Crypto::Sha256::hash("x")}, 0);
    QVERIFY(!envelope);
    QVERIFY2(envelope.error().message.contains(u"blocked"), qPrintable(envelope.error().message));
    QCOMPARE(prompt.pinQuestions, 1); // no question once no try is left
}

void tst_Passkey::cancelDuringTouch()
{
    auto credential = registerOn(*m_soft);
    QVERIFY_RESULT(credential);
    m_soft->options().touchDelayMs = 20'000;
    ScriptedPrompt prompt;
    PasskeyAuthorizer authorizer(std::make_shared<Fido2Authenticator>(30'000), *credential, &prompt);
    QElapsedTimer timer;
    timer.start();
    std::thread canceller([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        authorizer.cancel();
    });
    auto envelope = authorizer.authorize(Encoding::toBase64(QByteArray(32, 'c')),
                                         {Crypto::Sha256::hash("x")},
                                         0);
    canceller.join();
    QVERIFY(!envelope);
    QCOMPARE(envelope.error().code, ErrorCode::Cancelled);
    QVERIFY2(timer.elapsed() < 10'000, "cancel did not end the wait for a touch");

    // A cancel that comes before the request reaches the key is not lost.
    const int touches = m_soft->userPresenceCount();
    PasskeyAuthorizer early(std::make_shared<Fido2Authenticator>(30'000), *credential, &prompt);
    early.cancel();
    auto none = early.authorize(Encoding::toBase64(QByteArray(32, 'c')),
                                {Crypto::Sha256::hash("x")},
                                0);
    QVERIFY(!none);
    QCOMPARE(none.error().code, ErrorCode::Cancelled);
    QCOMPARE(m_soft->userPresenceCount(), touches);
}

void tst_Passkey::notTouchedInTime()
{
    auto credential = registerOn(*m_soft);
    QVERIFY_RESULT(credential);
    m_soft->options().touchDelayMs = 4'000;
    ScriptedPrompt prompt;
    // Our own limit (1 s) runs out before the key answers: reported as no touch, not unplugged.
    PasskeyAuthorizer authorizer(std::make_shared<Fido2Authenticator>(1'000), *credential, &prompt);
    auto envelope = authorizer.authorize(Encoding::toBase64(QByteArray(32, 't')),
                                         {Crypto::Sha256::hash("x")},
                                         0);
    QVERIFY(!envelope);
    QCOMPARE(envelope.error().code, ErrorCode::Cancelled);
    QVERIFY2(envelope.error().message.contains(u"in time"), qPrintable(envelope.error().message));
}

void tst_Passkey::noAuthenticator()
{
    Fido2Authenticator::setDeviceHooks(
        Fido2Authenticator::DeviceHooks{[] { return QList<AuthenticatorDevice>(); },
                                        [](fido_dev_t *, const QString &) {}});
    Fido2Authenticator authenticator;
    auto r = authenticator.registerPasskey({}, nullptr);
    QVERIFY(!r);
    QVERIFY2(r.error().message.contains(u"No FIDO2 security key"), qPrintable(r.error().message));
    AssertionRequest request;
    request.rpId = u"occ-proof-studio"_s;
    request.credentialId = "x";
    request.clientDataJson = "{}";
    auto a = authenticator.getAssertion(request, nullptr);
    QVERIFY(!a);
    QVERIFY2(a.error().message.contains(u"No FIDO2 security key"), qPrintable(a.error().message));
}

void tst_Passkey::softwareKeyDirectForm()
{
    QTemporaryDir dir;
    EVP_PKEY *key = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256");
    BIO *bio = BIO_new(BIO_s_mem());
    PEM_write_bio_PrivateKey(bio, key, nullptr, nullptr, 0, nullptr, nullptr);
    char *data = nullptr;
    const long len = BIO_get_mem_data(bio, &data);
    const QString pemPath = dir.filePath(u"actor.pem"_s);
    {
        QFile f(pemPath);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(data, len);
    }
    BIO_free(bio);
    EVP_PKEY_free(key);

    auto authorizer = SoftwareKeyAuthorizer::fromPemFile(pemPath);
    QVERIFY_RESULT(authorizer);
    auto signer = StubSigner::open(dir.filePath(u"state.json"_s));
    QVERIFY_RESULT(signer);
    const QList<QByteArray> digests = {Crypto::Sha256::hash("a"), Crypto::Sha256::hash("b")};
    auto envelope = (*authorizer)
                        ->authorize(*signer->issueChallenge(),
                                    digests,
                                    QDateTime::currentMSecsSinceEpoch());
    QVERIFY_RESULT(envelope);
    CommitRequest request;
    request.digests = digests;
    request.agency = *envelope;
    auto proofs = signer->commit(request);
    QVERIFY_RESULT(proofs);
    for (qsizetype i = 0; i < 2; ++i) {
        auto verified = Agency::verify(*(*proofs)[i].member(u"agency"),
                                       Encoding::toBase64(digests[i]));
        QVERIFY_RESULT(verified);
        QVERIFY(!verified->webauthn);
        QCOMPARE(verified->keyId, (*authorizer)->keyId());
    }

    // Not a key, and not a P-256 key.
    const QString junk = dir.filePath(u"junk.pem"_s);
    {
        QFile f(junk);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n");
    }
    QVERIFY(!SoftwareKeyAuthorizer::fromPemFile(junk));
    EVP_PKEY *ed = EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519");
    BIO *edBio = BIO_new(BIO_s_mem());
    PEM_write_bio_PrivateKey(edBio, ed, nullptr, nullptr, 0, nullptr, nullptr);
    const long edLen = BIO_get_mem_data(edBio, &data);
    const QString edPath = dir.filePath(u"ed.pem"_s);
    {
        QFile f(edPath);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(data, edLen);
    }
    BIO_free(edBio);
    EVP_PKEY_free(ed);
    auto notP256 = SoftwareKeyAuthorizer::fromPemFile(edPath);
    QVERIFY(!notP256);
    QVERIFY2(notP256.error().message.contains(u"P-256"), qPrintable(notP256.error().message));
    QVERIFY(!SoftwareKeyAuthorizer::fromPemFile(dir.filePath(u"missing.pem"_s)));
}

QTEST_GUILESS_MAIN(tst_Passkey)
#include "tst_passkey.moc"
