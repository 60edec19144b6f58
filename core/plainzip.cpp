// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0
#include "plainzip.h"

#include <QtEndian>

#include <algorithm>

namespace Occ::PlainZip {
namespace {

constexpr quint32 kEndSignature = 0x06054b50;
constexpr quint32 kZip64LocatorSignature = 0x07064b50;
constexpr quint32 kCentralSignature = 0x02014b50;
constexpr quint32 kLocalSignature = 0x04034b50;
constexpr qsizetype kEndSize = 22;
constexpr qsizetype kCentralSize = 46;
constexpr qsizetype kLocalSize = 30;
constexpr quint32 kZip64Marker = 0xFFFFFFFF;
constexpr quint16 kZip64ExtraId = 0x0001;
constexpr quint16 kDataDescriptorFlag = 0x8;
// minizip looks for its end records this far back from the end of the file, the last
// 1024 + 4 bytes first.
constexpr qsizetype kSearchBack = 0xFFFF;
constexpr qsizetype kFirstSearch = 1024 + 4;

quint16 le16(const char *p)
{
    return qFromLittleEndian<quint16>(p);
}

quint32 le32(const char *p)
{
    return qFromLittleEndian<quint32>(p);
}

// The highest offset in [from, to] where the signature starts, or -1.
qsizetype lastSignature(QByteArrayView zip, quint32 signature, qsizetype from, qsizetype to)
{
    for (qsizetype at = to; at >= from; --at) {
        if (le32(zip.data() + at) == signature)
            return at;
    }
    return -1;
}

// minizip walks a record's extra field block by block and fails on a walk out of the file; in
// a ZIP64 block (id 1) it reads only the values marked 0xFFFFFFFF and then does not skip the
// rest. Plain: blocks that tile the field exactly, none of them ZIP64.
bool plainExtra(QByteArrayView extra)
{
    qsizetype at = 0;
    while (at < extra.size()) {
        if (extra.size() - at < 4 || le16(extra.data() + at) == kZip64ExtraId)
            return false;
        const qsizetype size = le16(extra.data() + at + 2);
        if (extra.size() - at - 4 < size)
            return false;
        at += 4 + size;
    }
    return true;
}

} // namespace

std::optional<QList<Record>> directory(QByteArrayView zip)
{
    const qsizetype size = zip.size();
    if (size < kEndSize)
        return std::nullopt;
    // minizip takes any ZIP64 locator it finds first; none may be there.
    if (lastSignature(zip,
                      kZip64LocatorSignature,
                      std::max<qsizetype>(0, size - kSearchBack),
                      size - 4)
        >= 0)
        return std::nullopt;
    // It takes the end record that starts nearest to the end (and none at offset 0).
    const qsizetype end = lastSignature(zip,
                                        kEndSignature,
                                        std::max<qsizetype>(1, size - kFirstSearch),
                                        size - 4);
    if (end < 0 || end > size - kEndSize)
        return std::nullopt;
    const char *e = zip.data() + end;
    const quint16 disk = le16(e + 4);
    const quint16 directoryDisk = le16(e + 6);
    const quint16 entriesHere = le16(e + 8);
    const quint16 entries = le16(e + 10);
    const quint32 directorySize = le32(e + 12);
    const quint32 directoryOffset = le32(e + 16);
    const quint16 commentSize = le16(e + 20);
    // 0xFFFF entries: minizip then reads on to the first bad record.
    if (disk != 0 || directoryDisk != 0 || entriesHere != entries || entries == 0
        || entries == 0xFFFF || end + kEndSize + commentSize != size
        || quint64(directoryOffset) + directorySize != quint64(end))
        return std::nullopt;

    QList<Record> records;
    records.reserve(entries);
    qsizetype at = directoryOffset;
    for (int i = 0; i < entries; ++i) {
        if (end - at < kCentralSize)
            return std::nullopt;
        const char *c = zip.data() + at;
        const qsizetype nameSize = le16(c + 28);
        const qsizetype extraSize = le16(c + 30);
        const qsizetype recordSize = kCentralSize + nameSize + extraSize + le16(c + 32);
        if (le32(c) != kCentralSignature || end - at < recordSize
            || !plainExtra(QByteArrayView(c + kCentralSize + nameSize, extraSize)))
            return std::nullopt;
        Record r;
        r.versionMadeBy = le16(c + 4);
        r.flags = le16(c + 8);
        r.method = le16(c + 10);
        r.crc = le32(c + 16);
        r.compressedSize = le32(c + 20);
        r.uncompressedSize = le32(c + 24);
        r.externalAttr = le32(c + 38);
        r.localHeader = le32(c + 42);
        if (r.compressedSize == kZip64Marker || r.uncompressedSize == kZip64Marker
            || r.localHeader == kZip64Marker)
            return std::nullopt;
        r.name = QByteArray(c + kCentralSize, nameSize);
        records.append(std::move(r));
        at += recordSize;
    }
    if (at != end)
        return std::nullopt;
    return records;
}

std::optional<QByteArrayView> storedData(QByteArrayView zip, const Record &record)
{
    // The checks of minizip's unz64local_CheckCurrentFileCoherencyHeader(), in its terms.
    const quint64 size = quint64(zip.size());
    if (record.localHeader > size || size - record.localHeader < quint64(kLocalSize))
        return std::nullopt;
    const char *l = zip.data() + record.localHeader;
    const bool described = le16(l + 6) & kDataDescriptorFlag; // crc and sizes come after
    const quint32 compressed = le32(l + 18);
    const quint32 uncompressed = le32(l + 22);
    if (le32(l) != kLocalSignature || le16(l + 8) != record.method
        || (!described && le32(l + 14) != record.crc)
        || (!described && compressed != kZip64Marker && compressed != record.compressedSize)
        || (!described && uncompressed != kZip64Marker && uncompressed != record.uncompressedSize)
        || le16(l + 26) != quint16(record.name.size()))
        return std::nullopt;
    const quint64 data = record.localHeader + kLocalSize + le16(l + 26) + le16(l + 28);
    if (data > size || size - data < record.compressedSize)
        return std::nullopt;
    return zip.sliced(qsizetype(data), qsizetype(record.compressedSize));
}

} // namespace Occ::PlainZip
