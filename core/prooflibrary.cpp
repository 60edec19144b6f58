// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0

#include "prooflibrary.h"

#include "crypto.h"
#include "encoding.h"
#include "proof.h"
#include "verifysession.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include <cmath>
#include <utility>

using namespace Qt::StringLiterals;

namespace Occ {

namespace {

// SQLite primary result codes that mean "this file is not a usable database".
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteNotADb = 26;

// Every column of a row, in the order rowToEntry() reads them.
constexpr QStringView kColumns
    = u"id, file_name, digest_hex, signer_key, enforcement, counter, commit_time, verdict, reason, "
      u"path, from_bundle, original_path, source, recorded_at, checked_at, proof_hash";

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString newConnectionName()
{
    return u"occ-prooflibrary-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

int sqliteCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1; // extended result codes keep the primary one in the low byte
}

bool isCorruption(const QSqlError &error)
{
    const int code = sqliteCode(error);
    return code == kSqliteCorrupt || code == kSqliteNotADb;
}

QString errorText(const QSqlError &error)
{
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return text.isEmpty()
               ? QCoreApplication::translate("Occ::ProofLibrary", "unknown database error")
               : text;
}

Error dbError(QStringView what, const QSqlError &error)
{
    return makeError(ErrorCode::Io,
                     QCoreApplication::translate("Occ::ProofLibrary", "Proof library: cannot %1: %2")
                         .arg(what.toString(), errorText(error)));
}

Error closedError()
{
    return makeError(ErrorCode::InvalidArgument,
                     QCoreApplication::translate("Occ::ProofLibrary",
                                                 "The proof library is not open"));
}

Error noEntry(qint64 id)
{
    return makeError(ErrorCode::InvalidArgument,
                     QCoreApplication::translate("Occ::ProofLibrary",
                                                 "The proof library has no entry %1")
                         .arg(id));
}

Verdict verdictFromId(QStringView id)
{
    if (id == u"trusted")
        return Verdict::Trusted;
    if (id == u"valid")
        return Verdict::Valid;
    return Verdict::Invalid;
}

bool isHex(QStringView text)
{
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (!((u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F')))
            return false;
    }
    return true;
}

bool isBase64Text(QStringView text)
{
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (!((u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z')
              || u == u'+' || u == u'/' || u == u'='))
            return false;
    }
    return true;
}

bool isDigits(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (QChar c : text) {
        if (c.unicode() < u'0' || c.unicode() > u'9')
            return false;
    }
    return true;
}

// The text as a LIKE pattern that matches it literally (escape character: backslash).
QString escapeLike(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (c == u'\\' || c == u'%' || c == u'_')
            out += u'\\';
        out += c;
    }
    return out;
}

// Qt SQL binds a null QString as SQL NULL: text columns get an empty string instead.
QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(u""_s) : QVariant(s);
}

QString cleanAbsolute(const QString &path)
{
    return path.isEmpty() ? QString() : QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

QString proofTextHash(QByteArrayView proofText)
{
    return Encoding::toHex(Crypto::Sha256::hash(proofText));
}

LibraryEntry rowToEntry(const QSqlQuery &q)
{
    LibraryEntry e;
    e.id = q.value(0).toLongLong();
    e.fileName = q.value(1).toString();
    e.digestHex = q.value(2).toString();
    e.signerKey = q.value(3).toString();
    e.enforcement = q.value(4).toString();
    e.counter = q.value(5).toString();
    if (!q.value(6).isNull())
        e.commitTime = q.value(6).toLongLong();
    e.verdict = verdictFromId(q.value(7).toString());
    e.reason = q.value(8).toString();
    e.path = q.value(9).toString();
    e.fromBundle = q.value(10).toLongLong() != 0;
    e.originalPath = q.value(11).toString();
    e.source = q.value(12).toString() == u"stamped" ? LibrarySource::Stamped
                                                    : LibrarySource::Verified;
    e.recordedAt = q.value(13).toLongLong();
    e.checkedAt = q.value(14).toLongLong();
    e.proofHash = q.value(15).toString();
    return e;
}

const QStringList &schemaStatements()
{
    static const QStringList statements = {
        u"CREATE TABLE IF NOT EXISTS proofs ("
        u" id INTEGER PRIMARY KEY AUTOINCREMENT,"
        u" file_name TEXT NOT NULL,"
        u" file_name_folded TEXT NOT NULL,"
        u" digest_hex TEXT NOT NULL,"
        u" signer_key TEXT NOT NULL,"
        u" enforcement TEXT NOT NULL,"
        u" counter TEXT NOT NULL,"
        u" commit_time INTEGER,"
        u" verdict TEXT NOT NULL CHECK (verdict IN ('invalid', 'valid', 'trusted')),"
        u" reason TEXT NOT NULL,"
        u" path TEXT NOT NULL,"
        u" from_bundle INTEGER NOT NULL,"
        u" original_path TEXT NOT NULL,"
        u" source TEXT NOT NULL CHECK (source IN ('stamped', 'verified')),"
        u" recorded_at INTEGER NOT NULL,"
        u" checked_at INTEGER NOT NULL,"
        u" proof_hash TEXT NOT NULL,"
        u" UNIQUE (proof_hash, path))"_s,
        u"CREATE INDEX IF NOT EXISTS proofs_digest ON proofs (digest_hex)"_s,
        u"CREATE INDEX IF NOT EXISTS proofs_signer ON proofs (signer_key COLLATE NOCASE)"_s,
        u"CREATE INDEX IF NOT EXISTS proofs_counter ON proofs (length(counter), counter)"_s,
        u"CREATE INDEX IF NOT EXISTS proofs_name ON proofs (file_name_folded)"_s,
        u"CREATE INDEX IF NOT EXISTS proofs_recorded ON proofs (recorded_at)"_s,
    };
    return statements;
}

// What opening one connection found.
struct OpenOutcome
{
    enum Kind { Ok, Unreadable, Failed } kind = Ok;
    Error error;     // Failed
    QString problem; // Unreadable: what is wrong with the file, for the recovery note
};

OpenOutcome unreadable(QString problem)
{
    return {OpenOutcome::Unreadable, {}, std::move(problem)};
}

OpenOutcome failed(Error error)
{
    return {OpenOutcome::Failed, std::move(error), {}};
}

// A failed statement: the file is unreadable (corrupt, not SQLite), or something else is wrong
// (permissions, a lock), which must never cost the user their file.
OpenOutcome classify(const QSqlQuery &q, QStringView what)
{
    if (isCorruption(q.lastError()))
        return unreadable(errorText(q.lastError()));
    return failed(dbError(what, q.lastError()));
}

// Opens the connection and checks the file (creating the schema in a new one). The caller
// removes the connection whatever the outcome.
OpenOutcome openConnection(const QString &connection, const QString &path)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
    db.setDatabaseName(path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!db.open()) {
        if (isCorruption(db.lastError()))
            return unreadable(errorText(db.lastError()));
        return failed(dbError(u"open %1"_s.arg(QDir::toNativeSeparators(path)), db.lastError()));
    }

    QSqlQuery q(db);
    // The first read of the file: SQLITE_NOTADB for a file that is not SQLite at all.
    if (!q.exec(u"PRAGMA quick_check(1)"_s))
        return classify(q, u"check the database");
    if (!q.next())
        return unreadable(
            QCoreApplication::translate("Occ::ProofLibrary", "the integrity check gave no answer"));
    if (const QString answer = q.value(0).toString(); answer != u"ok")
        return unreadable(answer);
    q.finish();

    // Check and create under the write lock, so two processes creating the library at once
    // cannot take each other's half-made schema for a foreign database.
    if (!q.exec(u"BEGIN IMMEDIATE"_s))
        return classify(q, u"lock the database");
    auto rollback = [&db] {
        QSqlQuery r(db);
        r.exec(u"ROLLBACK"_s);
    };
    if (!q.exec(u"PRAGMA user_version"_s) || !q.next()) {
        OpenOutcome o = classify(q, u"read the schema version");
        rollback();
        return o;
    }
    const qint64 version = q.value(0).toLongLong();
    q.finish();
    if (version > ProofLibrary::kSchemaVersion) {
        rollback();
        return failed(makeError(ErrorCode::Unsupported,
                                QCoreApplication::translate(
                                    "Occ::ProofLibrary",
                                    "The proof library %1 was written by a newer version of the "
                                    "studio (schema %2; this one reads up to %3)")
                                    .arg(QDir::toNativeSeparators(path))
                                    .arg(version)
                                    .arg(ProofLibrary::kSchemaVersion)));
    }
    if (version == 0) {
        if (!q.exec(u"SELECT count(*) FROM sqlite_master"_s) || !q.next()) {
            OpenOutcome o = classify(q, u"read the schema");
            rollback();
            return o;
        }
        const qint64 objects = q.value(0).toLongLong();
        q.finish();
        if (objects != 0) {
            rollback();
            return unreadable(
                QCoreApplication::translate("Occ::ProofLibrary",
                                            "it is an SQLite database, but not a proof library"));
        }
        for (const QString &statement : schemaStatements()) {
            if (!q.exec(statement)) {
                OpenOutcome o = classify(q, u"create the schema");
                rollback();
                return o;
            }
        }
        // PRAGMA takes no bound parameters; the value is our own constant.
        if (!q.exec(u"PRAGMA user_version = %1"_s.arg(ProofLibrary::kSchemaVersion))) {
            OpenOutcome o = classify(q, u"set the schema version");
            rollback();
            return o;
        }
    } else if (!q.exec(u"SELECT %1 FROM proofs LIMIT 0"_s.arg(kColumns))) {
        OpenOutcome o = classify(q, u"read the schema");
        rollback();
        if (o.kind == OpenOutcome::Failed)
            return unreadable(
                QCoreApplication::translate("Occ::ProofLibrary",
                                            "its tables are not those of a proof library (%1)")
                    .arg(errorText(q.lastError())));
        return o;
    }
    if (!q.exec(u"COMMIT"_s)) {
        OpenOutcome o = classify(q, u"create the schema");
        rollback();
        return o;
    }
    return {};
}

void removeConnection(const QString &connection)
{
    {
        QSqlDatabase db = QSqlDatabase::database(connection, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(connection);
}

// Renames path (and its journal files) aside; returns the new name.
Result<QString> moveAside(const QString &path)
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd'T'HHmmss'Z'"_s);
    QString target = u"%1.corrupt-%2"_s.arg(path, stamp);
    for (int n = 2; QFileInfo::exists(target) || QFileInfo(target).isSymLink(); ++n)
        target = u"%1.corrupt-%2-%3"_s.arg(path, stamp).arg(n);
    QFile file(path);
    if (!file.rename(target)) {
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate(
                             "Occ::ProofLibrary",
                             "The proof library %1 cannot be read, and cannot be moved aside to "
                             "start a new one: %2")
                             .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    // A stale journal beside a fresh database would be replayed into it: move it along.
    for (const QString &suffix : {u"-journal"_s, u"-wal"_s, u"-shm"_s}) {
        const QString side = QString(path + suffix);
        if (QFileInfo::exists(side))
            QFile::rename(side, QString(target + suffix));
    }
    return target;
}

} // namespace

QString librarySourceId(LibrarySource source)
{
    return source == LibrarySource::Stamped ? u"stamped"_s : u"verified"_s;
}

// --- Opening and closing ------------------------------------------------------------------

Result<ProofLibrary> ProofLibrary::open(const QString &dbPath)
{
    if (dbPath.isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("Occ::ProofLibrary",
                                                     "No proof library file was given"));
    if (!QSqlDatabase::isDriverAvailable(u"QSQLITE"_s)) {
        return makeError(ErrorCode::Unsupported,
                         QCoreApplication::translate(
                             "Occ::ProofLibrary",
                             "The proof library needs the SQLite driver of Qt SQL, which is not "
                             "installed (Debian: libqt6sql6-sqlite)"));
    }
    const QString path = cleanAbsolute(dbPath);
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate(
                             "Occ::ProofLibrary", "Cannot create the folder of the proof library %1")
                             .arg(QDir::toNativeSeparators(path)));
    }

