// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0

// The bundle reader on arbitrary bytes (it reads files: the input is written to a temporary
// file first), with small caps so hostile size headers are exercised cheaply.

#include "core/bundle.h"

#include <QDir>
#include <QFile>

#include <unistd.h>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QString path = QDir::tempPath()
                                + QStringLiteral("/occ-fuzz-bundle-%1.zip").arg(::getpid());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return 0;
    f.write(reinterpret_cast<const char *>(data), qint64(size));
    f.close();
    Occ::BundleLimits limits;
    limits.maxOriginalSize = 1 << 20;
    limits.maxProofSize = 1 << 16;
    limits.maxEntries = 64;
    (void) Occ::Bundle::read(path, limits);
    return 0;
}
