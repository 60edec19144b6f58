// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0
#include "passkey.h"

#include "canonicaljson.h"
#include "crypto.h"
#include "encoding.h"
#include "jsonparser.h"
#include "jsutil.h"
#include "proofhashes.h"
#include "savefile.h"
#include "trustprofile.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <fido.h>
#include <fido/es256.h>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <mutex>

using namespace Qt::StringLiterals;

namespace Occ {

namespace {

std::mutex g_hooksMutex;
std::optional<Fido2Authenticator::DeviceHooks> g_hooks;

std::optional<Fido2Authenticator::DeviceHooks> hooks()
{
    std::lock_guard lock(g_hooksMutex);
    return g_hooks;
}

void initFido()
{
    static std::once_flag once;
    std::call_once(once, [] { fido_init(0); });
}

/** A libfido2 status as an error a person can act on. */
Error fidoError(int r, const AuthenticatorDevice &device)
{
    const QString name = device.displayName();
    switch (r) {
    case FIDO_ERR_KEEPALIVE_CANCEL:
        return makeError(ErrorCode::Cancelled,
                         QCoreApplication::translate("Occ::Passkey",
                                                     "Cancelled at the security key."));
    case FIDO_ERR_OPERATION_DENIED:
        return makeError(ErrorCode::Cancelled,
                         QCoreApplication::translate(
                             "Occ::Passkey", "The request was refused at %1 (touch declined).")
                             .arg(name));
    case FIDO_ERR_ACTION_TIMEOUT:
    case FIDO_ERR_USER_ACTION_TIMEOUT:
    case FIDO_ERR_TIMEOUT:
        return makeError(ErrorCode::Cancelled,
                         QCoreApplication::translate(
                             "Occ::Passkey",
                             "%1 was not touched in time. Try again and touch the key when it "
                             "blinks.")
                             .arg(name));
    case FIDO_ERR_NO_CREDENTIALS:
    case FIDO_ERR_INVALID_CREDENTIAL:
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate(
                             "Occ::Passkey",
                             "This passkey is not on %1. Use the security key you registered it "
                             "with.")
                             .arg(name));
    case FIDO_ERR_PIN_REQUIRED:
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("Occ::Passkey", "%1 needs its PIN for this.")
                             .arg(name));
    case FIDO_ERR_PIN_INVALID:
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("Occ::Passkey", "Wrong PIN for %1.").arg(name));
    case FIDO_ERR_PIN_BLOCKED:
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate(
                             "Occ::Passkey",
                             "The PIN of %1 is blocked after too many wrong tries. The key must "
                             "be reset with its vendor's tool (this deletes its passkeys).")
                             .arg(name));
    case FIDO_ERR_PIN_AUTH_BLOCKED:
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate(
                             "Occ::Passkey",
                             "%1 refuses more PIN tries until it is unplugged and plugged in "
                             "again.")
                             .arg(name));
    case FIDO_ERR_PIN_NOT_SET:
        return makeError(ErrorCode::Unsupported,
                         QCoreApplication::translate(
                             "Occ::Passkey",
                             "%1 has no PIN. Set one with the vendor's tool or `fido2-token -S`: "
                             "OCC requires user verification.")
                             .arg(name));
    case FIDO_ERR_UV_BLOCKED:
        return makeError(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("Occ::Passkey",
                                        "Built-in user verification of %1 is blocked; use its PIN.")
                .arg(name));
    case FIDO_ERR_UV_INVALID:
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate(
                             "Occ::Passkey", "%1 did not recognise you (user verification failed).")
                             .arg(name));
    case FIDO_ERR_CREDENTIAL_EXCLUDED:
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate(
                             "Occ::Passkey", "%1 already holds a passkey for this relying party.")
                             .arg(name));
    case FIDO_ERR_UNSUPPORTED_ALGORITHM:
        return makeError(
            ErrorCode::Unsupported,
            QCoreApplication::translate("Occ::Passkey",
                                        "%1 cannot make ES256 (P-256) keys, which OCC requires.")
                .arg(name));
    case FIDO_ERR_KEY_STORE_FULL:
        return makeError(ErrorCode::Unsupported,
                         QCoreApplication::translate(
                             "Occ::Passkey", "%1 has no room for another discoverable passkey.")
                             .arg(name));
    case FIDO_ERR_TX:
    case FIDO_ERR_RX:
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("Occ::Passkey",
                                                     "Lost contact with %1 (was it unplugged?).")
                             .arg(name));
    default:
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("Occ::Passkey",
                                                     "%1 answered with an error: %2 (%3).")
                             .arg(name, QString::fromUtf8(fido_strerr(r)))
                             .arg(r));
    }
}

template<typename T, void (*Free)(T **)>
struct FidoPtr
{
    T *p = nullptr;
    FidoPtr(T *ptr)
        : p(ptr)
    {}
    ~FidoPtr() { Free(&p); }
    void reset(T *ptr)
    {
        Free(&p);
        p = ptr;
    }
    FidoPtr(const FidoPtr &) = delete;
    FidoPtr &operator=(const FidoPtr &) = delete;
    T *get() const { return p; }
};

QByteArray bytes(const unsigned char *ptr, size_t len)
{
    return ptr ? QByteArray(reinterpret_cast<const char *>(ptr), qsizetype(len)) : QByteArray();
}

