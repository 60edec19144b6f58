// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0
#include "support/softfido2.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutexLocker>
#include <QSaveFile>
#include <QtDebug>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <functional>
#include <limits>
#include <map>
#include <mutex>
#include <optional>
#include <thread>

#include <cbor.h>
#include <fido.h>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/param_build.h>
#include <openssl/rand.h>

using namespace Qt::StringLiterals;

namespace {

// CTAPHID commands (CTAP 2.1, section 11.2.9).
constexpr uint8_t kHidPing = 0x01;
constexpr uint8_t kHidMsg = 0x03;
constexpr uint8_t kHidInit = 0x06;
constexpr uint8_t kHidWink = 0x08;
constexpr uint8_t kHidCbor = 0x10;
constexpr uint8_t kHidCancel = 0x11;
constexpr uint8_t kHidKeepalive = 0x3b;
constexpr uint8_t kHidError = 0x3f;

// CTAPHID_ERROR codes.
constexpr uint8_t kHidErrInvalidCmd = 0x01;
constexpr uint8_t kHidErrInvalidLen = 0x03;
constexpr uint8_t kHidErrInvalidSeq = 0x04;
constexpr uint8_t kHidErrChannelBusy = 0x06;
constexpr uint8_t kHidErrInvalidChannel = 0x0b;

constexpr uint32_t kBroadcastCid = 0xffffffffu;
constexpr int kReportLen = 64;
constexpr int kInitDataLen = kReportLen - 7;
constexpr int kContDataLen = kReportLen - 5;
// The largest message CTAPHID can carry: one initialisation and 128 continuation packets.
constexpr int kMaxMessage = kInitDataLen + 128 * kContDataLen;

// authenticator API commands.
constexpr uint8_t kCmdMakeCredential = 0x01;
constexpr uint8_t kCmdGetAssertion = 0x02;
constexpr uint8_t kCmdGetInfo = 0x04;
constexpr uint8_t kCmdClientPin = 0x06;
constexpr uint8_t kCmdGetNextAssertion = 0x08;

// Status codes.
constexpr uint8_t kOk = 0x00;
constexpr uint8_t kErrInvalidCommand = 0x01;
constexpr uint8_t kErrInvalidParameter = 0x02;
constexpr uint8_t kErrInvalidLength = 0x03;
constexpr uint8_t kErrCborUnexpectedType = 0x11;
constexpr uint8_t kErrInvalidCbor = 0x12;
constexpr uint8_t kErrMissingParameter = 0x14;
constexpr uint8_t kErrCredentialExcluded = 0x19;
constexpr uint8_t kErrUnsupportedAlgorithm = 0x26;
constexpr uint8_t kErrOperationDenied = 0x27;
constexpr uint8_t kErrUnsupportedOption = 0x2b;
constexpr uint8_t kErrInvalidOption = 0x2c;
constexpr uint8_t kErrKeepaliveCancel = 0x2d;
constexpr uint8_t kErrNoCredentials = 0x2e;
constexpr uint8_t kErrUserActionTimeout = 0x2f;
constexpr uint8_t kErrNotAllowed = 0x30;
constexpr uint8_t kErrPinInvalid = 0x31;
constexpr uint8_t kErrPinBlocked = 0x32;
constexpr uint8_t kErrPinAuthInvalid = 0x33;
constexpr uint8_t kErrPinNotSet = 0x35;
constexpr uint8_t kErrPinRequired = 0x36;
constexpr uint8_t kErrInvalidSubcommand = 0x3e;
constexpr uint8_t kErrOther = 0x7f;

constexpr uint8_t kFlagUp = 0x01;
constexpr uint8_t kFlagUv = 0x04;
constexpr uint8_t kFlagAt = 0x40;

constexpr int kMaxPinRetries = 8;
constexpr int kCoseEs256 = -7;
constexpr int kCoseEcdhEsHkdf256 = -25;

QByteArray statusOnly(uint8_t status)
{
    return QByteArray(1, char(status));
}

QByteArray randomBytes(int n)
{
    QByteArray out(n, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char *>(out.data()), n) != 1)
        qFatal("softfido2: RAND_bytes failed");
    return out;
}

QByteArray sha256(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256);
}

QByteArray bigEndian32(uint32_t v)
{
    QByteArray out(4, '\0');
    for (int i = 0; i < 4; ++i)
        out[i] = char((v >> (24 - 8 * i)) & 0xff);
    return out;
}

// --- OpenSSL ---------------------------------------------------------------------------------

struct PkeyDeleter
{
    void operator()(EVP_PKEY *k) const { EVP_PKEY_free(k); }
};
using Pkey = std::unique_ptr<EVP_PKEY, PkeyDeleter>;

Pkey newP256Key()
{
    return Pkey(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
}

QByteArray privateKeyDer(EVP_PKEY *key)
{
    unsigned char *der = nullptr;
    const int len = i2d_PrivateKey(key, &der);
    if (len <= 0)
        return {};
    QByteArray out(reinterpret_cast<const char *>(der), len);
    OPENSSL_clear_free(der, size_t(len));
    return out;
}

Pkey privateKeyFromDer(const QByteArray &der)
{
    const unsigned char *p = reinterpret_cast<const unsigned char *>(der.constData());
    return Pkey(d2i_AutoPrivateKey(nullptr, &p, long(der.size())));
}

bool publicXY(EVP_PKEY *key, QByteArray &x, QByteArray &y)
{
    BIGNUM *bx = nullptr;
    BIGNUM *by = nullptr;
    bool ok = EVP_PKEY_get_bn_param(key, OSSL_PKEY_PARAM_EC_PUB_X, &bx) == 1
              && EVP_PKEY_get_bn_param(key, OSSL_PKEY_PARAM_EC_PUB_Y, &by) == 1;
    if (ok) {
        x.resize(32);
        y.resize(32);
        ok = BN_bn2binpad(bx, reinterpret_cast<unsigned char *>(x.data()), 32) == 32
             && BN_bn2binpad(by, reinterpret_cast<unsigned char *>(y.data()), 32) == 32;
    }
    BN_free(bx);
    BN_free(by);
    return ok;
}

// The platform's ECDH key; EC_POINT decoding rejects points that are not on the curve.
Pkey publicKeyFromXY(const QByteArray &x, const QByteArray &y)
{
    if (x.size() != 32 || y.size() != 32)
        return {};
    QByteArray point = QByteArray(1, '\x04') + x + y;
    OSSL_PARAM params[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_PKEY_PARAM_GROUP_NAME,
                                         const_cast<char *>("prime256v1"),
                                         0),
        OSSL_PARAM_construct_octet_string(OSSL_PKEY_PARAM_PUB_KEY,
                                          point.data(),
                                          size_t(point.size())),
        OSSL_PARAM_construct_end(),
    };
    EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new_from_name(nullptr, "EC", nullptr);
    EVP_PKEY *key = nullptr;
    if (!ctx || EVP_PKEY_fromdata_init(ctx) != 1
        || EVP_PKEY_fromdata(ctx, &key, EVP_PKEY_PUBLIC_KEY, params) != 1)
        key = nullptr;
    EVP_PKEY_CTX_free(ctx);
    return Pkey(key);
}

