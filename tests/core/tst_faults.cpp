// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0
#include "clirun.h"
#include "testdata.h"

#include "core/bundle.h"
#include "core/chainaudit.h"
#include "core/crypto.h"
#include "core/encoding.h"
#include "core/jsonparser.h"
#include "core/proofhashes.h"
#include "core/proofverifier.h"
#include "core/stubsigner.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <algorithm>
#include <chrono>
#include <memory>
#include <optional>
#include <thread>
#include <utility>
#include <vector>

#include <cerrno>
#include <csignal>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <sched.h>
#include <sys/mount.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/statvfs.h>
#include <sys/time.h>
#include <unistd.h>

using namespace Occ;
using namespace Qt::StringLiterals;

// Faults the stub signer and the `occ` CLI must survive (the robustness clause): committers
// killed with SIGKILL at random points, a full disk (per process with RLIMIT_FSIZE, and as root
// a real, small tmpfs), `occ serve` under concurrent clients, and read-only media.

using OccTest::CliRun;
using OccTest::runProcess;

namespace {

/**
 * Runs `occ`. fileSizeLimit >= 0 gives it a full disk of its own: RLIMIT_FSIZE set to that many
 * bytes, with SIGXFSZ ignored (which stays ignored across exec), so a write past the limit
 * fails with EFBIG instead of killing the process.
 */
CliRun runOcc(const QStringList &args, qint64 fileSizeLimit = -1)
{
    QProcess p;
    p.setProgram(QString::fromUtf8(OCC_CLI_PATH));
    p.setArguments(args);
    if (fileSizeLimit >= 0) {
        p.setChildProcessModifier([fileSizeLimit] {
            struct sigaction ignore = {};
            ignore.sa_handler = SIG_IGN;
            ::sigaction(SIGXFSZ, &ignore, nullptr);
            const rlimit limit{rlim_t(fileSizeLimit), rlim_t(fileSizeLimit)};
            ::setrlimit(RLIMIT_FSIZE, &limit);
        });
    }
    return runProcess(p, {}, 120'000);
}

/** The commit counter `occ commit` printed for its first stamped file, or 0. */
quint64 printedCounter(const CliRun &r)
{
    const auto m = QRegularExpression(u"\\(counter (\\d+)\\)"_s).match(QString::fromUtf8(r.out));
    return m.hasMatch() ? m.captured(1).toULongLong() : 0;
}

/** The "verdict" of `occ verify --json`, or empty. */
QString verdictOf(const CliRun &r)
{
    auto v = JsonParser::parse(r.out);
    const QString *verdict = v ? v->stringMember(u"verdict") : nullptr;
    return verdict ? *verdict : QString();
}

bool writeFile(const QString &path, QByteArrayView bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes.data(), bytes.size()) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/** Bytes that do not compress, so a bundle is as large as its original. */
QByteArray noise(qsizetype size, quint32 seed)
{
    QRandomGenerator rng(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (char &c : bytes)
        c = char('a' + rng.bounded(26));
    return bytes;
}

/** The chain's counter as the state records it (0 before its first commit). */
std::optional<quint64> stateCounter(const QString &statePath)
{
    auto counter = StubSigner::recordedCounter(statePath);
    if (!counter)
        qWarning("%s", qPrintable(counter.error().message));
    return counter ? std::optional<quint64>(*counter) : std::nullopt;
}

/** Every name in dir (hidden ones too), sorted. */
QStringList entriesOf(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                               QDir::Name);
}

/** Path, size and modification time of everything under root: equal snapshots, no change. */
QStringList snapshot(const QString &root)
{
    QStringList lines;
    QDirIterator it(root,
                    QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo info(it.next());
        lines.append(u"%1 %2 %3"_s.arg(info.filePath())
                         .arg(info.isDir() ? -1 : info.size())
                         .arg(info.lastModified().toMSecsSinceEpoch()));
    }
    lines.sort();
    return lines;
}

/** chmod of a whole tree: read-only (dirs 0555, files 0444) or back to 0755/0644. */
void setTreeWritable(const QString &root, bool writable)
{
    const auto dirMode = QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup
                         | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther;
    const auto fileMode = QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
    QFile::setPermissions(root, writable ? dirMode | QFileDevice::WriteOwner : dirMode);
    QDirIterator it(root,
                    QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo info(it.next());
        const auto mode = info.isDir() ? dirMode : fileMode;
        QFile::setPermissions(info.filePath(), writable ? mode | QFileDevice::WriteOwner : mode);
    }
}

/** The offset of a zip's central directory (from its end record), or -1. */
qint64 centralDirectoryOffset(const QByteArray &zip)
{
    const qsizetype end = zip.lastIndexOf(QByteArrayView("PK\x05\x06", 4));
    if (end < 0 || end + 22 > zip.size())
        return -1;
    return qFromLittleEndian<quint32>(zip.constData() + end + 16);
}

/** A mount made by the test (root only), undone when it goes out of scope. */
class ScopedMount
{
public:
    ScopedMount() = default;
    ~ScopedMount() { release(); }
    Q_DISABLE_COPY_MOVE(ScopedMount)

    /** A tmpfs at dir; empty on success, else why not. */
    QString mountTmpfs(const QString &dir, const QByteArray &options)
    {
        const QByteArray path = QFile::encodeName(dir);
        if (::mount("tmpfs", path.constData(), "tmpfs", MS_NOSUID | MS_NODEV, options.constData())
            != 0)
            return u"mount -t tmpfs -o %1 failed: %2"_s.arg(QString::fromLatin1(options),
                                                            qt_error_string(errno));
        m_dir = dir;
        return {};
    }

    /** dir bound read-only onto itself; empty on success, else why not. */
    QString bindReadOnly(const QString &dir)
    {
        const QByteArray path = QFile::encodeName(dir);
        if (::mount(path.constData(), path.constData(), nullptr, MS_BIND, nullptr) != 0)
            return u"mount --bind failed: %1"_s.arg(qt_error_string(errno));
        m_dir = dir;
        // A remount must keep the flags the mount underneath has (locked in a user namespace).
        unsigned long flags = MS_REMOUNT | MS_BIND | MS_RDONLY;
        struct statvfs fs = {};
        if (::statvfs(path.constData(), &fs) == 0) {
            const std::pair<unsigned long, unsigned long> kept[] = {{ST_NOSUID, MS_NOSUID},
                                                                    {ST_NODEV, MS_NODEV},
                                                                    {ST_NOEXEC, MS_NOEXEC},
                                                                    {ST_NOATIME, MS_NOATIME},
                                                                    {ST_NODIRATIME, MS_NODIRATIME},
                                                                    {ST_RELATIME, MS_RELATIME}};
            for (const auto &[statFlag, mountFlag] : kept) {
                if (fs.f_flag & statFlag)
                    flags |= mountFlag;
            }
        }
        if (::mount(nullptr, path.constData(), nullptr, flags, nullptr) != 0) {
            const QString why = u"mount -o remount,bind,ro failed: %1"_s.arg(qt_error_string(errno));
            release();
            return why;
        }
        return {};
    }

    void release()
    {
        if (!m_dir.isEmpty())
            ::umount2(QFile::encodeName(m_dir).constData(), MNT_DETACH);
        m_dir.clear();
    }

private:
    QString m_dir;
};

/**
 * Fills the file system holding dir with dir/filler until a write fails with ENOSPC, then
 * gives back `leave` bytes (whole pages on tmpfs). Empty on success, else why not.
 */
QString fillUp(const QString &dir, qint64 leave)
{
    const QByteArray path = QFile::encodeName(dir + u"/filler"_s);
    const int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0)
        return qt_error_string(errno);
    const auto closeFd = qScopeGuard([fd] { ::close(fd); });
    const QByteArray chunk(4096, 'f');
    qint64 size = 0;
    for (int i = 0; i < 1'000'000; ++i) {
        const ssize_t n = ::write(fd, chunk.constData(), size_t(chunk.size()));
        if (n <= 0)
            break;
        size += n;
    }
    if (errno != ENOSPC)
        return u"filling %1 stopped without ENOSPC: %2"_s.arg(dir, qt_error_string(errno));
    if (leave > 0 && ::ftruncate(fd, size - leave) != 0)
        return qt_error_string(errno);
    return {};
}

// ---- SIGKILLed committers -------------------------------------------------------------------

/** A proof a killed committer printed: it was returned by StubSigner::commit. */
struct Returned
{
    quint64 slot = 0;
    quint64 counter = 0;
    QByteArray hash;
    QByteArray prev; ///< empty: the proof has no prevB64
};

/**
 * The complete lines of faults_child's output; a line the kill cut short (none should be: each
 * batch is one write of less than PIPE_BUF) is not counted. ok is false on a malformed line.
 */
QList<Returned> parseReturned(const QByteArray &out, bool &ok)
{
    ok = true;
    QList<Returned> list;
    QList<QByteArray> lines = out.split('\n');
    lines.removeLast(); // empty after a final '\n', else cut short
    for (const QByteArray &line : std::as_const(lines)) {
        const QList<QByteArray> f = line.split(' ');
        Returned r;
        bool slotOk = false;
        bool counterOk = false;
        if (f.size() == 4) {
            r.slot = f[0].toULongLong(&slotOk);
            r.counter = f[1].toULongLong(&counterOk);
            r.hash = f[2];
            r.prev = f[3] == "-" ? QByteArray() : f[3];
        }
        if (!slotOk || !counterOk || r.hash.size() != 44
            || (!r.prev.isEmpty() && r.prev.size() != 44)) {
            ok = false;
            return list;
        }
        list.append(r);
    }
    return list;
}

quint32 scheduleSeed()
{
    bool ok = false;
    const quint32 fromEnv = qEnvironmentVariable("OCC_FAULTS_SEED").toUInt(&ok);
    return ok ? fromEnv : QRandomGenerator::system()->generate();
}

// ---- occ serve under load -------------------------------------------------------------------

/**
 * A minimal blocking HTTP/1.1 client on one keep-alive connection, one per load thread
 * (QNetworkAccessManager would run at most 6 requests to one host at a time).
 */
class BlockingHttpClient
{
public:
    explicit BlockingHttpClient(quint16 port)
        : m_port(port)
    {}
    ~BlockingHttpClient() { disconnect(); }
    Q_DISABLE_COPY_MOVE(BlockingHttpClient)