JsonObject actorFor(const QByteArray &spki, const QString &provider)
{
    JsonObject actor;
    actor.append(u"keyId"_s, ProofHashes::keyIdForSpki(spki));
    actor.append(u"publicKeyB64"_s, Encoding::toBase64(spki));
    actor.append(u"algorithm"_s, u"ES256"_s);
    actor.append(u"provider"_s, provider);
    return actor;
}

/** {actor, authorization, batchContext?}: one signature covers several digests. */
JsonValue envelopeFor(JsonObject actor, JsonObject authorization, const QList<QByteArray> &digests)
{
    JsonObject envelope;
    envelope.append(u"actor"_s, JsonValue(std::move(actor)));
    envelope.append(u"authorization"_s, JsonValue(std::move(authorization)));
    if (digests.size() > 1) {
        JsonArray listed;
        listed.reserve(size_t(digests.size()));
        for (const QByteArray &d : digests)
            listed.emplace_back(Encoding::toBase64(d)); // push_back(JsonValue(...)) trips GCC 12's
                                                        // -Wmaybe-uninitialized at -O2
        JsonObject batch;
        batch.append(u"batchSize"_s, JsonValue(qint64(digests.size())));
        batch.append(u"batchIndex"_s, JsonValue(0));
        batch.append(u"batchDigests"_s, JsonValue(std::move(listed)));
        envelope.append(u"batchContext"_s, JsonValue(std::move(batch)));
    }
    return JsonValue(std::move(envelope));
}

} // namespace

// --- Passkeys ---------------------------------------------------------------------------------

QString Passkeys::originFor(const QString &rpId)
{
    return u"occ-studio://"_s + rpId;
}

QByteArray Passkeys::clientDataJson(const QString &challengeB64, const QString &origin)
{
    QString challenge = Encoding::base64ToBase64Url(challengeB64);
    while (challenge.endsWith(u'='))
        challenge.chop(1);
    // Member order as browsers write it, no whitespace; strings escaped as JSON.
    return "{\"type\":\"webauthn.get\",\"challenge\":" + Json::canonicalize(JsonValue(challenge))
           + ",\"origin\":" + Json::canonicalize(JsonValue(origin)) + ",\"crossOrigin\":false}";
}

Result<QByteArray> Passkeys::spkiFromRawPoint(QByteArrayView xy)
{
    if (xy.size() != 64)
        return makeError(ErrorCode::Crypto,
                         QCoreApplication::translate(
                             "Occ::Passkey",
                             "The authenticator returned a public key of %1 bytes (expected 64).")
                             .arg(xy.size()));
    es256_pk_t *pk = es256_pk_new();
    EVP_PKEY *key = nullptr;
    QByteArray spki;
    if (pk && es256_pk_from_ptr(pk, xy.data(), size_t(xy.size())) == FIDO_OK
        && (key = es256_pk_to_EVP_PKEY(pk)) != nullptr) {
        unsigned char *der = nullptr;
        const int len = i2d_PUBKEY(key, &der);
        if (len > 0)
            spki = QByteArray(reinterpret_cast<const char *>(der), len);
        OPENSSL_free(der);
    }
    EVP_PKEY_free(key);
    es256_pk_free(&pk);
    if (spki.size() != 91)
        return makeError(ErrorCode::Crypto,
                         QCoreApplication::translate(
                             "Occ::Passkey",
                             "The authenticator's public key is not a valid P-256 point."));
    return spki;
}

Result<QByteArray> Passkeys::unwrapAuthenticatorData(QByteArrayView data)
{
    if (data.isEmpty())
        return makeError(ErrorCode::Crypto,
                         QCoreApplication::translate(
                             "Occ::Passkey", "The authenticator returned no authenticator data."));
    const auto head = quint8(data[0]);
    if ((head >> 5) != 2) // not a CBOR byte string: already raw
        return data.toByteArray();
    const quint8 info = head & 0x1f;
    qsizetype offset = 1;
    quint64 length = 0;
    if (info < 24) {
        length = info;
    } else if (info >= 24 && info <= 27) {
        const int n = 1 << (info - 24);
        if (data.size() < 1 + n)
            return makeError(ErrorCode::Crypto,
                             QCoreApplication::translate("Occ::Passkey",
                                                         "The authenticator data is truncated."));
        for (int i = 0; i < n; ++i)
            length = (length << 8) | quint8(data[1 + i]);
        offset += n;
    } else {
        return makeError(ErrorCode::Crypto,
                         QCoreApplication::translate("Occ::Passkey",
                                                     "The authenticator data is malformed."));
    }
    if (length != quint64(data.size() - offset))
        return makeError(ErrorCode::Crypto,
                         QCoreApplication::translate("Occ::Passkey",
                                                     "The authenticator data is truncated."));
    const QByteArray raw = data.sliced(offset).toByteArray();
    if (raw.size() < 37)
        return makeError(ErrorCode::Crypto,
                         QCoreApplication::translate("Occ::Passkey",
                                                     "The authenticator data is too short."));
    return raw;
}

// --- PasskeyCredential ------------------------------------------------------------------------

