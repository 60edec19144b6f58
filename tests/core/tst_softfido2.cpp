// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0
#include "support/softfido2.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <fido.h>
#include <fido/es256.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>

#include <thread>

using OccTest::SoftFido2;
using namespace Qt::StringLiterals;

namespace {

const char *const kRpId = "example.org";
const QByteArray kCreateClientData = R"({"type":"webauthn.create","challenge":"Y3JlYXRl"})";
const QByteArray kGetClientData = R"({"type":"webauthn.get","challenge":"Z2V0"})";

const unsigned char *bytesPtr(const QByteArray &b)
{
    return reinterpret_cast<const unsigned char *>(b.constData());
}

QByteArray toBytes(const unsigned char *p, size_t len)
{
    return p ? QByteArray(reinterpret_cast<const char *>(p), qsizetype(len)) : QByteArray();
}

// A libfido2 device wired to a SoftFido2 and opened with plain fido_dev_open.
struct Device
{
    fido_dev_t *dev = fido_dev_new();
    int openResult = FIDO_ERR_INTERNAL;

    Device(SoftFido2 &soft, bool hid)
    {
        if (hid)
            soft.attachHid(dev);
        else
            soft.attachTransport(dev);
        openResult = fido_dev_open(dev, soft.path().toUtf8().constData());
    }
    ~Device()
    {
        if (openResult == FIDO_OK)
            fido_dev_close(dev);
        fido_dev_free(&dev);
    }
    Device(const Device &) = delete;
    Device &operator=(const Device &) = delete;
};

struct Registration
{
    int result = FIDO_ERR_INTERNAL;
    int verify = FIDO_ERR_INTERNAL;
    QByteArray id;
    QByteArray pubkey; // x ‖ y
    QByteArray fmt;
    uint8_t flags = 0;
};

struct RegisterArgs
{
    const char *pin = nullptr;
    bool rk = true;
    fido_opt_t uv = FIDO_OPT_TRUE;
    QByteArray userId = "user-1";
    QList<QByteArray> exclude = {};
    int type = COSE_ES256;
};

Registration registerCredential(fido_dev_t *dev, const RegisterArgs &args = {})
{
    Registration out;
    fido_cred_t *cred = fido_cred_new();
    if (fido_cred_set_type(cred, args.type) != FIDO_OK
        || fido_cred_set_clientdata(cred,
                                    bytesPtr(kCreateClientData),
                                    size_t(kCreateClientData.size()))
               != FIDO_OK
        || fido_cred_set_rp(cred, kRpId, "Example") != FIDO_OK
        || fido_cred_set_user(cred,
                              bytesPtr(args.userId),
                              size_t(args.userId.size()),
                              "alice",
                              "Alice Example",
                              nullptr)
               != FIDO_OK
        || fido_cred_set_rk(cred, args.rk ? FIDO_OPT_TRUE : FIDO_OPT_OMIT) != FIDO_OK
        || fido_cred_set_uv(cred, args.uv) != FIDO_OK) {
        fido_cred_free(&cred);
        return out;
    }
    for (const QByteArray &id : args.exclude)
        fido_cred_exclude(cred, bytesPtr(id), size_t(id.size()));
    out.result = fido_dev_make_cred(dev, cred, args.pin);
    if (out.result == FIDO_OK) {
        out.verify = fido_cred_verify_self(cred);
        out.id = toBytes(fido_cred_id_ptr(cred), fido_cred_id_len(cred));
        out.pubkey = toBytes(fido_cred_pubkey_ptr(cred), fido_cred_pubkey_len(cred));
        out.fmt = QByteArray(fido_cred_fmt(cred));
        out.flags = fido_cred_flags(cred);
    }
    fido_cred_free(&cred);
    return out;
}

// fido_assert_authdata_ptr gives the authenticator data as libfido2 received it: wrapped in a
// CBOR byte string. Undo that by hand.
QByteArray unwrapCborByteString(const QByteArray &cbor)
{
    if (cbor.isEmpty() || (uint8_t(cbor.at(0)) >> 5) != 2)
        return {};
    const uint8_t info = uint8_t(cbor.at(0)) & 0x1f;
    quint64 len = info;
    qsizetype offset = 1;
    if (info >= 24 && info <= 27) {
        const qsizetype n = qsizetype(1) << (info - 24);
        if (cbor.size() < 1 + n)
            return {};
        len = 0;
        for (qsizetype i = 0; i < n; ++i)
            len = (len << 8) | uint8_t(cbor.at(1 + i));
        offset = 1 + n;
    } else if (info > 27) {
        return {};
    }
    if (quint64(cbor.size() - offset) != len)
        return {};
    return cbor.mid(offset);
}

// ECDSA verification with OpenSSL alone: key 0x04 ‖ x ‖ y, message authData ‖ SHA-256(clientData).
bool opensslVerify(const QByteArray &xy,
                   const QByteArray &authData,
                   const QByteArray &clientData,
                   const QByteArray &sig)
{
    QByteArray point = QByteArray(1, '\x04') + xy;
    OSSL_PARAM params[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_PKEY_PARAM_GROUP_NAME,
                                         const_cast<char *>("prime256v1"),
                                         0),
        OSSL_PARAM_construct_octet_string(OSSL_PKEY_PARAM_PUB_KEY,
                                          point.data(),
                                          size_t(point.size())),
        OSSL_PARAM_construct_end(),
    };
    EVP_PKEY_CTX *pctx = EVP_PKEY_CTX_new_from_name(nullptr, "EC", nullptr);
    EVP_PKEY *key = nullptr;
    if (!pctx || EVP_PKEY_fromdata_init(pctx) != 1
        || EVP_PKEY_fromdata(pctx, &key, EVP_PKEY_PUBLIC_KEY, params) != 1)
        key = nullptr;
    EVP_PKEY_CTX_free(pctx);
    if (!key)
        return false;
    const QByteArray message = authData
                               + QCryptographicHash::hash(clientData, QCryptographicHash::Sha256);
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    const bool ok = ctx && EVP_DigestVerifyInit(ctx, nullptr, EVP_sha256(), nullptr, key) == 1
                    && EVP_DigestVerify(ctx,
                                        bytesPtr(sig),
                                        size_t(sig.size()),
                                        bytesPtr(message),
                                        size_t(message.size()))
                           == 1;
    EVP_MD_CTX_free(ctx);
    EVP_PKEY_free(key);
    return ok;
}