QByteArray ecdsaSign(EVP_PKEY *key, const QByteArray &message)
{
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    size_t len = 0;
    QByteArray sig;
    const auto *msg = reinterpret_cast<const unsigned char *>(message.constData());
    if (ctx && EVP_DigestSignInit(ctx, nullptr, EVP_sha256(), nullptr, key) == 1
        && EVP_DigestSign(ctx, nullptr, &len, msg, size_t(message.size())) == 1) {
        sig.resize(qsizetype(len));
        if (EVP_DigestSign(ctx,
                           reinterpret_cast<unsigned char *>(sig.data()),
                           &len,
                           msg,
                           size_t(message.size()))
            == 1)
            sig.resize(qsizetype(len));
        else
            sig.clear();
    }
    EVP_MD_CTX_free(ctx);
    return sig;
}

// PIN protocol 1: the shared secret is SHA-256 of the ECDH x-coordinate.
QByteArray sharedSecret(EVP_PKEY *own, EVP_PKEY *peer)
{
    EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new(own, nullptr);
    size_t len = 0;
    QByteArray z;
    if (ctx && EVP_PKEY_derive_init(ctx) == 1 && EVP_PKEY_derive_set_peer(ctx, peer) == 1
        && EVP_PKEY_derive(ctx, nullptr, &len) == 1) {
        z.resize(qsizetype(len));
        if (EVP_PKEY_derive(ctx, reinterpret_cast<unsigned char *>(z.data()), &len) == 1)
            z.resize(qsizetype(len));
        else
            z.clear();
    }
    EVP_PKEY_CTX_free(ctx);
    if (z.isEmpty())
        return {};
    const QByteArray secret = sha256(z);
    OPENSSL_cleanse(z.data(), size_t(z.size()));
    return secret;
}

// PIN protocol 1: AES-256-CBC with a zero IV and no padding.
std::optional<QByteArray> aes256Cbc(bool encrypt, const QByteArray &key, const QByteArray &in)
{
    if (key.size() != 32 || in.isEmpty() || in.size() % 16 != 0)
        return std::nullopt;
    const unsigned char iv[16] = {};
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    QByteArray out(in.size() + 16, '\0');
    int n = 0;
    int tail = 0;
    const bool ok = ctx
                    && EVP_CipherInit_ex(ctx,
                                         EVP_aes_256_cbc(),
                                         nullptr,
                                         reinterpret_cast<const unsigned char *>(key.constData()),
                                         iv,
                                         encrypt ? 1 : 0)
                           == 1
                    && EVP_CIPHER_CTX_set_padding(ctx, 0) == 1
                    && EVP_CipherUpdate(ctx,
                                        reinterpret_cast<unsigned char *>(out.data()),
                                        &n,
                                        reinterpret_cast<const unsigned char *>(in.constData()),
                                        int(in.size()))
                           == 1
                    && EVP_CipherFinal_ex(ctx,
                                          reinterpret_cast<unsigned char *>(out.data()) + n,
                                          &tail)
                           == 1;
    EVP_CIPHER_CTX_free(ctx);
    if (!ok)
        return std::nullopt;
    out.resize(n + tail);
    return out;
}

QByteArray hmacSha256(const QByteArray &key, const QByteArray &data)
{
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    if (!HMAC(EVP_sha256(),
              key.constData(),
              int(key.size()),
              reinterpret_cast<const unsigned char *>(data.constData()),
              size_t(data.size()),
              out,
              &len))
        return {};
    return QByteArray(reinterpret_cast<const char *>(out), int(len));
}

// --- CBOR ------------------------------------------------------------------------------------

// Writes CTAP2 canonical CBOR: shortest heads, definite lengths. Callers emit map keys in
// canonical order themselves (libfido2 rejects unsorted maps).
class CborWriter
{
public:
    CborWriter &uint(quint64 v)
    {
        head(0, v);
        return *this;
    }
    CborWriter &integer(qint64 v)
    {
        if (v >= 0)
            head(0, quint64(v));
        else
            head(1, quint64(-1 - v));
        return *this;
    }
    CborWriter &bytes(const QByteArray &b)
    {
        head(2, quint64(b.size()));
        m_out += b;
        return *this;
    }
    CborWriter &text(QByteArrayView utf8)
    {
        head(3, quint64(utf8.size()));
        m_out.append(utf8);
        return *this;
    }
    CborWriter &array(quint64 n)
    {
        head(4, n);
        return *this;
    }
    CborWriter &map(quint64 n)
    {
        head(5, n);
        return *this;
    }
    CborWriter &boolean(bool b)
    {
        m_out += char(b ? 0xf5 : 0xf4);
        return *this;
    }
    CborWriter &raw(const QByteArray &encoded)
    {
        m_out += encoded;
        return *this;
    }
    QByteArray data() const { return m_out; }

private:
    void head(uint8_t major, quint64 v)
    {
        const char m = char(major << 5);
        if (v < 24) {
            m_out += char(m | char(v));
        } else if (v <= 0xff) {
            m_out += char(m | 24);
            m_out += char(v);
        } else if (v <= 0xffff) {
            m_out += char(m | 25);
            for (int s = 8; s >= 0; s -= 8)
                m_out += char((v >> s) & 0xff);
        } else if (v <= 0xffffffffu) {
            m_out += char(m | 26);
            for (int s = 24; s >= 0; s -= 8)
                m_out += char((v >> s) & 0xff);
        } else {
            m_out += char(m | 27);
            for (int s = 56; s >= 0; s -= 8)
                m_out += char((v >> s) & 0xff);
        }
    }
    QByteArray m_out;
};

QByteArray coseEc2Key(const QByteArray &x, const QByteArray &y, int alg)
{
    CborWriter w;
    w.map(5).uint(1).uint(2).uint(3).integer(alg).integer(-1).uint(1);
    w.integer(-2).bytes(x).integer(-3).bytes(y);
    return w.data();
}

/*
 * libcbor allocates array and map storage from the declared counts before it sees the items,
 * and frees nested items recursively; so a request is checked first: well formed, complete,
 * definite lengths only, no tags, every declared count backed by enough bytes, shallow nesting.
 */
bool scanCborItem(const uint8_t *p, size_t n, size_t &pos, int depth)
{
    if (depth > 16 || pos >= n)
        return false;
    const uint8_t initial = p[pos++];
    const uint8_t major = initial >> 5;
    const uint8_t info = initial & 0x1f;
    quint64 v = info;
    if (info >= 24 && info <= 27) {
        const size_t len = size_t(1) << (info - 24);
        if (n - pos < len)
            return false;
        v = 0;
        for (size_t i = 0; i < len; ++i)
            v = (v << 8) | p[pos++];
    } else if (info > 27) {
        return false; // reserved, or an indefinite length, which CTAP2 does not allow
    }
    switch (major) {
    case 0:
    case 1:
        return true;
    case 2:
    case 3:
        if (v > n - pos)
            return false;
        pos += size_t(v);
        return true;
    case 4:
        if (v > n - pos)
            return false;
        for (quint64 i = 0; i < v; ++i)
            if (!scanCborItem(p, n, pos, depth + 1))
                return false;
        return true;
    case 5:
        if (v > (n - pos) / 2)
            return false;
        for (quint64 i = 0; i < 2 * v; ++i)
            if (!scanCborItem(p, n, pos, depth + 1))
                return false;
        return true;
    case 6:
        return false;
    default: // 7: simple values and floats
        return info != 24 || v >= 32;
    }
}

struct CborDeleter
{
    void operator()(cbor_item_t *item) const { cbor_decref(&item); }
};
using CborPtr = std::unique_ptr<cbor_item_t, CborDeleter>;