JsonValue PasskeyCredential::toValue() const
{
    JsonObject o;
    o.append(u"label"_s, label);
    o.append(u"rpId"_s, rpId);
    o.append(u"credentialIdB64"_s, Encoding::toBase64(credentialId));
    o.append(u"publicKeyB64"_s, Encoding::toBase64(spki));
    o.append(u"keyId"_s, keyId);
    o.append(u"device"_s, device);
    o.append(u"aaguid"_s, Encoding::toHex(aaguid));
    o.append(u"attestation"_s, attestation);
    o.append(u"residentKey"_s, residentKey);
    o.append(u"created"_s, created.toUTC().toString(Qt::ISODateWithMs));
    return JsonValue(std::move(o));
}

Result<PasskeyCredential> PasskeyCredential::fromValue(const JsonValue &value)
{
    if (!value.isObject())
        return makeError(ErrorCode::InvalidJson,
                         QCoreApplication::translate("Occ::Passkey",
                                                     "A passkey entry is not an object."));
    PasskeyCredential c;
    c.label = Js::str(value.member(u"label"));
    c.rpId = Js::str(value.member(u"rpId"));
    const auto id = Encoding::fromBase64Strict(Js::str(value.member(u"credentialIdB64")));
    const auto spki = Encoding::fromBase64Strict(Js::str(value.member(u"publicKeyB64")));
    if (!id || id->isEmpty() || !spki || c.rpId.isEmpty())
        return makeError(ErrorCode::InvalidJson,
                         QCoreApplication::translate(
                             "Occ::Passkey",
                             "The passkey entry “%1” lacks its credential id, key or rpId.")
                             .arg(c.label));
    c.credentialId = *id;
    c.spki = *spki;
    if (auto ok = Crypto::checkP256Spki(c.spki); !ok)
        return makeError(ErrorCode::InvalidJson,
                         QCoreApplication::translate(
                             "Occ::Passkey", "The passkey entry “%1” has an invalid public key: %2")
                             .arg(c.label, ok.error().message));
    c.keyId = ProofHashes::keyIdForSpki(c.spki);
    if (Js::str(value.member(u"keyId")) != c.keyId)
        return makeError(ErrorCode::InvalidJson,
                         QCoreApplication::translate(
                             "Occ::Passkey",
                             "The passkey entry “%1” has a keyId that is not SHA-256 of its key.")
                             .arg(c.label));
    c.device = Js::str(value.member(u"device"));
    c.aaguid = QByteArray::fromHex(Js::str(value.member(u"aaguid")).toLatin1());
    c.attestation = Js::str(value.member(u"attestation"));
    c.residentKey = value.member(u"residentKey") && value.member(u"residentKey")->asBool()
                    && *value.member(u"residentKey")->asBool();
    c.created = QDateTime::fromString(Js::str(value.member(u"created")), Qt::ISODateWithMs);
    return c;
}

QString PasskeyCredential::attestationText() const
{
    if (attestation == u"basic")
        return QCoreApplication::translate("Occ::Passkey",
                                           "basic (not checked against a vendor root)");
    if (attestation == u"self")
        return QCoreApplication::translate("Occ::Passkey", "self");
    if (attestation == u"none")
        return QCoreApplication::translate("Occ::Passkey", "none");
    return attestation;
}

TrustProfile PasskeyCredential::trustProfile() const
{
    TrustProfile p;
    p.name = QCoreApplication::translate("Occ::Passkey", "Authorized by passkey %1")
                 .arg(label.isEmpty() ? keyId.left(16) : label);
    p.requireActor = true;
    p.allowedActorKeyIds = {keyId};
    p.allowedRpIds = {rpId};
    return p;
}

// --- PasskeyStore -----------------------------------------------------------------------------

PasskeyStore::PasskeyStore(const QString &path)
    : m_path(path)
{}

Result<void> PasskeyStore::load()
{
    m_credentials.clear();
    QFile file(m_path);
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("Occ::Passkey",
                                                     "Cannot read the passkey list %1: %2")
                             .arg(m_path, file.errorString()));
    if (file.size() > 4 * 1024 * 1024)
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("Occ::Passkey",
                                                     "The passkey list %1 is too large.")
                             .arg(m_path));
    auto parsed = JsonParser::parse(file.readAll(), JsonParser::strictOptions(16));
    const JsonArray *list = parsed && parsed->member(u"passkeys")
                                ? parsed->member(u"passkeys")->asArray()
                                : nullptr;
    if (!list)
        return makeError(ErrorCode::InvalidJson,
                         QCoreApplication::translate(
                             "Occ::Passkey", "The passkey list %1 is damaged; it was left as it is.")
                             .arg(m_path));
    QList<PasskeyCredential> loaded;
    for (const JsonValue &v : *list) {
        auto c = PasskeyCredential::fromValue(v);
        if (!c)
            return makeError(ErrorCode::InvalidJson,
                             QCoreApplication::translate(
                                 "Occ::Passkey",
                                 "The passkey list %1 is damaged (%2); it was left as it is.")
                                 .arg(m_path, c.error().message));
        loaded.append(*c);
    }
    m_credentials = loaded;
    return {};
}

Result<PasskeyCredential> PasskeyStore::find(const QString &keyIdOrLabel) const
{
    const QString wanted = keyIdOrLabel.trimmed();
    QList<const PasskeyCredential *> matches;
    for (const PasskeyCredential &c : m_credentials) {
        if (c.keyId == wanted.toLower() || c.label == wanted)
            return c;
        if (wanted.size() >= 8 && c.keyId.startsWith(wanted.toLower()))
            matches.append(&c);
    }
    if (matches.size() == 1)
        return *matches.first();
    if (matches.size() > 1)
        return makeError(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("Occ::Passkey",
                                        "“%1” matches several passkeys; give more of the keyId.")
                .arg(wanted));
    return makeError(ErrorCode::InvalidArgument,
                     QCoreApplication::translate("Occ::Passkey",
                                                 "No registered passkey matches “%1”.")
                         .arg(wanted));
}