struct Statement
{
    QByteArray credentialId;
    QByteArray userId;
    QByteArray authData; // unwrapped
    QByteArray sig;
    uint8_t flags = 0;
    uint32_t signCount = 0;
};

struct AssertionResult
{
    int result = FIDO_ERR_INTERNAL;
    int verify = FIDO_ERR_INTERNAL; // fido_assert_verify of statement 0 with the given key
    bool opensslOk = false;
    QList<Statement> statements;
};

struct AssertArgs
{
    QByteArray credentialId; // empty: discoverable credentials
    QByteArray pubkey;       // for verification
    const char *pin = nullptr;
    fido_opt_t uv = FIDO_OPT_TRUE;
    fido_opt_t up = FIDO_OPT_OMIT;
};

AssertionResult getAssertion(fido_dev_t *dev, const AssertArgs &args)
{
    AssertionResult out;
    fido_assert_t *a = fido_assert_new();
    if (fido_assert_set_clientdata(a, bytesPtr(kGetClientData), size_t(kGetClientData.size()))
            != FIDO_OK
        || fido_assert_set_rp(a, kRpId) != FIDO_OK || fido_assert_set_uv(a, args.uv) != FIDO_OK
        || fido_assert_set_up(a, args.up) != FIDO_OK
        || (!args.credentialId.isEmpty()
            && fido_assert_allow_cred(a,
                                      bytesPtr(args.credentialId),
                                      size_t(args.credentialId.size()))
                   != FIDO_OK)) {
        fido_assert_free(&a);
        return out;
    }
    out.result = fido_dev_get_assert(dev, a, args.pin);
    if (out.result == FIDO_OK) {
        for (size_t i = 0; i < fido_assert_count(a); ++i) {
            Statement s;
            s.credentialId = toBytes(fido_assert_id_ptr(a, i), fido_assert_id_len(a, i));
            s.userId = toBytes(fido_assert_user_id_ptr(a, i), fido_assert_user_id_len(a, i));
            s.authData = unwrapCborByteString(
                toBytes(fido_assert_authdata_ptr(a, i), fido_assert_authdata_len(a, i)));
            s.sig = toBytes(fido_assert_sig_ptr(a, i), fido_assert_sig_len(a, i));
            s.flags = fido_assert_flags(a, i);
            s.signCount = fido_assert_sigcount(a, i);
            out.statements.append(s);
        }
        if (!args.pubkey.isEmpty() && !out.statements.isEmpty()) {
            es256_pk_t *pk = es256_pk_new();
            if (es256_pk_from_ptr(pk, args.pubkey.constData(), size_t(args.pubkey.size()))
                == FIDO_OK)
                out.verify = fido_assert_verify(a, 0, COSE_ES256, pk);
            es256_pk_free(&pk);
            const Statement &s = out.statements.first();
            out.opensslOk = opensslVerify(args.pubkey, s.authData, kGetClientData, s.sig);
        }
    }
    fido_assert_free(&a);
    return out;
}

void addTransportRows()
{
    QTest::addColumn<bool>("hid");
    QTest::newRow("hid") << true;
    QTest::newRow("transport") << false;
}

int retryCount(fido_dev_t *dev)
{
    int retries = -1;
    return fido_dev_get_retry_count(dev, &retries) == FIDO_OK ? retries : -1;
}

// --- raw CBOR and HID helpers for the robustness tests --------------------------------------

QByteArray cborText(const QByteArray &s)
{
    return QByteArray(1, char(0x60 | s.size())) + s; // short strings only
}

