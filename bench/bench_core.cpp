// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0
//
// Micro-benchmarks of the core against the limits in docs/performance.md. Each family measures
// the thing and its reference in the same run, so the ratios printed by scripts/bench compare
// like with like on a noisy shared machine.
#include "core/canonicaljson.h"
#include "core/crypto.h"
#include "core/encoding.h"
#include "core/hashjob.h"
#include "core/jsonparser.h"
#include "core/proofverifier.h"
#include "core/stubsigner.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <fcntl.h>
#include <unistd.h>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <thread>

#include <sodium.h>

using namespace Occ;
using namespace Qt::StringLiterals;

namespace {

QTemporaryDir &scratch()
{
    static QTemporaryDir dir;
    return dir;
}

// A stub proof with a slot, as verification sees it most often.
const QByteArray &sampleProofText()
{
    static const QByteArray text = [] {
        auto signer = StubSigner::open(scratch().filePath(u"sample-state.json"_s));
        CommitRequest r;
        r.digests = {Crypto::Sha256::hash("benchmark")};
        return Json::toPrettyJson(signer->commit(r)->first());
    }();
    return text;
}

void BM_Sha256(benchmark::State &state)
{
    const QByteArray data(qsizetype(state.range(0)), 'x');
    for (auto _ : state)
        benchmark::DoNotOptimize(Crypto::Sha256::hash(data));
    state.SetBytesProcessed(int64_t(state.iterations()) * state.range(0));
}
BENCHMARK(BM_Sha256)->Arg(1 << 20);

// The reference for verification: libsodium's raw Ed25519 verify of a 300-byte message.
void BM_Ed25519VerifyRaw(benchmark::State &state)
{
    auto kp = Crypto::ed25519KeyPairFromSeed(QByteArray(32, '\1'));
    const QByteArray message(300, 'm');
    const QByteArray sig = Crypto::ed25519Sign(message, kp->secretKey);
    for (auto _ : state)
        benchmark::DoNotOptimize(Crypto::ed25519Verify(sig, message, kp->publicKey));
    state.SetItemsProcessed(int64_t(state.iterations()));
}
BENCHMARK(BM_Ed25519VerifyRaw);
// The same on every core at once: the machine's raw rate (two vCPUs need not be two cores' worth).
BENCHMARK(BM_Ed25519VerifyRaw)
    ->Threads(int(std::max(1u, std::thread::hardware_concurrency())))
    ->UseRealTime();

// Full verification from proof text: parse, structure, canonical body, Ed25519 (proof and
// slot), digest. Target: at least 0.5x the raw rate of the signatures it checks (two here).
void BM_VerifyProofText(benchmark::State &state)
{
    const QByteArray text = sampleProofText();
    VerifyOptions options;
    options.artifactDigest = Crypto::Sha256::hash("benchmark");
    for (auto _ : state)
        benchmark::DoNotOptimize(ProofVerifier::verifyText(text, options).verdict);
    state.SetItemsProcessed(int64_t(state.iterations()));
}
BENCHMARK(BM_VerifyProofText);

void BM_Canonicalize(benchmark::State &state)
{
    auto value = JsonParser::parse(sampleProofText());
    for (auto _ : state)
        benchmark::DoNotOptimize(Json::canonicalize(*value));
    state.SetItemsProcessed(int64_t(state.iterations()));
}
BENCHMARK(BM_Canonicalize);

// The reference for committing: Ed25519 signatures (a stub commit signs twice: slot and proof).
void BM_Ed25519Sign(benchmark::State &state)
{
    auto kp = Crypto::ed25519KeyPairFromSeed(QByteArray(32, '\2'));
    const QByteArray message(300, 'm');
    for (auto _ : state)
        benchmark::DoNotOptimize(Crypto::ed25519Sign(message, kp->secretKey));
    state.SetItemsProcessed(int64_t(state.iterations()));
}
BENCHMARK(BM_Ed25519Sign);

// Hashing many files (32 x 8 MiB, from the page cache) with HashJob on N threads: scripts/bench
// compares 2 threads with 1 (the issue asks for >= 1.7x on 2 cores).
void BM_HashFiles(benchmark::State &state)
{
    static const QStringList paths = [] {
        QStringList out;
        const QByteArray block(8 << 20, '\x5a');
        for (int i = 0; i < 32; ++i) {
            const QString path = scratch().filePath(u"many-%1.bin"_s.arg(i));
            QFile f(path);
            if (!f.open(QIODevice::WriteOnly) || f.write(block) != block.size())
                return QStringList();
            out.append(path);
        }
        return out;
    }();
    if (paths.isEmpty()) {
        state.SkipWithError("cannot write the scratch files");
        return;
    }
    for (auto _ : state)
        benchmark::DoNotOptimize(HashJob::hashFiles(paths, int(state.range(0))).size());
    state.SetBytesProcessed(int64_t(state.iterations()) * 32 * (8 << 20));
}
BENCHMARK(BM_HashFiles)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->UseRealTime();

// A durable batch commit of N digests (one state write with fsync).
void BM_StubCommitBatch(benchmark::State &state)
{
    auto signer = StubSigner::open(scratch().filePath(u"batch-state.json"_s));
    CommitRequest request;
    for (int i = 0; i < state.range(0); ++i)
        request.digests.append(Crypto::Sha256::hash(QByteArray::number(i)));
    for (auto _ : state)
        benchmark::DoNotOptimize(signer->commit(request)->size());
    state.SetItemsProcessed(int64_t(state.iterations()) * state.range(0));
}
// Several iterations: one 1-second batch alone is at the mercy of the machine's noise.
BENCHMARK(BM_StubCommitBatch)->Arg(10000)->Unit(benchmark::kMillisecond)->MinTime(3.0);

// The one fsync a durable batch may add to its signatures: a small file written and fsync'd.
void BM_Fsync(benchmark::State &state)
{
    const QByteArray path = scratch().filePath(u"fsync.bin"_s).toLocal8Bit();
    const QByteArray data(400, 'x');
    for (auto _ : state) {
        const int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        if (fd < 0 || ::write(fd, data.constData(), size_t(data.size())) != data.size()
            || ::fsync(fd) != 0)
            state.SkipWithError("cannot write and fsync a scratch file");
        if (fd >= 0)
            ::close(fd);
    }
}
BENCHMARK(BM_Fsync)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
