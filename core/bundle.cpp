// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0
#include "bundle.h"

#include "canonicaljson.h"
#include "crypto.h"
#include "encoding.h"
#include "plainzip.h"
#include "savefile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMap>
#include <QSaveFile>
#include <QSet>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipfileinfo.h>
#include <quazip/quazipnewinfo.h>
#include <quazip/unzip.h>

using namespace Qt::StringLiterals;

namespace Occ {
namespace {

constexpr char16_t kProofName[] = u"proof.json";
constexpr char16_t kRenamedOriginal[] = u"original_proof.json";
constexpr char16_t kVerifyText[] = u"VERIFY.txt";
constexpr qint64 kChunk = 1 << 20;
constexpr int kStored = 0;
constexpr int kDeflated = 8;

Error bundleError(const QString &path, const QString &what)
{
    return makeError(ErrorCode::InvalidArgument,
                     QCoreApplication::translate("Occ::Bundle",
                                                 "%1 is not a usable proof bundle: %2")
                         .arg(QFileInfo(path).fileName(), what));
}

QString storedName(const QString &name)
{
    return name == QStringView(kProofName) ? QString::fromUtf16(kRenamedOriginal) : name;
}

// Copies a file into the open zip entry while hashing it.
Result<QByteArray> copyHashing(const QString &source, QIODevice &out)
{
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("Occ::Bundle", "Cannot read %1: %2")
                             .arg(source, in.errorString()));
    QByteArray buffer(kChunk, Qt::Uninitialized);
    Crypto::Sha256 hasher;
    for (;;) {
        const qint64 n = in.read(buffer.data(), kChunk);
        if (n < 0)
            return makeError(ErrorCode::Io,
                             QCoreApplication::translate("Occ::Bundle", "Cannot read %1: %2")
                                 .arg(source, in.errorString()));
        if (n == 0)
            break;
        hasher.update(QByteArrayView(buffer.constData(), n));
        if (out.write(buffer.constData(), n) != n)
            return makeError(ErrorCode::Io,
                             QCoreApplication::translate("Occ::Bundle",
                                                         "Cannot write the bundle: %1")
                                 .arg(out.errorString()));
    }
    return hasher.final();
}

// What pass 1 needs of a central directory record: the record as minizip reports it (the plain
// reader gives the same), and its name decoded. Read with minizip directly: QuaZip's
// getCurrentFileInfo() also builds a local QDateTime, whose mktime() stats /etc/localtime on
// every call, and copies the comment and extra field; that was a tenth of an audit's time.
struct EntryInfo
{
    QString name;
    PlainZip::Record record; ///< its name bytes and localHeader: from the plain reader only
};

// Decodes the name as QuaZip::getCurrentFileInfo() does.
bool currentEntryInfo(QuaZip &zip, EntryInfo &info)
{
    unz_file_info64 z;
    if (unzGetCurrentFileInfo64(zip.getUnzFile(), &z, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK)
        return false;
    QByteArray name(qsizetype(z.size_filename), Qt::Uninitialized);
    if (unzGetCurrentFileInfo64(
            zip.getUnzFile(), nullptr, name.data(), uLong(name.size()), nullptr, 0, nullptr, 0)
        != UNZ_OK)
        return false;
    info.name = (z.flag & UNZ_ENCODING_UTF8) ? QString::fromUtf8(name)
                                             : zip.getFileNameCodec()->toUnicode(name);
    PlainZip::Record &r = info.record;
    r.versionMadeBy = quint16(z.version);
    r.flags = quint16(z.flag);
    r.method = quint16(z.compression_method);
    r.uncompressedSize = z.uncompressed_size;
    r.compressedSize = z.compressed_size;
    r.crc = quint32(z.crc);
    r.externalAttr = quint32(z.external_fa);
    return true;
}

bool isSymlink(const EntryInfo &info)
{
    // Unix "made by" hosts keep st_mode in the high 16 bits of the external attributes.
    const quint32 mode = info.record.externalAttr >> 16;
    return (info.record.versionMadeBy >> 8) == 3 && (mode & 0170000) == 0120000;
}

QString nameProblem(const QString &name)
{
    if (name.isEmpty())
        return QCoreApplication::translate("Occ::Bundle", "an entry has an empty name");
    if (name.contains(u'\\'))
        return QCoreApplication::translate("Occ::Bundle", "entry \"%1\" contains a backslash")
            .arg(name);
    if (name.startsWith(u'/') || (name.size() >= 2 && name[1] == u':'))
        return QCoreApplication::translate("Occ::Bundle", "entry \"%1\" has an absolute path")
            .arg(name);
    if (name.contains(QChar(0)))
        return QCoreApplication::translate("Occ::Bundle", "entry \"%1\" contains a NUL character")
            .arg(name);
    const QStringList parts = name.split(u'/');
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString &p = parts[i];
        if (p == u".." || p == u".")
            return QCoreApplication::translate("Occ::Bundle",
                                               "entry \"%1\" contains a \"%2\" path component")
                .arg(name, p);
        if (p.isEmpty() && i + 1 != parts.size())
            return QCoreApplication::translate("Occ::Bundle",
                                               "entry \"%1\" contains an empty path component")
                .arg(name);
    }
    return {};
}

struct EntryPlan
{
    QString name;
    bool isProof = false;
    qint64 declaredSize = 0;
    quint64 compressedSize = 0;
    quint32 crc = 0;
    quint16 method = 0;
    unz64_file_pos position{}; ///< where minizip found its directory record
    qsizetype record = -1;     ///< or its index in a PlainZip::directory()
};

} // namespace

