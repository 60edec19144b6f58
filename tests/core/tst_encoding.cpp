// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/encoding.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Occ;
using namespace Qt::StringLiterals;

namespace {

const QString kAlphabet = u"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"_s;

int sign(int v)
{
    return (v > 0) - (v < 0);
}

} // namespace

class tst_Encoding : public QObject
{
    Q_OBJECT

private slots:
    void toBase64_data();
    void toBase64();
    void strictAccepts_data();
    void strictAccepts();
    void strictRejects_data();
    void strictRejects();
    void strictOnlyCanonicalTails();
    void strictRoundTrip();
    void lenient_data();
    void lenient();
    void base64Url_data();
    void base64Url();
    void toHex_data();
    void toHex();
    void canonicalDecimal_data();
    void canonicalDecimal();
    void compareDecimal_data();
    void compareDecimal();
};

void tst_Encoding::toBase64_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");

    // clang-format off
    // RFC 4648 section 10.
    QTest::newRow("empty")      << QByteArray("")       << u""_s;
    QTest::newRow("f")          << QByteArray("f")      << u"Zg=="_s;
    QTest::newRow("fo")         << QByteArray("fo")     << u"Zm8="_s;
    QTest::newRow("foo")        << QByteArray("foo")    << u"Zm9v"_s;
    QTest::newRow("foob")       << QByteArray("foob")   << u"Zm9vYg=="_s;
    QTest::newRow("fooba")      << QByteArray("fooba")  << u"Zm9vYmE="_s;
    QTest::newRow("foobar")     << QByteArray("foobar") << u"Zm9vYmFy"_s;
    // Beyond ASCII: '+' and '/' of the standard alphabet, NUL bytes kept.
    QTest::newRow("high bytes") << QByteArray("\xfb\xff")          << u"+/8="_s;
    QTest::newRow("all ones")   << QByteArray("\xff\xff\xff")      << u"////"_s;
    QTest::newRow("nul bytes")  << QByteArray("\0\0\0\0", 4)       << u"AAAAAA=="_s;
    QTest::newRow("nonce")      << QByteArray("HelloOCCNonce01!")  << u"SGVsbG9PQ0NOb25jZTAxIQ=="_s;
    QTest::newRow("challenge")  << QByteArray(32, '\x11')
                                << u"ERERERERERERERERERERERERERERERERERERERERERE="_s;
    // clang-format on
}

void tst_Encoding::toBase64()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    QCOMPARE(Encoding::toBase64(bytes), expected);
    // The canonical encoding is always accepted by the strict decoder.
    const auto back = Encoding::fromBase64Strict(expected);
    QVERIFY(back.has_value());
    QCOMPARE(*back, bytes);
}

void tst_Encoding::strictAccepts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("expected");

    // clang-format off
    QTest::newRow("empty")       << u""_s         << QByteArray();
    QTest::newRow("Zg==")        << u"Zg=="_s     << QByteArray("f");
    QTest::newRow("Zm8=")        << u"Zm8="_s     << QByteArray("fo");
    QTest::newRow("Zm9v")        << u"Zm9v"_s     << QByteArray("foo");
    QTest::newRow("Zm9vYg==")    << u"Zm9vYg=="_s << QByteArray("foob");
    QTest::newRow("Zm9vYmE=")    << u"Zm9vYmE="_s << QByteArray("fooba");
    QTest::newRow("Zm9vYmFy")    << u"Zm9vYmFy"_s << QByteArray("foobar");
    QTest::newRow("plus slash")  << u"+/8="_s     << QByteArray("\xfb\xff");
    QTest::newRow("AAAA")        << u"AAAA"_s     << QByteArray("\0\0\0", 3);
    QTest::newRow("digest")      << u"jYl9NHJP0VcRVh6OMEIU5VAGva6cu5kdrnPrlNr/RnU="_s
                                 << QByteArray::fromHex("8d897d34724fd15711561e8e304214e55006bdae9cbb991dae73eb94daff4675");
    // clang-format on
}