CborPtr loadCbor(const QByteArray &data)
{
    const auto *p = reinterpret_cast<const uint8_t *>(data.constData());
    size_t pos = 0;
    if (data.isEmpty() || !scanCborItem(p, size_t(data.size()), pos, 0)
        || pos != size_t(data.size()))
        return {};
    cbor_load_result result;
    CborPtr item(cbor_load(p, size_t(data.size()), &result));
    if (result.error.code != CBOR_ERR_NONE || result.read != size_t(data.size()))
        return {};
    return item;
}

std::optional<qint64> intOf(const cbor_item_t *item)
{
    if (!item || (!cbor_isa_uint(item) && !cbor_isa_negint(item)))
        return std::nullopt;
    const uint64_t v = cbor_get_int(item);
    if (v > uint64_t(std::numeric_limits<qint64>::max()))
        return std::nullopt;
    return cbor_isa_uint(item) ? qint64(v) : -1 - qint64(v);
}

std::optional<QByteArray> bytesOf(const cbor_item_t *item)
{
    if (!item || !cbor_isa_bytestring(item) || !cbor_bytestring_is_definite(item))
        return std::nullopt;
    return QByteArray(reinterpret_cast<const char *>(cbor_bytestring_handle(item)),
                      qsizetype(cbor_bytestring_length(item)));
}

std::optional<QByteArray> textOf(const cbor_item_t *item)
{
    if (!item || !cbor_isa_string(item) || !cbor_string_is_definite(item))
        return std::nullopt;
    return QByteArray(reinterpret_cast<const char *>(cbor_string_handle(item)),
                      qsizetype(cbor_string_length(item)));
}

std::optional<bool> boolOf(const cbor_item_t *item)
{
    if (!item || !cbor_isa_float_ctrl(item) || !cbor_is_bool(item))
        return std::nullopt;
    return cbor_get_bool(item);
}

const cbor_item_t *mapFind(const cbor_item_t *map, qint64 key)
{
    if (!map || !cbor_isa_map(map))
        return nullptr;
    const cbor_pair *pairs = cbor_map_handle(map);
    for (size_t i = 0; i < cbor_map_size(map); ++i) {
        if (pairs[i].key && intOf(pairs[i].key) == key)
            return pairs[i].value;
    }
    return nullptr;
}

const cbor_item_t *mapFind(const cbor_item_t *map, QByteArrayView key)
{
    if (!map || !cbor_isa_map(map))
        return nullptr;
    const cbor_pair *pairs = cbor_map_handle(map);
    for (size_t i = 0; i < cbor_map_size(map); ++i) {
        if (pairs[i].key && textOf(pairs[i].key) == key)
            return pairs[i].value;
    }
    return nullptr;
}

struct RequestOptions
{
    std::optional<bool> rk;
    std::optional<bool> up;
    std::optional<bool> uv;
};

uint8_t parseOptions(const cbor_item_t *item, RequestOptions &out)
{
    if (!item)
        return kOk;
    if (!cbor_isa_map(item))
        return kErrCborUnexpectedType;
    const cbor_pair *pairs = cbor_map_handle(item);
    for (size_t i = 0; i < cbor_map_size(item); ++i) {
        const auto name = textOf(pairs[i].key);
        const auto value = boolOf(pairs[i].value);
        if (!name || !value)
            return kErrCborUnexpectedType;
        if (*name == "rk")
            out.rk = *value;
        else if (*name == "up")
            out.up = *value;
        else if (*name == "uv")
            out.uv = *value;
    }
    return kOk;
}

// A PublicKeyCredentialDescriptor list (allowList, excludeList): the ids of "public-key" entries.
uint8_t parseCredentialList(const cbor_item_t *item, QList<QByteArray> &ids)
{
    if (!item)
        return kOk;
    if (!cbor_isa_array(item))
        return kErrCborUnexpectedType;
    cbor_item_t **entries = cbor_array_handle(item);
    for (size_t i = 0; i < cbor_array_size(item); ++i) {
        if (!entries[i] || !cbor_isa_map(entries[i]))
            return kErrCborUnexpectedType;
        const auto id = bytesOf(mapFind(entries[i], "id"));
        const auto type = textOf(mapFind(entries[i], "type"));
        if (!id || !type)
            return kErrMissingParameter;
        if (*type == "public-key")
            ids.append(*id);
    }
    return kOk;
}

} // namespace

namespace OccTest {

// --- The authenticator -----------------------------------------------------------------------

class SoftFido2Authenticator
{
public:
    // Waits delayMs for the "touch"; false when cancelled first.
    using TouchWait = std::function<bool(int delayMs)>;

    explicit SoftFido2Authenticator(const QString &statePath);

    QByteArray process(const QByteArray &request, const TouchWait &wait);
    int credentialCount();

    const QString m_path;
    const QString m_statePath;
    const QByteArray m_aaguid = QByteArrayLiteral("OCCSoftFido2Test");
    SoftFido2Options m_options;
    std::atomic<int> m_upCount{0};
    std::atomic<int> m_assertionCount{0};
    std::atomic<int> m_lastSignCount{0};

private:
    struct Credential
    {
        QByteArray id;
        QByteArray privateKey; // DER
        QByteArray rpId;
        QByteArray userId;
        QByteArray userName;
        QByteArray displayName;
        quint32 signCount = 0;
        bool resident = false;
    };
    struct PendingAssertions // what authenticatorGetNextAssertion still has to answer
    {
        QByteArray rpId;
        QByteArray clientDataHash;
        uint8_t flags = 0;
        bool uv = false;
        QList<QByteArray> ids;
    };
    using Lock = QMutexLocker<QMutex>;

    QByteArray getInfo() const;
    QByteArray makeCredential(const cbor_item_t *params, const TouchWait &wait, Lock &lock);
    QByteArray getAssertion(const cbor_item_t *params, const TouchWait &wait, Lock &lock);
    QByteArray getNextAssertion();
    QByteArray clientPin(const cbor_item_t *params);
    uint8_t verifyUser(const QByteArray &clientDataHash,
                       const cbor_item_t *pinAuthItem,
                       const cbor_item_t *protocolItem,
                       bool uvRequested,
                       bool makeCred,
                       bool &uv,
                       const TouchWait &wait,
                       Lock &lock);
    uint8_t userPresence(const TouchWait &wait, Lock &lock);
    QByteArray signAssertion(const QByteArray &id,
                             const QByteArray &rpId,
                             const QByteArray &clientDataHash,
                             uint8_t flags,
                             bool withUser,
                             bool uv,
                             int numberOfCredentials);
    Credential *find(const QByteArray &id, const QByteArray &rpId);
    void load(bool withPinRetries);
    void save() const;

