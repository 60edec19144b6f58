// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0
#include "testdata.h"

#include "core/canonicaljson.h"
#include "core/crypto.h"
#include "core/encoding.h"
#include "core/jsonparser.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace Occ;
using namespace Qt::StringLiterals;

class tst_CanonicalJson : public QObject
{
    Q_OBJECT

private slots:
    void vectors_data();
    void vectors();
    void numbers_data();
    void numbers();
    void keyOrder();
    void strings_data();
    void strings();
    void parseRejects_data();
    void parseRejects();
    void duplicates();
    void protoKey();
    void deepNesting();
    void prettyKeepsOrder();
    void membersByReference_data();
    void membersByReference();
};

void tst_CanonicalJson::vectors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("rejected");
    QTest::addColumn<QByteArray>("canonical");
    QTest::addColumn<QByteArray>("sha256B64");

    const JsonValue doc = OccTest::readJsonData(u"vectors/canonical.json"_s);
    const JsonArray *cases = doc.member(u"cases")->asArray();
    QVERIFY(cases && cases->size() >= 30);
    for (const JsonValue &c : *cases) {
        const QString name = *c.stringMember(u"name");
        const bool rejected = c.member(u"canonical")->isNull();
        const QByteArray canonical = rejected ? QByteArray()
                                              : *Encoding::fromBase64Strict(
                                                  *c.stringMember(u"canonicalUtf8B64"));
        if (!rejected)
            QCOMPARE(canonical, c.stringMember(u"canonical")->toUtf8());
        QTest::newRow(qPrintable(name))
            << c.stringMember(u"input")->toUtf8() << rejected << canonical
            << (rejected ? QByteArray() : c.stringMember(u"sha256B64")->toLatin1());
    }
}

void tst_CanonicalJson::vectors()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, rejected);
    QFETCH(QByteArray, canonical);
    QFETCH(QByteArray, sha256B64);

    auto parsed = JsonParser::parse(input);
    if (rejected) {
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().code, ErrorCode::InvalidJson);
        return;
    }
    QVERIFY_RESULT(parsed);
    const QByteArray out = Json::canonicalize(*parsed);
    QCOMPARE(out, canonical);
    QCOMPARE(Encoding::toBase64(Crypto::Sha256::hash(out)).toLatin1(), sha256B64);
}

void tst_CanonicalJson::numbers_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QByteArray>("expected");

    // clang-format off
    QTest::newRow("zero")              << QByteArray("0") << QByteArray("0");
    QTest::newRow("negative zero")     << QByteArray("-0") << QByteArray("0");
    QTest::newRow("1.0")               << QByteArray("1.0") << QByteArray("1");
    QTest::newRow("1e3")               << QByteArray("1e3") << QByteArray("1000");
    QTest::newRow("1e21")              << QByteArray("1e21") << QByteArray("1e+21");
    QTest::newRow("1e20")              << QByteArray("1e20") << QByteArray("100000000000000000000");
    QTest::newRow("123e18")            << QByteArray("123e18") << QByteArray("123000000000000000000");
    QTest::newRow("1e-6 positional")   << QByteArray("0.000001") << QByteArray("0.000001");
    QTest::newRow("1e-7 exponent")     << QByteArray("1e-7") << QByteArray("1e-7");
    QTest::newRow("1.5e-7")            << QByteArray("1.5e-7") << QByteArray("1.5e-7");
    QTest::newRow("0.1+0.2")           << QByteArray("0.30000000000000004") << QByteArray("0.30000000000000004");
    QTest::newRow("min subnormal")     << QByteArray("5e-324") << QByteArray("5e-324");
    QTest::newRow("max double")        << QByteArray("1.7976931348623157e308") << QByteArray("1.7976931348623157e+308");
    QTest::newRow("2^53+1 rounds")     << QByteArray("9007199254740993") << QByteArray("9007199254740992");
    QTest::newRow("big literal")       << QByteArray("12345678901234567890") << QByteArray("12345678901234567000");
    QTest::newRow("unix ms")           << QByteArray("1774114252845.0") << QByteArray("1774114252845");
    QTest::newRow("negative fraction") << QByteArray("-12.5") << QByteArray("-12.5");
    QTest::newRow("overflow")          << QByteArray("1e400") << QByteArray("null");
    QTest::newRow("negative overflow") << QByteArray("-1e400") << QByteArray("null");
    QTest::newRow("underflow")         << QByteArray("1e-400") << QByteArray("0");
    QTest::newRow("long zero frac")    << QByteArray("0." + QByteArray(399, '0') + "1") << QByteArray("0");
    QTest::newRow("subnormal frac")    << QByteArray("0." + QByteArray(315, '0') + "1") << QByteArray("1e-316");
    QTest::newRow("huge digits")       << QByteArray("1" + QByteArray(400, '0')) << QByteArray("null");
    QTest::newRow("exp uppercase")     << QByteArray("2E+2") << QByteArray("200");
    // clang-format on
}

