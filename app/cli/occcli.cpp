// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0
#include "occcli.h"

#include "core/apikeystore.h"
#include "core/bundle.h"
#include "core/canonicaljson.h"
#include "core/chainaudit.h"
#include "core/commitclient.h"
#include "core/commitservice.h"
#include "core/crypto.h"
#include "core/encoding.h"
#include "core/fieldtiers.h"
#include "core/hashjob.h"
#include "core/httpserver.h"
#include "core/jsonparser.h"
#include "core/jsutil.h"
#include "core/mcpserver.h"
#include "core/passkey.h"
#include "core/proof.h"
#include "core/proofhashes.h"
#include "core/proofverifier.h"
#include "core/settings.h"
#include "core/stampjob.h"
#include "core/stubsigner.h"
#include "core/trustprofile.h"
#include "core/tsaclient.h"
#include "core/verifysession.h"
#include "core/version.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSocketNotifier>
#include <QTemporaryDir>
#include <QUrl>
#include <QUuid>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <memory>

#include <termios.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Occ::Cli {
namespace {

constexpr int kExitOk = 0;
constexpr int kExitInvalid = 1;
constexpr int kExitUsage = 2;

void writeOut(QByteArrayView bytes)
{
    fwrite(bytes.data(), 1, size_t(bytes.size()), stdout);
}

void printOut(const QString &text)
{
    writeOut(text.toUtf8());
}

void printErr(const QString &text)
{
    const QByteArray b = text.toUtf8();
    fwrite(b.data(), 1, size_t(b.size()), stderr);
}

const char kMainHelp[] = QT_TRANSLATE_NOOP(
    "occ",
    "Usage: occ <command> [options] [arguments]\n"
    "\n"
    "Make and check OCC (occ/1) proofs.\n"
    "\n"
    "Commands:\n"
    "  verify        Verify a proof against a file, or on its own with --proof-only\n"
    "  inspect       List every field of a proof with its tier (signed, self-authenticating,\n"
    "                advisory) and the proof's hashes\n"
    "  canonicalize  Print the occ/1 canonical bytes of a JSON text\n"
    "  hash          Print the SHA-256 (base64) of files, computed locally\n"
    "  audit         Verify many proofs and check their chains (links, forks, gaps)\n"
    "  commit        Stamp files with the embedded stub signer into .proof.zip bundles\n"
    "  serve         Run the commit API on this machine, backed by the stub signer\n"
    "  health        Check that a commit service is up\n"
    "  api-key       Keep a commit service's API key in the OS keychain\n"
    "  mcp           Model Context Protocol server for AI agents (stdio or HTTP)\n"
    "  demo          Commit, verify and tamper on this machine, step by step\n"
    "  key           Show the embedded stub signer's public key, or export a trust profile\n"
    "                that pins it\n"
    "  passkey       Register FIDO2 passkeys that authorize commits (list, register, remove,\n"
    "                export)\n"
    "\n"
    "Options:\n"
    "  -h, --help     Show this help, or a command's help after the command\n"
    "  -v, --version  Show the version\n"
    "\n"
    "Exit status: 0 success (verify: valid or trusted), 1 invalid, 2 usage or I/O error.\n");

const char kVerifyHelp[] = QT_TRANSLATE_NOOP(
    "occ",
    "Usage: occ verify [--policy FILE] [--json] FILE PROOF.json\n"
    "       occ verify [--policy FILE] [--json] --proof-only PROOF.json\n"
    "\n"
    "Verify an occ/1 proof. With FILE, its SHA-256 must equal the proof's artifact digest\n"
    "(the file is hashed locally, in chunks). With --proof-only, every check runs except the\n"
    "digest match, and the report says so. A .proof.zip bundle is checked without extracting\n"
    "it: its original is hashed from the archive (a batch bundle reports every file).\n"
    "\n"
    "Verdicts: invalid (a check failed), valid (intact, but nothing pins the signer),\n"
    "trusted (valid, and the trust profile pins the signer and all its constraints hold).\n"
    "\n"
    "Options:\n"
    "  --policy FILE  Trust profile (JSON): allowedPublicKeys, allowedMeasurements,\n"
    "                 requireEnforcement, minCounter, maxCounter, minTime, maxTime, ...\n"
    "  --json         Print {\"verdict\", \"reason\", \"checks\": [{\"id\", \"status\", "
    "\"message\"}]}\n"
    "  --proof-only   No file: check the proof on its own\n"
    "\n"
    "Exit status: 0 valid or trusted, 1 invalid, 2 usage or I/O error.\n");

const char kInspectHelp[] = QT_TRANSLATE_NOOP(
    "occ",
    "Usage: occ inspect [--json] PROOF.json\n"
    "\n"
    "List every field of a proof with its tier:\n"
    "  signed               covered by the signer's Ed25519 signature\n"
    "  self-authenticating  carries its own signature, checked separately\n"
    "  advisory             unsigned: anyone can edit it\n"
    "and the proof hash (the next proof's commit.prevB64), the proofCore digest and the signed\n"
    "body's canonical text. Inspecting does not verify: use occ verify.\n"
    "\n"
    "Options:\n"
    "  --json  Print {\"proofHashB64\", \"proofCoreDigestB64\", \"signedBodyCanonical\",\n"
    "          \"fields\": [{\"path\", \"tier\", \"value\"}]}\n");

const char kCanonicalizeHelp[] = QT_TRANSLATE_NOOP(
    "occ",
    "Usage: occ canonicalize [FILE|-]\n"
    "\n"
    "Read a JSON text (from FILE, or standard input when FILE is - or absent) with JSON.parse\n"
    "semantics and print its occ/1 canonical UTF-8 bytes, with no trailing newline.\n"
    "Exit status 1 with a message when the input is not JSON.\n");

const char kHashHelp[] = QT_TRANSLATE_NOOP(
    "occ",
    "Usage: occ hash FILE...\n"
    "\n"
    "Print \"<digestB64>  <path>\" for each file: the SHA-256 of its bytes in standard base64,\n"
    "as it appears in artifact.digestB64. Files are read in chunks and never leave the "
    "machine.\n");

const char kKeyHelp[] = QT_TRANSLATE_NOOP(
    "occ",
    "Usage: occ key [--state FILE] [--json] [--export-trust FILE]\n"
    "\n"
    "Show the embedded stub signer's identity: public key, measurement and epoch. The state\n"
    "file (default: $OCC_STATE_PATH, else the application data folder) is created with a new\n"
    "key when it does not exist.\n"
    "\n"
    "Options:\n"
    "  --state FILE         The stub signer's state file\n"
    "  --endpoint URL       Ask a commit service (GET /key) instead of the local stub\n"
    "  --json               Print {\"publicKeyB64\", \"measurement\", \"enforcement\", "
    "\"epochId\",\n"
    "                       \"statePath\"}\n"
    "  --export-trust FILE  Write a trust profile that pins this key, so that recipients can\n"
    "                       verify this signer's proofs as trusted (an existing file is kept)\n");

struct Args
{
    QStringList positional;
    QStringList flags;                    // flags without values, e.g. --json
    QMultiHash<QString, QString> options; // options with values, e.g. --policy FILE; repeatable
    QString error;
};

Args parseArgs(const QStringList &args,
               const QStringList &knownFlags,
               const QStringList &knownOptions)
{
    Args a;
    bool onlyPositional = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args[i];
        if (onlyPositional || arg == u"-" || !arg.startsWith(u'-')) {
            a.positional.append(arg);
            continue;
        }
        if (arg == u"--") {
            onlyPositional = true;
            continue;
        }
        QString name = arg;
        QString value;
        bool hasValue = false;
        if (const qsizetype eq = arg.indexOf(u'='); eq > 0 && arg.startsWith(u"--")) {
            name = arg.left(eq);
            value = arg.mid(eq + 1);
            hasValue = true;
        }
        if (name == u"-h")
            name = u"--help"_s;
        if (name == u"-o")
            name = u"--output"_s;
        if (knownFlags.contains(name) && !hasValue) {
            a.flags.append(name);
        } else if (knownOptions.contains(name)) {
            if (!hasValue) {
                if (i + 1 >= args.size()) {
                    a.error = QCoreApplication::translate("occ", "%1 needs a value").arg(name);
                    return a;
                }
                value = args[++i];
            }
            a.options.insert(name, value);
        } else {
            a.error = QCoreApplication::translate("occ", "unknown option %1").arg(arg);
            return a;
        }
    }
    return a;
}

int usageError(const QString &command, const QString &message)
{
    printErr(QCoreApplication::translate("occ", "occ %1: %2\nTry 'occ %1 --help'.\n")
                 .arg(command, message));
    return kExitUsage;
}

Result<QByteArray> readSmallFile(const QString &path, qint64 limit)
{
    QFile f(path);
    if (path == u"-") {
        if (!f.open(stdin, QIODevice::ReadOnly))
            return makeError(ErrorCode::Io,
                             QCoreApplication::translate("occ", "cannot read standard input"));
    } else if (!f.open(QIODevice::ReadOnly)) {
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("occ", "cannot read %1: %2")
                             .arg(path, f.errorString()));
    }
    QByteArray data = f.read(limit + 1);
    if (data.size() > limit)
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("occ", "%1 is larger than %2 bytes")
                             .arg(path)
                             .arg(limit));
    return data;
}