QByteArray validMakeCredential()
{
    QByteArray r(1, '\x01');
    r += char(0xa4);
    r += char(0x01) + QByteArray(1, char(0x58)) + QByteArray(1, char(32)) + QByteArray(32, 'c');
    r += char(0x02) + QByteArray(1, char(0xa1)) + cborText("id") + cborText("example.org");
    r += char(0x03) + QByteArray(1, char(0xa1)) + cborText("id") + QByteArray("\x41\x01", 2);
    r += char(0x04) + QByteArray("\x81\xa2", 2) + cborText("alg") + QByteArray(1, char(0x26))
         + cborText("type") + cborText("public-key");
    return r;
}

const QByteArray kBroadcast("\xff\xff\xff\xff", 4);
const QByteArray kFirstCid("\x01\x00\x00\x00", 4); // what a fresh channel allocates first

QByteArray initReport(const QByteArray &cid, uint8_t cmd, const QByteArray &data, int total = -1)
{
    if (total < 0)
        total = int(data.size());
    QByteArray r = cid + char(0x80 | cmd) + char((total >> 8) & 0xff) + char(total & 0xff)
                   + data.left(57);
    r.resize(64, '\0');
    return QByteArray(1, '\0') + r; // libfido2 style: report id first
}

QByteArray contReport(const QByteArray &cid, uint8_t seq, const QByteArray &data)
{
    QByteArray r = cid + char(seq) + data.left(59);
    r.resize(64, '\0');
    return r; // without a report id, as a plain 64-byte write
}

uint8_t hidErrorOf(const QByteArray &reply)
{
    return reply.size() == 64 && uint8_t(reply.at(4)) == 0xbf ? uint8_t(reply.at(7)) : 0xff;
}

} // namespace