void tst_CanonicalJson::numbers()
{
    QFETCH(QByteArray, json);
    QFETCH(QByteArray, expected);
    auto v = JsonParser::parse(json);
    QVERIFY_RESULT(v);
    QCOMPARE(Json::canonicalize(*v), expected);
}

void tst_CanonicalJson::keyOrder()
{
    // The reference's documented example: index-like keys first, then UTF-16 order.
    const QByteArray in = QStringLiteral(u"{\"b\":0,\"a\":0,\"B\":0,\"_\":0,\"aa\":0,\"a0\":0,"
                                         u"\"é\":0,\"ﬁ\":0,\"😀\":0,\"10\":0,\"9\":0,\"2\":0}")
                              .toUtf8();
    auto v = JsonParser::parse(in);
    QVERIFY_RESULT(v);
    const QByteArray expected = QStringLiteral(
                                    u"{\"2\":0,\"9\":0,\"10\":0,\"B\":0,\"_\":0,\"a\":0,"
                                    u"\"a0\":0,\"aa\":0,\"b\":0,\"é\":0,\"😀\":0,\"ﬁ\":0}")
                                    .toUtf8();
    QCOMPARE(Json::canonicalize(*v), expected);

    // Not array indices: leading zeros, 2^32-1 and beyond, negatives.
    auto w = JsonParser::parse(R"({"01":0,"4294967295":0,"4294967294":0,"-1":0,"0":0})");
    QVERIFY_RESULT(w);
    QCOMPARE(Json::canonicalize(*w),
             QByteArray(R"({"0":0,"4294967294":0,"-1":0,"01":0,"4294967295":0})"));
}

void tst_CanonicalJson::strings_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QByteArray>("expected");
    // clang-format off
    QTest::newRow("slash unescaped")   << QByteArray(R"("a\/b")") << QByteArray(R"("a/b")");
    QTest::newRow("control lowercase") << QByteArray(R"("\u001F\u0000")") << QByteArray(R"("\u001f\u0000")");
    QTest::newRow("short escapes")     << QByteArray(R"("\b\f\n\r\t")") << QByteArray(R"("\b\f\n\r\t")");
    QTest::newRow("del raw")           << QByteArray("\"\x7f\"") << QByteArray("\"\x7f\"");
    QTest::newRow("u2028 raw")         << QByteArray(R"("\u2028\u2029")") << QByteArray("\"\xe2\x80\xa8\xe2\x80\xa9\"");
    QTest::newRow("lone high")         << QByteArray(R"("\uD800")") << QByteArray(R"("\ud800")");
    QTest::newRow("lone low")          << QByteArray(R"("x\uDC00y")") << QByteArray(R"("x\udc00y")");
    QTest::newRow("reversed pair")     << QByteArray(R"("\uDC00\uD800")") << QByteArray(R"("\udc00\ud800")");
    QTest::newRow("escaped pair")      << QByteArray(R"("\uD83D\uDE00")") << QByteArray("\"\xf0\x9f\x98\x80\"");
    QTest::newRow("escaped ascii")     << QByteArray(R"("\u0041")") << QByteArray(R"("A")");
    QTest::newRow("quote backslash")   << QByteArray(R"("\"\\")") << QByteArray(R"("\"\\")");
    // clang-format on
}