QString statusMark(CheckStatus s)
{
    switch (s) {
    case CheckStatus::Pass:
        return u"✓"_s;
    case CheckStatus::Fail:
        return u"✗"_s;
    case CheckStatus::Warn:
        return u"!"_s;
    case CheckStatus::Info:
        return u"i"_s;
    case CheckStatus::Skip:
        return u"-"_s;
    }
    return {};
}

QString reportText(const VerificationReport &report, const QString &indent = QString())
{
    QString text = indent + verdictId(report.verdict).toUpper() + u": "_s + report.summary()
                   + u"\n"_s;
    for (const Check &c : report.checks)
        text += indent
                + u"  %1 %2  %3\n"_s.arg(statusMark(c.status), c.id.leftJustified(26), c.message);
    return text;
}

// Verifies each proof of a bundle; the bundle's own reading is the first check.
int verifyBundle(const QString &path, const TrustProfile *profile, bool json)
{
    auto items = VerifySession::loadBundle(path);
    if (!items) {
        VerificationReport failed;
        failed.checks.append(Check{u"bundle"_s, CheckStatus::Fail, items.error().message});
        if (json)
            writeOut(QByteArray(Json::toPrettyJson(failed.toJson(), 0) + '\n'));
        else
            printOut(reportText(failed));
        return kExitInvalid;
    }
    VerifySession::verify(*items, profile);
    QList<VerificationReport> reports;
    for (const VerifyItem &item : std::as_const(*items))
        reports.append(item.report);
    bool anyInvalid = false;
    for (const VerificationReport &r : std::as_const(reports))
        anyInvalid = anyInvalid || r.verdict == Verdict::Invalid;

    if (reports.size() == 1) {
        if (json)
            writeOut(QByteArray(Json::toPrettyJson(reports.first().toJson(), 0) + '\n'));
        else
            printOut(reportText(reports.first()));
        return anyInvalid ? kExitInvalid : kExitOk;
    }
    // A batch: the overall verdict is the weakest item's, and every item is listed.
    Verdict overall = Verdict::Trusted;
    QString reason;
    for (qsizetype i = 0; i < reports.size(); ++i) {
        overall = std::min(overall, reports[i].verdict);
        if (reason.isEmpty() && !reports[i].reason().isEmpty())
            reason = (*items)[i].bundleFolder + u": "_s + reports[i].reason();
    }
    if (json) {
        JsonObject o;
        o.append(u"verdict"_s, verdictId(overall));
        o.append(u"reason"_s, reason);
        o.append(u"proofOnly"_s, false);
        JsonArray checks;
        JsonObject bundleCheck;
        bundleCheck.append(u"id"_s, u"bundle"_s);
        bundleCheck.append(u"status"_s, u"pass"_s);
        bundleCheck.append(u"message"_s,
                           QCoreApplication::translate("occ", "Batch bundle with %1 files")
                               .arg(reports.size()));
        checks.push_back(JsonValue(std::move(bundleCheck)));
        o.append(u"checks"_s, JsonValue(std::move(checks)));
        JsonArray list;
        for (qsizetype i = 0; i < reports.size(); ++i) {
            JsonValue item = reports[i].toJson();
            item.asObject()->insert(u"name"_s, (*items)[i].bundleFolder);
            list.push_back(std::move(item));
        }
        o.append(u"items"_s, JsonValue(std::move(list)));
        writeOut(QByteArray(Json::toPrettyJson(JsonValue(std::move(o)), 0) + '\n'));
    } else {
        QString text = QCoreApplication::translate("occ", "%1: batch bundle with %2 files\n")
                           .arg(verdictId(overall).toUpper())
                           .arg(reports.size());
        for (qsizetype i = 0; i < reports.size(); ++i)
            text += u"\n%1\n"_s.arg((*items)[i].bundleFolder) + reportText(reports[i], u"  "_s);
        printOut(text);
    }
    return anyInvalid ? kExitInvalid : kExitOk;
}

bool looksLikeZip(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) && f.read(4) == QByteArrayView("PK\x03\x04", 4);
}

int runVerify(const QStringList &args)
{
    const Args a = parseArgs(args, {u"--help"_s, u"--json"_s, u"--proof-only"_s}, {u"--policy"_s});
    if (!a.error.isEmpty())
        return usageError(u"verify"_s, a.error);
    if (a.flags.contains(u"--help")) {
        printOut(QCoreApplication::translate("occ", kVerifyHelp));
        return kExitOk;
    }
    const bool proofOnly = a.flags.contains(u"--proof-only");
    const bool bundle = !proofOnly && a.positional.size() == 1;
    if (proofOnly && a.positional.size() != 1)
        return usageError(u"verify"_s,
                          QCoreApplication::translate("occ",
                                                      "--proof-only takes exactly one PROOF.json"));
    if (!proofOnly && !bundle && a.positional.size() != 2)
        return usageError(u"verify"_s,
                          QCoreApplication::translate("occ",
                                                      "expected FILE PROOF.json, BUNDLE.proof.zip, "
                                                      "or --proof-only PROOF.json"));

    std::optional<TrustProfile> profile;
    if (a.options.contains(u"--policy"_s)) {
        auto p = TrustProfile::fromFile(a.options.value(u"--policy"_s));
        if (!p)
            return usageError(u"verify"_s, p.error().message);
        profile = std::move(p).value();
    }
    if (bundle) {
        const QString path = a.positional.first();
        if (!QFileInfo(path).isFile())
            return usageError(u"verify"_s,
                              QCoreApplication::translate("occ", "cannot read %1").arg(path));
        if (!looksLikeZip(path)) {
            return usageError(
                u"verify"_s,
                QCoreApplication::translate("occ",
                                            "%1 is not a .proof.zip bundle; to check a proof "
                                            "JSON give the file too, or use --proof-only")
                    .arg(path));
        }
        return verifyBundle(path, profile ? &*profile : nullptr, a.flags.contains(u"--json"));
    }
    const QString proofPath = a.positional.last();
    auto proofText = readSmallFile(proofPath, Proof::kMaxTextSize);
    if (!proofText)
        return usageError(u"verify"_s, proofText.error().message);

    VerifyOptions options;
    options.profile = profile ? &*profile : nullptr;
    if (!proofOnly) {
        auto digest = Crypto::sha256File(a.positional.first());
        if (!digest)
            return usageError(u"verify"_s, digest.error().message);
        options.artifactDigest = *digest;
    }
    EpochLinkRegistry registry;
    options.epochLinks = &registry;
    const VerificationReport report = ProofVerifier::verifyText(*proofText, options);

    if (a.flags.contains(u"--json"))
        writeOut(QByteArray(Json::toPrettyJson(report.toJson(), 0) + '\n'));
    else
        printOut(reportText(report));
    return report.verdict == Verdict::Invalid ? kExitInvalid : kExitOk;
}

const char kCommitHelp[] = QT_TRANSLATE_NOOP(
    "occ",
    "Usage: occ commit [--state FILE] [--chain ID] [--name N] [--title T] [--message M]\n"
    "                  [--meta KEY=VALUE]... [--batch] [--force] [--policy FILE]\n"
    "                  [--endpoint URL [--api-key KEY] [--ca-file PEM] [--timeout SEC]]\n"
    "                  -o DIR FILE...\n"
    "\n"
    "Stamp files with the embedded stub signer: each file is hashed locally (its bytes never\n"
    "leave this computer), committed, and written with its proof as DIR/<file>.proof.zip\n"
    "(or, with --batch, all together in one batch bundle). One line per file; files that\n"
    "cannot be read are reported and the others still succeed.\n"
    "\n"
    "Options:\n"
    "  -o, --output DIR  Where bundles go (created if needed)\n"
    "  --state FILE      The stub signer's state (default: $OCC_STATE_PATH, else the\n"
    "                    application data folder); created with a new key if missing\n"
    "  --chain ID        Commit on this chain instead of the default one\n"
    "  --name, --title, --message  Attribution sealed into the signed proof (public)\n"
    "  --meta KEY=VALUE  Unsigned metadata (anyone can edit it); repeatable\n"
    "  --batch           One bundle for all files\n"
    "  --force           Replace existing bundles instead of choosing a numbered name\n"
    "  --endpoint URL    Commit through this OCC commit service instead of the stub, e.g.\n"
    "                    https://nitro.occproof.com (only digests are sent; every returned\n"
    "                    proof is verified before anything is written)\n"
    "  --api-key KEY     Bearer key for the service (default: $OCC_API_KEY)\n"
    "  --ca-file PEM     Extra CA certificates to trust for the service's TLS\n"
    "  --timeout SEC     Per-request timeout (default 30)\n"
    "  --tsa URL         Ask this RFC 3161 time-stamping authority for tokens over the\n"
    "                    artifact and proofCore digests (third-party time)\n"
    "  --require-timestamps  Without a timestamp, write nothing for that file\n"
    "  --policy FILE     A trust profile every new proof must satisfy (e.g. pinning the\n"
    "                    service's measurement); otherwise nothing is written\n"
    "  --passkey KEY     Authorize the commit with this registered passkey (keyId, a prefix\n"
    "                    of 8+ hex digits, or its label): one touch for all the files; the\n"
    "                    actor is sealed into every proof (see occ passkey)\n"
    "  --actor-key PEM   Authorize with a software P-256 private key instead (direct form,\n"
    "                    for automation)\n"
    "\n"
    "Exit status: 0 all files stamped, 1 some file failed, 2 usage or state error.\n");