QString Bundle::freePath(const QString &dir, const QString &base)
{
    const QDir d(dir);
    QString candidate = d.filePath(base + u".proof.zip"_s);
    for (int n = 2; QFileInfo::exists(candidate); ++n)
        candidate = d.filePath(u"%1 (%2).proof.zip"_s.arg(base).arg(n));
    return candidate;
}

Result<void> Bundle::checkNames(const QList<BundleSource> &sources, bool batch)
{
    QSet<QString> folders;
    for (const BundleSource &s : sources) {
        if (!nameProblem(s.name).isEmpty() || s.name.contains(u'/'))
            return makeError(ErrorCode::InvalidArgument,
                             QCoreApplication::translate(
                                 "Occ::Bundle", "\"%1\" is not a usable file name in a bundle")
                                 .arg(s.name));
        // The reader refuses names that differ only in case (they collide on case-insensitive
        // file systems), so the writer must never produce them.
        const QString folded = s.name.toCaseFolded();
        if (batch && folders.contains(folded))
            return makeError(ErrorCode::InvalidArgument,
                             QCoreApplication::translate("Occ::Bundle",
                                                         "Two files in the batch are named \"%1\"")
                                 .arg(s.name));
        folders.insert(folded);
    }
    return {};
}

Result<void> Bundle::write(const QString &path,
                           const QList<BundleSource> &sources,
                           bool batch,
                           bool overwrite)
{
    if (sources.isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("Occ::Bundle", "Nothing to put in a bundle"));
    if (!batch && sources.size() != 1)
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("Occ::Bundle",
                                                     "A single bundle holds exactly one file"));
    if (!overwrite && QFileInfo::exists(path))
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("Occ::Bundle",
                                                     "%1 already exists; not overwriting it")
                             .arg(path));
    if (auto names = checkNames(sources, batch); !names)
        return names;

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("Occ::Bundle", "Cannot write %1: %2")
                             .arg(path, file.errorString()));
    {
        QuaZip zip(&file);
        zip.setAutoClose(false); // QSaveFile must stay open until commit()
        zip.setUtf8Enabled(true);
        bool large = false;
        for (const BundleSource &s : sources)
            large = large || QFileInfo(s.path).size() >= (qint64(1) << 31);
        zip.setZip64Enabled(large);
        if (!zip.open(QuaZip::mdCreate)) {
            file.cancelWriting();
            return makeError(ErrorCode::Io,
                             QCoreApplication::translate("Occ::Bundle",
                                                         "Cannot create the zip archive %1")
                                 .arg(path));
        }
        for (const BundleSource &s : sources) {
            const QString prefix = batch ? s.name + u'/' : QString();
            const QString *digestB64 = s.proof.member(u"artifact")
                                           ? s.proof.member(u"artifact")->stringMember(u"digestB64")
                                           : nullptr;
            const auto expected = digestB64 ? Encoding::fromBase64Strict(*digestB64) : std::nullopt;
            if (!expected) {
                file.cancelWriting();
                return makeError(ErrorCode::InvalidProof,
                                 QCoreApplication::translate(
                                     "Occ::Bundle", "The proof for %1 has no artifact digest")
                                     .arg(s.name));
            }

            QuaZipNewInfo info(prefix + storedName(s.name), s.path);
            info.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                | QFileDevice::ReadGroup | QFileDevice::ReadOther);
            QuaZipFile original(&zip);
            if (!original.open(QIODevice::WriteOnly, info, nullptr, 0, kStored, 0)) {
                file.cancelWriting();
                return makeError(ErrorCode::Io,
                                 QCoreApplication::translate("Occ::Bundle",
                                                             "Cannot add %1 to the bundle")
                                     .arg(s.name));
            }
            auto digest = copyHashing(s.path, original);
            original.close();
            if (!digest) {
                file.cancelWriting();
                return digest.error();
            }
            if (*digest != *expected) {
                file.cancelWriting();
                return makeError(ErrorCode::Io,
                                 QCoreApplication::translate("Occ::Bundle",
                                                             "%1 changed after it was hashed: its "
                                                             "bytes no longer match the "
                                                             "proof, so no bundle was written")
                                     .arg(s.path));
            }

            QuaZipNewInfo proofInfo(prefix + QString::fromUtf16(kProofName));
            proofInfo.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                     | QFileDevice::ReadGroup | QFileDevice::ReadOther);
            QuaZipFile proof(&zip);
            if (!proof.open(QIODevice::WriteOnly, proofInfo, nullptr, 0, kDeflated, 6)) {
                file.cancelWriting();
                return makeError(ErrorCode::Io,
                                 QCoreApplication::translate(
                                     "Occ::Bundle", "Cannot add proof.json to the bundle"));
            }
            proof.write(Json::toPrettyJson(s.proof));
            proof.close();
            if (proof.getZipError() != ZIP_OK) {
                file.cancelWriting();
                return makeError(ErrorCode::Io,
                                 QCoreApplication::translate(
                                     "Occ::Bundle", "Cannot write proof.json into the bundle"));
            }
        }
        zip.close();
        if (zip.getZipError() != ZIP_OK) {
            file.cancelWriting();
            return makeError(ErrorCode::Io,
                             QCoreApplication::translate("Occ::Bundle",
                                                         "Cannot finish the zip archive %1")
                                 .arg(path));
        }
    }
    // Checks that the zip's last bytes (central directory) reached the disk before renaming.
    return commitSaveFile(file, path);
}