void tst_Encoding::strictAccepts()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, expected);
    const auto decoded = Encoding::fromBase64Strict(text);
    QVERIFY(decoded.has_value());
    QCOMPARE(*decoded, expected);
    QCOMPARE(Encoding::toBase64(*decoded), text);
}

void tst_Encoding::strictRejects_data()
{
    QTest::addColumn<QString>("text");

    // clang-format off
    QTest::newRow("missing padding 2")   << u"Zg"_s;
    QTest::newRow("missing padding 1")   << u"Zm8"_s;
    QTest::newRow("half padding")        << u"Zg="_s;
    QTest::newRow("unpadded group")      << u"Zm9vYg"_s;
    QTest::newRow("url minus")           << u"Zm9-"_s;
    QTest::newRow("url underscore")      << u"Zm9_"_s;
    QTest::newRow("url pair")            << u"-_8="_s;
    QTest::newRow("url challenge")       << u"ERERERERERERERERERERERERERERERERERERERERERE"_s;
    QTest::newRow("space inside")        << u"Zm 9"_s;
    QTest::newRow("leading space")       << u" Zm9v   "_s;
    QTest::newRow("tab in group")        << u"Zm9v\tZg="_s;
    QTest::newRow("trailing newline")    << u"Zm9v\n"_s;
    QTest::newRow("crlf between")        << u"Zm9v\r\nYmFy"_s;
    QTest::newRow("padding mid-text")    << u"Zg==Zm9v"_s;
    QTest::newRow("= in place 1")        << u"Z=9v"_s;
    QTest::newRow("= in place 0")        << u"=m9v"_s;
    QTest::newRow("= then data")         << u"Zm=v"_s;
    QTest::newRow("all padding")         << u"===="_s;
    QTest::newRow("three padding")       << u"Zm9vZ==="_s;
    QTest::newRow("extra padding group") << u"Zm9v===="_s;
    QTest::newRow("trailing bits Zh==")  << u"Zh=="_s;
    QTest::newRow("trailing bits Zm9=")  << u"Zm9="_s;
    QTest::newRow("trailing bits Zv==")  << u"Zv=="_s;
    QTest::newRow("trailing bits digest")<< u"jYl9NHJP0VcRVh6OMEIU5VAGva6cu5kdrnPrlNr/RnV="_s;
    QTest::newRow("length 1")            << u"Z"_s;
    QTest::newRow("length 5")            << u"Zm9vY"_s;
    QTest::newRow("length 7")            << u"Zm9vYmE"_s;
    QTest::newRow("latin-1 letter")      << u"Zm9\u00e9"_s;
    QTest::newRow("fullwidth letter")    << u"Zm9\uff56"_s;
    QTest::newRow("surrogate pair")      << u"Zm\U0001F600"_s;
    QTest::newRow("U+0176 low byte 'v'") << u"Zm9\u0176"_s;
    QTest::newRow("nul char")            << QStringView(u"Zm9\0", 4).toString();
    QTest::newRow("other punctuation")   << u"Zm9."_s;
    // clang-format on
}

void tst_Encoding::strictRejects()
{
    QFETCH(QString, text);
    QVERIFY(!Encoding::fromBase64Strict(text).has_value());
}

void tst_Encoding::strictOnlyCanonicalTails()
{
    // Every two- and three-character tail over the alphabet: exactly the canonical ones decode,
    // and those are precisely the ones whose bits under the padding are zero.
    int accepted2 = 0;
    for (QChar a : kAlphabet) {
        for (int b = 0; b < 64; ++b) {
            const QString text = QString(a) + kAlphabet[b] + u"=="_s;
            const auto decoded = Encoding::fromBase64Strict(text);
            QCOMPARE(decoded.has_value(), (b & 0xF) == 0);
            if (decoded) {
                ++accepted2;
                QCOMPARE(decoded->size(), 1);
                QCOMPARE(Encoding::toBase64(*decoded), text);
            }
        }
    }
    QCOMPARE(accepted2, 256);

    int accepted3 = 0;
    for (QChar a : kAlphabet) {
        for (QChar b : kAlphabet) {
            for (int c = 0; c < 64; ++c) {
                const QString text = QString(a) + b + kAlphabet[c] + u"="_s;
                const auto decoded = Encoding::fromBase64Strict(text);
                QCOMPARE(decoded.has_value(), (c & 0x3) == 0);
                if (decoded) {
                    ++accepted3;
                    QCOMPARE(decoded->size(), 2);
                    QCOMPARE(Encoding::toBase64(*decoded), text);
                }
            }
        }
    }
    QCOMPARE(accepted3, 65536);
}