/**
 * PIN and touch prompts on the terminal: the PIN is read without echo from /dev/tty, or as
 * the first line of standard input when that is not a terminal (scripts).
 */
class TerminalPrompt final : public PasskeyPrompt
{
public:
    std::optional<QString> pin(const AuthenticatorDevice &device,
                               int retriesLeft,
                               bool again) override
    {
        QString question = again ? QCoreApplication::translate("occ", "Wrong PIN. ") : QString();
        question += retriesLeft >= 0 ? QCoreApplication::translate("occ",
                                                                   "PIN for %1 (%n tries left): ",
                                                                   nullptr,
                                                                   retriesLeft)
                                           .arg(device.displayName())
                                     : QCoreApplication::translate("occ", "PIN for %1: ")
                                           .arg(device.displayName());
        const bool tty = isatty(STDIN_FILENO);
        if (!tty && again)
            return std::nullopt; // a script's PIN was wrong: asking again would loop
        printErr(question);
        termios saved{};
        if (tty && tcgetattr(STDIN_FILENO, &saved) == 0) {
            termios quiet = saved;
            quiet.c_lflag &= tcflag_t(~ECHO);
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
        }
        char buffer[256] = {};
        const bool got = fgets(buffer, sizeof buffer, stdin) != nullptr;
        if (tty) {
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
            printErr(u"\n"_s);
        }
        if (!got)
            return std::nullopt;
        QString pin = QString::fromUtf8(buffer);
        while (pin.endsWith(u'\n') || pin.endsWith(u'\r'))
            pin.chop(1);
        explicit_bzero(buffer, sizeof buffer);
        if (pin.isEmpty())
            return std::nullopt;
        return pin;
    }
    void touch(const AuthenticatorDevice &device) override
    {
        printErr(QCoreApplication::translate("occ", "Touch %1 now…\n").arg(device.displayName()));
    }
};

template<typename T, typename Call>
Result<T> waitFor(Call call)
{
    QEventLoop loop;
    std::optional<Result<T>> out;
    call([&](Result<T> r) {
        out.emplace(std::move(r));
        loop.quit();
    });
    if (!out)
        loop.exec();
    return std::move(*out);
}

const QStringList kEndpointOptions = {u"--endpoint"_s,
                                      u"--api-key"_s,
                                      u"--ca-file"_s,
                                      u"--timeout"_s};

// --endpoint URL [--api-key KEY] [--ca-file PEM] [--timeout SECONDS]; the key may also come
// from OCC_API_KEY. The key is never printed.
Result<CommitClientConfig> clientConfig(const Args &a)
{
    CommitClientConfig config;
    config.endpoint = QUrl(a.options.value(u"--endpoint"_s), QUrl::StrictMode);
    if (!config.endpoint.isValid() || config.endpoint.host().isEmpty()
        || (config.endpoint.scheme() != u"https" && config.endpoint.scheme() != u"http"))
        return makeError(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("occ", "--endpoint needs an http:// or https:// URL"));
    config.apiKey = a.options.contains(u"--api-key"_s) ? a.options.value(u"--api-key"_s)
                                                       : qEnvironmentVariable("OCC_API_KEY");
    if (config.apiKey.isEmpty() && config.endpoint.isValid()) {
        // Last: a key saved in the OS keychain (occ api-key set, or the studio).
        auto saved = waitFor<QString>(
            [&](auto done) { ApiKeyStore::read(config.endpoint, nullptr, std::move(done)); });
        if (saved)
            config.apiKey = *saved;
    }
    config.extraCaFile = a.options.value(u"--ca-file"_s);
    if (!config.extraCaFile.isEmpty() && !QFileInfo(config.extraCaFile).isReadable())
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("occ", "cannot read --ca-file %1")
                             .arg(config.extraCaFile));
    if (a.options.contains(u"--timeout"_s)) {
        bool ok = false;
        const double seconds = a.options.value(u"--timeout"_s).toDouble(&ok);
        if (!ok || seconds <= 0 || seconds > 3600)
            return makeError(
                ErrorCode::InvalidArgument,
                QCoreApplication::translate("occ", "--timeout takes seconds (0 < s <= 3600)"));
        config.timeoutMs = int(seconds * 1000);
    }
    return config;
}

int runCommit(const QStringList &args)
{
    const Args a = parseArgs(args,
                             {u"--help"_s, u"--batch"_s, u"--force"_s, u"--require-timestamps"_s},
                             QStringList{u"--output"_s,
                                         u"--state"_s,
                                         u"--chain"_s,
                                         u"--name"_s,
                                         u"--title"_s,
                                         u"--message"_s,
                                         u"--meta"_s,
                                         u"--policy"_s,
                                         u"--tsa"_s,
                                         u"--passkey"_s,
                                         u"--actor-key"_s}
                                 + kEndpointOptions);
    if (!a.error.isEmpty())
        return usageError(u"commit"_s, a.error);
    if (a.flags.contains(u"--help")) {
        printOut(QCoreApplication::translate("occ", kCommitHelp));
        return kExitOk;
    }
    if (!a.options.contains(u"--output"_s))
        return usageError(u"commit"_s, QCoreApplication::translate("occ", "-o DIR is required"));
    if (a.positional.isEmpty())
        return usageError(u"commit"_s,
                          QCoreApplication::translate("occ", "expected at least one FILE"));
    const QString outDir = a.options.value(u"--output"_s);
    if (!QDir().mkpath(outDir))
        return usageError(u"commit"_s,
                          QCoreApplication::translate("occ", "cannot create %1").arg(outDir));
    const QString chain = a.options.value(u"--chain"_s);
    if (a.options.contains(u"--chain"_s) && chain.trimmed().isEmpty())
        return usageError(u"commit"_s,
                          QCoreApplication::translate("occ", "--chain needs a non-empty id"));

    CommitRequest request;
    request.chainId = chain;
    JsonObject attribution;
    for (const QString &field : {u"name"_s, u"title"_s, u"message"_s}) {
        if (a.options.contains(u"--"_s + field))
            attribution.append(field, a.options.value(u"--"_s + field));
    }
    if (!attribution.isEmpty())
        request.attribution = attribution;
    const QStringList metas = a.options.values(u"--meta"_s);
    if (!metas.isEmpty()) {
        JsonObject metadata;
        for (auto it = metas.crbegin(); it != metas.crend(); ++it) { // values() is newest first
            const qsizetype eq = it->indexOf(u'=');
            if (eq <= 0)
                return usageError(u"commit"_s,
                                  QCoreApplication::translate("occ",
                                                              "--meta takes KEY=VALUE, not \"%1\"")
                                      .arg(*it));
            metadata.insert(it->left(eq), it->mid(eq + 1));
        }
        request.metadata = metadata;
    }

    std::optional<TrustProfile> profile;
    if (a.options.contains(u"--policy"_s)) {
        auto p = TrustProfile::fromFile(a.options.value(u"--policy"_s));
        if (!p)
            return usageError(u"commit"_s, p.error().message);
        profile = std::move(p).value();
    }
    StampParams params;
    params.files = a.positional;
    params.destinationDir = outDir;
    params.batch = a.flags.contains(u"--batch");
    params.overwrite = a.flags.contains(u"--force");
    params.chainId = request.chainId;
    params.attribution = request.attribution;
    params.metadata = request.metadata;
    params.profile = profile;
    if (a.options.contains(u"--endpoint"_s)) {
        if (a.options.contains(u"--state"_s))
            return usageError(u"commit"_s,
                              QCoreApplication::translate(
                                  "occ", "--state is for the stub; it cannot go with --endpoint"));
        auto config = clientConfig(a);
        if (!config)
            return usageError(u"commit"_s, config.error().message);
        params.endpoint = *config;
    } else {
        params.stubStatePath = a.options.value(u"--state"_s, StubSigner::defaultStatePath());
        // Refuse a bad state file before anything is hashed.
        if (auto signer = StubSigner::open(params.stubStatePath); !signer)
            return usageError(u"commit"_s, signer.error().message);
    }
    if (a.options.contains(u"--tsa"_s)) {
        params.tsaUrl = QUrl(a.options.value(u"--tsa"_s), QUrl::StrictMode);
        params.requireTimestamps = a.flags.contains(u"--require-timestamps");
    }
    TerminalPrompt prompt;
    if (a.options.contains(u"--passkey"_s) && a.options.contains(u"--actor-key"_s))
        return usageError(u"commit"_s,
                          QCoreApplication::translate("occ",
                                                      "--passkey and --actor-key exclude each "
                                                      "other"));
    if (a.options.contains(u"--passkey"_s)) {
        PasskeyStore store(Settings().passkeysPath());
        if (auto loaded = store.load(); !loaded)
            return usageError(u"commit"_s, loaded.error().message);
        auto credential = store.find(a.options.value(u"--passkey"_s));
        if (!credential)
            return usageError(u"commit"_s, credential.error().message);
        params.authorizer
            = std::make_shared<PasskeyAuthorizer>(std::make_shared<Fido2Authenticator>(),
                                                  *credential,
                                                  &prompt);
    } else if (a.options.contains(u"--actor-key"_s)) {
        auto key = SoftwareKeyAuthorizer::fromPemFile(a.options.value(u"--actor-key"_s));
        if (!key)
            return usageError(u"commit"_s, key.error().message);
        params.authorizer = std::shared_ptr<ActorAuthorizer>(std::move(*key));
    }

    // The same job the studio runs; the CLI only waits for it and prints what happened.
    StampJob job(params);
    QEventLoop loop;
    QObject::connect(&job, &StampJob::finished, &loop, &QEventLoop::quit);
    job.start();
    if (!job.isFinished())
        loop.exec();

    if (job.jobError()) {
        printErr(
            QCoreApplication::translate("occ", "occ commit: %1\n").arg(job.jobError()->message));
        return kExitUsage;
    }
    int rc = kExitOk;
    if (params.endpoint && !job.signerSummary().isEmpty())
        printErr(QCoreApplication::translate("occ", "occ commit: signed by %1\n")
                     .arg(job.signerSummary()));
    for (const StampFileResult &r : job.results()) {
        if (!r.warning.isEmpty())
            printErr(
                QCoreApplication::translate("occ", "occ commit: %1: %2\n").arg(r.path, r.warning));
        if (r.stage == StampStage::Done) {
            printOut(u"%1 -> %2 (counter %3)\n"_s.arg(r.path, r.bundlePath, r.counter()));
        } else {
            printErr(QCoreApplication::translate("occ", "occ commit: %1: %2\n")
                         .arg(r.path,
                              r.error ? r.error->message
                                      : QCoreApplication::translate("occ", "not stamped")));
            rc = kExitInvalid;
        }
    }
    fflush(stdout);
    return rc;
}

