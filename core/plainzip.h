// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <optional>

/**
 * A reader of plain zip archives held in memory, for the bundle reader's common case (an audit
 * reads thousands of small bundles, and setting minizip up for each cost more than the rest of
 * reading them).
 *
 * It reads only what minizip would read the same way, and says nullopt to everything else: the
 * caller then leaves the archive to minizip, which accepts it or says what is wrong with it. So
 * the answer never depends on which of the two read an archive; tst_bundle and fuzz_bundle
 * compare them.
 */
namespace Occ::PlainZip {

/** A central directory record, as minizip's unzGetCurrentFileInfo64() reports it. */
struct Record
{
    QByteArray name; ///< undecoded
    quint16 versionMadeBy = 0;
    quint16 flags = 0;
    quint16 method = 0;
    quint32 crc = 0;
    quint64 compressedSize = 0;
    quint64 uncompressedSize = 0;
    quint32 externalAttr = 0;
    quint64 localHeader = 0; ///< offset of the entry's local header
};

/**
 * The central directory of zip, if it is plain: one disk, no ZIP64 (not even a stray ZIP64
 * signature where minizip looks for one), nothing before the archive, its end record last, and
 * every record whole and in the directory. nullopt otherwise.
 */
std::optional<QList<Record>> directory(QByteArrayView zip);

/**
 * The bytes stored for the entry (compressed or not), found through its local header as minizip
 * finds them. nullopt where minizip would refuse to open the entry (a local header that
 * disagrees with the record) or where they would lie outside zip.
 */
std::optional<QByteArrayView> storedData(QByteArrayView zip, const Record &record);

} // namespace Occ::PlainZip
