// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "jsonvalue.h"
#include "result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMutex>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

typedef struct fido_dev fido_dev_t;

namespace Occ {

struct TrustProfile;

/**
 * Passkey-backed agency: a person holding a FIDO2 authenticator authorizes a commit by a
 * WebAuthn assertion over a signer-issued challenge (reference sections 1.7, 2.11). The studio
 * and the CLI are native CTAP2 clients (libfido2), so they build clientDataJSON themselves.
 */
namespace Passkeys {

/**
 * The relying-party id passkeys are registered under unless the user picks another. It is
 * deliberately not a DNS name: browsers only let a page use an rpId that is a suffix of its own
 * host, so no website can ever ask for an assertion from an OCC desktop passkey (no phishing
 * through a look-alike site). Verifiers do not check the rpId; a trust profile can pin it
 * (`allowedRpIds`).
 */
inline constexpr char16_t kDefaultRpId[] = u"occ-proof-studio";
/** actor.provider of a passkey envelope: what the production web studio writes. */
inline constexpr char16_t kProvider[] = u"passkey";

/** The origin written into clientDataJSON: no web origin exists, so a scheme naming the app. */
QString originFor(const QString &rpId);

/**
 * clientDataJSON as a browser would serialize it for `navigator.credentials.get`: type
 * `webauthn.get`, the challenge as base64url without padding, origin, crossOrigin false.
 */
QByteArray clientDataJson(const QString &challengeB64, const QString &origin);

/** A CTAP-encoded P-256 point (x‖y, 64 bytes) as SubjectPublicKeyInfo DER (91 bytes). */
Result<QByteArray> spkiFromRawPoint(QByteArrayView xy);

/**
 * libfido2 1.12 returns authenticator data wrapped as a CBOR byte string; this unwraps it
 * (and accepts data that is not wrapped: newer libfido2 may return raw bytes).
 */
Result<QByteArray> unwrapAuthenticatorData(QByteArrayView data);

} // namespace Passkeys

/** A passkey registered for OCC commits; nothing in it is secret. */
struct PasskeyCredential
{
    QString label;
    QString rpId;
    QByteArray credentialId;
    QByteArray spki;     ///< P-256 SubjectPublicKeyInfo DER, 91 bytes
    QString keyId;       ///< lowercase hex SHA-256 of spki: the actor's keyId in proofs
    QString device;      ///< the authenticator's product name at registration
    QByteArray aaguid;   ///< 16 bytes; all zero for many keys
    QString attestation; ///< "self", "basic" (vendor certificate, root not checked) or "none"
    bool residentKey = false;
    QDateTime created;

    QString attestationText() const; ///< attestation, for people
    JsonValue toValue() const;
    static Result<PasskeyCredential> fromValue(const JsonValue &value);
    /** A trust profile that accepts only proofs authorized by this passkey (and its rpId). */
    TrustProfile trustProfile() const;
};

/**
 * The passkeys this user registered, in a JSON file (`passkeys.json` beside the settings).
 * Every change is written atomically at once. Safe to use from one thread at a time.
 */
class PasskeyStore
{
public:
    explicit PasskeyStore(const QString &path);

    /** Reads the file; a missing file is an empty list, a corrupt one an error (kept). */
    Result<void> load();
    const QList<PasskeyCredential> &credentials() const { return m_credentials; }
    /** By exact keyId, or by a unique prefix of at least 8 hex digits, or by exact label. */
    Result<PasskeyCredential> find(const QString &keyIdOrLabel) const;
    Result<void> add(const PasskeyCredential &credential);
    Result<void> rename(const QString &keyId, const QString &label);
    Result<void> remove(const QString &keyId);
    QString path() const { return m_path; }

private:
    Result<void> save() const;

    QString m_path;
    QList<PasskeyCredential> m_credentials;
};

/** A FIDO2 authenticator attached to this computer. */
struct AuthenticatorDevice
{
    QString path;
    QString product;
    QString manufacturer;