    ProofLibrary library;
    library.m_path = path;
    for (int attempt = 0;; ++attempt) {
        const QString connection = newConnectionName();
        const OpenOutcome outcome = openConnection(connection, path);
        if (outcome.kind == OpenOutcome::Ok) {
            library.m_connection = connection;
            return library;
        }
        removeConnection(connection);
        if (outcome.kind == OpenOutcome::Failed) {
            if (library.m_movedAside.isEmpty())
                return outcome.error;
            return makeError(outcome.error.code,
                             QString(outcome.error.message + u" (the unreadable library was "
                                     + u"moved aside to "
                                     + QDir::toNativeSeparators(library.m_movedAside) + u")"));
        }
        if (attempt == 1) {
            return makeError(
                ErrorCode::Io,
                QCoreApplication::translate("Occ::ProofLibrary",
                                            "A new proof library at %1 cannot be read back: %2")
                    .arg(QDir::toNativeSeparators(path), outcome.problem));
        }
        auto aside = moveAside(path);
        if (!aside)
            return aside.error();
        library.m_movedAside = *aside;
        library.m_recoveryNote = QCoreApplication::translate(
                                     "Occ::ProofLibrary",
                                     "The proof library %1 could not be read (%2). It was moved "
                                     "aside to %3 and a new, empty library was started; no bundle "
                                     "or proof file was touched.")
                                     .arg(QDir::toNativeSeparators(path),
                                          outcome.problem,
                                          QDir::toNativeSeparators(*aside));
    }
}

ProofLibrary::ProofLibrary(ProofLibrary &&other) noexcept
    : m_connection(std::exchange(other.m_connection, QString()))
    , m_path(std::move(other.m_path))
    , m_recoveryNote(std::move(other.m_recoveryNote))
    , m_movedAside(std::move(other.m_movedAside))
{}

ProofLibrary &ProofLibrary::operator=(ProofLibrary &&other) noexcept
{
    if (this != &other) {
        close();
        m_connection = std::exchange(other.m_connection, QString());
        m_path = std::move(other.m_path);
        m_recoveryNote = std::move(other.m_recoveryNote);
        m_movedAside = std::move(other.m_movedAside);
    }
    return *this;
}

ProofLibrary::~ProofLibrary()
{
    close();
}

void ProofLibrary::close()
{
    if (m_connection.isEmpty())
        return;
    removeConnection(m_connection);
    m_connection.clear();
}

// --- Rows ---------------------------------------------------------------------------------

Result<qint64> ProofLibrary::record(const LibraryEntry &entry)
{
    return recordEntry(entry, true);
}

Result<QList<qint64>> ProofLibrary::recordAll(const QList<LibraryEntry> &entries)
{
    if (!isOpen())
        return closedError();
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    // One transaction (one sync to disk) for the lot: thousands of proofs in well under a second.
    if (!q.exec(u"BEGIN IMMEDIATE"_s))
        return dbError(u"start a transaction", q.lastError());
    QList<qint64> ids;
    for (const LibraryEntry &entry : entries) {
        auto id = recordEntry(entry, false);
        if (!id) {
            QSqlQuery r(db);
            r.exec(u"ROLLBACK"_s);
            return id.error();
        }
        ids.append(*id);
    }
    if (!q.exec(u"COMMIT"_s)) {
        QSqlQuery r(db);
        r.exec(u"ROLLBACK"_s);
        return dbError(u"record the proofs", q.lastError());
    }
    return ids;
}

Result<qint64> ProofLibrary::recordEntry(const LibraryEntry &entry, bool ownTransaction)
{
    if (!isOpen())
        return closedError();
    if (entry.path.isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("Occ::ProofLibrary",
                                                     "A library entry needs a path"));
    if (entry.proofHash.size() != 64 || !isHex(entry.proofHash)) {
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate(
                             "Occ::ProofLibrary",
                             "A library entry needs the SHA-256 of its proof text in hex"));
    }
    if (!isHex(entry.digestHex)) {
        return makeError(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("Occ::ProofLibrary",
                                        "The digest of a library entry must be hexadecimal"));
    }
    const QString path = cleanAbsolute(entry.path);
    const QString proofHash = entry.proofHash.toLower();
    const qint64 recordedAt = entry.recordedAt != 0 ? entry.recordedAt : nowMs();
    const qint64 checkedAt = entry.checkedAt != 0 ? entry.checkedAt : recordedAt;

    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    if (ownTransaction && !q.exec(u"BEGIN IMMEDIATE"_s))
        return dbError(u"start a transaction", q.lastError());
    auto fail = [&db, ownTransaction](QStringView what, const QSqlError &error) {
        if (ownTransaction) {
            QSqlQuery r(db);
            r.exec(u"ROLLBACK"_s);
        }
        return dbError(what, error);
    };