void tst_CanonicalJson::strings()
{
    QFETCH(QByteArray, json);
    QFETCH(QByteArray, expected);
    auto v = JsonParser::parse(json);
    QVERIFY_RESULT(v);
    QCOMPARE(Json::canonicalize(*v), expected);
}

void tst_CanonicalJson::parseRejects_data()
{
    QTest::addColumn<QByteArray>("json");
    // clang-format off
    QTest::newRow("empty")            << QByteArray("");
    QTest::newRow("whitespace only")  << QByteArray(" \n");
    QTest::newRow("trailing comma")   << QByteArray(R"({"a":1,})");
    QTest::newRow("array trailing")   << QByteArray("[1,]");
    QTest::newRow("leading zero")     << QByteArray("01");
    QTest::newRow("plus sign")        << QByteArray("+1");
    QTest::newRow("bare dot")         << QByteArray("1.");
    QTest::newRow("leading dot")      << QByteArray(".5");
    QTest::newRow("exp no digits")    << QByteArray("1e");
    QTest::newRow("NaN")              << QByteArray("NaN");
    QTest::newRow("Infinity")         << QByteArray("Infinity");
    QTest::newRow("single quotes")    << QByteArray("'a'");
    QTest::newRow("unquoted key")     << QByteArray("{a:1}");
    QTest::newRow("comment")          << QByteArray("{} // x");
    QTest::newRow("two values")       << QByteArray("1 2");
    QTest::newRow("raw control")      << QByteArray("\"a\tb\"");
    QTest::newRow("bad escape")       << QByteArray(R"("\x")");
    QTest::newRow("short unicode")    << QByteArray(R"("\u12")");
    QTest::newRow("unterminated")     << QByteArray(R"("abc)");
    QTest::newRow("truncated object") << QByteArray(R"({"a":)");
    QTest::newRow("invalid utf8")     << QByteArray("\"\xff\"");
    QTest::newRow("overlong utf8")    << QByteArray("\"\xc0\xaf\"");
    QTest::newRow("utf8 surrogate")   << QByteArray("\"\xed\xa0\x80\"");
    QTest::newRow("truncated utf8")   << QByteArray("\"\xe2\x82\"");
    QTest::newRow("above 10FFFF")     << QByteArray("\"\xf4\x90\x80\x80\"");
    QTest::newRow("vertical tab ws")  << QByteArray("\v1");
    QTest::newRow("nul byte")         << QByteArray("1\0", 2);
    QTest::newRow("true prefix")      << QByteArray("tru");
    // clang-format on
}

void tst_CanonicalJson::parseRejects()
{
    QFETCH(QByteArray, json);
    auto v = JsonParser::parse(json);
    QVERIFY(!v);
    QCOMPARE(v.error().code, ErrorCode::InvalidJson);
    QVERIFY(!v.error().message.isEmpty());
}

void tst_CanonicalJson::duplicates()
{
    const QByteArray text = R"({"a":1,"b":2,"a":3})";
    // JSON.parse: the last value wins, at the first position.
    auto lastWins = JsonParser::parse(text);
    QVERIFY_RESULT(lastWins);
    QCOMPARE(Json::canonicalize(*lastWins), QByteArray(R"({"a":3,"b":2})"));
    QCOMPARE(Json::toPrettyJson(*lastWins, 0), QByteArray(R"({"a":3,"b":2})"));

    JsonParser::Options strict;
    strict.duplicates = JsonParser::Duplicates::Reject;
    auto rejected = JsonParser::parse(text, strict);
    QVERIFY(!rejected);
    QVERIFY(rejected.error().message.contains(u"duplicate member name \"a\""));

    // Past the linear scan threshold the hash set must find duplicates too.
    QByteArray many = "{";
    for (int i = 0; i < 100; ++i)
        many += "\"k" + QByteArray::number(i) + "\":0,";
    many += "\"k42\":1}";
    QVERIFY(!JsonParser::parse(many, strict));
    auto manyLast = JsonParser::parse(many);
    QVERIFY_RESULT(manyLast);
    QCOMPARE(*manyLast->member(u"k42")->asNumber(), 1.0);
}

