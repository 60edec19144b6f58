// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0

#include "inputrouter.h"

#include "jsonparser.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <quazip.h>

using namespace Qt::StringLiterals;

namespace Occ {

bool InputRouter::isBundle(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly) || f.read(4) != QByteArrayView("PK\x03\x04", 4))
        return false;
    f.close();
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip))
        return false;
    const QStringList names = zip.getFileNameList();
    for (const QString &name : names) {
        if (name == u"proof.json" || name.endsWith(u"/proof.json"))
            return true;
    }
    return false;
}

bool InputRouter::isProofJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly) || f.size() > (1 << 20))
        return false;
    const QByteArray head = f.peek(64).trimmed();
    if (!head.startsWith('{'))
        return false;
    auto parsed = JsonParser::parse(f.readAll(), JsonParser::strictOptions(64));
    if (!parsed || !parsed->isObject())
        return false;
    const QString *version = parsed->stringMember(u"version");
    return version && *version == u"occ/1";
}

RoutedInputs InputRouter::route(const QStringList &paths, int maxFiles)
{
    RoutedInputs out;
    QStringList files;
    QSet<QString> seen;
    bool capped = false;
    auto add = [&](const QString &file) {
        const QString canonical = QFileInfo(file).absoluteFilePath();
        if (seen.contains(canonical))
            return;
        if (files.size() >= maxFiles) {
            if (!capped)
                out.problems.append(
                    QCoreApplication::translate("Occ::InputRouter",
                                                "More than %1 files: the rest were left out")
                        .arg(maxFiles));
            capped = true;
            return;
        }
        seen.insert(canonical);
        files.append(canonical);
    };
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.exists()) {
            out.problems.append(
                QCoreApplication::translate("Occ::InputRouter", "%1: no such file or folder")
                    .arg(path));
        } else if (info.isDir()) {
            QDirIterator it(path,
                            QDir::Files | QDir::NoDotAndDotDot | QDir::Hidden,
                            QDirIterator::Subdirectories);
            while (it.hasNext())
                add(it.next());
        } else if (!info.isReadable()) {
            out.problems.append(
                QCoreApplication::translate("Occ::InputRouter", "%1: not readable").arg(path));
        } else {
            add(path);
        }
    }

    QStringList others;
    for (const QString &file : std::as_const(files)) {
        if (isBundle(file))
            out.bundles.append(file);
        else if (isProofJson(file))
            out.proofs.append({file, QString()});
        else
            others.append(file);
    }

    // Pair proofs with originals named after them, in the same folder.
    QHash<QString, int> otherIndex;
    for (int i = 0; i < others.size(); ++i)
        otherIndex.insert(others[i], i);
    QSet<QString> paired;
    for (ProofInput &proof : out.proofs) {
        QString candidate;
        for (const QString &suffix : {u".proof.json"_s, u".json"_s}) {
            if (proof.proofPath.endsWith(suffix)) {
                candidate = proof.proofPath.chopped(suffix.size());
                if (otherIndex.contains(candidate) && !paired.contains(candidate))
                    break;
                candidate.clear();
            }
        }
        if (!candidate.isEmpty()) {
            proof.originalPath = candidate;
            paired.insert(candidate);
        }
    }
    if (out.proofs.size() == 1 && out.proofs.first().originalPath.isEmpty() && others.size() == 1
        && out.bundles.isEmpty()) {
        out.proofs.first().originalPath = others.first();
        paired.insert(others.first());
    }
    for (const QString &file : std::as_const(others)) {
        if (!paired.contains(file))
            out.toStamp.append(file);
    }
    return out;
}

} // namespace Occ
