// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "proofverifier.h"
#include "result.h"

#include <QList>
#include <QString>

#include <atomic>
#include <optional>

namespace Occ {

struct TrustProfile;
struct VerifyItem;

/** How a proof came into the library. */
enum class LibrarySource {
    Stamped,  ///< this studio made it ("stamped")
    Verified, ///< this studio verified it ("verified")
};

QString librarySourceId(LibrarySource source); ///< "stamped", "verified"

/**
 * One proof in the library: where it is, what it is about, and the last verdict on it.
 * Only local paths, digests and what the proof itself says are kept; nothing is uploaded.
 */
struct LibraryEntry
{
    qint64 id = 0;       ///< the row id; 0 until recorded
    QString fileName;    ///< what to call it: the original's name, or the proof file's
    QString digestHex;   ///< SHA-256 of the artifact, lowercase hex (the proof's digestB64)
    QString signerKey;   ///< signer.publicKeyB64, verbatim
    QString enforcement; ///< environment.enforcement: stub | hw-key | measured-tee (verbatim)
    /**
     * commit.counter, verbatim (a canonical decimal in a well-formed proof; it may exceed 64
     * bits). Sorted as a number: by length, then as text.
     */
    QString counter;
    std::optional<qint64> commitTime; ///< commit.time (Unix ms), when the proof has one
    Verdict verdict = Verdict::Invalid;
    QString reason; ///< the first failed check's message (empty when valid or trusted)
    /** The `.proof.zip` bundle (fromBundle) or the proof JSON file; absolute. */
    QString path;
    bool fromBundle = false;
    QString originalPath; ///< loose proofs: the original file checked against it; may be empty
    LibrarySource source = LibrarySource::Verified;
    qint64 recordedAt = 0; ///< Unix ms of the last record(); 0 = now, filled by record()
    qint64 checkedAt = 0;  ///< Unix ms of the verification the verdict comes from; 0 = recordedAt
    /**
     * SHA-256 (lowercase hex) of the proof text exactly as stored in the bundle or file. With
     * path it identifies a row, and it finds the proof again inside a batch bundle.
     */
    QString proofHash;

    bool operator==(const LibraryEntry &other) const = default;
};

/**
 * The proof library: a local SQLite index (through Qt SQL) of every proof the studio made or
 * verified, searchable by file name, digest, signer or counter, and re-verifiable on demand.
 *
 * Threading: the database connection belongs to the thread that called open(); use (and
 * destroy) the object on that thread only (open another ProofLibrary on the same file for another thread; SQLite
 * serialises writers, waiting up to 5 s for a lock). recheck() and entryFor() are static and
 * touch no database: run the slow part of a re-verification (reading a bundle, hashing an
 * original) on a worker thread with recheck(), then store its result with updateVerdict() on
 * the owning thread.
 *
 * Move-only: each instance owns one uniquely named QSqlDatabase connection, closed and removed
 * by the destructor. A moved-from library is closed (isOpen() is false, every call fails).
 */
class ProofLibrary
{
public:
    /** Ordering of search() results. Ties always fall back to the newest row first. */
    enum class Order {
        Newest, ///< recordedAt descending (the default)
        Oldest, ///< recordedAt ascending
        CounterAscending,
        CounterDescending,
        Name, ///< file name, case-insensitively
    };

    /**
     * Opens the library at dbPath, creating the file (and its folder) and the schema when
     * missing. A file that is not a readable proof library (not SQLite, corrupt, or a foreign
     * SQLite database) is never deleted: it is renamed aside to `<name>.corrupt-<UTC time>`
     * (with its `-journal`/`-wal` files), a fresh library is started, and recoveryNote() says so.
     * Errors: Unsupported when the Qt SQLite driver is missing or the library was written by a
     * newer version (the file is then left untouched); Io when the file cannot be opened or
     * moved aside (permissions, a folder in the way, a lock held too long).
     */
    static Result<ProofLibrary> open(const QString &dbPath);

    ProofLibrary(ProofLibrary &&other) noexcept;
    ProofLibrary &operator=(ProofLibrary &&other) noexcept;
    ProofLibrary(const ProofLibrary &) = delete;
    ProofLibrary &operator=(const ProofLibrary &) = delete;
    ~ProofLibrary();

    /** The schema this build writes (SQLite `PRAGMA user_version`). */
    static constexpr int kSchemaVersion = 1;