namespace {

// A zip held in memory, for minizip: reads are plain copies. minizip reads its headers a few
// bytes at a time, and through a QIODevice each of those reads had a cost of its own. Seeks
// behave as QuaZip's QIODevice functions on the file (from the end: size - offset), past the end
// too, where reads give nothing: refusing those, as a QBuffer does, failed zips that minizip
// reads from a file (an extra field whose last block claims more than is left).
struct MemoryZip
{
    QByteArrayView bytes;
    qint64 pos = 0;
};

voidpf ZCALLBACK memoryOpen(voidpf opaque, voidpf, int mode)
{
    return (mode & ZLIB_FILEFUNC_MODE_READWRITEFILTER) == ZLIB_FILEFUNC_MODE_READ ? opaque
                                                                                  : nullptr;
}

uLong ZCALLBACK memoryRead(voidpf, voidpf stream, void *buf, uLong size)
{
    auto *m = static_cast<MemoryZip *>(stream);
    const qint64 n = std::min<qint64>(qint64(size), m->bytes.size() - m->pos);
    if (n <= 0)
        return 0;
    memcpy(buf, m->bytes.data() + m->pos, size_t(n));
    m->pos += n;
    return uLong(n);
}

uLong ZCALLBACK memoryWrite(voidpf, voidpf, const void *, uLong)
{
    return 0;
}

uLong ZCALLBACK memoryTell(voidpf, voidpf stream)
{
    return uLong(static_cast<MemoryZip *>(stream)->pos);
}

int ZCALLBACK memorySeek(voidpf, voidpf stream, uLong offset, int origin)
{
    auto *m = static_cast<MemoryZip *>(stream);
    qint64 to = 0;
    switch (origin) {
    case ZLIB_FILEFUNC_SEEK_CUR:
        to = m->pos + qint64(offset);
        break;
    case ZLIB_FILEFUNC_SEEK_END:
        to = m->bytes.size() - qint64(offset);
        break;
    case ZLIB_FILEFUNC_SEEK_SET:
        to = qint64(offset);
        break;
    default:
        return -1;
    }
    if (to < 0)
        return -1;
    m->pos = to;
    return 0;
}

int ZCALLBACK memoryClose(voidpf, voidpf)
{
    return 0;
}

int ZCALLBACK memoryError(voidpf, voidpf)
{
    return 0;
}

// One raw inflater per thread, reset for each entry. minizip sets zlib up anew for every entry
// (a 7 KiB state, then a 32 KiB window as it inflates in steps): for a bundle of a small proof
// and its file, that was most of the cost of reading it. Inflating an entry in one call needs no
// window at all.
class Inflater
{
public:
    Inflater() { m_ready = inflateInit2(&m_stream, -MAX_WBITS) == Z_OK; }
    ~Inflater()
    {
        if (m_ready)
            inflateEnd(&m_stream);
    }
    Inflater(const Inflater &) = delete;
    Inflater &operator=(const Inflater &) = delete;