class TestSoftFido2 : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { fido_init(0); }

    void openAndGetInfo_data() { addTransportRows(); }
    void openAndGetInfo()
    {
        QFETCH(bool, hid);
        SoftFido2 soft;
        {
            Device d(soft, hid);
            QCOMPARE(d.openResult, FIDO_OK);
            QVERIFY(fido_dev_is_fido2(d.dev));
            QVERIFY(fido_dev_has_uv(d.dev));
            QVERIFY(!fido_dev_supports_pin(d.dev));
            QVERIFY(!fido_dev_supports_permissions(d.dev));

            fido_cbor_info_t *info = fido_cbor_info_new();
            QCOMPARE(fido_dev_get_cbor_info(d.dev, info), FIDO_OK);
            QStringList versions;
            for (size_t i = 0; i < fido_cbor_info_versions_len(info); ++i)
                versions << QString::fromUtf8(fido_cbor_info_versions_ptr(info)[i]);
            QCOMPARE(versions, QStringList({u"FIDO_2_0"_s, u"FIDO_2_1"_s}));
            QCOMPARE(fido_cbor_info_aaguid_len(info), size_t(16));
            QCOMPARE(toBytes(fido_cbor_info_aaguid_ptr(info), 16), soft.aaguid());
            QMap<QString, bool> options;
            for (size_t i = 0; i < fido_cbor_info_options_len(info); ++i)
                options.insert(QString::fromUtf8(fido_cbor_info_options_name_ptr(info)[i]),
                               fido_cbor_info_options_value_ptr(info)[i]);
            const QMap<QString, bool> expected{{u"rk"_s, true}, {u"up"_s, true}, {u"uv"_s, true}};
            QCOMPARE(options, expected);
            QCOMPARE(fido_cbor_info_maxmsgsiz(info), uint64_t(1200));
            QCOMPARE(fido_cbor_info_protocols_len(info), size_t(1));
            QCOMPARE(fido_cbor_info_protocols_ptr(info)[0], uint8_t(1));
            QCOMPARE(fido_cbor_info_extensions_len(info), size_t(0));
            fido_cbor_info_free(&info);
        }
        // A PIN-only key.
        soft.options().builtInUv = false;
        soft.options().pin = "1234";
        soft.options().residentKeys = false;
        Device d(soft, hid);
        QCOMPARE(d.openResult, FIDO_OK);
        QVERIFY(fido_dev_has_pin(d.dev));
        QVERIFY(!fido_dev_supports_uv(d.dev));
        QCOMPARE(retryCount(d.dev), 8);
    }

    void registerAndAssert_data() { addTransportRows(); }
    void registerAndAssert()
    {
        QFETCH(bool, hid);
        SoftFido2 soft;
        Device d(soft, hid);
        QCOMPARE(d.openResult, FIDO_OK);

        const Registration reg = registerCredential(d.dev);
        QCOMPARE(reg.result, FIDO_OK);
        QCOMPARE(reg.verify, FIDO_OK);
        QCOMPARE(reg.fmt, QByteArray("packed"));
        QCOMPARE(reg.pubkey.size(), 64);
        QCOMPARE(reg.id.size(), 32);
        QCOMPARE(reg.flags, uint8_t(0x01 | 0x04 | 0x40));
        QCOMPARE(soft.credentialCount(), 1);
        QCOMPARE(soft.userPresenceCount(), 1);

        for (uint32_t expectedCount = 1; expectedCount <= 2; ++expectedCount) {
            const AssertionResult a = getAssertion(d.dev, {reg.id, reg.pubkey});
            QCOMPARE(a.result, FIDO_OK);
            QCOMPARE(a.statements.size(), 1);
            QCOMPARE(a.verify, FIDO_OK);
            QVERIFY(a.opensslOk);
            const Statement &s = a.statements.first();
            QCOMPARE(s.flags, uint8_t(0x01 | 0x04)); // UP | UV
            QCOMPARE(s.signCount, expectedCount);
            QCOMPARE(s.credentialId, reg.id);
            QVERIFY(s.userId.isEmpty()); // only discoverable lookups name the user
            QCOMPARE(s.authData.size(), 37);
            QCOMPARE(s.authData.left(32),
                     QCryptographicHash::hash(kRpId, QCryptographicHash::Sha256));
        }
        QCOMPARE(soft.assertionCount(), 2);
        QCOMPARE(soft.lastSignCount(), 2);
        QCOMPARE(soft.userPresenceCount(), 3);

        // Silent (up=false) assertions are signed without a touch and without UP.
        const AssertionResult silent
            = getAssertion(d.dev, {reg.id, reg.pubkey, nullptr, FIDO_OPT_OMIT, FIDO_OPT_FALSE});
        QCOMPARE(silent.result, FIDO_OK);
        QCOMPARE(silent.statements.first().flags, uint8_t(0));
        QCOMPARE(silent.verify, FIDO_OK);
        QCOMPARE(soft.userPresenceCount(), 3);

        const QByteArray wrongId(32, 'x');
        QCOMPARE(getAssertion(d.dev, {wrongId, {}}).result, FIDO_ERR_NO_CREDENTIALS);
    }

    void flagOverrides_data()
    {
        QTest::addColumn<bool>("hid");
        QTest::addColumn<bool>("omitUp");
        QTest::addColumn<bool>("omitUv");
        QTest::addColumn<uint8_t>("flags");
        QTest::addColumn<int>("verify");
        for (bool hid : {true, false}) {
            const char *t = hid ? "hid" : "transport";
            // fido_assert_verify checks UV because the request asked for it; UP was not asked.
            QTest::addRow("%s omitUp", t) << hid << true << false << uint8_t(0x04) << FIDO_OK;
            QTest::addRow("%s omitUv", t)
                << hid << false << true << uint8_t(0x01) << FIDO_ERR_INVALID_PARAM;
        }
    }
    void flagOverrides()
    {
        QFETCH(bool, hid);
        QFETCH(bool, omitUp);
        QFETCH(bool, omitUv);
        QFETCH(uint8_t, flags);
        QFETCH(int, verify);
        SoftFido2 soft;
        Device d(soft, hid);
        const Registration reg = registerCredential(d.dev);
        QCOMPARE(reg.result, FIDO_OK);
        soft.options().omitUp = omitUp;
        soft.options().omitUv = omitUv;
        const AssertionResult a = getAssertion(d.dev, {reg.id, reg.pubkey});
        QCOMPARE(a.result, FIDO_OK);
        QCOMPARE(a.statements.first().flags, flags);
        QCOMPARE(a.verify, verify);
        QVERIFY(a.opensslOk); // the signature itself is fine
        const Registration again = registerCredential(d.dev, {.userId = "user-2"});
        QCOMPARE(again.result, FIDO_OK);
        QCOMPARE(again.flags, uint8_t(flags | 0x40));
        // fido_cred_verify_self always demands UP, and UV when it was asked for.
        QCOMPARE(again.verify, FIDO_ERR_INVALID_PARAM);
    }

    void userRefuses_data()
    {
        QTest::addColumn<bool>("hid");
        QTest::addColumn<bool>("deny");
        QTest::addColumn<int>("expected");
        for (bool hid : {true, false}) {
            const char *t = hid ? "hid" : "transport";
            QTest::addRow("%s deny", t) << hid << true << FIDO_ERR_OPERATION_DENIED;
            QTest::addRow("%s timeout", t) << hid << false << FIDO_ERR_USER_ACTION_TIMEOUT;
        }
    }
    void userRefuses()
    {
        QFETCH(bool, hid);
        QFETCH(bool, deny);
        QFETCH(int, expected);
        SoftFido2 soft;
        Device d(soft, hid);
        const Registration reg = registerCredential(d.dev);
        QCOMPARE(reg.result, FIDO_OK);
        (deny ? soft.options().denyTouch : soft.options().timeout) = true;
        QCOMPARE(getAssertion(d.dev, {reg.id, reg.pubkey}).result, expected);
        QCOMPARE(registerCredential(d.dev, {.userId = "user-2"}).result, expected);
        QCOMPARE(soft.userPresenceCount(), 1);
        QCOMPARE(soft.credentialCount(), 1);
    }

    void pin_data() { addTransportRows(); }
    void pin()
    {
        QFETCH(bool, hid);
        SoftFido2 soft;
        soft.options().builtInUv = false;
        soft.options().pin = "1234";
        Device d(soft, hid);
        QCOMPARE(d.openResult, FIDO_OK);

        QCOMPARE(registerCredential(d.dev).result, FIDO_ERR_PIN_REQUIRED);
        const Registration reg = registerCredential(d.dev, {.pin = "1234"});
        QCOMPARE(reg.result, FIDO_OK);
        QCOMPARE(reg.verify, FIDO_OK);
        QVERIFY(reg.flags & 0x04);

        QCOMPARE(getAssertion(d.dev, {reg.id, reg.pubkey}).result, FIDO_ERR_PIN_REQUIRED);
        AssertionResult a = getAssertion(d.dev, {reg.id, reg.pubkey, "1234"});
        QCOMPARE(a.result, FIDO_OK);
        QCOMPARE(a.verify, FIDO_OK);
        QVERIFY(a.opensslOk);
        QCOMPARE(a.statements.first().flags, uint8_t(0x05));

        QCOMPARE(getAssertion(d.dev, {reg.id, reg.pubkey, "0000"}).result, FIDO_ERR_PIN_INVALID);
        QCOMPARE(retryCount(d.dev), 7);
        QCOMPARE(getAssertion(d.dev, {reg.id, reg.pubkey, "1234"}).result, FIDO_OK);
        QCOMPARE(retryCount(d.dev), 8);

        soft.options().pinRetries = 2;
        QCOMPARE(getAssertion(d.dev, {reg.id, reg.pubkey, "0000"}).result, FIDO_ERR_PIN_INVALID);
        QCOMPARE(getAssertion(d.dev, {reg.id, reg.pubkey, "0000"}).result, FIDO_ERR_PIN_BLOCKED);
        QCOMPARE(retryCount(d.dev), 0);
        QCOMPARE(soft.options().pinRetries, 0);
        QCOMPARE(getAssertion(d.dev, {reg.id, reg.pubkey, "1234"}).result, FIDO_ERR_PIN_BLOCKED);

        // Neither built-in UV nor a PIN: uv=true cannot be honoured.
        SoftFido2 bare;
        bare.options().builtInUv = false;
        Device b(bare, hid);
        QCOMPARE(registerCredential(b.dev).result, FIDO_ERR_UNSUPPORTED_OPTION);
        const Registration plain = registerCredential(b.dev, {.uv = FIDO_OPT_OMIT});
        QCOMPARE(plain.result, FIDO_OK);
        QCOMPARE(plain.flags, uint8_t(0x41));
        QCOMPARE(registerCredential(b.dev, {.pin = "1234", .userId = "user-2"}).result,
                 FIDO_ERR_PIN_NOT_SET);
    }

    void touchProbe_data() { addTransportRows(); }
    void touchProbe()
    {
        // fido_dev_get_touch_begin sends makeCredential with an empty pinUvAuthParam.
        QFETCH(bool, hid);
        SoftFido2 soft;
        soft.options().pin = "1234";
        Device d(soft, hid);
        QCOMPARE(fido_dev_get_touch_begin(d.dev), FIDO_OK);
        int touched = 0;
        QCOMPARE(fido_dev_get_touch_status(d.dev, &touched, 5000), FIDO_OK);
        QCOMPARE(touched, 1);
        QCOMPARE(soft.userPresenceCount(), 1);
        QCOMPARE(soft.credentialCount(), 0);
    }

    void cancel_data() { addTransportRows(); }
    void cancel()
    {
        QFETCH(bool, hid);
        SoftFido2 soft;
        Device d(soft, hid);
        const Registration reg = registerCredential(d.dev);
        QCOMPARE(reg.result, FIDO_OK);

        // A short wait (keepalives on HID) just delays the answer.
        soft.options().touchDelayMs = 300;
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(getAssertion(d.dev, {reg.id, reg.pubkey}).result, FIDO_OK);
        QVERIFY(timer.elapsed() >= 290);

        soft.options().touchDelayMs = 5000;
        timer.restart();
        std::thread canceller([&] {
            std::this_thread::sleep_for(std::chrono::milliseconds(200));
            fido_dev_cancel(d.dev);
        });
        const int r = getAssertion(d.dev, {reg.id, reg.pubkey}).result;
        canceller.join();
        QCOMPARE(r, FIDO_ERR_KEEPALIVE_CANCEL);
        QVERIFY2(timer.elapsed() < 2500, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(soft.userPresenceCount(), 2);

        // The device stays usable.
        soft.options().touchDelayMs = 0;
        QCOMPARE(getAssertion(d.dev, {reg.id, reg.pubkey}).result, FIDO_OK);
    }

    void timeoutWhileWaiting_data() { addTransportRows(); }
    void timeoutWhileWaiting()
    {
        // fido_dev_set_timeout bounds the whole exchange; a slow touch then fails with FIDO_ERR_RX.
        QFETCH(bool, hid);
        SoftFido2 soft;
        Device d(soft, hid);
        const Registration reg = registerCredential(d.dev);
        QCOMPARE(reg.result, FIDO_OK);
        soft.options().touchDelayMs = 3000;
        QCOMPARE(fido_dev_set_timeout(d.dev, 400), FIDO_OK);
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(getAssertion(d.dev, {reg.id, reg.pubkey}).result, FIDO_ERR_RX);
        QVERIFY(timer.elapsed() < 2000);
    }

    void discoverable_data() { addTransportRows(); }
    void discoverable()
    {
        QFETCH(bool, hid);
        SoftFido2 soft;
        Device d(soft, hid);
        const Registration first = registerCredential(d.dev, {.userId = "user-1"});
        const Registration second = registerCredential(d.dev, {.userId = "user-2"});
        const Registration notResident = registerCredential(d.dev,
                                                            {.rk = false, .userId = "user-3"});
        QCOMPARE(first.result, FIDO_OK);
        QCOMPARE(second.result, FIDO_OK);
        QCOMPARE(notResident.result, FIDO_OK);
        // Registering the same account again replaces the resident credential.
        const Registration replaced = registerCredential(d.dev, {.userId = "user-1"});
        QCOMPARE(replaced.result, FIDO_OK);
        QCOMPARE(soft.credentialCount(), 3);

        const AssertionResult a = getAssertion(d.dev, {});
        QCOMPARE(a.result, FIDO_OK);
        QCOMPARE(a.statements.size(), 2);
        QMap<QByteArray, QByteArray> keys{{replaced.id, replaced.pubkey},
                                          {second.id, second.pubkey}};
        QMap<QByteArray, QByteArray> users{{replaced.id, "user-1"}, {second.id, "user-2"}};
        for (const Statement &s : a.statements) {
            QVERIFY(keys.contains(s.credentialId));
            QCOMPARE(s.userId, users.value(s.credentialId));
            QVERIFY(opensslVerify(keys.value(s.credentialId), s.authData, kGetClientData, s.sig));
            QCOMPARE(s.flags, uint8_t(0x05));
        }
        QCOMPARE(getAssertion(d.dev, {first.id, first.pubkey}).result, FIDO_ERR_NO_CREDENTIALS);
        QCOMPARE(getAssertion(d.dev, {notResident.id, notResident.pubkey}).verify, FIDO_OK);
    }

    void excludeAndAlgorithm_data() { addTransportRows(); }
    void excludeAndAlgorithm()
    {
        QFETCH(bool, hid);
        SoftFido2 soft;
        Device d(soft, hid);
        const Registration reg = registerCredential(d.dev);
        QCOMPARE(reg.result, FIDO_OK);
        QCOMPARE(registerCredential(d.dev, {.userId = "user-2", .exclude = {reg.id}}).result,
                 FIDO_ERR_CREDENTIAL_EXCLUDED);
        QCOMPARE(registerCredential(d.dev, {.userId = "user-2", .exclude = {QByteArray(16, 'n')}})
                     .result,
                 FIDO_OK);
        QCOMPARE(registerCredential(d.dev, {.userId = "user-3", .type = COSE_EDDSA}).result,
                 FIDO_ERR_UNSUPPORTED_ALGORITHM);
        soft.options().residentKeys = false;
        QCOMPARE(registerCredential(d.dev, {.userId = "user-4"}).result,
                 FIDO_ERR_UNSUPPORTED_OPTION);
    }

    void persistence_data() { addTransportRows(); }
    void persistence()
    {
        QFETCH(bool, hid);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString state = dir.filePath(u"softfido2.json"_s);
        Registration reg;
        {
            SoftFido2 first(state);
            Device d(first, hid);
            reg = registerCredential(d.dev);
            QCOMPARE(reg.result, FIDO_OK);
        }
        SoftFido2 second(state);
        QCOMPARE(second.credentialCount(), 1);
        SoftFido2 third(state); // alive at the same time as second
        {
            Device d(second, hid);
            const AssertionResult a = getAssertion(d.dev, {reg.id, reg.pubkey});
            QCOMPARE(a.result, FIDO_OK);
            QCOMPARE(a.verify, FIDO_OK);
            QCOMPARE(a.statements.first().signCount, uint32_t(1));
        }
        {
            // The other instance sees the counter its sibling saved.
            Device d(third, !hid);
            const AssertionResult a = getAssertion(d.dev, {});
            QCOMPARE(a.result, FIDO_OK);
            QCOMPARE(a.statements.size(), 1);
            QCOMPARE(a.statements.first().signCount, uint32_t(2));
            QCOMPARE(a.statements.first().credentialId, reg.id);
        }

        // PIN retries survive too (the PIN itself is configuration, not state).
        {
            SoftFido2 withPin(state);
            withPin.options().pin = "1234";
            withPin.options().builtInUv = false;
            Device d(withPin, hid);
            QCOMPARE(getAssertion(d.dev, {reg.id, reg.pubkey, "9999"}).result, FIDO_ERR_PIN_INVALID);
        }
        SoftFido2 reloaded(state);
        QCOMPARE(reloaded.options().pinRetries, 7);
    }

    void severalDevices()
    {
        SoftFido2 a;
        SoftFido2 b;
        QVERIFY(a.path() != b.path());
        Device da(a, true);
        Device db(b, false);
        Device da2(a, false); // a second handle on the same authenticator
        QCOMPARE(da.openResult, FIDO_OK);
        QCOMPARE(db.openResult, FIDO_OK);
        QCOMPARE(da2.openResult, FIDO_OK);
        const Registration reg = registerCredential(da.dev);
        QCOMPARE(reg.result, FIDO_OK);
        QCOMPARE(getAssertion(db.dev, {reg.id, reg.pubkey}).result, FIDO_ERR_NO_CREDENTIALS);
        QCOMPARE(getAssertion(da2.dev, {reg.id, reg.pubkey}).verify, FIDO_OK);

        // Both devices at once, from two threads.
        const Registration regB = registerCredential(db.dev);
        QCOMPARE(regB.result, FIDO_OK);
        a.options().touchDelayMs = 150;
        b.options().touchDelayMs = 150;
        int ra = -1;
        std::thread other([&] { ra = getAssertion(da.dev, {reg.id, reg.pubkey}).verify; });
        const int rb = getAssertion(db.dev, {regB.id, regB.pubkey}).verify;
        other.join();
        QCOMPARE(ra, FIDO_OK);
        QCOMPARE(rb, FIDO_OK);

        // An unknown path fails in io.open, as a missing hidraw node would.
        fido_dev_t *stale = fido_dev_new();
        a.attachHid(stale);
        QCOMPARE(fido_dev_open(stale, "soft://does-not-exist"), FIDO_ERR_INTERNAL);
        fido_dev_free(&stale);
    }

    void malformedCbor()
    {
        SoftFido2 soft;
        const QByteArray valid = validMakeCredential();
        const QByteArray ok = soft.handleCbor(valid);
        QVERIFY(ok.size() > 1);
        QCOMPARE(uint8_t(ok.at(0)), uint8_t(0));
        QCOMPARE(uint8_t(soft.handleCbor(QByteArray(1, '\x04')).at(0)), uint8_t(0));

        for (qsizetype n = 1; n < valid.size(); ++n) {
            const QByteArray r = soft.handleCbor(valid.left(n));
            QCOMPARE(r.size(), 1);
            QVERIFY2(r.at(0) != 0, qPrintable(QString::number(n)));
        }
        struct Case
        {
            QByteArray request;
            uint8_t status;
        };
        const QList<Case> cases{
            {{}, 0x03},
            {QByteArray(1, '\x55'), 0x01},
            {QByteArray(1, '\x02'), 0x14},
            {QByteArray("\x01\x80", 2), 0x11},                               // not a map
            {QByteArray("\x01\xbf\xff", 3), 0x12},                           // indefinite map
            {QByteArray("\x01\x9a\xff\xff\xff\xff", 6), 0x12},               // 4 G items declared
            {QByteArray("\x02\xa1\x01\x01\x00", 5), 0x12},                   // trailing bytes
            {QByteArray("\x02\xa1\x01\xc0\x00", 5), 0x12},                   // a tag
            {QByteArray("\x02\xa1\x01\x01", 4), 0x14},                       // no clientDataHash
            {QByteArray("\x06\xa1\x02\x05", 4), 0x14},                       // no protocol
            {QByteArray("\x06\xa2\x01\x01\x02\x05", 6), 0x35},               // no PIN set
            {QByteArray("\x06\xa2\x01\x02\x02\x02", 6), 0x02},               // protocol 2
            {QByteArray("\x06\xa2\x01\x01\x02\x09", 6), 0x3e},               // not implemented
            {QByteArray(1, '\x08'), 0x30},                                   // nothing to continue
            {QByteArray(1, '\x02') + QByteArray(5000, '\x81') + '\0', 0x12}, // deep nesting
            {QByteArray(8000, '\x01'), 0x03},
        };
        for (const Case &c : cases) {
            const QByteArray r = soft.handleCbor(c.request);
            QCOMPARE(r.size(), 1);
            QCOMPARE(uint8_t(r.at(0)), c.status);
        }

        // Random requests and mutations of a valid one: always a status, never a crash.
        QRandomGenerator rng(20260101);
        const uint8_t commands[] = {0x01, 0x02, 0x04, 0x06, 0x08};
        for (int i = 0; i < 3000; ++i) {
            QByteArray r(1 + int(rng.bounded(200)), '\0');
            for (char &ch : r)
                ch = char(rng.bounded(256));
            if (i % 2)
                r[0] = char(commands[rng.bounded(5)]);
            QVERIFY(!soft.handleCbor(r).isEmpty());
        }
        for (int i = 0; i < 3000; ++i) {
            QByteArray r = valid;
            for (int k = 0; k < 1 + int(rng.bounded(3)); ++k)
                r[1 + rng.bounded(int(r.size() - 1))] = char(rng.bounded(256));
            QVERIFY(!soft.handleCbor(r).isEmpty());
        }
    }

    void hidFraming()
    {
        SoftFido2 soft;
        const QByteArray nonce("\x01\x02\x03\x04\x05\x06\x07\x08", 8);
        QList<QByteArray> replies = soft.exchangeHidReports({initReport(kBroadcast, 0x06, nonce)});
        QCOMPARE(replies.size(), 1);
        const QByteArray init = replies.first();
        QCOMPARE(init.left(4), kBroadcast);
        QCOMPARE(uint8_t(init.at(4)), uint8_t(0x86));
        QCOMPARE(init.mid(5, 2), QByteArray("\x00\x11", 2));
        QCOMPARE(init.mid(7, 8), nonce);
        QCOMPARE(init.mid(15, 4), kFirstCid);
        QCOMPARE(uint8_t(init.at(19)), uint8_t(2));
        QCOMPARE(uint8_t(init.at(23)), uint8_t(0x01 | 0x04 | 0x08));

        // PING across two packets comes back whole.
        QByteArray ping(100, '\0');
        for (int i = 0; i < ping.size(); ++i)
            ping[i] = char(i);
        replies = soft.exchangeHidReports({initReport(kBroadcast, 0x06, nonce),
                                           initReport(kFirstCid, 0x01, ping),
                                           contReport(kFirstCid, 0, ping.mid(57))});
        QCOMPARE(replies.size(), 3);
        QCOMPARE(replies.at(1).left(7), kFirstCid + QByteArray("\x81\x00\x64", 3));
        QCOMPARE(replies.at(1).mid(7) + replies.at(2).mid(5, 43), ping);

        // getInfo by hand.
        replies = soft.exchangeHidReports({initReport(kBroadcast, 0x06, nonce),
                                           initReport(kFirstCid, 0x10, QByteArray(1, '\x04'))});
        QCOMPARE(replies.size(), 1 + 2);
        QCOMPARE(uint8_t(replies.at(1).at(4)), uint8_t(0x90));
        QCOMPARE(uint8_t(replies.at(1).at(7)), uint8_t(0));

        struct Case
        {
            const char *name;
            QList<QByteArray> reports;
            uint8_t error;
        };
        const QList<Case> cases{
            {"cbor on broadcast", {initReport(kBroadcast, 0x10, QByteArray(1, '\x04'))}, 0x0b},
            {"unallocated channel",
             {initReport(QByteArray("\x12\x34\x56\x78", 4), 0x10, QByteArray(1, '\x04'))},
             0x0b},
            {"init with 7 bytes", {initReport(kBroadcast, 0x06, nonce.left(7))}, 0x03},
            {"bad sequence",
             {initReport(kBroadcast, 0x06, nonce),
              initReport(kFirstCid, 0x01, ping),
              contReport(kFirstCid, 5, ping.mid(57))},
             0x04},
            {"unknown command",
             {initReport(kBroadcast, 0x06, nonce), initReport(kFirstCid, 0x55, QByteArray(1, 'x'))},
             0x01},
            {"U2F message",
             {initReport(kBroadcast, 0x06, nonce), initReport(kFirstCid, 0x03, QByteArray(1, 'x'))},
             0x01},
            {"empty cbor",
             {initReport(kBroadcast, 0x06, nonce), initReport(kFirstCid, 0x10, {})},
             0x03},
            {"too long",
             {initReport(kBroadcast, 0x06, nonce),
              initReport(kFirstCid, 0x10, QByteArray(1, '\x04'), 0xffff)},
             0x03},
        };
        for (const Case &c : cases) {
            replies = soft.exchangeHidReports(c.reports);
            QVERIFY2(!replies.isEmpty(), c.name);
            QCOMPARE(hidErrorOf(replies.last()), c.error);
        }

        // Wrong report sizes are refused; a stray continuation is ignored; CANCEL has no reply.
        QVERIFY(soft.exchangeHidReports({QByteArray(10, '\0'), QByteArray(100, '\0')}).isEmpty());
        QVERIFY(soft.exchangeHidReports({contReport(kFirstCid, 0, ping)}).isEmpty());
        QVERIFY(soft.exchangeHidReports({initReport(kBroadcast, 0x11, {})}).isEmpty());

        // Garbage reports: no crash, no hang.
        QRandomGenerator rng(7);
        QList<QByteArray> garbage;
        garbage << initReport(kBroadcast, 0x06, nonce);
        for (int i = 0; i < 500; ++i) {
            QByteArray r(64, '\0');
            for (char &ch : r)
                ch = char(rng.bounded(256));
            if (i % 3 == 0)
                r.replace(0, 4, kFirstCid);
            garbage << r;
        }
        soft.exchangeHidReports(garbage);
    }
};

QTEST_GUILESS_MAIN(TestSoftFido2)
#include "tst_softfido2.moc"