void tst_Encoding::strictRoundTrip()
{
    QRandomGenerator rng(20260321);
    for (int len = 0; len <= 100; ++len) {
        QByteArray bytes(len, Qt::Uninitialized);
        for (char &c : bytes)
            c = char(rng.bounded(256));
        const QString text = Encoding::toBase64(bytes);
        QCOMPARE(text.size(), (len + 2) / 3 * 4);
        const auto decoded = Encoding::fromBase64Strict(text);
        QVERIFY(decoded.has_value());
        QCOMPARE(*decoded, bytes);
        QCOMPARE(Encoding::fromBase64Lenient(text), bytes);
        // Agrees with Qt's own encoder.
        QCOMPARE(text, QString::fromLatin1(bytes.toBase64()));
    }
}

void tst_Encoding::lenient_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("expected");

    // Expected values checked against Node 20: Buffer.from(text, "base64").
    // clang-format off
    QTest::newRow("empty")             << u""_s              << QByteArray();
    QTest::newRow("Zg==")              << u"Zg=="_s          << QByteArray("f");
    QTest::newRow("Zm8=")              << u"Zm8="_s          << QByteArray("fo");
    QTest::newRow("Zm9v")              << u"Zm9v"_s          << QByteArray("foo");
    QTest::newRow("Zm9vYg==")          << u"Zm9vYg=="_s      << QByteArray("foob");
    QTest::newRow("Zm9vYmE=")          << u"Zm9vYmE="_s      << QByteArray("fooba");
    QTest::newRow("Zm9vYmFy")          << u"Zm9vYmFy"_s      << QByteArray("foobar");
    QTest::newRow("trailing newline")  << u"Zm9v\n"_s        << QByteArray("foo");
    QTest::newRow("crlf inside")       << u"Zm9v\r\nYmFy"_s  << QByteArray("foobar");
    QTest::newRow("spaces everywhere") << u" Z m 9 v "_s     << QByteArray("foo");
    QTest::newRow("url minus")         << u"Zm9-"_s          << QByteArray("fo\x7e");
    QTest::newRow("std plus")          << u"Zm9+"_s          << QByteArray("fo\x7e");
    QTest::newRow("url underscore")    << u"Zm9_"_s          << QByteArray("fo\x7f");
    QTest::newRow("std slash")         << u"Zm9/"_s          << QByteArray("fo\x7f");
    QTest::newRow("url pair")          << u"-_8"_s           << QByteArray("\xfb\xff");
    QTest::newRow("mixed alphabets")   << u"Zm9v_-+/"_s      << QByteArray("foo\xff\xef\xbf");
    QTest::newRow("unpadded 1")        << u"Zg"_s            << QByteArray("f");
    QTest::newRow("unpadded 2")        << u"Zm9"_s           << QByteArray("fo");
    QTest::newRow("unpadded group")    << u"Zm9vYg"_s        << QByteArray("foob");
    QTest::newRow("lone char")         << u"Z"_s             << QByteArray();
    QTest::newRow("junk skipped")      << u"Zm9v!Zm9v"_s     << QByteArray("foofoo");
    QTest::newRow("nul skipped")       << QStringView(u"\0Zm9v", 5).toString() << QByteArray("foo");
    QTest::newRow("latin-1 skipped")   << u"Zm9\u00e9v"_s    << QByteArray("foo");
    QTest::newRow("stops at padding")  << u"Zg==Zm9v"_s      << QByteArray("f");
    QTest::newRow("stops at lone =")   << u"Zm=9v"_s         << QByteArray("f");
    QTest::newRow("extra padding")     << u"Zm9vYmFy="_s     << QByteArray("foobar");
    QTest::newRow("junk after =")      << u"Zm9vYg=x="_s     << QByteArray("foob");
    QTest::newRow("trailing bits")     << u"Zh=="_s          << QByteArray("f");
    QTest::newRow("nonce unpadded")    << u"SGVsbG9PQ0NOb25jZTAxIQ"_s << QByteArray("HelloOCCNonce01!");
    QTest::newRow("url challenge")     << u"ERERERERERERERERERERERERERERERERERERERERERE"_s
                                       << QByteArray(32, '\x11');
    QTest::newRow("low byte v")        << u"Zm9\u0176"_s      << QByteArray("foo");
    QTest::newRow("low byte stops")    << u"Zm9v\u013dZm9v"_s << QByteArray("foo");
    // clang-format on
}