    /** POSTs a JSON body; empty on success (status and body filled), else what went wrong. */
    QString post(const QByteArray &path, const QByteArray &json, int &status, QByteArray &body)
    {
        if (m_fd < 0) {
            if (QString e = connectToServer(); !e.isEmpty())
                return e;
        }
        const QByteArray request = "POST " + path
                                   + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                     "Content-Type: application/json\r\nContent-Length: "
                                   + QByteArray::number(json.size()) + "\r\n\r\n" + json;
        for (qsizetype sent = 0; sent < request.size();) {
            const ssize_t n = ::send(m_fd,
                                     request.constData() + sent,
                                     size_t(request.size() - sent),
                                     MSG_NOSIGNAL);
            if (n <= 0)
                return u"send: %1"_s.arg(qt_error_string(errno));
            sent += n;
        }
        qsizetype headerEnd = -1;
        while ((headerEnd = m_buffer.indexOf("\r\n\r\n")) < 0) {
            if (QString e = receiveMore(); !e.isEmpty())
                return e;
        }
        const QList<QByteArray> lines = m_buffer.left(headerEnd).split('\n');
        m_buffer.remove(0, headerEnd + 4);
        const QList<QByteArray> statusLine = lines.first().trimmed().split(' ');
        status = statusLine.size() >= 2 ? statusLine[1].toInt() : 0;
        qsizetype length = 0;
        bool close = false;
        for (const QByteArray &line : lines) {
            const qsizetype colon = line.indexOf(':');
            if (colon < 0)
                continue;
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (name == "content-length")
                length = value.toLongLong();
            else if (name == "connection" && value.toLower() == "close")
                close = true;
        }
        while (m_buffer.size() < length) {
            if (QString e = receiveMore(); !e.isEmpty())
                return e;
        }
        body = m_buffer.left(length);
        m_buffer.remove(0, length);
        if (close)
            disconnect();
        return {};
    }

private:
    QString connectToServer()
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        if (m_fd < 0)
            return u"socket: %1"_s.arg(qt_error_string(errno));
        const timeval timeout{30, 0}; // a hung server fails the test instead of hanging it
        ::setsockopt(m_fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
        ::setsockopt(m_fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, sizeof timeout);
        sockaddr_in address = {};
        address.sin_family = AF_INET;
        address.sin_port = htons(m_port);
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        if (::connect(m_fd, reinterpret_cast<const sockaddr *>(&address), sizeof address) != 0) {
            const QString why = u"connect: %1"_s.arg(qt_error_string(errno));
            disconnect();
            return why;
        }
        m_buffer.clear();
        return {};
    }
    QString receiveMore()
    {
        char chunk[16384];
        const ssize_t n = ::recv(m_fd, chunk, sizeof chunk, 0);
        if (n < 0)
            return u"recv: %1"_s.arg(qt_error_string(errno));
        if (n == 0)
            return u"the server closed the connection in the middle of a response"_s;
        m_buffer.append(chunk, n);
        return {};
    }
    void disconnect()
    {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = -1;
    }

