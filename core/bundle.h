// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "jsonvalue.h"
#include "result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <atomic>

namespace Occ {

/** Caps applied while reading a bundle; sizes in the zip headers are never trusted. */
struct BundleLimits
{
    qint64 maxOriginalSize = qint64(64) << 30; ///< bytes of one original file
    qint64 maxProofSize = qint64(1) << 20;     ///< bytes of one proof.json
    int maxEntries = 100'000;
    /** Bundles up to this size are read into memory in one go instead of seek by seek. */
    qint64 maxInMemorySize = qint64(4) << 20;
};

/** One proof found in a bundle, with what the reader learned of its original. */
struct BundleItem
{
    QString folder;       ///< batch bundles: the entry's folder; empty for a single bundle
    QString originalName; ///< as the user knows it ("proof.json" for a stored original_proof.json)
    bool hasOriginal = false;
    QByteArray originalDigest; ///< SHA-256 of the original's bytes, hashed while streaming
    qint64 originalSize = 0;
    QByteArray proofText; ///< proof.json as stored (verify it with ProofVerifier::verifyText)

    bool operator==(const BundleItem &) const = default;
};

/** What goes into a bundle: an original file on disk and its proof. */
struct BundleSource
{
    QString path; ///< the original file
    QString name; ///< its name in the bundle (the file's base name)
    JsonValue proof;
};

/**
 * `.proof.zip` bundles (spec section 6).
 *
 * Layout: `<name>` (stored, not compressed) and `proof.json` (2-space JSON); an original named
 * `proof.json` is stored as `original_proof.json`. A batch bundle holds one such pair per folder
 * `<name>/`. The reader also accepts the reference CLI's layout (an extra VERIFY.txt is ignored).
 */
class Bundle
{
public:
    /**
     * Writes a bundle atomically (QSaveFile). Each original is re-hashed while it is copied and
     * must still match its proof's artifact digest, so a file that changed after it was hashed
     * never ends up beside a proof for other bytes. With batch=false there must be one source.
     * An existing file at path is replaced only when overwrite is set; otherwise an error.
     */
    static Result<void> write(const QString &path,
                              const QList<BundleSource> &sources,
                              bool batch,
                              bool overwrite = false);

    /**
     * Checks the names the sources would get in a bundle (usable names; in a batch, no two equal
     * when case is ignored) without touching any file: what write() refuses, known up front.
     */
    static Result<void> checkNames(const QList<BundleSource> &sources, bool batch);
    /**
     * The first free name among `<dir>/<base>.proof.zip`, `<dir>/<base> (2).proof.zip`, ...
     */
    static QString freePath(const QString &dir, const QString &base);

    /**
     * Reads and checks a bundle without extracting anything to disk: every entry is validated
     * first (no absolute or `..` paths, backslashes, symlinks, duplicate names, encrypted
     * entries, declared sizes over the caps, more than one candidate original per proof), then
     * each is read under a byte cap that ignores the size headers, its CRC checked, and the
     * original hashed while streaming. Any problem is an error with a clear message.
     */
    static Result<QList<BundleItem>> read(const QString &path,
                                          const BundleLimits &limits = {},
                                          const std::atomic_bool *cancel = nullptr);
    /**
     * As read(), for a bundle already in memory (a folder audit reads each small file once);
     * path only names it in messages.
     */
    static Result<QList<BundleItem>> readData(const QByteArray &zipBytes,
                                              const QString &path,
                                              const BundleLimits &limits = {},
                                              const std::atomic_bool *cancel = nullptr);
};

} // namespace Occ