    /// Inflates all of in into out, which must come to exactly size bytes.
    bool inflateExactly(QByteArrayView in, qint64 size, QByteArray &out)
    {
        if (!m_ready || inflateReset(&m_stream) != Z_OK)
            return false;
        out.resize(qsizetype(size) + 1); // one more, to see a stream longer than declared
        m_stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in.data()));
        m_stream.avail_in = uInt(in.size());
        m_stream.next_out = reinterpret_cast<Bytef *>(out.data());
        m_stream.avail_out = uInt(out.size());
        const int ret = inflate(&m_stream, Z_FINISH);
        if (ret != Z_STREAM_END || m_stream.total_out != uLong(size) || m_stream.avail_in != 0)
            return false;
        out.resize(qsizetype(size));
        return true;
    }

private:
    z_stream m_stream{};
    bool m_ready = false;
};

// Pass 1 of reading a bundle, shared by both readers: checks the central directory, record by
// record in its order, before any data is read, then lays the entries out as items.
class DirectoryCheck
{
public:
    DirectoryCheck(const QString &path, const BundleLimits &limits)
        : m_path(path)
        , m_limits(limits)
    {}

    /// The next record; an error makes the bundle unusable. Entries with data join the plan.
    std::optional<Error> add(const EntryInfo &info, const EntryPlan &where)
    {
        if (m_count + 1 > m_limits.maxEntries)
            return bundleError(m_path,
                               QCoreApplication::translate("Occ::Bundle",
                                                           "it has more than %1 entries")
                                   .arg(m_limits.maxEntries));
        ++m_count;
        const QString &name = info.name;
        if (const QString problem = nameProblem(name); !problem.isEmpty())
            return bundleError(m_path, problem);
        if (m_seen.contains(name))
            return bundleError(m_path,
                               QCoreApplication::translate("Occ::Bundle",
                                                           "entry \"%1\" appears twice")
                                   .arg(name));
        // Names that differ only in case would collide on case-insensitive file systems.
        const QString folded = name.toCaseFolded();
        if (m_seenFolded.contains(folded))
            return bundleError(m_path,
                               QCoreApplication::translate(
                                   "Occ::Bundle", "entry \"%1\" differs from another only in case")
                                   .arg(name));
        m_seen.insert(name);
        m_seenFolded.insert(folded);
        if (isSymlink(info))
            return bundleError(m_path,
                               QCoreApplication::translate("Occ::Bundle",
                                                           "entry \"%1\" is a symbolic link")
                                   .arg(name));
        if (info.record.flags & 0x1)
            return bundleError(m_path,
                               QCoreApplication::translate("Occ::Bundle",
                                                           "entry \"%1\" is encrypted")
                                   .arg(name));
        if (name.endsWith(u'/'))
            return std::nullopt; // a folder entry: nothing to read
        if (info.record.method != kStored && info.record.method != kDeflated)
            return bundleError(
                m_path,
                QCoreApplication::translate("Occ::Bundle",
                                            "entry \"%1\" uses an unsupported compression method")
                    .arg(name));
        const bool isProof = name == QStringView(kProofName) || name.endsWith(u"/proof.json");
        const qint64 cap = isProof ? m_limits.maxProofSize : m_limits.maxOriginalSize;
        if (info.record.uncompressedSize > quint64(cap)) {
            return bundleError(
                m_path,
                QCoreApplication::translate("Occ::Bundle",
                                            "entry \"%1\" declares %2 bytes, over the limit of %3")
                    .arg(name)
                    .arg(info.record.uncompressedSize)
                    .arg(cap));
        }
        EntryPlan entry = where;
        entry.name = name;
        entry.isProof = isProof;
        entry.declaredSize = qint64(info.record.uncompressedSize);
        entry.compressedSize = info.record.compressedSize;
        entry.crc = info.record.crc;
        entry.method = info.record.method;
        m_plan.append(entry);
        m_largest = std::max(m_largest, entry.declaredSize);
        return std::nullopt;
    }