void tst_Encoding::lenient()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, expected);
    QCOMPARE(Encoding::fromBase64Lenient(text), expected);
}

void tst_Encoding::base64Url_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("standard");

    // clang-format off
    QTest::newRow("empty")     << u""_s       << u""_s;
    QTest::newRow("one byte")  << u"Zg"_s     << u"Zg=="_s;
    QTest::newRow("two bytes") << u"Zm8"_s    << u"Zm8="_s;
    QTest::newRow("no pad")    << u"Zm9v"_s   << u"Zm9v"_s;
    QTest::newRow("alphabet")  << u"-_8"_s    << u"+/8="_s;
    QTest::newRow("all url")   << u"--__"_s   << u"++//"_s;
    QTest::newRow("nonce")     << u"SGVsbG9PQ0NOb25jZTAxIQ"_s << u"SGVsbG9PQ0NOb25jZTAxIQ=="_s;
    QTest::newRow("webauthn challenge")
        << u"ERERERERERERERERERERERERERERERERERERERERERE"_s
        << u"ERERERERERERERERERERERERERERERERERERERERERE="_s;
    // clang-format on
}

void tst_Encoding::base64Url()
{
    QFETCH(QString, url);
    QFETCH(QString, standard);
    QCOMPARE(Encoding::base64UrlToBase64(url), standard);
    QCOMPARE(Encoding::base64ToBase64Url(standard), url);
    // Round trips in both directions.
    QCOMPARE(Encoding::base64ToBase64Url(Encoding::base64UrlToBase64(url)), url);
    QCOMPARE(Encoding::base64UrlToBase64(Encoding::base64ToBase64Url(standard)), standard);
    // Both spellings denote the same bytes, and the standard one is canonical.
    const auto bytes = Encoding::fromBase64Strict(standard);
    QVERIFY(bytes.has_value());
    QCOMPARE(Encoding::fromBase64Lenient(url), *bytes);
    QCOMPARE(Encoding::toBase64(*bytes), standard);
    QVERIFY(!url.contains(u'=') && !url.contains(u'+') && !url.contains(u'/'));
}

void tst_Encoding::toHex_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");

    // clang-format off
    QTest::newRow("empty")     << QByteArray()                         << u""_s;
    QTest::newRow("nul")       << QByteArray("\0", 1)                  << u"00"_s;
    QTest::newRow("lowercase") << QByteArray("\x01\xab\xcd\xef\xff")   << u"01abcdefff"_s;
    QTest::newRow("ascii")     << QByteArray("foobar")                 << u"666f6f626172"_s;
    QTest::newRow("every nibble")
        << QByteArray("\x01\x23\x45\x67\x89\xAB\xCD\xEF\xFE\xDC\xBA\x98\x76\x54\x32\x10")
        << u"0123456789abcdeffedcba9876543210"_s;
    // clang-format on
}

void tst_Encoding::toHex()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    const QString hex = Encoding::toHex(bytes);
    QCOMPARE(hex, expected);
    QCOMPARE(hex, hex.toLower());
    QCOMPARE(QByteArray::fromHex(hex.toLatin1()), bytes);
}

