// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0
#include "testdata.h"

#include "core/crypto.h"
#include "core/encoding.h"

#include <QList>
#include <QRandomGenerator>
#include <QTemporaryFile>
#include <QTest>

#include <openssl/bn.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/x509.h>

#include <atomic>
#include <memory>
#include <utility>

using namespace Occ;
using namespace Qt::StringLiterals;

namespace {

// ---- OpenSSL helpers (the test builds keys and signatures independently of core) ----

template<auto FreeFn>
struct OsslDeleter
{
    template<typename T>
    void operator()(T *p) const
    {
        FreeFn(p);
    }
};
using PkeyPtr = std::unique_ptr<EVP_PKEY, OsslDeleter<&EVP_PKEY_free>>;
using PkeyCtxPtr = std::unique_ptr<EVP_PKEY_CTX, OsslDeleter<&EVP_PKEY_CTX_free>>;
using MdCtxPtr = std::unique_ptr<EVP_MD_CTX, OsslDeleter<&EVP_MD_CTX_free>>;
using EcdsaSigPtr = std::unique_ptr<ECDSA_SIG, OsslDeleter<&ECDSA_SIG_free>>;
using BnPtr = std::unique_ptr<BIGNUM, OsslDeleter<&BN_free>>;

const unsigned char *bytesOf(QByteArrayView v)
{
    return reinterpret_cast<const unsigned char *>(v.data());
}

/** A fresh key: type "EC" with a group name, or "ED25519" without. */
PkeyPtr generateKey(const char *type, const char *group = nullptr)
{
    PkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_name(nullptr, type, nullptr));
    if (!ctx || EVP_PKEY_keygen_init(ctx.get()) != 1)
        return {};
    if (group && EVP_PKEY_CTX_set_group_name(ctx.get(), group) != 1)
        return {};
    EVP_PKEY *key = nullptr;
    if (EVP_PKEY_generate(ctx.get(), &key) != 1)
        return {};
    return PkeyPtr(key);
}

QByteArray spkiOf(EVP_PKEY *key)
{
    const int len = i2d_PUBKEY(key, nullptr);
    if (len <= 0)
        return {};
    QByteArray out(len, Qt::Uninitialized);
    auto *p = reinterpret_cast<unsigned char *>(out.data());
    if (i2d_PUBKEY(key, &p) != len)
        return {};
    return out;
}

QByteArray signSha256(EVP_PKEY *key, QByteArrayView message)
{
    MdCtxPtr ctx(EVP_MD_CTX_new());
    if (!ctx
        || EVP_DigestSignInit_ex(ctx.get(), nullptr, "SHA256", nullptr, nullptr, key, nullptr) != 1)
        return {};
    size_t len = 0;
    if (EVP_DigestSign(ctx.get(), nullptr, &len, bytesOf(message), size_t(message.size())) != 1)
        return {};
    QByteArray out(qsizetype(len), Qt::Uninitialized);
    if (EVP_DigestSign(ctx.get(),
                       reinterpret_cast<unsigned char *>(out.data()),
                       &len,
                       bytesOf(message),
                       size_t(message.size()))
        != 1)
        return {};
    out.truncate(qsizetype(len));
    return out;
}

EcdsaSigPtr decodeDer(QByteArrayView der)
{
    const unsigned char *p = bytesOf(der);
    EcdsaSigPtr sig(d2i_ECDSA_SIG(nullptr, &p, long(der.size())));
    if (sig && p != bytesOf(der) + der.size())
        return {};
    return sig;
}

QByteArray encodeDer(const ECDSA_SIG *sig)
{
    const int len = i2d_ECDSA_SIG(sig, nullptr);
    if (len <= 0)
        return {};
    QByteArray out(len, Qt::Uninitialized);
    auto *p = reinterpret_cast<unsigned char *>(out.data());
    i2d_ECDSA_SIG(sig, &p);
    return out;
}

QByteArray flipBit(QByteArray bytes, qsizetype byte, int bit = 0)
{
    bytes[byte] = char(bytes.at(byte) ^ (1 << bit));
    return bytes;
}

QByteArray b64(QStringView text)
{
    const auto bytes = Encoding::fromBase64Strict(text);
    if (!bytes)
        qFatal("bad base64 in test data: %s", qPrintable(text.toString()));
    return *bytes;
}

QByteArray pseudoRandomBytes(qsizetype size, quint32 seed)
{
    QRandomGenerator rng(seed);
    QByteArray out(size, Qt::Uninitialized);
    for (char &c : out)
        c = char(rng.bounded(256));
    return out;
}

// ---- Vectors ----

const QByteArray kHelloOcc = "hello occ\n";
const QString kHelloOccDigestB64 = u"jYl9NHJP0VcRVh6OMEIU5VAGva6cu5kdrnPrlNr/RnU="_s;