    QMutex m_mutex; // guards everything below, and m_options while an operation runs
    QList<Credential> m_credentials;
    std::optional<PendingAssertions> m_pending;
    Pkey m_keyAgreement = newP256Key();
    QByteArray m_pinToken = randomBytes(32);
};

namespace {
std::atomic<int> g_nextDevice{1};
} // namespace

SoftFido2Authenticator::SoftFido2Authenticator(const QString &statePath)
    : m_path(u"soft://%1"_s.arg(g_nextDevice++))
    , m_statePath(statePath)
{
    if (!m_keyAgreement)
        qFatal("softfido2: cannot create a P-256 key");
    QMutexLocker lock(&m_mutex);
    load(true);
}

int SoftFido2Authenticator::credentialCount()
{
    QMutexLocker lock(&m_mutex);
    load(false);
    return int(m_credentials.size());
}

void SoftFido2Authenticator::load(bool withPinRetries)
{
    if (m_statePath.isEmpty())
        return;
    QFile file(m_statePath);
    if (!file.open(QIODevice::ReadOnly))
        return; // nothing saved yet
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    if (root.isEmpty())
        return;
    auto b64 = [](const QJsonValue &v) { return QByteArray::fromBase64(v.toString().toLatin1()); };
    QList<Credential> credentials;
    for (const QJsonValue &v : root.value(u"credentials"_s).toArray()) {
        const QJsonObject o = v.toObject();
        Credential c;
        c.id = b64(o.value(u"id"_s));
        c.privateKey = b64(o.value(u"privateKey"_s));
        c.rpId = o.value(u"rpId"_s).toString().toUtf8();
        c.userId = b64(o.value(u"userId"_s));
        c.userName = o.value(u"userName"_s).toString().toUtf8();
        c.displayName = o.value(u"displayName"_s).toString().toUtf8();
        c.signCount = quint32(o.value(u"signCount"_s).toInteger());
        c.resident = o.value(u"resident"_s).toBool();
        if (!c.id.isEmpty() && !c.privateKey.isEmpty())
            credentials.append(c);
    }
    m_credentials = credentials;
    // Retries are only read at start: the switch in options() stays the live counter.
    if (withPinRetries && root.contains(u"pinRetries"_s))
        m_options.pinRetries = root.value(u"pinRetries"_s).toInt();
}

void SoftFido2Authenticator::save() const
{
    if (m_statePath.isEmpty())
        return;
    auto b64 = [](const QByteArray &b) { return QString::fromLatin1(b.toBase64()); };
    QJsonArray credentials;
    for (const Credential &c : m_credentials) {
        credentials.append(QJsonObject{
            {u"id"_s, b64(c.id)},
            {u"privateKey"_s, b64(c.privateKey)},
            {u"rpId"_s, QString::fromUtf8(c.rpId)},
            {u"userId"_s, b64(c.userId)},
            {u"userName"_s, QString::fromUtf8(c.userName)},
            {u"displayName"_s, QString::fromUtf8(c.displayName)},
            {u"signCount"_s, qint64(c.signCount)},
            {u"resident"_s, c.resident},
        });
    }
    const QJsonObject root{{u"pinRetries"_s, m_options.pinRetries}, {u"credentials"_s, credentials}};
    QSaveFile file(m_statePath);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(root).toJson()) < 0
        || !file.commit())
        qWarning("softfido2: cannot save %s", qPrintable(m_statePath));
}

SoftFido2Authenticator::Credential *SoftFido2Authenticator::find(const QByteArray &id,
                                                                 const QByteArray &rpId)
{
    for (Credential &c : m_credentials)
        if (c.id == id && c.rpId == rpId)
            return &c;
    return nullptr;
}

QByteArray SoftFido2Authenticator::process(const QByteArray &request, const TouchWait &wait)
{
    if (request.isEmpty() || request.size() > kMaxMessage)
        return statusOnly(kErrInvalidLength);
    const uint8_t command = uint8_t(request.at(0));
    Lock lock(&m_mutex);
    if (command == kCmdGetInfo)
        return getInfo();
    if (command == kCmdGetNextAssertion)
        return getNextAssertion();
    if (command != kCmdMakeCredential && command != kCmdGetAssertion && command != kCmdClientPin)
        return statusOnly(kErrInvalidCommand);
    if (request.size() == 1)
        return statusOnly(kErrMissingParameter);
    const CborPtr params = loadCbor(request.mid(1));
    if (!params)
        return statusOnly(kErrInvalidCbor);
    if (!cbor_isa_map(params.get()))
        return statusOnly(kErrCborUnexpectedType);
    load(false); // another process may have used the same state file meanwhile
    switch (command) {
    case kCmdMakeCredential:
        m_pending.reset();
        return makeCredential(params.get(), wait, lock);
    case kCmdGetAssertion:
        m_pending.reset();
        return getAssertion(params.get(), wait, lock);
    default:
        return clientPin(params.get());
    }
}

QByteArray SoftFido2Authenticator::getInfo() const
{
    const SoftFido2Options o = m_options;
    const bool pinSet = !o.pin.isEmpty();
    CborWriter options;
    // Canonical order: shorter keys first, then bytewise.
    options.map(2 + (o.builtInUv ? 1 : 0) + (pinSet ? 1 : 0));
    options.text("rk").boolean(o.residentKeys).text("up").boolean(true);
    if (o.builtInUv)
        options.text("uv").boolean(true);
    if (pinSet)
        options.text("clientPin").boolean(true);
    // No "pinUvAuthToken": libfido2 would then use getPinUvAuthTokenUsing*WithPermissions.
    CborWriter w;
    w.map(6);
    w.uint(1).array(2).text("FIDO_2_0").text("FIDO_2_1");
    w.uint(2).array(0);
    w.uint(3).bytes(m_aaguid);
    w.uint(4).raw(options.data());
    w.uint(5).uint(1200);
    w.uint(6).array(1).uint(1);
    return statusOnly(kOk) + w.data();
}

uint8_t SoftFido2Authenticator::userPresence(const TouchWait &wait, Lock &lock)
{
    const int delay = m_options.touchDelayMs;
    if (delay > 0) {
        lock.unlock();
        const bool touched = wait(delay);
        lock.relock();
        if (!touched)
            return kErrKeepaliveCancel;
    }
    if (m_options.denyTouch)
        return kErrOperationDenied;
    if (m_options.timeout)
        return kErrUserActionTimeout;
    ++m_upCount;
    return kOk;
}

uint8_t SoftFido2Authenticator::verifyUser(const QByteArray &clientDataHash,
                                           const cbor_item_t *pinAuthItem,
                                           const cbor_item_t *protocolItem,
                                           bool uvRequested,
                                           bool makeCred,
                                           bool &uv,
                                           const TouchWait &wait,
                                           Lock &lock)
{
    uv = false;
    const bool pinSet = !m_options.pin.isEmpty();
    if (pinAuthItem) {
        const auto pinAuth = bytesOf(pinAuthItem);
        if (!pinAuth)
            return kErrCborUnexpectedType;
        if (pinAuth->isEmpty()) {
            // A zero-length pinUvAuthParam asks "touch me" (libfido2's fido_dev_get_touch_begin).
            if (const uint8_t st = userPresence(wait, lock))
                return st;
            return pinSet ? kErrPinInvalid : kErrPinNotSet;
        }
        const auto protocol = intOf(protocolItem);
        if (!protocol)
            return kErrMissingParameter;
        if (*protocol != 1)
            return kErrPinAuthInvalid;
        if (!pinSet)
            return kErrPinNotSet;
        const QByteArray expected = hmacSha256(m_pinToken, clientDataHash).left(16);
        if (pinAuth->size() != 16
            || CRYPTO_memcmp(pinAuth->constData(), expected.constData(), 16) != 0)
            return kErrPinAuthInvalid;
        uv = true;
        return kOk;
    }
    if (uvRequested) {
        if (m_options.builtInUv) {
            uv = true;
            return kOk;
        }
        return pinSet ? kErrPinRequired : kErrUnsupportedOption;
    }
    // CTAP 2.0: with a PIN set, making a credential needs it (or built-in UV, asked for above).
    if (makeCred && pinSet)
        return kErrPinRequired;
    return kOk;
}