int runInspect(const QStringList &args)
{
    const Args a = parseArgs(args, {u"--help"_s, u"--json"_s}, {});
    if (!a.error.isEmpty())
        return usageError(u"inspect"_s, a.error);
    if (a.flags.contains(u"--help")) {
        printOut(QCoreApplication::translate("occ", kInspectHelp));
        return kExitOk;
    }
    if (a.positional.size() != 1)
        return usageError(u"inspect"_s,
                          QCoreApplication::translate("occ", "expected one PROOF.json"));
    auto text = readSmallFile(a.positional.first(), Proof::kMaxTextSize);
    if (!text)
        return usageError(u"inspect"_s, text.error().message);
    auto proof = Proof::fromJson(*text);
    if (!proof) {
        printErr(QCoreApplication::translate("occ", "occ inspect: %1: %2\n")
                     .arg(a.positional.first(), proof.error().message));
        return kExitInvalid;
    }
    const JsonValue &v = proof->value();
    const QString proofHash = Encoding::toBase64(ProofHashes::chainHash(v));
    const QString coreDigest = Encoding::toBase64(ProofHashes::proofCoreDigest(v));
    const auto body = ProofHashes::signedBody(v);
    const QString bodyText = body ? QString::fromUtf8(Json::canonicalize(*body)) : QString();
    const std::vector<ProofField> fields = FieldTiers::fields(v);

    if (a.flags.contains(u"--json")) {
        writeOut(QByteArray(Json::toPrettyJson(FieldTiers::inspect(v), 0) + '\n'));
        return kExitOk;
    }
    QString out;
    out += QCoreApplication::translate("occ", "Proof hash (chain link): %1\n").arg(proofHash);
    if (v.member(u"timestamps")) {
        out += QCoreApplication::translate(
                   "occ", "Proof hash without timestamps (TSA-era chain link): %1\n")
                   .arg(Encoding::toBase64(
                       ProofHashes::chainHash(v,
                                              ProofHashes::ChainRule::WithoutProofHashOrTimestamps)));
    }
    out += QCoreApplication::translate("occ", "proofCore digest: %1\n").arg(coreDigest);
    out += QCoreApplication::translate("occ", "Signed body: %1\n\n")
               .arg(body ? bodyText
                         : QCoreApplication::translate("occ", "(cannot be built from this proof)"));
    qsizetype width = 0;
    for (const ProofField &f : fields)
        width = std::max(width, f.path.size());
    width = std::min<qsizetype>(width, 48);
    for (const ProofField &f : fields) {
        QString value = QString::fromUtf8(Json::canonicalize(f.value));
        if (value.size() > 72)
            value = value.left(69) + u"..."_s;
        out += u"%1  %2  %3\n"_s.arg(fieldTierId(f.tier).leftJustified(19),
                                     f.path.leftJustified(width),
                                     value);
    }
    printOut(out);
    return kExitOk;
}

int runCanonicalize(const QStringList &args)
{
    const Args a = parseArgs(args, {u"--help"_s}, {});
    if (!a.error.isEmpty())
        return usageError(u"canonicalize"_s, a.error);
    if (a.flags.contains(u"--help")) {
        printOut(QCoreApplication::translate("occ", kCanonicalizeHelp));
        return kExitOk;
    }
    if (a.positional.size() > 1)
        return usageError(u"canonicalize"_s,
                          QCoreApplication::translate("occ", "expected at most one FILE"));
    const QString path = a.positional.isEmpty() ? u"-"_s : a.positional.first();
    auto text = readSmallFile(path, qint64(256) << 20);
    if (!text)
        return usageError(u"canonicalize"_s, text.error().message);
    auto value = JsonParser::parse(*text); // JSON.parse semantics: last duplicate wins
    if (!value) {
        printErr(QCoreApplication::translate("occ", "occ canonicalize: invalid JSON: %1\n")
                     .arg(value.error().message));
        return kExitInvalid;
    }
    writeOut(Json::canonicalize(*value));
    return kExitOk;
}

int runHash(const QStringList &args)
{
    const Args a = parseArgs(args, {u"--help"_s}, {});
    if (!a.error.isEmpty())
        return usageError(u"hash"_s, a.error);
    if (a.flags.contains(u"--help")) {
        printOut(QCoreApplication::translate("occ", kHashHelp));
        return kExitOk;
    }
    if (a.positional.isEmpty())
        return usageError(u"hash"_s,
                          QCoreApplication::translate("occ", "expected at least one FILE"));
    int rc = kExitOk;
    for (const QString &path : a.positional) {
        if (QFileInfo(path).isDir()) {
            printErr(QCoreApplication::translate("occ", "occ hash: %1 is a folder\n").arg(path));
            rc = kExitUsage;
            continue;
        }
        auto digest = Crypto::sha256File(path);
        if (!digest) {
            printErr(
                QCoreApplication::translate("occ", "occ hash: %1\n").arg(digest.error().message));
            rc = kExitUsage;
            continue;
        }
        printOut(u"%1  %2\n"_s.arg(Encoding::toBase64(*digest), path));
        fflush(stdout);
    }
    return rc;
}

const char kServeHelp[] = QT_TRANSLATE_NOOP(
    "occ",
    "Usage: occ serve [--bind ADDRESS] [--port PORT] [--state FILE] [--max-body BYTES]\n"
    "\n"
    "Run the OCC commit API on this machine, backed by the embedded stub signer: POST /commit,\n"
    "POST /challenge, GET /key, GET /health and POST /verify. Set API_KEYS (comma-separated)\n"
    "to require \"Authorization: Bearer <key>\" on /commit. Stops cleanly on SIGINT/SIGTERM.\n"
    "\n"
    "Options:\n"
    "  --bind ADDRESS    Address to listen on (default 127.0.0.1)\n"
    "  --port PORT       Port (default 8787; 0 picks a free one)\n"
    "  --state FILE      The stub signer's state (as for occ commit)\n"
    "  --max-body BYTES  Largest request body accepted (default 1048576; larger gets 413)\n");

int g_signalPipe[2] = {-1, -1};

void onTerminationSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const auto n = ::write(g_signalPipe[1], &c, 1);
}

// SIGINT/SIGTERM end the event loop cleanly: the handler only writes to a pipe, and the loop
// reads it (nothing else is safe in a signal handler).
void quitOnTerminationSignals(QObject *owner)
{
    if (::pipe(g_signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, owner);
    QObject::connect(notifier, &QSocketNotifier::activated, owner, [] {
        char c;
        [[maybe_unused]] const auto n = ::read(g_signalPipe[0], &c, 1);
        QCoreApplication::quit();
    });
    struct sigaction sa = {};
    sa.sa_handler = onTerminationSignal;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, nullptr);
    sigaction(SIGTERM, &sa, nullptr);
}