const QByteArray kEmptySha256 = QByteArray::fromHex(
    "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
const QByteArray kAbcSha256 = QByteArray::fromHex(
    "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");

const QByteArray kRfc8032Seed1 = QByteArray::fromHex(
    "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60");

const QString kP256SpkiB64 = u"MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEYP7UuiVanTHJYet0xjVtaMBJuJI7Yfps"
                             u"5mliLmDyn7Z5A/4QCLi8maQa"
                             u"6elWKLxk8vGyDC1+n1F3o8KU1EYimQ=="_s;
const QString kP256KeyId = u"5a7a78cca4a0f420d9bc62bb669c3c2759e39f723d3ae10dcbe0f0815a07ecd4"_s;
const QString kAuthorizationPayload
    = u"{\"actorKeyId\":\"5a7a78cca4a0f420d9bc62bb669c3c2759e39f723d3ae10dcbe0f0815a07ecd4\","
      u"\"artifactHash\":\"jYl9NHJP0VcRVh6OMEIU5VAGva6cu5kdrnPrlNr/RnU=\","
      u"\"challenge\":\"ERERERERERERERERERERERERERERERERERERERERERE=\","
      u"\"protocolVersion\":\"occ/1\",\"purpose\":\"occ/commit-authorize/v1\","
      u"\"timestamp\":1774114252845}"_s;
const QString kAuthorizationSigB64
    = u"MEUCIQCr5OhgDk0/GunMFkIybf1rp6RktlrcuqTIxTwGO15gAgIgOvkk0oN1l/d8WRw0xyz+l8asp9aySGTee/"
      u"OZANVgA04="_s;
// The same signature with s replaced by n - s (computed independently with Python's cryptography).
const QString kAuthorizationHighSSigB64
    = u"MEYCIQCr5OhgDk0/"
      u"GunMFkIybf1rp6RktlrcuqTIxTwGO15gAgIhAMUG2yx8imgJg6bjyzjTAWf2OlLW9M85pnfGMcIn"
      u"AyID"_s;
const char kP256OrderHex[] = "FFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551";

} // namespace

class tst_Crypto : public QObject
{
    Q_OBJECT

private slots:
    void sha256KnownAnswers_data();
    void sha256KnownAnswers();
    void sha256Incremental();
    void sha256Reset();
    void artifactVector();
    void sha256FileEmpty();
    void sha256FileLarge();
    void sha256FileCancelled();
    void sha256FileCancelledMidway();
    void sha256FileMissing();
    void constantTimeEquals_data();
    void constantTimeEquals();
    void ed25519Rfc8032_data();
    void ed25519Rfc8032();
    void ed25519RejectsWrongLengths();
    void ed25519SeedLength_data();
    void ed25519SeedLength();
    void ed25519SpecWorkedExample();
    void p256KeyId();
    void p256AuthorizationVector();
    void p256RawSignatureRejected();
    void p256DerStrictness();
    void p256HighSAccepted();
    void p256BadKeys();
    void p256OtherKeyTypes();
    void p256FreshKey();
    void p256WebAuthnVector();
};