    q.prepare(u"SELECT id, source FROM proofs WHERE proof_hash = ? AND path = ?"_s);
    q.addBindValue(proofHash);
    q.addBindValue(path);
    if (!q.exec())
        return fail(u"look the proof up", q.lastError());
    std::optional<qint64> existing;
    LibrarySource source = entry.source;
    if (q.next()) {
        existing = q.value(0).toLongLong();
        if (q.value(1).toString() == u"stamped")
            source = LibrarySource::Stamped; // made here stays made here
    }
    q.finish();

    const QVariantList values = {
        text(entry.fileName),
        text(entry.fileName.toCaseFolded()),
        text(entry.digestHex.toLower()),
        text(entry.signerKey),
        text(entry.enforcement),
        text(entry.counter),
        entry.commitTime ? QVariant(*entry.commitTime) : QVariant(),
        verdictId(entry.verdict),
        text(entry.reason),
        path,
        qint64(entry.fromBundle ? 1 : 0),
        text(cleanAbsolute(entry.originalPath)),
        librarySourceId(source),
        recordedAt,
        checkedAt,
        proofHash,
    };
    if (existing) {
        q.prepare(u"UPDATE proofs SET file_name = ?, file_name_folded = ?, digest_hex = ?, "
                  u"signer_key = ?, enforcement = ?, counter = ?, commit_time = ?, verdict = ?, "
                  u"reason = ?, path = ?, from_bundle = ?, original_path = ?, source = ?, "
                  u"recorded_at = ?, checked_at = ?, proof_hash = ? WHERE id = ?"_s);
    } else {
        q.prepare(u"INSERT INTO proofs (file_name, file_name_folded, digest_hex, signer_key, "
                  u"enforcement, counter, commit_time, verdict, reason, path, from_bundle, "
                  u"original_path, source, recorded_at, checked_at, proof_hash) "
                  u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    }
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (existing)
        q.addBindValue(*existing);
    if (!q.exec())
        return fail(u"record the proof", q.lastError());
    const qint64 id = existing ? *existing : q.lastInsertId().toLongLong();
    q.finish();
    if (ownTransaction && !q.exec(u"COMMIT"_s))
        return fail(u"record the proof", q.lastError());
    return id;
}

Result<QList<LibraryEntry>> ProofLibrary::search(const QString &query, int limit, Order order) const
{
    if (!isOpen())
        return closedError();
    const QString text = query.trimmed();

    // The SQL is put together from fixed fragments only; what the user typed is always bound.
    QStringList clauses;
    QVariantList binds;
    if (!text.isEmpty()) {
        clauses << u"file_name_folded LIKE ? ESCAPE '\\'"_s;
        binds << QString(u'%' + escapeLike(text.toCaseFolded()) + u'%');
        if (text.size() >= 4 && text.size() <= 64 && isHex(text)) {
            // Lowercase hex digests: everything that starts with the prefix sorts before
            // prefix + "g". A range the index can serve.
            clauses << u"(digest_hex >= ? AND digest_hex < ?)"_s;
            binds << text.toLower() << QString(text.toLower() + u'g');
        }
        if (text.size() >= 4 && isBase64Text(text)) {
            // No '%', '_' or '\' in base64: the pattern holds no wildcard but the final one.
            clauses << u"signer_key LIKE ?"_s;
            binds << QString(text + u'%');
        }
        if (isDigits(text)) {
            qsizetype zeros = 0;
            while (zeros + 1 < text.size() && text[zeros] == u'0')
                ++zeros;
            const QString counter = text.mid(zeros);
            clauses << u"(length(counter) = ? AND counter = ?)"_s;
            binds << qint64(counter.size()) << counter;
        }
    }

    QString orderBy;
    switch (order) {
    case Order::Newest:
        orderBy = u"recorded_at DESC, id DESC"_s;
        break;
    case Order::Oldest:
        orderBy = u"recorded_at ASC, id ASC"_s;
        break;
    case Order::CounterAscending:
        orderBy = u"length(counter) ASC, counter ASC, recorded_at DESC, id DESC"_s;
        break;
    case Order::CounterDescending:
        orderBy = u"length(counter) DESC, counter DESC, recorded_at DESC, id DESC"_s;
        break;
    case Order::Name:
        orderBy = u"file_name_folded ASC, recorded_at DESC, id DESC"_s;
        break;
    }

    QString sql = u"SELECT %1 FROM proofs"_s.arg(kColumns);
    if (!clauses.isEmpty())
        sql += u" WHERE "_s + clauses.join(u" OR "_s);
    sql += u" ORDER BY "_s + orderBy + u" LIMIT ?"_s;
    binds << qint64(limit > 0 ? limit : -1);

    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return dbError(u"search", q.lastError());
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    if (!q.exec())
        return dbError(u"search", q.lastError());
    QList<LibraryEntry> entries;
    while (q.next())
        entries.append(rowToEntry(q));
    if (q.lastError().isValid())
        return dbError(u"search", q.lastError());
    return entries;
}

Result<LibraryEntry> ProofLibrary::entry(qint64 id) const
{
    if (!isOpen())
        return closedError();
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"SELECT %1 FROM proofs WHERE id = ?"_s.arg(kColumns));
    q.addBindValue(id);
    if (!q.exec())
        return dbError(u"read an entry", q.lastError());
    if (!q.next())
        return noEntry(id);
    return rowToEntry(q);
}