Result<void> PasskeyStore::add(const PasskeyCredential &credential)
{
    for (const PasskeyCredential &c : std::as_const(m_credentials)) {
        if (c.keyId == credential.keyId)
            return makeError(ErrorCode::InvalidArgument,
                             QCoreApplication::translate(
                                 "Occ::Passkey", "This passkey is already registered as “%1”.")
                                 .arg(c.label));
    }
    m_credentials.append(credential);
    auto ok = save();
    if (!ok)
        m_credentials.removeLast();
    return ok;
}

Result<void> PasskeyStore::rename(const QString &keyId, const QString &label)
{
    for (PasskeyCredential &c : m_credentials) {
        if (c.keyId == keyId) {
            const QString old = c.label;
            c.label = label.trimmed();
            auto ok = save();
            if (!ok)
                c.label = old;
            return ok;
        }
    }
    return makeError(ErrorCode::InvalidArgument,
                     QCoreApplication::translate("Occ::Passkey",
                                                 "No registered passkey has that keyId."));
}

Result<void> PasskeyStore::remove(const QString &keyId)
{
    for (qsizetype i = 0; i < m_credentials.size(); ++i) {
        if (m_credentials[i].keyId == keyId) {
            const PasskeyCredential removed = m_credentials.takeAt(i);
            auto ok = save();
            if (!ok)
                m_credentials.insert(i, removed);
            return ok;
        }
    }
    return makeError(ErrorCode::InvalidArgument,
                     QCoreApplication::translate("Occ::Passkey",
                                                 "No registered passkey has that keyId."));
}

Result<void> PasskeyStore::save() const
{
    JsonArray list;
    for (const PasskeyCredential &c : m_credentials)
        list.push_back(c.toValue());
    JsonObject root;
    root.append(u"version"_s, 1);
    root.append(u"passkeys"_s, JsonValue(std::move(list)));
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    return saveFileAtomically(m_path,
                              QByteArray(Json::toPrettyJson(JsonValue(std::move(root))) + '\n'));
}

// --- AuthenticatorDevice ----------------------------------------------------------------------

QString AuthenticatorDevice::displayName() const
{
    if (!product.isEmpty())
        return product;
    if (!manufacturer.isEmpty())
        return manufacturer;
    return QCoreApplication::translate("Occ::Passkey", "the security key");
}

// --- Fido2Authenticator -----------------------------------------------------------------------

struct Fido2Authenticator::OpenDevice
{
    fido_dev_t *dev = nullptr;
    AuthenticatorDevice info;
    ~OpenDevice()
    {
        if (dev) {
            fido_dev_close(dev);
            fido_dev_free(&dev);
        }
    }
};

void Fido2Authenticator::setDeviceHooks(std::optional<DeviceHooks> deviceHooks)
{
    std::lock_guard lock(g_hooksMutex);
    g_hooks = std::move(deviceHooks);
}

Fido2Authenticator::Fido2Authenticator(int timeoutMs)
    : m_timeoutMs(timeoutMs)
{
    initFido();
}

Fido2Authenticator::~Fido2Authenticator() = default;

Result<QList<AuthenticatorDevice>> Fido2Authenticator::devices()
{
    if (auto h = hooks(); h && h->list)
        return h->list();
    constexpr size_t kMax = 16;
    fido_dev_info_t *list = fido_dev_info_new(kMax);
    if (!list)
        return makeError(ErrorCode::Internal,
                         QCoreApplication::translate("Occ::Passkey",
                                                     "Out of memory listing security keys."));
    size_t found = 0;
    const int r = fido_dev_info_manifest(list, kMax, &found);
    QList<AuthenticatorDevice> out;
    if (r == FIDO_OK) {
        for (size_t i = 0; i < found; ++i) {
            const fido_dev_info_t *di = fido_dev_info_ptr(list, i);
            out.append({QString::fromUtf8(fido_dev_info_path(di)),
                        QString::fromUtf8(fido_dev_info_product_string(di)),
                        QString::fromUtf8(fido_dev_info_manufacturer_string(di))});
        }
    }
    fido_dev_info_free(&list, kMax);
    if (r != FIDO_OK)
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("Occ::Passkey", "Cannot list security keys: %1")
                             .arg(QString::fromUtf8(fido_strerr(r))));
    return out;
}

Result<std::shared_ptr<Fido2Authenticator::OpenDevice>> Fido2Authenticator::open(
    const AuthenticatorDevice &device)
{
    auto open = std::make_shared<OpenDevice>();
    open->info = device;
    open->dev = fido_dev_new();
    if (!open->dev)
        return makeError(ErrorCode::Internal,
                         QCoreApplication::translate("Occ::Passkey",
                                                     "Out of memory opening a security key."));
    if (auto h = hooks(); h && h->attach)
        h->attach(open->dev, device.path);
    const QByteArray path = device.path.toUtf8();
    const int r = fido_dev_open(open->dev, path.constData());
    if (r != FIDO_OK) {
        fido_dev_free(&open->dev);
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate(
                             "Occ::Passkey",
                             "Cannot open %1: %2 (on Linux, check that a udev rule lets you use "
                             "security keys).")
                             .arg(device.displayName(), QString::fromUtf8(fido_strerr(r))));
    }
    if (!fido_dev_is_fido2(open->dev))
        return makeError(
            ErrorCode::Unsupported,
            QCoreApplication::translate("Occ::Passkey",
                                        "%1 only speaks U2F; passkeys need a FIDO2 security key.")
                .arg(device.displayName()));
    if (m_timeoutMs > 0)
        fido_dev_set_timeout(open->dev, m_timeoutMs);
    return open;
}

