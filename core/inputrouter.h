// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Occ {

/** A proof file to verify, with the original it was paired with (if any). */
struct ProofInput
{
    QString proofPath;
    QString originalPath; ///< empty: verify the proof alone
};

/** Dropped or opened paths, sorted by what the studio should do with them. */
struct RoutedInputs
{
    QStringList bundles;      ///< `.proof.zip` bundles (or zips holding a proof.json)
    QList<ProofInput> proofs; ///< occ/1 proof JSON files
    QStringList toStamp;      ///< everything else: files to stamp
    QStringList problems;     ///< paths that could not be read, with the reason
};

/**
 * Decides what each path is, by content rather than by name alone: a zip holding a
 * `proof.json` is a bundle; a small JSON object with `"version": "occ/1"` is a proof; anything
 * else is a file to stamp. Folders are expanded recursively (symbolic links to folders are not
 * followed, so a link cycle cannot loop). A proof is paired with a file given with it when the
 * names say so (`x.proof.json` or `x.json` beside `x`), or when exactly one proof and one other
 * file were given together. Pairing only chooses what to hash: the verifier then compares the
 * digest, so a wrongly named file fails the digest check rather than passing.
 */
class InputRouter
{
public:
    static RoutedInputs route(const QStringList &paths, int maxFiles = 100'000);

    /** True when the file is a zip archive with a `proof.json` entry. */
    static bool isBundle(const QString &path);
    /** True when the file is a JSON object (at most 1 MiB) whose "version" is "occ/1". */
    static bool isProofJson(const QString &path);
};

} // namespace Occ