    struct Layout
    {
        QList<EntryPlan> plan;
        QList<BundleItem> items;
        QHash<QString, qsizetype> itemOfEntry; ///< entry name -> index in items
        qint64 largest = 0; ///< declared, so only a hint for a read buffer's size
    };

    /// Once every record is in: the items, and which entry goes where.
    Result<Layout> finish()
    {
        const QString &path = m_path;
        const QList<EntryPlan> &plan = m_plan;
        // Group by folder: "" for a single bundle, "<name>" for each item of a batch bundle.
        QMap<QString, QStringList> groups;
        for (const EntryPlan &e : std::as_const(plan)) {
            const qsizetype slash = e.name.indexOf(u'/');
            if (slash >= 0 && e.name.indexOf(u'/', slash + 1) >= 0)
                return bundleError(path,
                                   QCoreApplication::translate("Occ::Bundle",
                                                               "entry \"%1\" is nested too deeply")
                                       .arg(e.name));
            groups[slash < 0 ? QString() : e.name.left(slash)].append(e.name);
        }
        QList<BundleItem> items;
        QHash<QString, qsizetype> itemOfEntry; // entry name -> index in items
        QHash<QString, QString> proofEntryOfItem;
        for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
            const QString prefix = it.key().isEmpty() ? QString() : it.key() + u'/';
            const QString proofEntry = prefix + QString::fromUtf16(kProofName);
            if (!it->contains(proofEntry)) {
                if (it.key().isEmpty() && groups.size() > 1
                    && std::all_of(it->cbegin(), it->cend(), [](const QString &n) {
                           return n == QStringView(kVerifyText);
                       }))
                    continue; // a batch bundle's top-level VERIFY.txt
                return bundleError(
                    path,
                    it.key().isEmpty()
                        ? QCoreApplication::translate("Occ::Bundle", "it has no proof.json")
                        : QCoreApplication::translate("Occ::Bundle",
                                                      "folder \"%1\" has no proof.json")
                              .arg(it.key()));
            }
            if (it.key().isEmpty() && groups.size() > 1)
                return bundleError(path,
                                   QCoreApplication::translate(
                                       "Occ::Bundle", "it mixes a single proof with batch folders"));
            BundleItem item;
            item.folder = it.key();
            QStringList originals;
            for (const QString &n : *it) {
                if (n != proofEntry && n != prefix + QString::fromUtf16(kVerifyText))
                    originals.append(n);
            }
            if (originals.size() > 1) {
                return bundleError(
                    path,
                    QCoreApplication::translate("Occ::Bundle",
                                                "%1 has more than one candidate original (%2)")
                        .arg(it.key().isEmpty() ? u"it"_s : u"folder \"%1\""_s.arg(it.key()),
                             originals.join(u", "_s)));
            }
            if (!originals.isEmpty()) {
                item.hasOriginal = true;
                const QString stored = originals.first().mid(prefix.size());
                item.originalName = stored == QStringView(kRenamedOriginal)
                                        ? QString::fromUtf16(kProofName)
                                        : stored;
                itemOfEntry.insert(originals.first(), items.size());
            }
            itemOfEntry.insert(proofEntry, items.size());
            items.append(item);
        }