namespace {

/**
 * The PIN to pass, or none when the key verifies the user itself. Keys with neither cannot give
 * the UV flag that OCC verifiers demand, so that is an error before anyone touches anything.
 */
Result<std::optional<QByteArray>> pinFor(fido_dev_t *dev,
                                         const AuthenticatorDevice &info,
                                         PasskeyPrompt *prompt,
                                         bool again)
{
    if (fido_dev_has_uv(dev) && !again)
        return std::optional<QByteArray>();
    if (!fido_dev_has_pin(dev)) {
        if (fido_dev_supports_pin(dev))
            return fidoError(FIDO_ERR_PIN_NOT_SET, info);
        return makeError(ErrorCode::Unsupported,
                         QCoreApplication::translate("Occ::Passkey",
                                                     "%1 cannot verify who you are (no PIN, no "
                                                     "built-in verification); OCC requires it.")
                             .arg(info.displayName()));
    }
    if (!prompt)
        return fidoError(FIDO_ERR_PIN_REQUIRED, info);
    int retries = -1;
    if (fido_dev_get_retry_count(dev, &retries) != FIDO_OK)
        retries = -1;
    if (retries == 0)
        return fidoError(FIDO_ERR_PIN_BLOCKED, info);
    const std::optional<QString> pin = prompt->pin(info, retries, again);
    if (!pin)
        return makeError(ErrorCode::Cancelled,
                         QCoreApplication::translate("Occ::Passkey", "PIN entry cancelled."));
    return std::optional<QByteArray>(pin->toUtf8());
}

/**
 * libfido2 reports its own timeout (fido_dev_set_timeout) as a failed read, like an unplugged
 * key; when the whole time has passed, it was the person who did not touch.
 */
int timeoutAsSuch(int r, const QElapsedTimer &waited, int timeoutMs)
{
    if (r == FIDO_ERR_RX && timeoutMs > 0 && waited.elapsed() >= timeoutMs - 250)
        return FIDO_ERR_USER_ACTION_TIMEOUT;
    return r;
}

} // namespace

Result<int> Fido2Authenticator::withUser(fido_dev_t *dev,
                                         const AuthenticatorDevice &device,
                                         PasskeyPrompt *prompt,
                                         const std::function<Result<void>()> &prepare,
                                         const std::function<int(const char *pin)> &call)
{
    bool again = false;
    for (;;) {
        if (auto ok = prepare(); !ok)
            return ok.error();
        if (isCancelled())
            return makeError(ErrorCode::Cancelled,
                             QCoreApplication::translate("Occ::Passkey", "Cancelled."));
        auto pin = pinFor(dev, device, prompt, again);
        if (!pin)
            return pin.error();
        {
            QMutexLocker lock(&m_mutex);
            if (m_cancelled)
                return makeError(ErrorCode::Cancelled,
                                 QCoreApplication::translate("Occ::Passkey", "Cancelled."));
            m_current = dev;
        }
        if (prompt)
            prompt->touch(device);
        QElapsedTimer waited;
        waited.start();
        const int r = timeoutAsSuch(call(*pin ? (*pin)->constData() : nullptr), waited, m_timeoutMs);
        {
            QMutexLocker lock(&m_mutex);
            m_current = nullptr;
        }
        // A wrong PIN is asked again (pinFor says when no try is left); a key that wants a
        // PIN although it said it verifies users itself gets asked for one.
        if (r == FIDO_ERR_PIN_INVALID || (r == FIDO_ERR_PIN_REQUIRED && !*pin && !again)) {
            again = true;
            continue;
        }
        return r;
    }
}

