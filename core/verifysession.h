// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "jsonvalue.h"
#include "proofverifier.h"
#include "result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <atomic>
#include <optional>

namespace Occ {

struct TrustProfile;

/**
 * One proof to show and verify, with the bytes it is checked against. Loading does the slow
 * part (reading the bundle, hashing the original) once; verify() can then be re-run with
 * another trust profile in microseconds.
 */
struct VerifyItem
{
    QString source; ///< the bundle or proof file it came from
    QString label;  ///< what to call it: the original's name, or the proof file's
    bool fromBundle = false;
    QString bundleFolder; ///< batch bundles: the item's folder
    bool hasOriginal = false;
    QString originalName; ///< the file whose bytes were hashed
    QString originalPath; ///< loose files only
    QByteArray originalDigest;
    qint64 originalSize = 0;
    QByteArray proofText;
    std::optional<JsonValue> proof; ///< parsed, when the text is a JSON value at all
    VerificationReport report;
};

/** Loading and verifying what the studio and `occ verify` are given. */
class VerifySession
{
public:
    /** Reads a `.proof.zip` (single or batch) without extracting it; hashes the originals. */
    static Result<QList<VerifyItem>> loadBundle(const QString &path,
                                                const std::atomic_bool *cancel = nullptr);
    /**
     * Reads a proof JSON file (at most 1 MiB) and, when originalPath is given, hashes that file
     * (streamed, cancellable).
     */
    static Result<VerifyItem> loadProof(const QString &proofPath,
                                        const QString &originalPath = {},
                                        const std::atomic_bool *cancel = nullptr);
    /**
     * Verifies every item against the profile (null: no pinning), with one fork registry for
     * them all. Bundle items get a leading `bundle` check saying what was read.
     */
    static void verify(QList<VerifyItem> &items, const TrustProfile *profile);
    /** The weakest verdict of the items (Invalid when there are none). */
    static Verdict overall(const QList<VerifyItem> &items);
};

} // namespace Occ