Result<void> ProofLibrary::remove(qint64 id)
{
    if (!isOpen())
        return closedError();
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"DELETE FROM proofs WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec())
        return dbError(u"remove an entry", q.lastError());
    if (q.numRowsAffected() < 1)
        return noEntry(id);
    return {};
}

Result<qint64> ProofLibrary::count() const
{
    if (!isOpen())
        return closedError();
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(u"SELECT count(*) FROM proofs"_s) || !q.next())
        return dbError(u"count the entries", q.lastError());
    return q.value(0).toLongLong();
}

Result<void> ProofLibrary::updateVerdict(const LibraryEntry &entry)
{
    if (!isOpen())
        return closedError();
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"UPDATE proofs SET verdict = ?, reason = ?, checked_at = ? WHERE id = ?"_s);
    q.addBindValue(verdictId(entry.verdict));
    q.addBindValue(text(entry.reason));
    q.addBindValue(entry.checkedAt != 0 ? entry.checkedAt : nowMs());
    q.addBindValue(entry.id);
    if (!q.exec())
        return dbError(u"store the verdict", q.lastError());
    if (q.numRowsAffected() < 1)
        return noEntry(entry.id);
    return {};
}

// --- Verification -------------------------------------------------------------------------

Result<LibraryEntry> ProofLibrary::reverify(qint64 id,
                                            const TrustProfile *profile,
                                            const std::atomic_bool *cancel)
{
    auto current = entry(id);
    if (!current)
        return current.error();
    auto checked = recheck(*current, profile, cancel);
    if (!checked)
        return checked.error();
    if (auto stored = updateVerdict(*checked); !stored)
        return stored.error();
    return checked;
}