int runServe(const QStringList &args)
{
    const Args a = parseArgs(args,
                             {u"--help"_s},
                             {u"--bind"_s, u"--port"_s, u"--state"_s, u"--max-body"_s});
    if (!a.error.isEmpty())
        return usageError(u"serve"_s, a.error);
    if (a.flags.contains(u"--help")) {
        printOut(QCoreApplication::translate("occ", kServeHelp));
        return kExitOk;
    }
    if (!a.positional.isEmpty())
        return usageError(u"serve"_s,
                          QCoreApplication::translate("occ", "unexpected argument %1")
                              .arg(a.positional.first()));
    const QHostAddress address(a.options.value(u"--bind"_s, u"127.0.0.1"_s));
    if (address.isNull())
        return usageError(u"serve"_s,
                          QCoreApplication::translate("occ", "--bind needs an IP address"));
    bool ok = true;
    const uint port = a.options.value(u"--port"_s, u"8787"_s).toUInt(&ok);
    if (!ok || port > 65535)
        return usageError(u"serve"_s,
                          QCoreApplication::translate("occ",
                                                      "--port needs a number from 0 to 65535"));
    const qint64 maxBody = a.options.value(u"--max-body"_s, u"1048576"_s).toLongLong(&ok);
    if (!ok || maxBody < 1024)
        return usageError(u"serve"_s,
                          QCoreApplication::translate(
                              "occ", "--max-body needs a number of bytes (at least 1024)"));
    auto signer = StubSigner::open(a.options.value(u"--state"_s, StubSigner::defaultStatePath()));
    if (!signer)
        return usageError(u"serve"_s, signer.error().message);
    const QStringList keys = CommitService::parseApiKeys(qEnvironmentVariable("API_KEYS"));
    const QString publicKey = signer->publicKeyB64();
    CommitService service(std::move(signer).value(), keys);
    // Batched: the commits that arrive together share one durable state write.
    HttpServer server(HttpServer::BatchHandler(
        [&service](const QList<HttpRequest> &r) { return service.handleAll(r); }));
    server.setMaxBodySize(maxBody);
    if (auto listening = server.listen(address, quint16(port)); !listening)
        return usageError(u"serve"_s, listening.error().message);

    quitOnTerminationSignals(&server);
    printErr(
        QCoreApplication::translate("occ",
                                    "occ serve: listening on http://%1:%2 (stub signer %3…, %4)\n")
            .arg(address.protocol() == QAbstractSocket::IPv6Protocol
                     ? u"[%1]"_s.arg(address.toString())
                     : address.toString())
            .arg(server.port())
            .arg(publicKey.left(12),
                 keys.isEmpty()
                     ? QCoreApplication::translate("occ", "no API key required")
                     : QCoreApplication::translate("occ", "API key required for /commit")));
    const int rc = QCoreApplication::exec();
    server.close();
    printErr(QCoreApplication::translate("occ", "occ serve: stopped\n"));
    return rc;
}

const char kHealthHelp[] = QT_TRANSLATE_NOOP(
    "occ",
    "Usage: occ health --endpoint URL [--ca-file PEM] [--timeout SEC]\n"
    "\n"
    "Ask a commit service whether it is up (GET /health). Exit 0 when it is.\n");

int runHealth(const QStringList &args)
{
    const Args a = parseArgs(args, {u"--help"_s}, kEndpointOptions);
    if (!a.error.isEmpty())
        return usageError(u"health"_s, a.error);
    if (a.flags.contains(u"--help")) {
        printOut(QCoreApplication::translate("occ", kHealthHelp));
        return kExitOk;
    }
    if (!a.options.contains(u"--endpoint"_s))
        return usageError(u"health"_s,
                          QCoreApplication::translate("occ", "--endpoint URL is required"));
    auto config = clientConfig(a);
    if (!config)
        return usageError(u"health"_s, config.error().message);
    CommitClient client(*config);
    auto r = waitFor<void>([&](auto done) { client.health(nullptr, std::move(done)); });
    if (!r) {
        printErr(QCoreApplication::translate("occ", "occ health: %1\n").arg(r.error().message));
        return kExitInvalid;
    }
    printOut(QCoreApplication::translate("occ", "%1 is up\n").arg(config->endpoint.toString()));
    return kExitOk;
}

const char kApiKeyHelp[] = QT_TRANSLATE_NOOP(
    "occ",
    "Usage: occ api-key set --endpoint URL     (reads the key from standard input)\n"
    "       occ api-key forget --endpoint URL\n"
    "\n"
    "Keep a commit service's API key in the operating system's keychain, so that occ and the\n"
    "studio use it without --api-key. The key is never written in plain text: without a\n"
    "keychain service (Secret Service or KWallet) this fails and says so.\n");

int runApiKey(const QStringList &args)
{
    const Args a = parseArgs(args, {u"--help"_s}, {u"--endpoint"_s});
    if (!a.error.isEmpty())
        return usageError(u"api-key"_s, a.error);
    if (a.flags.contains(u"--help")) {
        printOut(QCoreApplication::translate("occ", kApiKeyHelp));
        return kExitOk;
    }
    if (a.positional.size() != 1
        || (a.positional.first() != u"set" && a.positional.first() != u"forget"))
        return usageError(u"api-key"_s,
                          QCoreApplication::translate("occ", "expected set or forget"));
    const QUrl endpoint(a.options.value(u"--endpoint"_s), QUrl::StrictMode);
    if (!endpoint.isValid() || endpoint.host().isEmpty())
        return usageError(
            u"api-key"_s,
            QCoreApplication::translate("occ", "--endpoint needs an http:// or https:// URL"));
    Result<void> r;
    if (a.positional.first() == u"set") {
        // From standard input, never from the command line (which other users can see).
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return usageError(u"api-key"_s,
                              QCoreApplication::translate("occ", "cannot read standard input"));
        const QString key = QString::fromUtf8(in.readLine(4096)).trimmed();
        if (key.isEmpty())
            return usageError(u"api-key"_s,
                              QCoreApplication::translate("occ", "no key on standard input"));
        r = waitFor<void>(
            [&](auto done) { ApiKeyStore::save(endpoint, key, nullptr, std::move(done)); });
    } else {
        r = waitFor<void>(
            [&](auto done) { ApiKeyStore::forget(endpoint, nullptr, std::move(done)); });
    }
    if (!r) {
        printErr(QCoreApplication::translate("occ", "occ api-key: %1\n").arg(r.error().message));
        return kExitInvalid;
    }
    printOut(
        a.positional.first() == u"set"
            ? QCoreApplication::translate("occ", "Saved the API key for %1 in the keychain\n")
                  .arg(ApiKeyStore::accountFor(endpoint))
            : QCoreApplication::translate("occ", "Removed the API key for %1 from the keychain\n")
                  .arg(ApiKeyStore::accountFor(endpoint)));
    return kExitOk;
}

const char kMcpHelp[] = QT_TRANSLATE_NOOP(
    "occ",
    "Usage: occ mcp [--state FILE | --endpoint URL [--api-key KEY] [--ca-file PEM]]\n"
    "               [--http [--bind 127.0.0.1] [--port 8788]]\n"
    "\n"
    "Run a Model Context Protocol server with the tools commit_text, commit_file,\n"
    "verify_proof and inspect_proof, over standard input/output (one JSON-RPC message per\n"
    "line; logs go to standard error), or with --http over the Streamable HTTP transport at\n"
    "/mcp. Commits use the embedded stub signer unless --endpoint names a commit service.\n"
    "\n"
    "  claude mcp add occ -- occ mcp\n");

// The backend MCP tools commit with: the stub, or a commit service.
Result<McpServer::CommitFn> mcpBackend(const Args &a,
                                       QString *description,
                                       std::shared_ptr<CommitClient> *clientOut)
{
    if (a.options.contains(u"--endpoint"_s)) {
        auto config = clientConfig(a);
        if (!config)
            return config.error();
        auto client = std::make_shared<CommitClient>(*config);
        *clientOut = client;
        *description = QCoreApplication::translate("occ", "signed by the commit service at %1")
                           .arg(config->endpoint.toString());
        return McpServer::CommitFn([client](const CommitRequest &r) {
            return waitFor<QList<JsonValue>>(
                [&](auto done) { client->commit(r, nullptr, std::move(done)); });
        });
    }
    auto signer = StubSigner::open(a.options.value(u"--state"_s, StubSigner::defaultStatePath()));
    if (!signer)
        return signer.error();
    auto stub = std::make_shared<StubSigner>(std::move(signer).value());
    *description = QCoreApplication::translate("occ",
                                               "signed by the embedded stub signer %1… (tier stub)")
                       .arg(stub->publicKeyB64().left(12));
    return McpServer::CommitFn([stub](const CommitRequest &r) { return stub->commit(r); });
}

