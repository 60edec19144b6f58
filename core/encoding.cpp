// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0
#include "encoding.h"

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace Occ::Encoding {
namespace {

constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

// Value of a base64 digit, -1 for anything else.
constexpr auto kStandardValues = [] {
    std::array<qint8, 128> values{};
    values.fill(-1);
    for (int i = 0; i < 64; ++i)
        values[size_t(kAlphabet[i])] = qint8(i);
    return values;
}();

int standardValue(char16_t c)
{
    return c < 128 ? kStandardValues[c] : -1;
}

} // namespace

QString toBase64(QByteArrayView bytes)
{
    QString out;
    out.reserve((bytes.size() + 2) / 3 * 4);
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    for (; i + 3 <= n; i += 3) {
        const quint32 v = (quint32(p[i]) << 16) | (quint32(p[i + 1]) << 8) | p[i + 2];
        out.append(QLatin1Char(kAlphabet[v >> 18]));
        out.append(QLatin1Char(kAlphabet[(v >> 12) & 63]));
        out.append(QLatin1Char(kAlphabet[(v >> 6) & 63]));
        out.append(QLatin1Char(kAlphabet[v & 63]));
    }
    if (n - i == 1) {
        const quint32 v = quint32(p[i]) << 16;
        out.append(QLatin1Char(kAlphabet[v >> 18]));
        out.append(QLatin1Char(kAlphabet[(v >> 12) & 63]));
        out.append(u"=="_s);
    } else if (n - i == 2) {
        const quint32 v = (quint32(p[i]) << 16) | (quint32(p[i + 1]) << 8);
        out.append(QLatin1Char(kAlphabet[v >> 18]));
        out.append(QLatin1Char(kAlphabet[(v >> 12) & 63]));
        out.append(QLatin1Char(kAlphabet[(v >> 6) & 63]));
        out.append(u'=');
    }
    return out;
}

std::optional<QByteArray> fromBase64Strict(QStringView text)
{
    const qsizetype n = text.size();
    if (n % 4 != 0)
        return std::nullopt;
    // Padding: one or two '=' closing the last group, nowhere else ('=' is no digit below).
    const qsizetype pad = n == 0 || text[n - 1] != u'=' ? 0 : text[n - 2] == u'=' ? 2 : 1;
    QByteArray out(n / 4 * 3 - pad, Qt::Uninitialized);
    char *o = out.data();
    const char16_t *p = text.utf16();
    const qsizetype unpadded = pad ? n - 4 : n;
    for (qsizetype i = 0; i < unpadded; i += 4) {
        const int a = standardValue(p[i]);
        const int b = standardValue(p[i + 1]);
        const int c = standardValue(p[i + 2]);
        const int d = standardValue(p[i + 3]);
        if ((a | b | c | d) < 0)
            return std::nullopt;
        const quint32 w = (quint32(a) << 18) | (quint32(b) << 12) | (quint32(c) << 6) | quint32(d);
        *o++ = char(w >> 16);
        *o++ = char((w >> 8) & 0xFF);
        *o++ = char(w & 0xFF);
    }
    if (pad) {
        const int a = standardValue(p[n - 4]);
        const int b = standardValue(p[n - 3]);
        const int c = pad == 1 ? standardValue(p[n - 2]) : 0;
        // Non-zero bits under the padding would not round-trip.
        if ((a | b | c) < 0 || (pad == 1 && (c & 0x3)) || (pad == 2 && (b & 0xF)))
            return std::nullopt;
        const quint32 w = (quint32(a) << 18) | (quint32(b) << 12) | (quint32(c) << 6);
        *o++ = char(w >> 16);
        if (pad == 1)
            *o++ = char((w >> 8) & 0xFF);
    }
    return out;
}

QByteArray fromBase64Lenient(QStringView text)
{
    QByteArray out;
    out.reserve(text.size() / 4 * 3 + 3);
    quint32 acc = 0;
    int bits = 0;
    for (QChar qc : text) {
        // Node reads a string holding characters above U+00FF by their low byte.
        const char16_t c = qc.unicode() > 0xFF ? char16_t(qc.unicode() & 0xFF) : qc.unicode();
        if (c == u'=')
            break;
        int v = standardValue(c);
        if (c == u'-')
            v = 62;
        else if (c == u'_')
            v = 63;
        if (v < 0)
            continue;
        acc = (acc << 6) | quint32(v);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out.append(char((acc >> bits) & 0xFF));
        }
    }
    return out;
}

QString base64UrlToBase64(QStringView text)
{
    QString out = text.toString();
    out.replace(u'-', u'+');
    out.replace(u'_', u'/');
    while (out.size() % 4 != 0)
        out.append(u'=');
    return out;
}

QString base64ToBase64Url(QStringView text)
{
    QString out = text.toString();
    out.replace(u'+', u'-');
    out.replace(u'/', u'_');
    while (out.endsWith(u'='))
        out.chop(1);
    return out;
}

QString toHex(QByteArrayView bytes)
{
    return QString::fromLatin1(bytes.toByteArray().toHex());
}

bool isCanonicalDecimal(QStringView text)
{
    if (text.isEmpty())
        return false;
    if (text.size() > 1 && text[0] == u'0')
        return false;
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

int compareDecimal(QStringView a, QStringView b)
{
    if (a.size() != b.size())
        return a.size() < b.size() ? -1 : 1;
    return a.compare(b);
}

} // namespace Occ::Encoding
