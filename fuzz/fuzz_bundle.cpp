// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0

// The bundle reader on arbitrary bytes, with small caps so hostile size headers are exercised
// cheaply, both ways: from a file through minizip, and from memory (where plain zips take the
// plain reader). The two must come to the same items or the same error; a difference aborts.

#include "core/bundle.h"

#include <QDir>
#include <QFile>

#include <cstdio>
#include <cstdlib>

#include <unistd.h>

namespace {

bool same(const Occ::Result<QList<Occ::BundleItem>> &a, const Occ::Result<QList<Occ::BundleItem>> &b)
{
    if (bool(a) != bool(b))
        return false;
    return a ? *a == *b : a.error().message == b.error().message;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QString path = QDir::tempPath()
                                + QStringLiteral("/occ-fuzz-bundle-%1.zip").arg(::getpid());
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return 0;
    f.write(bytes);
    f.close();
    Occ::BundleLimits limits;
    limits.maxOriginalSize = 1 << 20;
    limits.maxProofSize = 1 << 16;
    limits.maxEntries = 64;
    Occ::BundleLimits fromFile = limits;
    fromFile.maxInMemorySize = -1;
    const auto streamed = Occ::Bundle::read(path, fromFile);
    const auto inMemory = Occ::Bundle::readData(bytes, path, limits);
    if (!same(streamed, inMemory)) {
        fprintf(stderr,
                "in memory and from the file differ: %s / %s\n",
                streamed ? "read" : qPrintable(streamed.error().message),
                inMemory ? "read" : qPrintable(inMemory.error().message));
        abort();
    }
    return 0;
}