    quint16 m_port;
    int m_fd = -1;
    QByteArray m_buffer;
};

struct HttpReply
{
    QByteArray digest;
    int status = 0;
    QByteArray body;
};

} // namespace

class tst_Faults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killedCommittersNeverReuseACounter();
    void fullDisk_data();
    void fullDisk();
    void serveUnderConcurrentClients();
    void readOnlyMedia_data();
    void readOnlyMedia();

private:
    bool m_root = false;
};

void tst_Faults::initTestCase()
{
    QVERIFY2(QFile::exists(QString::fromUtf8(OCC_CLI_PATH)), OCC_CLI_PATH);
    QVERIFY2(QFile::exists(QString::fromUtf8(OCC_FAULTS_CHILD_PATH)), OCC_FAULTS_CHILD_PATH);
    m_root = ::geteuid() == 0;
    if (m_root) {
        // Mounts made here stay private to this process and its children, and vanish with them
        // even if the test dies before it unmounts them. Without this they are still undone.
        const bool isolated = ::unshare(CLONE_NEWNS) == 0
                              && ::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) == 0;
        qInfo("running as root: real tmpfs and read-only mounts (%s mount namespace)",
              isolated ? "private" : "shared");
    }
}

// Committers killed with SIGKILL at random moments, one or two at a time on one state: the state
// always opens, no counter anyone was given is ever given again, and each returned proof links
// to the proof holding the counter just below its slot. That is what the stub documents: the
// state is written before any proof of a batch leaves commit(), so a kill can only lose proofs
// nobody saw (their counters may come again, and a later proof may link to a lost one).
void tst_Faults::killedCommittersNeverReuseACounter()
{
    constexpr int kMinRounds = 40;
    constexpr int kMaxRounds = 300;
    constexpr int kTargetProofs = 2000;
    constexpr qint64 kBudgetMs = 18'000;

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString state = dir.filePath(u"state.json"_s);
    QVERIFY_RESULT(StubSigner::open(state));
    const quint32 seed = scheduleSeed();
    qInfo("kill schedule seed %u (set OCC_FAULTS_SEED=%u to repeat it)", seed, seed);
    QRandomGenerator rng(seed);

    QList<Returned> returned;
    QHash<quint64, qsizetype> byCounter; // every slot and commit counter returned -> proof
    QHash<QByteArray, qsizetype> byHash;
    quint64 highest = 0;
    int rounds = 0;
    int pairRounds = 0;
    QElapsedTimer clock;
    clock.start();
    while (rounds < kMaxRounds
           && (rounds < kMinRounds
               || (returned.size() < kTargetProofs && clock.elapsed() < kBudgetMs))) {
        ++rounds;
        const int committers = rng.bounded(4) == 0 ? 2 : 1; // flock serialises the pairs
        pairRounds += committers == 2 ? 1 : 0;
        std::vector<std::unique_ptr<QProcess>> children;
        for (int c = 0; c < committers; ++c) {
            children.push_back(std::make_unique<QProcess>());
            children.back()->start(QString::fromUtf8(OCC_FAULTS_CHILD_PATH),
                                   {state, QString::number(rng.generate()), u"4"_s});
        }
        for (const auto &child : children) {
            QVERIFY2(child->waitForStarted(30'000), qPrintable(child->errorString()));
            // Usually let it return some proofs first; sometimes kill it from its start, maybe
            // before or during its first commit. Then a random number of microseconds.
            if (rng.bounded(4) != 0) {
                QElapsedTimer waited;
                waited.start();
                while (child->bytesAvailable() == 0 && child->state() == QProcess::Running
                       && waited.elapsed() < 30'000)
                    child->waitForReadyRead(50);
            }
            std::this_thread::sleep_for(std::chrono::microseconds(rng.bounded(60'000)));
            const qint64 pid = child->processId();
            if (pid > 0) // 0 once it has ended: kill(0) would hit this whole process group
                ::kill(pid_t(pid), SIGKILL);
        }
        for (const auto &child : children) {
            QVERIFY(child->waitForFinished(30'000));
            QVERIFY2(child->exitStatus() == QProcess::CrashExit,
                     qPrintable(
                         u"a committer stopped on its own in round %1 (seed %2): %3"_s.arg(rounds)
                             .arg(seed)
                             .arg(QString::fromUtf8(child->readAllStandardError()))));
            bool ok = false;
            const QList<Returned> got = parseReturned(child->readAllStandardOutput(), ok);
            QVERIFY2(ok, "faults_child printed a malformed line");
            for (const Returned &r : got) {
                const QString where
                    = u"round %1 (seed %2), counters %3/%4"_s.arg(rounds).arg(seed).arg(r.slot).arg(
                        r.counter);
                QVERIFY2(r.counter == r.slot + 1, qPrintable(where));
                QVERIFY2(!byCounter.contains(r.slot) && !byCounter.contains(r.counter),
                         qPrintable(u"counter reused: "_s + where));
                QVERIFY2(!byHash.contains(r.hash), qPrintable(u"proof returned twice: "_s + where));
                byCounter.insert(r.slot, returned.size());
                byCounter.insert(r.counter, returned.size());
                byHash.insert(r.hash, returned.size());
                highest = std::max(highest, r.counter);
                returned.append(r);
            }
        }
        // After every kill the state opens, and it is never behind a counter that was returned.
        auto reopened = StubSigner::open(state);
        QVERIFY2(reopened,
                 qPrintable(u"round %1 (seed %2): %3"_s.arg(rounds).arg(seed).arg(
                     reopened ? QString() : reopened.error().message)));
        const std::optional<quint64> recorded = stateCounter(state);
        QVERIFY(recorded);
        QVERIFY2(*recorded >= highest,
                 qPrintable(
                     u"round %1: the state says %2, but counter %3 was returned"_s.arg(rounds)
                         .arg(*recorded)
                         .arg(highest)));
    }

    // The chain where it can be checked: each proof follows the one holding the counter below
    // its slot; when that one was returned, prevB64 is its hash, and no proof links elsewhere.
    int linksChecked = 0;
    QSet<QByteArray> predecessors;
    for (const Returned &r : std::as_const(returned)) {
        const QString where = u"counters %1/%2 (seed %3)"_s.arg(r.slot).arg(r.counter).arg(seed);
        if (r.slot == 1) {
            QVERIFY2(r.prev.isEmpty(), qPrintable(u"the first proof has a prevB64: "_s + where));
            continue;
        }
        QVERIFY2(!r.prev.isEmpty(), qPrintable(u"no prevB64: "_s + where));
        QVERIFY2(!predecessors.contains(r.prev), qPrintable(u"fork: "_s + where));
        predecessors.insert(r.prev);
        if (const auto it = byCounter.constFind(r.slot - 1); it != byCounter.cend()) {
            const Returned &before = returned[*it];
            QVERIFY2(before.counter == r.slot - 1, qPrintable(where));
            QVERIFY2(r.prev == before.hash,
                     qPrintable(u"prevB64 is not the previous proof: "_s + where));
            ++linksChecked;
        } else {
            // Its predecessor never left a killed committer: prevB64 names no proof we saw.
            QVERIFY2(!byHash.contains(r.prev),
                     qPrintable(u"prevB64 names a proof with another counter: "_s + where));
        }
    }

    // A commit after all that gets a counter above every counter ever returned.
    auto signer = StubSigner::open(state);
    QVERIFY_RESULT(signer);
    CommitRequest last;
    last.digests = {Crypto::Sha256::hash("after the kills")};
    auto proofs = signer->commit(last);
    QVERIFY_RESULT(proofs);
    const JsonValue &commit = *proofs->first().member(u"commit");
    const quint64 slot = commit.stringMember(u"slotCounter")->toULongLong();
    QVERIFY2(slot > highest, qPrintable(u"slot %1 after counter %2"_s.arg(slot).arg(highest)));
    QVERIFY(commit.stringMember(u"prevB64"));
    if (const auto it = byCounter.constFind(slot - 1); it != byCounter.cend())
        QCOMPARE(commit.stringMember(u"prevB64")->toLatin1(), returned[*it].hash);

    const QStringList stray = entriesOf(dir.path()).filter(u"state.json."_s);
    qInfo("%d rounds (%d with two committers), %lld proofs returned, %llu counters never seen "
          "(lost with a kill), %d links checked, %lld ms; files beside the state: %s",
          rounds,
          pairRounds,
          qint64(returned.size()),
          highest - 2 * quint64(returned.size()),
          linksChecked,
          qint64(clock.elapsed()),
          qPrintable(stray.join(u", "_s)));
    QVERIFY2(returned.size() >= 100, "too few proofs were returned for the test to mean much");
    QVERIFY(linksChecked > 0);
    // Beside the state: only its journal and its lock. A QSaveFile temporary
    // ("state.json.XXXXXX", a copy of the state with its seed) left by a write killed between
    // its link and its rename is removed by the next open.
    QCOMPARE(stray, (QStringList{u"state.json.journal"_s, u"state.json.lock"_s}));
}

void tst_Faults::fullDisk_data()
{
    QTest::addColumn<bool>("tmpfs");      // a real full file system (root only), not RLIMIT_FSIZE
    QTest::addColumn<QString>("failing"); // what does not fit

    // clang-format off
    QTest::newRow("rlimit: bundle")         << false << u"bundle"_s;
    QTest::newRow("rlimit: end of bundle")  << false << u"bundle end"_s;
    QTest::newRow("rlimit: batch bundle")   << false << u"batch"_s;
    QTest::newRow("rlimit: stub state")     << false << u"state"_s;
    QTest::newRow("tmpfs: bundle")          << true  << u"bundle"_s;
    QTest::newRow("tmpfs: end of bundle")   << true  << u"bundle end"_s;
    QTest::newRow("tmpfs: stub state")      << true  << u"state"_s;
    // clang-format on
}

// `occ commit` on a full disk fails cleanly: exit 1 (a bundle could not be written) or 2 (the
// state could not be written), a message that says so, no bundle (not even an empty or partial
// one) and no temporary file left, and a state that opens and never hands out a counter again.
// When the state cannot be written, nothing at all is committed.
void tst_Faults::fullDisk()
{
    QFETCH(bool, tmpfs);
    QFETCH(QString, failing);
    if (tmpfs && !m_root)
        QSKIP("mounting a small tmpfs needs root; the rlimit rows test the same without it");

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString stateDir = dir.filePath(u"state"_s);
    const QString out = dir.filePath(u"out"_s);
    const QString in = dir.filePath(u"in"_s);
    for (const QString &d : {stateDir, out, in})
        QVERIFY(QDir().mkpath(d));
    const QString state = stateDir + u"/state.json"_s;
    ScopedMount mount;
    if (tmpfs) {
        if (QString why = mount.mountTmpfs(failing == u"state" ? stateDir : out, "size=256k");
            !why.isEmpty())
            QSKIP(qPrintable(why));
    }
    {
        // An identity with some history.
        auto signer = StubSigner::open(state);
        QVERIFY_RESULT(signer);
        CommitRequest history;
        history.digests = {Crypto::Sha256::hash("history")};
        QVERIFY_RESULT(signer->commit(history));
    }

    QStringList files;
    qint64 limit = -1; // RLIMIT_FSIZE for the rlimit rows
    if (failing == u"bundle") {
        files = {in + u"/large.bin"_s};
        QVERIFY(writeFile(files.first(), noise(tmpfs ? 512 * 1024 : 64 * 1024, 1)));
        limit = 16 * 1024; // the state (~400 bytes) fits
    } else if (failing == u"batch") {
        for (int i = 0; i < 3; ++i) {
            files.append(in + u"/part%1.bin"_s.arg(i));
            QVERIFY(writeFile(files.last(), noise(24 * 1024, quint32(10 + i))));
        }
        limit = 16 * 1024;
    } else if (failing == u"state") {
        files = {in + u"/small.txt"_s};
        QVERIFY(writeFile(files.first(), "a small file"));
        limit = 100; // below the state's size
    } else if (failing == u"bundle end") {
        // Everything fits but the end of the zip (its central directory), the last bytes
        // written: measured on a bundle of a file of the same name, written elsewhere.
        const QString name = in + u"/tail.txt"_s;
        QVERIFY(writeFile(name, noise(1000, 2)));
        const CliRun probe = runOcc(
            {u"commit"_s, u"--state"_s, state, u"-o"_s, dir.filePath(u"probe"_s), name});
        QVERIFY2(probe.exitCode == 0, probe.describe().constData());
        const QByteArray zip = readFile(dir.filePath(u"probe/tail.txt.proof.zip"_s));
        const qint64 directory = centralDirectoryOffset(zip);
        QVERIFY(directory > 0 && directory < zip.size());
        const qint64 middle = (directory + zip.size()) / 2;
        if (tmpfs) {
            // On a tmpfs with one free page, the original's size puts that page's end in the
            // middle of the central directory (the original is stored, not compressed).
            QVERIFY(writeFile(name, noise(1000 + 4096 - middle, 3)));
        } else {
            limit = middle;
        }
        files = {name};
    }
    if (tmpfs && failing == u"state") {
        // The journal takes a commit in place while it has room, full disk or not (the rlimit
        // row makes that write fail): leave it no room, so that the commit must rewrite the
        // state file, which does not fit.
        const QString journal = state + u".journal"_s;
        const qsizetype end = readFile(journal).lastIndexOf('\n') + 1;
        QVERIFY(end > 0);
        QVERIFY(QFile::resize(journal, end));
    }
    if (tmpfs) {
        const QString full = failing == u"state" ? stateDir : out;
        const QString why = failing == u"state"        ? fillUp(full, 0)
                            : failing == u"bundle end" ? fillUp(full, 4096)
                                                       : QString();
        QVERIFY2(why.isEmpty(), qPrintable(why));
    }

    const QByteArray stateBefore = OccTest::stubStateBytes(state);
    const std::optional<quint64> counterBefore = stateCounter(state);
    QVERIFY(counterBefore);
    QStringList args{u"commit"_s, u"--state"_s, state, u"-o"_s, out};
    if (failing == u"batch")
        args << u"--batch"_s;
    const CliRun r = runOcc(args + files, tmpfs ? -1 : limit);
    QVERIFY2(r.normal(), r.describe().constData());
    // First what a failure must never do: corrupt the state or leave a partial bundle.
    auto reopened = StubSigner::open(state);
    QVERIFY2(reopened,
             qPrintable(u"the state no longer opens (%1 bytes): %2\n"_s.arg(QFileInfo(state).size())
                            .arg(reopened ? QString() : reopened.error().message)
                        + QString::fromUtf8(r.describe())));
    QStringList leftOver;
    for (const QString &name : entriesOf(out)) {
        if (name != u"filler")
            leftOver.append(u"%1 (%2 bytes)"_s.arg(name).arg(QFileInfo(out + u'/' + name).size()));
    }
    QVERIFY2(leftOver.isEmpty(),
             qPrintable(u"left in the destination: "_s + leftOver.join(u", "_s) + u"\n"_s
                        + QString::fromUtf8(r.describe())));
    QStringList beside = entriesOf(stateDir);
    beside.removeAll(u"filler"_s);
    QCOMPARE(beside, (QStringList{u"state.json"_s, u"state.json.journal"_s, u"state.json.lock"_s}));
    // Then that it says so.
    QVERIFY2(!r.out.contains(" -> "), QByteArray("claims a bundle: " + r.describe()).constData());
    if (failing == u"state") {
        QVERIFY2(r.exitCode == 2, r.describe().constData());
        QVERIFY2(r.err.contains("Cannot write") && r.err.contains("state.json"),
                 r.describe().constData());
    } else {
        QVERIFY2(r.exitCode == 1, r.describe().constData());
        QVERIFY2(r.err.contains((u"occ commit: "_s + files.first() + u": "_s).toUtf8())
                     && r.err.contains("Cannot"),
                 r.describe().constData());
    }
    // When the state could not be written it is exactly as it was; else it may have moved on.
    const std::optional<quint64> counterAfter = stateCounter(state);
    QVERIFY(counterAfter);
    if (failing == u"state")
        QVERIFY2(OccTest::stubStateBytes(state) == stateBefore,
                 "the state changed although it could not be written");
    else
        QVERIFY(*counterAfter >= *counterBefore);

    // With room again, the next commit gets a counter nobody had.
    if (tmpfs && failing == u"state")
        QVERIFY(QFile::remove(stateDir + u"/filler"_s));
    const QString again = in + u"/again.txt"_s;
    QVERIFY(writeFile(again, "room again"));
    const CliRun next = runOcc(
        {u"commit"_s, u"--state"_s, state, u"-o"_s, dir.filePath(u"again"_s), again});
    QVERIFY2(next.exitCode == 0, next.describe().constData());
    const quint64 counter = printedCounter(next);
    if (failing == u"state")
        QCOMPARE(counter, *counterBefore + 2); // nothing was burnt
    else
        QVERIFY2(counter - 1 > *counterAfter,
                 qPrintable(u"slot %1, state had %2"_s.arg(counter - 1).arg(*counterAfter)));
}

// `occ serve` with 8 clients committing single digests as fast as they can for a few seconds:
// every request gets 200 and one valid proof, no counter twice and none skipped, and the proofs
// form one chain (each prevB64 is the proofHash of exactly one other returned proof, except the
// first's); then SIGTERM stops the server with exit 0.
void tst_Faults::serveUnderConcurrentClients()
{
    constexpr int kClients = 8;
    constexpr auto kDuration = std::chrono::seconds(4);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QProcess server;
    server.start(QString::fromUtf8(OCC_CLI_PATH),
                 {u"serve"_s, u"--port"_s, u"0"_s, u"--state"_s, dir.filePath(u"state.json"_s)});
    QVERIFY(server.waitForStarted());
    auto stopServer = qScopeGuard([&server] {
        if (server.state() != QProcess::NotRunning) {
            server.kill();
            server.waitForFinished(5'000);
        }
    });
    QByteArray banner;
    QVERIFY(QTest::qWaitFor(
        [&] {
            server.waitForReadyRead(100);
            banner += server.readAllStandardError();
            return banner.contains("listening on");
        },
        30'000));
    const qsizetype at = banner.indexOf("http://127.0.0.1:");
    QVERIFY2(at >= 0, banner.constData());
    const quint16 port = quint16(banner.mid(at + 17).split(' ').first().toUInt());
    QVERIFY(port > 0);

    std::vector<QList<HttpReply>> replies(kClients);
    std::vector<QString> errors(kClients);
    std::vector<std::thread> threads;
    QElapsedTimer clock;
    clock.start();
    const auto deadline = std::chrono::steady_clock::now() + kDuration;
    for (int c = 0; c < kClients; ++c) {
        threads.emplace_back([c, port, deadline, &replies, &errors] {
            BlockingHttpClient http(port);
            for (int n = 0; std::chrono::steady_clock::now() < deadline; ++n) {
                HttpReply reply;
                reply.digest
                    = QCryptographicHash::hash(u"client %1 request %2"_s.arg(c).arg(n).toUtf8(),
                                               QCryptographicHash::Sha256);
                const QByteArray json = R"({"digests":[{"digestB64":")" + reply.digest.toBase64()
                                        + R"(","hashAlg":"sha256"}]})";
                errors[size_t(c)] = http.post("/commit", json, reply.status, reply.body);
                if (!errors[size_t(c)].isEmpty())
                    return;
                replies[size_t(c)].append(reply);
            }
        });
    }
    for (std::thread &t : threads)
        t.join();
    const qint64 elapsed = clock.elapsed();

    server.terminate();
    QVERIFY(server.waitForFinished(30'000));
    QCOMPARE(server.exitStatus(), QProcess::NormalExit);
    QCOMPARE(server.exitCode(), 0);
    QVERIFY(server.readAllStandardError().contains("stopped"));

    QList<AuditEntry> entries;
    QHash<QString, qsizetype> byHash;
    QSet<quint64> counters;
    for (int c = 0; c < kClients; ++c) {
        QVERIFY2(errors[size_t(c)].isEmpty(),
                 qPrintable(u"client %1: %2"_s.arg(c).arg(errors[size_t(c)])));
        QVERIFY2(!replies[size_t(c)].isEmpty(), qPrintable(u"client %1 got nothing"_s.arg(c)));
        for (qsizetype n = 0; n < replies[size_t(c)].size(); ++n) {
            const HttpReply &reply = replies[size_t(c)][n];
            const QString where = u"client %1, request %2"_s.arg(c).arg(n);
            QVERIFY2(reply.status == 200,
                     qPrintable(
                         where
                         + u": HTTP %1 %2"_s.arg(reply.status).arg(QString::fromUtf8(reply.body))));
            auto parsed = JsonParser::parse(reply.body);
            QVERIFY2(parsed && parsed->isArray() && parsed->asArray()->size() == 1,
                     qPrintable(where));
            JsonValue proof = parsed->asArray()->front();
            const QString *proofHash = proof.stringMember(u"proofHash");
            QVERIFY2(proofHash, qPrintable(where));
            QCOMPARE(*proofHash, Encoding::toBase64(ProofHashes::chainHash(proof)));
            VerifyOptions options;
            options.artifactDigest = reply.digest;
            const VerificationReport report = ProofVerifier::verify(proof, options);
            QVERIFY2(report.verdict == Verdict::Valid,
                     qPrintable(where + u": "_s + report.reason()));
            const JsonValue &commit = *proof.member(u"commit");
            const quint64 slot = commit.stringMember(u"slotCounter")->toULongLong();
            const quint64 counter = commit.stringMember(u"counter")->toULongLong();
            QVERIFY2(counter == slot + 1 && !counters.contains(slot) && !counters.contains(counter),
                     qPrintable(where + u": counter %1 reused"_s.arg(counter)));
            counters.insert(slot);
            counters.insert(counter);
            byHash.insert(*proofHash, entries.size());
            entries.append({where, std::move(proof), report, std::nullopt});
        }
    }
    const qsizetype total = entries.size();
    qInfo("%lld commits by %d clients in %lld ms (%.0f/s)",
          qint64(total),
          kClients,
          elapsed,
          double(total) * 1000.0 / double(std::max<qint64>(elapsed, 1)));
    // One commit per request, nothing burnt in between: the counters are exactly 1 .. 2N.
    QCOMPARE(quint64(counters.size()), 2 * quint64(total));
    QCOMPARE(*std::max_element(counters.cbegin(), counters.cend()), 2 * quint64(total));

    int firsts = 0;
    QSet<QString> claimed;
    for (const AuditEntry &e : std::as_const(entries)) {
        const JsonValue &commit = *e.proof.member(u"commit");
        const QString *prev = commit.stringMember(u"prevB64");
        if (!prev) {
            ++firsts;
            QCOMPARE(*commit.stringMember(u"counter"), u"2"_s);
            continue;
        }
        QVERIFY2(byHash.contains(*prev), qPrintable(e.source + u": prevB64 names no proof"_s));
        QVERIFY2(!claimed.contains(*prev), qPrintable(e.source + u": fork"_s));
        claimed.insert(*prev);
        const JsonValue &before = *entries[byHash.value(*prev)].proof.member(u"commit");
        QCOMPARE(before.stringMember(u"counter")->toULongLong() + 1,
                 commit.stringMember(u"slotCounter")->toULongLong());
    }
    QCOMPARE(firsts, 1);
    // The same as a chain audit sees it.
    const AuditResult audit = auditChains(entries);
    QStringList problems;
    for (const AuditProblem &p : audit.problems)
        problems.append(p.kind + u": "_s + p.message);
    QVERIFY2(audit.ok(), qPrintable(problems.join(u"\n"_s)));
    QCOMPARE(audit.chains.size(), 1);
    QCOMPARE(audit.chains.first().links, int(total - 1));
}

void tst_Faults::readOnlyMedia_data()
{
    QTest::addColumn<QString>("action");
    QTest::newRow("verify bundle") << u"verify bundle"_s;
    QTest::newRow("verify file and proof.json") << u"verify pair"_s;
    QTest::newRow("audit folder") << u"audit"_s;
    QTest::newRow("commit into it") << u"commit"_s;
    QTest::newRow("commit into a new folder on it") << u"commit new folder"_s;
    QTest::newRow("stub state on it") << u"state"_s;
}

// A read-only medium (as root a read-only bind mount, since chmod does not stop root; otherwise
// chmod 0555): verifying and auditing it works without writing anything; committing into it
// fails with a clear message, burns no counter and changes nothing; a stub state on it cannot be
// used to commit, and nothing is written elsewhere either.
void tst_Faults::readOnlyMedia()
{
    QFETCH(QString, action);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString state = dir.filePath(u"state.json"_s);
    const QString media = dir.filePath(u"media"_s);
    const QString bundles = media + u"/bundles"_s;
    const QString loose = media + u"/loose"_s;
    const QString mediaState = media + u"/state/stub.json"_s;
    QVERIFY(QDir().mkpath(bundles) && QDir().mkpath(loose));
    // Three bundles of one chain, a file with its proof.json, and a stub state on the medium.
    for (int i = 0; i < 3; ++i) {
        const QString file = dir.filePath(u"doc%1.txt"_s.arg(i));
        QVERIFY(writeFile(file, QByteArray("document " + QByteArray::number(i))));
        const CliRun r = runOcc({u"commit"_s, u"--state"_s, state, u"-o"_s, bundles, file});
        QVERIFY2(r.exitCode == 0, r.describe().constData());
    }
    auto items = Bundle::read(bundles + u"/doc0.txt.proof.zip"_s);
    QVERIFY_RESULT(items);
    QVERIFY(writeFile(loose + u"/doc0.proof.json"_s, items->first().proofText));
    QVERIFY(QFile::copy(dir.filePath(u"doc0.txt"_s), loose + u"/doc0.txt"_s));
    {
        auto signer = StubSigner::open(mediaState);
        QVERIFY_RESULT(signer);
        CommitRequest request;
        request.digests = {Crypto::Sha256::hash("on the medium")};
        QVERIFY_RESULT(signer->commit(request));
    }
    const QString newFile = dir.filePath(u"new.txt"_s);
    QVERIFY(writeFile(newFile, "not stamped"));

    ScopedMount mount;
    const auto restore = qScopeGuard([&] {
        if (!m_root)
            setTreeWritable(media, true);
    });
    if (m_root) {
        if (QString why = mount.bindReadOnly(media); !why.isEmpty())
            QSKIP(qPrintable(u"no read-only medium: running as root, where chmod does not stop "
                             "writes, and %1"_s.arg(why)));
    } else {
        setTreeWritable(media, false);
    }
    {
        QFile probe(bundles + u"/probe"_s);
        if (probe.open(QIODevice::WriteOnly)) {
            probe.remove();
            QSKIP("the medium could not be made read-only: a probe file could be created");
        }
    }

    const QStringList before = snapshot(media);
    const std::optional<quint64> counterBefore = stateCounter(state);
    QVERIFY(counterBefore);
    if (action == u"verify bundle") {
        const CliRun r = runOcc({u"verify"_s, u"--json"_s, bundles + u"/doc1.txt.proof.zip"_s});
        QVERIFY2(r.exitCode == 0 && r.normal(), r.describe().constData());
        QVERIFY2(verdictOf(r) == u"valid", r.describe().constData());
    } else if (action == u"verify pair") {
        const CliRun r = runOcc(
            {u"verify"_s, u"--json"_s, loose + u"/doc0.txt"_s, loose + u"/doc0.proof.json"_s});
        QVERIFY2(r.exitCode == 0 && r.normal(), r.describe().constData());
        QVERIFY2(verdictOf(r) == u"valid", r.describe().constData());
    } else if (action == u"audit") {
        const CliRun r = runOcc({u"audit"_s, bundles});
        QVERIFY2(r.exitCode == 0 && r.normal(), r.describe().constData());
        QVERIFY2(r.out.startsWith("OK: audited 3 proofs in 1 chains, 0 problems"),
                 r.describe().constData());
    } else if (action == u"commit" || action == u"commit new folder") {
        const bool newFolder = action == u"commit new folder";
        const QString target = newFolder ? media + u"/new"_s : bundles;
        const CliRun r = runOcc({u"commit"_s, u"--state"_s, state, u"-o"_s, target, newFile});
        QVERIFY2(r.normal() && (r.exitCode == 1 || r.exitCode == 2), r.describe().constData());
        QVERIFY2(!r.out.contains(" -> "), r.describe().constData());
        // Says where and why.
        QVERIFY2(r.err.contains(target.toUtf8())
                     && (r.err.contains("Read-only file system")
                         || r.err.contains("Permission denied") || r.err.contains("cannot create")),
                 r.describe().constData());
        // Nothing was committed: the next proof would get the very next counter.
        QVERIFY2(stateCounter(state) == counterBefore,
                 qPrintable(u"a counter was spent on a proof nobody got: the state went from %1 "
                            "to %2"_s.arg(*counterBefore)
                                .arg(stateCounter(state).value_or(0))));
    } else if (action == u"state") {
        const QString out = dir.filePath(u"out"_s);
        const CliRun r = runOcc({u"commit"_s, u"--state"_s, mediaState, u"-o"_s, out, newFile});
        QVERIFY2(r.normal() && r.exitCode == 2, r.describe().constData());
        QVERIFY2(r.err.contains("stub.json"), r.describe().constData());
        // It says what is wrong (read-only, permission), not that someone else holds the lock.
        QVERIFY2(!r.err.contains("locked by another process"), r.describe().constData());
        QVERIFY2(entriesOf(out).isEmpty(), qPrintable(entriesOf(out).join(u", "_s)));
    }
    QCOMPARE(snapshot(media), before);
}

QTEST_GUILESS_MAIN(tst_Faults)
#include "tst_faults.moc"
