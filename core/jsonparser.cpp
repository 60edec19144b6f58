// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0
#include "jsonparser.h"

#include <QCoreApplication>
#include <QSet>

#include <charconv>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Occ {
namespace {

// Objects with more members than this use a hash set to find duplicates, so that hostile
// input with many members stays linear.
constexpr qsizetype kLinearDuplicateScan = 16;

class Parser
{
public:
    Parser(QByteArrayView text, const JsonParser::Options &options)
        : m_p(reinterpret_cast<const unsigned char *>(text.data()))
        , m_begin(m_p)
        , m_end(m_p + text.size())
        , m_options(options)
    {}

    Result<JsonValue> run()
    {
        if (m_end - m_p >= 3 && m_p[0] == 0xEF && m_p[1] == 0xBB && m_p[2] == 0xBF)
            m_p += 3;
        skipWhitespace();
        JsonValue value;
        if (!parseValue(value, 0))
            return failure();
        skipWhitespace();
        if (m_p != m_end) {
            setError(QCoreApplication::translate("Occ::JsonParser",
                                                 "unexpected content after the JSON value"));
            return failure();
        }
        return value;
    }

private:
    Error failure() const { return makeError(ErrorCode::InvalidJson, m_error); }

    bool setError(const QString &what)
    {
        if (m_error.isEmpty())
            m_error = QCoreApplication::translate("Occ::JsonParser", "%1 at byte %2")
                          .arg(what)
                          .arg(qint64(m_p - m_begin));
        return false;
    }

    void skipWhitespace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\t' || *m_p == '\n' || *m_p == '\r'))
            ++m_p;
    }

    bool literal(const char *word, size_t len)
    {
        if (size_t(m_end - m_p) < len || memcmp(m_p, word, len) != 0)
            return setError(QCoreApplication::translate("Occ::JsonParser", "invalid literal"));
        m_p += len;
        return true;
    }

    bool parseValue(JsonValue &out, int depth)
    {
        if (m_p >= m_end)
            return setError(
                QCoreApplication::translate("Occ::JsonParser", "unexpected end of input"));
        switch (*m_p) {
        case '{':
            return parseObject(out, depth + 1);
        case '[':
            return parseArray(out, depth + 1);
        case '"': {
            QString s;
            if (!parseString(s))
                return false;
            out = JsonValue(std::move(s));
            return true;
        }
        case 't':
            if (!literal("true", 4))
                return false;
            out = JsonValue(true);
            return true;
        case 'f':
            if (!literal("false", 5))
                return false;
            out = JsonValue(false);
            return true;
        case 'n':
            if (!literal("null", 4))
                return false;
            out = JsonValue(nullptr);
            return true;
        default:
            if (*m_p == '-' || (*m_p >= '0' && *m_p <= '9'))
                return parseNumber(out);
            return setError(QCoreApplication::translate("Occ::JsonParser", "unexpected character"));
        }
    }

    bool checkDepth(int depth)
    {
        if (depth > m_options.maxDepth)
            return setError(
                QCoreApplication::translate("Occ::JsonParser", "nesting deeper than %1 levels")
                    .arg(m_options.maxDepth));
        return true;
    }

    bool parseObject(JsonValue &out, int depth)
    {
        if (!checkDepth(depth))
            return false;
        ++m_p; // '{'
        JsonObject object;
        QSet<QString> seen;
        skipWhitespace();
        if (m_p < m_end && *m_p == '}') {
            ++m_p;
            out = JsonValue(std::move(object));
            return true;
        }
        for (;;) {
            skipWhitespace();
            if (m_p >= m_end || *m_p != '"')
                return setError(
                    QCoreApplication::translate("Occ::JsonParser", "expected a member name"));
            const unsigned char *keyStart = m_p;
            QString key;
            if (!parseString(key))
                return false;
            skipWhitespace();
            if (m_p >= m_end || *m_p != ':')
                return setError(u"expected ':'"_s);
            ++m_p;
            skipWhitespace();
            JsonValue value;
            if (!parseValue(value, depth))
                return false;

            if (m_options.rejectProtoKey && key == u"__proto__") {
                m_p = keyStart;
                return setError(
                    QCoreApplication::translate("Occ::JsonParser",
                                                "ambiguous JSON: a \"__proto__\" member"));
            }
            bool duplicate;
            if (object.size() < kLinearDuplicateScan) {
                duplicate = object.contains(key);
            } else {
                if (seen.isEmpty()) {
                    for (qsizetype i = 0; i < object.size(); ++i)
                        seen.insert(object.keyAt(i));
                }
                duplicate = seen.contains(key);
                if (!duplicate)
                    seen.insert(key);
            }
            if (duplicate) {
                if (m_options.duplicates == JsonParser::Duplicates::Reject) {
                    m_p = keyStart;
                    return setError(
                        QCoreApplication::translate("Occ::JsonParser",
                                                    "ambiguous JSON: duplicate member name \"%1\"")
                            .arg(key));
                }
                object.insert(key, std::move(value));
            } else {
                object.append(std::move(key), std::move(value));
            }

            skipWhitespace();
            if (m_p >= m_end)
                return setError(
                    QCoreApplication::translate("Occ::JsonParser",
                                                "unexpected end of input in an object"));
            if (*m_p == ',') {
                ++m_p;
                continue;
            }
            if (*m_p == '}') {
                ++m_p;
                break;
            }
            return setError(QCoreApplication::translate("Occ::JsonParser", "expected ',' or '}'"));
        }
        out = JsonValue(std::move(object));
        return true;
    }