void tst_CanonicalJson::protoKey()
{
    const QByteArray text = R"({"__proto__":{"x":1},"a":1})";
    auto v = JsonParser::parse(text);
    QVERIFY_RESULT(v);
    // The reference cannot recreate an own "__proto__" member: it disappears.
    QCOMPARE(Json::canonicalize(*v), QByteArray(R"({"a":1})"));
    JsonParser::Options strict;
    strict.rejectProtoKey = true;
    auto rejected = JsonParser::parse(text, strict);
    QVERIFY(!rejected);
    QVERIFY(rejected.error().message.contains(u"__proto__"));
}

void tst_CanonicalJson::deepNesting()
{
    JsonParser::Options options;
    options.maxDepth = 64;
    const QByteArray ok = QByteArray(64, '[') + QByteArray(64, ']');
    QVERIFY_RESULT(JsonParser::parse(ok, options));
    const QByteArray tooDeep = QByteArray(65, '[') + QByteArray(65, ']');
    auto r = JsonParser::parse(tooDeep, options);
    QVERIFY(!r);
    QVERIFY(r.error().message.contains(u"nesting"));
    // A hostile depth far beyond the stack is an error, not a crash.
    const QByteArray hostile = QByteArray(1'000'000, '[');
    QVERIFY(!JsonParser::parse(hostile));
    const QByteArray hostileObjects = QByteArray("{\"a\":").repeated(200'000);
    QVERIFY(!JsonParser::parse(hostileObjects));
}

void tst_CanonicalJson::prettyKeepsOrder()
{
    auto v = JsonParser::parse(R"({"z":1,"a":[1,{"y":true,"b":null}],"10":"x","e":{}})");
    QVERIFY_RESULT(v);
    const QByteArray expected = "{\n"
                                "  \"10\": \"x\",\n"
                                "  \"z\": 1,\n"
                                "  \"a\": [\n"
                                "    1,\n"
                                "    {\n"
                                "      \"y\": true,\n"
                                "      \"b\": null\n"
                                "    }\n"
                                "  ],\n"
                                "  \"e\": {}\n"
                                "}";
    QCOMPARE(Json::toPrettyJson(*v), expected);
    // Pretty output reads back to the same canonical bytes.
    auto back = JsonParser::parse(Json::toPrettyJson(*v));
    QVERIFY_RESULT(back);
    QCOMPARE(Json::canonicalize(*back), Json::canonicalize(*v));
}

void tst_CanonicalJson::membersByReference_data()
{
    QTest::addColumn<QByteArray>("input");
    const JsonValue doc = OccTest::readJsonData(u"vectors/canonical.json"_s);
    for (const JsonValue &c : *doc.member(u"cases")->asArray()) {
        const QByteArray input = c.stringMember(u"input")->toUtf8();
        const auto parsed = JsonParser::parse(input);
        if (parsed && parsed->isObject())
            QTest::newRow(qPrintable(*c.stringMember(u"name"))) << input;
    }
    QTest::newRow("index keys, __proto__, nesting")
        << QByteArray(R"({"b":1,"10":2,"2":3,"__proto__":4,"a":{"z":[1,{"y":2,"x":3}]},"é":5})");
    QTest::newRow("empty") << QByteArray("{}");
}

// canonicalizeMembers() writes an object from references to its members: the same bytes as
// canonicalize() of the object built from them, absent members left out.
void tst_CanonicalJson::membersByReference()
{
    QFETCH(QByteArray, input);
    const auto parsed = JsonParser::parse(input);
    QVERIFY_RESULT(parsed);
    const JsonObject &o = *parsed->asObject();
    std::vector<Json::MemberRef> members;
    for (qsizetype i = 0; i < o.size(); ++i) {
        members.push_back({o.keyAt(i), &o.valueAt(i)});
        members.push_back({u"absent", nullptr});
    }
    QCOMPARE(Json::canonicalizeMembers(members), Json::canonicalize(*parsed));
}

QTEST_GUILESS_MAIN(tst_CanonicalJson)
#include "tst_canonicaljson.moc"