QByteArray SoftFido2Authenticator::makeCredential(const cbor_item_t *params,
                                                  const TouchWait &wait,
                                                  Lock &lock)
{
    const cbor_item_t *cdhItem = mapFind(params, 1);
    const cbor_item_t *rp = mapFind(params, 2);
    const cbor_item_t *user = mapFind(params, 3);
    const cbor_item_t *algorithms = mapFind(params, 4);
    if (!cdhItem || !rp || !user || !algorithms)
        return statusOnly(kErrMissingParameter);
    const auto clientDataHash = bytesOf(cdhItem);
    if (!clientDataHash || !cbor_isa_map(rp) || !cbor_isa_map(user) || !cbor_isa_array(algorithms))
        return statusOnly(kErrCborUnexpectedType);
    const auto rpId = textOf(mapFind(rp, "id"));
    const auto userId = bytesOf(mapFind(user, "id"));
    if (!rpId || !userId)
        return statusOnly(kErrMissingParameter);
    if (userId->size() > 64)
        return statusOnly(kErrInvalidLength);
    bool es256 = false;
    cbor_item_t **algs = cbor_array_handle(algorithms);
    for (size_t i = 0; i < cbor_array_size(algorithms); ++i) {
        if (!algs[i] || !cbor_isa_map(algs[i]))
            return statusOnly(kErrCborUnexpectedType);
        const auto type = textOf(mapFind(algs[i], "type"));
        const auto alg = intOf(mapFind(algs[i], "alg"));
        if (!type || !alg)
            return statusOnly(kErrMissingParameter);
        if (*type == "public-key" && *alg == kCoseEs256)
            es256 = true;
    }
    if (!es256)
        return statusOnly(kErrUnsupportedAlgorithm);
    QList<QByteArray> excluded;
    if (const uint8_t st = parseCredentialList(mapFind(params, 5), excluded))
        return statusOnly(st);
    if (const cbor_item_t *ext = mapFind(params, 6); ext && !cbor_isa_map(ext))
        return statusOnly(kErrCborUnexpectedType);
    RequestOptions opts;
    if (const uint8_t st = parseOptions(mapFind(params, 7), opts))
        return statusOnly(st);
    if (opts.up == false)
        return statusOnly(kErrInvalidOption);
    if (opts.rk == true && !m_options.residentKeys)
        return statusOnly(kErrUnsupportedOption);
    for (const QByteArray &id : std::as_const(excluded))
        if (find(id, *rpId))
            return statusOnly(kErrCredentialExcluded);

    bool uv = false;
    if (const uint8_t st = verifyUser(*clientDataHash,
                                      mapFind(params, 8),
                                      mapFind(params, 9),
                                      opts.uv == true,
                                      true,
                                      uv,
                                      wait,
                                      lock))
        return statusOnly(st);
    if (const uint8_t st = userPresence(wait, lock))
        return statusOnly(st);

    const Pkey key = newP256Key();
    QByteArray x;
    QByteArray y;
    if (!key || !publicXY(key.get(), x, y))
        return statusOnly(kErrOther);
    Credential c;
    c.id = randomBytes(32);
    c.privateKey = privateKeyDer(key.get());
    c.rpId = *rpId;
    c.userId = *userId;
    c.userName = textOf(mapFind(user, "name")).value_or(QByteArray());
    c.displayName = textOf(mapFind(user, "displayName")).value_or(QByteArray());
    c.resident = opts.rk == true;

    uint8_t flags = kFlagAt;
    if (!m_options.omitUp)
        flags |= kFlagUp;
    if (uv && !m_options.omitUv)
        flags |= kFlagUv;
    const QByteArray authData = sha256(c.rpId) + char(flags) + bigEndian32(c.signCount) + m_aaguid
                                + char((c.id.size() >> 8) & 0xff) + char(c.id.size() & 0xff) + c.id
                                + coseEc2Key(x, y, kCoseEs256);
    // Self attestation: signed by the credential's own key.
    const QByteArray sig = ecdsaSign(key.get(), authData + *clientDataHash);
    if (sig.isEmpty() || c.privateKey.isEmpty())
        return statusOnly(kErrOther);

    if (c.resident) // a resident credential replaces the one for the same account
        m_credentials.removeIf([&](const Credential &o) {
            return o.resident && o.rpId == c.rpId && o.userId == c.userId;
        });
    m_credentials.append(c);
    save();

    CborWriter w;
    w.map(3);
    w.uint(1).text("packed");
    w.uint(2).bytes(authData);
    w.uint(3).map(2).text("alg").integer(kCoseEs256).text("sig").bytes(sig);
    return statusOnly(kOk) + w.data();
}

QByteArray SoftFido2Authenticator::getAssertion(const cbor_item_t *params,
                                                const TouchWait &wait,
                                                Lock &lock)
{
    const cbor_item_t *rpItem = mapFind(params, 1);
    const cbor_item_t *cdhItem = mapFind(params, 2);
    if (!rpItem || !cdhItem)
        return statusOnly(kErrMissingParameter);
    const auto rpId = textOf(rpItem);
    const auto clientDataHash = bytesOf(cdhItem);
    if (!rpId || !clientDataHash)
        return statusOnly(kErrCborUnexpectedType);
    QList<QByteArray> allowed;
    if (const uint8_t st = parseCredentialList(mapFind(params, 3), allowed))
        return statusOnly(st);
    if (const cbor_item_t *ext = mapFind(params, 4); ext && !cbor_isa_map(ext))
        return statusOnly(kErrCborUnexpectedType);
    RequestOptions opts;
    if (const uint8_t st = parseOptions(mapFind(params, 5), opts))
        return statusOnly(st);
    if (opts.rk.has_value())
        return statusOnly(kErrInvalidOption);

    QList<QByteArray> ids;
    const bool discovery = !mapFind(params, 3) || allowed.isEmpty();
    if (!discovery) {
        for (const QByteArray &id : std::as_const(allowed))
            if (find(id, *rpId)) {
                ids.append(id);
                break;
            }
    } else {
        for (qsizetype i = m_credentials.size() - 1; i >= 0; --i) // newest first
            if (m_credentials.at(i).resident && m_credentials.at(i).rpId == *rpId)
                ids.append(m_credentials.at(i).id);
    }
    if (ids.isEmpty())
        return statusOnly(kErrNoCredentials);

    bool uv = false;
    if (const uint8_t st = verifyUser(*clientDataHash,
                                      mapFind(params, 6),
                                      mapFind(params, 7),
                                      opts.uv == true,
                                      false,
                                      uv,
                                      wait,
                                      lock))
        return statusOnly(st);
    const bool up = opts.up.value_or(true);
    if (up) {
        if (const uint8_t st = userPresence(wait, lock))
            return statusOnly(st);
    }
    load(false); // the lock was given up while waiting for the touch
    uint8_t flags = 0;
    if (up && !m_options.omitUp)
        flags |= kFlagUp;
    if (uv && !m_options.omitUv)
        flags |= kFlagUv;
    const QByteArray first = ids.takeFirst();
    const QByteArray response = signAssertion(first,
                                              *rpId,
                                              *clientDataHash,
                                              flags,
                                              discovery,
                                              uv,
                                              discovery ? int(ids.size()) + 1 : 1);
    if (discovery && !ids.isEmpty())
        m_pending = PendingAssertions{*rpId, *clientDataHash, flags, uv, ids};
    return response;
}

