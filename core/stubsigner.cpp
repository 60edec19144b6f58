// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0
#include "stubsigner.h"

#include "agency.h"
#include "canonicaljson.h"
#include "crypto.h"
#include "encoding.h"
#include "jsonparser.h"
#include "jsutil.h"
#include "proofhashes.h"
#include "proofverifier.h"
#include "savefile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSaveFile>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QThread>

#include <openssl/rand.h>

#include <atomic>
#include <condition_variable>
#include <limits>
#include <mutex>
#include <thread>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Occ {
namespace {

constexpr char16_t kFormat[] = u"occ-stub-state/1";
constexpr int kLockTimeoutMs = 30'000;

// An exclusive inter-process lock on "<state>.lock" with flock(2): the kernel releases it when
// the holder dies, even by SIGKILL, so a crashed committer never blocks the next one (a
// PID-based lock file can be left half-written by a kill and then looks held until it ages).
class InterProcessLock
{
public:
    explicit InterProcessLock(const QString &path)
        : m_fd(::open(QFile::encodeName(path).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600))
        , m_openErrno(m_fd < 0 ? errno : 0)
    {}
    ~InterProcessLock()
    {
        if (m_fd >= 0)
            ::close(m_fd); // closing releases the lock
    }
    InterProcessLock(const InterProcessLock &) = delete;
    InterProcessLock &operator=(const InterProcessLock &) = delete;

    /** Takes the lock on statePath's state, waiting up to timeoutMs for another process. */
    Result<void> acquire(int timeoutMs, const QString &statePath)
    {
        // A lock file that cannot even be opened (read-only media, no permission) is not
        // "another process": say what it is.
        if (m_fd < 0)
            return makeError(ErrorCode::Io,
                             QCoreApplication::translate("Occ::StubSigner",
                                                         "Cannot use the stub signer's state %1: "
                                                         "%2")
                                 .arg(statePath, QString::fromLocal8Bit(strerror(m_openErrno))));
        for (int waited = 0;; waited += 10) {
            if (::flock(m_fd, LOCK_EX | LOCK_NB) == 0)
                return {};
            if ((errno != EWOULDBLOCK && errno != EINTR) || waited >= timeoutMs)
                return makeError(ErrorCode::Io,
                                 QCoreApplication::translate("Occ::StubSigner",
                                                             "The stub signer's state %1 is "
                                                             "locked by another process")
                                     .arg(statePath));
            QThread::msleep(10);
        }
    }

private:
    int m_fd;
    int m_openErrno;
};

struct ChainState
{
    quint64 counter = 0;
    QString lastProofHashB64;
};

struct State
{
    QByteArray seed;
    QString epochId;
    QMap<QString, ChainState> chains;
    // Which records of the journal continue this file (see StubSigner::Journal); 0 for a state
    // file written before the journal existed.
    quint64 journalGeneration = 0;
};

Error stateError(const QString &path, const QString &what)
{
    return makeError(
        ErrorCode::Io,
        QCoreApplication::translate(
            "Occ::StubSigner",
            "The stub signer's state file %1 %2. It was left untouched; move it away with its "
            "journal to start a new identity (proofs it made stay verifiable).")
            .arg(path, what));
}

// knownSeed/knownPublicKeyB64: a seed whose public key is already known, so that the check of
// the file's public key costs no key derivation on every commit.
Result<State> readState(const QString &path,
                        const QByteArray &knownSeed = {},
                        const QString &knownPublicKeyB64 = {})
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return stateError(path,
                          QCoreApplication::translate("Occ::StubSigner", "cannot be read (%1)")
                              .arg(f.errorString()));
    const QByteArray text = f.read(1 << 20);
    auto parsed = JsonParser::parse(text);
    if (!parsed || !parsed->isObject())
        return stateError(
            path,
            QCoreApplication::translate("Occ::StubSigner",
                                        "is not valid JSON (it may be truncated or corrupt)"));
    const JsonValue &v = *parsed;
    if (!v.stringMember(u"format") || *v.stringMember(u"format") != QStringView(kFormat))
        return stateError(path,
                          QCoreApplication::translate("Occ::StubSigner", "has an unknown format"));
    const auto seed = Encoding::fromBase64Strict(
        v.stringMember(u"seedB64") ? *v.stringMember(u"seedB64") : QString());
    if (!seed || seed->size() != 32)
        return stateError(path, QCoreApplication::translate("Occ::StubSigner", "has no valid key"));
    State s;
    s.seed = *seed;
    QString publicKeyB64 = knownPublicKeyB64;
    if (s.seed != knownSeed || knownSeed.isEmpty()) {
        auto kp = Crypto::ed25519KeyPairFromSeed(s.seed);
        publicKeyB64 = kp ? Encoding::toBase64(kp->publicKey) : QString();
    }
    if (publicKeyB64.isEmpty() || !v.stringMember(u"publicKeyB64")
        || *v.stringMember(u"publicKeyB64") != publicKeyB64)
        return stateError(path,
                          QCoreApplication::translate(
                              "Occ::StubSigner", "has a public key that does not match its seed"));
    if (!v.stringMember(u"epochId") || v.stringMember(u"epochId")->isEmpty())
        return stateError(path, QCoreApplication::translate("Occ::StubSigner", "has no epochId"));
    s.epochId = *v.stringMember(u"epochId");
    if (const QString *generation = v.stringMember(u"journalGeneration")) {
        bool ok = Encoding::isCanonicalDecimal(*generation);
        s.journalGeneration = ok ? generation->toULongLong(&ok) : 0;
        if (!ok || s.journalGeneration == 0)
            return stateError(path,
                              QCoreApplication::translate("Occ::StubSigner",
                                                          "has an invalid journalGeneration"));
    }
    const JsonObject *chains = v.member(u"chains") ? v.member(u"chains")->asObject() : nullptr;
    if (!chains)
        return stateError(path, QCoreApplication::translate("Occ::StubSigner", "has no chains"));
    for (qsizetype i = 0; i < chains->size(); ++i) {
        const JsonValue &c = chains->valueAt(i);
        const QString *counter = c.stringMember(u"counter");
        bool ok = false;
        const quint64 n = counter && Encoding::isCanonicalDecimal(*counter)
                              ? counter->toULongLong(&ok)
                              : 0;
        if (!ok)
            return stateError(path,
                              QCoreApplication::translate("Occ::StubSigner",
                                                          "has an invalid counter for chain \"%1\"")
                                  .arg(chains->keyAt(i)));
        ChainState cs;
        cs.counter = n;
        if (const QString *h = c.stringMember(u"lastProofHashB64"))
            cs.lastProofHashB64 = *h;
        s.chains.insert(chains->keyAt(i), cs);
    }
    return s;
}