int runMcp(const QStringList &args)
{
    const Args a = parseArgs(args,
                             {u"--help"_s, u"--http"_s},
                             QStringList{u"--state"_s, u"--bind"_s, u"--port"_s} + kEndpointOptions);
    if (!a.error.isEmpty())
        return usageError(u"mcp"_s, a.error);
    if (a.flags.contains(u"--help")) {
        printOut(QCoreApplication::translate("occ", kMcpHelp));
        return kExitOk;
    }
    if (!a.positional.isEmpty())
        return usageError(u"mcp"_s,
                          QCoreApplication::translate("occ", "unexpected argument %1")
                              .arg(a.positional.first()));
    QString description;
    std::shared_ptr<CommitClient> client;
    auto backend = mcpBackend(a, &description, &client);
    if (!backend)
        return usageError(u"mcp"_s, backend.error().message);

    if (!a.flags.contains(u"--http")) {
        McpServer server(*backend, description);
        printErr(QCoreApplication::translate("occ", "occ mcp: ready on standard input/output (%1)\n")
                     .arg(description));
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return usageError(u"mcp"_s,
                              QCoreApplication::translate("occ", "cannot read standard input"));
        for (;;) {
            // Messages are one per line; a line over 16 MiB is refused, not buffered forever.
            QByteArray line = in.readLine(16 << 20);
            if (line.isEmpty() && in.atEnd())
                break;
            if (!line.endsWith('\n') && !in.atEnd()) {
                printErr(QCoreApplication::translate(
                    "occ", "occ mcp: a message longer than 16 MiB was dropped\n"));
                while (!in.atEnd() && !in.readLine(1 << 20).endsWith('\n')) {
                }
                continue;
            }
            if (line.trimmed().isEmpty())
                continue;
            const QByteArray response = server.handle(line.trimmed());
            if (!response.isEmpty()) {
                writeOut(QByteArray(response + '\n'));
                fflush(stdout);
            }
        }
        return kExitOk;
    }

    const QHostAddress address(a.options.value(u"--bind"_s, u"127.0.0.1"_s));
    bool ok = true;
    const uint port = a.options.value(u"--port"_s, u"8788"_s).toUInt(&ok);
    if (address.isNull() || !ok || port > 65535)
        return usageError(
            u"mcp"_s,
            QCoreApplication::translate("occ", "--bind needs an IP address and --port a number"));
    QHash<QString, std::shared_ptr<McpServer>> sessions;
    const McpServer::CommitFn commit = *backend;
    HttpServer http([&](const HttpRequest &r) {
        HttpResponse response;
        if (r.path != "/mcp")
            return HttpResponse::error(404, u"%1 not found"_s.arg(QString::fromUtf8(r.path)));
        // Browsers on other sites must not drive a local server (DNS rebinding).
        const QByteArray origin = r.header("origin");
        if (!origin.isEmpty() && !QUrl(QString::fromUtf8(origin)).host().contains(u"localhost")
            && QUrl(QString::fromUtf8(origin)).host() != u"127.0.0.1")
            return HttpResponse::error(403, u"origin not allowed"_s);
        const QString session = QString::fromLatin1(r.header("mcp-session-id"));
        if (r.method == "DELETE") {
            response.status = sessions.remove(session) ? 200 : 404;
            return response;
        }
        if (r.method != "POST")
            return HttpResponse::error(405, u"use POST (this server does not stream)"_s);
        auto parsed = JsonParser::parse(r.body);
        const bool initialize = parsed && parsed->stringMember(u"method")
                                && *parsed->stringMember(u"method") == u"initialize";
        std::shared_ptr<McpServer> server;
        QString newSession;
        if (initialize) {
            server = std::make_shared<McpServer>(commit, description);
            newSession = QUuid::createUuid().toString(QUuid::WithoutBraces);
        } else {
            server = sessions.value(session);
            if (!server) {
                return HttpResponse::json(
                    400,
                    *JsonParser::parse(
                        R"({"jsonrpc":"2.0","id":null,"error":{"code":-32000,"message":"Bad Request: no valid Mcp-Session-Id"}})"));
            }
        }
        const QByteArray body = server->handle(r.body);
        if (!newSession.isEmpty() && server->initialized()) {
            sessions.insert(newSession, server);
            response.headers.append(qMakePair(QByteArray("Mcp-Session-Id"), newSession.toLatin1()));
        }
        if (body.isEmpty()) {
            response.status = 202;
            return response;
        }
        response.body = body;
        return response;
    });
    http.setMaxBodySize(16 << 20);
    if (auto listening = http.listen(address, quint16(port)); !listening)
        return usageError(u"mcp"_s, listening.error().message);
    quitOnTerminationSignals(&http);
    printErr(QCoreApplication::translate("occ", "occ mcp: listening on http://%1:%2/mcp (%3)\n")
                 .arg(address.toString())
                 .arg(http.port())
                 .arg(description));
    return QCoreApplication::exec();
}

const char kDemoHelp[] = QT_TRANSLATE_NOOP(
    "occ",
    "Usage: occ demo\n"
    "\n"
    "Show the whole OCC story on this machine, offline: start a local commit service on a\n"
    "throw-away stub signer, check it, commit a sample, verify it, change one byte and watch\n"
    "verification fail.\n");

int runDemo(const QStringList &args)
{
    const Args a = parseArgs(args, {u"--help"_s}, {});
    if (!a.error.isEmpty() || !a.positional.isEmpty())
        return usageError(u"demo"_s,
                          a.error.isEmpty()
                              ? QCoreApplication::translate("occ", "no arguments expected")
                              : a.error);
    if (a.flags.contains(u"--help")) {
        printOut(QCoreApplication::translate("occ", kDemoHelp));
        return kExitOk;
    }
    int steps = 0;
    auto step = [&steps](const QString &text) {
        ++steps;
        printOut(u"  ✓ %1\n"_s.arg(text));
        fflush(stdout);
    };
    auto fail = [](const QString &text) {
        printErr(u"  ✗ %1\n"_s.arg(text));
        return kExitInvalid;
    };
    QTemporaryDir dir;
    if (!dir.isValid())
        return fail(QCoreApplication::translate("occ", "cannot create a temporary folder"));
    printOut(
        QCoreApplication::translate("occ", "OCC demo: commit -> verify -> tamper -> rejected\n\n"));
    auto signer = StubSigner::open(dir.filePath(u"demo-state.json"_s));
    if (!signer)
        return fail(signer.error().message);
    step(QCoreApplication::translate("occ", "Created a throw-away stub signer, key %1…")
             .arg(signer->publicKeyB64().left(16)));
    CommitService service(std::move(signer).value(), {});
    HttpServer http([&service](const HttpRequest &r) { return service.handle(r); });
    if (auto l = http.listen(QHostAddress::LocalHost, 0); !l)
        return fail(l.error().message);
    CommitClientConfig config;
    config.endpoint = QUrl(u"http://127.0.0.1:%1"_s.arg(http.port()));
    CommitClient client(config);
    step(QCoreApplication::translate("occ", "Started the commit service on %1")
             .arg(config.endpoint.toString()));
    if (auto h = waitFor<void>([&](auto done) { client.health(nullptr, std::move(done)); }); !h)
        return fail(h.error().message);
    step(QCoreApplication::translate("occ", "GET /health answered {\"ok\":true}"));

    const QByteArray sample = "Hello from OCC: this sentence was committed by the demo.\n";
    CommitRequest request;
    request.digests = {Crypto::Sha256::hash(sample)};
    step(QCoreApplication::translate("occ",
                                     "Hashed the sample locally: %1 (only this digest is sent)")
             .arg(Encoding::toBase64(request.digests.first())));
    auto proofs = waitFor<QList<JsonValue>>(
        [&](auto done) { client.commit(request, nullptr, std::move(done)); });
    if (!proofs)
        return fail(proofs.error().message);
    const JsonValue &proof = proofs->first();
    step(QCoreApplication::translate("occ",
                                     "POST /commit returned a signed proof: counter %1, slot %2, "
                                     "checked before accepting it")
             .arg(Js::str(proof.member(u"commit")->member(u"counter")),
                  Js::str(proof.member(u"commit")->member(u"slotCounter"))));

    VerifyOptions options;
    options.artifactDigest = Crypto::Sha256::hash(sample);
    const VerificationReport good = ProofVerifier::verifyText(Json::toPrettyJson(proof), options);
    if (good.verdict == Verdict::Invalid)
        return fail(
            QCoreApplication::translate("occ", "verification failed: %1").arg(good.reason()));
    step(QCoreApplication::translate("occ", "Verified the original bytes: %1 (%2)")
             .arg(verdictId(good.verdict).toUpper(), good.summary()));

    QByteArray tampered = sample;
    tampered[0] = 'h'; // "Hello" -> "hello": one byte
    options.artifactDigest = Crypto::Sha256::hash(tampered);
    const VerificationReport bad = ProofVerifier::verifyText(Json::toPrettyJson(proof), options);
    if (bad.verdict != Verdict::Invalid)
        return fail(QCoreApplication::translate("occ", "a tampered sample was not rejected"));
    step(QCoreApplication::translate("occ",
                                     "Changed one byte of the sample: verification fails (%1)")
             .arg(bad.reason()));

    JsonValue forged = proof;
    forged.asObject()->valueRef(u"commit")->asObject()->insert(u"counter"_s, u"1000000"_s);
    options.artifactDigest = Crypto::Sha256::hash(sample);
    const VerificationReport forgedReport = ProofVerifier::verifyText(Json::toPrettyJson(forged),
                                                                      options);
    if (forgedReport.verdict != Verdict::Invalid)
        return fail(QCoreApplication::translate("occ", "an edited proof was not rejected"));
    step(QCoreApplication::translate("occ", "Edited the proof's counter: verification fails (%1)")
             .arg(forgedReport.reason()));
    printOut(QCoreApplication::translate("occ", "\nDone: %1 steps passed.\n").arg(steps));
    return kExitOk;
}