QByteArray SoftFido2Authenticator::getNextAssertion()
{
    if (!m_pending || m_pending->ids.isEmpty()) {
        m_pending.reset();
        return statusOnly(kErrNotAllowed);
    }
    load(false);
    const QByteArray id = m_pending->ids.takeFirst();
    const PendingAssertions p = *m_pending;
    if (m_pending->ids.isEmpty())
        m_pending.reset();
    return signAssertion(id, p.rpId, p.clientDataHash, p.flags, true, p.uv, 1);
}

QByteArray SoftFido2Authenticator::signAssertion(const QByteArray &id,
                                                 const QByteArray &rpId,
                                                 const QByteArray &clientDataHash,
                                                 uint8_t flags,
                                                 bool withUser,
                                                 bool uv,
                                                 int numberOfCredentials)
{
    Credential *c = find(id, rpId);
    if (!c)
        return statusOnly(kErrNoCredentials);
    const Pkey key = privateKeyFromDer(c->privateKey);
    if (!key)
        return statusOnly(kErrOther);
    ++c->signCount;
    const QByteArray authData = sha256(rpId) + char(flags) + bigEndian32(c->signCount);
    const QByteArray sig = ecdsaSign(key.get(), authData + clientDataHash);
    if (sig.isEmpty())
        return statusOnly(kErrOther);
    m_lastSignCount = int(c->signCount);
    ++m_assertionCount;

    CborWriter w;
    w.map(3 + (withUser ? 1 : 0) + (numberOfCredentials > 1 ? 1 : 0));
    w.uint(1).map(2).text("id").bytes(c->id).text("type").text("public-key");
    w.uint(2).bytes(authData);
    w.uint(3).bytes(sig);
    if (withUser) {
        // Without user verification only the user id may be disclosed.
        const bool names = uv && !c->userName.isEmpty();
        const bool display = uv && !c->displayName.isEmpty();
        w.uint(4).map(1 + (names ? 1 : 0) + (display ? 1 : 0)).text("id").bytes(c->userId);
        if (names)
            w.text("name").text(c->userName);
        if (display)
            w.text("displayName").text(c->displayName);
    }
    if (numberOfCredentials > 1)
        w.uint(5).uint(quint64(numberOfCredentials));
    save();
    return statusOnly(kOk) + w.data();
}

QByteArray SoftFido2Authenticator::clientPin(const cbor_item_t *params)
{
    const cbor_item_t *protocolItem = mapFind(params, 1);
    const auto subCommand = intOf(mapFind(params, 2));
    if (!subCommand)
        return statusOnly(mapFind(params, 2) ? kErrCborUnexpectedType : kErrMissingParameter);
    if (protocolItem && intOf(protocolItem) != 1)
        return statusOnly(kErrInvalidParameter);
    if (*subCommand != 1 && !protocolItem)
        return statusOnly(kErrMissingParameter);

    switch (*subCommand) {
    case 1: { // getPINRetries
        CborWriter w;
        w.map(1).uint(3).uint(quint64(std::max(0, m_options.pinRetries)));
        return statusOnly(kOk) + w.data();
    }
    case 2: { // getKeyAgreement
        QByteArray x;
        QByteArray y;
        if (!publicXY(m_keyAgreement.get(), x, y))
            return statusOnly(kErrOther);
        CborWriter w;
        w.map(1).uint(1).raw(coseEc2Key(x, y, kCoseEcdhEsHkdf256));
        return statusOnly(kOk) + w.data();
    }
    case 5: { // getPINToken (CTAP 2.0; libfido2 uses it when "pinUvAuthToken" is not advertised)
        if (m_options.pin.isEmpty())
            return statusOnly(kErrPinNotSet);
        const cbor_item_t *platformKey = mapFind(params, 3);
        const cbor_item_t *pinHashEncItem = mapFind(params, 6);
        if (!platformKey || !pinHashEncItem)
            return statusOnly(kErrMissingParameter);
        const auto pinHashEnc = bytesOf(pinHashEncItem);
        if (!cbor_isa_map(platformKey) || !pinHashEnc)
            return statusOnly(kErrCborUnexpectedType);
        if (m_options.pinRetries <= 0)
            return statusOnly(kErrPinBlocked);
        const auto x = bytesOf(mapFind(platformKey, -2));
        const auto y = bytesOf(mapFind(platformKey, -3));
        if (!x || !y)
            return statusOnly(kErrMissingParameter);
        const Pkey peer = publicKeyFromXY(*x, *y);
        if (!peer)
            return statusOnly(kErrInvalidParameter);
        const QByteArray shared = sharedSecret(m_keyAgreement.get(), peer.get());
        if (shared.isEmpty())
            return statusOnly(kErrInvalidParameter);
        const auto pinHash = aes256Cbc(false, shared, *pinHashEnc);
        if (!pinHash || pinHash->size() != 16)
            return statusOnly(kErrInvalidParameter);
        const QByteArray expected = sha256(m_options.pin).left(16);
        if (CRYPTO_memcmp(pinHash->constData(), expected.constData(), 16) != 0) {
            // As the spec asks: count the failure, and make the platform agree on a new key.
            --m_options.pinRetries;
            m_keyAgreement = newP256Key();
            save();
            return statusOnly(m_options.pinRetries <= 0 ? kErrPinBlocked : kErrPinInvalid);
        }
        m_options.pinRetries = kMaxPinRetries;
        save();
        const auto tokenEnc = aes256Cbc(true, shared, m_pinToken);
        if (!tokenEnc)
            return statusOnly(kErrOther);
        CborWriter w;
        w.map(1).uint(2).bytes(*tokenEnc);
        return statusOnly(kOk) + w.data();
    }
    default: // setPIN, changePIN and the CTAP 2.1 token subcommands are not implemented
        return statusOnly(kErrInvalidSubcommand);
    }
}

} // namespace OccTest

namespace {

using OccTest::SoftFido2Authenticator;

std::mutex g_registryMutex;
std::map<QByteArray, std::weak_ptr<SoftFido2Authenticator>> g_registry;

std::shared_ptr<SoftFido2Authenticator> lookup(const char *path)
{
    if (!path)
        return {};
    std::lock_guard lock(g_registryMutex);
    const auto it = g_registry.find(QByteArray(path));
    return it == g_registry.end() ? nullptr : it->second.lock();
}

// --- CTAPHID over fido_dev_set_io_functions --------------------------------------------------

// One open HID handle: reassembles the reports libfido2 writes, runs CBOR requests on a worker
// thread (so keepalives flow and a CTAPHID_CANCEL from any thread can end a touch wait), and
// queues the reports libfido2 reads.
class HidChannel
{
public:
    explicit HidChannel(std::shared_ptr<SoftFido2Authenticator> auth)
        : m_auth(std::move(auth))
        , m_worker([this] { workerLoop(); })
    {}
    ~HidChannel()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_cv.notify_all();
        m_worker.join();
    }
    HidChannel(const HidChannel &) = delete;
    HidChannel &operator=(const HidChannel &) = delete;

    int write(const unsigned char *data, size_t len)
    {
        if (!data || (len != kReportLen && len != kReportLen + 1))
            return -1;
        {
            // libfido2 prefixes each output report with its report id (0): 65 bytes.
            std::lock_guard lock(m_mutex);
            onFrame(len == kReportLen + 1 ? data + 1 : data);
        }
        m_cv.notify_all();
        return int(len);
    }