    bool isOpen() const { return !m_connection.isEmpty(); }
    QString path() const { return m_path; }
    /** Empty unless open() had to move an unreadable file aside: then a sentence saying so. */
    QString recoveryNote() const { return m_recoveryNote; }
    /** Where the unreadable file went (empty when nothing was moved). */
    QString movedAsidePath() const { return m_movedAside; }

    /**
     * Adds a proof, or updates its row when the same proof (proofHash) is already recorded at
     * the same path: every field is replaced by entry's, except that a proof once recorded as
     * Stamped stays Stamped. Returns the row id. recordedAt 0 means now; checkedAt 0 means
     * recordedAt. digestHex is stored lowercase. Errors (InvalidArgument): an empty path, or a
     * proofHash or digestHex that is not hex.
     */
    Result<qint64> record(const LibraryEntry &entry);
    /** record() for many entries in one transaction: all or none; the row ids in order. */
    Result<QList<qint64>> recordAll(const QList<LibraryEntry> &entries);

    /**
     * Finds entries. The query is trimmed; empty: every entry. Otherwise an entry matches when
     * any of these holds (all case-insensitive; the query is only ever a bound parameter, and
     * `%`, `_` and `\` in it match themselves):
     *  - its file name contains the query;
     *  - the query is at least 4 hex digits and starts its digest;
     *  - the query is at least 4 base64 characters and starts its signer key;
     *  - the query is a decimal number equal to its counter (leading zeros ignored).
     * limit <= 0: no limit.
     */
    Result<QList<LibraryEntry>> search(const QString &query,
                                       int limit = 500,
                                       Order order = Order::Newest) const;

    /** The entry with this id; InvalidArgument when there is none. */
    Result<LibraryEntry> entry(qint64 id) const;
    /** Deletes the row (never the bundle or proof file); InvalidArgument when there is none. */
    Result<void> remove(qint64 id);
    Result<qint64> count() const;

    /**
     * Re-verifies the entry's proof from disk now, against profile (null: no pinning), and
     * stores and returns the new verdict, reason and checkedAt (see recheck()). The row is kept
     * whatever the verdict. Errors: InvalidArgument for an unknown id, Cancelled, or a database
     * error.
     */
    Result<LibraryEntry> reverify(qint64 id,
                                  const TrustProfile *profile,
                                  const std::atomic_bool *cancel = nullptr);

    /**
     * The entry with verdict, reason and checkedAt (now) from re-reading its bundle
     * (VerifySession::loadBundle, the item whose proof text hashes to proofHash) or its proof
     * file (VerifySession::loadProof, with originalPath when set), then VerifySession::verify.
     * Whatever cannot be checked any more is an Invalid verdict with a reason, not an error: a
     * missing or unreadable bundle, proof or original file, or a bundle or proof file that no
     * longer holds this proof. The only error is Cancelled. Touches no database: thread-safe.
     */
    static Result<LibraryEntry> recheck(const LibraryEntry &entry,
                                        const TrustProfile *profile,
                                        const std::atomic_bool *cancel = nullptr);

    /** Stores entry.verdict, reason and checkedAt for entry.id (e.g. from recheck()). */
    Result<void> updateVerdict(const LibraryEntry &entry);

    /**
     * An entry for a loaded and verified item (VerifySession::loadBundle/loadProof, then
     * VerifySession::verify): name, the proof's digest (the original's when the proof has no
     * valid one), signer, tier, counter and time as the proof states them, the item's verdict
     * and reason, its paths and the hash of its proof text; recordedAt and checkedAt now.
     */
    static LibraryEntry entryFor(const VerifyItem &item, LibrarySource source);

    /**
     * Loads and verifies every proof of a bundle and returns their entries: what to record()
     * after a stamp has written a bundle (source Stamped) or a bundle was opened (Verified).
     */
    static Result<QList<LibraryEntry>> entriesForBundle(const QString &bundlePath,
                                                        LibrarySource source,
                                                        const TrustProfile *profile,
                                                        const std::atomic_bool *cancel = nullptr);

private:
    ProofLibrary() = default;
    void close();
    Result<qint64> recordEntry(const LibraryEntry &entry, bool ownTransaction);

    QString m_connection; ///< the QSqlDatabase connection name; empty when closed
    QString m_path;
    QString m_recoveryNote;
    QString m_movedAside;
};

} // namespace Occ