// fsync of the folder, so that the rename itself survives a power cut.
void syncDirectory(const QString &dir)
{
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

// The chains as the state file and the journal's records write them.
JsonValue chainsToJson(const QMap<QString, ChainState> &chains)
{
    JsonObject out;
    for (auto it = chains.cbegin(); it != chains.cend(); ++it) {
        JsonObject c;
        c.append(u"counter"_s, QString::number(it->counter));
        if (!it->lastProofHashB64.isEmpty())
            c.append(u"lastProofHashB64"_s, it->lastProofHashB64);
        out.append(it.key(), JsonValue(std::move(c)));
    }
    return JsonValue(std::move(out));
}

Result<void> writeState(const QString &path, const State &s)
{
    JsonObject o;
    o.append(u"format"_s, QString::fromUtf16(kFormat));
    o.append(u"seedB64"_s, Encoding::toBase64(s.seed));
    o.append(u"publicKeyB64"_s,
             Encoding::toBase64(Crypto::ed25519KeyPairFromSeed(s.seed)->publicKey));
    o.append(u"epochId"_s, s.epochId);
    if (s.journalGeneration != 0)
        o.append(u"journalGeneration"_s, QString::number(s.journalGeneration));
    o.append(u"chains"_s, chainsToJson(s.chains));

    // All or nothing: a full disk leaves the previous state in place (fsync'd before the rename).
    if (auto ok = saveFileAtomically(path,
                                     QByteArray(Json::toPrettyJson(JsonValue(std::move(o))) + '\n'),
                                     QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        !ok)
        return ok;
    syncDirectory(QFileInfo(path).absolutePath());
    return {};
}

/*
 * The journal ("<state>.journal") makes a commit durable with one small in-place write and one
 * fdatasync, where rewriting the state file costs a new file, its fsync, a rename and a fsync
 * of the folder. The file has a fixed size, written in full when it is created, so a record
 * overwrites blocks that already exist and its fdatasync flushes no metadata.
 *
 * Layout: a header of kJournalHeaderSize bytes ("occ-stub-journal/1\n<epochId>\n", zeros),
 * then records, one per line: "<16 hex digits> <canonical JSON>\n". The hex digits are the
 * first 8 bytes of the JSON's SHA-256; the JSON is {"chains": {chain: {"counter",
 * "lastProofHashB64"}}, "generation", "sequence"} with the absolute values of the chains a group
 * changed. The records that count continue the state file: those of its journalGeneration,
 * numbered 0, 1, 2... from the header on. The first line that is not the next such record ends
 * the journal: zeros, a write torn by a crash, or a record left from an older generation.
 * When a record does not fit any more, the state file is rewritten with the current counters
 * and the next generation, which retires every record at once ("compaction"). Counters only
 * grow, so a record is applied only where it raises a counter.
 */
struct JournalCache
{
    std::mutex mutex;
    // What this process knows, valid while the state file still has this generation: the
    // chains as of `end`, where the next record (number `sequence`) goes. 0: nothing known.
    quint64 generation = 0;
    qint64 end = 0;
    quint64 sequence = 0;
    QMap<QString, ChainState> chains;
};

} // namespace

struct StubSigner::Journal : JournalCache
{};

namespace {

constexpr char kJournalMagic[] = "occ-stub-journal/1\n";
constexpr qint64 kJournalHeaderSize = 512;
constexpr qint64 kJournalSize = 64 * 1024;

QString journalPathOf(const QString &statePath)
{
    return statePath + u".journal"_s;
}

QString errnoText(int error)
{
    return QString::fromLocal8Bit(strerror(error));
}

Error journalError(const QString &path, const QString &what)
{
    return makeError(ErrorCode::Io,
                     QCoreApplication::translate("Occ::StubSigner",
                                                 "The stub signer's journal %1 %2. It was left "
                                                 "untouched.")
                         .arg(path, what));
}

Error journalReadError(const QString &path, int error)
{
    return makeError(ErrorCode::Io,
                     QCoreApplication::translate("Occ::StubSigner",
                                                 "Cannot read the stub signer's journal %1: %2")
                         .arg(path, errnoText(error)));
}

Error journalWriteError(const QString &path, int error)
{
    return makeError(ErrorCode::Io,
                     QCoreApplication::translate("Occ::StubSigner",
                                                 "Cannot write the stub signer's journal %1: %2")
                         .arg(path, errnoText(error)));
}

// Owns a file descriptor.
class FileHandle
{
public:
    explicit FileHandle(int fd = -1)
        : m_fd(fd)
    {}
    ~FileHandle()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    FileHandle(FileHandle &&other) noexcept
        : m_fd(std::exchange(other.m_fd, -1))
    {}
    FileHandle &operator=(FileHandle &&other) noexcept
    {
        std::swap(m_fd, other.m_fd);
        return *this;
    }
    int fd() const { return m_fd; }

private:
    int m_fd;
};

// The journal, open for the group that is being committed.
struct OpenJournal
{
    FileHandle file;
    QString path;
    qint64 capacity = 0; // its size: records never go past it
};

QByteArray journalHeader(const QString &epochId)
{
    QByteArray header = kJournalMagic + epochId.toUtf8() + '\n';
    header.resize(kJournalHeaderSize, '\0');
    return header;
}

// A new, empty journal for epochId, durable (with its folder entry) when this returns.
Result<void> createJournal(const QString &statePath, const QString &epochId)
{
    QByteArray content = journalHeader(epochId);
    content.resize(kJournalSize, '\0');
    if (auto ok = saveFileAtomically(journalPathOf(statePath),
                                     content,
                                     QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        !ok)
        return ok;
    syncDirectory(QFileInfo(statePath).absolutePath());
    return {};
}

Result<OpenJournal> openJournal(const QString &statePath, const QString &epochId)
{
    OpenJournal j;
    j.path = journalPathOf(statePath);
    j.file = FileHandle(::open(QFile::encodeName(j.path).constData(), O_RDWR | O_CLOEXEC));
    if (j.file.fd() < 0) {
        if (errno != ENOENT)
            return journalReadError(j.path, errno);
        // The state file says its newest counters are in the journal: without it, a counter
        // could be handed out twice.
        return stateError(statePath,
                          QCoreApplication::translate("Occ::StubSigner",
                                                      "keeps its newest counters in %1, which is "
                                                      "missing")
                              .arg(j.path));
    }
    struct stat st
    {};
    if (::fstat(j.file.fd(), &st) != 0)
        return journalReadError(j.path, errno);
    j.capacity = qint64(st.st_size);
    QByteArray header(kJournalHeaderSize, Qt::Uninitialized);
    if (::pread(j.file.fd(), header.data(), size_t(header.size()), 0) != header.size()
        || header != journalHeader(epochId)) {
        return journalError(j.path,
                            header.startsWith(kJournalMagic)
                                ? QCoreApplication::translate("Occ::StubSigner",
                                                              "belongs to another identity than "
                                                              "%1")
                                      .arg(statePath)
                                : QCoreApplication::translate("Occ::StubSigner",
                                                              "has no valid header"));
    }
    return j;
}

struct JournalRecord
{
    quint64 generation = 0;
    quint64 sequence = 0;
    QMap<QString, ChainState> chains;
};

QByteArray encodeRecord(const JournalRecord &r)
{
    JsonObject o;
    o.append(u"chains"_s, chainsToJson(r.chains));
    o.append(u"generation"_s, QString::number(r.generation));
    o.append(u"sequence"_s, QString::number(r.sequence));
    // Canonical JSON escapes every control character: a record holds no newline and no zero.
    const QByteArray payload = Json::canonicalize(JsonValue(std::move(o)));
    return Crypto::Sha256::hash(payload).first(8).toHex() + ' ' + payload + '\n';
}

enum class RecordKind {
    None,    // not a record: a torn write, zeros, garbage
    Record,  // *out holds it
    Damaged, // its hash matches, so a signer wrote it, but its content is wrong: never skipped
};

RecordKind decodeRecord(QByteArrayView line, JournalRecord *out)
{
    if (line.size() < 18 || line[16] != ' ' || line.contains('\0'))
        return RecordKind::None;
    const QByteArrayView payload = line.sliced(17);
    if (Crypto::Sha256::hash(payload).first(8).toHex() != line.first(16))
        return RecordKind::None;
    auto parsed = JsonParser::parse(payload.toByteArray());
    if (!parsed || !parsed->isObject())
        return RecordKind::Damaged;
    const auto number = [](const QString *text, quint64 &n) {
        bool ok = text && Encoding::isCanonicalDecimal(*text);
        n = ok ? text->toULongLong(&ok) : 0;
        return ok;
    };
    JournalRecord r;
    const JsonObject *chains = parsed->member(u"chains") ? parsed->member(u"chains")->asObject()
                                                         : nullptr;
    if (!chains || !number(parsed->stringMember(u"generation"), r.generation)
        || !number(parsed->stringMember(u"sequence"), r.sequence))
        return RecordKind::Damaged;
    for (qsizetype i = 0; i < chains->size(); ++i) {
        ChainState cs;
        if (!number(chains->valueAt(i).stringMember(u"counter"), cs.counter))
            return RecordKind::Damaged;
        if (const QString *h = chains->valueAt(i).stringMember(u"lastProofHashB64"))
            cs.lastProofHashB64 = *h;
        r.chains.insert(chains->keyAt(i), cs);
    }
    if (out)
        *out = std::move(r);
    return RecordKind::Record;
}

/**
 * Applies the records that continue `cache` (from cache.end, numbered from cache.sequence, of
 * cache.generation) to cache.chains, and moves cache.end past them.
 */
Result<void> replayJournal(const OpenJournal &j, JournalCache &cache)
{
    QByteArray buffer; // the file from bufferStart on
    qint64 bufferStart = cache.end;
    for (;;) {
        const qsizetype from = qsizetype(cache.end - bufferStart);
        qsizetype newline = buffer.indexOf('\n', from);
        while (newline < 0) {
            // A zero before the end of the line: the end of the records (the usual case).
            if (buffer.indexOf('\0', from) >= 0)
                return {};
            const qint64 have = bufferStart + buffer.size();
            if (have >= j.capacity)
                return {};
            const qint64 want = std::min<qint64>(j.capacity - have,
                                                 std::max<qint64>(4096, buffer.size()));
            const qsizetype old = buffer.size();
            buffer.resize(old + qsizetype(want));
            const ssize_t n = ::pread(j.file.fd(), buffer.data() + old, size_t(want), have);
            if (n < 0)
                return journalReadError(j.path, errno);
            buffer.resize(old + qsizetype(n));
            if (n == 0)
                return {};
            newline = buffer.indexOf('\n', from);
        }
        JournalRecord record;
        switch (decodeRecord(QByteArrayView(buffer).sliced(from, newline - from), &record)) {
        case RecordKind::None:
            return {};
        case RecordKind::Damaged:
            return journalError(j.path,
                                QCoreApplication::translate("Occ::StubSigner",
                                                            "has a record that cannot be read"));
        case RecordKind::Record:
            break;
        }
        if (record.generation != cache.generation || record.sequence != cache.sequence)
            return {}; // left from an older generation: the end
        for (auto it = record.chains.cbegin(); it != record.chains.cend(); ++it) {
            ChainState &cs = cache.chains[it.key()];
            if (it->counter > cs.counter)
                cs = *it;
        }
        cache.end += newline + 1 - from;
        ++cache.sequence;
    }
}

/**
 * The current state under the lock: the state file, then the journal records that continue it.
 * Records this process has already read are not read again while the state file keeps its
 * generation (another process can only append to them, or compact, which changes it).
 */
Result<State> loadState(const QString &statePath,
                        JournalCache &cache,
                        std::optional<OpenJournal> &journal,
                        const QByteArray &knownSeed = {},
                        const QString &knownPublicKeyB64 = {})
{
    auto state = readState(statePath, knownSeed, knownPublicKeyB64);
    if (!state)
        return state;
    auto opened = openJournal(statePath, state->epochId);
    if (!opened)
        return opened.error();
    journal = std::move(*opened);
    if (cache.generation != state->journalGeneration) {
        cache.generation = state->journalGeneration;
        cache.end = kJournalHeaderSize;
        cache.sequence = 0;
        cache.chains = state->chains;
    }
    if (auto replayed = replayJournal(*journal, cache); !replayed) {
        cache.generation = 0;
        return replayed.error();
    }
    state->chains = cache.chains;
    return state;
}

// Refuses to create an identity over a journal that still holds records (see open()).
Result<void> checkOrphanJournal(const QString &statePath)
{
    QFile f(journalPathOf(statePath));
    if (!f.exists())
        return {};
    if (!f.open(QIODevice::ReadOnly))
        return journalError(f.fileName(), f.errorString());
    const QByteArray content = f.read(kJournalSize);
    const qsizetype newline = content.indexOf('\n', kJournalHeaderSize);
    if (!content.startsWith(kJournalMagic) || newline < 0
        || decodeRecord(QByteArrayView(content).sliced(kJournalHeaderSize,
                                                       newline - kJournalHeaderSize),
                        nullptr)
               == RecordKind::None)
        return {};
    return journalError(f.fileName(),
                        QCoreApplication::translate("Occ::StubSigner",
                                                    "holds counters, but its state file %1 is "
                                                    "missing; put the state file back, or move "
                                                    "the journal away too to start a new identity")
                            .arg(statePath));
}

/**
 * Makes the group's counters durable: one record in the journal when it fits, else a new state
 * file of the next generation. On failure nothing is known any more about the journal's end,
 * so the next group reads it again.
 */
Result<void> persistState(const QString &statePath,
                          State &state,
                          const QMap<QString, ChainState> &changed,
                          JournalCache &cache,
                          const OpenJournal &journal)
{
    const QByteArray record = encodeRecord({state.journalGeneration, cache.sequence, changed});
    if (cache.end + record.size() > journal.capacity) {
        State next = state;
        ++next.journalGeneration;
        if (auto written = writeState(statePath, next); !written) {
            cache.generation = 0;
            return written;
        }
        state = std::move(next);
        cache.generation = state.journalGeneration;
        cache.end = kJournalHeaderSize;
        cache.sequence = 0;
        cache.chains = state.chains;
        return {};
    }
    for (qsizetype done = 0; done < record.size();) {
        const ssize_t n = ::pwrite(journal.file.fd(),
                                   record.constData() + done,
                                   size_t(record.size() - done),
                                   cache.end + done);
        if (n <= 0) {
            const int error = n < 0 ? errno : ENOSPC;
            cache.generation = 0;
            return journalWriteError(journal.path, error);
        }
        done += n;
    }
    if (::fdatasync(journal.file.fd()) != 0) {
        const int error = errno;
        cache.generation = 0;
        return journalWriteError(journal.path, error);
    }
    cache.end += record.size();
    ++cache.sequence;
    cache.chains = state.chains;
    return {};
}

JsonObject filteredAttribution(const JsonObject &in)
{
    JsonObject out;
    for (const QString &key : {u"name"_s, u"title"_s, u"message"_s}) {
        const JsonValue *v = in.value(key);
        if (v && v->isString() && !v->asString()->isEmpty())
            out.append(key, *v);
    }
    return out;
}

constexpr qint64 kChallengeTtlMs = 60'000;
constexpr qint64 kTimestampWindowMs = 60'000;
constexpr int kMaxPendingChallenges = 500;

} // namespace

struct StubSigner::Challenges
{
    QMutex mutex;
    QHash<QString, qint64> expiry; // challenge -> Unix ms
    QHash<QString, qint64> taken;  // held by a commit in progress

    // Ends a commit's hold: consumed on success, returned to the pool on failure.
    void release(const QString &challenge, bool consumed)
    {
        QMutexLocker lock(&mutex);
        const qint64 e = taken.take(challenge);
        if (!consumed)
            expiry.insert(challenge, e);
    }

    void sweep(qint64 now)
    {
        for (auto it = expiry.begin(); it != expiry.end();)
            it = it.value() < now ? expiry.erase(it) : std::next(it);
    }
};

namespace {

Error agencyError(const QString &message)
{
    return makeError(ErrorCode::InvalidArgument, u"Agency: "_s + message);
}

} // namespace

qint64 StubSigner::now() const
{
    return m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch();
}

void StubSigner::setClock(std::function<qint64()> clock)
{
    m_clock = std::move(clock);
}

Result<QString> StubSigner::issueChallenge()
{
    QMutexLocker lock(&m_challenges->mutex);
    const qint64 t = now();
    m_challenges->sweep(t);
    if (m_challenges->expiry.size() >= kMaxPendingChallenges)
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate(
                             "Occ::StubSigner", "Too many pending challenges; try again later"));
    const QString challenge = Encoding::toBase64(Crypto::randomBytes(32));
    m_challenges->expiry.insert(challenge, t + kChallengeTtlMs);
    return challenge;
}

// The enclave's checks (reference section 4.4 step 3), made before anything is signed so a
// refused authorization burns nothing; the challenge is consumed only when the commit succeeds.
namespace {

/**
 * The stub's fail-closed self-check: every proof of a batch goes through ProofVerifier before
 * any is returned. The first is checked in full; on the others the signatures just made are
 * matched byte for byte against what the verifier rebuilds (VerifyOptions::selfSigned), which
 * is what can differ. For a large batch the checks run on a second thread while the next
 * proofs are signed, so they cost little wall time.
 */
class SelfCheck
{
public:
    SelfCheck(const QList<QByteArray> &digests, const QByteArray &publicKey)
        : m_digests(digests)
        , m_publicKey(publicKey)
    {
        if (digests.size() >= kParallelFrom && QThread::idealThreadCount() > 1)
            m_thread = std::thread([this] { run(); });
    }
    ~SelfCheck()
    {
        {
            std::lock_guard lock(m_mutex);
            m_closed = true;
        }
        m_ready.notify_all();
        if (m_thread.joinable())
            m_thread.join();
    }
    SelfCheck(const SelfCheck &) = delete;
    SelfCheck &operator=(const SelfCheck &) = delete;

    /** proof must stay where it is until finish(): the list holding it is reserved. */
    void add(const JsonValue &proof, QHash<QByteArray, QByteArray> signedBytes)
    {
        if (!m_thread.joinable()) {
            if (!m_failure)
                m_failure = check(m_items.size(), proof, signedBytes);
            m_items.append({nullptr, {}});
            return;
        }
        {
            std::lock_guard lock(m_mutex);
            m_items.append({&proof, std::move(signedBytes)});
        }
        m_ready.notify_one();
    }

    /** Waits for the checks; the first failure's reason, if any. */
    std::optional<QString> finish()
    {
        {
            std::lock_guard lock(m_mutex);
            m_closed = true;
        }
        m_ready.notify_all();
        if (m_thread.joinable())
            m_thread.join();
        return m_failure;
    }

private:
    static constexpr qsizetype kParallelFrom = 64;
    struct Item
    {
        const JsonValue *proof;
        QHash<QByteArray, QByteArray> signedBytes;
    };

    std::optional<QString> check(qsizetype i,
                                 const JsonValue &proof,
                                 const QHash<QByteArray, QByteArray> &signedBytes) const
    {
        VerifyOptions options;
        options.artifactDigest = m_digests[i];
        if (i > 0) {
            options.selfSigned = &signedBytes;
            options.selfSignedKey = m_publicKey;
        }
        const VerificationReport report = ProofVerifier::verify(proof, options);
        if (report.verdict == Verdict::Invalid)
            return report.reason();
        return std::nullopt;
    }

    void run()
    {
        for (qsizetype i = 0;; ++i) {
            Item item;
            {
                std::unique_lock lock(m_mutex);
                m_ready.wait(lock, [&] { return m_items.size() > i || m_closed; });
                if (m_items.size() <= i)
                    break;
                item = m_items[i];
            }
            if (auto failure = check(i, *item.proof, item.signedBytes)) {
                std::lock_guard lock(m_mutex);
                m_failure = failure;
                break;
            }
        }
        Crypto::releaseThreadState();
    }

    const QList<QByteArray> &m_digests;
    QByteArray m_publicKey;
    std::mutex m_mutex;
    std::condition_variable m_ready;
    QList<Item> m_items;
    bool m_closed = false;
    std::optional<QString> m_failure;
    std::thread m_thread;
};

/**
 * Signs the slots of a group ahead of the proofs that hold them. A slot depends only on its
 * counter and chain, whereas each proof's body names the proof before it, signature included,
 * so bodies are signed one after the other. For a large group the slots are signed on a second
 * thread while the calling one signs the bodies: half of the signatures off the critical path.
 */
class SlotSigner
{
public:
    struct Job
    {
        quint64 counter;
        QString chainId; // empty on the default chain (the slot then has no chainId)
    };
    struct Slot
    {
        QString counter;
        QString nonce;
        JsonObject object; // signed
        QByteArray canonical;
        QByteArray signature;
    };

    SlotSigner(std::vector<Job> jobs,
               const QByteArray &secretKey,
               const QString &epochId,
               const QString &publicKeyB64)
        : m_jobs(std::move(jobs))
        , m_slots(m_jobs.size())
        , m_secretKey(secretKey)
        , m_epochId(epochId)
        , m_publicKeyB64(publicKeyB64)
    {
        if (m_jobs.size() >= kParallelFrom && QThread::idealThreadCount() > 1)
            m_thread = std::thread([this] { run(); });
    }
    ~SlotSigner()
    {
        m_stop.store(true, std::memory_order_relaxed);
        if (m_thread.joinable())
            m_thread.join();
    }
    SlotSigner(const SlotSigner &) = delete;
    SlotSigner &operator=(const SlotSigner &) = delete;

    /** Slot i (each once, in order), waiting for it when it is signed on the other thread. */
    Slot take(size_t i)
    {
        if (!m_thread.joinable())
            return sign(m_jobs[i]);
        for (size_t done = m_done.load(std::memory_order_acquire); done <= i;
             done = m_done.load(std::memory_order_acquire))
            m_done.wait(done, std::memory_order_acquire);
        return std::move(m_slots[i]);
    }

private:
    // Starting a thread costs about one signature; from four slots on it pays (occ serve's
    // groups of eight single-digest commits: about 12% more commits/s on two cores).
    static constexpr size_t kParallelFrom = 4;

    Slot sign(const Job &job) const
    {
        Slot s;
        s.counter = QString::number(job.counter);
        s.nonce = Encoding::toBase64(Crypto::randomBytes(32));
        s.object.append(u"version"_s, u"occ/slot/1"_s);
        s.object.append(u"nonceB64"_s, s.nonce);
        s.object.append(u"counter"_s, s.counter);
        s.object.append(u"epochId"_s, m_epochId);
        s.object.append(u"publicKeyB64"_s, m_publicKeyB64);
        if (!job.chainId.isEmpty())
            s.object.append(u"chainId"_s, job.chainId);
        s.canonical = Json::canonicalize(ProofHashes::slotBody(s.object, true));
        s.signature = Crypto::ed25519Sign(s.canonical, m_secretKey);
        s.object.append(u"signatureB64"_s, Encoding::toBase64(s.signature));
        return s;
    }

    void run()
    {
        for (size_t i = 0; i < m_jobs.size() && !m_stop.load(std::memory_order_relaxed); ++i) {
            m_slots[i] = sign(m_jobs[i]);
            m_done.store(i + 1, std::memory_order_release);
            m_done.notify_one();
        }
        Crypto::releaseThreadState();
    }

    const std::vector<Job> m_jobs;
    std::vector<Slot> m_slots; // written by the thread up to m_done, then only read by take()
    const QByteArray &m_secretKey;
    const QString &m_epochId;
    const QString &m_publicKeyB64;
    std::atomic<size_t> m_done{0};
    std::atomic<bool> m_stop{false};
    std::thread m_thread;
};
} // namespace

Result<void> StubSigner::checkAgency(const CommitRequest &request) const
{
    const JsonValue &envelope = *request.agency;
    const JsonValue *auth = envelope.member(u"authorization");
    const QString *challenge = auth ? auth->stringMember(u"challenge") : nullptr;
    {
        QMutexLocker lock(&m_challenges->mutex);
        m_challenges->sweep(now());
        if (!challenge || !m_challenges->expiry.contains(*challenge))
            return agencyError(
                QCoreApplication::translate("Occ::StubSigner", "challenge not found or expired"));
    }
    const JsonValue *timestamp = auth->member(u"timestamp");
    if (!timestamp || !timestamp->isNumber()
        || std::abs(*timestamp->asNumber() - double(now())) > double(kTimestampWindowMs))
        return agencyError(
            QCoreApplication::translate("Occ::StubSigner",
                                        "authorization timestamp too far from current time"));
    const QString first = Encoding::toBase64(request.digests.first());
    const QString *artifactHash = auth->stringMember(u"artifactHash");
    if (!artifactHash || *artifactHash != first)
        return agencyError(QCoreApplication::translate(
            "Occ::StubSigner", "authorization.artifactHash does not match committed digest"));
    if (request.digests.size() > 1) {
        const JsonValue *batch = envelope.member(u"batchContext");
        const JsonArray *listed = batch && batch->member(u"batchDigests")
                                      ? batch->member(u"batchDigests")->asArray()
                                      : nullptr;
        bool same = listed && listed->size() == size_t(request.digests.size());
        for (qsizetype i = 0; same && i < request.digests.size(); ++i) {
            const QString *d = (*listed)[size_t(i)].asString();
            same = d && *d == Encoding::toBase64(request.digests[i]);
        }
        if (!same)
            return agencyError(QCoreApplication::translate(
                "Occ::StubSigner",
                "batchContext.batchDigests must list exactly the committed "
                "digests, in order"));
    }
    auto verified = Agency::verify(envelope, first);
    if (!verified) {
        QString reason = verified.error().message;
        if (reason.startsWith(u"agency: "))
            reason = reason.mid(8);
        return agencyError(reason);
    }
    // Take the challenge now, so that no concurrent commit can use it too; it is put back if
    // this commit fails before anything is signed.
    QMutexLocker lock(&m_challenges->mutex);
    if (!m_challenges->expiry.contains(*challenge))
        return agencyError(
            QCoreApplication::translate("Occ::StubSigner", "challenge not found or expired"));
    m_challenges->taken.insert(*challenge, m_challenges->expiry.take(*challenge));
    return {};
}

QString StubSigner::defaultStatePath()
{
    const QString env = qEnvironmentVariable("OCC_STATE_PATH");
    if (!env.isEmpty())
        return env;
    // Not AppDataLocation: that depends on the executable's name, and the studio and the CLI
    // must share one identity and one counter.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
           + u"/occ-proof-studio/stub-state.json"_s;
}

QString StubSigner::publicKeyB64() const
{
    return Encoding::toBase64(m_publicKey);
}

Result<quint64> StubSigner::recordedCounter(const QString &statePath, const QString &chain)
{
    JournalCache cache;
    std::optional<OpenJournal> journal;
    auto state = loadState(statePath, cache, journal);
    if (!state)
        return state.error();
    return state->chains.value(chain).counter;
}

Result<StubSigner> StubSigner::open(const QString &statePath)
{
    const QFileInfo info(statePath);
    if (!QDir().mkpath(info.absolutePath()))
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("Occ::StubSigner",
                                                     "Cannot create the folder %1")
                             .arg(info.absolutePath()));
    InterProcessLock lock(statePath + u".lock"_s);
    if (auto locked = lock.acquire(kLockTimeoutMs, statePath); !locked)
        return locked.error();
    // A process killed between writing and renaming leaves its temporary copy (with the seed)
    // behind; nobody else writes while we hold the lock, so such copies are stale.
    const QStringList stale = info.dir().entryList({info.fileName() + u".??????"_s,
                                                    info.fileName() + u".journal.??????"_s},
                                                   QDir::Files | QDir::Hidden);
    for (const QString &name : stale)
        QFile::remove(info.dir().filePath(name));

    if (!QFileInfo::exists(statePath)) {
        // A journal that holds records belongs to a state file that was moved away without it.
        // One without records is what a creation interrupted before its state file leaves.
        if (auto orphan = checkOrphanJournal(statePath); !orphan)
            return orphan.error();
        State s;
        s.seed = Crypto::randomBytes(32);
        auto kp = Crypto::ed25519KeyPairFromSeed(s.seed);
        if (!kp)
            return kp.error();
        // As the enclave: epochId = base64 SHA-256 of "<publicKeyB64>:<bootNonceB64>".
        const QString bootNonce = Encoding::toBase64(Crypto::randomBytes(32));
        s.epochId = Encoding::toBase64(
            Crypto::Sha256::hash((Encoding::toBase64(kp->publicKey) + u':' + bootNonce).toUtf8()));
        s.journalGeneration = 1;
        // The journal first: a state file that names a journal never exists without it.
        if (auto j = createJournal(statePath, s.epochId); !j)
            return j.error();
        if (auto w = writeState(statePath, s); !w)
            return w.error();
    }
    auto state = readState(statePath);
    if (!state)
        return state.error();
    if (state->journalGeneration == 0) {
        // Written before the journal existed: its counters are all in the file.
        if (auto j = createJournal(statePath, state->epochId); !j)
            return j.error();
        state->journalGeneration = 1;
        if (auto w = writeState(statePath, *state); !w)
            return w.error();
    }
    StubSigner signer;
    signer.m_journal = std::make_shared<Journal>();
    std::optional<OpenJournal> journal;
    // Reads the journal once: a damaged one is refused now rather than at the first commit.
    if (auto current = loadState(statePath, *signer.m_journal, journal); !current)
        return current.error();
    signer.m_challenges = std::make_shared<Challenges>();
    signer.m_statePath = info.absoluteFilePath();
    signer.m_seed = state->seed;
    auto kp = Crypto::ed25519KeyPairFromSeed(state->seed);
    signer.m_publicKey = kp->publicKey;
    signer.m_secretKey = kp->secretKey;
    signer.m_epochId = state->epochId;
    return signer;
}