    int read(unsigned char *buf, size_t len, int ms)
    {
        std::unique_lock lock(m_mutex);
        auto done = [this] { return !m_out.empty() || !m_busy || m_stop; };
        if (ms < 0)
            m_cv.wait(lock, done);
        else
            m_cv.wait_for(lock, std::chrono::milliseconds(ms), done);
        // Nothing queued and nothing running: no report will ever come, so fail at once.
        if (m_out.empty() || !buf)
            return -1;
        const QByteArray report = m_out.front();
        m_out.pop_front();
        const size_t n = std::min(len, size_t(kReportLen));
        std::memcpy(buf, report.constData(), n);
        return int(n);
    }

private:
    static uint32_t cidOf(const unsigned char *frame)
    {
        uint32_t cid;
        std::memcpy(&cid, frame, 4); // raw bytes: the CID is opaque, only compared and echoed
        return cid;
    }

    void onFrame(const unsigned char *f)
    {
        const uint32_t cid = cidOf(f);
        if (f[4] & 0x80) {
            const uint8_t cmd = f[4] & 0x7f;
            const int total = (f[5] << 8) | f[6];
            if (cmd == kHidCancel) {
                if (m_busy && cid == m_busyCid)
                    m_cancel = true;
                return; // CTAPHID_CANCEL has no reply of its own
            }
            if (cmd == kHidInit) {
                onInit(cid, f, total);
                return;
            }
            if (cid == 0 || cid == kBroadcastCid || cid >= m_nextCid) {
                queueError(cid, kHidErrInvalidChannel);
                return;
            }
            if (m_busy || (m_assembling && m_asmCid != cid)) {
                queueError(cid, kHidErrChannelBusy);
                return;
            }
            if (total > kMaxMessage) {
                m_assembling = false;
                queueError(cid, kHidErrInvalidLen);
                return;
            }
            m_assembling = true;
            m_asmCid = cid;
            m_asmCmd = cmd;
            m_asmTotal = total;
            m_asmSeq = 0;
            m_asmData = QByteArray(reinterpret_cast<const char *>(f + 7),
                                   std::min(total, kInitDataLen));
        } else {
            if (!m_assembling || cid != m_asmCid)
                return; // a stray continuation packet is ignored, as the spec says
            if (f[4] != m_asmSeq) {
                m_assembling = false;
                queueError(cid, kHidErrInvalidSeq);
                return;
            }
            ++m_asmSeq;
            const int n = std::min(int(m_asmTotal - m_asmData.size()), kContDataLen);
            m_asmData.append(reinterpret_cast<const char *>(f + 5), n);
        }
        if (m_asmData.size() == m_asmTotal) {
            m_assembling = false;
            dispatch(m_asmCid, m_asmCmd, m_asmData);
        }
    }

    void onInit(uint32_t cid, const unsigned char *f, int total)
    {
        if (total != 8) {
            queueError(cid, kHidErrInvalidLen);
            return;
        }
        if (cid == 0) {
            queueError(cid, kHidErrInvalidChannel);
            return;
        }
        if (m_assembling && m_asmCid == cid)
            m_assembling = false; // INIT on a channel resynchronises it
        uint32_t newCid = cid;
        if (cid == kBroadcastCid)
            newCid = m_nextCid++;
        QByteArray reply(reinterpret_cast<const char *>(f + 7), 8); // the nonce
        reply.append(reinterpret_cast<const char *>(&newCid), 4);
        reply += char(2); // CTAPHID protocol version
        reply += char(1); // device version 1.0.0
        reply += char(0);
        reply += char(0);
        reply += char(FIDO_CAP_WINK | FIDO_CAP_CBOR | FIDO_CAP_NMSG); // no U2F (CTAPHID_MSG)
        queueMessage(cid, kHidInit, reply);
    }

    void dispatch(uint32_t cid, uint8_t cmd, const QByteArray &payload)
    {
        switch (cmd) {
        case kHidPing:
            queueMessage(cid, kHidPing, payload);
            break;
        case kHidWink:
            queueMessage(cid, kHidWink, {});
            break;
        case kHidCbor:
            if (payload.isEmpty()) {
                queueError(cid, kHidErrInvalidLen);
                break;
            }
            m_busy = true;
            m_busyCid = cid;
            m_cancel = false;
            m_request = payload;
            m_hasRequest = true;
            break;
        case kHidMsg:
        default:
            queueError(cid, kHidErrInvalidCmd);
            break;
        }
    }

    void queueMessage(uint32_t cid, uint8_t cmd, const QByteArray &payload)
    {
        QByteArray report(kReportLen, '\0');
        std::memcpy(report.data(), &cid, 4);
        report[4] = char(0x80 | cmd);
        report[5] = char((payload.size() >> 8) & 0xff);
        report[6] = char(payload.size() & 0xff);
        qsizetype sent = std::min(payload.size(), qsizetype(kInitDataLen));
        std::memcpy(report.data() + 7, payload.constData(), size_t(sent));
        m_out.push_back(report);
        for (uint8_t seq = 0; sent < payload.size(); ++seq) {
            report.fill('\0');
            std::memcpy(report.data(), &cid, 4);
            report[4] = char(seq);
            const qsizetype n = std::min(payload.size() - sent, qsizetype(kContDataLen));
            std::memcpy(report.data() + 5, payload.constData() + sent, size_t(n));
            sent += n;
            m_out.push_back(report);
        }
    }

    void queueError(uint32_t cid, uint8_t code)
    {
        queueMessage(cid, kHidError, QByteArray(1, char(code)));
    }

    void workerLoop()
    {
        std::unique_lock lock(m_mutex);
        for (;;) {
            m_cv.wait(lock, [this] { return m_stop || m_hasRequest; });
            if (m_stop)
                return;
            const QByteArray request = m_request;
            const uint32_t cid = m_busyCid;
            m_hasRequest = false;
            lock.unlock();
            const QByteArray response = m_auth->process(request, [this](int ms) {
                return waitForTouch(ms);
            });
            lock.lock();
            queueMessage(cid, kHidCbor, response);
            m_busy = false;
            m_cv.notify_all();
        }
    }

    // Runs on the worker: a keepalive now and every 100 ms, like real keys, until the delay is
    // over or a CTAPHID_CANCEL (or close) arrives.
    bool waitForTouch(int delayMs)
    {
        using Clock = std::chrono::steady_clock;
        const auto deadline = Clock::now() + std::chrono::milliseconds(delayMs);
        std::unique_lock lock(m_mutex);
        for (;;) {
            if (m_cancel || m_stop)
                return false;
            if (Clock::now() >= deadline)
                return true;
            queueMessage(m_busyCid, kHidKeepalive, QByteArray(1, char(2))); // 2: UP needed
            m_cv.notify_all();
            const auto next = std::min(Clock::now() + std::chrono::milliseconds(100), deadline);
            m_cv.wait_until(lock, next, [this] { return m_cancel || m_stop; });
        }
    }

    const std::shared_ptr<SoftFido2Authenticator> m_auth;
    std::mutex m_mutex;
    std::condition_variable m_cv;
    std::deque<QByteArray> m_out;
    uint32_t m_nextCid = 1;
    bool m_assembling = false;
    uint32_t m_asmCid = 0;
    uint8_t m_asmCmd = 0;
    int m_asmTotal = 0;
    uint8_t m_asmSeq = 0;
    QByteArray m_asmData;
    bool m_busy = false; // a CBOR request is queued or running
    bool m_hasRequest = false;
    uint32_t m_busyCid = 0;
    QByteArray m_request;
    bool m_cancel = false;
    bool m_stop = false;
    std::thread m_worker; // last: starts once everything above is initialised
};

void *hidOpen(const char *path)
{
    const auto auth = lookup(path);
    return auth ? new HidChannel(auth) : nullptr;
}