        return Layout{m_plan, items, itemOfEntry, m_largest};
    }

private:
    const QString &m_path;
    const BundleLimits &m_limits;
    qsizetype m_count = 0;
    QSet<QString> m_seen;
    QSet<QString> m_seenFolded;
    QList<EntryPlan> m_plan;
    qint64 m_largest = 0;
};

// The general reader, through minizip: any zip, from a file or from memory (ioApi).
Result<QList<BundleItem>> readZip(QuaZip &zip,
                                  zlib_filefunc_def *ioApi,
                                  const QString &path,
                                  const BundleLimits &limits,
                                  const std::atomic_bool *cancel)
{
    if (!zip.open(QuaZip::mdUnzip, ioApi))
        return bundleError(path,
                           QCoreApplication::translate("Occ::Bundle",
                                                       "it is not a readable zip archive"));

    DirectoryCheck check(path, limits);
    // As QuaZip's goToFirstFile()/goToNextFile(): the end of the list is no error, any other
    // failure to move on is.
    int moved = unzGoToFirstFile(zip.getUnzFile());
    for (; moved == UNZ_OK; moved = unzGoToNextFile(zip.getUnzFile())) {
        EntryInfo info;
        EntryPlan where;
        if (!currentEntryInfo(zip, info)
            || unzGetFilePos64(zip.getUnzFile(), &where.position) != UNZ_OK)
            return bundleError(path,
                               QCoreApplication::translate("Occ::Bundle",
                                                           "its directory cannot be read"));
        if (auto error = check.add(info, where))
            return *error;
    }
    if (moved != UNZ_OK && moved != UNZ_END_OF_LIST_OF_FILE)
        return bundleError(path,
                           QCoreApplication::translate("Occ::Bundle", "its directory is damaged"));
    auto layout = check.finish();
    if (!layout)
        return layout.error();
    const QList<EntryPlan> &plan = layout->plan;
    QList<BundleItem> &items = layout->items;
    const QHash<QString, qsizetype> &itemOfEntry = layout->itemOfEntry;
    const qint64 largest = layout->largest;

    // Pass 2: read every entry under its cap, hashing originals as they stream.
    // Small entries get a small buffer: a 1 MiB one per bundle costs more than reading it.
    QByteArray buffer(qsizetype(std::clamp<qint64>(largest + 1, 4096, kChunk)), Qt::Uninitialized);
    for (const EntryPlan &e : std::as_const(plan)) {
        if (!itemOfEntry.contains(e.name))
            continue; // VERIFY.txt: never read
        BundleItem &item = items[itemOfEntry.value(e.name)];
        // QuaZip::setCurrentFile(), used here before, refused names over its maximum length.
        if (e.name.size() > QuaZip::MAX_FILE_NAME_LENGTH
            || unzGoToFilePos64(zip.getUnzFile(), &e.position) != UNZ_OK)
            return bundleError(path,
                               QCoreApplication::translate("Occ::Bundle",
                                                           "entry \"%1\" cannot be found")
                                   .arg(e.name));
        if (unzOpenCurrentFile(zip.getUnzFile()) != UNZ_OK)
            return bundleError(path,
                               QCoreApplication::translate("Occ::Bundle",
                                                           "entry \"%1\" cannot be opened")
                                   .arg(e.name));
        const qint64 cap = e.isProof ? limits.maxProofSize : limits.maxOriginalSize;
        Crypto::Sha256 hasher;
        QByteArray proofText;
        qint64 total = 0;
        for (;;) {
            if (cancel && cancel->load(std::memory_order_relaxed))
                return makeError(ErrorCode::Cancelled,
                                 QCoreApplication::translate("Occ::Bundle",
                                                             "Reading the bundle was cancelled"));
            const int n = unzReadCurrentFile(zip.getUnzFile(),
                                             buffer.data(),
                                             unsigned(buffer.size()));
            if (n < 0)
                return bundleError(path,
                                   QCoreApplication::translate("Occ::Bundle",
                                                               "entry \"%1\" is damaged")
                                       .arg(e.name));
            if (n == 0)
                break;
            total += n;
            if (total > cap)
                return bundleError(path,
                                   QCoreApplication::translate(
                                       "Occ::Bundle", "entry \"%1\" holds more than %2 bytes")
                                       .arg(e.name)
                                       .arg(cap));
            if (e.isProof)
                proofText.append(buffer.constData(), n);
            else
                hasher.update(QByteArrayView(buffer.constData(), n));
        }
        const int closed = unzCloseCurrentFile(zip.getUnzFile());
        if (closed == UNZ_CRCERROR)
            return bundleError(path,
                               QCoreApplication::translate(
                                   "Occ::Bundle",
                                   "entry \"%1\" fails its CRC check (the archive is corrupt)")
                                   .arg(e.name));
        if (closed != UNZ_OK)
            return bundleError(path,
                               QCoreApplication::translate("Occ::Bundle", "entry \"%1\" is damaged")
                                   .arg(e.name));
        if (total != e.declaredSize) {
            return bundleError(
                path,
                QCoreApplication::translate("Occ::Bundle",
                                            "entry \"%1\" holds %2 bytes but its header says %3")
                    .arg(e.name)
                    .arg(total)
                    .arg(e.declaredSize));
        }
        if (e.isProof) {
            item.proofText = proofText;
        } else {
            item.originalDigest = hasher.final();
            item.originalSize = total;
        }
    }
    return items;
}