Result<QList<JsonValue>> StubSigner::commit(const CommitRequest &request)
{
    std::vector<Result<QList<JsonValue>>> results = commitMany({request});
    return std::move(results.front());
}

Result<void> StubSigner::checkRequest(const CommitRequest &request) const
{
    if (request.digests.isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("Occ::StubSigner",
                                                     "Nothing to commit: no digests"));
    if (!request.itemMetadata.isEmpty() && request.itemMetadata.size() != request.digests.size())
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate(
                             "Occ::StubSigner", "Per-file metadata does not match the digests"));
    for (const QByteArray &d : request.digests) {
        if (d.size() != 32)
            return makeError(ErrorCode::InvalidArgument,
                             QCoreApplication::translate("Occ::StubSigner",
                                                         "A SHA-256 digest must be 32 bytes"));
    }
    if (request.agency)
        return checkAgency(request);
    return {};
}

std::vector<Result<QList<JsonValue>>> StubSigner::commitMany(const QList<CommitRequest> &requests)
{
    // Each request is checked on its own: a refused one burns nothing and does not affect the
    // others. The accepted ones share the lock, the self-check and one durable state write.
    std::vector<std::optional<Error>> refused(size_t(requests.size()));
    QStringList heldChallenges;
    QList<QByteArray> digests; // of the accepted requests, in signing order (for the self-check)
    for (qsizetype r = 0; r < requests.size(); ++r) {
        const CommitRequest &request = requests[r];
        if (auto ok = checkRequest(request); !ok) {
            refused[size_t(r)] = ok.error();
            continue;
        }
        if (request.agency)
            heldChallenges.append(
                Js::str(request.agency->member(u"authorization")->member(u"challenge")));
        digests.append(request.digests);
    }
    bool committed = false;
    const std::shared_ptr<Challenges> challenges = m_challenges;
    const auto releaseChallenges = qScopeGuard([&] {
        for (const QString &challenge : std::as_const(heldChallenges))
            challenges->release(challenge, committed);
    });
    // One result per request: its own refusal, else the group's error, else its proofs.
    auto groupResult = [&](std::optional<Error> groupError, std::vector<QList<JsonValue>> *made) {
        std::vector<Result<QList<JsonValue>>> results;
        results.reserve(size_t(requests.size()));
        for (qsizetype r = 0; r < requests.size(); ++r) {
            if (refused[size_t(r)])
                results.emplace_back(*refused[size_t(r)]);
            else if (groupError)
                results.emplace_back(*groupError);
            else
                results.emplace_back(std::move((*made)[size_t(r)]));
        }
        return results;
    };
    if (digests.isEmpty())
        return groupResult(std::nullopt, nullptr);

    InterProcessLock lock(m_statePath + u".lock"_s);
    if (auto locked = lock.acquire(kLockTimeoutMs, m_statePath); !locked)
        return groupResult(locked.error(), nullptr);
    // Another process may have committed since we last looked: always start from the files.
    std::lock_guard cacheLock(m_journal->mutex);
    std::optional<OpenJournal> journal;
    auto state = loadState(m_statePath, *m_journal, journal, m_seed, Encoding::toBase64(m_publicKey));
    if (!state)
        return groupResult(state.error(), nullptr);
    if (state->seed != m_seed)
        return groupResult(makeError(ErrorCode::Io,
                                     QCoreApplication::translate(
                                         "Occ::StubSigner",
                                         "The stub signer's state file was replaced by another "
                                         "identity")),
                           nullptr);

    // Proofs are made in memory under the lock; one durable write of the new counters and chain
    // heads happens before any of them leaves this function. A crash before that write loses
    // proofs nobody has seen, so their counters may be used again without anyone seeing a reuse.
    const QString publicKeyB64 = Encoding::toBase64(m_publicKey);
    std::vector<QList<JsonValue>> made(size_t(requests.size()));
    // The counters first: each accepted request takes the next ones of its chain.
    std::vector<quint64> firstCounter(size_t(requests.size()));
    std::vector<QString> chainOf(size_t(requests.size()));
    std::vector<SlotSigner::Job> slotJobs;
    slotJobs.reserve(size_t(digests.size()));
    for (qsizetype r = 0; r < requests.size(); ++r) {
        if (refused[size_t(r)])
            continue;
        const CommitRequest &request = requests[r];
        const QString &chain = chainOf[size_t(r)] = request.chainId.isEmpty()
                                                        ? QString::fromUtf16(kDefaultChain)
                                                        : request.chainId;
        ChainState &cs = state->chains[chain];
        const quint64 first = cs.counter;
        const quint64 reserved = quint64(request.digests.size()) * 2;
        if (first > std::numeric_limits<quint64>::max() - reserved)
            return groupResult(makeError(ErrorCode::Internal,
                                         QCoreApplication::translate("Occ::StubSigner",
                                                                     "The counter is exhausted")),
                               nullptr);
        cs.counter = first + reserved;
        firstCounter[size_t(r)] = first;
        const QString slotChain = chain == QStringView(kDefaultChain) ? QString() : chain;
        for (qsizetype i = 0; i < request.digests.size(); ++i)
            slotJobs.push_back({first + 1 + quint64(i) * 2, slotChain});
    }
    SlotSigner slotSigner(std::move(slotJobs), m_secretKey, m_epochId, publicKeyB64);
    SelfCheck check(digests, m_publicKey);
    QMap<QString, ChainState> changed;
    size_t slotIndex = 0;
    for (qsizetype r = 0; r < requests.size(); ++r) {
        if (refused[size_t(r)])
            continue;
        const CommitRequest &request = requests[r];
        const QString &chain = chainOf[size_t(r)];
        ChainState &cs = state->chains[chain];
        const quint64 first = firstCounter[size_t(r)];
        const bool defaultChain = chain == QStringView(kDefaultChain);
        QString prev = cs.lastProofHashB64;
        QList<JsonValue> &proofs = made[size_t(r)];
        proofs.reserve(request.digests.size());
        for (qsizetype i = 0; i < request.digests.size(); ++i) {
            SlotSigner::Slot signedSlot = slotSigner.take(slotIndex++);
            const QString &slotCounter = signedSlot.counter;
            const QString commitCounter = QString::number(first + 2 + quint64(i) * 2);
            const QString &nonce = signedSlot.nonce;
            const QByteArray &slotCanonical = signedSlot.canonical;
            const QByteArray &slotSignature = signedSlot.signature;
            JsonObject &slot = signedSlot.object;

            JsonObject commit;
            commit.append(u"nonceB64"_s, nonce);
            commit.append(u"counter"_s, commitCounter);
            commit.append(u"slotCounter"_s, slotCounter);
            commit.append(u"slotHashB64"_s, Encoding::toBase64(Crypto::Sha256::hash(slotCanonical)));
            commit.append(u"epochId"_s, m_epochId);
            if (!prev.isEmpty())
                commit.append(u"prevB64"_s, prev);
            if (!defaultChain)
                commit.append(u"chainId"_s, chain);
            commit.append(u"time"_s, JsonValue(double(now())));

            JsonObject artifact;
            artifact.append(u"hashAlg"_s, u"sha256"_s);
            artifact.append(u"digestB64"_s, Encoding::toBase64(request.digests[i]));
            JsonObject environment;
            environment.append(u"enforcement"_s, u"stub"_s);
            environment.append(u"measurement"_s, measurement());

            JsonObject proof;
            proof.append(u"version"_s, u"occ/1"_s);
            proof.append(u"artifact"_s, JsonValue(std::move(artifact)));
            proof.append(u"commit"_s, JsonValue(std::move(commit)));
            JsonObject signerObject;
            signerObject.append(u"publicKeyB64"_s, publicKeyB64);
            proof.append(u"signer"_s, JsonValue(signerObject));
            proof.append(u"environment"_s, JsonValue(std::move(environment)));
            proof.append(u"slotAllocation"_s, JsonValue(std::move(slot)));
            if (request.agency) {
                JsonValue envelope = *request.agency;
                if (request.digests.size() > 1) {
                    JsonObject batch;
                    batch.append(u"batchSize"_s, JsonValue(qint64(request.digests.size())));
                    batch.append(u"batchIndex"_s, JsonValue(qint64(i)));
                    batch.append(u"batchDigests"_s,
                                 *request.agency->member(u"batchContext")->member(u"batchDigests"));
                    envelope.asObject()->insert(u"batchContext"_s, JsonValue(std::move(batch)));
                }
                proof.append(u"agency"_s, std::move(envelope));
            }
            if (request.policy)
                proof.append(u"policy"_s, *request.policy);
            if (request.attribution) {
                JsonObject a = filteredAttribution(*request.attribution);
                if (!a.isEmpty())
                    proof.append(u"attribution"_s, JsonValue(std::move(a)));
            }
            JsonValue proofValue(std::move(proof));
            const QByteArray body = Json::canonicalize(*ProofHashes::signedBody(proofValue));
            const QByteArray bodySignature = Crypto::ed25519Sign(body, m_secretKey);
            signerObject.append(u"signatureB64"_s, Encoding::toBase64(bodySignature));
            proofValue.asObject()->insert(u"signer"_s, JsonValue(std::move(signerObject)));
            JsonObject metadata = request.metadata.value_or(JsonObject());
            if (i < request.itemMetadata.size()) {
                const JsonObject &extra = request.itemMetadata[i];
                for (qsizetype k = 0; k < extra.size(); ++k)
                    metadata.insert(extra.keyAt(k), extra.valueAt(k));
            }
            if (request.metadata || !metadata.isEmpty())
                proofValue.asObject()->append(u"metadata"_s, JsonValue(std::move(metadata)));

            prev = Encoding::toBase64(ProofHashes::chainHash(proofValue));
            proofs.append(std::move(proofValue));
            check.add(proofs.last(), {{slotSignature, slotCanonical}, {bodySignature, body}});
        }
        cs.lastProofHashB64 = prev;
        changed.insert(chain, cs);
    }
    // Fail closed: a proof our own verifier rejects is never handed out.
    if (const std::optional<QString> failure = check.finish())
        return groupResult(makeError(ErrorCode::Internal,
                                     QCoreApplication::translate("Occ::StubSigner",
                                                                 "The stub signer made a proof "
                                                                 "that does not verify (%1); "
                                                                 "nothing was returned")
                                         .arg(*failure)),
                           nullptr);
    if (auto w = persistState(m_statePath, *state, changed, *m_journal, *journal); !w)
        return groupResult(w.error(), nullptr); // no counter of this group was ever seen
    committed = true;
    return groupResult(std::nullopt, &made);
}

} // namespace Occ
