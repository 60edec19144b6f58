// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0
//
// Test helper: commits in a loop on a stub state file and prints one line per proof,
// "<slotCounter> <counter> <proofHashB64>", flushed at once, so a parent test can run several
// at the same time or kill one at any moment.
#include "core/crypto.h"
#include "core/encoding.h"
#include "core/proofhashes.h"
#include "core/stubsigner.h"

#include <QCoreApplication>

#include <cstdio>

using namespace Occ;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 4) {
        fprintf(stderr, "usage: stubsigner_child STATE COUNT BATCH\n");
        return 2;
    }
    const int count = args[2].toInt();
    const int batch = args[3].toInt();
    for (int i = 0; i < count; ++i) {
        auto signer = StubSigner::open(args[1]);
        if (!signer) {
            fprintf(stderr, "%s\n", qPrintable(signer.error().message));
            return 1;
        }
        CommitRequest request;
        for (int b = 0; b < batch; ++b)
            request.digests.append(Crypto::Sha256::hash(QByteArray::number(i * 1000 + b)));
        auto proofs = signer->commit(request);
        if (!proofs) {
            fprintf(stderr, "%s\n", qPrintable(proofs.error().message));
            return 1;
        }
        for (const JsonValue &p : *proofs) {
            const JsonValue &c = *p.member(u"commit");
            printf("%s %s %s\n",
                   qPrintable(*c.stringMember(u"slotCounter")),
                   qPrintable(*c.stringMember(u"counter")),
                   qPrintable(Encoding::toBase64(ProofHashes::chainHash(p))));
        }
        fflush(stdout);
    }
    return 0;
}