// The reader for the common case, a plain zip held in memory (see PlainZip): nullopt when the
// zip is not plain or an entry's data is not what its record says, for readZip to read and
// judge. A bundle it accepts or refuses, readZip would accept or refuse alike.
std::optional<Result<QList<BundleItem>>> readPlainZip(const QByteArray &bytes,
                                                      const QString &path,
                                                      const BundleLimits &limits,
                                                      const std::atomic_bool *cancel)
{
    const auto records = PlainZip::directory(bytes);
    if (!records)
        return std::nullopt;
    DirectoryCheck check(path, limits);
    for (qsizetype i = 0; i < records->size(); ++i) {
        EntryInfo info;
        info.record = records->at(i);
        const QByteArray &name = info.record.name;
        // Names are decoded as currentEntryInfo() does; without the UTF-8 flag that takes
        // QuaZip's codec, which agrees with Latin-1 on ASCII only.
        if (info.record.flags & UNZ_ENCODING_UTF8)
            info.name = QString::fromUtf8(name);
        else if (std::all_of(name.cbegin(), name.cend(), [](char c) { return c >= 0; }))
            info.name = QString::fromLatin1(name);
        else
            return std::nullopt;
        EntryPlan where;
        where.record = i;
        if (auto error = check.add(info, where))
            return Result<QList<BundleItem>>(*error);
    }
    auto layout = check.finish();
    if (!layout)
        return Result<QList<BundleItem>>(layout.error());

    // Pass 2, all in memory: each entry inflated in one call, to exactly its declared size.
    thread_local Inflater inflater;
    for (const EntryPlan &e : std::as_const(layout->plan)) {
        if (!layout->itemOfEntry.contains(e.name))
            continue; // VERIFY.txt: never read
        if (cancel && cancel->load(std::memory_order_relaxed))
            return Result<QList<BundleItem>>(
                makeError(ErrorCode::Cancelled,
                          QCoreApplication::translate("Occ::Bundle",
                                                      "Reading the bundle was cancelled")));
        // minizip refuses longer names here (readZip: "cannot be found").
        if (e.name.size() > QuaZip::MAX_FILE_NAME_LENGTH || e.declaredSize > kChunk)
            return std::nullopt;
        const auto stored = PlainZip::storedData(bytes, records->at(e.record));
        if (!stored)
            return std::nullopt;
        QByteArray unpacked;
        QByteArrayView data;
        if (e.method == kStored) {
            if (stored->size() != e.declaredSize)
                return std::nullopt;
            data = *stored;
        } else {
            if (!inflater.inflateExactly(*stored, e.declaredSize, unpacked))
                return std::nullopt;
            data = unpacked;
        }
        if (crc32_z(0, reinterpret_cast<const Bytef *>(data.data()), size_t(data.size())) != e.crc)
            return std::nullopt;
        BundleItem &item = layout->items[layout->itemOfEntry.value(e.name)];
        if (!e.isProof) {
            item.originalDigest = Crypto::Sha256::hash(data);
            item.originalSize = data.size();
        } else if (e.method == kStored) {
            item.proofText = data.toByteArray();
        } else {
            item.proofText = std::move(unpacked);
        }
    }
    return Result<QList<BundleItem>>(std::move(layout->items));
}

} // namespace

