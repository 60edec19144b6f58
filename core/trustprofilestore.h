// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "result.h"
#include "trustprofile.h"

#include <QList>
#include <QString>

namespace Occ {

/** A trust profile kept by the studio, one JSON file each (the file `--policy` takes). */
struct StoredProfile
{
    QString id;   ///< the file's base name; stable
    QString path; ///< the JSON file
    TrustProfile profile;
};

/**
 * The studio's trust profiles: a folder of `<id>.json` files in exactly the format the CLI's
 * `--policy` reads, so a profile can be exported, edited by hand and imported again. Writes are
 * atomic (QSaveFile).
 */
class TrustProfileStore
{
public:
    explicit TrustProfileStore(QString dir);

    QString dir() const { return m_dir; }
    /** Every readable profile, by name; unreadable files are listed in *problems. */
    QList<StoredProfile> list(QStringList *problems = nullptr) const;
    Result<StoredProfile> load(const QString &id) const;
    /** Saves under id, or under a new id made from the profile's name when id is empty. */
    Result<StoredProfile> save(const TrustProfile &profile, const QString &id = {});
    Result<void> remove(const QString &id);
    /** Reads a profile file (validated; relative certificate paths resolved) and saves a copy. */
    Result<StoredProfile> importFile(const QString &path);
    /** Writes the profile as JSON to path (refuses to overwrite unless asked). */
    static Result<void> exportFile(const TrustProfile &profile,
                                   const QString &path,
                                   bool overwrite = false);

private:
    QString m_dir;
};

} // namespace Occ
