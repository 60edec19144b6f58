// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0

#include "trustprofilestore.h"
#include "savefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Occ {

namespace {

bool validId(const QString &id)
{
    // Anchored on the whole string: "$" alone would also match before a final newline.
    static const QRegularExpression re(
        QRegularExpression::anchoredPattern(u"[A-Za-z0-9][A-Za-z0-9._-]{0,63}"_s));
    return re.match(id).hasMatch() && !id.contains(u".."_s);
}

} // namespace

TrustProfileStore::TrustProfileStore(QString dir)
    : m_dir(std::move(dir))
{}

QList<StoredProfile> TrustProfileStore::list(QStringList *problems) const
{
    QList<StoredProfile> out;
    const QFileInfoList files = QDir(m_dir).entryInfoList({u"*.json"_s}, QDir::Files, QDir::Name);
    for (const QFileInfo &info : files) {
        auto p = TrustProfile::fromFile(info.absoluteFilePath());
        if (!p) {
            if (problems)
                problems->append(p.error().message);
            continue;
        }
        out.append({info.completeBaseName(), info.absoluteFilePath(), std::move(p).value()});
    }
    std::stable_sort(out.begin(), out.end(), [](const StoredProfile &a, const StoredProfile &b) {
        return QString::localeAwareCompare(a.profile.name, b.profile.name) < 0;
    });
    return out;
}

Result<StoredProfile> TrustProfileStore::load(const QString &id) const
{
    if (!validId(id))
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("Occ::TrustProfileStore",
                                                     "\"%1\" is not a profile id")
                             .arg(id));
    const QString path = QDir(m_dir).filePath(id + u".json"_s);
    auto p = TrustProfile::fromFile(path);
    if (!p)
        return p.error();
    return StoredProfile{id, path, std::move(p).value()};
}

Result<StoredProfile> TrustProfileStore::save(const TrustProfile &profile, const QString &id)
{
    QString target = id;
    if (target.isEmpty()) {
        QString base = profile.name.toLower();
        base.replace(QRegularExpression(u"[^a-z0-9]+"_s), u"-"_s);
        base = base.mid(0, 40);
        while (base.startsWith(u'-'))
            base.remove(0, 1);
        while (base.endsWith(u'-'))
            base.chop(1);
        if (base.isEmpty())
            base = u"profile"_s;
        target = base;
        for (int n = 2; QFileInfo::exists(QDir(m_dir).filePath(target + u".json"_s)); ++n)
            target = u"%1-%2"_s.arg(base).arg(n);
    }
    if (!validId(target))
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("Occ::TrustProfileStore",
                                                     "\"%1\" is not a profile id")
                             .arg(target));
    if (!QDir().mkpath(m_dir))
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("Occ::TrustProfileStore", "Cannot create %1")
                             .arg(m_dir));
    const QString path = QDir(m_dir).filePath(target + u".json"_s);
    if (auto ok = saveFileAtomically(path, profile.toJson()); !ok)
        return ok.error();
    return StoredProfile{target, path, profile};
}

Result<void> TrustProfileStore::remove(const QString &id)
{
    if (!validId(id))
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("Occ::TrustProfileStore",
                                                     "\"%1\" is not a profile id")
                             .arg(id));
    const QString path = QDir(m_dir).filePath(id + u".json"_s);
    if (!QFile::remove(path))
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("Occ::TrustProfileStore", "Cannot remove %1")
                             .arg(path));
    return {};
}

Result<StoredProfile> TrustProfileStore::importFile(const QString &path)
{
    auto p = TrustProfile::fromFile(path);
    if (!p)
        return p.error();
    TrustProfile profile = std::move(p).value();
    if (profile.name.isEmpty())
        profile.name = QFileInfo(path).completeBaseName();
    return save(profile);
}

Result<void> TrustProfileStore::exportFile(const TrustProfile &profile,
                                           const QString &path,
                                           bool overwrite)
{
    if (!overwrite && QFileInfo::exists(path))
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("Occ::TrustProfileStore",
                                                     "%1 already exists; not overwriting it")
                             .arg(path));
    return saveFileAtomically(path, profile.toJson());
}

} // namespace Occ
