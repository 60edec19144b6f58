// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0
#include "savefile.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace Occ {

namespace {

Error writeError(const QString &path, const QString &why)
{
    return makeError(ErrorCode::Io,
                     QCoreApplication::translate("Occ::SaveFile", "Cannot write %1: %2")
                         .arg(path, why));
}

} // namespace

Result<void> commitSaveFile(QSaveFile &file, const QString &path)
{
    if (file.error() != QFileDevice::NoError || !file.flush()) {
        const QString why = file.errorString();
        file.cancelWriting();
        file.commit(); // discards the temporary file
        return writeError(path, why);
    }
    if (!file.commit())
        return writeError(path, file.errorString());
    return {};
}

Result<void> saveFileAtomically(const QString &path,
                                QByteArrayView data,
                                std::optional<QFileDevice::Permissions> permissions)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return writeError(path, file.errorString());
    if (permissions)
        file.setPermissions(*permissions);
    if (file.write(data.data(), data.size()) != data.size()) {
        const QString why = file.errorString();
        file.cancelWriting();
        file.commit();
        return writeError(path, why);
    }
    return commitSaveFile(file, path);
}

} // namespace Occ
