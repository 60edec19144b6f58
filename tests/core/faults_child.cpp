// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0
//
// Test helper for tst_faults: commits batches of 1..MAXBATCH digests in a loop on one stub state
// file until it is killed, and prints one line per proof it got back,
// "<slotCounter> <counter> <chainHashB64> <prevB64 or ->", flushed after every batch, so the
// parent knows exactly which proofs were returned before it killed the process.
#include "core/crypto.h"
#include "core/encoding.h"
#include "core/proofhashes.h"
#include "core/stubsigner.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include <cstdio>

using namespace Occ;
using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    bool ok = false;
    const quint32 seed = args.size() == 4 ? args[2].toUInt(&ok) : 0;
    const int maxBatch = ok ? args[3].toInt(&ok) : 0;
    if (!ok || maxBatch < 1) {
        fprintf(stderr, "usage: faults_child STATE SEED MAXBATCH\n");
        return 2;
    }
    auto signer = StubSigner::open(args[1]);
    if (!signer) {
        fprintf(stderr, "%s\n", qPrintable(signer.error().message));
        return 1;
    }
    QRandomGenerator rng(seed);
    for (quint64 i = 0;; ++i) {
        CommitRequest request;
        const int batch = int(rng.bounded(1, maxBatch + 1));
        for (int b = 0; b < batch; ++b)
            request.digests.append(
                Crypto::Sha256::hash(u"%1:%2:%3"_s.arg(seed).arg(i).arg(b).toUtf8()));
        auto proofs = signer->commit(request);
        if (!proofs) {
            fprintf(stderr, "%s\n", qPrintable(proofs.error().message));
            return 1;
        }
        for (const JsonValue &p : *proofs) {
            const JsonValue &c = *p.member(u"commit");
            const QString *prev = c.stringMember(u"prevB64");
            printf("%s %s %s %s\n",
                   qPrintable(*c.stringMember(u"slotCounter")),
                   qPrintable(*c.stringMember(u"counter")),
                   qPrintable(Encoding::toBase64(ProofHashes::chainHash(p))),
                   prev ? qPrintable(*prev) : "-");
        }
        fflush(stdout);
    }
}