void tst_Encoding::canonicalDecimal_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("canonical");

    // clang-format off
    QTest::newRow("0")                 << u"0"_s                    << true;
    QTest::newRow("1")                 << u"1"_s                    << true;
    QTest::newRow("9")                 << u"9"_s                    << true;
    QTest::newRow("10")                << u"10"_s                   << true;
    QTest::newRow("2^64-1")            << u"18446744073709551615"_s << true;
    QTest::newRow("2^64+1")            << u"18446744073709551617"_s << true;
    QTest::newRow("100 digits")        << QString(u"1"_s + QString(99, u'0')) << true;
    QTest::newRow("empty")             << u""_s                     << false;
    QTest::newRow("leading zero")      << u"01"_s                   << false;
    QTest::newRow("double zero")       << u"00"_s                   << false;
    QTest::newRow("minus")             << u"-1"_s                   << false;
    QTest::newRow("minus zero")        << u"-0"_s                   << false;
    QTest::newRow("plus")              << u"+1"_s                   << false;
    QTest::newRow("leading space")     << u" 1"_s                   << false;
    QTest::newRow("trailing space")    << u"1 "_s                   << false;
    QTest::newRow("trailing newline")  << u"1\n"_s                  << false;
    QTest::newRow("hex")               << u"0x10"_s                 << false;
    QTest::newRow("exponent")          << u"1e3"_s                  << false;
    QTest::newRow("fraction")          << u"1.0"_s                  << false;
    QTest::newRow("separator")         << u"1_000"_s                << false;
    QTest::newRow("fullwidth digit")   << u"\uff11"_s               << false;
    QTest::newRow("arabic-indic digit")<< u"\u0663"_s               << false;
    QTest::newRow("superscript one")   << u"\u00b9"_s               << false;
    QTest::newRow("nul inside")        << QStringView(u"1\0" "2", 3).toString()    << false;
    // clang-format on
}

void tst_Encoding::canonicalDecimal()
{
    QFETCH(QString, text);
    QFETCH(bool, canonical);
    QCOMPARE(Encoding::isCanonicalDecimal(text), canonical);
}

void tst_Encoding::compareDecimal_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("expected");

    // clang-format off
    QTest::newRow("0 = 0")           << u"0"_s   << u"0"_s   << 0;
    QTest::newRow("0 < 1")           << u"0"_s   << u"1"_s   << -1;
    QTest::newRow("9 < 10")          << u"9"_s   << u"10"_s  << -1;
    QTest::newRow("99 < 100")        << u"99"_s  << u"100"_s << -1;
    QTest::newRow("2 > 10 as text")  << u"10"_s  << u"2"_s   << 1;
    QTest::newRow("same length")     << u"123"_s << u"124"_s << -1;
    QTest::newRow("first digit")     << u"200"_s << u"199"_s << 1;
    QTest::newRow("equal long")      << u"18446744073709551616"_s << u"18446744073709551616"_s << 0;
    QTest::newRow("2^64-1 < 2^64")   << u"18446744073709551615"_s << u"18446744073709551616"_s << -1;
    QTest::newRow("2^64+1 > 2^64")   << u"18446744073709551617"_s << u"18446744073709551616"_s << 1;
    QTest::newRow("small < 2^64+1")  << u"5"_s   << u"18446744073709551617"_s << -1;
    QTest::newRow("30 vs 29 digits") << u"100000000000000000000000000000"_s
                                     << u"99999999999999999999999999999"_s << 1;
    QTest::newRow("last digit of 40")<< u"1234567890123456789012345678901234567890"_s
                                     << u"1234567890123456789012345678901234567891"_s << -1;
    // clang-format on
}

void tst_Encoding::compareDecimal()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, expected);
    QVERIFY(Encoding::isCanonicalDecimal(a));
    QVERIFY(Encoding::isCanonicalDecimal(b));
    QCOMPARE(sign(Encoding::compareDecimal(a, b)), expected);
    QCOMPARE(sign(Encoding::compareDecimal(b, a)), -expected);
    QCOMPARE(Encoding::compareDecimal(a, a), 0);
}

QTEST_GUILESS_MAIN(tst_Encoding)
#include "tst_encoding.moc"