Result<PasskeyCredential> Fido2Authenticator::registerPasskey(const RegisterOptions &options,
                                                              PasskeyPrompt *prompt)
{
    AuthenticatorDevice target;
    if (!options.devicePath.isEmpty()) {
        target.path = options.devicePath;
        if (auto list = devices()) {
            for (const AuthenticatorDevice &d : *list)
                if (d.path == options.devicePath)
                    target = d;
        }
    } else {
        auto list = devices();
        if (!list)
            return list.error();
        if (list->isEmpty())
            return makeError(ErrorCode::Io,
                             QCoreApplication::translate(
                                 "Occ::Passkey",
                                 "No FIDO2 security key found. Plug one in and try again."));
        target = list->first();
    }
    if (options.rpId.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("Occ::Passkey",
                                                     "The relying-party id is empty."));
    auto opened = open(target);
    if (!opened)
        return opened.error();
    fido_dev_t *dev = (*opened)->dev;

    FidoPtr<fido_cbor_info_t, fido_cbor_info_free> info(fido_cbor_info_new());
    bool canRk = false;
    if (info.get() && fido_dev_get_cbor_info(dev, info.get()) == FIDO_OK) {
        char **names = fido_cbor_info_options_name_ptr(info.get());
        const bool *values = fido_cbor_info_options_value_ptr(info.get());
        for (size_t i = 0; i < fido_cbor_info_options_len(info.get()); ++i)
            if (qstrcmp(names[i], "rk") == 0 && values[i])
                canRk = true;
    }

    // The registration's client data is never checked by anyone; it only has to be fresh.
    JsonObject cd;
    cd.append(u"type"_s, u"webauthn.create"_s);
    cd.append(u"challenge"_s,
              Encoding::base64ToBase64Url(Encoding::toBase64(Crypto::randomBytes(32))).remove(u'='));
    cd.append(u"origin"_s, Passkeys::originFor(options.rpId));
    cd.append(u"crossOrigin"_s, false);
    const QByteArray clientData = Json::canonicalize(JsonValue(std::move(cd)));
    const QByteArray rpId = options.rpId.toUtf8();
    const QByteArray userId = Crypto::randomBytes(16);
    const QByteArray userName = (options.userName.isEmpty() ? u"occ"_s : options.userName).toUtf8();

    FidoPtr<fido_cred_t, fido_cred_free> cred(nullptr);
    auto status = withUser(
        dev,
        target,
        prompt,
        [&]() -> Result<void> {
            cred.reset(fido_cred_new());
            if (!cred.get() || fido_cred_set_type(cred.get(), COSE_ES256) != FIDO_OK
                || fido_cred_set_clientdata(cred.get(),
                                            reinterpret_cast<const unsigned char *>(
                                                clientData.data()),
                                            size_t(clientData.size()))
                       != FIDO_OK
                || fido_cred_set_rp(cred.get(), rpId.constData(), "OCC Proof Studio") != FIDO_OK
                || fido_cred_set_user(cred.get(),
                                      reinterpret_cast<const unsigned char *>(userId.data()),
                                      size_t(userId.size()),
                                      userName.constData(),
                                      userName.constData(),
                                      nullptr)
                       != FIDO_OK
                || fido_cred_set_uv(cred.get(), FIDO_OPT_TRUE) != FIDO_OK
                || (canRk && fido_cred_set_rk(cred.get(), FIDO_OPT_TRUE) != FIDO_OK))
                return makeError(ErrorCode::Internal,
                                 QCoreApplication::translate("Occ::Passkey",
                                                             "Cannot prepare the passkey "
                                                             "request."));
            return {};
        },
        [&](const char *pin) { return fido_dev_make_cred(dev, cred.get(), pin); });
    if (!status)
        return status.error();
    if (*status != FIDO_OK)
        return fidoError(*status, target);
    {
        PasskeyCredential c;
        const char *fmt = fido_cred_fmt(cred.get());
        int v = FIDO_ERR_INVALID_ARGUMENT;
        if (fido_cred_x5c_ptr(cred.get()) != nullptr) {
            v = fido_cred_verify(cred.get());
            c.attestation = u"basic"_s;
        } else if (fmt && qstrcmp(fmt, "none") == 0) {
            v = FIDO_OK; // nothing to check; the assertion will prove the key works
            c.attestation = u"none"_s;
        } else {
            v = fido_cred_verify_self(cred.get());
            c.attestation = u"self"_s;
        }
        if (v != FIDO_OK)
            return makeError(
                ErrorCode::Crypto,
                QCoreApplication::translate("Occ::Passkey",
                                            "%1 returned a credential that does not verify (%2).")
                    .arg(target.displayName(), QString::fromUtf8(fido_strerr(v))));
        auto spki = Passkeys::spkiFromRawPoint(
            QByteArrayView(fido_cred_pubkey_ptr(cred.get()),
                           qsizetype(fido_cred_pubkey_len(cred.get()))));
        if (!spki)
            return spki.error();
        c.rpId = options.rpId;
        c.credentialId = bytes(fido_cred_id_ptr(cred.get()), fido_cred_id_len(cred.get()));
        c.spki = *spki;
        c.keyId = ProofHashes::keyIdForSpki(c.spki);
        // Stored as the device names itself, not in the user's language.
        c.device = !target.product.isEmpty() ? target.product : target.manufacturer;
        c.aaguid = bytes(fido_cred_aaguid_ptr(cred.get()), fido_cred_aaguid_len(cred.get()));
        c.residentKey = canRk;
        c.created = QDateTime::currentDateTimeUtc();
        c.label = options.label.trimmed().isEmpty()
                      ? QCoreApplication::translate("Occ::Passkey", "%1, %2")
                            .arg(c.device, c.created.toLocalTime().toString(u"yyyy-MM-dd"_s))
                      : options.label.trimmed();
        return c;
    }
}

Result<Assertion> Fido2Authenticator::getAssertion(const AssertionRequest &request,
                                                   PasskeyPrompt *prompt)
{
    QList<AuthenticatorDevice> candidates;
    if (!request.devicePath.isEmpty()) {
        candidates.append({request.devicePath, {}, {}});
    } else {
        auto list = devices();
        if (!list)
            return list.error();
        candidates = *list;
    }
    if (candidates.isEmpty())
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("Occ::Passkey",
                                                     "No FIDO2 security key found. Plug in the key "
                                                     "that holds this passkey."));
    std::optional<Error> last;
    for (const AuthenticatorDevice &device : std::as_const(candidates)) {
        bool elsewhere = false;
        auto a = assertOn(device, request, prompt, &elsewhere);
        if (a)
            return a;
        last = a.error();
        // Another attached key may hold the credential; anything else is final.
        if (!elsewhere)
            break;
    }
    return *last;
}

