// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0
#include "canonicaljson.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>

namespace Occ::Json {
namespace {

void appendEscapedString(QByteArray &out, QStringView s)
{
    static const char hex[] = "0123456789abcdef";
    out.append('"');
    const char16_t *p = s.utf16();
    const qsizetype n = s.size();
    for (qsizetype i = 0; i < n; ++i) {
        // Most text is printable ASCII that needs no escape: copy such runs in one go.
        qsizetype run = i;
        while (run < n && p[run] >= 0x20 && p[run] < 0x80 && p[run] != u'"' && p[run] != u'\\')
            ++run;
        if (run > i) {
            const qsizetype at = out.size();
            out.resize(at + (run - i));
            char *d = out.data() + at;
            for (qsizetype k = i; k < run; ++k)
                *d++ = char(p[k]);
            i = run;
            if (i == n)
                break;
        }
        const char16_t c = p[i];
        if (c < 0x80) {
            switch (c) {
            case u'"':
                out.append("\\\"", 2);
                break;
            case u'\\':
                out.append("\\\\", 2);
                break;
            case u'\b':
                out.append("\\b", 2);
                break;
            case u'\f':
                out.append("\\f", 2);
                break;
            case u'\n':
                out.append("\\n", 2);
                break;
            case u'\r':
                out.append("\\r", 2);
                break;
            case u'\t':
                out.append("\\t", 2);
                break;
            default:
                if (c < 0x20) {
                    const char esc[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 0xF]};
                    out.append(esc, 6);
                } else {
                    out.append(char(c));
                }
            }
            continue;
        }
        if (c < 0x800) {
            out.append(char(0xC0 | (c >> 6)));
            out.append(char(0x80 | (c & 0x3F)));
            continue;
        }
        if (QChar::isHighSurrogate(c) && i + 1 < n && QChar::isLowSurrogate(p[i + 1])) {
            const char32_t cp = QChar::surrogateToUcs4(c, p[i + 1]);
            ++i;
            out.append(char(0xF0 | (cp >> 18)));
            out.append(char(0x80 | ((cp >> 12) & 0x3F)));
            out.append(char(0x80 | ((cp >> 6) & 0x3F)));
            out.append(char(0x80 | (cp & 0x3F)));
            continue;
        }
        if (QChar::isSurrogate(c)) {
            // Well-formed JSON.stringify (ES2019): lone surrogates become lowercase escapes.
            const char esc[6]
                = {'\\', 'u', hex[c >> 12], hex[(c >> 8) & 0xF], hex[(c >> 4) & 0xF], hex[c & 0xF]};
            out.append(esc, 6);
            continue;
        }
        out.append(char(0xE0 | (c >> 12)));
        out.append(char(0x80 | ((c >> 6) & 0x3F)));
        out.append(char(0x80 | (c & 0x3F)));
    }
    out.append('"');
}

void appendNumber(QByteArray &out, double d)
{
    if (!std::isfinite(d)) {
        out.append("null", 4); // JSON.stringify turns NaN and Infinity into null
        return;
    }
    out.append(jsNumberToString(d));
}

quint32 arrayIndexValue(QStringView key)
{
    quint64 v = 0;
    for (QChar c : key)
        v = v * 10 + quint64(c.unicode() - u'0');
    return quint32(v);
}

// Member order as JavaScript enumerates an object's own string keys: array indices ascending,
// then the rest in the given order. keyAt(i) gives the i-th of n keys.
template<typename KeyAt>
std::vector<qsizetype> enumerationOrder(qsizetype n, const KeyAt &keyAt, bool sortRest)
{
    std::vector<qsizetype> indexKeys;
    std::vector<qsizetype> rest;
    for (qsizetype i = 0; i < n; ++i) {
        const QStringView k = keyAt(i);
        if (k == u"__proto__" && sortRest)
            continue;
        (isArrayIndexKey(k) ? indexKeys : rest).push_back(i);
    }
    std::sort(indexKeys.begin(), indexKeys.end(), [&keyAt](qsizetype a, qsizetype b) {
        return arrayIndexValue(keyAt(a)) < arrayIndexValue(keyAt(b));
    });
    if (sortRest) {
        // QString comparison is by UTF-16 code units, as JavaScript's default sort.
        std::sort(rest.begin(), rest.end(), [&keyAt](qsizetype a, qsizetype b) {
            return keyAt(a).compare(keyAt(b)) < 0;
        });
    }
    indexKeys.insert(indexKeys.end(), rest.begin(), rest.end());
    return indexKeys;
}

std::vector<qsizetype> enumerationOrder(const JsonObject &o, bool sortRest)
{
    return enumerationOrder(
        o.size(), [&o](qsizetype i) { return QStringView(o.keyAt(i)); }, sortRest);
}

void writeCanonical(QByteArray &out, const JsonValue &v)
{
    switch (v.type()) {
    case JsonValue::Type::Null:
        out.append("null", 4);
        return;
    case JsonValue::Type::Bool:
        out.append(*v.asBool() ? QByteArrayView("true") : QByteArrayView("false"));
        return;
    case JsonValue::Type::Number:
        appendNumber(out, *v.asNumber());
        return;
    case JsonValue::Type::String:
        appendEscapedString(out, *v.asString());
        return;
    case JsonValue::Type::Array: {
        out.append('[');
        bool first = true;
        for (const JsonValue &e : *v.asArray()) {
            if (!first)
                out.append(',');
            first = false;
            writeCanonical(out, e);
        }
        out.append(']');
        return;
    }
    case JsonValue::Type::Object: {
        const JsonObject &o = *v.asObject();
        out.append('{');
        bool first = true;
        for (qsizetype i : enumerationOrder(o, true)) {
            if (!first)
                out.append(',');
            first = false;
            appendEscapedString(out, o.keyAt(i));
            out.append(':');
            writeCanonical(out, o.valueAt(i));
        }
        out.append('}');
        return;
    }
    }
}

void writePretty(QByteArray &out, const JsonValue &v, int indent, int level)
{
    auto newline = [&](int lvl) {
        if (indent == 0)
            return; // JSON.stringify(value) without indentation: compact
        out.append('\n');
        out.append(QByteArray(qsizetype(indent) * lvl, ' '));
    };
    switch (v.type()) {
    case JsonValue::Type::Array: {
        const JsonArray &a = *v.asArray();
        if (a.empty()) {
            out.append("[]", 2);
            return;
        }
        out.append('[');
        for (size_t i = 0; i < a.size(); ++i) {
            if (i)
                out.append(',');
            newline(level + 1);
            writePretty(out, a[i], indent, level + 1);
        }
        newline(level);
        out.append(']');
        return;
    }
    case JsonValue::Type::Object: {
        const JsonObject &o = *v.asObject();
        if (o.isEmpty()) {
            out.append("{}", 2);
            return;
        }
        out.append('{');
        bool first = true;
        for (qsizetype i : enumerationOrder(o, false)) {
            if (!first)
                out.append(',');
            first = false;
            newline(level + 1);
            appendEscapedString(out, o.keyAt(i));
            out.append(indent ? QByteArrayView(": ") : QByteArrayView(":"));
            writePretty(out, o.valueAt(i), indent, level + 1);
        }
        newline(level);
        out.append('}');
        return;
    }
    default:
        writeCanonical(out, v);
    }
}

} // namespace