Result<LibraryEntry> ProofLibrary::recheck(const LibraryEntry &entry,
                                           const TrustProfile *profile,
                                           const std::atomic_bool *cancel)
{
    const Error cancelled = makeError(ErrorCode::Cancelled,
                                      QCoreApplication::translate("Occ::ProofLibrary",
                                                                  "Re-verification cancelled"));
    if (cancel && cancel->load())
        return cancelled;
    LibraryEntry out = entry;
    out.checkedAt = nowMs();
    auto invalid = [&out](QString reason) {
        out.verdict = Verdict::Invalid;
        out.reason = std::move(reason);
        return out;
    };
    const QString where = QDir::toNativeSeparators(entry.path);

    if (!QFileInfo::exists(entry.path)) {
        return invalid(entry.fromBundle
                           ? QCoreApplication::translate(
                                 "Occ::ProofLibrary",
                                 "The bundle %1 is missing: it was moved, renamed or deleted")
                                 .arg(where)
                           : QCoreApplication::translate(
                                 "Occ::ProofLibrary",
                                 "The proof file %1 is missing: it was moved, renamed or "
                                 "deleted")
                                 .arg(where));
    }

    QList<VerifyItem> items;
    if (entry.fromBundle) {
        auto loaded = VerifySession::loadBundle(entry.path, cancel);
        if (!loaded) {
            if (loaded.error().code == ErrorCode::Cancelled)
                return cancelled;
            return invalid(
                QCoreApplication::translate("Occ::ProofLibrary", "The bundle %1 cannot be read: %2")
                    .arg(where, loaded.error().message));
        }
        items = std::move(loaded).value();
    } else {
        if (!entry.originalPath.isEmpty() && !QFileInfo::exists(entry.originalPath)) {
            return invalid(QCoreApplication::translate(
                               "Occ::ProofLibrary",
                               "The original file %1 is missing: it was moved, renamed or "
                               "deleted")
                               .arg(QDir::toNativeSeparators(entry.originalPath)));
        }
        auto loaded = VerifySession::loadProof(entry.path, entry.originalPath, cancel);
        if (!loaded) {
            if (loaded.error().code == ErrorCode::Cancelled)
                return cancelled;
            return invalid(QCoreApplication::translate("Occ::ProofLibrary",
                                                       "The proof file %1 cannot be read: %2")
                               .arg(where, loaded.error().message));
        }
        items.append(std::move(loaded).value());
    }
    if (cancel && cancel->load())
        return cancelled;

    // Verify them all together, as the studio verifies a bundle (one fork registry).
    VerifySession::verify(items, profile);
    const QString wanted = entry.proofHash.toLower();
    for (const VerifyItem &item : std::as_const(items)) {
        if (proofTextHash(item.proofText) == wanted) {
            out.verdict = item.report.verdict;
            out.reason = item.report.reason();
            return out;
        }
    }
    return invalid(entry.fromBundle
                       ? QCoreApplication::translate(
                             "Occ::ProofLibrary",
                             "The bundle %1 no longer holds this proof: it was replaced or "
                             "changed")
                             .arg(where)
                       : QCoreApplication::translate(
                             "Occ::ProofLibrary",
                             "The proof file %1 no longer holds this proof: it was replaced or "
                             "changed")
                             .arg(where));
}

