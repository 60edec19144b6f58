// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0

// Writes the seed corpora from the test data: every vector and real production proof (JSON,
// verifier), trust profiles, the real attestation documents, real bundles (single and batch)
// made by the stub.
// Usage: fuzz_seeds TEST_DATA_DIR OUT_DIR

#include "core/bundle.h"
#include "core/canonicaljson.h"
#include "core/crypto.h"
#include "core/encoding.h"
#include "core/jsonparser.h"
#include "core/stubsigner.h"
#include "core/trustprofile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {
int g_count = 0;
void put(const QString &dir, const QByteArray &bytes)
{
    QDir().mkpath(dir);
    QFile f(QDir(dir).filePath(u"seed-%1"_s.arg(++g_count)));
    if (f.open(QIODevice::WriteOnly))
        f.write(bytes);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: fuzz_seeds TEST_DATA_DIR OUT_DIR\n");
        return 2;
    }
    const QDir data(QString::fromLocal8Bit(argv[1]));
    const QDir out(QString::fromLocal8Bit(argv[2]));
    QList<Occ::JsonValue> proofs;
    for (const QString &name :
         {u"vectors/proofs.json"_s, u"real-proofs/production-test-proofs.json"_s}) {
        QFile f(data.filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            return 1;
        auto doc = Occ::JsonParser::parse(f.readAll());
        if (!doc)
            return 1;
        const Occ::JsonArray *list = doc->isArray() ? doc->asArray()
                                                    : doc->member(u"cases")->asArray();
        for (const Occ::JsonValue &c : *list) {
            if (const Occ::JsonValue *p = c.member(u"proof"))
                proofs.append(*p);
        }
    }
    for (const Occ::JsonValue &p : std::as_const(proofs)) {
        put(out.filePath(u"json"_s), Occ::Json::toPrettyJson(p));
        put(out.filePath(u"verifier"_s), Occ::Json::toPrettyJson(p));
        const Occ::JsonValue *env = p.member(u"environment");
        const Occ::JsonValue *att = env ? env->member(u"attestation") : nullptr;
        if (const QString *report = att ? att->stringMember(u"reportB64") : nullptr)
            put(out.filePath(u"attestation"_s), Occ::Encoding::fromBase64Lenient(*report));
        if (const Occ::JsonValue *ts = p.member(u"timestamps")) {
            for (const QString &k : {u"artifact"_s, u"proof"_s}) {
                const Occ::JsonValue *t = ts->member(k);
                if (const QString *token = t ? t->stringMember(u"tokenB64") : nullptr)
                    put(out.filePath(u"timestamp"_s), Occ::Encoding::fromBase64Lenient(*token));
            }
        }
    }
    put(out.filePath(u"canonical"_s), "{\"b\":[1,2.5,\"\\u00e9\"],\"a\":null}");
    Occ::TrustProfile profile;
    profile.name = u"seed"_s;
    profile.allowedPublicKeys = {u"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="_s};
    profile.minCounter = u"1"_s;
    profile.requireSlot = true;
    put(out.filePath(u"trustprofile"_s), profile.toJson());
    QFile example(data.filePath(u"../../examples/hello-trust-profile.json"_s));
    if (example.open(QIODevice::ReadOnly))
        put(out.filePath(u"trustprofile"_s), example.readAll());

    // A real single bundle from the stub.
    QTemporaryDir tmp;
    auto signer = Occ::StubSigner::open(tmp.filePath(u"state.json"_s));
    if (!signer)
        return 1;
    QFile original(tmp.filePath(u"hello.txt"_s));
    if (!original.open(QIODevice::WriteOnly) || original.write("hello\n") != 6)
        return 1;
    original.close();
    Occ::CommitRequest request;
    request.digests = {Occ::Crypto::Sha256::hash("hello\n")};
    auto made = signer->commit(request);
    if (!made)
        return 1;
    const QString bundle = tmp.filePath(u"hello.txt.proof.zip"_s);
    if (!Occ::Bundle::write(bundle, {{original.fileName(), u"hello.txt"_s, made->first()}}, false))
        return 1;
    QFile b(bundle);
    if (!b.open(QIODevice::ReadOnly))
        return 1;
    put(out.filePath(u"bundle"_s), b.readAll());
    // And a batch bundle of two: folders, and proofs chained in one zip.
    QFile second(tmp.filePath(u"world.txt"_s));
    if (!second.open(QIODevice::WriteOnly) || second.write("world\n") != 6)
        return 1;
    second.close();
    request.digests = {Occ::Crypto::Sha256::hash("world\n")};
    auto next = signer->commit(request);
    if (!next)
        return 1;
    const QString batch = tmp.filePath(u"batch.proof.zip"_s);
    if (!Occ::Bundle::write(batch,
                            {{original.fileName(), u"hello.txt"_s, made->first()},
                             {second.fileName(), u"world.txt"_s, next->first()}},
                            true))
        return 1;
    QFile bb(batch);
    if (!bb.open(QIODevice::ReadOnly))
        return 1;
    put(out.filePath(u"bundle"_s), bb.readAll());
    std::printf("%d seeds written to %s\n", g_count, argv[2]);
    return 0;
}
