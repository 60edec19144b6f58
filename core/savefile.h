// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "result.h"

#include <QByteArrayView>
#include <QFileDevice>
#include <QString>

#include <optional>

class QSaveFile;

namespace Occ {

/**
 * Commits a QSaveFile that was written to, only if every byte reached the disk. Qt 6.4's
 * QSaveFile::commit() ignores a failure to write its buffered tail (ENOSPC, EFBIG) and renames
 * the truncated file into place; so the buffer is flushed and checked first, and on any error
 * the temporary file is discarded and the old file left as it was.
 */
Result<void> commitSaveFile(QSaveFile &file, const QString &path);

/** Replaces path with data atomically (temporary file, fsync, rename), all or nothing. */
Result<void> saveFileAtomically(const QString &path,
                                QByteArrayView data,
                                std::optional<QFileDevice::Permissions> permissions = std::nullopt);

} // namespace Occ