const char kAuditHelp[] = QT_TRANSLATE_NOOP(
    "occ",
    "Usage: occ audit [--policy FILE] [--json] PATH...\n"
    "\n"
    "Verify every proof under the given bundles, proof files and folders, then audit them as\n"
    "chains: group by signer, epoch and chain, order by counter, resolve every prevB64 link,\n"
    "and report forks, reused counters, gaps, times that go backwards, broken links and\n"
    "duplicates. Exit 1 if anything is wrong.\n");

// Keeps the audited entries until the process ends: freeing thousands of them (parsed proofs,
// when they were kept) one by one took a visible part of a large audit's wall time (8% of
// 10,000), only to hand the memory back to an exiting process. Reachable from here, so leak checkers do not count it.
void keepUntilExit(QList<AuditEntry> &&entries)
{
    static auto *kept = new QList<QList<AuditEntry>>; // never deleted, on purpose
    kept->append(std::move(entries));
}

int runAudit(const QStringList &args)
{
    const Args a = parseArgs(args, {u"--help"_s, u"--json"_s}, {u"--policy"_s});
    if (!a.error.isEmpty())
        return usageError(u"audit"_s, a.error);
    if (a.flags.contains(u"--help")) {
        printOut(QCoreApplication::translate("occ", kAuditHelp));
        return kExitOk;
    }
    if (a.positional.isEmpty())
        return usageError(u"audit"_s,
                          QCoreApplication::translate("occ", "expected at least one PATH"));
    std::optional<TrustProfile> profile;
    if (a.options.contains(u"--policy"_s)) {
        auto p = TrustProfile::fromFile(a.options.value(u"--policy"_s));
        if (!p)
            return usageError(u"audit"_s, p.error().message);
        profile = std::move(p).value();
    }
    AuditInput input = collectAuditEntries(a.positional,
                                           profile ? &*profile : nullptr,
                                           nullptr,
                                           {},
                                           AuditRetention::FactsOnly);
    if (!input.errors.isEmpty()) {
        for (const QString &e : std::as_const(input.errors))
            printErr(QCoreApplication::translate("occ", "occ audit: %1\n").arg(e));
        return kExitUsage;
    }
    const auto release = qScopeGuard([&input] { keepUntilExit(std::move(input.entries)); });
    const QList<AuditEntry> &entries = input.entries;
    const AuditResult result = auditChains(entries);
    if (a.flags.contains(u"--json")) {
        writeOut(QByteArray(Json::toPrettyJson(result.toJson(entries), 0) + '\n'));
        return result.ok() ? kExitOk : kExitInvalid;
    }
    QString text = QCoreApplication::translate("occ",
                                               "%1: audited %2 proofs in %3 chains, %4 problems\n")
                       .arg(result.ok() ? u"OK"_s : u"PROBLEMS"_s)
                       .arg(entries.size())
                       .arg(result.chains.size())
                       .arg(result.problems.size());
    for (const AuditChain &c : result.chains) {
        auto counterOf = [&](int i) { // a chain's proofs verify, so they have facts
            return entries[i].facts ? entries[i].facts->counter : QString();
        };
        const QString first = counterOf(c.entries.first());
        const QString last = counterOf(c.entries.last());
        text += QCoreApplication::translate(
                    "occ",
                    "  chain: signer %1… epoch %2… %3: %4 proofs, counters %5..%6, %7 links\n")
                    .arg(c.publicKeyB64.left(12),
                         c.epochId.left(12),
                         c.chainId.isEmpty() ? QCoreApplication::translate("occ", "default chain")
                                             : u"chain \"%1\""_s.arg(c.chainId))
                    .arg(c.entries.size())
                    .arg(first, last)
                    .arg(c.links);
    }
    for (const AuditProblem &p : result.problems)
        text += u"  ✗ %1: %2\n"_s.arg(p.kind, p.message);
    printOut(text);
    return result.ok() ? kExitOk : kExitInvalid;
}

const char kPasskeyHelp[] = QT_TRANSLATE_NOOP(
    "occ",
    "Usage: occ passkey list [--json] [--devices]\n"
    "       occ passkey register [--label TEXT] [--rp-id ID] [--user NAME] [--device PATH]\n"
    "       occ passkey rename KEY LABEL\n"
    "       occ passkey remove KEY\n"
    "       occ passkey export KEY FILE\n"
    "\n"
    "Passkeys on a FIDO2 security key (or Windows Hello) authorize commits: `occ commit\n"
    "--passkey KEY` asks for one touch (and the key's PIN or fingerprint), and every proof then\n"
    "carries the passkey as its actor, sealed into the signed body. KEY is a keyId, a prefix of\n"
    "8 or more hex digits, or a label. The list lives in passkeys.json in the application data\n"
    "folder ($OCC_PASSKEYS overrides it); it holds no secret.\n"
    "\n"
    "  --devices     Also list the authenticators attached now\n"
    "  --label TEXT  A name for the new passkey (default: the key's name and the date)\n"
    "  --rp-id ID    Relying-party id to register under (default: occ-proof-studio, which no\n"
    "                website can use; give a domain to share the passkey with a web app)\n"
    "  --user NAME   User name stored on the key (default: occ)\n"
    "  --device PATH The authenticator to use when several are attached\n"
    "\n"
    "remove forgets the passkey here; the credential stays on the key (delete it with the\n"
    "key's manager). export writes a trust profile that accepts only proofs authorized by the\n"
    "passkey (allowedActorKeyIds and allowedRpIds).\n"
    "\n"
    "A PIN is read from the terminal without echo, or from the first line of standard input\n"
    "when that is not a terminal.\n");

int runPasskey(const QStringList &args)
{
    const Args a = parseArgs(args,
                             {u"--help"_s, u"--json"_s, u"--devices"_s},
                             {u"--label"_s, u"--rp-id"_s, u"--user"_s, u"--device"_s});
    if (!a.error.isEmpty())
        return usageError(u"passkey"_s, a.error);
    if (a.flags.contains(u"--help") || a.positional.isEmpty()) {
        printOut(QCoreApplication::translate("occ", kPasskeyHelp));
        return a.positional.isEmpty() && !a.flags.contains(u"--help") ? kExitUsage : kExitOk;
    }
    const QString sub = a.positional.first();
    const QStringList rest = a.positional.mid(1);
    Settings settings;
    PasskeyStore store(settings.passkeysPath());
    if (auto loaded = store.load(); !loaded) {
        printErr(u"occ passkey: %1\n"_s.arg(loaded.error().message));
        return kExitUsage;
    }
    auto fail = [](const Error &e) {
        printErr(u"occ passkey: %1\n"_s.arg(e.message));
        return e.code == ErrorCode::Cancelled ? kExitInvalid : kExitUsage;
    };

    if (sub == u"list") {
        if (!rest.isEmpty())
            return usageError(u"passkey"_s,
                              QCoreApplication::translate("occ", "unexpected argument %1")
                                  .arg(rest.first()));
        QList<AuthenticatorDevice> devices;
        if (a.flags.contains(u"--devices")) {
            auto found = Fido2Authenticator().devices();
            if (!found)
                return fail(found.error());
            devices = *found;
        }
        if (a.flags.contains(u"--json")) {
            JsonArray list;
            for (const PasskeyCredential &c : store.credentials())
                list.push_back(c.toValue());
            JsonObject root;
            root.append(u"passkeys"_s, JsonValue(std::move(list)));
            if (a.flags.contains(u"--devices")) {
                JsonArray devs;
                for (const AuthenticatorDevice &d : std::as_const(devices)) {
                    JsonObject o;
                    o.append(u"path"_s, d.path);
                    o.append(u"product"_s, d.product);
                    o.append(u"manufacturer"_s, d.manufacturer);
                    devs.push_back(JsonValue(std::move(o)));
                }
                root.append(u"devices"_s, JsonValue(std::move(devs)));
            }
            writeOut(QByteArray(Json::toPrettyJson(JsonValue(std::move(root))) + '\n'));
            return kExitOk;
        }
        if (store.credentials().isEmpty())
            printOut(QCoreApplication::translate("occ",
                                                 "No passkeys registered. Register one with "
                                                 "`occ passkey register`.\n"));
        for (const PasskeyCredential &c : store.credentials())
            printOut(
                u"%1  %2  (rpId %3, %4, registered %5)\n"_s.arg(c.keyId,
                                                                c.label,
                                                                c.rpId,
                                                                c.device,
                                                                c.created.toLocalTime().toString(
                                                                    u"yyyy-MM-dd HH:mm"_s)));
        if (a.flags.contains(u"--devices")) {
            printOut(QCoreApplication::translate("occ",
                                                 "Authenticators attached: %n\n",
                                                 nullptr,
                                                 int(devices.size())));
            for (const AuthenticatorDevice &d : std::as_const(devices))
                printOut(u"  %1  %2\n"_s.arg(d.path, d.displayName()));
        }
        return kExitOk;
    }
    if (sub == u"register") {
        if (!rest.isEmpty())
            return usageError(u"passkey"_s,
                              QCoreApplication::translate("occ", "unexpected argument %1")
                                  .arg(rest.first()));
        RegisterOptions options;
        options.rpId = a.options.value(u"--rp-id"_s, settings.passkeyRpId());
        options.label = a.options.value(u"--label"_s);
        options.userName = a.options.value(u"--user"_s);
        options.devicePath = a.options.value(u"--device"_s);
        TerminalPrompt prompt;
        Fido2Authenticator authenticator;
        auto credential = authenticator.registerPasskey(options, &prompt);
        if (!credential)
            return fail(credential.error());
        if (auto added = store.add(*credential); !added)
            return fail(added.error());
        printOut(QCoreApplication::translate("occ",
                                             "Registered passkey %1 (%2) for rpId %3; "
                                             "attestation: %4\n")
                     .arg(credential->keyId,
                          credential->label,
                          credential->rpId,
                          credential->attestationText()));
        return kExitOk;
    }
    if (sub == u"rename" || sub == u"remove" || sub == u"export") {
        const qsizetype wanted = sub == u"remove" ? 1 : 2;
        if (rest.size() != wanted)
            return usageError(u"passkey"_s,
                              sub == u"remove" ? QCoreApplication::translate("occ", "expected KEY")
                              : sub == u"rename"
                                  ? QCoreApplication::translate("occ", "expected KEY LABEL")
                                  : QCoreApplication::translate("occ", "expected KEY FILE"));
        auto credential = store.find(rest.first());
        if (!credential)
            return fail(credential.error());
        if (sub == u"rename") {
            if (auto ok = store.rename(credential->keyId, rest[1]); !ok)
                return fail(ok.error());
            return kExitOk;
        }
        if (sub == u"remove") {
            if (auto ok = store.remove(credential->keyId); !ok)
                return fail(ok.error());
            printOut(QCoreApplication::translate("occ",
                                                 "Forgot passkey %1 (%2). The credential is "
                                                 "still on the security key.\n")
                         .arg(credential->keyId, credential->label));
            return kExitOk;
        }
        const QString out = rest[1];
        if (QFileInfo::exists(out))
            return fail(
                makeError(ErrorCode::Io,
                          QCoreApplication::translate("occ", "%1 exists; not replaced").arg(out)));
        QFile file(out);
        if (!file.open(QIODevice::WriteOnly) || file.write(credential->trustProfile().toJson()) < 0)
            return fail(makeError(ErrorCode::Io,
                                  QCoreApplication::translate("occ", "cannot write %1: %2")
                                      .arg(out, file.errorString())));
        return kExitOk;
    }
    return usageError(u"passkey"_s,
                      QCoreApplication::translate("occ", "unknown passkey command %1").arg(sub));
}