    QString displayName() const;
};

/**
 * What the person at the keyboard is asked during an operation. Called on the thread running
 * the operation (never the GUI thread): a GUI implementation blocks it while a dialog is open.
 */
class PasskeyPrompt
{
public:
    virtual ~PasskeyPrompt() = default;
    /**
     * The authenticator wants its PIN. retriesLeft < 0 when unknown; again is true after a
     * wrong PIN. std::nullopt: the person declined, and the operation ends as cancelled.
     */
    virtual std::optional<QString> pin(const AuthenticatorDevice &device,
                                       int retriesLeft,
                                       bool again)
        = 0;
    /** The operation now waits for a touch (and the key's own user verification). */
    virtual void touch(const AuthenticatorDevice &device) = 0;
};

struct RegisterOptions
{
    QString rpId = QString::fromUtf16(Passkeys::kDefaultRpId);
    QString label;      ///< shown in lists; default: device name and date
    QString userName;   ///< stored on the key for discoverable credentials; default: "occ"
    QString devicePath; ///< empty: the only (or first) authenticator attached
};

struct AssertionRequest
{
    QString rpId;
    QByteArray credentialId;
    QByteArray clientDataJson; ///< passed whole, not hashed: Windows Hello needs the full text
    QString devicePath;        ///< empty: try each attached authenticator in turn
};

/** What the authenticator signed: authenticatorData ‖ SHA-256(clientDataJSON). */
struct Assertion
{
    QByteArray authenticatorData; ///< raw, unwrapped
    QByteArray signature;         ///< DER ECDSA P-256
    quint8 flags = 0;
    quint32 signCount = 0;
    AuthenticatorDevice device;
};

/**
 * The authenticator operations the app needs. Blocking: run them off the GUI thread. cancel()
 * may be called from any thread and ends a pending touch with ErrorCode::Cancelled; it is
 * sticky (a cancel that arrives before the operation starts still ends it): use a new object
 * per operation.
 */
class Authenticator
{
public:
    virtual ~Authenticator() = default;
    virtual Result<QList<AuthenticatorDevice>> devices() = 0;
    /** makeCredential: ES256, user verification required, discoverable where supported. */
    virtual Result<PasskeyCredential> registerPasskey(const RegisterOptions &options,
                                                      PasskeyPrompt *prompt)
        = 0;
    /** getAssertion with user presence and user verification required. */
    virtual Result<Assertion> getAssertion(const AssertionRequest &request, PasskeyPrompt *prompt)
        = 0;
    virtual void cancel() = 0;
};

/**
 * Authenticator on libfido2: USB HID security keys on every platform, and (libfido2 built with
 * Windows Hello support) `windows://hello`. PIN entry is asked through the prompt when the key
 * has a PIN but no built-in user verification; a wrong PIN is asked again while retries remain.
 */
class Fido2Authenticator final : public Authenticator
{
public:
    /**
     * Replaces device discovery and wiring, process-wide: `list` instead of
     * fido_dev_info_manifest, `attach` called on each new fido_dev_t before fido_dev_open (to set
     * io or transport functions). Tests plug a software authenticator in here.
     */
    struct DeviceHooks
    {
        std::function<QList<AuthenticatorDevice>()> list;
        std::function<void(fido_dev_t *device, const QString &path)> attach;
    };
    static void setDeviceHooks(std::optional<DeviceHooks> hooks);

    /** timeoutMs: how long to wait for a touch before failing (libfido2's own, per call). */
    explicit Fido2Authenticator(int timeoutMs = 60000);
    ~Fido2Authenticator() override;

    Result<QList<AuthenticatorDevice>> devices() override;
    Result<PasskeyCredential> registerPasskey(const RegisterOptions &options,
                                              PasskeyPrompt *prompt) override;
    Result<Assertion> getAssertion(const AssertionRequest &request, PasskeyPrompt *prompt) override;
    void cancel() override;

private:
    struct OpenDevice;
    Result<std::shared_ptr<OpenDevice>> open(const AuthenticatorDevice &device);
    bool isCancelled();
    /**
     * One operation that needs the person: asks for the PIN where the key needs one (again
     * after a wrong one), announces the touch, lets cancel() reach the device. prepare() makes
     * a fresh request for each attempt, call() runs it; returns libfido2's status.
     */
    Result<int> withUser(fido_dev_t *dev,
                         const AuthenticatorDevice &device,
                         PasskeyPrompt *prompt,
                         const std::function<Result<void>()> &prepare,
                         const std::function<int(const char *pin)> &call);
    Result<Assertion> assertOn(const AuthenticatorDevice &device,
                               const AssertionRequest &request,
                               PasskeyPrompt *prompt,
                               bool *noCredential);

    int m_timeoutMs;
    QMutex m_mutex; ///< guards m_current and m_cancelled
    fido_dev_t *m_current = nullptr;
    bool m_cancelled = false;
};

/**
 * Signs the authorization of one commit request (reference section 1.7): with a passkey in the
 * WebAuthn form, or with a software P-256 key in the direct form (for automation). For several
 * digests, one signature covers them all through batchContext (the first digest is signed,
 * all are listed). May block (a touch); cancel() from another thread ends that.
 */
class ActorAuthorizer
{
public:
    virtual ~ActorAuthorizer() = default;
    virtual QString keyId() const = 0;
    /** A short description for status lines: "passkey “YubiKey 5” (3f9a…)". */
    virtual QString description() const = 0;
    /** The agency envelope {actor, authorization, batchContext?} for this challenge. */
    virtual Result<JsonValue> authorize(const QString &challengeB64,
                                        const QList<QByteArray> &digests,
                                        qint64 nowMs)
        = 0;
    virtual void cancel() {}
};

class PasskeyAuthorizer final : public ActorAuthorizer
{
public:
    /** prompt must outlive the authorizer; it is used on the thread calling authorize(). */
    PasskeyAuthorizer(std::shared_ptr<Authenticator> authenticator,
                      PasskeyCredential credential,
                      PasskeyPrompt *prompt);
    QString keyId() const override { return m_credential.keyId; }
    QString description() const override;
    Result<JsonValue> authorize(const QString &challengeB64,
                                const QList<QByteArray> &digests,
                                qint64 nowMs) override;
    void cancel() override;

private:
    std::shared_ptr<Authenticator> m_authenticator;
    PasskeyCredential m_credential;
    PasskeyPrompt *m_prompt;
};

class SoftwareKeyAuthorizer final : public ActorAuthorizer
{
public:
    /** A PEM P-256 private key (PKCS#8 or SEC1), e.g. from
     *  `openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256`. */
    static Result<std::unique_ptr<SoftwareKeyAuthorizer>> fromPemFile(const QString &path);
    ~SoftwareKeyAuthorizer() override;
    QString keyId() const override;
    QString description() const override;
    Result<JsonValue> authorize(const QString &challengeB64,
                                const QList<QByteArray> &digests,
                                qint64 nowMs) override;

private:
    SoftwareKeyAuthorizer() = default;
    struct Key;
    std::unique_ptr<Key> m_key;
    QByteArray m_spki;
};

} // namespace Occ
