// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0
#include "encoding.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Occ::Encoding {
namespace {

const char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

int standardValue(char16_t c)
{
    if (c >= u'A' && c <= u'Z')
        return c - u'A';
    if (c >= u'a' && c <= u'z')
        return c - u'a' + 26;
    if (c >= u'0' && c <= u'9')
        return c - u'0' + 52;
    if (c == u'+')
        return 62;
    if (c == u'/')
        return 63;
    return -1;
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
    QByteArray out;
    out.reserve(n / 4 * 3);
    for (qsizetype i = 0; i < n; i += 4) {
        int v[4];
        int pad = 0;
        for (int j = 0; j < 4; ++j) {
            const char16_t c = text[i + j].unicode();
            if (c == u'=') {
                // Padding only in the last group, only in the last two places, and contiguous.
                if (i + 4 != n || j < 2)
                    return std::nullopt;
                ++pad;
                v[j] = 0;
                continue;
            }
            if (pad)
                return std::nullopt;
            v[j] = standardValue(c);
            if (v[j] < 0)
                return std::nullopt;
        }
        const quint32 w = (quint32(v[0]) << 18) | (quint32(v[1]) << 12) | (quint32(v[2]) << 6)
                          | quint32(v[3]);
        out.append(char(w >> 16));
        if (pad < 2)
            out.append(char((w >> 8) & 0xFF));
        if (pad < 1)
            out.append(char(w & 0xFF));
        // Non-zero bits under the padding would not round-trip.
        if ((pad == 1 && (v[2] & 0x3)) || (pad == 2 && (v[1] & 0xF)))
            return std::nullopt;
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