Result<QList<BundleItem>> Bundle::read(const QString &path,
                                       const BundleLimits &limits,
                                       const std::atomic_bool *cancel)
{
    QFile file(path);
    if (file.open(QIODevice::ReadOnly) && file.size() <= limits.maxInMemorySize) {
        // One read instead of a seek and a read per zip structure. read(n) allocates n bytes up
        // front, so ask for what is there (and one more, to see a file that grew).
        const QByteArray bytes = file.read(file.size() + 1);
        if (bytes.size() <= limits.maxInMemorySize)
            return readData(bytes, path, limits, cancel);
    }
    file.close();
    QuaZip zip(path);
    return readZip(zip, nullptr, path, limits, cancel);
}

Result<QList<BundleItem>> Bundle::readData(const QByteArray &zipBytes,
                                           const QString &path,
                                           const BundleLimits &limits,
                                           const std::atomic_bool *cancel)
{
    if (auto plain = readPlainZip(zipBytes, path, limits, cancel))
        return std::move(*plain);
    MemoryZip memory{zipBytes};
    zlib_filefunc_def io{memoryOpen,
                         memoryRead,
                         memoryWrite,
                         memoryTell,
                         memorySeek,
                         memoryClose,
                         memoryError,
                         &memory};
    QBuffer device; // QuaZip wants a device; every access goes through io
    QuaZip zip(&device);
    return readZip(zip, &io, path, limits, cancel);
}

} // namespace Occ