int runKey(const QStringList &args)
{
    const Args a = parseArgs(args,
                             {u"--help"_s, u"--json"_s},
                             QStringList{u"--state"_s, u"--export-trust"_s} + kEndpointOptions);
    if (!a.error.isEmpty())
        return usageError(u"key"_s, a.error);
    if (a.flags.contains(u"--help")) {
        printOut(QCoreApplication::translate("occ", kKeyHelp));
        return kExitOk;
    }
    if (!a.positional.isEmpty())
        return usageError(u"key"_s,
                          QCoreApplication::translate("occ", "unexpected argument %1")
                              .arg(a.positional.first()));

    // The identity: the local stub's, or the one a service reports on GET /key.
    JsonObject identity;
    QString statePath;
    if (a.options.contains(u"--endpoint"_s)) {
        if (a.options.contains(u"--state"_s))
            return usageError(u"key"_s,
                              QCoreApplication::translate(
                                  "occ", "--state is for the stub; it cannot go with --endpoint"));
        auto config = clientConfig(a);
        if (!config)
            return usageError(u"key"_s, config.error().message);
        CommitClient client(*config);
        auto key = waitFor<JsonValue>([&](auto done) { client.key(nullptr, std::move(done)); });
        if (!key) {
            printErr(QCoreApplication::translate("occ", "occ key: %1\n").arg(key.error().message));
            return kExitInvalid;
        }
        for (const QString &m :
             {u"publicKeyB64"_s, u"measurement"_s, u"enforcement"_s, u"epochId"_s}) {
            if (const QString *v = key->stringMember(m))
                identity.append(m, *v);
        }
    } else {
        statePath = a.options.value(u"--state"_s, StubSigner::defaultStatePath());
        auto signer = StubSigner::open(statePath);
        if (!signer)
            return usageError(u"key"_s, signer.error().message);
        identity.append(u"publicKeyB64"_s, signer->publicKeyB64());
        identity.append(u"measurement"_s, signer->measurement());
        identity.append(u"enforcement"_s, u"stub"_s);
        identity.append(u"epochId"_s, signer->epochId());
        identity.append(u"statePath"_s, signer->statePath());
    }
    const QString publicKey = Js::str(identity.value(u"publicKeyB64"));
    const QString enforcement = Js::str(identity.value(u"enforcement"));

    if (a.options.contains(u"--export-trust"_s)) {
        const QString out = a.options.value(u"--export-trust"_s);
        if (QFileInfo::exists(out))
            return usageError(u"key"_s,
                              QCoreApplication::translate("occ",
                                                          "%1 already exists; not overwriting it")
                                  .arg(out));
        JsonObject profile;
        profile.append(u"name"_s,
                       (statePath.isEmpty()
                            ? QCoreApplication::translate("occ", "OCC commit service signer %1")
                            : QCoreApplication::translate("occ", "OCC Proof Studio stub signer %1"))
                           .arg(publicKey.left(12)));
        profile.append(u"allowedPublicKeys"_s, JsonValue(JsonArray{JsonValue(publicKey)}));
        if (enforcement == u"stub" || enforcement == u"hw-key" || enforcement == u"measured-tee")
            profile.append(u"requireEnforcement"_s, enforcement);
        QFile f(out);
        if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly)
            || f.write(Json::toPrettyJson(JsonValue(std::move(profile))) + '\n') < 0 || !f.flush())
            return usageError(u"key"_s,
                              QCoreApplication::translate("occ", "cannot write %1: %2")
                                  .arg(out, f.errorString()));
        printOut(QCoreApplication::translate("occ", "Wrote a trust profile pinning %1 to %2\n")
                     .arg(publicKey, out));
        return kExitOk;
    }
    if (a.flags.contains(u"--json")) {
        writeOut(QByteArray(Json::toPrettyJson(JsonValue(identity), 0) + '\n'));
        return kExitOk;
    }
    QString text = QCoreApplication::translate("occ", "Public key:   %1\n").arg(publicKey);
    text += enforcement == u"stub"
                ? QCoreApplication::translate(
                    "occ", "Enforcement:  stub (a key on a computer, no hardware protection)\n")
                : QCoreApplication::translate("occ", "Enforcement:  %1 (as the signer reports it)\n")
                      .arg(enforcement);
    text += QCoreApplication::translate("occ", "Measurement:  %1\nEpoch:        %2\n")
                .arg(Js::str(identity.value(u"measurement")), Js::str(identity.value(u"epochId")));
    if (!statePath.isEmpty())
        text += QCoreApplication::translate("occ", "State file:   %1\n")
                    .arg(Js::str(identity.value(u"statePath")));
    printOut(text);
    return kExitOk;
}

} // namespace

int run(const QStringList &arguments)
{
    const QStringList args = arguments.mid(1);
    if (args.isEmpty()) {
        printErr(QCoreApplication::translate("occ", kMainHelp));
        return kExitUsage;
    }
    const QString &command = args.first();
    const QStringList rest = args.mid(1);
    if (command == u"--help" || command == u"-h" || command == u"help") {
        printOut(QCoreApplication::translate("occ", kMainHelp));
        return kExitOk;
    }
    if (command == u"--version" || command == u"-v") {
        printOut(u"occ " OCC_VERSION_STRING "\n"_s);
        return kExitOk;
    }
    if (command == u"verify")
        return runVerify(rest);
    if (command == u"inspect")
        return runInspect(rest);
    if (command == u"canonicalize")
        return runCanonicalize(rest);
    if (command == u"hash")
        return runHash(rest);
    if (command == u"key")
        return runKey(rest);
    if (command == u"commit")
        return runCommit(rest);
    if (command == u"serve")
        return runServe(rest);
    if (command == u"health")
        return runHealth(rest);
    if (command == u"api-key")
        return runApiKey(rest);
    if (command == u"mcp")
        return runMcp(rest);
    if (command == u"demo")
        return runDemo(rest);
    if (command == u"audit")
        return runAudit(rest);
    if (command == u"passkey")
        return runPasskey(rest);
    printErr(QCoreApplication::translate("occ", "occ: unknown command '%1'\n\n").arg(command)
             + QCoreApplication::translate("occ", kMainHelp));
    return kExitUsage;
}

} // namespace Occ::Cli
