// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0

#include "verifysession.h"

#include "bundle.h"
#include "crypto.h"
#include "jsonparser.h"
#include "trustprofile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Occ {

namespace {

void parseProof(VerifyItem &item)
{
    auto parsed = JsonParser::parse(item.proofText, JsonParser::strictOptions(64));
    if (parsed)
        item.proof = std::move(parsed).value();
}

} // namespace

Result<QList<VerifyItem>> VerifySession::loadBundle(const QString &path,
                                                    const std::atomic_bool *cancel)
{
    auto read = Bundle::read(path, {}, cancel);
    if (!read)
        return read.error();
    QList<VerifyItem> items;
    for (const BundleItem &b : std::as_const(*read)) {
        VerifyItem item;
        item.source = path;
        item.fromBundle = true;
        item.bundleFolder = b.folder;
        item.hasOriginal = b.hasOriginal;
        item.originalName = b.originalName;
        item.originalDigest = b.originalDigest;
        item.originalSize = b.originalSize;
        item.proofText = b.proofText;
        item.label = b.hasOriginal ? b.originalName
                                   : (b.folder.isEmpty() ? QFileInfo(path).fileName() : b.folder);
        parseProof(item);
        items.append(std::move(item));
    }
    return items;
}

Result<VerifyItem> VerifySession::loadProof(const QString &proofPath,
                                            const QString &originalPath,
                                            const std::atomic_bool *cancel)
{
    QFile f(proofPath);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("Occ::VerifySession", "Cannot read %1: %2")
                             .arg(proofPath, f.errorString()));
    VerifyItem item;
    item.source = proofPath;
    item.proofText = f.read((1 << 20) + 1);
    if (item.proofText.size() > (1 << 20))
        return makeError(ErrorCode::InvalidProof,
                         QCoreApplication::translate("Occ::VerifySession",
                                                     "%1 is larger than 1 MiB: not an occ/1 proof")
                             .arg(proofPath));
    item.label = QFileInfo(proofPath).fileName();
    if (!originalPath.isEmpty()) {
        auto digest = Crypto::sha256File(originalPath, cancel);
        if (!digest)
            return digest.error();
        item.hasOriginal = true;
        item.originalPath = originalPath;
        item.originalName = QFileInfo(originalPath).fileName();
        item.originalDigest = *digest;
        item.originalSize = QFileInfo(originalPath).size();
        item.label = item.originalName;
    }
    parseProof(item);
    return item;
}

void VerifySession::verify(QList<VerifyItem> &items, const TrustProfile *profile)
{
    EpochLinkRegistry registry;
    for (VerifyItem &item : items) {
        VerifyOptions options;
        options.profile = profile;
        options.epochLinks = &registry;
        if (item.hasOriginal)
            options.artifactDigest = item.originalDigest;
        item.report = ProofVerifier::verifyText(item.proofText, options);
        if (item.fromBundle) {
            item.report.checks.prepend(
                Check{u"bundle"_s,
                      CheckStatus::Pass,
                      item.hasOriginal
                          ? QCoreApplication::translate(
                                "Occ::VerifySession",
                                "Read %1 (%2 bytes) and its proof from the bundle without "
                                "extracting it")
                                .arg(item.originalName)
                                .arg(item.originalSize)
                          : QCoreApplication::translate(
                              "Occ::VerifySession",
                              "The bundle holds a proof but no original file")});
        }
    }
}

Verdict VerifySession::overall(const QList<VerifyItem> &items)
{
    if (items.isEmpty())
        return Verdict::Invalid;
    Verdict v = Verdict::Trusted;
    for (const VerifyItem &item : items)
        v = std::min(v, item.report.verdict);
    return v;
}

} // namespace Occ