    bool parseArray(JsonValue &out, int depth)
    {
        if (!checkDepth(depth))
            return false;
        ++m_p; // '['
        JsonArray array;
        skipWhitespace();
        if (m_p < m_end && *m_p == ']') {
            ++m_p;
            out = JsonValue(std::move(array));
            return true;
        }
        for (;;) {
            skipWhitespace();
            JsonValue value;
            if (!parseValue(value, depth))
                return false;
            array.push_back(std::move(value));
            skipWhitespace();
            if (m_p >= m_end)
                return setError(QCoreApplication::translate("Occ::JsonParser",
                                                            "unexpected end of input in an array"));
            if (*m_p == ',') {
                ++m_p;
                continue;
            }
            if (*m_p == ']') {
                ++m_p;
                break;
            }
            return setError(QCoreApplication::translate("Occ::JsonParser", "expected ',' or ']'"));
        }
        out = JsonValue(std::move(array));
        return true;
    }

    static int hexValue(unsigned char c)
    {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    }

    // Decodes one UTF-8 sequence starting at m_p (a non-ASCII lead byte), strictly.
    bool decodeUtf8(char32_t &cp)
    {
        const unsigned char c = *m_p;
        int len;
        char32_t min;
        if (c >= 0xC2 && c <= 0xDF) {
            len = 2;
            cp = c & 0x1F;
            min = 0x80;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            cp = c & 0x0F;
            min = 0x800;
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            cp = c & 0x07;
            min = 0x10000;
        } else {
            return setError(QCoreApplication::translate("Occ::JsonParser", "invalid UTF-8"));
        }
        if (m_end - m_p < len)
            return setError(QCoreApplication::translate("Occ::JsonParser",
                                                        "invalid UTF-8 (truncated sequence)"));
        for (int i = 1; i < len; ++i) {
            const unsigned char cc = m_p[i];
            if ((cc & 0xC0) != 0x80)
                return setError(QCoreApplication::translate("Occ::JsonParser", "invalid UTF-8"));
            cp = (cp << 6) | (cc & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return setError(QCoreApplication::translate("Occ::JsonParser", "invalid UTF-8"));
        m_p += len;
        return true;
    }

    bool parseString(QString &out)
    {
        ++m_p; // opening quote
        // Fast path: plain ASCII up to the closing quote needs no decoding step.
        const unsigned char *run = m_p;
        while (m_p < m_end && *m_p != '"' && *m_p != '\\' && *m_p >= 0x20 && *m_p < 0x80)
            ++m_p;
        if (m_p < m_end && *m_p == '"') {
            out = QString::fromLatin1(reinterpret_cast<const char *>(run), m_p - run);
            ++m_p;
            return true;
        }
        out = QString::fromLatin1(reinterpret_cast<const char *>(run), m_p - run);
        while (m_p < m_end) {
            const unsigned char c = *m_p;
            if (c == '"') {
                ++m_p;
                return true;
            }
            if (c < 0x20)
                return setError(
                    QCoreApplication::translate("Occ::JsonParser",
                                                "unescaped control character in a string"));
            if (c == '\\') {
                if (m_end - m_p < 2)
                    return setError(
                        QCoreApplication::translate("Occ::JsonParser",
                                                    "unexpected end of input in a string"));
                const unsigned char e = m_p[1];
                m_p += 2;
                switch (e) {
                case '"':
                    out.append(u'"');
                    break;
                case '\\':
                    out.append(u'\\');
                    break;
                case '/':
                    out.append(u'/');
                    break;
                case 'b':
                    out.append(u'\b');
                    break;
                case 'f':
                    out.append(u'\f');
                    break;
                case 'n':
                    out.append(u'\n');
                    break;
                case 'r':
                    out.append(u'\r');
                    break;
                case 't':
                    out.append(u'\t');
                    break;
                case 'u': {
                    if (m_end - m_p < 4)
                        return setError(
                            QCoreApplication::translate("Occ::JsonParser", "truncated \\u escape"));
                    int v = 0;
                    for (int i = 0; i < 4; ++i) {
                        const int h = hexValue(m_p[i]);
                        if (h < 0)
                            return setError(QCoreApplication::translate("Occ::JsonParser",
                                                                        "invalid \\u escape"));
                        v = v * 16 + h;
                    }
                    m_p += 4;
                    out.append(QChar(char16_t(v))); // lone surrogates are kept, as in JS
                    break;
                }
                default:
                    m_p -= 2;
                    return setError(
                        QCoreApplication::translate("Occ::JsonParser", "invalid escape sequence"));
                }
                continue;
            }
            if (c < 0x80) {
                out.append(QChar(char16_t(c)));
                ++m_p;
                continue;
            }
            char32_t cp;
            if (!decodeUtf8(cp))
                return false;
            if (cp >= 0x10000) {
                out.append(QChar::highSurrogate(cp));
                out.append(QChar::lowSurrogate(cp));
            } else {
                out.append(QChar(char16_t(cp)));
            }
        }
        return setError(QCoreApplication::translate("Occ::JsonParser", "unterminated string"));
    }

    bool parseNumber(JsonValue &out)
    {
        const unsigned char *start = m_p;
        if (*m_p == '-')
            ++m_p;
        if (m_p >= m_end)
            return setError(QCoreApplication::translate("Occ::JsonParser", "invalid number"));
        if (*m_p == '0') {
            ++m_p;
        } else if (*m_p >= '1' && *m_p <= '9') {
            while (m_p < m_end && *m_p >= '0' && *m_p <= '9')
                ++m_p;
        } else {
            return setError(QCoreApplication::translate("Occ::JsonParser", "invalid number"));
        }
        if (m_p < m_end && *m_p == '.') {
            ++m_p;
            if (m_p >= m_end || *m_p < '0' || *m_p > '9')
                return setError(
                    QCoreApplication::translate("Occ::JsonParser",
                                                "invalid number: digits expected after '.'"));
            while (m_p < m_end && *m_p >= '0' && *m_p <= '9')
                ++m_p;
        }
        if (m_p < m_end && (*m_p == 'e' || *m_p == 'E')) {
            ++m_p;
            if (m_p < m_end && (*m_p == '+' || *m_p == '-'))
                ++m_p;
            if (m_p >= m_end || *m_p < '0' || *m_p > '9')
                return setError(
                    QCoreApplication::translate("Occ::JsonParser",
                                                "invalid number: digits expected in the exponent"));
            while (m_p < m_end && *m_p >= '0' && *m_p <= '9')
                ++m_p;
        }
        // JSON forbids leading zeros: "01" parses "0" and then finds "1".
        const char *b = reinterpret_cast<const char *>(start);
        const char *e = reinterpret_cast<const char *>(m_p);
        double d = 0;
        const auto [ptr, ec] = std::from_chars(b, e, d, std::chars_format::general);
        if (ec == std::errc::result_out_of_range) {
            d = outOfRangeValue(b, e);
        } else if (ec != std::errc() || ptr != e) {
            return setError(QCoreApplication::translate("Occ::JsonParser", "invalid number"));
        }
        out = JsonValue(d);
        return true;
    }

    // from_chars reports overflow and underflow without a value; JS gives +-Infinity or +-0.
    static double outOfRangeValue(const char *b, const char *e)
    {
        const bool negative = *b == '-';
        // Decimal exponent of the first significant digit relative to the point.
        long long firstDigitPos = 0; // position of first non-zero digit: 10^(firstDigitPos)
        bool seenNonZero = false;
        long long intDigits = 0;
        const char *p = negative ? b + 1 : b;
        for (; p < e && *p != '.' && *p != 'e' && *p != 'E'; ++p) {
            if (!seenNonZero && *p != '0') {
                seenNonZero = true;
                intDigits = 0;
            }
            if (seenNonZero)
                ++intDigits;
        }
        if (seenNonZero) {
            firstDigitPos = intDigits - 1;
        } else if (p < e && *p == '.') {
            long long zeros = 0;
            for (++p; p < e && *p != 'e' && *p != 'E'; ++p) {
                if (*p != '0') {
                    seenNonZero = true;
                    break;
                }
                ++zeros;
            }
            firstDigitPos = -(zeros + 1);
        }
        while (p < e && *p != 'e' && *p != 'E')
            ++p;
        long long exponent = 0;
        if (p < e) {
            ++p;
            bool expNegative = false;
            if (*p == '+' || *p == '-')
                expNegative = *p++ == '-';
            for (; p < e; ++p) {
                if (exponent < 100000000)
                    exponent = exponent * 10 + (*p - '0');
            }
            if (expNegative)
                exponent = -exponent;
        }
        const double magnitude = (seenNonZero && firstDigitPos + exponent > 0) ? HUGE_VAL : 0.0;
        return negative ? -magnitude : magnitude;
    }

    const unsigned char *m_p;
    const unsigned char *m_begin;
    const unsigned char *m_end;
    const JsonParser::Options &m_options;
    QString m_error;
};

} // namespace

Result<JsonValue> JsonParser::parse(QByteArrayView utf8, const Options &options)
{
    return Parser(utf8, options).run();
}

} // namespace Occ