LibraryEntry ProofLibrary::entryFor(const VerifyItem &item, LibrarySource source)
{
    LibraryEntry e;
    e.fileName = item.label;
    e.path = cleanAbsolute(item.source);
    e.fromBundle = item.fromBundle;
    e.originalPath = cleanAbsolute(item.originalPath);
    e.source = source;
    if (item.proof) {
        auto str = [&item](QStringView dottedPath) {
            const JsonValue *v = valueAtPath(*item.proof, dottedPath);
            return v && v->isString() ? *v->asString() : QString();
        };
        if (const auto digest = Encoding::fromBase64Strict(str(u"artifact.digestB64"));
            digest && !digest->isEmpty())
            e.digestHex = Encoding::toHex(*digest);
        e.signerKey = str(u"signer.publicKeyB64");
        e.enforcement = str(u"environment.enforcement");
        e.counter = str(u"commit.counter");
        if (const JsonValue *t = valueAtPath(*item.proof, u"commit.time")) {
            // Only an integral time within what a double holds exactly.
            if (const auto ms = t->asNumber(); ms && std::isfinite(*ms)
                                               && std::fabs(*ms) <= 9007199254740991.0
                                               && std::trunc(*ms) == *ms)
                e.commitTime = qint64(*ms);
        }
    }
    if (e.digestHex.isEmpty() && item.hasOriginal)
        e.digestHex = Encoding::toHex(item.originalDigest);
    e.verdict = item.report.verdict;
    e.reason = item.report.reason();
    e.proofHash = proofTextHash(item.proofText);
    e.recordedAt = nowMs();
    e.checkedAt = e.recordedAt;
    return e;
}

Result<QList<LibraryEntry>> ProofLibrary::entriesForBundle(const QString &bundlePath,
                                                           LibrarySource source,
                                                           const TrustProfile *profile,
                                                           const std::atomic_bool *cancel)
{
    auto items = VerifySession::loadBundle(bundlePath, cancel);
    if (!items)
        return items.error();
    VerifySession::verify(*items, profile);
    QList<LibraryEntry> entries;
    for (const VerifyItem &item : std::as_const(*items))
        entries.append(entryFor(item, source));
    return entries;
}

} // namespace Occ