Result<Assertion> Fido2Authenticator::assertOn(const AuthenticatorDevice &device,
                                               const AssertionRequest &request,
                                               PasskeyPrompt *prompt,
                                               bool *noCredential)
{
    auto opened = open(device);
    if (!opened)
        return opened.error();
    fido_dev_t *dev = (*opened)->dev;
    const QByteArray rpId = request.rpId.toUtf8();
    FidoPtr<fido_assert_t, fido_assert_free> assertion(nullptr);
    auto status = withUser(
        dev,
        device,
        prompt,
        [&]() -> Result<void> {
            assertion.reset(fido_assert_new());
            if (!assertion.get()
                || fido_assert_set_clientdata(assertion.get(),
                                              reinterpret_cast<const unsigned char *>(
                                                  request.clientDataJson.data()),
                                              size_t(request.clientDataJson.size()))
                       != FIDO_OK
                || fido_assert_set_rp(assertion.get(), rpId.constData()) != FIDO_OK
                || fido_assert_allow_cred(assertion.get(),
                                          reinterpret_cast<const unsigned char *>(
                                              request.credentialId.data()),
                                          size_t(request.credentialId.size()))
                       != FIDO_OK
                || fido_assert_set_up(assertion.get(), FIDO_OPT_TRUE) != FIDO_OK
                || fido_assert_set_uv(assertion.get(), FIDO_OPT_TRUE) != FIDO_OK)
                return makeError(ErrorCode::Internal,
                                 QCoreApplication::translate("Occ::Passkey",
                                                             "Cannot prepare the passkey "
                                                             "request."));
            return {};
        },
        [&](const char *pin) { return fido_dev_get_assert(dev, assertion.get(), pin); });
    if (!status)
        return status.error();
    if (*status == FIDO_ERR_NO_CREDENTIALS || *status == FIDO_ERR_INVALID_CREDENTIAL)
        *noCredential = true;
    if (*status != FIDO_OK)
        return fidoError(*status, device);
    {
        if (fido_assert_count(assertion.get()) < 1)
            return fidoError(FIDO_ERR_NO_CREDENTIALS, device);
        Assertion out;
        out.device = (*opened)->info;
        auto authData = Passkeys::unwrapAuthenticatorData(
            QByteArrayView(fido_assert_authdata_ptr(assertion.get(), 0),
                           qsizetype(fido_assert_authdata_len(assertion.get(), 0))));
        if (!authData)
            return authData.error();
        out.authenticatorData = *authData;
        out.signature = bytes(fido_assert_sig_ptr(assertion.get(), 0),
                              fido_assert_sig_len(assertion.get(), 0));
        out.flags = fido_assert_flags(assertion.get(), 0);
        out.signCount = fido_assert_sigcount(assertion.get(), 0);
        if (out.authenticatorData.left(32) != Crypto::Sha256::hash(rpId))
            return makeError(ErrorCode::Crypto,
                             QCoreApplication::translate("Occ::Passkey",
                                                         "%1 answered for another relying party.")
                                 .arg(device.displayName()));
        return out;
    }
}

bool Fido2Authenticator::isCancelled()
{
    QMutexLocker lock(&m_mutex);
    return m_cancelled;
}

void Fido2Authenticator::cancel()
{
    QMutexLocker lock(&m_mutex);
    m_cancelled = true;
    if (m_current)
        fido_dev_cancel(m_current);
}

// --- Authorizers ------------------------------------------------------------------------------

PasskeyAuthorizer::PasskeyAuthorizer(std::shared_ptr<Authenticator> authenticator,
                                     PasskeyCredential credential,
                                     PasskeyPrompt *prompt)
    : m_authenticator(std::move(authenticator))
    , m_credential(std::move(credential))
    , m_prompt(prompt)
{}

QString PasskeyAuthorizer::description() const
{
    return QCoreApplication::translate("Occ::Passkey", "passkey “%1” (%2…)")
        .arg(m_credential.label, m_credential.keyId.left(12));
}