void tst_Crypto::sha256KnownAnswers_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QByteArray>("digest");

    // clang-format off
    // FIPS 180-2 / NIST CAVS examples.
    QTest::newRow("empty") << QByteArray("") << kEmptySha256;
    QTest::newRow("abc")   << QByteArray("abc") << kAbcSha256;
    QTest::newRow("448 bits")
        << QByteArray("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
        << QByteArray::fromHex("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    QTest::newRow("896 bits")
        << QByteArray("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmno"
                      "ijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu")
        << QByteArray::fromHex("cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1");
    QTest::newRow("million a")
        << QByteArray(1'000'000, 'a')
        << QByteArray::fromHex("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
    // clang-format on
}

void tst_Crypto::sha256KnownAnswers()
{
    QFETCH(QByteArray, message);
    QFETCH(QByteArray, digest);
    QCOMPARE(digest.size(), 32);
    QCOMPARE(Crypto::Sha256::hash(message), digest);

    Crypto::Sha256 hasher;
    hasher.update(message);
    QCOMPARE(hasher.final(), digest);

    // Uneven pieces, including empty ones, give the same digest.
    hasher.reset();
    qsizetype pos = 0;
    for (qsizetype piece = 0; pos < message.size(); piece = (piece * 7 + 3) % 97) {
        const qsizetype n = qMin(piece, message.size() - pos);
        hasher.update(QByteArrayView(message).sliced(pos, n));
        pos += n;
    }
    QCOMPARE(hasher.final(), digest);
}

void tst_Crypto::sha256Incremental()
{
    const QByteArray data = pseudoRandomBytes(10'007, 1);
    const QByteArray expected = Crypto::Sha256::hash(data);
    QVERIFY(expected != Crypto::Sha256::hash(data.first(data.size() - 1)));

    // Every split point of a short message.
    const QByteArray shortData = data.first(130);
    const QByteArray shortExpected = Crypto::Sha256::hash(shortData);
    for (qsizetype split = 0; split <= shortData.size(); ++split) {
        Crypto::Sha256 hasher;
        hasher.update(QByteArrayView(shortData).first(split));
        hasher.update(QByteArrayView(shortData).sliced(split));
        QCOMPARE(hasher.final(), shortExpected);
    }

    // Growing uneven pieces: 1, 2, 3, ... bytes.
    Crypto::Sha256 hasher;
    qsizetype pos = 0;
    for (qsizetype piece = 1; pos < data.size(); ++piece) {
        const qsizetype n = qMin(piece, data.size() - pos);
        hasher.update(QByteArrayView(data).sliced(pos, n));
        pos += n;
    }
    QCOMPARE(pos, data.size());
    QCOMPARE(hasher.final(), expected);
}

void tst_Crypto::sha256Reset()
{
    Crypto::Sha256 hasher;
    // A fresh object hashes the empty message.
    QCOMPARE(hasher.final(), kEmptySha256);

    hasher.reset();
    hasher.update("abc");
    QCOMPARE(hasher.final(), kAbcSha256);

    // reset() after final() starts over.
    hasher.reset();
    hasher.update("a");
    hasher.update("bc");
    QCOMPARE(hasher.final(), kAbcSha256);

    // reset() mid-stream discards what was fed so far.
    hasher.reset();
    hasher.update("discard me, please");
    hasher.reset();
    hasher.update("abc");
    QCOMPARE(hasher.final(), kAbcSha256);

    hasher.reset();
    QCOMPARE(hasher.final(), kEmptySha256);
}

void tst_Crypto::artifactVector()
{
    QCOMPARE(kHelloOcc.size(), 10);
    QCOMPARE(Encoding::toBase64(Crypto::Sha256::hash(kHelloOcc)), kHelloOccDigestB64);

    QTemporaryFile file;
    QVERIFY(file.open());
    QCOMPARE(file.write(kHelloOcc), 10);
    file.close();
    const auto digest = Crypto::sha256File(file.fileName());
    QVERIFY_RESULT(digest);
    QCOMPARE(Encoding::toBase64(*digest), kHelloOccDigestB64);
}

void tst_Crypto::sha256FileEmpty()
{
    QTemporaryFile file;
    QVERIFY(file.open());
    file.close();
    QList<std::pair<qint64, qint64>> calls;
    const auto digest = Crypto::sha256File(file.fileName(), nullptr, [&](qint64 done, qint64 total) {
        calls.append({done, total});
    });
    QVERIFY_RESULT(digest);
    QCOMPARE(*digest, kEmptySha256);
    for (const auto &[done, total] : std::as_const(calls)) {
        QCOMPARE(done, 0);
        QCOMPARE(total, 0);
    }
}

void tst_Crypto::sha256FileLarge()
{
    const qsizetype size = 3 * 1024 * 1024 + 7;
    const QByteArray content = pseudoRandomBytes(size, 0x0cc);
    QTemporaryFile file;
    QVERIFY(file.open());
    QCOMPARE(file.write(content), qint64(size));
    file.close();

    QList<std::pair<qint64, qint64>> calls;
    const auto digest = Crypto::sha256File(file.fileName(), nullptr, [&](qint64 done, qint64 total) {
        calls.append({done, total});
    });
    QVERIFY_RESULT(digest);
    QCOMPARE(*digest, Crypto::Sha256::hash(content));

    // Streamed: several progress reports, strictly increasing, ending at the file size.
    QVERIFY2(calls.size() >= 2, qPrintable(u"%1 progress calls"_s.arg(calls.size())));
    qint64 previous = 0;
    for (const auto &[done, total] : std::as_const(calls)) {
        QCOMPARE(total, qint64(size));
        QVERIFY(done > previous);
        QVERIFY(done <= total);
        previous = done;
    }
    QCOMPARE(calls.constLast().first, qint64(size));

    // Without a callback the digest is the same.
    const auto again = Crypto::sha256File(file.fileName());
    QVERIFY_RESULT(again);
    QCOMPARE(*again, *digest);
}

void tst_Crypto::sha256FileCancelled()
{
    QTemporaryFile file;
    QVERIFY(file.open());
    QVERIFY(file.write(kHelloOcc) > 0);
    file.close();

    const std::atomic_bool cancel{true};
    const auto digest = Crypto::sha256File(file.fileName(), &cancel);
    QVERIFY(!digest);
    QCOMPARE(digest.error().code, ErrorCode::Cancelled);
    QVERIFY(!digest.error().message.isEmpty());

    // A cancel flag that stays false changes nothing.
    const std::atomic_bool keepGoing{false};
    const auto ok = Crypto::sha256File(file.fileName(), &keepGoing);
    QVERIFY_RESULT(ok);
    QCOMPARE(Encoding::toBase64(*ok), kHelloOccDigestB64);
}

void tst_Crypto::sha256FileCancelledMidway()
{
    const qsizetype size = 3 * 1024 * 1024 + 7;
    QTemporaryFile file;
    QVERIFY(file.open());
    QCOMPARE(file.write(pseudoRandomBytes(size, 7)), qint64(size));
    file.close();

    // The user presses Cancel after the first progress report.
    std::atomic_bool cancel{false};
    qint64 lastDone = 0;
    int calls = 0;
    const auto digest = Crypto::sha256File(file.fileName(), &cancel, [&](qint64 done, qint64) {
        ++calls;
        lastDone = done;
        cancel = true;
    });
    QVERIFY(!digest);
    QCOMPARE(digest.error().code, ErrorCode::Cancelled);
    QCOMPARE(calls, 1);
    QVERIFY(lastDone < qint64(size));
}

void tst_Crypto::sha256FileMissing()
{
    QTemporaryFile probe;
    QVERIFY(probe.open());
    const QString missing = probe.fileName() + u".does-not-exist"_s;
    QVERIFY(!QFile::exists(missing));
    bool called = false;
    const auto digest = Crypto::sha256File(missing, nullptr, [&](qint64, qint64) { called = true; });
    QVERIFY(!digest);
    QCOMPARE(digest.error().code, ErrorCode::Io);
    QVERIFY(digest.error().message.contains(missing));
    QVERIFY(!called);
}

void tst_Crypto::constantTimeEquals_data()
{
    QTest::addColumn<QByteArray>("a");
    QTest::addColumn<QByteArray>("b");
    QTest::addColumn<bool>("equal");

    // clang-format off
    QTest::newRow("both empty")       << QByteArray()        << QByteArray()         << true;
    QTest::newRow("equal")            << QByteArray("abc")   << QByteArray("abc")    << true;
    QTest::newRow("equal digests")    << kAbcSha256          << QByteArray(kAbcSha256) << true;
    QTest::newRow("equal with nul")   << QByteArray("a\0b", 3) << QByteArray("a\0b", 3) << true;
    QTest::newRow("first differs")    << QByteArray("abc")   << QByteArray("xbc")    << false;
    QTest::newRow("last differs")     << QByteArray("abc")   << QByteArray("abd")    << false;
    QTest::newRow("one bit")          << kAbcSha256          << flipBit(kAbcSha256, 31, 7) << false;
    QTest::newRow("after nul")        << QByteArray("a\0b", 3) << QByteArray("a\0c", 3) << false;
    QTest::newRow("prefix shorter")   << QByteArray("ab")    << QByteArray("abc")    << false;
    QTest::newRow("prefix longer")    << QByteArray("abc")   << QByteArray("ab")     << false;
    QTest::newRow("empty vs one")     << QByteArray()        << QByteArray("\0", 1)  << false;
    // clang-format on
}

void tst_Crypto::constantTimeEquals()
{
    QFETCH(QByteArray, a);
    QFETCH(QByteArray, b);
    QFETCH(bool, equal);
    QCOMPARE(Crypto::constantTimeEquals(a, b), equal);
    QCOMPARE(Crypto::constantTimeEquals(b, a), equal);
}

void tst_Crypto::ed25519Rfc8032_data()
{
    QTest::addColumn<QByteArray>("seed");
    QTest::addColumn<QByteArray>("publicKey");
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QByteArray>("signature");

    // clang-format off
    // RFC 8032 section 7.1.
    QTest::newRow("TEST 1")
        << kRfc8032Seed1
        << QByteArray::fromHex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a")
        << QByteArray()
        << QByteArray::fromHex("e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e06522490155"
                               "5fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b");
    QTest::newRow("TEST 2")
        << QByteArray::fromHex("4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb")
        << QByteArray::fromHex("3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c")
        << QByteArray::fromHex("72")
        << QByteArray::fromHex("92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da"
                               "085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00");
    QTest::newRow("TEST 3")
        << QByteArray::fromHex("c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7")
        << QByteArray::fromHex("fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025")
        << QByteArray::fromHex("af82")
        << QByteArray::fromHex("6291d657deec24024827e69c3abe01a30ce548a284743a445e3680d7db5ac3ac"
                               "18ff9b538d16f290ae67f760984dc6594a7c15e9716ed28dc027beceea1ec40a");
    // clang-format on
}

void tst_Crypto::ed25519Rfc8032()
{
    QFETCH(QByteArray, seed);
    QFETCH(QByteArray, publicKey);
    QFETCH(QByteArray, message);
    QFETCH(QByteArray, signature);

    const auto kp = Crypto::ed25519KeyPairFromSeed(seed);
    QVERIFY_RESULT(kp);
    QCOMPARE(kp->publicKey, publicKey);
    QCOMPARE(kp->secretKey, QByteArray(seed + publicKey)); // libsodium layout

    QCOMPARE(Crypto::ed25519Sign(message, kp->secretKey), signature);
    QVERIFY(Crypto::ed25519Verify(signature, message, publicKey));

    // A flipped bit anywhere that matters breaks the signature.
    const QByteArray otherMessage = message.isEmpty() ? QByteArray("\0", 1)
                                                      : flipBit(message, message.size() - 1);
    QVERIFY(!Crypto::ed25519Verify(signature, otherMessage, publicKey));
    QVERIFY(!Crypto::ed25519Verify(signature, QByteArray(message + 'x'), publicKey));
    for (qsizetype i : {0, 17, 31, 32, 50, 63}) {
        for (int bit : {0, 7})
            QVERIFY2(!Crypto::ed25519Verify(flipBit(signature, i, bit), message, publicKey),
                     qPrintable(u"signature byte %1 bit %2"_s.arg(i).arg(bit)));
    }
    for (qsizetype i : {0, 15, 31}) {
        for (int bit : {0, 7})
            QVERIFY2(!Crypto::ed25519Verify(signature, message, flipBit(publicKey, i, bit)),
                     qPrintable(u"key byte %1 bit %2"_s.arg(i).arg(bit)));
    }
    // Another test's key does not verify this signature.
    const auto other = Crypto::ed25519KeyPairFromSeed(QByteArray(32, '\x42'));
    QVERIFY_RESULT(other);
    QVERIFY(!Crypto::ed25519Verify(signature, message, other->publicKey));
}

void tst_Crypto::ed25519RejectsWrongLengths()
{
    const auto kp = Crypto::ed25519KeyPairFromSeed(kRfc8032Seed1);
    QVERIFY_RESULT(kp);
    const QByteArray message = "length checks";
    const QByteArray sig = Crypto::ed25519Sign(message, kp->secretKey);
    QCOMPARE(sig.size(), 64);
    QVERIFY(Crypto::ed25519Verify(sig, message, kp->publicKey));

    QVERIFY(!Crypto::ed25519Verify(sig, message, kp->publicKey.first(31)));
    QVERIFY(!Crypto::ed25519Verify(sig, message, QByteArray(kp->publicKey + '\0')));
    QVERIFY(!Crypto::ed25519Verify(sig, message, QByteArray()));
    QVERIFY(!Crypto::ed25519Verify(sig.first(63), message, kp->publicKey));
    QVERIFY(!Crypto::ed25519Verify(QByteArray(sig + '\0'), message, kp->publicKey));
    QVERIFY(!Crypto::ed25519Verify(QByteArray(), message, kp->publicKey));
    // The secret key is not a public key.
    QVERIFY(!Crypto::ed25519Verify(sig, message, kp->secretKey));
}

void tst_Crypto::ed25519SeedLength_data()
{
    QTest::addColumn<int>("length");
    QTest::addColumn<bool>("accepted");
    // clang-format off
    QTest::newRow("0")  << 0  << false;
    QTest::newRow("31") << 31 << false;
    QTest::newRow("32") << 32 << true;
    QTest::newRow("33") << 33 << false;
    QTest::newRow("64") << 64 << false;
    // clang-format on
}

void tst_Crypto::ed25519SeedLength()
{
    QFETCH(int, length);
    QFETCH(bool, accepted);
    const auto kp = Crypto::ed25519KeyPairFromSeed(
        kRfc8032Seed1.leftJustified(length, '\x01', true));
    QCOMPARE(kp.ok(), accepted);
    if (accepted) {
        QCOMPARE(kp->publicKey.size(), 32);
        QCOMPARE(kp->secretKey.size(), 64);
    } else {
        QCOMPARE(kp.error().code, ErrorCode::InvalidArgument);
        QVERIFY(!kp.error().message.isEmpty());
    }
}

void tst_Crypto::ed25519SpecWorkedExample()
{
    const QString body
        = u"{\"artifact\":{\"digestB64\":\"jYl9NHJP0VcRVh6OMEIU5VAGva6cu5kdrnPrlNr/RnU=\","
          u"\"hashAlg\":\"sha256\"},\"commit\":{\"counter\":\"1\","
          u"\"nonceB64\":\"SGVsbG9PQ0NOb25jZTAxIQ==\"},\"enforcement\":\"stub\","
          u"\"measurement\":\"stub-measurement-v1\","
          u"\"publicKeyB64\":\"11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=\",\"version\":\"occ/1\"}"_s;
    const QString expectedSigB64
        = u"rwazHXBoY5UZ//o7T01E30EccVU2GzfvyZkPKl8mdENyYm99QicxkjB0YG1ppeX+lolmxl3BTwVf1qH2WozHDg=="_s;

    const auto kp = Crypto::ed25519KeyPairFromSeed(kRfc8032Seed1);
    QVERIFY_RESULT(kp);
    QCOMPARE(Encoding::toBase64(kp->publicKey), u"11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo="_s);

    const QByteArray bytes = body.toUtf8();
    const QByteArray signature = Crypto::ed25519Sign(bytes, kp->secretKey);
    QCOMPARE(Encoding::toBase64(signature), expectedSigB64);
    // Deterministic: signing again gives the same bytes.
    QCOMPARE(Crypto::ed25519Sign(bytes, kp->secretKey), signature);
    QVERIFY(Crypto::ed25519Verify(b64(expectedSigB64), bytes, kp->publicKey));

    QString tampered = body;
    tampered.replace(u"\"counter\":\"1\""_s, u"\"counter\":\"2\""_s);
    QVERIFY(tampered != body);
    QVERIFY(!Crypto::ed25519Verify(signature, tampered.toUtf8(), kp->publicKey));
    // Not canonical any more (a space after a colon): a different message.
    QString spaced = body;
    spaced.replace(u"\"version\":"_s, u"\"version\": "_s);
    QVERIFY(!Crypto::ed25519Verify(signature, spaced.toUtf8(), kp->publicKey));
}

void tst_Crypto::p256KeyId()
{
    const QByteArray spki = b64(kP256SpkiB64);
    QCOMPARE(spki.size(), 91);
    QCOMPARE(Encoding::toHex(Crypto::Sha256::hash(spki)), kP256KeyId);
    QVERIFY_RESULT(Crypto::checkP256Spki(spki));
}

void tst_Crypto::p256AuthorizationVector()
{
    const QByteArray spki = b64(kP256SpkiB64);
    const QByteArray message = kAuthorizationPayload.toUtf8();
    const QByteArray der = b64(kAuthorizationSigB64);

    const auto verified = Crypto::p256VerifyDer(spki, message, der);
    QVERIFY_RESULT(verified);
    QVERIFY(*verified);

    // A modified message is a well-formed "no".
    QString modified = kAuthorizationPayload;
    modified.replace(u"1774114252845"_s, u"1774114252846"_s);
    const auto wrongMessage = Crypto::p256VerifyDer(spki, modified.toUtf8(), der);
    QVERIFY_RESULT(wrongMessage);
    QVERIFY(!*wrongMessage);
    const auto truncated = Crypto::p256VerifyDer(spki, message.chopped(1), der);
    QVERIFY_RESULT(truncated);
    QVERIFY(!*truncated);

    // So is a flipped bit inside r (byte 10 is within r's 33 content bytes) or s (the last byte).
    for (qsizetype i : {qsizetype(10), der.size() - 1}) {
        const QByteArray bad = flipBit(der, i);
        QVERIFY(decodeDer(bad)); // still well-formed DER
        const auto r = Crypto::p256VerifyDer(spki, message, bad);
        QVERIFY_RESULT(r);
        QVERIFY2(!*r, qPrintable(u"byte %1"_s.arg(i)));
    }
}

void tst_Crypto::p256RawSignatureRejected()
{
    const QByteArray spki = b64(kP256SpkiB64);
    const QByteArray message = kAuthorizationPayload.toUtf8();
    const QByteArray der = b64(kAuthorizationSigB64);

    const EcdsaSigPtr sig = decodeDer(der);
    QVERIFY(sig);
    const BIGNUM *r = nullptr;
    const BIGNUM *s = nullptr;
    ECDSA_SIG_get0(sig.get(), &r, &s);
    QByteArray raw(64, Qt::Uninitialized);
    QCOMPARE(BN_bn2binpad(r, reinterpret_cast<unsigned char *>(raw.data()), 32), 32);
    QCOMPARE(BN_bn2binpad(s, reinterpret_cast<unsigned char *>(raw.data()) + 32, 32), 32);
    QCOMPARE(Encoding::toHex(raw.first(32)),
             u"abe4e8600e4d3f1ae9cc1642326dfd6ba7a464b65adcbaa4c8c53c063b5e6002"_s);
    QCOMPARE(Encoding::toHex(raw.sliced(32)),
             u"3af924d2837597f77c591c34c72cfe97c6aca7d6b24864de7bf39900d560034e"_s);

    // The WebCrypto (IEEE P1363) form of a valid signature is not accepted.
    const auto result = Crypto::p256VerifyDer(spki, message, raw);
    QVERIFY_RESULT(result);
    QVERIFY(!*result);
}

void tst_Crypto::p256DerStrictness()
{
    const QByteArray spki = b64(kP256SpkiB64);
    const QByteArray message = kAuthorizationPayload.toUtf8();
    const QByteArray der = b64(kAuthorizationSigB64);

    // clang-format off
    const QList<std::pair<const char *, QByteArray>> malformed = {
        {"empty",            QByteArray()},
        {"trailing byte",    QByteArray(der + '\0')},
        {"truncated",        der.chopped(1)},
        {"wrong length",     QByteArray(der).replace(1, 1, "\x46")},
        {"not a sequence",   QByteArray(der).replace(0, 1, "\x31")},
        {"zero r and s",          QByteArray("\x30\x06\x02\x01\x00\x02\x01\x00", 8)},
    };
    // clang-format on
    for (const auto &[name, sig] : malformed) {
        const auto r = Crypto::p256VerifyDer(spki, message, sig);
        QVERIFY2(!(r.ok() && *r), name);
    }
}

void tst_Crypto::p256HighSAccepted()
{
    const QByteArray spki = b64(kP256SpkiB64);
    const QByteArray message = kAuthorizationPayload.toUtf8();
    const QByteArray der = b64(kAuthorizationSigB64);

    const EcdsaSigPtr sig = decodeDer(der);
    QVERIFY(sig);
    const BIGNUM *r = nullptr;
    const BIGNUM *s = nullptr;
    ECDSA_SIG_get0(sig.get(), &r, &s);

    BIGNUM *orderRaw = nullptr;
    QVERIFY(BN_hex2bn(&orderRaw, kP256OrderHex) > 0);
    const BnPtr order(orderRaw);
    BnPtr halfOrder(BN_dup(order.get()));
    QVERIFY(halfOrder && BN_rshift1(halfOrder.get(), halfOrder.get()) == 1);
    QVERIFY(BN_cmp(s, halfOrder.get()) <= 0); // the vector is low-S

    BnPtr highS(BN_new());
    QVERIFY(highS && BN_sub(highS.get(), order.get(), s) == 1);
    QVERIFY(BN_cmp(highS.get(), halfOrder.get()) > 0);
    BnPtr rCopy(BN_dup(r));
    QVERIFY(rCopy);
    EcdsaSigPtr highSig(ECDSA_SIG_new());
    QVERIFY(highSig);
    QCOMPARE(ECDSA_SIG_set0(highSig.get(), rCopy.get(), highS.get()), 1);
    static_cast<void>(rCopy.release()); // now owned by highSig
    static_cast<void>(highS.release());
    const QByteArray highDer = encodeDer(highSig.get());
    QVERIFY(highDer != der);
    QCOMPARE(Encoding::toBase64(highDer), kAuthorizationHighSSigB64);

    const auto verified = Crypto::p256VerifyDer(spki, message, highDer);
    QVERIFY_RESULT(verified);
    QVERIFY(*verified);
    const auto wrongMessage = Crypto::p256VerifyDer(spki, QByteArray(message + ' '), highDer);
    QVERIFY_RESULT(wrongMessage);
    QVERIFY(!*wrongMessage);
}

void tst_Crypto::p256BadKeys()
{
    const QByteArray spki = b64(kP256SpkiB64);
    const QByteArray message = kAuthorizationPayload.toUtf8();
    const QByteArray der = b64(kAuthorizationSigB64);

    // clang-format off
    const QList<std::pair<const char *, QByteArray>> bad = {
        {"empty",           QByteArray()},
        {"random 10 bytes", pseudoRandomBytes(10, 10)},
        {"truncated",       spki.chopped(1)},
        {"trailing byte",   QByteArray(spki + '\0')},
        {"raw point",       spki.sliced(spki.size() - 65)},
        {"raw ed25519 key", QByteArray::fromHex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a")},
    };
    // clang-format on
    for (const auto &[name, key] : bad) {
        const auto check = Crypto::checkP256Spki(key);
        QVERIFY2(!check, name);
        QCOMPARE(check.error().code, ErrorCode::Crypto);
        QVERIFY2(!check.error().message.isEmpty(), name);
        const auto verified = Crypto::p256VerifyDer(key, message, der);
        QVERIFY2(!verified, name);
        QCOMPARE(verified.error().code, ErrorCode::Crypto);
        QVERIFY2(!verified.error().message.isEmpty(), name);
    }
}

void tst_Crypto::p256OtherKeyTypes()
{
    const QByteArray message = "other curves";
    // clang-format off
    const QList<std::pair<const char *, const char *>> keyTypes = {
        {"ED25519", nullptr},
        {"EC",      "P-384"},
        {"EC",      "secp256k1"},
    };
    // clang-format on
    for (const auto &[type, group] : keyTypes) {
        const QString name = QString::fromLatin1(group ? group : type);
        const PkeyPtr key = generateKey(type, group);
        QVERIFY2(key, qPrintable(name));
        const QByteArray spki = spkiOf(key.get());
        QVERIFY2(!spki.isEmpty(), qPrintable(name));

        const auto check = Crypto::checkP256Spki(spki);
        QVERIFY2(!check, qPrintable(name));
        QCOMPARE(check.error().code, ErrorCode::Crypto);

        // Even a signature the key really made is refused with an Error, not "false".
        const QByteArray sig = group ? signSha256(key.get(), message) : QByteArray(64, '\0');
        QVERIFY2(!sig.isEmpty(), qPrintable(name));
        const auto verified = Crypto::p256VerifyDer(spki, message, sig);
        QVERIFY2(!verified, qPrintable(name));
        QCOMPARE(verified.error().code, ErrorCode::Crypto);
    }
}

void tst_Crypto::p256FreshKey()
{
    // A key OpenSSL just made is accepted, and a signature made with it verifies.
    const PkeyPtr key = generateKey("EC", "P-256");
    QVERIFY(key);
    const QByteArray spki = spkiOf(key.get());
    QCOMPARE(spki.size(), 91);
    QVERIFY_RESULT(Crypto::checkP256Spki(spki));

    const QByteArray message = pseudoRandomBytes(1000, 3);
    const QByteArray sig = signSha256(key.get(), message);
    QVERIFY(decodeDer(sig));
    const auto verified = Crypto::p256VerifyDer(spki, message, sig);
    QVERIFY_RESULT(verified);
    QVERIFY(*verified);

    // The vector's signature does not verify under the fresh key.
    const auto foreign = Crypto::p256VerifyDer(spki,
                                               kAuthorizationPayload.toUtf8(),
                                               b64(kAuthorizationSigB64));
    QVERIFY_RESULT(foreign);
    QVERIFY(!*foreign);
}

void tst_Crypto::p256WebAuthnVector()
{
    const QByteArray spki = b64(kP256SpkiB64);
    const QByteArray authData = b64(u"9CrjN2DphL93aLwQqoFUw5jSZuwuFNJa/g7e1ciLB6cFAAAAAA=="_s);
    QCOMPARE(authData.size(), 37);
    const QString clientDataJson = u"{\"type\":\"webauthn.get\",\"challenge\":"
                                   u"\"ERERERERERERERERERERERERERERERERERERERERERE\","
                                   u"\"origin\":\"https://occ.wtf\",\"crossOrigin\":false}"_s;
    const QByteArray signature = b64(
        u"MEQCIHi+8PmvjxmawHZBGDp0qgwR9zThzk4Km+TiZ2inpC+4AiBhNwufuXAZ006WHSnbF9p3hVg7WDn9TfDNOOBwXFiGjg=="_s);

    // The challenge in clientDataJSON is the base64url form of the payload's challenge.
    QCOMPARE(Encoding::base64UrlToBase64(u"ERERERERERERERERERERERERERERERERERERERERERE"_s),
             u"ERERERERERERERERERERERERERERERERERERERERERE="_s);

    const QByteArray signedData = QByteArray(authData
                                             + Crypto::Sha256::hash(clientDataJson.toUtf8()));
    QCOMPARE(signedData.size(), 37 + 32);
    const auto verified = Crypto::p256VerifyDer(spki, signedData, signature);
    QVERIFY_RESULT(verified);
    QVERIFY(*verified);

    // Flags byte (user present / verified) altered.
    const auto flags = Crypto::p256VerifyDer(spki, flipBit(signedData, 32, 2), signature);
    QVERIFY_RESULT(flags);
    QVERIFY(!*flags);
    // clientDataJSON with a different origin.
    QString otherOrigin = clientDataJson;
    otherOrigin.replace(u"https://occ.wtf"_s, u"https://evil.example"_s);
    const auto origin = Crypto::p256VerifyDer(spki,
                                              QByteArray(
                                                  authData
                                                  + Crypto::Sha256::hash(otherOrigin.toUtf8())),
                                              signature);
    QVERIFY_RESULT(origin);
    QVERIFY(!*origin);
    // The raw clientDataJSON instead of its hash.
    const auto unhashed = Crypto::p256VerifyDer(spki,
                                                QByteArray(authData + clientDataJson.toUtf8()),
                                                signature);
    QVERIFY_RESULT(unhashed);
    QVERIFY(!*unhashed);
}

QTEST_GUILESS_MAIN(tst_Crypto)
#include "tst_crypto.moc"