bool isArrayIndexKey(QStringView key)
{
    if (key.isEmpty() || key.size() > 10)
        return false;
    if (key.size() > 1 && key[0] == u'0')
        return false;
    quint64 v = 0;
    for (QChar c : key) {
        if (c < u'0' || c > u'9')
            return false;
        v = v * 10 + quint64(c.unicode() - u'0');
    }
    return v <= 4294967294ULL;
}

QByteArray jsNumberToString(double value)
{
    if (std::isnan(value))
        return QByteArrayLiteral("NaN");
    if (value == 0)
        return QByteArrayLiteral("0"); // also -0
    if (std::isinf(value))
        return value < 0 ? QByteArrayLiteral("-Infinity") : QByteArrayLiteral("Infinity");

    QByteArray out;
    if (value < 0) {
        out.append('-');
        value = -value;
    }
    // Shortest round-trip digits (Ryu via to_chars), then ECMAScript Number::toString layout.
    char buf[64];
    const auto res = std::to_chars(buf, buf + sizeof buf - 1, value, std::chars_format::scientific);
    *res.ptr = '\0'; // to_chars does not terminate; atoi below needs it
    const char *ePos = std::find(buf, res.ptr, 'e');
    char digits[32];
    int k = 0;
    for (const char *p = buf; p < ePos; ++p) {
        if (*p != '.')
            digits[k++] = *p;
    }
    const int exponent = std::atoi(ePos + 1);
    const int n = exponent + 1; // value = 0.d1d2...dk * 10^n

    if (k <= n && n <= 21) {
        out.append(digits, k);
        out.append(QByteArray(n - k, '0'));
    } else if (0 < n && n <= 21) {
        out.append(digits, n);
        out.append('.');
        out.append(digits + n, k - n);
    } else if (-6 < n && n <= 0) {
        out.append("0.", 2);
        out.append(QByteArray(-n, '0'));
        out.append(digits, k);
    } else {
        out.append(digits[0]);
        if (k > 1) {
            out.append('.');
            out.append(digits + 1, k - 1);
        }
        out.append('e');
        out.append(n - 1 >= 0 ? '+' : '-');
        out.append(QByteArray::number(std::abs(n - 1)));
    }
    return out;
}

QByteArray canonicalize(const JsonValue &value)
{
    QByteArray out;
    out.reserve(512);
    writeCanonical(out, value);
    return out;
}

QByteArray canonicalizeMembers(const std::vector<MemberRef> &members)
{
    std::vector<MemberRef> present;
    present.reserve(members.size());
    for (const MemberRef &m : members) {
        if (m.value)
            present.push_back(m);
    }
    QByteArray out;
    out.reserve(512);
    out.append('{');
    bool first = true;
    const auto keyAt = [&present](qsizetype i) { return present[size_t(i)].key; };
    for (qsizetype i : enumerationOrder(qsizetype(present.size()), keyAt, true)) {
        if (!first)
            out.append(',');
        first = false;
        appendEscapedString(out, present[size_t(i)].key);
        out.append(':');
        writeCanonical(out, *present[size_t(i)].value);
    }
    out.append('}');
    return out;
}

QByteArray toPrettyJson(const JsonValue &value, int indent)
{
    QByteArray out;
    out.reserve(1024);
    writePretty(out, value, indent, 0);
    return out;
}

} // namespace Occ::Json