void hidClose(void *handle)
{
    delete static_cast<HidChannel *>(handle);
}

int hidRead(void *handle, unsigned char *buf, size_t len, int ms)
{
    return handle ? static_cast<HidChannel *>(handle)->read(buf, len, ms) : -1;
}

int hidWrite(void *handle, const unsigned char *buf, size_t len)
{
    return handle ? static_cast<HidChannel *>(handle)->write(buf, len) : -1;
}

// --- Whole messages over fido_dev_set_transport_functions ------------------------------------

// One open transport handle. tx() stores the request; rx() runs it on the caller's thread. A
// CTAP_CMD_CANCEL through tx() (from any thread) ends a touch wait.
class TransportChannel
{
public:
    explicit TransportChannel(std::shared_ptr<SoftFido2Authenticator> auth)
        : m_auth(std::move(auth))
    {}

    int tx(uint8_t cmd, const unsigned char *buf, size_t count)
    {
        std::lock_guard lock(m_mutex);
        switch (cmd) {
        case kHidInit:
            if (!buf || count != 8)
                return -1;
            m_nonce = QByteArray(reinterpret_cast<const char *>(buf), 8);
            return 0;
        case kHidCbor:
            if (count > 0 && !buf)
                return -1;
            m_request = QByteArray(reinterpret_cast<const char *>(buf), qsizetype(count));
            m_hasRequest = true;
            m_cancel = false;
            return 0;
        case kHidCancel:
            m_cancel = true;
            m_cv.notify_all();
            return 0;
        default:
            return -1;
        }
    }

    int rx(uint8_t cmd, unsigned char *buf, size_t count, int ms)
    {
        QByteArray reply;
        if (cmd == kHidInit) {
            std::lock_guard lock(m_mutex);
            if (m_nonce.isEmpty())
                return -1;
            const uint32_t cid = 1;
            reply = m_nonce;
            reply.append(reinterpret_cast<const char *>(&cid), 4);
            reply += char(2);
            reply += char(1);
            reply += char(0);
            reply += char(0);
            reply += char(FIDO_CAP_CBOR | FIDO_CAP_NMSG);
            m_nonce.clear();
        } else if (cmd == kHidCbor) {
            QByteArray request;
            {
                std::lock_guard lock(m_mutex);
                if (!m_hasRequest)
                    return -1;
                request = m_request;
                m_hasRequest = false;
            }
            bool timedOut = false;
            reply = m_auth->process(request, [&](int delayMs) {
                return waitForTouch(delayMs, ms, timedOut);
            });
            if (timedOut)
                return -1; // as a reader that hit libfido2's timeout
        } else {
            return -1;
        }
        if (!buf || size_t(reply.size()) > count)
            return -1;
        std::memcpy(buf, reply.constData(), size_t(reply.size()));
        return int(reply.size());
    }

private:
    bool waitForTouch(int delayMs, int timeoutMs, bool &timedOut)
    {
        const bool limited = timeoutMs >= 0 && timeoutMs < delayMs;
        std::unique_lock lock(m_mutex);
        const bool cancelled = m_cv.wait_for(lock,
                                             std::chrono::milliseconds(limited ? timeoutMs
                                                                               : delayMs),
                                             [this] { return m_cancel; });
        if (cancelled)
            return false;
        timedOut = limited;
        return !limited;
    }

    const std::shared_ptr<SoftFido2Authenticator> m_auth;
    std::mutex m_mutex;
    std::condition_variable m_cv;
    QByteArray m_nonce;
    QByteArray m_request;
    bool m_hasRequest = false;
    bool m_cancel = false;
};

void *transportOpen(const char *path)
{
    const auto auth = lookup(path);
    return auth ? new TransportChannel(auth) : nullptr;
}

void transportClose(void *handle)
{
    delete static_cast<TransportChannel *>(handle);
}

// libfido2 sends everything through rx/tx once transport functions are set; these only have to
// exist because fido_dev_set_io_functions wants all four.
int transportIoRead(void *, unsigned char *, size_t, int)
{
    return -1;
}

int transportIoWrite(void *, const unsigned char *, size_t)
{
    return -1;
}

TransportChannel *transportOf(fido_dev_t *dev)
{
    return dev ? static_cast<TransportChannel *>(fido_dev_io_handle(dev)) : nullptr;
}

int transportRx(fido_dev_t *dev, uint8_t cmd, unsigned char *buf, size_t count, int ms)
{
    TransportChannel *channel = transportOf(dev);
    return channel ? channel->rx(cmd, buf, count, ms) : -1;
}

int transportTx(fido_dev_t *dev, uint8_t cmd, const unsigned char *buf, size_t count)
{
    TransportChannel *channel = transportOf(dev);
    return channel ? channel->tx(cmd, buf, count) : -1;
}

} // namespace

namespace OccTest {

SoftFido2::SoftFido2(const QString &statePath)
    : m_d(std::make_shared<SoftFido2Authenticator>(statePath))
{
    std::lock_guard lock(g_registryMutex);
    g_registry[m_d->m_path.toUtf8()] = m_d;
}

SoftFido2::~SoftFido2()
{
    std::lock_guard lock(g_registryMutex);
    g_registry.erase(m_d->m_path.toUtf8());
}

SoftFido2Options &SoftFido2::options()
{
    return m_d->m_options;
}

QString SoftFido2::path() const
{
    return m_d->m_path;
}

void SoftFido2::attachHid(fido_dev_t *dev)
{
    const fido_dev_io_t io = {hidOpen, hidClose, hidRead, hidWrite};
    if (fido_dev_set_io_functions(dev, &io) != FIDO_OK)
        qWarning("softfido2: fido_dev_set_io_functions failed (device already open?)");
}

void SoftFido2::attachTransport(fido_dev_t *dev)
{
    // fido_dev_open still calls io.open/close, so both sets are needed.
    const fido_dev_io_t io = {transportOpen, transportClose, transportIoRead, transportIoWrite};
    const fido_dev_transport_t transport = {transportRx, transportTx};
    if (fido_dev_set_io_functions(dev, &io) != FIDO_OK
        || fido_dev_set_transport_functions(dev, &transport) != FIDO_OK)
        qWarning("softfido2: cannot set transport functions (device already open?)");
}

int SoftFido2::credentialCount() const
{
    return m_d->credentialCount();
}

int SoftFido2::userPresenceCount() const
{
    return m_d->m_upCount;
}

int SoftFido2::assertionCount() const
{
    return m_d->m_assertionCount;
}

int SoftFido2::lastSignCount() const
{
    return m_d->m_lastSignCount;
}

QByteArray SoftFido2::aaguid() const
{
    return m_d->m_aaguid;
}

QByteArray SoftFido2::handleCbor(const QByteArray &request)
{
    return m_d->process(request, [](int delayMs) {
        std::this_thread::sleep_for(std::chrono::milliseconds(delayMs));
        return true;
    });
}

QList<QByteArray> SoftFido2::exchangeHidReports(const QList<QByteArray> &reports)
{
    HidChannel channel(m_d);
    QList<QByteArray> out;
    unsigned char buf[kReportLen];
    for (const QByteArray &r : reports) {
        channel.write(reinterpret_cast<const unsigned char *>(r.constData()), size_t(r.size()));
        for (int n; (n = channel.read(buf, sizeof(buf), 10000)) > 0;)
            out.append(QByteArray(reinterpret_cast<const char *>(buf), n));
    }
    return out;
}

} // namespace OccTest