Result<JsonValue> PasskeyAuthorizer::authorize(const QString &challengeB64,
                                               const QList<QByteArray> &digests,
                                               qint64 nowMs)
{
    if (digests.isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("Occ::Passkey", "Nothing to authorize."));
    AssertionRequest request;
    request.rpId = m_credential.rpId;
    request.credentialId = m_credential.credentialId;
    request.clientDataJson = Passkeys::clientDataJson(challengeB64,
                                                      Passkeys::originFor(m_credential.rpId));
    auto assertion = m_authenticator->getAssertion(request, m_prompt);
    if (!assertion)
        return assertion.error();
    // A key that skipped user verification would make a proof every verifier rejects: stop here.
    if (!(assertion->flags & 0x01) || !(assertion->flags & 0x04))
        return makeError(ErrorCode::Crypto,
                         QCoreApplication::translate(
                             "Occ::Passkey",
                             "%1 did not confirm user presence and verification (flags %2).")
                             .arg(assertion->device.displayName())
                             .arg(assertion->flags, 2, 16, QLatin1Char('0')));
    const QByteArray signedBytes = assertion->authenticatorData
                                   + Crypto::Sha256::hash(request.clientDataJson);
    auto ok = Crypto::p256VerifyDer(m_credential.spki, signedBytes, assertion->signature);
    if (!ok || !*ok)
        return makeError(ErrorCode::Crypto,
                         QCoreApplication::translate(
                             "Occ::Passkey",
                             "The assertion from %1 does not verify with the registered passkey.")
                             .arg(assertion->device.displayName()));

    JsonObject auth;
    auth.append(u"purpose"_s, u"occ/commit-authorize/v1"_s);
    auth.append(u"format"_s, u"webauthn"_s);
    auth.append(u"actorKeyId"_s, m_credential.keyId);
    auth.append(u"artifactHash"_s, Encoding::toBase64(digests.first()));
    auth.append(u"challenge"_s, challengeB64);
    auth.append(u"timestamp"_s, JsonValue(nowMs));
    auth.append(u"authenticatorDataB64"_s, Encoding::toBase64(assertion->authenticatorData));
    auth.append(u"clientDataJSON"_s, QString::fromUtf8(request.clientDataJson));
    auth.append(u"signatureB64"_s, Encoding::toBase64(assertion->signature));
    return envelopeFor(actorFor(m_credential.spki, QString::fromUtf16(Passkeys::kProvider)),
                       std::move(auth),
                       digests);
}

void PasskeyAuthorizer::cancel()
{
    m_authenticator->cancel();
}

struct SoftwareKeyAuthorizer::Key
{
    EVP_PKEY *pkey = nullptr;
    ~Key() { EVP_PKEY_free(pkey); }
};

SoftwareKeyAuthorizer::~SoftwareKeyAuthorizer() = default;

Result<std::unique_ptr<SoftwareKeyAuthorizer>> SoftwareKeyAuthorizer::fromPemFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("Occ::Passkey",
                                                     "Cannot read the actor key %1: %2")
                             .arg(path, file.errorString()));
    const QByteArray pem = file.read(64 * 1024);
    BIO *bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
    EVP_PKEY *pkey = bio ? PEM_read_bio_PrivateKey(bio, nullptr, nullptr, nullptr) : nullptr;
    BIO_free(bio);
    std::unique_ptr<SoftwareKeyAuthorizer> a(new SoftwareKeyAuthorizer);
    a->m_key = std::make_unique<Key>();
    a->m_key->pkey = pkey;
    if (!pkey)
        return makeError(ErrorCode::Crypto,
                         QCoreApplication::translate(
                             "Occ::Passkey", "%1 is not a PEM private key (or it is encrypted).")
                             .arg(path));
    unsigned char *der = nullptr;
    const int len = i2d_PUBKEY(pkey, &der);
    if (len > 0)
        a->m_spki = QByteArray(reinterpret_cast<const char *>(der), len);
    OPENSSL_free(der);
    if (auto ok = Crypto::checkP256Spki(a->m_spki); !ok)
        return makeError(ErrorCode::Crypto,
                         QCoreApplication::translate("Occ::Passkey", "%1 is not a P-256 key: %2")
                             .arg(path, ok.error().message));
    return a;
}

QString SoftwareKeyAuthorizer::keyId() const
{
    return ProofHashes::keyIdForSpki(m_spki);
}

QString SoftwareKeyAuthorizer::description() const
{
    return QCoreApplication::translate("Occ::Passkey", "software key %1…").arg(keyId().left(12));
}

Result<JsonValue> SoftwareKeyAuthorizer::authorize(const QString &challengeB64,
                                                   const QList<QByteArray> &digests,
                                                   qint64 nowMs)
{
    if (digests.isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("Occ::Passkey", "Nothing to authorize."));
    JsonObject auth;
    auth.append(u"purpose"_s, u"occ/commit-authorize/v1"_s);
    auth.append(u"actorKeyId"_s, keyId());
    auth.append(u"artifactHash"_s, Encoding::toBase64(digests.first()));
    auth.append(u"challenge"_s, challengeB64);
    auth.append(u"timestamp"_s, JsonValue(nowMs));
    auth.append(u"protocolVersion"_s, u"occ/1"_s);
    const QByteArray payload = ProofHashes::directAuthorizationPayload(auth);
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    size_t len = 0;
    QByteArray sig;
    if (ctx && EVP_DigestSignInit(ctx, nullptr, EVP_sha256(), nullptr, m_key->pkey) == 1
        && EVP_DigestSign(ctx,
                          nullptr,
                          &len,
                          reinterpret_cast<const unsigned char *>(payload.data()),
                          size_t(payload.size()))
               == 1) {
        sig.resize(qsizetype(len));
        if (EVP_DigestSign(ctx,
                           reinterpret_cast<unsigned char *>(sig.data()),
                           &len,
                           reinterpret_cast<const unsigned char *>(payload.data()),
                           size_t(payload.size()))
            == 1)
            sig.resize(qsizetype(len));
        else
            sig.clear();
    }
    EVP_MD_CTX_free(ctx);
    if (sig.isEmpty())
        return makeError(ErrorCode::Crypto,
                         QCoreApplication::translate("Occ::Passkey",
                                                     "Signing with the actor key failed."));
    auth.append(u"signatureB64"_s, Encoding::toBase64(sig));
    return envelopeFor(actorFor(m_spki, u"software-p256"_s), std::move(auth), digests);
}

} // namespace Occ
